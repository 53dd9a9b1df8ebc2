//! `POST /auth` (PROTOCOL.md 2.2, 5.3, 5.4, 5.6) with confirmable off: a successful registration
//! signs the new user in.

use chrono::SecondsFormat;
use reqwest::{Response, StatusCode};
use serde_json::{Value, json};

use crate::helpers::*;

const EMPTY_SIGN_UP: &str = r#"{"success":false,"errors":["Please submit proper sign up data in request body."],"status":"error"}"#;

/// The timestamp the server writes for "now" on the test clock: `2026-12-03T15:35:49.917Z`.
fn now_stamp(app: &TestApp) -> String {
    use tokenauth::clock::Clock;
    app.clock.now().to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Asserts `value` looks like `2026-12-03T15:35:49.917Z`.
fn assert_timestamp_format(value: &str) {
    let bytes = value.as_bytes();
    assert_eq!(bytes.len(), 24, "{value}");
    for (i, b) in bytes.iter().enumerate() {
        let expected_digit = !matches!(i, 4 | 7 | 10 | 13 | 16 | 19 | 23);
        assert_eq!(b.is_ascii_digit(), expected_digit, "{value} at {i}");
    }
    assert_eq!(
        (
            bytes[4], bytes[7], bytes[10], bytes[13], bytes[16], bytes[19], bytes[23]
        ),
        (b'-', b'-', b'T', b':', b':', b'.', b'Z'),
        "{value}"
    );
    chrono::DateTime::parse_from_rfc3339(value).unwrap_or_else(|e| panic!("{value}: {e}"));
}

/// The exact success body (key order included) for a user with `id` and `email`.
fn success_body(id: i64, email: &str, stamp: &str) -> String {
    format!(
        r#"{{"status":"success","data":{{"id":{id},"provider":"email","uid":"{email}","allow_password_change":false,"email":"{email}","created_at":"{stamp}","updated_at":"{stamp}"}}}}"#
    )
}

/// Checks a 200 registration for `email` (already normalized): exact body text, content type,
/// well-formed credentials that validate. Returns the credentials.
async fn assert_registered(app: &TestApp, response: Response, email: &str) -> AuthHeaders {
    assert_eq!(response.status(), StatusCode::OK);
    assert_json_content_type(&response);
    let credentials =
        AuthHeaders::from_headers(response.headers()).expect("registration signs the user in");
    credentials.assert_well_formed();
    assert_eq!(credentials.uid, email);

    let text = response.text().await.unwrap();
    let body: Value = serde_json::from_str(&text).unwrap();
    let id = body["data"]["id"]
        .as_i64()
        .unwrap_or_else(|| panic!("numeric id: {text}"));
    let created_at = body["data"]["created_at"].as_str().expect("created_at");
    assert_timestamp_format(created_at);
    let stamp = now_stamp(app);
    assert_eq!(created_at, stamp);
    assert_eq!(
        body,
        json!({"status": "success", "data": {
            "id": id, "provider": "email", "uid": email, "allow_password_change": false,
            "email": email, "created_at": stamp, "updated_at": stamp,
        }})
    );
    assert_eq!(text, success_body(id, email, &stamp));

    let validation = app.validate_token(&credentials).await;
    assert_eq!(validation.status(), StatusCode::OK);
    assert_eq!(
        body_json(validation).await,
        json!({"success": true, "data": {
            "id": id, "provider": "email", "uid": email, "allow_password_change": false, "email": email,
        }})
    );
    credentials
}

/// The E2 body of a failed registration: the unsaved user, then the errors in order.
fn invalid_body(email: Option<&str>, errors: Value) -> Value {
    json!({
        "status": "error",
        "data": {
            "id": null, "provider": "email", "uid": "", "allow_password_change": false,
            "email": email, "created_at": null, "updated_at": null,
        },
        "errors": errors,
    })
}

/// Asserts a 422 E2 response, byte for byte (key order included), without auth headers.
async fn assert_invalid(response: Response, email: Option<&str>, errors: Value) {
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_json_content_type(&response);
    assert_no_auth_headers(&response);
    let text = response.text().await.unwrap();
    let expected = invalid_body(email, errors);
    let body: Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"));
    assert_eq!(body, expected);
    assert_eq!(text, serde_json::to_string(&expected).unwrap());
}

/// One-message errors for `attribute`.
fn error(attribute: &str, message: &str, full: &str) -> Value {
    let mut map = serde_json::Map::new();
    map.insert(attribute.to_string(), json!([message]));
    map.insert("full_messages".to_string(), json!([full]));
    Value::Object(map)
}

fn user_count(app: &TestApp) -> i64 {
    app.db()
        .query_row("SELECT count(*) FROM users", [], |row| row.get(0))
        .unwrap()
}

async fn post_raw(app: &TestApp, content_type: Option<&str>, body: &'static str) -> Response {
    let mut request = app.client.post(app.url("")).body(body);
    if let Some(content_type) = content_type {
        request = request.header("content-type", content_type);
    }
    request.send().await.unwrap()
}

async fn assert_empty_sign_up(response: Response) {
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_json_content_type(&response);
    assert_no_auth_headers(&response);
    assert_eq!(response.text().await.unwrap(), EMPTY_SIGN_UP);
}

#[tokio::test]
async fn json_registration_normalizes_the_email_and_signs_in() {
    let app = spawn_app().await;
    let response = app
        .register(&json!({
            "email": "  AlternatingCase@Example.com ",
            "password": PASSWORD,
            "password_confirmation": PASSWORD,
        }))
        .await;
    assert_registered(&app, response, "alternatingcase@example.com").await;

    let (uid, email, provider): (String, String, String) = app
        .db()
        .query_row("SELECT uid, email, provider FROM users", [], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })
        .unwrap();
    assert_eq!(uid, "alternatingcase@example.com");
    assert_eq!(email, "alternatingcase@example.com");
    assert_eq!(provider, "email");

    // The new account can sign in with the password it registered.
    let sign_in = app.sign_in("alternatingcase@example.com", PASSWORD).await;
    assert_eq!(sign_in.status(), StatusCode::OK);
}

