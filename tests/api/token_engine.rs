//! Rotation (`change_headers_on_each_request = true`), the batch window and parallel requests.

use chrono::Duration;
use reqwest::StatusCode;

use crate::helpers::*;

async fn rotating_app() -> TestApp {
    spawn_app_with(|s| s.auth.change_headers_on_each_request = true).await
}

/// The credentials a careful client (ng-token-auth, angular-token) keeps: only responses whose
/// expiry is numeric replace the stored ones.
fn keep_newer(stored: &mut AuthHeaders, response: &reqwest::Response) {
    if let Some(new) = AuthHeaders::from_headers(response.headers())
        && new.expiry.parse::<i64>().is_ok()
        && new.expiry >= stored.expiry
    {
        *stored = new;
    }
}

#[tokio::test]
async fn a_request_right_after_sign_in_is_a_batch_request() {
    let app = rotating_app().await;
    let signed_in = app.signed_in_user("rot@example.com").await;
    app.clock.advance(Duration::seconds(1));
    let response = app.validate_token(&signed_in).await;
    assert_eq!(response.status(), StatusCode::OK);
    let batch = AuthHeaders::from_headers(response.headers()).unwrap();
    // " " on the wire; HTTP parsers strip it to an empty value.
    assert_eq!(batch.access_token, "");
    assert_eq!(batch.expiry, "");
    assert_eq!(batch.client, signed_in.client);
    assert_eq!(batch.uid, signed_in.uid);
    assert_eq!(batch.token_type, "Bearer");
    // The gem's quirk: Authorization carries the real token and expiry of the request.
    assert_eq!(batch.authorization, signed_in.authorization);
}

