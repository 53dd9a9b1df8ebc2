//! Devise lockable at sign-in, the unlock email and link (PROTOCOL.md 2.5, 2.14, 2.15, 5.2, 6.3).

use chrono::Duration;
use reqwest::{Response, StatusCode};
use serde_json::{Value, json};
use tokenauth::config::{LockStrategy, Settings, UnlockStrategy};

use crate::helpers::*;

const CAROL: &str = "carol@example.com";
const WRONG: &str = "wrong-password";
const BAD_CREDENTIALS: &str = "Invalid login credentials. Please try again.";
const LOCKED: &str =
    "Your account has been locked due to an excessive number of unsuccessful sign in attempts.";
const LAST_ATTEMPT: &str = "You have one more attempt before your account is locked.";
const SENT: &str = "An email has been sent to 'carol@example.com' containing instructions for unlocking your account.";
const PARANOID: &str = "If your account exists, you will receive an email with instructions for how to unlock it in a few minutes.";

fn lockable(settings: &mut Settings) {
    settings.auth.lockable = true;
    settings.auth.maximum_attempts = 3;
}

fn error(message: &str) -> Value {
    json!({"success": false, "errors": [message]})
}

async fn assert_sign_in_fails(app: &TestApp, password: &str, message: &str) {
    let response = app.sign_in(CAROL, password).await;
    assert_no_auth_headers(&response);
    assert_json(response, StatusCode::UNAUTHORIZED, error(message)).await;
}

async fn assert_sign_in_works(app: &TestApp) {
    let response = app.sign_in(CAROL, PASSWORD).await;
    assert_eq!(response.status(), StatusCode::OK);
    AuthHeaders::from_headers(response.headers())
        .expect("credentials")
        .assert_well_formed();
}

/// Three wrong passwords: the third locks the account.
async fn lock_out(app: &TestApp) {
    for _ in 0..3 {
        assert_sign_in_fails(app, WRONG, BAD_CREDENTIALS).await;
    }
}

async fn request_unlock(app: &TestApp, body: &Value) -> Response {
    app.client
        .post(app.url("/unlock"))
        .json(body)
        .send()
        .await
        .expect("request")
}

#[tokio::test]
async fn the_third_wrong_password_locks_and_mails_an_unlock_link() {
    let app = spawn_app_with(lockable).await;
    assert_eq!(app.sign_up(CAROL).await.status(), StatusCode::OK);

    assert_sign_in_fails(&app, WRONG, BAD_CREDENTIALS).await;
    assert_sign_in_fails(&app, WRONG, BAD_CREDENTIALS).await;
    assert!(app.outbox_messages().is_empty());
    // The attempt that locks still answers "bad credentials".
    assert_sign_in_fails(&app, WRONG, BAD_CREDENTIALS).await;

    let mails = app.outbox_messages();
    assert_eq!(mails.len(), 1);
    let mail = &mails[0];
    assert_eq!(mail_header(mail, "To"), Some(CAROL));
    assert_eq!(mail_header(mail, "Subject"), Some("Unlock instructions"));
    let body = mail_body(mail);
    assert!(
        body.starts_with("<p>hello carol@example.com!</p>"),
        "{body}"
    );
    for text in [
        LOCKED,
        "Click the link below to unlock your account:",
        ">Unlock my account</a>",
        "/unlock?config=default&amp;unlock_token=",
    ] {
        assert!(body.contains(text), "{text:?} in:\n{body}");
    }
    let link = app.link_in_last_mail("/unlock");
    let prefix = format!("{}/unlock?config=default&unlock_token=", app.address);
    assert!(link.starts_with(&prefix), "{link}");
    assert_friendly_token(&link[prefix.len()..]);

    // Locked: even the right password is refused, and no more mail goes out.
    assert_sign_in_fails(&app, PASSWORD, LOCKED).await;
    assert_sign_in_fails(&app, WRONG, LOCKED).await;
    assert_eq!(app.outbox_messages().len(), 1);

    // The link unlocks and signs in on a new client.
    let response = app.get(&link).await;
    assert_no_auth_headers(&response);
    let location = assert_redirect(response).await;
    let credentials = credentials_from_location(&location);
    assert_eq!(
        location,
        format!(
            "http://127.0.0.1:{port}/?access-token={token}&client={client}&client_id={client}&config=default&expiry={expiry}&token={token}&uid=carol%40example.com&unlock=true",
            port = app.port,
            token = credentials.access_token,
            client = credentials.client,
            expiry = app.fresh_expiry(),
        )
    );
    credentials.assert_well_formed();
    assert_eq!(
        app.validate_token(&credentials).await.status(),
        StatusCode::OK
    );
    assert_sign_in_works(&app).await;

    // The token is used up.
    assert_not_found(app.get(&link).await).await;
}

#[tokio::test]
async fn paranoid_mode_hides_the_lock() {
    let app = spawn_app_with(|settings| {
        lockable(settings);
        settings.auth.paranoid = true;
    })
    .await;
    app.sign_up(CAROL).await;
    lock_out(&app).await;
    assert_eq!(app.outbox_messages().len(), 1);
    assert_sign_in_fails(&app, PASSWORD, BAD_CREDENTIALS).await;
}