#[tokio::test]
async fn urlencoded_form_registration_works() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(app.url(""))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("email=Form.User%40Example.com&password=secret123&password_confirmation=secret123")
        .send()
        .await
        .unwrap();
    assert_registered(&app, response, "form.user@example.com").await;
}

#[tokio::test]
async fn registration_tokens_are_distinct_per_registration() {
    let app = spawn_app().await;
    let first = assert_registered(
        &app,
        app.sign_up("one@example.com").await,
        "one@example.com",
    )
    .await;
    let second = assert_registered(
        &app,
        app.sign_up("two@example.com").await,
        "two@example.com",
    )
    .await;
    assert_ne!(first.access_token, second.access_token);
    assert_ne!(first.client, second.client);
    assert_eq!(app.session_count("one@example.com"), 1);
    assert_eq!(app.session_count("two@example.com"), 1);
}

#[tokio::test]
async fn unpermitted_params_are_ignored() {
    let app = spawn_app().await;
    let response = app
        .register(&json!({
            "email": "extra@example.com",
            "password": PASSWORD,
            "password_confirmation": PASSWORD,
            "name": "Mallory",
            "admin": true,
            "provider": "github",
            "uid": "someone-else@example.com",
            "allow_password_change": true,
            "id": 999,
        }))
        .await;
    assert_registered(&app, response, "extra@example.com").await;
    let (provider, uid, allow): (String, String, bool) = app
        .db()
        .query_row(
            "SELECT provider, uid, allow_password_change FROM users",
            [],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (provider.as_str(), uid.as_str(), allow),
        ("email", "extra@example.com", false)
    );
}

#[tokio::test]
async fn password_confirmation_may_be_omitted() {
    let app = spawn_app().await;
    let response = app
        .register(&json!({"email": "noconfirm@example.com", "password": PASSWORD}))
        .await;
    assert_registered(&app, response, "noconfirm@example.com").await;
}

#[tokio::test]
async fn an_empty_body_is_rejected() {
    let app = spawn_app().await;
    assert_empty_sign_up(post_raw(&app, None, "").await).await;
    assert_empty_sign_up(post_raw(&app, Some("application/json"), "").await).await;
    assert_empty_sign_up(post_raw(&app, Some("application/json"), "{}").await).await;
    assert_empty_sign_up(post_raw(&app, Some("application/x-www-form-urlencoded"), "").await).await;
    assert_eq!(user_count(&app), 0);
}

