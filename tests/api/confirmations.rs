//! Email confirmation with `confirmable = true` (PROTOCOL.md 2.2, 2.12, 2.13, 5.2, 5.8, 6.1),
//! reading the links from the real outbox. Unlike the gem, the whitelist also applies to the
//! confirmation redirects (DESIGN.md, deliberate differences).

use chrono::Duration;
use reqwest::{Response, StatusCode};
use serde_json::{Value, json};
use tokenauth::config::{HumanDuration, Settings};

use crate::helpers::*;

const BOB: &str = "bob@example.com";
const CONFIRMED_URL: &str = "http://127.0.0.1:9/confirmed";
const CONFIRMED_URL_ESCAPED: &str = "http%3A%2F%2F127.0.0.1%3A9%2Fconfirmed";
const EVIL: &str = "http://evil.example/";
const BAD_CREDENTIALS: &str = "Invalid login credentials. Please try again.";
const PARANOID: &str = "If your email address exists in our database, you will receive an email with instructions for how to confirm your email address in a few minutes.";

fn confirmable(settings: &mut Settings) {
    settings.auth.confirmable = true;
}

fn not_confirmed(email: &str) -> Value {
    json!({"success": false, "errors": [format!(
        "A confirmation email was sent to your account at '{email}'. You must follow the instructions in the email before your account can be activated"
    )]})
}

fn sent(email: &str) -> Value {
    json!({"success": true, "message": format!(
        "An email has been sent to '{email}' containing instructions for confirming your account."
    )})
}

fn not_allowed(data: Option<Value>) -> Value {
    let mut body = json!({
        "success": false,
        "errors": ["Redirect to 'http://evil.example/' not allowed."],
        "status": "error",
    });
    if let Some(data) = data {
        body["data"] = data;
    }
    body
}

/// The JSON of a user that failed to register.
fn unsaved_user(email: &str) -> Value {
    json!({
        "id": null, "provider": "email", "uid": "", "allow_password_change": false,
        "email": email, "created_at": null, "updated_at": null,
    })
}

async fn sign_up_with(app: &TestApp, email: &str, extra: Value) -> Response {
    let mut body = json!({"email": email, "password": PASSWORD, "password_confirmation": PASSWORD});
    for (key, value) in extra.as_object().expect("an object") {
        body[key] = value.clone();
    }
    app.register(&body).await
}

/// Registers `email` with `confirm_success_url` and returns the emailed confirmation link.
async fn registered_link(app: &TestApp, email: &str) -> String {
    let response = sign_up_with(app, email, json!({"confirm_success_url": CONFIRMED_URL})).await;
    assert_eq!(response.status(), StatusCode::OK);
    app.link_in_last_mail("/confirmation")
}

async fn resend(app: &TestApp, body: &Value) -> Response {
    app.client
        .post(app.url("/confirmation"))
        .json(body)
        .send()
        .await
        .expect("request")
}

fn confirmation_token_of(link: &str) -> String {
    query_param(link, "confirmation_token").expect("confirmation_token in the link")
}

async fn assert_not_confirmed(app: &TestApp, email: &str) {
    let response = app.sign_in(email, PASSWORD).await;
    assert_no_auth_headers(&response);
    assert_json(response, StatusCode::UNAUTHORIZED, not_confirmed(email)).await;
}

#[tokio::test]
async fn sign_up_needs_a_confirm_success_url() {
    let app = spawn_app_with(confirmable).await;
    let response = app.sign_up(BOB).await;
    assert_no_auth_headers(&response);
    assert_json(
        response,
        StatusCode::UNPROCESSABLE_ENTITY,
        json!({
            "success": false,
            "errors": ["Missing 'confirm_success_url' parameter."],
            "status": "error",
            "data": unsaved_user(BOB),
        }),
    )
    .await;
    assert!(app.outbox_messages().is_empty());
    let users: i64 = app
        .db()
        .query_row("SELECT count(*) FROM users", [], |row| row.get(0))
        .unwrap();
    assert_eq!(users, 0);
}

