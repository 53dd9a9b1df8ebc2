#![allow(dead_code)] // each test file uses its own subset

use std::path::PathBuf;
use std::sync::Arc;

use chrono::Utc;
use reqwest::header::HeaderMap;
use reqwest::{RequestBuilder, Response, StatusCode};
use serde_json::{Value, json};
use tempfile::TempDir;
pub use tokenauth::clock::{Clock, ClockExt, ManualClock};
use tokenauth::config::Settings;
use tokenauth::startup::{Application, Options};

pub const PASSWORD: &str = "secret123";

pub struct TestApp {
    pub address: String,
    pub port: u16,
    pub client: reqwest::Client,
    pub clock: Arc<ManualClock>,
    pub db_path: PathBuf,
    pub outbox: PathBuf,
    _dir: TempDir,
}

/// The server with the workshop defaults, bcrypt cost 4, and a clock that only moves when told.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

pub async fn spawn_app_with(configure: impl FnOnce(&mut Settings)) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut settings = Settings::defaults();
    settings.server.bind = "127.0.0.1:0".parse().unwrap();
    settings.database.path = dir.path().join("tokenauth.db");
    settings.mail.outbox_dir = dir.path().join("outbox");
    settings.auth.password_cost = 4;
    // Tests sign in and register far faster than people do; tests/api/rate_limits.rs turns the
    // limits back on.
    let off = tokenauth::limits::Rate(None);
    settings.rate_limits = tokenauth::limits::RateLimitSettings {
        sign_in: off,
        registration: off,
        password_reset: off,
        confirmation: off,
        unlock: off,
    };
    configure(&mut settings);
    let db_path = settings.database.path.clone();
    let outbox = settings.mail.outbox_dir.clone();
    let mount = settings.auth.mount_path.clone();
    let clock = Arc::new(ManualClock::new(Utc::now()));
    let options = Options {
        clock: clock.clone(),
        extra_routes: Some(Arc::new(crate::guard::protected_routes)),
    };
    let app = Application::build_with(settings, options)
        .await
        .expect("the application builds");
    let port = app.port();
    tokio::spawn(app.run_until_stopped());
    TestApp {
        address: format!("http://127.0.0.1:{port}{mount}"),
        port,
        client: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
        clock,
        db_path,
        outbox,
        _dir: dir,
    }
}

/// The credentials a response handed out, as a client would store them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthHeaders {
    pub access_token: String,
    pub token_type: String,
    pub client: String,
    pub expiry: String,
    pub uid: String,
    pub authorization: String,
}

impl AuthHeaders {
    /// All six headers, or `None` when the response carried none of them.
    pub fn from_headers(headers: &HeaderMap) -> Option<AuthHeaders> {
        let get = |name: &str| {
            headers
                .get(name)
                .map(|v| String::from_utf8(v.as_bytes().to_vec()).unwrap())
        };
        let access_token = get("access-token")?;
        Some(AuthHeaders {
            access_token,
            token_type: get("token-type").expect("token-type"),
            client: get("client").expect("client"),
            expiry: get("expiry").expect("expiry"),
            uid: get("uid").expect("uid"),
            authorization: get("authorization").expect("authorization"),
        })
    }

    /// Sends the three credentials as headers, as most clients do.
    pub fn apply(&self, request: RequestBuilder) -> RequestBuilder {
        request
            .header("access-token", &self.access_token)
            .header("client", &self.client)
            .header("uid", &self.uid)
    }

    /// Asserts the shape of non-batch credentials (PROTOCOL.md 1.4) and that `Authorization`
    /// encodes exactly the split headers.
    pub fn assert_well_formed(&self) {
        assert_eq!(self.access_token.len(), 22, "{self:?}");
        assert_eq!(self.client.len(), 22, "{self:?}");
        assert_eq!(self.token_type, "Bearer");
        assert!(self.expiry.parse::<i64>().is_ok(), "{self:?}");
        assert_eq!(
            self.authorization,
            bearer(&self.access_token, &self.client, &self.expiry, &self.uid)
        );
    }
}

