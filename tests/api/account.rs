//! `PUT|PATCH /auth` and `DELETE /auth` (PROTOCOL.md 2.3, 2.4, 5.3, 5.4).

use chrono::Duration;
use reqwest::{Method, Response, StatusCode};
use serde_json::{Value, json};
use tokenauth::config::CurrentPasswordCheck;

use crate::helpers::*;

const ALICE: &str = "alice@example.com";
const NEW_EMAIL: &str = "alice.new@example.com";
const NEW_PASSWORD: &str = "newsecret456";
const BAD_CREDENTIALS: &str = "Invalid login credentials. Please try again.";

async fn update_account(
    app: &TestApp,
    method: Method,
    credentials: Option<&AuthHeaders>,
    body: &Value,
) -> Response {
    let request = app.client.request(method, app.url("")).json(body);
    let request = match credentials {
        Some(credentials) => credentials.apply(request),
        None => request,
    };
    request.send().await.expect("request")
}

async fn put_account(app: &TestApp, credentials: &AuthHeaders, body: &Value) -> Response {
    update_account(app, Method::PUT, Some(credentials), body).await
}

async fn delete_account(app: &TestApp, credentials: Option<&AuthHeaders>) -> Response {
    let request = app.client.delete(app.url(""));
    let request = match credentials {
        Some(credentials) => credentials.apply(request),
        None => request,
    };
    request.send().await.expect("request")
}

/// The full user JSON (PROTOCOL.md 5.6).
fn full_user(id: i64, email: &str, created_at: &str, updated_at: &str) -> Value {
    json!({
        "id": id, "provider": "email", "uid": email, "allow_password_change": false,
        "email": email, "created_at": created_at, "updated_at": updated_at,
    })
}

/// Asserts a 422 E2 body carrying the request's (unrotated) credentials.
async fn assert_e2_with_headers(response: Response, credentials: &AuthHeaders, errors: Value) {
    let returned = AuthHeaders::from_headers(response.headers()).expect("auth headers on the 422");
    assert_eq!(&returned, credentials);
    assert_json(
        response,
        StatusCode::UNPROCESSABLE_ENTITY,
        json!({"status": "error", "errors": errors}),
    )
    .await;
}

async fn assert_bad_credentials(response: Response) {
    assert_json(
        response,
        StatusCode::UNAUTHORIZED,
        json!({"success": false, "errors": [BAD_CREDENTIALS]}),
    )
    .await;
}

#[tokio::test]
async fn an_empty_update_is_422_without_auth_headers_even_unauthenticated() {
    let app = spawn_app().await;
    let credentials = app.signed_in_user(ALICE).await;
    let empty = json!({
        "success": false,
        "errors": ["Please submit proper account update data in request body."],
        "status": "error",
    });
    for method in [Method::PUT, Method::PATCH] {
        for body in [json!({}), json!({"name": "Alice", "uid": "x@example.com"})] {
            let response = update_account(&app, method.clone(), Some(&credentials), &body).await;
            assert_no_auth_headers(&response);
            assert_json(response, StatusCode::UNPROCESSABLE_ENTITY, empty.clone()).await;
        }
        let response = update_account(&app, method, None, &json!({})).await;
        assert_no_auth_headers(&response);
        assert_json(response, StatusCode::UNPROCESSABLE_ENTITY, empty.clone()).await;
    }
}

