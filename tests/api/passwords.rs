//! Password reset (PROTOCOL.md 2.9–2.11, 2.17, 6.2): request, the emailed link read from the
//! real outbox, the redirect with credentials, and the password change.

use chrono::Duration;
use reqwest::{Response, StatusCode};
use serde_json::{Value, json};

use crate::helpers::*;

const ALICE: &str = "alice@example.com";
const RESET_URL: &str = "http://127.0.0.1:9/reset";
const RESET_URL_ESCAPED: &str = "http%3A%2F%2F127.0.0.1%3A9%2Freset";
const NEW_PASSWORD: &str = "newsecret456";
const EVIL: &str = "http://evil.example/";
const SENT: &str = "An email has been sent to 'alice@example.com' containing instructions for resetting your password.";
const PARANOID: &str = "If your email address exists in our database, you will receive a password recovery link at your email address in a few minutes.";
const MISSING_PASSWORDS: &str =
    "You must fill out the fields labeled 'Password' and 'Password confirmation'.";
const BAD_CREDENTIALS: &str = "Invalid login credentials. Please try again.";

async fn request_reset(app: &TestApp, body: &Value) -> Response {
    app.client
        .post(app.url("/password"))
        .json(body)
        .send()
        .await
        .expect("request")
}

/// Requests a reset for `email` to `redirect_url` and returns the emailed link.
async fn reset_link(app: &TestApp, email: &str, redirect_url: &str) -> String {
    let response = request_reset(app, &json!({"email": email, "redirect_url": redirect_url})).await;
    assert_eq!(response.status(), StatusCode::OK);
    app.link_in_last_mail("/password/edit")
}

async fn change_password(
    app: &TestApp,
    credentials: Option<&AuthHeaders>,
    body: &Value,
) -> Response {
    let request = app.client.put(app.url("/password")).json(body);
    let request = match credentials {
        Some(credentials) => credentials.apply(request),
        None => request,
    };
    request.send().await.expect("request")
}

fn new_password_body() -> Value {
    json!({"password": NEW_PASSWORD, "password_confirmation": NEW_PASSWORD})
}

async fn assert_bad_credentials(response: Response) {
    assert_json(
        response,
        StatusCode::UNAUTHORIZED,
        json!({"success": false, "errors": [BAD_CREDENTIALS]}),
    )
    .await;
}

/// The raw reset token at the end of an emailed link.
fn token_of(link: &str) -> String {
    query_param(link, "reset_password_token").expect("reset_password_token in the link")
}

