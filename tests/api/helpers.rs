#![allow(dead_code)] // each test file uses its own subset

use std::path::PathBuf;
use std::sync::Arc;

use actix_web::web;
use chrono::Utc;
use reqwest::header::HeaderMap;
use reqwest::{RequestBuilder, Response, StatusCode};
use serde_json::{Value, json};
use tempfile::TempDir;
pub use tokenauth::clock::{Clock, ClockExt, ManualClock};
use tokenauth::config::Settings;
use tokenauth::startup::{Application, Options};
use tokenauth::state::AppState;

pub const PASSWORD: &str = "secret123";

pub struct TestApp {
    pub address: String,
    pub port: u16,
    pub client: reqwest::Client,
    pub clock: Arc<ManualClock>,
    pub db_path: PathBuf,
    pub outbox: PathBuf,
    pub state: web::Data<AppState>,
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
    let state = app.state();
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
        state,
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
