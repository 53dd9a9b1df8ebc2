//! Sign-in, validate_token and sign-out with the workshop defaults (rotation off).

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::*;

#[tokio::test]
async fn sign_in_returns_the_user_and_credentials_as_the_gem_does() {
    let app = spawn_app().await;
    let registered = body_json(app.sign_up("alice@example.com").await).await;
    let id = registered["data"]["id"].as_i64().unwrap();

    let before = app.clock.now_unix();
    let response = app.sign_in("alice@example.com", PASSWORD).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_json_content_type(&response);
    assert_eq!(
        header(&response, "cache-control"),
        Some("max-age=0, private, must-revalidate")
    );
    let credentials = AuthHeaders::from_headers(response.headers()).unwrap();
    credentials.assert_well_formed();
    assert_eq!(credentials.uid, "alice@example.com");
    // Two weeks from now, as unix seconds.
    assert_eq!(
        credentials.expiry.parse::<i64>().unwrap(),
        before + 14 * 86_400
    );
    // Exactly the transcript's body, keys in the gem's order.
    assert_eq!(
        response.text().await.unwrap(),
        format!(
            r#"{{"data":{{"email":"alice@example.com","provider":"email","uid":"alice@example.com","id":{id},"allow_password_change":false}}}}"#
        )
    );
}

#[tokio::test]
async fn wrong_password_and_unknown_email_get_the_same_401() {
    let app = spawn_app().await;
    app.sign_up("bob@example.com").await;
    let expected =
        json!({"success": false, "errors": ["Invalid login credentials. Please try again."]});
    for (email, password) in [
        ("bob@example.com", "wrong-password"),
        ("nobody@example.com", PASSWORD),
        ("bob@example.com", ""),
    ] {
        let response = app.sign_in(email, password).await;
        assert_eq!(
            response.status(),
            StatusCode::UNAUTHORIZED,
            "{email}/{password}"
        );
        assert_no_auth_headers(&response);
        assert_eq!(header(&response, "cache-control"), Some("no-cache"));
        assert_eq!(body_json(response).await, expected);
    }
    for body in [
        json!({"email": "bob@example.com"}),
        json!({"password": PASSWORD}),
        json!({}),
    ] {
        let response = app
            .client
            .post(app.url("/sign_in"))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{body}");
        assert_eq!(body_json(response).await, expected);
    }
}