#[tokio::test]
async fn tokens_rotate_outside_the_batch_window() {
    let app = rotating_app().await;
    let a = app.signed_in_user("rot@example.com").await;

    app.clock.advance(Duration::seconds(6));
    let response = app.validate_token(&a).await;
    assert_eq!(response.status(), StatusCode::OK);
    let b = AuthHeaders::from_headers(response.headers()).unwrap();
    b.assert_well_formed();
    assert_ne!(b.access_token, a.access_token);
    assert_eq!(b.client, a.client);
    assert_eq!(
        b.expiry.parse::<i64>().unwrap(),
        app.clock.now_unix() + 14 * 86_400
    );

    // The previous token stays valid (a lost response is tolerated), as a batch request.
    app.clock.advance(Duration::seconds(1));
    let response = app.validate_token(&a).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, "access-token"), Some(""));

    // The batch request slid the window; after a quiet gap B rotates to C.
    app.clock.advance(Duration::seconds(6));
    let response = app.validate_token(&b).await;
    let c = AuthHeaders::from_headers(response.headers()).unwrap();
    c.assert_well_formed();
    assert_ne!(c.access_token, b.access_token);

    // A is now two rotations old: valid only within the window after the last rotation...
    app.clock.advance(Duration::seconds(1));
    assert_eq!(app.validate_token(&a).await.status(), StatusCode::OK);
    // ...which that request slid; once it has passed, A is refused while B and C still work.
    app.clock.advance(Duration::seconds(6));
    let response = app.validate_token(&a).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_no_auth_headers(&response);
    app.clock.advance(Duration::seconds(6));
    assert_eq!(app.validate_token(&b).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn unbatch_forces_a_rotation_inside_the_window() {
    let app = rotating_app().await;
    let a = app.signed_in_user("rot@example.com").await;
    let response = a
        .apply(app.client.get(app.url("/validate_token")))
        .query(&[("unbatch", "false")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let b = AuthHeaders::from_headers(response.headers()).unwrap();
    b.assert_well_formed();
    assert_ne!(b.access_token, a.access_token);
}

#[tokio::test]
async fn rotation_off_returns_the_same_token_and_writes_nothing() {
    let app = spawn_app().await;
    let a = app.signed_in_user("still@example.com").await;
    let updated_at = |app: &TestApp| -> Option<i64> {
        app.db()
            .query_row("SELECT updated_at_ms FROM tokens", [], |r| r.get(0))
            .unwrap()
    };
    let before = updated_at(&app);
    for _ in 0..3 {
        app.clock.advance(Duration::hours(1));
        let response = app.validate_token(&a).await;
        assert_eq!(AuthHeaders::from_headers(response.headers()).unwrap(), a);
    }
    assert_eq!(updated_at(&app), before);
}

async fn burst(app: &TestApp, credentials: &AuthHeaders, n: usize) -> Vec<reqwest::Response> {
    let requests = (0..n).map(|_| app.validate_token(credentials));
    futures_util::future::join_all(requests).await
}

#[tokio::test]
async fn twenty_parallel_requests_with_one_token_all_succeed_with_rotation_on() {
    let app = rotating_app().await;
    let mut stored = app.signed_in_user("burst@example.com").await;
    let original = stored.clone();
    // Leave the sign-in's batch window so that the burst starts with a rotation.
    app.clock.advance(Duration::seconds(10));
    let responses = burst(&app, &original, 20).await;
    let mut rotations = 0;
    for response in &responses {
        assert_eq!(response.status(), StatusCode::OK);
        if header(response, "access-token") != Some("") {
            rotations += 1;
        }
        keep_newer(&mut stored, response);
    }
    // The clock did not move during the burst: one rotation, the rest are batch requests.
    assert_eq!(rotations, 1);
    assert_ne!(stored.access_token, original.access_token);
    // The token the client kept still works after the window.
    app.clock.advance(Duration::seconds(10));
    assert_eq!(app.validate_token(&stored).await.status(), StatusCode::OK);
}

/// The same burst, 50 rounds in a row, each round with the token the client kept from the last
/// one, and the clock moving by a random-looking step: no request ever gets a 401.
#[tokio::test]
async fn fifty_rounds_of_parallel_bursts_never_log_the_client_out() {
    let app = rotating_app().await;
    let mut stored = app.signed_in_user("rounds@example.com").await;
    for round in 0..50i64 {
        app.clock
            .advance(Duration::milliseconds((round * 7_919) % 12_000));
        let held = stored.clone();
        for response in burst(&app, &held, 20).await {
            assert_eq!(response.status(), StatusCode::OK, "round {round}");
            keep_newer(&mut stored, &response);
        }
    }
    app.clock.advance(Duration::seconds(10));
    assert_eq!(app.validate_token(&stored).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn twenty_parallel_requests_with_one_token_all_succeed_with_rotation_off() {
    let app = spawn_app().await;
    let credentials = app.signed_in_user("burst@example.com").await;
    for response in burst(&app, &credentials, 20).await {
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(
            AuthHeaders::from_headers(response.headers()).unwrap(),
            credentials
        );
    }
}

#[tokio::test]
async fn expired_sessions_are_purged_when_a_new_session_is_written() {
    let app = spawn_app().await;
    app.signed_in_user("old@example.com").await;
    app.clock.advance(Duration::weeks(3));
    app.sign_in("old@example.com", PASSWORD).await;
    assert_eq!(app.session_count("old@example.com"), 1);
}

#[tokio::test]
async fn the_sweep_deletes_every_users_expired_sessions() {
    let app = spawn_app().await;
    app.signed_in_user("one@example.com").await;
    app.signed_in_user("two@example.com").await;
    app.clock.advance(Duration::weeks(1));
    app.sign_in("two@example.com", PASSWORD).await;
    let count = |app: &TestApp| -> i64 {
        app.db()
            .query_row("SELECT count(*) FROM tokens", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(count(&app), 5);
    app.clock.advance(Duration::weeks(1) + Duration::seconds(1));
    let swept = tokenauth::store::sessions::delete_expired(&app.db(), app.clock.now()).unwrap();
    // Four sessions from the first week are gone; the second week's sign-in stays.
    assert_eq!(swept, 4);
    assert_eq!(count(&app), 1);
}