#[tokio::test]
async fn the_whole_confirmation_flow_through_the_outbox() {
    let app = spawn_app_with(confirmable).await;
    let response = sign_up_with(
        &app,
        "Bob@Example.com",
        json!({"confirm_success_url": CONFIRMED_URL}),
    )
    .await;
    assert_no_auth_headers(&response);
    assert_eq!(response.status(), StatusCode::OK);
    let body = body_json(response).await;
    let id = body["data"]["id"].as_i64().expect("numeric id");
    let stamp = app.now_stamp();
    assert_eq!(
        body.to_string(),
        json!({"status": "success", "data": {
            "id": id, "provider": "email", "uid": BOB, "allow_password_change": false,
            "email": BOB, "created_at": stamp, "updated_at": stamp,
        }})
        .to_string()
    );
    assert_eq!(app.session_count(BOB), 0);

    // The email (PROTOCOL.md 6.1).
    let mails = app.outbox_messages();
    assert_eq!(mails.len(), 1);
    let mail = &mails[0];
    assert_eq!(mail_header(mail, "To"), Some(BOB));
    assert_eq!(
        mail_header(mail, "Subject"),
        Some("Confirmation instructions")
    );
    let body = mail_body(mail);
    for text in [
        "Welcome bob@example.com!",
        "You can confirm your account email through the link below: ",
        ">Confirm my account</a>",
    ] {
        assert!(body.contains(text), "{text:?} in:\n{body}");
    }
    let link = app.link_in_last_mail("/confirmation");
    let token = confirmation_token_of(&link);
    assert_friendly_token(&token);
    assert_eq!(
        link,
        format!(
            "{}/confirmation?config=default&confirmation_token={token}&redirect_url={CONFIRMED_URL_ESCAPED}",
            app.address
        )
    );

    assert_not_confirmed(&app, BOB).await;

    // The click (transcript 3000_02).
    let response = app.get(&link).await;
    assert_no_auth_headers(&response);
    let location = assert_redirect(response).await;
    assert_eq!(
        location,
        "http://127.0.0.1:9/confirmed?account_confirmation_success=true"
    );
    let response = app.sign_in(BOB, PASSWORD).await;
    assert_eq!(response.status(), StatusCode::OK);
    AuthHeaders::from_headers(response.headers())
        .expect("credentials")
        .assert_well_formed();

    // A second click finds an account that is already confirmed.
    let location = assert_redirect(app.get(&link).await).await;
    assert_eq!(
        location,
        "http://127.0.0.1:9/confirmed?account_confirmation_success=false"
    );
    assert_eq!(app.sign_in(BOB, PASSWORD).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn the_config_name_goes_into_the_link() {
    let app = spawn_app_with(confirmable).await;
    let response = sign_up_with(
        &app,
        BOB,
        json!({"confirm_success_url": CONFIRMED_URL, "config_name": "mobile"}),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    let link = app.link_in_last_mail("/confirmation");
    assert!(
        link.starts_with(&format!("{}/confirmation?config=mobile&", app.address)),
        "{link}"
    );
}

#[tokio::test]
async fn the_default_confirm_success_url_is_used_when_none_is_sent() {
    let app = spawn_app_with(|settings| {
        confirmable(settings);
        settings.auth.default_confirm_success_url = Some("http://app.example/welcome".into());
    })
    .await;
    let response = app.sign_up(BOB).await;
    assert_no_auth_headers(&response);
    assert_eq!(response.status(), StatusCode::OK);
    let link = app.link_in_last_mail("/confirmation");
    assert_eq!(
        link,
        format!(
            "{}/confirmation?config=default&confirmation_token={}&redirect_url=http%3A%2F%2Fapp.example%2Fwelcome",
            app.address,
            confirmation_token_of(&link)
        )
    );
    let location = assert_redirect(app.get(&link).await).await;
    assert_eq!(
        location,
        "http://app.example/welcome?account_confirmation_success=true"
    );
}

#[tokio::test]
async fn unknown_tokens_redirect_with_false_or_are_404_without_a_redirect_url() {
    let app = spawn_app_with(confirmable).await;
    registered_link(&app, BOB).await;
    let base = app.url("/confirmation");
    for query in [
        format!("confirmation_token=notarealtoken1234567&redirect_url={CONFIRMED_URL_ESCAPED}"),
        format!("confirmation_token=&redirect_url={CONFIRMED_URL_ESCAPED}"),
        format!("redirect_url={CONFIRMED_URL_ESCAPED}"),
    ] {
        let location = assert_redirect(app.get(&format!("{base}?{query}")).await).await;
        assert_eq!(
            location,
            "http://127.0.0.1:9/confirmed?account_confirmation_success=false"
        );
    }
    assert_not_found(
        app.get(&format!("{base}?confirmation_token=notarealtoken1234567"))
            .await,
    )
    .await;
    assert_not_confirmed(&app, BOB).await;
}

#[tokio::test]
async fn a_link_older_than_confirm_within_fails_and_a_resend_brings_a_new_one() {
    let app = spawn_app_with(|settings| {
        confirmable(settings);
        settings.auth.confirm_within =
            Some(HumanDuration(std::time::Duration::from_secs(3 * 24 * 3600)));
    })
    .await;
    let link = registered_link(&app, BOB).await;

    // Within the window a resend repeats the same token.
    app.clock.advance(Duration::days(2));
    let response = resend(&app, &json!({"email": BOB, "redirect_url": CONFIRMED_URL})).await;
    assert_json(response, StatusCode::OK, sent(BOB)).await;
    let resent = app.link_in_last_mail("/confirmation");
    assert_eq!(confirmation_token_of(&resent), confirmation_token_of(&link));

    app.clock.advance(Duration::days(1) + Duration::seconds(1));
    let location = assert_redirect(app.get(&link).await).await;
    assert_eq!(
        location,
        "http://127.0.0.1:9/confirmed?account_confirmation_success=false"
    );
    assert_not_confirmed(&app, BOB).await;

    let response = resend(&app, &json!({"email": BOB, "redirect_url": CONFIRMED_URL})).await;
    assert_json(response, StatusCode::OK, sent(BOB)).await;
    let fresh = app.link_in_last_mail("/confirmation");
    assert_ne!(confirmation_token_of(&fresh), confirmation_token_of(&link));
    let location = assert_redirect(app.get(&fresh).await).await;
    assert_eq!(
        location,
        "http://127.0.0.1:9/confirmed?account_confirmation_success=true"
    );
    assert_eq!(app.sign_in(BOB, PASSWORD).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn resending_the_confirmation_email() {
    let app = spawn_app_with(confirmable).await;
    let link = registered_link(&app, BOB).await;
    let token = confirmation_token_of(&link);

    let response = resend(
        &app,
        &json!({"email": " BOB@example.com", "redirect_url": "http://app.example/again", "config_name": "web"}),
    )
    .await;
    assert_no_auth_headers(&response);
    assert_json(response, StatusCode::OK, sent(BOB)).await;
    let mails = app.outbox_messages();
    assert_eq!(mails.len(), 2);
    assert_eq!(mail_header(&mails[1], "To"), Some(BOB));
    assert_eq!(
        mail_header(&mails[1], "Subject"),
        Some("Confirmation instructions")
    );
    assert_eq!(
        app.link_in_last_mail("/confirmation"),
        format!(
            "{}/confirmation?config=web&confirmation_token={token}&redirect_url=http%3A%2F%2Fapp.example%2Fagain",
            app.address
        )
    );

    // Without a redirect_url and without a default the link has none.
    let response = resend(&app, &json!({"email": BOB})).await;
    assert_json(response, StatusCode::OK, sent(BOB)).await;
    assert_eq!(
        app.link_in_last_mail("/confirmation"),
        format!(
            "{}/confirmation?config=default&confirmation_token={token}",
            app.address
        )
    );

    let missing = json!({"success": false, "errors": ["You must provide an email address."]});
    for body in [json!({}), json!({"email": ""})] {
        let response = resend(&app, &body).await;
        assert_json(response, StatusCode::UNAUTHORIZED, missing.clone()).await;
    }
    let response = resend(&app, &json!({"email": "Nobody@example.com"})).await;
    assert_json(
        response,
        StatusCode::NOT_FOUND,
        json!({"success": false, "errors": ["Unable to find user with email 'nobody@example.com'."]}),
    )
    .await;
    assert_eq!(app.outbox_messages().len(), 3);
}

#[tokio::test]
async fn resending_in_paranoid_mode_answers_the_same_for_unknown_emails() {
    let app = spawn_app_with(|settings| {
        confirmable(settings);
        settings.auth.paranoid = true;
    })
    .await;
    registered_link(&app, BOB).await;
    for email in [BOB, "nobody@example.com"] {
        let response = resend(&app, &json!({"email": email})).await;
        assert_json(
            response,
            StatusCode::OK,
            json!({"success": true, "message": PARANOID}),
        )
        .await;
    }
    assert_eq!(app.outbox_messages().len(), 2, "registration + one resend");

    // Paranoid sign-in of an unconfirmed account: bad credentials, not the confirmation hint.
    let response = app.sign_in(BOB, PASSWORD).await;
    assert_json(
        response,
        StatusCode::UNAUTHORIZED,
        json!({"success": false, "errors": [BAD_CREDENTIALS]}),
    )
    .await;
}

#[tokio::test]
async fn the_whitelist_applies_to_every_confirmation_redirect() {
    let app = spawn_app_with(|settings| {
        confirmable(settings);
        settings.auth.redirect_whitelist = Some(vec!["http://127.0.0.1:9/*".into()]);
    })
    .await;

    // The sign-up's confirm_success_url.
    let response = sign_up_with(&app, BOB, json!({"confirm_success_url": EVIL})).await;
    assert_json(
        response,
        StatusCode::UNPROCESSABLE_ENTITY,
        not_allowed(Some(unsaved_user(BOB))),
    )
    .await;
    assert!(app.outbox_messages().is_empty());

    // The link's redirect_url (the gem does not check it; tokenauth does).
    let link = registered_link(&app, BOB).await;
    let tampered = format!(
        "{}/confirmation?config=default&confirmation_token={}&redirect_url=http%3A%2F%2Fevil.example%2F",
        app.address,
        confirmation_token_of(&link)
    );
    assert_json(
        app.get(&tampered).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        not_allowed(None),
    )
    .await;
    assert_not_confirmed(&app, BOB).await;

    // The resend's redirect_url.
    let response = resend(&app, &json!({"email": BOB, "redirect_url": EVIL})).await;
    assert_json(
        response,
        StatusCode::UNPROCESSABLE_ENTITY,
        not_allowed(None),
    )
    .await;
    assert_eq!(app.outbox_messages().len(), 1);

    let location = assert_redirect(app.get(&link).await).await;
    assert_eq!(
        location,
        "http://127.0.0.1:9/confirmed?account_confirmation_success=true"
    );
}

#[tokio::test]
async fn reconfirmation_keeps_the_old_address_until_the_new_one_is_confirmed() {
    let app = spawn_app_with(|settings| {
        confirmable(settings);
        settings.auth.send_confirmation_email = true;
        settings.auth.default_confirm_success_url = Some(CONFIRMED_URL.into());
    })
    .await;
    const ROBERT: &str = "robert@example.com";
    let link = registered_link(&app, BOB).await;
    assert_redirect(app.get(&link).await).await;
    let response = app.sign_in(BOB, PASSWORD).await;
    let credentials = AuthHeaders::from_headers(response.headers()).expect("credentials");
    let id = app.user_id(&credentials).await;

    let response = app.client.put(app.url("")).json(&json!({"email": ROBERT}));
    let response = credentials.apply(response).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, "uid"), Some(BOB));
    let body = body_json(response).await;
    assert_eq!(body["data"]["id"], id);
    assert_eq!(body["data"]["uid"], BOB);
    assert_eq!(body["data"]["email"], BOB);

    // The link goes to the new address.
    let mail = app.last_mail();
    assert_eq!(mail_header(&mail, "To"), Some(ROBERT));
    assert_eq!(
        mail_header(&mail, "Subject"),
        Some("Confirmation instructions")
    );
    assert!(mail_body(&mail).contains("Welcome robert@example.com!"));
    let reconfirm = app.link_in_last_mail("/confirmation");
    assert_eq!(
        reconfirm,
        format!(
            "{}/confirmation?config=default&confirmation_token={}&redirect_url={CONFIRMED_URL_ESCAPED}",
            app.address,
            confirmation_token_of(&reconfirm)
        )
    );

    // Until it is clicked, nothing changes.
    assert_eq!(
        app.validate_token(&credentials).await.status(),
        StatusCode::OK
    );
    assert_eq!(app.sign_in(BOB, PASSWORD).await.status(), StatusCode::OK);
    assert_eq!(
        app.sign_in(ROBERT, PASSWORD).await.status(),
        StatusCode::UNAUTHORIZED
    );

    let location = assert_redirect(app.get(&reconfirm).await).await;
    assert_eq!(
        location,
        "http://127.0.0.1:9/confirmed?account_confirmation_success=true"
    );

    // Now the uid is the new address.
    assert_eq!(
        app.validate_token(&credentials).await.status(),
        StatusCode::UNAUTHORIZED
    );
    let mut renamed = credentials.clone();
    renamed.uid = ROBERT.to_string();
    let response = app.validate_token(&renamed).await;
    assert_eq!(response.status(), StatusCode::OK);
    let body = body_json(response).await;
    assert_eq!(body["data"]["uid"], ROBERT);
    assert_eq!(body["data"]["email"], ROBERT);
    assert_eq!(app.sign_in(ROBERT, PASSWORD).await.status(), StatusCode::OK);
    assert_eq!(
        app.sign_in(BOB, PASSWORD).await.status(),
        StatusCode::UNAUTHORIZED
    );
}

/// Requests a password reset for `email` and opens the emailed link; returns the Location.
async fn open_reset_link(app: &TestApp, email: &str) -> String {
    let response = app
        .client
        .post(app.url("/password"))
        .json(&json!({"email": email, "redirect_url": "http://127.0.0.1:9/reset"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let link = app.link_in_last_mail("/password/edit");
    assert_redirect(app.get(&link).await).await
}

#[tokio::test]
async fn a_password_reset_link_confirms_an_unconfirmed_account() {
    let app = spawn_app_with(confirmable).await;
    registered_link(&app, BOB).await;
    assert_not_confirmed(&app, BOB).await;
    let location = open_reset_link(&app, BOB).await;
    let credentials = credentials_from_location(&location);
    assert_eq!(
        app.validate_token(&credentials).await.status(),
        StatusCode::OK
    );
    assert_eq!(app.sign_in(BOB, PASSWORD).await.status(), StatusCode::OK);
}

/// PROTOCOL.md 2.10 step 3: the confirmation happens in token mode as well; only the minting
/// of a client is skipped there.
#[tokio::test]
async fn a_password_reset_link_confirms_an_unconfirmed_account_in_token_mode_too() {
    let app = spawn_app_with(|settings| {
        confirmable(settings);
        settings.auth.require_client_password_reset_token = true;
    })
    .await;
    registered_link(&app, BOB).await;
    let location = open_reset_link(&app, BOB).await;
    assert!(
        location.starts_with("http://127.0.0.1:9/reset?reset_password_token="),
        "{location}"
    );
    assert_eq!(app.sign_in(BOB, PASSWORD).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn the_confirmation_routes_do_not_exist_without_confirmable() {
    let app = spawn_app().await;
    app.sign_up("plain@example.com").await;
    let resend = app
        .client
        .post(app.url("/confirmation"))
        .json(&serde_json::json!({"email": "plain@example.com"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resend.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        resend.text().await.unwrap(),
        r#"{"status":404,"error":"Not Found"}"#
    );
    let link = app
        .get(&app.url("/confirmation?confirmation_token=x&redirect_url=http://app.example/"))
        .await;
    assert_eq!(link.status(), StatusCode::NOT_FOUND);
    assert!(app.outbox_messages().is_empty());
}
