//! CORS for browser front ends, and the welcome page.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::*;

const ORIGIN: &str = "http://localhost:5173";

#[tokio::test]
async fn a_preflight_from_a_dev_server_is_answered() {
    let app = spawn_app().await;
    let response = app
        .client
        .request(reqwest::Method::OPTIONS, app.url("/validate_token"))
        .header("Origin", ORIGIN)
        .header("Access-Control-Request-Method", "GET")
        .header(
            "Access-Control-Request-Headers",
            "access-token, client, uid, content-type",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        header(&response, "access-control-allow-origin"),
        Some(ORIGIN)
    );
    assert_eq!(
        header(&response, "access-control-allow-credentials"),
        Some("true")
    );
    let methods = header(&response, "access-control-allow-methods").unwrap();
    for method in ["GET", "POST", "PUT", "PATCH", "DELETE"] {
        assert!(methods.contains(method), "{methods}");
    }
    let allowed = header(&response, "access-control-allow-headers")
        .unwrap()
        .to_lowercase();
    for name in ["access-token", "client", "uid", "content-type"] {
        assert!(allowed.contains(name), "{allowed}");
    }
}

#[tokio::test]
async fn responses_expose_the_auth_headers_to_the_browser() {
    let app = spawn_app().await;
    app.sign_up("cors@example.com").await;
    let response = app
        .client
        .post(app.url("/sign_in"))
        .header("Origin", ORIGIN)
        .json(&json!({"email": "cors@example.com", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        header(&response, "access-control-allow-origin"),
        Some(ORIGIN)
    );
    let exposed: Vec<String> = header(&response, "access-control-expose-headers")
        .unwrap()
        .split(',')
        .map(|h| h.trim().to_lowercase())
        .collect();
    for name in [
        "access-token",
        "token-type",
        "client",
        "expiry",
        "uid",
        "authorization",
    ] {
        assert!(
            exposed.iter().any(|h| h == name),
            "{name} not in {exposed:?}"
        );
    }
    // Error responses too: clients read headers from them.
    let failed = app
        .client
        .get(app.url("/validate_token"))
        .header("Origin", ORIGIN)
        .send()
        .await
        .unwrap();
    assert_eq!(failed.status(), StatusCode::UNAUTHORIZED);
    assert!(header(&failed, "access-control-expose-headers").is_some());
}

#[tokio::test]
async fn an_origin_outside_the_list_gets_no_cors_headers() {
    let app =
        spawn_app_with(|s| s.cors.allowed_origins = vec!["https://app.example.com".into()]).await;
    let allowed = app
        .client
        .get(app.url("/validate_token"))
        .header("Origin", "https://app.example.com")
        .send()
        .await
        .unwrap();
    assert_eq!(
        header(&allowed, "access-control-allow-origin"),
        Some("https://app.example.com")
    );
    // The server's own origin (the welcome page, a served front end) always passes.
    let own = format!("http://127.0.0.1:{}", app.port);
    let same_origin = app
        .client
        .post(app.url("/sign_in"))
        .header("Origin", &own)
        .json(&json!({"email": "x@example.com", "password": "whatever"}))
        .send()
        .await
        .unwrap();
    assert_eq!(same_origin.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        header(&same_origin, "access-control-allow-origin"),
        Some(own.as_str())
    );
    for origin in ["http://localhost:5173", "https://app.example.com.evil.net"] {
        let response = app
            .client
            .request(reqwest::Method::OPTIONS, app.url("/sign_in"))
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{origin}");
        assert!(
            header(&response, "access-control-allow-origin").is_none(),
            "{origin}"
        );
    }
}

#[tokio::test]
async fn the_welcome_page_shows_routes_and_settings_under_a_strict_csp() {
    let app = spawn_app_with(|s| s.auth.mount_path = "/api/v1/auth".into()).await;
    let response = app.client.get(app.root_url("/")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        header(&response, "content-type"),
        Some("text/html; charset=utf-8")
    );
    let csp = header(&response, "content-security-policy")
        .unwrap()
        .to_string();
    assert!(
        csp.contains("default-src 'none'") && csp.contains("script-src 'self'"),
        "{csp}"
    );
    assert!(!csp.contains("unsafe-inline"));
    let html = response.text().await.unwrap();
    assert!(html.contains(r#"data-mount="/api/v1/auth""#));
    assert!(html.contains("<td>/api/v1/auth/sign_in</td>"));
    assert!(html.contains("<td>change_headers_on_each_request</td><td>false</td>"));
    assert!(!html.contains("<script>"), "no inline script");
    for asset in ["/_tokenauth/welcome.js", "/_tokenauth/welcome.css"] {
        let response = app.client.get(app.root_url(asset)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{asset}");
    }
}

#[tokio::test]
async fn configured_values_are_escaped_on_the_welcome_page() {
    let app = spawn_app_with(|s| {
        s.auth.redirect_whitelist = Some(vec!["http://x/<script>alert(1)</script>*".into()])
    })
    .await;
    let html = app
        .client
        .get(app.root_url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!html.contains("<script>alert(1)"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[tokio::test]
async fn the_welcome_page_can_be_turned_off() {
    let app = spawn_app_with(|s| s.ui.welcome_page = false).await;
    let response = app.client.get(app.root_url("/")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let script = app
        .client
        .get(app.root_url("/_tokenauth/welcome.js"))
        .send()
        .await
        .unwrap();
    assert_eq!(script.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_favicon_request_gets_no_content_rather_than_an_error() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(app.root_url("/favicon.ico"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
}