#[tokio::test]
async fn the_whole_reset_flow_through_the_outbox() {
    let app = spawn_app().await;
    let first_session = app.signed_in_user(ALICE).await;
    let id = app.user_id(&first_session).await;
    let registered_at = app.now_stamp();
    app.clock.advance(Duration::minutes(5));

    // 1. The request (transcript 3000_09).
    let response = request_reset(&app, &json!({"email": ALICE, "redirect_url": RESET_URL})).await;
    assert_no_auth_headers(&response);
    assert_json(
        response,
        StatusCode::OK,
        json!({"success": true, "message": SENT}),
    )
    .await;

    // 2. The email (PROTOCOL.md 6.2).
    let mails = app.outbox_messages();
    assert_eq!(mails.len(), 1);
    let mail = &mails[0];
    assert_eq!(mail_header(mail, "To"), Some(ALICE));
    assert_eq!(
        mail_header(mail, "Subject"),
        Some("Reset password instructions")
    );
    let body = mail_body(mail);
    for text in [
        "Hello alice@example.com!",
        "Someone has requested a link to change your password. You can do this through the link below.",
        ">Change my password</a>",
        "If you didn't request this, please ignore this email.",
        "Your password won't change until you access the link above and create a new one.",
    ] {
        assert!(body.contains(text), "{text:?} in:\n{body}");
    }
    let link = app.link_in_last_mail("/password/edit");
    let prefix = format!(
        "{}/password/edit?config=default&redirect_url={RESET_URL_ESCAPED}&reset_password_token=",
        app.address
    );
    assert!(link.starts_with(&prefix), "{link}");
    let reset_token = link[prefix.len()..].to_string();
    assert_friendly_token(&reset_token);

    // 3. The link (transcript 3000_10): 302 with fresh credentials in the sorted query.
    let response = app.get(&link).await;
    assert_no_auth_headers(&response);
    let location = assert_redirect(response).await;
    let credentials = credentials_from_location(&location);
    let expected = format!(
        "{RESET_URL}?access-token={token}&client={client}&client_id={client}&config=default&expiry={expiry}&reset_password=true&reset_password_token={reset_token}&token={token}&uid=alice%40example.com",
        token = credentials.access_token,
        client = credentials.client,
        expiry = app.fresh_expiry(),
    );
    assert_eq!(location, expected);
    credentials.assert_well_formed();
    assert_eq!(credentials.uid, ALICE);
    assert_ne!(credentials.client, first_session.client);

    // 4. The credentials work; the reset link allows one password change.
    let response = app.validate_token(&credentials).await;
    assert_json(
        response,
        StatusCode::OK,
        json!({"success": true, "data": {
            "id": id, "provider": "email", "uid": ALICE, "allow_password_change": true, "email": ALICE,
        }}),
    )
    .await;

    // 5. The change.
    app.clock.advance(Duration::minutes(1));
    let response = change_password(&app, Some(&credentials), &new_password_body()).await;
    let returned = AuthHeaders::from_headers(response.headers()).expect("auth headers");
    returned.assert_well_formed();
    assert_eq!(returned.client, credentials.client);
    assert_eq!(returned.uid, ALICE);
    assert_json(
        response,
        StatusCode::OK,
        json!({
            "success": true,
            "data": {
                "id": id, "provider": "email", "uid": ALICE, "allow_password_change": false,
                "email": ALICE, "created_at": registered_at, "updated_at": app.now_stamp(),
            },
            "message": "Your password has been successfully updated.",
        }),
    )
    .await;

    // 6. Only the new password signs in; the link is used up; other sessions are kept.
    assert_bad_credentials(app.sign_in(ALICE, PASSWORD).await).await;
    assert_eq!(
        app.sign_in(ALICE, NEW_PASSWORD).await.status(),
        StatusCode::OK
    );
    assert_not_found(app.get(&link).await).await;
    assert_eq!(
        app.validate_token(&first_session).await.status(),
        StatusCode::OK
    );
    assert_eq!(app.validate_token(&returned).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn the_link_can_be_opened_again_until_the_password_changes() {
    let app = spawn_app().await;
    app.sign_up(ALICE).await;
    let link = reset_link(&app, ALICE, RESET_URL).await;
    let first = credentials_from_location(&assert_redirect(app.get(&link).await).await);
    let second = credentials_from_location(&assert_redirect(app.get(&link).await).await);
    assert_ne!(first.client, second.client, "each click mints a client");
    for credentials in [&first, &second] {
        assert_eq!(
            app.validate_token(credentials).await.status(),
            StatusCode::OK
        );
    }
}

#[tokio::test]
async fn a_second_request_invalidates_the_first_link() {
    let app = spawn_app().await;
    app.sign_up(ALICE).await;
    let first = reset_link(&app, ALICE, RESET_URL).await;
    let second = reset_link(&app, ALICE, RESET_URL).await;
    assert_ne!(token_of(&first), token_of(&second));
    assert_eq!(app.outbox_messages().len(), 2);
    assert_not_found(app.get(&first).await).await;
    assert_redirect(app.get(&second).await).await;
}

#[tokio::test]
async fn a_link_older_than_six_hours_is_not_found() {
    let app = spawn_app().await;
    app.sign_up(ALICE).await;
    let link = reset_link(&app, ALICE, RESET_URL).await;
    let sessions = app.session_count(ALICE);

    app.clock.advance(Duration::hours(6) - Duration::seconds(1));
    assert_redirect(app.get(&link).await).await;
    assert_eq!(app.session_count(ALICE), sessions + 1);

    app.clock.advance(Duration::seconds(2));
    assert_not_found(app.get(&link).await).await;
    assert_eq!(app.session_count(ALICE), sessions + 1, "no session minted");
}

#[tokio::test]
async fn a_fragment_redirect_url_gets_the_query_after_the_fragment_too() {
    let app = spawn_app().await;
    app.sign_up(ALICE).await;
    let link = reset_link(&app, ALICE, "http://app.example/#/reset").await;
    assert!(
        link.contains("&redirect_url=http%3A%2F%2Fapp.example%2F%23%2Freset&"),
        "{link}"
    );
    let location = assert_redirect(app.get(&link).await).await;
    let credentials = credentials_from_location(&location);
    let query = format!(
        "access-token={token}&client={client}&client_id={client}&config=default&expiry={expiry}&reset_password=true&reset_password_token={reset}&token={token}&uid=alice%40example.com",
        token = credentials.access_token,
        client = credentials.client,
        expiry = credentials.expiry,
        reset = token_of(&link),
    );
    assert_eq!(
        location,
        format!("http://app.example/?{query}#/reset?{query}")
    );
    assert_eq!(
        app.validate_token(&credentials).await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn the_config_name_is_echoed_into_the_link_and_the_redirect() {
    let app = spawn_app().await;
    app.sign_up(ALICE).await;
    let response = request_reset(
        &app,
        &json!({"email": ALICE, "redirect_url": RESET_URL, "config_name": "mobile"}),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    let link = app.link_in_last_mail("/password/edit");
    assert!(
        link.starts_with(&format!("{}/password/edit?config=mobile&", app.address)),
        "{link}"
    );
    let location = assert_redirect(app.get(&link).await).await;
    assert_eq!(query_param(&location, "config").as_deref(), Some("mobile"));
}

#[tokio::test]
async fn a_missing_redirect_url_is_401() {
    let app = spawn_app().await;
    app.sign_up(ALICE).await;
    let missing = json!({"success": false, "errors": ["Missing redirect URL."]});
    let response = request_reset(&app, &json!({"email": ALICE})).await;
    assert_json(response, StatusCode::UNAUTHORIZED, missing.clone()).await;
    assert!(app.outbox_messages().is_empty());

    // The redirect check comes first: no email either is still this 401.
    let response = request_reset(&app, &json!({})).await;
    assert_json(response, StatusCode::UNAUTHORIZED, missing.clone()).await;

    // The link without its redirect_url.
    let link = reset_link(&app, ALICE, RESET_URL).await;
    let without = format!(
        "{}/password/edit?config=default&reset_password_token={}",
        app.address,
        token_of(&link)
    );
    assert_json(app.get(&without).await, StatusCode::UNAUTHORIZED, missing).await;
}

#[tokio::test]
async fn the_default_password_reset_url_is_used_when_none_is_sent() {
    let app = spawn_app_with(|settings| {
        settings.auth.default_password_reset_url = Some("http://app.example/reset".into());
    })
    .await;
    app.sign_up(ALICE).await;
    let response = request_reset(&app, &json!({"email": ALICE})).await;
    assert_json(
        response,
        StatusCode::OK,
        json!({"success": true, "message": SENT}),
    )
    .await;
    let link = app.link_in_last_mail("/password/edit");
    let token = token_of(&link);
    assert_eq!(
        link,
        format!(
            "{}/password/edit?config=default&redirect_url=http%3A%2F%2Fapp.example%2Freset&reset_password_token={token}",
            app.address
        )
    );
    let location = assert_redirect(app.get(&link).await).await;
    assert!(
        location.starts_with("http://app.example/reset?access-token="),
        "{location}"
    );

    // The link works without redirect_url too: the default applies there as well.
    let without = format!(
        "{}/password/edit?config=default&reset_password_token={token}",
        app.address
    );
    let location = assert_redirect(app.get(&without).await).await;
    assert!(
        location.starts_with("http://app.example/reset?access-token="),
        "{location}"
    );
}

#[tokio::test]
async fn the_whitelist_applies_to_the_request_and_to_the_link() {
    let app = spawn_app_with(|settings| {
        settings.auth.redirect_whitelist = Some(vec!["http://app.example/*".into()]);
    })
    .await;
    app.sign_up(ALICE).await;
    let not_allowed = json!({
        "success": false,
        "errors": ["Redirect to 'http://evil.example/' not allowed."],
        "status": "error",
        "data": null,
    });

    let response = request_reset(&app, &json!({"email": ALICE, "redirect_url": EVIL})).await;
    assert_json(
        response,
        StatusCode::UNPROCESSABLE_ENTITY,
        not_allowed.clone(),
    )
    .await;
    // Checked before the email.
    let response = request_reset(&app, &json!({"redirect_url": EVIL})).await;
    assert_json(
        response,
        StatusCode::UNPROCESSABLE_ENTITY,
        not_allowed.clone(),
    )
    .await;
    assert!(app.outbox_messages().is_empty());

    let link = reset_link(&app, ALICE, "http://app.example/reset").await;
    let sessions = app.session_count(ALICE);
    let tampered = format!(
        "{}/password/edit?config=default&redirect_url=http%3A%2F%2Fevil.example%2F&reset_password_token={}",
        app.address,
        token_of(&link)
    );
    assert_json(
        app.get(&tampered).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        not_allowed,
    )
    .await;
    assert_eq!(app.session_count(ALICE), sessions, "no session minted");
    let location = assert_redirect(app.get(&link).await).await;
    assert!(
        location.starts_with("http://app.example/reset?"),
        "{location}"
    );
}

#[tokio::test]
async fn email_errors_missing_unknown_and_normalized() {
    let app = spawn_app().await;
    app.sign_up(ALICE).await;

    let response = request_reset(&app, &json!({"redirect_url": RESET_URL})).await;
    assert_json(
        response,
        StatusCode::UNAUTHORIZED,
        json!({"success": false, "errors": ["You must provide an email address."]}),
    )
    .await;

    let response = request_reset(
        &app,
        &json!({"email": " Nobody@Example.com ", "redirect_url": RESET_URL}),
    )
    .await;
    assert_json(
        response,
        StatusCode::NOT_FOUND,
        json!({"success": false, "errors": ["Unable to find user with email 'nobody@example.com'."]}),
    )
    .await;

    // An empty email is "present": it is looked up and not found.
    let response = request_reset(&app, &json!({"email": "", "redirect_url": RESET_URL})).await;
    assert_json(
        response,
        StatusCode::NOT_FOUND,
        json!({"success": false, "errors": ["Unable to find user with email ''."]}),
    )
    .await;
    assert!(app.outbox_messages().is_empty());

    let response = request_reset(
        &app,
        &json!({"email": "  ALICE@example.COM", "redirect_url": RESET_URL}),
    )
    .await;
    assert_json(
        response,
        StatusCode::OK,
        json!({"success": true, "message": SENT}),
    )
    .await;
    assert_eq!(mail_header(&app.last_mail(), "To"), Some(ALICE));
}

#[tokio::test]
async fn paranoid_mode_answers_the_same_for_known_and_unknown_emails() {
    let app = spawn_app_with(|settings| settings.auth.paranoid = true).await;
    app.sign_up(ALICE).await;
    for email in [ALICE, "nobody@example.com"] {
        let response =
            request_reset(&app, &json!({"email": email, "redirect_url": RESET_URL})).await;
        assert_json(
            response,
            StatusCode::OK,
            json!({"success": true, "message": PARANOID}),
        )
        .await;
    }
    let mails = app.outbox_messages();
    assert_eq!(mails.len(), 1, "only the known address gets mail");
    assert_eq!(mail_header(&mails[0], "To"), Some(ALICE));
}

#[tokio::test]
async fn changing_the_password_needs_credentials() {
    let app = spawn_app().await;
    let credentials = app.signed_in_user(ALICE).await;
    let unauthorized = json!({"success": false, "errors": ["Unauthorized"]});

    let response = change_password(&app, None, &new_password_body()).await;
    assert_no_auth_headers(&response);
    assert_json(response, StatusCode::UNAUTHORIZED, unauthorized.clone()).await;

    let mut wrong = credentials.clone();
    wrong.access_token = "x".repeat(22);
    let response = change_password(&app, Some(&wrong), &new_password_body()).await;
    assert_json(response, StatusCode::UNAUTHORIZED, unauthorized.clone()).await;

    // A reset token is ignored while require_client_password_reset_token is off.
    let link = reset_link(&app, ALICE, RESET_URL).await;
    let body = json!({
        "password": NEW_PASSWORD, "password_confirmation": NEW_PASSWORD,
        "reset_password_token": token_of(&link),
    });
    let response = change_password(&app, None, &body).await;
    assert_json(response, StatusCode::UNAUTHORIZED, unauthorized).await;
    assert_eq!(app.sign_in(ALICE, PASSWORD).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn both_password_fields_are_required() {
    let app = spawn_app().await;
    let credentials = app.signed_in_user(ALICE).await;
    let missing = json!({"success": false, "errors": [MISSING_PASSWORDS]});
    for body in [
        json!({"password": NEW_PASSWORD}),
        json!({"password_confirmation": NEW_PASSWORD}),
        json!({}),
    ] {
        let response = change_password(&app, Some(&credentials), &body).await;
        assert_json(response, StatusCode::UNPROCESSABLE_ENTITY, missing.clone()).await;
    }
    assert_eq!(app.sign_in(ALICE, PASSWORD).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn validation_failures_are_e3_with_auth_headers() {
    let app = spawn_app().await;
    let credentials = app.signed_in_user(ALICE).await;

    let response = change_password(
        &app,
        Some(&credentials),
        &json!({"password": NEW_PASSWORD, "password_confirmation": "something-else"}),
    )
    .await;
    let returned = AuthHeaders::from_headers(response.headers()).expect("auth headers on a 422");
    assert_eq!(returned.client, credentials.client);
    assert_json(
        response,
        StatusCode::UNPROCESSABLE_ENTITY,
        json!({"success": false, "errors": {
            "password_confirmation": ["doesn't match Password"],
            "full_messages": ["Password confirmation doesn't match Password"],
        }}),
    )
    .await;

    let response = change_password(
        &app,
        Some(&credentials),
        &json!({"password": "abc", "password_confirmation": "abc"}),
    )
    .await;
    assert_json(
        response,
        StatusCode::UNPROCESSABLE_ENTITY,
        json!({"success": false, "errors": {
            "password": ["is too short (minimum is 6 characters)"],
            "full_messages": ["Password is too short (minimum is 6 characters)"],
        }}),
    )
    .await;
    assert_eq!(app.sign_in(ALICE, PASSWORD).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn with_the_password_check_the_current_password_is_needed_unless_a_link_was_opened() {
    let app = spawn_app_with(|settings| {
        settings.auth.check_current_password_before_update =
            tokenauth::config::CurrentPasswordCheck::Password;
    })
    .await;
    let credentials = app.signed_in_user(ALICE).await;

    let response = change_password(&app, Some(&credentials), &new_password_body()).await;
    assert_json(
        response,
        StatusCode::UNPROCESSABLE_ENTITY,
        json!({"success": false, "errors": {
            "current_password": ["can't be blank"],
            "full_messages": ["Current password can't be blank"],
        }}),
    )
    .await;
    let body = json!({
        "password": NEW_PASSWORD, "password_confirmation": NEW_PASSWORD, "current_password": "wrong-one",
    });
    let response = change_password(&app, Some(&credentials), &body).await;
    assert_json(
        response,
        StatusCode::UNPROCESSABLE_ENTITY,
        json!({"success": false, "errors": {
            "current_password": ["is invalid"],
            "full_messages": ["Current password is invalid"],
        }}),
    )
    .await;
    let body = json!({
        "password": NEW_PASSWORD, "password_confirmation": NEW_PASSWORD, "current_password": PASSWORD,
    });
    let response = change_password(&app, Some(&credentials), &body).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        app.sign_in(ALICE, NEW_PASSWORD).await.status(),
        StatusCode::OK
    );

    // After opening a reset link (allow_password_change) no current password is needed.
    let link = reset_link(&app, ALICE, RESET_URL).await;
    let reset = credentials_from_location(&assert_redirect(app.get(&link).await).await);
    let body = json!({"password": "third-password", "password_confirmation": "third-password"});
    let response = change_password(&app, Some(&reset), &body).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        body_json(response).await["data"]["allow_password_change"],
        false
    );
    assert_eq!(
        app.sign_in(ALICE, "third-password").await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn token_mode_redirects_with_the_reset_token_only_and_accepts_it_instead_of_headers() {
    let app =
        spawn_app_with(|settings| settings.auth.require_client_password_reset_token = true).await;
    let session = app.signed_in_user(ALICE).await;
    let id = app.user_id(&session).await;
    let registered_at = app.now_stamp();
    let link = reset_link(&app, ALICE, RESET_URL).await;
    let reset_token = token_of(&link);
    let sessions = app.session_count(ALICE);

    let response = app.get(&link).await;
    assert_no_auth_headers(&response);
    let location = assert_redirect(response).await;
    assert_eq!(
        location,
        format!("{RESET_URL}?reset_password_token={reset_token}")
    );
    assert_eq!(app.session_count(ALICE), sessions, "no client minted");

    let unauthorized = json!({"success": false, "errors": ["Unauthorized"]});
    let body = json!({
        "password": NEW_PASSWORD, "password_confirmation": NEW_PASSWORD,
        "reset_password_token": "notarealtoken1234567",
    });
    let response = change_password(&app, None, &body).await;
    assert_no_auth_headers(&response);
    assert_json(response, StatusCode::UNAUTHORIZED, unauthorized.clone()).await;

    app.clock.advance(Duration::minutes(1));
    let body = json!({
        "password": NEW_PASSWORD, "password_confirmation": NEW_PASSWORD,
        "reset_password_token": reset_token,
    });
    let response = change_password(&app, None, &body).await;
    let fresh = AuthHeaders::from_headers(response.headers()).expect("fresh credentials");
    fresh.assert_well_formed();
    assert_eq!(fresh.uid, ALICE);
    assert_ne!(fresh.client, session.client);
    assert_eq!(fresh.expiry, app.fresh_expiry());
    assert_json(
        response,
        StatusCode::OK,
        json!({
            "success": true,
            "data": {
                "id": id, "provider": "email", "uid": ALICE, "allow_password_change": false,
                "email": ALICE, "created_at": registered_at, "updated_at": app.now_stamp(),
            },
            "message": "Your password has been successfully updated.",
        }),
    )
    .await;
    assert_eq!(app.validate_token(&fresh).await.status(), StatusCode::OK);
    assert_eq!(
        app.sign_in(ALICE, NEW_PASSWORD).await.status(),
        StatusCode::OK
    );
    assert_bad_credentials(app.sign_in(ALICE, PASSWORD).await).await;

    // The token is used up.
    let response = change_password(&app, None, &body).await;
    assert_json(response, StatusCode::UNAUTHORIZED, unauthorized).await;
}

#[tokio::test]
async fn token_mode_rejects_a_reset_token_older_than_six_hours() {
    let app =
        spawn_app_with(|settings| settings.auth.require_client_password_reset_token = true).await;
    app.sign_up(ALICE).await;
    let link = reset_link(&app, ALICE, RESET_URL).await;
    app.clock.advance(Duration::hours(6) + Duration::seconds(1));
    let body = json!({
        "password": NEW_PASSWORD, "password_confirmation": NEW_PASSWORD,
        "reset_password_token": token_of(&link),
    });
    let response = change_password(&app, None, &body).await;
    assert_json(
        response,
        StatusCode::UNAUTHORIZED,
        json!({"success": false, "errors": ["Unauthorized"]}),
    )
    .await;
    assert_eq!(app.sign_in(ALICE, PASSWORD).await.status(), StatusCode::OK);
}

/// PROTOCOL.md 5.8: the reset token is cleared when the password or the email changes.
#[tokio::test]
async fn changes_through_put_auth_end_a_pending_reset() {
    let app = spawn_app().await;
    let credentials = app.signed_in_user(ALICE).await;
    let link = reset_link(&app, ALICE, RESET_URL).await;
    let response = app.client.put(app.url("")).json(&new_password_body());
    let response = credentials.apply(response).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_not_found(app.get(&link).await).await;

    let link = reset_link(&app, ALICE, RESET_URL).await;
    let response = app
        .client
        .put(app.url(""))
        .json(&json!({"email": "alice.new@example.com"}));
    let response = credentials.apply(response).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_not_found(app.get(&link).await).await;
}
