//! Gateway mode: a real upstream HTTP server behind tokenauth, forward-auth, static files.

use std::time::Duration;

use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use reqwest::StatusCode;
use serde_json::{Value, json};
use tokenauth::config::{GatewayAuth, GatewayRoute};

use crate::helpers::*;

/// An upstream that answers with what it received: method, path, query, headers and body.
async fn echo(req: HttpRequest, body: web::Bytes) -> HttpResponse {
    if req.path().starts_with("/backend/slow") {
        tokio::time::sleep(Duration::from_secs(5)).await;
    }
    let headers: serde_json::Map<String, Value> = req
        .headers()
        .iter()
        .map(|(name, value)| (name.to_string(), json!(value.to_str().unwrap_or("?"))))
        .collect();
    let status = if req.method() == actix_web::http::Method::POST {
        201
    } else {
        200
    };
    HttpResponse::build(actix_web::http::StatusCode::from_u16(status).unwrap())
        .insert_header(("x-upstream", "echo"))
        .json(json!({
            "method": req.method().as_str(),
            "path": req.path(),
            "query": req.query_string(),
            "headers": headers,
            "body": String::from_utf8_lossy(&body),
        }))
}

async fn spawn_upstream() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = HttpServer::new(|| App::new().default_service(web::to(echo)))
        .listen(listener)
        .unwrap()
        .workers(1)
        .run();
    tokio::spawn(server);
    format!("http://127.0.0.1:{port}")
}

fn route(prefix: &str, upstream: &str, auth: GatewayAuth) -> GatewayRoute {
    GatewayRoute {
        prefix: prefix.into(),
        upstream: upstream.into(),
        auth,
    }
}

async fn gateway_app(auth: GatewayAuth) -> (TestApp, String) {
    let upstream = spawn_upstream().await;
    let routes = vec![route("/backend", &upstream, auth)];
    let app = spawn_app_with(move |s| {
        s.gateway.routes = routes;
        s.gateway.timeout = tokenauth::config::HumanDuration(Duration::from_secs(1));
    })
    .await;
    (app, upstream)
}

#[tokio::test]
async fn a_signed_in_request_reaches_the_upstream_with_the_identity_and_comes_back_with_headers() {
    let (app, _) = gateway_app(GatewayAuth::Required).await;
    let credentials = app.signed_in_user("gw@example.com").await;
    let response = credentials
        .apply(app.client.get(app.root_url("/backend/notes?page=2&q=a+b")))
        .header("X-Auth-User-Id", "999")
        .header("X-Auth-Email", "admin@example.com")
        .header("X-Custom", "kept")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, "x-upstream"), Some("echo"));
    assert_eq!(
        AuthHeaders::from_headers(response.headers()).unwrap(),
        credentials
    );
    let seen = body_json(response).await;
    assert_eq!(seen["method"], "GET");
    assert_eq!(seen["path"], "/backend/notes");
    assert_eq!(seen["query"], "page=2&q=a+b");
    let headers = &seen["headers"];
    // The identity comes from tokenauth, not from the client.
    assert_eq!(headers["x-auth-user-id"], "1");
    assert_eq!(headers["x-auth-uid"], "gw@example.com");
    assert_eq!(headers["x-auth-email"], "gw@example.com");
    assert_eq!(headers["x-custom"], "kept");
    assert_eq!(headers["x-forwarded-for"], "127.0.0.1");
    // tokenauth's credentials stay with tokenauth.
    for name in ["access-token", "client", "uid"] {
        assert!(headers.get(name).is_none(), "{name} leaked to the upstream");
    }
}

