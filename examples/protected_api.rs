//! A small JSON API protected by tokenauth's guard, served next to the devise_token_auth routes:
//!
//! ```sh
//! cargo run --example protected_api
//! # sign up / sign in at http://127.0.0.1:3000/auth as usual, then:
//! curl http://127.0.0.1:3000/api/me -H "access-token: …" -H "client: …" -H "uid: …"
//! ```
//!
//! `GET /api/me` needs a signed-in user (the whole `/api` scope is guarded by `require_user`);
//! `GET /hello` is public but greets a signed-in user by email (`Option<CurrentUser>`).

use std::sync::Arc;

use actix_web::middleware::from_fn;
use actix_web::{HttpResponse, web};
use serde_json::json;
use tokenauth::auth::{CurrentUser, require_user};
use tokenauth::config::{Overrides, Settings};
use tokenauth::startup::{Application, Options};

/// Like the gem's `authenticate_user!` controller: answers the user's id and email.
async fn me(current: CurrentUser) -> HttpResponse {
    HttpResponse::Ok().json(json!({"id": current.user.id, "email": current.user.email}))
}

async fn hello(current: Option<CurrentUser>) -> HttpResponse {
    let name = current
        .and_then(|c| c.user.email)
        .unwrap_or_else(|| "stranger".into());
    HttpResponse::Ok().json(json!({"hello": name}))
}

fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/api")
            .wrap(from_fn(require_user))
            .route("/me", web::get().to(me)),
    )
    .route("/hello", web::get().to(hello));
}

#[actix_web::main]
async fn main() -> anyhow::Result<()> {
    let settings = Settings::load(None, &Overrides::default())?.settings;
    let options = Options {
        extra_routes: Some(Arc::new(routes)),
        ..Options::default()
    };
    let app = Application::build_with(settings, options).await?;
    println!("protected_api example on http://127.0.0.1:{}", app.port());
    app.run_until_stopped().await?;
    Ok(())
}
