//! Per-IP rate limits: 429 in the gem's error shape with Retry-After; X-Forwarded-For only from
//! trusted proxies.

use reqwest::StatusCode;
use serde_json::json;
use tokenauth::limits::Rate;

use crate::helpers::*;

fn limited(rate: &str) -> impl FnOnce(&mut tokenauth::config::Settings) {
    let rate = Rate::parse(rate).unwrap();
    move |s| {
        s.rate_limits.sign_in = rate;
        s.rate_limits.registration = rate;
        s.rate_limits.password_reset = rate;
        s.rate_limits.confirmation = rate;
        s.rate_limits.unlock = rate;
        s.auth.lockable = true; // the unlock routes exist only then
    }
}

async fn assert_429(response: reqwest::Response) {
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry_after: u64 = header(&response, "retry-after").unwrap().parse().unwrap();
    assert!((1..=3_600).contains(&retry_after), "{retry_after}");
    assert_json_content_type(&response);
    assert_eq!(
        body_json(response).await,
        json!({"success": false, "errors": [format!("Too many requests. Please try again in {retry_after} seconds.")]})
    );
}

#[tokio::test]
async fn sign_in_attempts_beyond_the_rate_get_429_with_retry_after() {
    let app = spawn_app_with(limited("3 per hour")).await;
    app.sign_up("limited@example.com").await;
    for _ in 0..3 {
        let response = app.sign_in("limited@example.com", "wrong-password").await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    // Even the right password: the limit counts attempts, not failures.
    assert_429(app.sign_in("limited@example.com", PASSWORD).await).await;
}

#[tokio::test]
async fn every_mail_sending_endpoint_and_registration_are_limited() {
    let limit = limited("1 per hour");
    let app = spawn_app_with(move |s| {
        limit(s);
        // The confirmation routes exist only for confirmable accounts.
        s.auth.confirmable = true;
        s.auth.default_confirm_success_url = Some("http://app.example/confirmed".into());
    })
    .await;
    assert_eq!(
        app.sign_up("first@example.com").await.status(),
        StatusCode::OK
    );
    assert_429(app.sign_up("second@example.com").await).await;
    for path in ["/password", "/confirmation", "/unlock"] {
        let body = json!({"email": "first@example.com", "redirect_url": "http://app.example/x"});
        let first = app
            .client
            .post(app.url(path))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(first.status(), StatusCode::OK, "{path}");
        let second = app
            .client
            .post(app.url(path))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_429(second).await;
    }
    // Other endpoints are not limited.
    app.db()
        .execute(
            "UPDATE users SET confirmed_at = '2026-01-01T00:00:00.000Z'",
            [],
        )
        .unwrap();
    let credentials =
        AuthHeaders::from_headers(app.sign_in("first@example.com", PASSWORD).await.headers())
            .unwrap();
    for _ in 0..5 {
        assert_eq!(
            app.validate_token(&credentials).await.status(),
            StatusCode::OK
        );
    }
}

#[tokio::test]
async fn forwarded_addresses_count_only_behind_a_trusted_proxy() {
    // Untrusted peer: X-Forwarded-For is ignored, so rotating it does not escape the limit.
    let app = spawn_app_with(limited("2 per hour")).await;
    app.sign_up("xff@example.com").await;
    for n in 0..2 {
        let response = app
            .client
            .post(app.url("/sign_in"))
            .header("X-Forwarded-For", format!("198.51.100.{n}"))
            .json(&json!({"email": "xff@example.com", "password": PASSWORD}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
    }
    let spoofed = app
        .client
        .post(app.url("/sign_in"))
        .header("X-Forwarded-For", "198.51.100.99")
        .json(&json!({"email": "xff@example.com", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_429(spoofed).await;

    // Trusted proxy (the test client's own loopback address): each forwarded client has its own
    // limit, and the address is what trackable records.
    let limit = limited("2 per hour");
    let app = spawn_app_with(move |s| {
        limit(s);
        s.server.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
    })
    .await;
    app.sign_up("proxied@example.com").await;
    for client in ["198.51.100.1", "198.51.100.2"] {
        for _ in 0..2 {
            let response = app
                .client
                .post(app.url("/sign_in"))
                .header("X-Forwarded-For", format!("203.0.113.9, {client}"))
                .json(&json!({"email": "proxied@example.com", "password": PASSWORD}))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::OK, "{client}");
        }
    }
    let ip: String = app
        .db()
        .query_row("SELECT current_sign_in_ip FROM users", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ip, "198.51.100.2");
}