/// The `Authorization` value the gem builds for these values.
pub fn bearer(access_token: &str, client: &str, expiry: &str, uid: &str) -> String {
    use base64::Engine;
    let json = format!(
        r#"{{"access-token":"{access_token}","token-type":"Bearer","client":"{client}","expiry":"{expiry}","uid":"{uid}"}}"#
    );
    format!(
        "Bearer {}",
        base64::engine::general_purpose::STANDARD.encode(json)
    )
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// A URL outside the mount path.
    pub fn root_url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    pub async fn register(&self, body: &Value) -> Response {
        self.client
            .post(self.url(""))
            .json(body)
            .send()
            .await
            .expect("request")
    }

    pub async fn sign_up(&self, email: &str) -> Response {
        self.register(
            &json!({"email": email, "password": PASSWORD, "password_confirmation": PASSWORD}),
        )
        .await
    }

    pub async fn sign_in(&self, email: &str, password: &str) -> Response {
        self.client
            .post(self.url("/sign_in"))
            .json(&json!({"email": email, "password": password}))
            .send()
            .await
            .expect("request")
    }

    /// Registers `email` and signs it in; returns the sign-in credentials.
    pub async fn signed_in_user(&self, email: &str) -> AuthHeaders {
        assert_eq!(self.sign_up(email).await.status(), StatusCode::OK);
        let response = self.sign_in(email, PASSWORD).await;
        assert_eq!(response.status(), StatusCode::OK);
        AuthHeaders::from_headers(response.headers()).expect("sign-in returns credentials")
    }

    pub async fn validate_token(&self, credentials: &AuthHeaders) -> Response {
        credentials
            .apply(self.client.get(self.url("/validate_token")))
            .send()
            .await
            .expect("request")
    }

    pub async fn sign_out(&self, credentials: &AuthHeaders) -> Response {
        credentials
            .apply(self.client.delete(self.url("/sign_out")))
            .send()
            .await
            .expect("request")
    }

    /// Number of rows in the `tokens` table for `uid`.
    pub fn session_count(&self, uid: &str) -> i64 {
        let conn = rusqlite::Connection::open(&self.db_path).unwrap();
        conn.query_row(
            "SELECT count(*) FROM tokens JOIN users ON users.id = tokens.user_id WHERE users.uid = ?1",
            [uid],
            |row| row.get(0),
        )
        .unwrap()
    }

    pub fn db(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(&self.db_path).unwrap()
    }
}

pub async fn body_json(response: Response) -> Value {
    let text = response.text().await.expect("body");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

pub fn header<'a>(response: &'a Response, name: &str) -> Option<&'a str> {
    response.headers().get(name).map(|v| v.to_str().unwrap())
}

pub fn assert_json_content_type(response: &Response) {
    assert_eq!(
        header(response, "content-type"),
        Some("application/json; charset=utf-8")
    );
}

/// Asserts that a response carries none of the auth headers.
pub fn assert_no_auth_headers(response: &Response) {
    for name in [
        "access-token",
        "client",
        "expiry",
        "uid",
        "token-type",
        "authorization",
    ] {
        assert!(
            response.headers().get(name).is_none(),
            "unexpected {name} header"
        );
    }
}

// --- Account-lifecycle helpers: the outbox, links, redirects, exact JSON bodies. ---

impl TestApp {
    /// Every message in the outbox, oldest first (file names sort in creation order).
    pub fn outbox_messages(&self) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(&self.outbox) else {
            return Vec::new();
        };
        let mut paths: Vec<PathBuf> = entries
            .map(|entry| entry.expect("outbox entry").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "eml"))
            .collect();
        paths.sort();
        paths
            .iter()
            .map(|path| std::fs::read_to_string(path).expect("readable .eml"))
            .collect()
    }

    /// The newest message in the outbox.
    pub fn last_mail(&self) -> String {
        self.outbox_messages()
            .pop()
            .expect("a message in the outbox")
    }

    /// The href of the newest message's link whose URL contains `path_fragment`, with `&amp;`
    /// turned back into `&`.
    pub fn link_in_last_mail(&self, path_fragment: &str) -> String {
        link_in(&self.last_mail(), path_fragment)
    }

    /// A plain GET of an absolute URL (the client does not follow redirects).
    pub async fn get(&self, url: &str) -> Response {
        self.client.get(url).send().await.expect("request")
    }

    /// The id of the user `credentials` belong to, from `validate_token`.
    pub async fn user_id(&self, credentials: &AuthHeaders) -> i64 {
        let response = self.validate_token(credentials).await;
        assert_eq!(response.status(), StatusCode::OK);
        body_json(response).await["data"]["id"]
            .as_i64()
            .expect("numeric id")
    }

    /// The timestamp text the server writes for "now" on the test clock.
    pub fn now_stamp(&self) -> String {
        self.clock
            .now()
            .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
    }

    /// The `expiry` a session minted now gets with the default lifespan of two weeks.
    pub fn fresh_expiry(&self) -> String {
        (self.clock.now() + chrono::Duration::weeks(2))
            .timestamp()
            .to_string()
    }
}