#[tokio::test]
async fn validate_token_with_headers_query_params_or_authorization() {
    let app = spawn_app().await;
    let credentials = app.signed_in_user("carol@example.com").await;
    let expected_data = json!({
        "id": 1, "provider": "email", "uid": "carol@example.com",
        "allow_password_change": false, "email": "carol@example.com"
    });

    // Headers.
    let response = app.validate_token(&credentials).await;
    assert_eq!(response.status(), StatusCode::OK);
    // Rotation off: the same token and the stored expiry come back.
    assert_eq!(
        AuthHeaders::from_headers(response.headers()).unwrap(),
        credentials
    );
    assert_eq!(
        response.text().await.unwrap(),
        r#"{"success":true,"data":{"id":1,"provider":"email","uid":"carol@example.com","allow_password_change":false,"email":"carol@example.com"}}"#
    );

    // Query parameters (redux-token-auth).
    let response = app
        .client
        .get(app.url("/validate_token"))
        .query(&[
            ("access-token", credentials.access_token.as_str()),
            ("client", credentials.client.as_str()),
            ("uid", credentials.uid.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(body_json(response).await["data"], expected_data);

    // Authorization: Bearer base64(JSON) alone.
    let response = app
        .client
        .get(app.url("/validate_token"))
        .header("Authorization", &credentials.authorization)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        AuthHeaders::from_headers(response.headers()).unwrap(),
        credentials
    );

    // Header names are case-insensitive.
    let response = app
        .client
        .get(app.url("/validate_token"))
        .header("Access-Token", &credentials.access_token)
        .header("Client", &credentials.client)
        .header("UID", &credentials.uid)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_header_wins_over_a_parameter_and_the_parameter_over_authorization() {
    let app = spawn_app().await;
    let credentials = app.signed_in_user("dave@example.com").await;
    // A wrong token in Authorization does not matter when the header has the right one.
    let wrong = bearer(
        "wrongwrongwrongwrongww",
        &credentials.client,
        &credentials.expiry,
        &credentials.uid,
    );
    let response = credentials
        .apply(app.client.get(app.url("/validate_token")))
        .header("Authorization", wrong)
        .query(&[("access-token", "wrongwrongwrongwrongww")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    // A wrong header beats a right parameter.
    let response = app
        .client
        .get(app.url("/validate_token"))
        .header("access-token", "wrongwrongwrongwrongww")
        .query(&[
            ("access-token", credentials.access_token.as_str()),
            ("client", credentials.client.as_str()),
            ("uid", credentials.uid.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn invalid_credentials_get_401_without_auth_headers() {
    let app = spawn_app().await;
    let credentials = app.signed_in_user("erin@example.com").await;
    let expected = json!({"success": false, "errors": ["Invalid login credentials"]});
    let variants = [
        AuthHeaders {
            access_token: "x".repeat(22),
            ..credentials.clone()
        },
        AuthHeaders {
            client: "unknown-client".into(),
            ..credentials.clone()
        },
        AuthHeaders {
            uid: "someone@example.com".into(),
            ..credentials.clone()
        },
    ];
    for variant in &variants {
        let response = app.validate_token(variant).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        assert_no_auth_headers(&response);
        assert_eq!(body_json(response).await, expected);
    }
    // No client at all means client "default", which never exists.
    let response = app
        .client
        .get(app.url("/validate_token"))
        .header("access-token", &credentials.access_token)
        .header("uid", &credentials.uid)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let response = app
        .client
        .get(app.url("/validate_token"))
        .header("Authorization", "Bearer invalidtoken==")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn tokens_expire_after_the_lifespan() {
    let app = spawn_app().await;
    let credentials = app.signed_in_user("frank@example.com").await;
    app.clock
        .advance(chrono::Duration::weeks(2) - chrono::Duration::seconds(1));
    assert_eq!(
        app.validate_token(&credentials).await.status(),
        StatusCode::OK
    );
    app.clock.advance(chrono::Duration::seconds(1));
    assert_eq!(
        app.validate_token(&credentials).await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn sign_out_ends_only_the_requesting_session() {
    let app = spawn_app().await;
    let laptop = app.signed_in_user("gina@example.com").await;
    let phone =
        AuthHeaders::from_headers(app.sign_in("gina@example.com", PASSWORD).await.headers())
            .unwrap();
    assert_ne!(laptop.client, phone.client);
    // Registration signed the new account in too: three sessions.
    assert_eq!(app.session_count("gina@example.com"), 3);

    let response = app.sign_out(&laptop).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_no_auth_headers(&response);
    assert_eq!(body_json(response).await, json!({"success": true}));

    assert_eq!(
        app.validate_token(&laptop).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(app.validate_token(&phone).await.status(), StatusCode::OK);
    assert_eq!(app.session_count("gina@example.com"), 2);

    // Signing out twice, or without credentials: the gem's 404.
    let expected =
        json!({"success": false, "errors": ["User was not found or was not logged in."]});
    let response = app.sign_out(&laptop).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(body_json(response).await, expected);
    let response = app
        .client
        .delete(app.url("/sign_out"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(body_json(response).await, expected);
}

#[tokio::test]
async fn sign_out_reads_credentials_from_a_json_body() {
    let app = spawn_app().await;
    let credentials = app.signed_in_user("hank@example.com").await;
    // redux-token-auth sends them in the body of the DELETE.
    let response = app
        .client
        .delete(app.url("/sign_out"))
        .json(&json!({
            "access-token": credentials.access_token,
            "client": credentials.client,
            "uid": credentials.uid,
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        app.validate_token(&credentials).await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn the_device_cap_evicts_the_least_recently_used_session() {
    let app = spawn_app_with(|s| s.auth.max_number_of_devices = 2).await;
    let first = app.signed_in_user("ivy@example.com").await;
    let mut later = Vec::new();
    for _ in 0..2 {
        app.clock.advance(chrono::Duration::seconds(10));
        let response = app.sign_in("ivy@example.com", PASSWORD).await;
        later.push(AuthHeaders::from_headers(response.headers()).unwrap());
    }
    assert_eq!(app.session_count("ivy@example.com"), 2);
    assert_eq!(
        app.validate_token(&first).await.status(),
        StatusCode::UNAUTHORIZED
    );
    for credentials in &later {
        assert_eq!(
            app.validate_token(credentials).await.status(),
            StatusCode::OK
        );
    }
}

#[tokio::test]
async fn ten_devices_by_default_then_the_least_recently_used_goes() {
    let app = spawn_app().await;
    assert_eq!(
        app.sign_up("many@example.com").await.status(),
        StatusCode::OK
    );
    let mut devices = Vec::new();
    for _ in 0..11 {
        app.clock.advance(chrono::Duration::seconds(1));
        let response = app.sign_in("many@example.com", PASSWORD).await;
        devices.push(AuthHeaders::from_headers(response.headers()).unwrap());
    }
    assert_eq!(app.session_count("many@example.com"), 10);
    // The registration's session and the first sign-in were the least recently used.
    assert_eq!(
        app.validate_token(&devices[0]).await.status(),
        StatusCode::UNAUTHORIZED
    );
    for device in &devices[1..] {
        assert_eq!(app.validate_token(device).await.status(), StatusCode::OK);
    }
}

#[tokio::test]
async fn sign_in_updates_the_trackable_columns() {
    let app = spawn_app().await;
    app.sign_up("jack@example.com").await;
    let read = || {
        app.db()
            .query_row(
                "SELECT sign_in_count, current_sign_in_at, last_sign_in_at, current_sign_in_ip, last_sign_in_ip FROM users WHERE uid = 'jack@example.com'",
                [],
                |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, Option<String>>(2)?, r.get::<_, Option<String>>(3)?, r.get::<_, Option<String>>(4)?)),
            )
            .unwrap()
    };
    assert_eq!(read(), (0, None, None, None, None));

    let first_at = tokenauth::store::format_time(app.clock.now());
    app.sign_in("jack@example.com", PASSWORD).await;
    let localhost = Some("127.0.0.1".to_string());
    assert_eq!(
        read(),
        (
            1,
            Some(first_at.clone()),
            Some(first_at.clone()),
            localhost.clone(),
            localhost.clone()
        )
    );

    app.clock.advance(chrono::Duration::hours(1));
    let second_at = tokenauth::store::format_time(app.clock.now());
    app.sign_in("jack@example.com", PASSWORD).await;
    assert_eq!(
        read(),
        (
            2,
            Some(second_at),
            Some(first_at),
            localhost.clone(),
            localhost
        )
    );

    // A failed sign-in changes nothing.
    app.sign_in("jack@example.com", "wrong-password").await;
    assert_eq!(read().0, 2);
}
