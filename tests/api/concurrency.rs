//! Parallel requests that write: password resets, sign-outs and sign-ins leave consistent state.

use futures_util::future::join_all;
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::*;

#[tokio::test]
async fn parallel_reset_requests_leave_exactly_one_working_link() {
    let app = spawn_app().await;
    app.sign_up("reset@example.com").await;
    let body = json!({"email": "reset@example.com", "redirect_url": "http://app.example/reset"});
    let requests = (0..20).map(|_| app.client.post(app.url("/password")).json(&body).send());
    for response in join_all(requests).await {
        assert_eq!(response.unwrap().status(), StatusCode::OK);
    }
    let mails = app.outbox_messages();
    assert_eq!(mails.len(), 20);
    let mut working = 0;
    for mail in &mails {
        let response = app.get(&link_in(mail, "/password/edit")).await;
        match response.status() {
            StatusCode::FOUND => working += 1,
            StatusCode::NOT_FOUND => {}
            other => panic!("unexpected {other}"),
        }
    }
    // Each request replaced the stored digest: only the last one written opens.
    assert_eq!(working, 1);
}

#[tokio::test]
async fn parallel_sign_outs_of_one_session_end_it_once() {
    let app = spawn_app().await;
    let credentials = app.signed_in_user("out@example.com").await;
    let before = app.session_count("out@example.com");
    let responses = join_all((0..20).map(|_| app.sign_out(&credentials))).await;
    let ok = responses
        .iter()
        .filter(|r| r.status() == StatusCode::OK)
        .count();
    let not_found = responses
        .iter()
        .filter(|r| r.status() == StatusCode::NOT_FOUND)
        .count();
    assert_eq!((ok, not_found), (1, 19));
    assert_eq!(app.session_count("out@example.com"), before - 1);
}

#[tokio::test]
async fn parallel_sign_ins_respect_the_device_cap() {
    let app = spawn_app_with(|s| s.auth.max_number_of_devices = 5).await;
    app.sign_up("many@example.com").await;
    let responses = join_all((0..20).map(|_| app.sign_in("many@example.com", PASSWORD))).await;
    let mut clients = std::collections::HashSet::new();
    for response in &responses {
        assert_eq!(response.status(), StatusCode::OK);
        clients.insert(header(response, "client").unwrap().to_string());
    }
    assert_eq!(clients.len(), 20);
    assert_eq!(app.session_count("many@example.com"), 5);
    let sign_in_count: i64 = app
        .db()
        .query_row("SELECT sign_in_count FROM users", [], |r| r.get(0))
        .unwrap();
    assert_eq!(sign_in_count, 20);
}

#[tokio::test]
async fn parallel_account_updates_and_deletion_never_500() {
    let app = spawn_app().await;
    let credentials = app.signed_in_user("race@example.com").await;
    let updates = (0..10).map(|n| {
        credentials
            .apply(app.client.put(app.url("")))
            .json(&json!({"password": format!("new-password-{n}"), "password_confirmation": format!("new-password-{n}")}))
            .send()
    });
    let deletion = credentials.apply(app.client.delete(app.url(""))).send();
    let (updated, deleted) = tokio::join!(join_all(updates), deletion);
    for response in updated {
        let status = response.unwrap().status();
        assert!(
            status == StatusCode::OK || status == StatusCode::NOT_FOUND,
            "{status}"
        );
    }
    assert_eq!(deleted.unwrap().status(), StatusCode::OK);
    let users: i64 = app
        .db()
        .query_row("SELECT count(*) FROM users", [], |r| r.get(0))
        .unwrap();
    assert_eq!(users, 0);
    assert_eq!(app.session_count("race@example.com"), 0);
}

#[tokio::test]
async fn oversized_headers_are_refused_and_the_server_keeps_serving() {
    let app = spawn_app().await;
    let huge = "x".repeat(100 * 1024);
    let response = app
        .client
        .get(app.url("/validate_token"))
        .header("uid", huge)
        .send()
        .await;
    match response {
        Ok(response) => assert!(response.status().is_client_error(), "{}", response.status()),
        Err(e) => assert!(e.is_request(), "{e}"), // the server may close the connection
    }
    assert_eq!(
        app.sign_up("after@example.com").await.status(),
        StatusCode::OK
    );
}