#[tokio::test]
async fn required_auth_answers_401_without_calling_the_upstream() {
    let (app, _) = gateway_app(GatewayAuth::Required).await;
    let response = app
        .client
        .get(app.root_url("/backend/notes"))
        .header("X-Auth-User-Id", "1")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert!(header(&response, "x-upstream").is_none());
    assert_eq!(
        body_json(response).await,
        json!({"errors": ["You need to sign in or sign up before continuing."]})
    );
    // Outside the prefix's segments: not proxied.
    let other = app
        .client
        .get(app.root_url("/backendx"))
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn optional_auth_passes_anonymous_requests_without_any_identity() {
    let (app, _) = gateway_app(GatewayAuth::Optional).await;
    let response = app
        .client
        .get(app.root_url("/backend/public"))
        .header("X-Auth-User-Id", "1")
        .header("X-Auth-Email", "spoof@example.com")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_no_auth_headers(&response);
    let seen = body_json(response).await;
    for name in ["x-auth-user-id", "x-auth-uid", "x-auth-email"] {
        assert!(seen["headers"].get(name).is_none(), "spoofed {name} passed");
    }
}

#[tokio::test]
async fn bodies_and_statuses_pass_through_and_rotation_applies() {
    let upstream = spawn_upstream().await;
    let routes = vec![route("/backend", &upstream, GatewayAuth::Required)];
    let app = spawn_app_with(move |s| {
        s.gateway.routes = routes;
        s.auth.change_headers_on_each_request = true;
    })
    .await;
    let a = app.signed_in_user("post@example.com").await;
    app.clock.advance(chrono::Duration::seconds(10));
    let response = a
        .apply(app.client.post(app.root_url("/backend/notes")))
        .header("Content-Type", "text/plain")
        .body("a note with ünïcode")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    let b = AuthHeaders::from_headers(response.headers()).unwrap();
    b.assert_well_formed();
    assert_ne!(b.access_token, a.access_token);
    let seen = body_json(response).await;
    assert_eq!(seen["method"], "POST");
    assert_eq!(seen["body"], "a note with ünïcode");
    assert_eq!(seen["headers"]["content-type"], "text/plain");
}

#[tokio::test]
async fn an_upstream_that_is_down_or_slow_gets_502_or_504_not_a_hang() {
    let dead = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", listener.local_addr().unwrap())
    };
    let slow = spawn_upstream().await;
    let routes = vec![
        route("/down", &dead, GatewayAuth::Optional),
        route("/backend", &slow, GatewayAuth::Optional),
    ];
    let app = spawn_app_with(move |s| {
        s.gateway.routes = routes;
        s.gateway.timeout = tokenauth::config::HumanDuration(Duration::from_millis(300));
    })
    .await;
    let down = app
        .client
        .get(app.root_url("/down/x"))
        .send()
        .await
        .unwrap();
    assert_eq!(down.status(), StatusCode::BAD_GATEWAY);
    assert_eq!(
        body_json(down).await,
        json!({"success": false, "errors": [format!("The upstream server {dead} is not reachable.")]})
    );
    let timed_out = app
        .client
        .get(app.root_url("/backend/slow"))
        .send()
        .await
        .unwrap();
    assert_eq!(timed_out.status(), StatusCode::GATEWAY_TIMEOUT);
}

#[tokio::test]
async fn forward_auth_answers_200_with_the_identity_or_401() {
    let app = spawn_app().await;
    let credentials = app.signed_in_user("fwd@example.com").await;
    let response = credentials
        .apply(app.client.get(app.url("/forward")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, "x-auth-user-id"), Some("1"));
    assert_eq!(header(&response, "x-auth-uid"), Some("fwd@example.com"));
    assert_eq!(header(&response, "x-auth-email"), Some("fwd@example.com"));
    assert_eq!(
        AuthHeaders::from_headers(response.headers()).unwrap(),
        credentials
    );
    let anonymous = app.client.get(app.url("/forward")).send().await.unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    assert!(header(&anonymous, "x-auth-user-id").is_none());
}

fn front_end() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let public = dir.path().join("public");
    std::fs::create_dir_all(public.join("assets")).unwrap();
    std::fs::write(
        public.join("index.html"),
        "<!doctype html><title>my app</title>",
    )
    .unwrap();
    std::fs::write(public.join("assets/app.js"), "console.log('hi')").unwrap();
    std::fs::write(public.join(".env"), "SECRET=dotfile").unwrap();
    std::fs::write(dir.path().join("secret.txt"), "outside the public dir").unwrap();
    dir
}

#[tokio::test]
async fn a_built_front_end_is_served_with_index_fallback_and_no_traversal() {
    let site = front_end();
    let public = site.path().join("public");
    let app = spawn_app_with(move |s| s.static_files.dir = Some(public)).await;

    let index = app.client.get(app.root_url("/")).send().await.unwrap();
    assert_eq!(index.status(), StatusCode::OK);
    assert_eq!(
        header(&index, "content-type"),
        Some("text/html; charset=utf-8")
    );
    assert!(header(&index, "etag").is_some());
    assert!(
        header(&index, "content-security-policy").is_none(),
        "the app's own pages"
    );
    assert!(index.text().await.unwrap().contains("my app"));

    let script = app
        .client
        .get(app.root_url("/assets/app.js"))
        .send()
        .await
        .unwrap();
    assert_eq!(script.status(), StatusCode::OK);
    assert!(
        header(&script, "content-type")
            .unwrap()
            .starts_with("text/javascript")
            || header(&script, "content-type")
                .unwrap()
                .starts_with("application/javascript")
    );

    // A client-side route gets index.html; the API still answers as the API.
    let route = app
        .client
        .get(app.root_url("/notes/42/edit"))
        .send()
        .await
        .unwrap();
    assert_eq!(route.status(), StatusCode::OK);
    assert!(route.text().await.unwrap().contains("my app"));
    let api = app
        .client
        .get(app.url("/validate_token"))
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), StatusCode::UNAUTHORIZED);

    // Hidden files and anything outside the directory stay private.
    for path in [
        "/.env",
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/assets/..%2f..%2fsecret.txt",
        "/..%5csecret.txt",
    ] {
        let (_, body) = raw_get(app.port, path).await;
        assert!(
            !body.contains("outside the public dir"),
            "{path} escaped the directory"
        );
        assert!(
            !body.contains("SECRET=dotfile"),
            "{path} served a hidden file"
        );
    }
}

/// A GET with the path sent exactly as written (clients normalize `..` away).
async fn raw_get(port: u16, path: &str) -> (String, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap();
    stream
        .write_all(
            format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes(),
        )
        .await
        .unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).await.unwrap();
    let text = String::from_utf8_lossy(&response).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    (head.to_string(), body.to_string())
}