#[tokio::test]
async fn a_body_with_only_unknown_keys_is_empty() {
    let app = spawn_app().await;
    assert_empty_sign_up(app.register(&json!({"name": "Bob", "admin": true})).await).await;
    // Devise-style nesting is not recognised.
    assert_empty_sign_up(
        app.register(&json!({"user": {"email": "nested@example.com", "password": PASSWORD}}))
            .await,
    )
    .await;
    assert_eq!(user_count(&app), 0);
}

#[tokio::test]
async fn only_confirm_success_url_is_empty() {
    let app = spawn_app().await;
    assert_empty_sign_up(
        app.register(&json!({"confirm_success_url": "https://app.example.com/welcome"}))
            .await,
    )
    .await;
    assert_eq!(user_count(&app), 0);
}

#[tokio::test]
async fn a_blank_email_is_rejected() {
    let app = spawn_app().await;
    let blank = error("email", "can't be blank", "Email can't be blank");
    assert_invalid(
        app.register(&json!({"email": "", "password": PASSWORD}))
            .await,
        Some(""),
        blank.clone(),
    )
    .await;
    assert_invalid(
        app.register(&json!({"email": "   ", "password": PASSWORD}))
            .await,
        Some(""),
        blank.clone(),
    )
    .await;
    assert_invalid(
        app.register(&json!({"password": PASSWORD, "password_confirmation": PASSWORD}))
            .await,
        None,
        blank.clone(),
    )
    .await;
    assert_invalid(
        app.register(&json!({"email": null, "password": PASSWORD}))
            .await,
        None,
        blank,
    )
    .await;
    assert_eq!(user_count(&app), 0);
}

#[tokio::test]
async fn badly_formatted_emails_are_rejected() {
    let app = spawn_app().await;
    for bad in [
        "false_email@",
        "@example.com",
        "a@localhost",
        "a@b.c",
        "a b@example.com",
        "a@under_score.com",
        "a@example..com",
    ] {
        assert_invalid(
            app.register(
                &json!({"email": bad, "password": PASSWORD, "password_confirmation": PASSWORD}),
            )
            .await,
            Some(bad),
            error("email", "is not an email", "Email is not an email"),
        )
        .await;
    }
    // The unsaved user echoes the normalized input.
    assert_invalid(
        app.register(&json!({"email": "  NOT-AN-EMAIL ", "password": PASSWORD}))
            .await,
        Some("not-an-email"),
        error("email", "is not an email", "Email is not an email"),
    )
    .await;
    assert_eq!(user_count(&app), 0);
}

#[tokio::test]
async fn a_taken_email_is_rejected_whatever_its_case_and_whitespace() {
    let app = spawn_app().await;
    assert_registered(
        &app,
        app.sign_up("dup@example.com").await,
        "dup@example.com",
    )
    .await;
    let taken = error(
        "email",
        "has already been taken",
        "Email has already been taken",
    );
    for spelling in ["dup@example.com", "DUP@Example.COM", "  Dup@example.com\t "] {
        assert_invalid(
            app.sign_up(spelling).await,
            Some("dup@example.com"),
            taken.clone(),
        )
        .await;
    }
    assert_eq!(user_count(&app), 1);
}

#[tokio::test]
async fn a_missing_password_is_rejected() {
    let app = spawn_app().await;
    let blank = error("password", "can't be blank", "Password can't be blank");
    assert_invalid(
        app.register(&json!({"email": "nopass@example.com"})).await,
        Some("nopass@example.com"),
        blank.clone(),
    )
    .await;
    assert_invalid(
        app.register(&json!({"email": "nopass@example.com", "password": ""}))
            .await,
        Some("nopass@example.com"),
        blank,
    )
    .await;
    assert_eq!(user_count(&app), 0);
}

#[tokio::test]
async fn a_short_password_is_rejected() {
    let app = spawn_app().await;
    assert_invalid(
        app.register(&json!({"email": "short@example.com", "password": "12345", "password_confirmation": "12345"}))
            .await,
        Some("short@example.com"),
        error(
            "password",
            "is too short (minimum is 6 characters)",
            "Password is too short (minimum is 6 characters)",
        ),
    )
    .await;
    // Six characters is enough.
    let response = app
        .register(&json!({"email": "short@example.com", "password": "123456"}))
        .await;
    assert_registered(&app, response, "short@example.com").await;
}