#[tokio::test]
async fn the_unlock_link_redirects_to_unlock_redirect_url_when_set() {
    let app = spawn_app_with(|settings| {
        lockable(settings);
        settings.auth.unlock_redirect_url = Some("http://app.example/unlocked".into());
    })
    .await;
    app.sign_up(CAROL).await;
    lock_out(&app).await;
    let link = app.link_in_last_mail("/unlock");
    let location = assert_redirect(app.get(&link).await).await;
    let credentials = credentials_from_location(&location);
    assert_eq!(
        location,
        format!(
            "http://app.example/unlocked?access-token={token}&client={client}&client_id={client}&config=default&expiry={expiry}&token={token}&uid=carol%40example.com&unlock=true",
            token = credentials.access_token,
            client = credentials.client,
            expiry = credentials.expiry,
        )
    );
    assert_eq!(
        app.validate_token(&credentials).await.status(),
        StatusCode::OK
    );
    assert_sign_in_works(&app).await;
}

#[tokio::test]
async fn an_unknown_unlock_token_is_404() {
    let app = spawn_app_with(lockable).await;
    app.sign_up(CAROL).await;
    lock_out(&app).await;
    for query in [
        "?config=default&unlock_token=notarealtoken1234567",
        "?config=default&unlock_token=",
        "",
    ] {
        assert_not_found(app.get(&app.url(&format!("/unlock{query}"))).await).await;
    }
    assert_sign_in_fails(&app, PASSWORD, LOCKED).await;
}

#[tokio::test]
async fn the_time_strategy_unlocks_after_unlock_in() {
    let app = spawn_app_with(|settings| {
        lockable(settings);
        settings.auth.unlock_strategy = UnlockStrategy::Time;
    })
    .await;
    app.sign_up(CAROL).await;
    lock_out(&app).await;
    assert!(app.outbox_messages().is_empty(), "no unlock email by time");
    assert_sign_in_fails(&app, PASSWORD, LOCKED).await;

    app.clock.advance(Duration::minutes(59));
    assert_sign_in_fails(&app, PASSWORD, LOCKED).await;
    app.clock
        .advance(Duration::minutes(1) + Duration::seconds(1));
    assert_sign_in_works(&app).await;
}

#[tokio::test]
async fn an_expired_time_lock_starts_counting_afresh() {
    let app = spawn_app_with(|settings| {
        lockable(settings);
        settings.auth.unlock_strategy = UnlockStrategy::Both;
    })
    .await;
    app.sign_up(CAROL).await;
    lock_out(&app).await;
    app.clock.advance(Duration::hours(1) + Duration::seconds(1));
    // Two wrong passwords after the lock expired do not lock again...
    assert_sign_in_fails(&app, WRONG, BAD_CREDENTIALS).await;
    assert_sign_in_fails(&app, WRONG, BAD_CREDENTIALS).await;
    assert_sign_in_works(&app).await;
}

#[tokio::test]
async fn the_last_attempt_warning_comes_on_the_attempt_before_the_lock() {
    let app = spawn_app_with(|settings| {
        lockable(settings);
        settings.auth.last_attempt_warning = true;
    })
    .await;
    app.sign_up(CAROL).await;
    assert_sign_in_fails(&app, WRONG, BAD_CREDENTIALS).await;
    assert_sign_in_fails(&app, WRONG, LAST_ATTEMPT).await;
    assert_sign_in_fails(&app, WRONG, BAD_CREDENTIALS).await;
    assert_sign_in_fails(&app, PASSWORD, LOCKED).await;
}

#[tokio::test]
async fn a_successful_sign_in_resets_the_counter() {
    let app = spawn_app_with(lockable).await;
    app.sign_up(CAROL).await;
    assert_sign_in_fails(&app, WRONG, BAD_CREDENTIALS).await;
    assert_sign_in_fails(&app, WRONG, BAD_CREDENTIALS).await;
    assert_sign_in_works(&app).await;
    assert_sign_in_fails(&app, WRONG, BAD_CREDENTIALS).await;
    assert_sign_in_fails(&app, WRONG, BAD_CREDENTIALS).await;
    assert_sign_in_works(&app).await;
    assert!(app.outbox_messages().is_empty());
}

