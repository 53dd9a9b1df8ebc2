//! The route guard on routes that are not tokenauth's own, as an embedding program adds them
//! (the same routes as examples/protected_api.rs).

use actix_web::middleware::from_fn;
use actix_web::{HttpResponse, web};
use chrono::Duration;
use reqwest::StatusCode;
use serde_json::json;
use tokenauth::auth::{CurrentUser, require_user};

use crate::helpers::*;

async fn me(current: CurrentUser) -> HttpResponse {
    HttpResponse::Ok().json(json!({"id": current.user.id, "email": current.user.email}))
}

async fn hello(current: Option<CurrentUser>) -> HttpResponse {
    let name = current
        .and_then(|c| c.user.email)
        .unwrap_or_else(|| "stranger".into());
    HttpResponse::Ok().json(json!({"hello": name}))
}

/// A handler that asks for the user twice: it must authenticate (and rotate) once.
async fn twice(first: CurrentUser, second: CurrentUser) -> HttpResponse {
    HttpResponse::Ok().json(json!({"same": first.client == second.client}))
}

pub fn protected_routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/api")
            .wrap(from_fn(require_user))
            .route("/me", web::get().to(me))
            .route("/twice", web::get().to(twice)),
    )
    .route("/hello", web::get().to(hello))
    .route("/protected", web::get().to(me));
}

#[tokio::test]
async fn a_guarded_scope_answers_the_gems_401_without_credentials() {
    let app = spawn_app().await;
    for path in ["/api/me", "/protected"] {
        let response = app.client.get(app.root_url(path)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{path}");
        assert_json_content_type(&response);
        assert_no_auth_headers(&response);
        assert_eq!(
            body_json(response).await,
            json!({"errors": ["You need to sign in or sign up before continuing."]})
        );
    }
}

#[tokio::test]
async fn a_guarded_route_serves_the_user_with_the_auth_headers() {
    let app = spawn_app().await;
    let credentials = app.signed_in_user("guarded@example.com").await;
    for path in ["/api/me", "/protected"] {
        let response = credentials
            .apply(app.client.get(app.root_url(path)))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_eq!(
            AuthHeaders::from_headers(response.headers()).unwrap(),
            credentials
        );
        assert_eq!(
            body_json(response).await,
            json!({"id": 1, "email": "guarded@example.com"})
        );
    }
}

#[tokio::test]
async fn a_public_route_can_still_see_an_optional_user() {
    let app = spawn_app().await;
    let credentials = app.signed_in_user("maybe@example.com").await;
    let anonymous = app.client.get(app.root_url("/hello")).send().await.unwrap();
    assert_no_auth_headers(&anonymous);
    assert_eq!(body_json(anonymous).await, json!({"hello": "stranger"}));
    let known = credentials
        .apply(app.client.get(app.root_url("/hello")))
        .send()
        .await
        .unwrap();
    assert_eq!(
        body_json(known).await,
        json!({"hello": "maybe@example.com"})
    );
}

#[tokio::test]
async fn the_guard_rotates_once_per_request_even_when_asked_twice() {
    let app = spawn_app_with(|s| s.auth.change_headers_on_each_request = true).await;
    let a = app.signed_in_user("twice@example.com").await;
    app.clock.advance(Duration::seconds(10));
    let response = a
        .apply(app.client.get(app.root_url("/api/twice")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let b = AuthHeaders::from_headers(response.headers()).unwrap();
    b.assert_well_formed();
    assert_eq!(body_json(response).await, json!({"same": true}));
    // Had the request rotated twice, B would already be the previous token and A the last one;
    // one rotation leaves A as "previous": still valid after the window.
    app.clock.advance(Duration::seconds(10));
    assert_eq!(app.validate_token(&a).await.status(), StatusCode::OK);
}