#[tokio::test]
async fn a_long_password_is_rejected() {
    let app = spawn_app().await;
    let long = "x".repeat(129);
    assert_invalid(
        app.register(
            &json!({"email": "long@example.com", "password": long, "password_confirmation": long}),
        )
        .await,
        Some("long@example.com"),
        error(
            "password",
            "is too long (maximum is 128 characters)",
            "Password is too long (maximum is 128 characters)",
        ),
    )
    .await;
    // 128 characters is still allowed.
    let longest = "x".repeat(128);
    let response = app
        .register(&json!({"email": "long@example.com", "password": longest}))
        .await;
    assert_registered(&app, response, "long@example.com").await;
}

#[tokio::test]
async fn a_mismatched_confirmation_and_a_taken_email_report_both_in_order() {
    let app = spawn_app().await;
    assert_registered(
        &app,
        app.sign_up("both@example.com").await,
        "both@example.com",
    )
    .await;
    let response = app
        .register(&json!({
            "email": "Both@Example.com",
            "password": PASSWORD,
            "password_confirmation": "something-else",
        }))
        .await;
    assert_invalid(
        response,
        Some("both@example.com"),
        json!({
            "password_confirmation": ["doesn't match Password"],
            "email": ["has already been taken"],
            "full_messages": [
                "Password confirmation doesn't match Password",
                "Email has already been taken",
            ],
        }),
    )
    .await;

    // Alone, the mismatch is reported the same way.
    assert_invalid(
        app.register(&json!({
            "email": "fresh@example.com",
            "password": PASSWORD,
            "password_confirmation": "something-else",
        }))
        .await,
        Some("fresh@example.com"),
        error(
            "password_confirmation",
            "doesn't match Password",
            "Password confirmation doesn't match Password",
        ),
    )
    .await;
    assert_eq!(user_count(&app), 1);
}

#[tokio::test]
async fn a_ten_kilobyte_email_is_too_long() {
    let app = spawn_app().await;
    let email = format!("{}@example.com", "a".repeat(10 * 1024));
    assert_invalid(
        app.sign_up(&email).await,
        Some(&email),
        error(
            "email",
            "is too long (maximum is 255 characters)",
            "Email is too long (maximum is 255 characters)",
        ),
    )
    .await;
    assert_eq!(user_count(&app), 0);
}

#[tokio::test]
async fn parallel_registrations_of_one_email_create_one_user() {
    let app = spawn_app().await;
    let requests = (0..20).map(|i| {
        // Different spellings of the same address race each other.
        let email = if i % 2 == 0 {
            "race@example.com"
        } else {
            " RACE@example.com "
        };
        app.sign_up(email)
    });
    let responses = futures_util::future::join_all(requests).await;

    let mut ok = 0;
    let mut taken = 0;
    let mut other = Vec::new();
    for response in responses {
        match response.status() {
            StatusCode::OK => {
                assert_json_content_type(&response);
                let credentials = AuthHeaders::from_headers(response.headers()).expect("headers");
                credentials.assert_well_formed();
                ok += 1;
            }
            StatusCode::UNPROCESSABLE_ENTITY => {
                assert_invalid(
                    response,
                    Some("race@example.com"),
                    error(
                        "email",
                        "has already been taken",
                        "Email has already been taken",
                    ),
                )
                .await;
                taken += 1;
            }
            status => other.push((status, response.text().await.unwrap())),
        }
    }
    assert!(other.is_empty(), "unexpected responses: {other:?}");
    assert_eq!((ok, taken), (1, 19));
    let rows: i64 = app
        .db()
        .query_row(
            "SELECT count(*) FROM users WHERE lower(email) = 'race@example.com'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(rows, 1);
    assert_eq!(user_count(&app), 1);
    assert_eq!(app.session_count("race@example.com"), 1);
}

#[tokio::test]
async fn credentials_sent_with_a_registration_are_ignored() {
    let app = spawn_app().await;
    let alice = app.signed_in_user("alice@example.com").await;
    // Registering while sending Alice's credentials creates Bob and signs in Bob only.
    let response = alice
        .apply(app.client.post(app.url("")))
        .json(&json!({"email": "bob@example.com", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    let bob = assert_registered(&app, response, "bob@example.com").await;
    assert_ne!(bob.client, alice.client);
    assert_eq!(app.validate_token(&alice).await.status(), StatusCode::OK);
}