/// The href of the first link in `mail` whose URL contains `path_fragment`, HTML-unescaped.
pub fn link_in(mail: &str, path_fragment: &str) -> String {
    mail.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .find(|href| href.contains(path_fragment))
        .unwrap_or_else(|| panic!("no link containing {path_fragment:?} in:\n{mail}"))
        .replace("&amp;", "&")
}

/// A header of an `.eml` message.
pub fn mail_header<'a>(mail: &'a str, name: &str) -> Option<&'a str> {
    let head = mail.split("\r\n\r\n").next().unwrap_or("");
    head.split("\r\n").find_map(|line| {
        let (key, value) = line.split_once(':')?;
        key.eq_ignore_ascii_case(name).then(|| value.trim())
    })
}

/// The body of an `.eml` message.
pub fn mail_body(mail: &str) -> &str {
    mail.split_once("\r\n\r\n")
        .map(|(_, body)| body)
        .unwrap_or_else(|| panic!("no body in:\n{mail}"))
}

/// The decoded query parameters of `url` (up to the fragment), in order.
pub fn query_pairs(url: &str) -> Vec<(String, String)> {
    let before_fragment = url.split('#').next().unwrap_or("");
    let query = before_fragment.split_once('?').map_or("", |(_, q)| q);
    form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// One decoded query parameter of `url`.
pub fn query_param(url: &str, key: &str) -> Option<String> {
    query_pairs(url)
        .into_iter()
        .find_map(|(k, v)| (k == key).then_some(v))
}

/// Asserts a 302 as Rails renders it (Location plus the tiny HTML body) and returns the
/// Location.
pub async fn assert_redirect(response: Response) -> String {
    assert_eq!(response.status(), StatusCode::FOUND);
    assert_eq!(
        header(&response, "content-type"),
        Some("text/html; charset=utf-8")
    );
    let location = header(&response, "location")
        .expect("a Location header")
        .to_string();
    let body = response.text().await.expect("body");
    assert_eq!(
        body,
        format!(
            "<html><body>You are being <a href=\"{}\">redirected</a>.</body></html>",
            location.replace('&', "&amp;")
        )
    );
    location
}

/// Asserts the status, the JSON content type and the exact body, key order included.
pub async fn assert_json(response: Response, status: StatusCode, expected: Value) {
    assert_eq!(
        response.status(),
        status,
        "status for expected body {expected}"
    );
    assert_json_content_type(&response);
    let text = response.text().await.expect("body");
    let actual: Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"));
    assert_eq!(actual, expected);
    assert_eq!(text, expected.to_string(), "key order");
}

/// The framework's 404 body for records and routes that do not exist.
pub async fn assert_not_found(response: Response) {
    assert_json(
        response,
        StatusCode::NOT_FOUND,
        json!({"status": 404, "error": "Not Found"}),
    )
    .await;
}

/// Asserts that `token` looks like a Devise friendly token: 20 URL-safe base64 characters
/// without `l`, `I`, `O` or `0`.
pub fn assert_friendly_token(token: &str) {
    assert_eq!(token.len(), 20, "{token}");
    assert!(
        token
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
        "{token}"
    );
    assert!(!token.contains(['l', 'I', 'O', '0']), "{token}");
}

/// Credentials a redirect's query string delivered (email links), as a client stores them.
pub fn credentials_from_location(location: &str) -> AuthHeaders {
    let get =
        |key: &str| query_param(location, key).unwrap_or_else(|| panic!("{key} in {location}"));
    let (access_token, client, expiry, uid) = (
        get("access-token"),
        get("client"),
        get("expiry"),
        get("uid"),
    );
    AuthHeaders {
        authorization: bearer(&access_token, &client, &expiry, &uid),
        access_token,
        token_type: "Bearer".to_string(),
        client,
        expiry,
        uid,
    }
}