#[tokio::test]
async fn requesting_an_unlock_email() {
    let app = spawn_app_with(lockable).await;
    app.sign_up(CAROL).await;

    // Sent even when the account is not locked (the gem's quirk).
    let response = request_unlock(&app, &json!({"email": CAROL})).await;
    assert_no_auth_headers(&response);
    assert_json(
        response,
        StatusCode::OK,
        json!({"success": true, "message": SENT}),
    )
    .await;
    assert_eq!(app.outbox_messages().len(), 1);

    lock_out(&app).await;
    let response = request_unlock(
        &app,
        &json!({"email": " Carol@Example.com ", "config_name": "mobile"}),
    )
    .await;
    assert_json(
        response,
        StatusCode::OK,
        json!({"success": true, "message": SENT}),
    )
    .await;
    let mails = app.outbox_messages();
    assert_eq!(
        mails.len(),
        3,
        "one requested, one from the lock, one requested"
    );
    assert_eq!(
        mail_header(&mails[2], "Subject"),
        Some("Unlock instructions")
    );
    let link = app.link_in_last_mail("/unlock");
    assert!(
        link.starts_with(&format!(
            "{}/unlock?config=mobile&unlock_token=",
            app.address
        )),
        "{link}"
    );
    // The new token replaces the one mailed by the lock.
    let earlier = link_in(&mails[1], "/unlock");
    assert_not_found(app.get(&earlier).await).await;
    let location = assert_redirect(app.get(&link).await).await;
    assert_eq!(query_param(&location, "config").as_deref(), Some("mobile"));
    assert_sign_in_works(&app).await;

    let response = request_unlock(&app, &json!({})).await;
    assert_json(
        response,
        StatusCode::UNAUTHORIZED,
        error("You must provide an email address."),
    )
    .await;
    let response = request_unlock(&app, &json!({"email": "Nobody@example.com"})).await;
    assert_json(
        response,
        StatusCode::NOT_FOUND,
        error("Unable to find user with email 'nobody@example.com'."),
    )
    .await;
}

#[tokio::test]
async fn requesting_an_unlock_email_in_paranoid_mode() {
    let app = spawn_app_with(|settings| {
        lockable(settings);
        settings.auth.paranoid = true;
    })
    .await;
    app.sign_up(CAROL).await;
    for email in [CAROL, "nobody@example.com"] {
        let response = request_unlock(&app, &json!({"email": email})).await;
        assert_json(
            response,
            StatusCode::OK,
            json!({"success": true, "message": PARANOID}),
        )
        .await;
    }
    let mails = app.outbox_messages();
    assert_eq!(mails.len(), 1);
    assert_eq!(mail_header(&mails[0], "To"), Some(CAROL));
}

#[tokio::test]
async fn lock_strategy_none_never_locks() {
    let app = spawn_app_with(|settings| {
        lockable(settings);
        settings.auth.lock_strategy = LockStrategy::None;
    })
    .await;
    app.sign_up(CAROL).await;
    for _ in 0..6 {
        assert_sign_in_fails(&app, WRONG, BAD_CREDENTIALS).await;
    }
    assert_sign_in_works(&app).await;
    assert!(app.outbox_messages().is_empty());
}

#[tokio::test]
async fn without_lockable_nothing_locks() {
    let app = spawn_app_with(|settings| settings.auth.maximum_attempts = 3).await;
    app.sign_up(CAROL).await;
    for _ in 0..5 {
        assert_sign_in_fails(&app, WRONG, BAD_CREDENTIALS).await;
    }
    assert_sign_in_works(&app).await;
    assert!(app.outbox_messages().is_empty());
}

/// PROTOCOL.md 2.0 and 4.2: the unlock routes exist only when the unlock strategy includes
/// email.
#[tokio::test]
async fn the_unlock_routes_do_not_exist_when_unlocking_is_by_time_only() {
    let app = spawn_app_with(|settings| {
        lockable(settings);
        settings.auth.unlock_strategy = UnlockStrategy::Time;
    })
    .await;
    app.sign_up(CAROL).await;
    assert_not_found(request_unlock(&app, &json!({"email": CAROL})).await).await;
    assert!(app.outbox_messages().is_empty());
}

#[tokio::test]
async fn the_email_strategy_alone_keeps_the_lock_past_unlock_in() {
    let app = spawn_app_with(|settings| {
        lockable(settings);
        settings.auth.unlock_strategy = UnlockStrategy::Email;
    })
    .await;
    app.sign_up(CAROL).await;
    lock_out(&app).await;
    app.clock.advance(Duration::days(2));
    assert_sign_in_fails(&app, PASSWORD, LOCKED).await;
    let link = app.link_in_last_mail("/unlock");
    assert_redirect(app.get(&link).await).await;
    assert_sign_in_works(&app).await;
}

/// Devise shows neither the lock nor the last-attempt warning in paranoid mode: both would tell
/// an attacker that the account exists (PROTOCOL.md 4.2, `paranoid`).
#[tokio::test]
async fn paranoid_mode_gives_no_last_attempt_warning() {
    let app = spawn_app_with(|settings| {
        lockable(settings);
        settings.auth.last_attempt_warning = true;
        settings.auth.paranoid = true;
    })
    .await;
    app.sign_up(CAROL).await;
    assert_sign_in_fails(&app, WRONG, BAD_CREDENTIALS).await;
    assert_sign_in_fails(&app, WRONG, BAD_CREDENTIALS).await;
    assert_sign_in_fails(&app, WRONG, BAD_CREDENTIALS).await;
    assert_sign_in_fails(&app, PASSWORD, BAD_CREDENTIALS).await;
}