#[tokio::test]
async fn an_unauthenticated_update_is_404_user_not_found() {
    let app = spawn_app().await;
    let credentials = app.signed_in_user(ALICE).await;
    let not_found = json!({"success": false, "errors": ["User not found."], "status": "error"});

    let response = update_account(&app, Method::PUT, None, &json!({"email": NEW_EMAIL})).await;
    assert_no_auth_headers(&response);
    assert_json(response, StatusCode::NOT_FOUND, not_found.clone()).await;

    let mut wrong = credentials.clone();
    wrong.access_token = "x".repeat(22);
    let response = put_account(&app, &wrong, &json!({"email": NEW_EMAIL})).await;
    assert_no_auth_headers(&response);
    assert_json(response, StatusCode::NOT_FOUND, not_found).await;
    assert_eq!(
        app.validate_token(&credentials).await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn changing_the_email_changes_the_uid() {
    let app = spawn_app().await;
    let credentials = app.signed_in_user(ALICE).await;
    let id = app.user_id(&credentials).await;
    let created_at = app.now_stamp();
    app.clock.advance(Duration::minutes(3));

    let response = put_account(
        &app,
        &credentials,
        &json!({"email": " Alice.New@Example.com "}),
    )
    .await;
    let returned = AuthHeaders::from_headers(response.headers()).expect("auth headers");
    returned.assert_well_formed();
    assert_eq!(returned.uid, NEW_EMAIL);
    assert_eq!(returned.client, credentials.client);
    assert_eq!(returned.access_token, credentials.access_token);
    assert_json(
        response,
        StatusCode::OK,
        json!({"status": "success", "data": full_user(id, NEW_EMAIL, &created_at, &app.now_stamp())}),
    )
    .await;

    // The old uid no longer authenticates; the same token with the new uid does.
    assert_eq!(
        app.validate_token(&credentials).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(app.validate_token(&returned).await.status(), StatusCode::OK);
    assert_bad_credentials(app.sign_in(ALICE, PASSWORD).await).await;
    assert_eq!(
        app.sign_in(NEW_EMAIL, PASSWORD).await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn patch_changes_the_email_too() {
    let app = spawn_app().await;
    let credentials = app.signed_in_user(ALICE).await;
    let response = update_account(
        &app,
        Method::PATCH,
        Some(&credentials),
        &json!({"email": NEW_EMAIL}),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, "uid"), Some(NEW_EMAIL));
    assert_eq!(body_json(response).await["data"]["uid"], NEW_EMAIL);
}

#[tokio::test]
async fn the_password_changes_without_the_current_password_by_default() {
    let app = spawn_app().await;
    let credentials = app.signed_in_user(ALICE).await;
    let id = app.user_id(&credentials).await;
    let created_at = app.now_stamp();
    app.clock.advance(Duration::minutes(1));

    let body = json!({"password": NEW_PASSWORD, "password_confirmation": NEW_PASSWORD});
    let response = put_account(&app, &credentials, &body).await;
    assert_eq!(
        AuthHeaders::from_headers(response.headers()).as_ref(),
        Some(&credentials)
    );
    assert_json(
        response,
        StatusCode::OK,
        json!({"status": "success", "data": full_user(id, ALICE, &created_at, &app.now_stamp())}),
    )
    .await;
    assert_bad_credentials(app.sign_in(ALICE, PASSWORD).await).await;
    assert_eq!(
        app.sign_in(ALICE, NEW_PASSWORD).await.status(),
        StatusCode::OK
    );
    assert_eq!(
        app.validate_token(&credentials).await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_current_password_sent_by_the_client_is_verified_even_by_default() {
    let app = spawn_app().await;
    let credentials = app.signed_in_user(ALICE).await;
    let body = json!({
        "password": NEW_PASSWORD, "password_confirmation": NEW_PASSWORD, "current_password": "wrong-one",
    });
    let response = put_account(&app, &credentials, &body).await;
    assert_e2_with_headers(
        response,
        &credentials,
        json!({"current_password": ["is invalid"], "full_messages": ["Current password is invalid"]}),
    )
    .await;
    assert_eq!(app.sign_in(ALICE, PASSWORD).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn password_mode_requires_the_current_password_to_change_the_password() {
    let app = spawn_app_with(|settings| {
        settings.auth.check_current_password_before_update = CurrentPasswordCheck::Password;
    })
    .await;
    let credentials = app.signed_in_user(ALICE).await;

    let body = json!({"password": NEW_PASSWORD, "password_confirmation": NEW_PASSWORD});
    let response = put_account(&app, &credentials, &body).await;
    assert_e2_with_headers(
        response,
        &credentials,
        json!({"current_password": ["can't be blank"], "full_messages": ["Current password can't be blank"]}),
    )
    .await;

    let body = json!({
        "password": NEW_PASSWORD, "password_confirmation": NEW_PASSWORD, "current_password": "wrong-one",
    });
    let response = put_account(&app, &credentials, &body).await;
    assert_e2_with_headers(
        response,
        &credentials,
        json!({"current_password": ["is invalid"], "full_messages": ["Current password is invalid"]}),
    )
    .await;

    // Validations of the assigned attributes come first.
    let body = json!({"password": "abc", "password_confirmation": "abc"});
    let response = put_account(&app, &credentials, &body).await;
    assert_e2_with_headers(
        response,
        &credentials,
        json!({
            "password": ["is too short (minimum is 6 characters)"],
            "current_password": ["can't be blank"],
            "full_messages": ["Password is too short (minimum is 6 characters)", "Current password can't be blank"],
        }),
    )
    .await;
    assert_eq!(app.sign_in(ALICE, PASSWORD).await.status(), StatusCode::OK);

    // Other attributes need no current password in this mode.
    let response = put_account(&app, &credentials, &json!({"email": NEW_EMAIL})).await;
    assert_eq!(response.status(), StatusCode::OK);
    let credentials = AuthHeaders::from_headers(response.headers()).expect("auth headers");
    assert_eq!(credentials.uid, NEW_EMAIL);

    let body = json!({
        "password": NEW_PASSWORD, "password_confirmation": NEW_PASSWORD, "current_password": PASSWORD,
    });
    let response = put_account(&app, &credentials, &body).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        app.sign_in(NEW_EMAIL, NEW_PASSWORD).await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn attributes_mode_requires_the_current_password_for_any_change() {
    let app = spawn_app_with(|settings| {
        settings.auth.check_current_password_before_update = CurrentPasswordCheck::Attributes;
    })
    .await;
    let credentials = app.signed_in_user(ALICE).await;

    let response = put_account(&app, &credentials, &json!({"email": NEW_EMAIL})).await;
    assert_e2_with_headers(
        response,
        &credentials,
        json!({"current_password": ["can't be blank"], "full_messages": ["Current password can't be blank"]}),
    )
    .await;
    let response = put_account(
        &app,
        &credentials,
        &json!({"email": NEW_EMAIL, "current_password": "wrong-one"}),
    )
    .await;
    assert_e2_with_headers(
        response,
        &credentials,
        json!({"current_password": ["is invalid"], "full_messages": ["Current password is invalid"]}),
    )
    .await;
    assert_eq!(
        app.validate_token(&credentials).await.status(),
        StatusCode::OK
    );

    let response = put_account(
        &app,
        &credentials,
        &json!({"email": NEW_EMAIL, "current_password": PASSWORD}),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, "uid"), Some(NEW_EMAIL));
    assert_eq!(body_json(response).await["data"]["email"], NEW_EMAIL);
}

#[tokio::test]
async fn validation_errors_are_e2_with_auth_headers() {
    let app = spawn_app().await;
    app.sign_up("bob@example.com").await;
    let credentials = app.signed_in_user(ALICE).await;
    let cases = [
        (
            json!({"password": "abc", "password_confirmation": "abc"}),
            json!({
                "password": ["is too short (minimum is 6 characters)"],
                "full_messages": ["Password is too short (minimum is 6 characters)"],
            }),
        ),
        (
            json!({"password": NEW_PASSWORD, "password_confirmation": "something-else"}),
            json!({
                "password_confirmation": ["doesn't match Password"],
                "full_messages": ["Password confirmation doesn't match Password"],
            }),
        ),
        (
            json!({"email": "not-an-email"}),
            json!({"email": ["is not an email"], "full_messages": ["Email is not an email"]}),
        ),
        (
            json!({"email": "Bob@Example.com"}),
            json!({"email": ["has already been taken"], "full_messages": ["Email has already been taken"]}),
        ),
    ];
    for (body, errors) in cases {
        let response = put_account(&app, &credentials, &body).await;
        assert_e2_with_headers(response, &credentials, errors).await;
    }
    // Nothing changed.
    assert_eq!(
        app.validate_token(&credentials).await.status(),
        StatusCode::OK
    );
    assert_eq!(app.sign_in(ALICE, PASSWORD).await.status(), StatusCode::OK);
    assert_eq!(
        app.sign_in("bob@example.com", PASSWORD).await.status(),
        StatusCode::OK
    );
}

/// Three sessions with increasing expiries: registration, then a sign-in an hour later, then
/// another an hour after that.
async fn three_sessions(app: &TestApp) -> [AuthHeaders; 3] {
    let response = app.sign_up(ALICE).await;
    let first = AuthHeaders::from_headers(response.headers()).expect("registration credentials");
    app.clock.advance(Duration::hours(1));
    let response = app.sign_in(ALICE, PASSWORD).await;
    let second = AuthHeaders::from_headers(response.headers()).expect("sign-in credentials");
    app.clock.advance(Duration::hours(1));
    let response = app.sign_in(ALICE, PASSWORD).await;
    let third = AuthHeaders::from_headers(response.headers()).expect("sign-in credentials");
    assert_eq!(app.session_count(ALICE), 3);
    [first, second, third]
}

#[tokio::test]
async fn remove_tokens_after_password_reset_keeps_only_the_latest_session() {
    let app =
        spawn_app_with(|settings| settings.auth.remove_tokens_after_password_reset = true).await;
    let [first, second, third] = three_sessions(&app).await;
    let body = json!({"password": NEW_PASSWORD, "password_confirmation": NEW_PASSWORD});
    let response = put_account(&app, &third, &body).await;
    assert_eq!(
        AuthHeaders::from_headers(response.headers()).as_ref(),
        Some(&third)
    );
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(app.session_count(ALICE), 1);
    assert_eq!(app.validate_token(&third).await.status(), StatusCode::OK);
    for gone in [&first, &second] {
        assert_eq!(
            app.validate_token(gone).await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
}

#[tokio::test]
async fn remove_tokens_after_password_reset_keeps_the_latest_even_when_an_older_one_asks() {
    let app =
        spawn_app_with(|settings| settings.auth.remove_tokens_after_password_reset = true).await;
    let [first, second, third] = three_sessions(&app).await;
    let body = json!({"password": NEW_PASSWORD, "password_confirmation": NEW_PASSWORD});
    let response = put_account(&app, &first, &body).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(app.session_count(ALICE), 1);
    assert_eq!(app.validate_token(&third).await.status(), StatusCode::OK);
    for gone in [&first, &second] {
        assert_eq!(
            app.validate_token(gone).await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
}

#[tokio::test]
async fn without_remove_tokens_after_password_reset_every_session_stays() {
    let app = spawn_app().await;
    let sessions = three_sessions(&app).await;
    let body = json!({"password": NEW_PASSWORD, "password_confirmation": NEW_PASSWORD});
    assert_eq!(
        put_account(&app, &sessions[0], &body).await.status(),
        StatusCode::OK
    );
    assert_eq!(app.session_count(ALICE), 3);
    for credentials in &sessions {
        assert_eq!(
            app.validate_token(credentials).await.status(),
            StatusCode::OK
        );
    }
}

#[tokio::test]
async fn deleting_the_account_ends_everything() {
    let app = spawn_app().await;
    let credentials = app.signed_in_user(ALICE).await;
    let id = app.user_id(&credentials).await;
    let other = AuthHeaders::from_headers(app.sign_in(ALICE, PASSWORD).await.headers()).unwrap();
    assert_eq!(app.session_count(ALICE), 3);

    let response = delete_account(&app, Some(&credentials)).await;
    assert_no_auth_headers(&response);
    assert_json(
        response,
        StatusCode::OK,
        json!({"status": "success", "message": "Account with UID 'alice@example.com' has been destroyed."}),
    )
    .await;

    let conn = app.db();
    let (users, tokens): (i64, i64) = conn
        .query_row(
            "SELECT (SELECT count(*) FROM users WHERE id = ?1), (SELECT count(*) FROM tokens WHERE user_id = ?1)",
            [id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .unwrap();
    assert_eq!((users, tokens), (0, 0));
    for session in [&credentials, &other] {
        assert_eq!(
            app.validate_token(session).await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    assert_bad_credentials(app.sign_in(ALICE, PASSWORD).await).await;

    // The address is free again.
    assert_eq!(app.sign_up(ALICE).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn deleting_without_credentials_is_404() {
    let app = spawn_app().await;
    let credentials = app.signed_in_user(ALICE).await;
    let not_found = json!({
        "success": false,
        "errors": ["Unable to locate account for destruction."],
        "status": "error",
    });
    let response = delete_account(&app, None).await;
    assert_no_auth_headers(&response);
    assert_json(response, StatusCode::NOT_FOUND, not_found.clone()).await;

    let mut wrong = credentials.clone();
    wrong.access_token = "x".repeat(22);
    let response = delete_account(&app, Some(&wrong)).await;
    assert_json(response, StatusCode::NOT_FOUND, not_found).await;
    assert_eq!(
        app.validate_token(&credentials).await.status(),
        StatusCode::OK
    );
}

/// PROTOCOL.md 2.1: with rotation on, an authenticated request that ends in a validation error
/// still rotates the token and sends the new credentials.
#[tokio::test]
async fn with_rotation_a_failed_update_still_carries_the_rotated_credentials() {
    let app = spawn_app_with(|settings| settings.auth.change_headers_on_each_request = true).await;
    let credentials = app.signed_in_user(ALICE).await;
    app.clock.advance(Duration::seconds(10));
    let response = put_account(&app, &credentials, &json!({"email": "not-an-email"})).await;
    let rotated = AuthHeaders::from_headers(response.headers()).expect("auth headers on the 422");
    rotated.assert_well_formed();
    assert_eq!(rotated.client, credentials.client);
    assert_ne!(rotated.access_token, credentials.access_token);
    assert_json(
        response,
        StatusCode::UNPROCESSABLE_ENTITY,
        json!({"status": "error", "errors": {
            "email": ["is not an email"], "full_messages": ["Email is not an email"],
        }}),
    )
    .await;
    assert_eq!(app.validate_token(&rotated).await.status(), StatusCode::OK);
}
