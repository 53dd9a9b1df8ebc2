//! One file per gem controller. Handlers parse, call the auth/store layers, and render.

mod confirmations;
mod health;
mod passwords;
mod registrations;
mod sessions;
mod token_validations;
mod unlocks;
mod user_json;
mod welcome;

use actix_web::{HttpResponse, Resource, guard, web};
use serde_json::json;

use actix_web::http::StatusCode;

use crate::domain::redirect::is_whitelisted;
use crate::error::ApiError;
use crate::http::ok_json;
use crate::mail::Message;
use crate::state::AppState;

pub use user_json::{FullUser, SignInUser, TokenValidationUser, UnsavedUser};

/// Registers the gem's routes under `mount_path` and the service routes at the root.
pub fn configure(mount_path: &str) -> impl FnOnce(&mut web::ServiceConfig) + '_ {
    move |cfg| {
        cfg.service(resource("/health").route(get().to(health::health)));
        cfg.service(resource("/").route(get().to(welcome::page_or_front_end)));
        cfg.service(resource("/favicon.ico").route(get().to(welcome::favicon)));
        cfg.service(resource(welcome::SCRIPT_PATH).route(get().to(welcome::script)));
        cfg.service(resource(welcome::STYLE_PATH).route(get().to(welcome::style)));
        cfg.service(
            web::scope(mount_path)
                .service(
                    resource("")
                        .route(web::post().to(registrations::create))
                        .route(web::put().to(registrations::update))
                        .route(web::patch().to(registrations::update))
                        .route(web::delete().to(registrations::destroy)),
                )
                .service(
                    resource("/sign_in")
                        .route(web::post().to(sessions::create))
                        .route(get().to(sessions::new)),
                )
                .service(resource("/sign_out").route(web::delete().to(sessions::destroy)))
                .service(resource("/forward").route(get().to(crate::gateway::forward_auth)))
                .service(
                    resource("/validate_token").route(get().to(token_validations::validate_token)),
                )
                .service(
                    resource("/password")
                        .route(web::post().to(passwords::create))
                        .route(web::put().to(passwords::update))
                        .route(web::patch().to(passwords::update)),
                )
                .service(resource("/password/edit").route(get().to(passwords::edit)))
                .service(
                    resource("/confirmation")
                        .route(web::post().to(confirmations::create))
                        .route(get().to(confirmations::show)),
                )
                .service(
                    resource("/unlock")
                        .route(web::post().to(unlocks::create))
                        .route(get().to(unlocks::show)),
                ),
        );
    }
}

/// `You must provide an email address.` — password, confirmation and unlock requests (401).
pub const MISSING_EMAIL: &str = "You must provide an email address.";

/// 422 `Redirect to '<url>' not allowed.` unless `url` passes the whitelist. `data` is the
/// `data` key some endpoints add to this error.
pub fn check_redirect(
    state: &AppState,
    url: &str,
    data: Option<serde_json::Value>,
) -> Result<(), ApiError> {
    let whitelist = state.settings.auth.redirect_whitelist.as_deref();
    if is_whitelisted(url, whitelist) {
        return Ok(());
    }
    Err(ApiError::SimpleWithStatus {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        message: format!("Redirect to '{url}' not allowed."),
        data,
    })
}

/// A mail that could not be sent (the cause is logged): the request is not done.
pub fn mail_failed() -> ApiError {
    ApiError::simple(
        StatusCode::SERVICE_UNAVAILABLE,
        "The email could not be sent. Please try again later.",
    )
}

/// Delivers `message` off the async workers; false (the cause is logged) when it failed.
pub async fn deliver(state: &web::Data<AppState>, message: Message) -> bool {
    let state = state.clone();
    matches!(
        web::block(move || state.send_mail(&message)).await,
        Ok(Ok(()))
    )
}

/// How the three "send me an email" requests answer once the account was looked up
/// (PROTOCOL.md 2.9, 2.13, 2.14): the message goes out when the account exists (`Some`);
/// otherwise 404, or — in paranoid mode — the same 200 as for a known account.
pub async fn answer_mail_request(
    state: &web::Data<AppState>,
    message: Option<Message>,
    email: &str,
    sent: String,
    paranoid_sent: &str,
) -> Result<HttpResponse, ApiError> {
    let paranoid = state.settings.auth.paranoid;
    let found = message.is_some();
    if let Some(message) = message
        && !deliver(state, message).await
    {
        return Err(mail_failed());
    }
    if !found && !paranoid {
        return Err(ApiError::simple(
            StatusCode::NOT_FOUND,
            format!("Unable to find user with email '{email}'."),
        ));
    }
    let message = if paranoid {
        paranoid_sent.to_string()
    } else {
        sent
    };
    Ok(ok_json(&json!({"success": true, "message": message})))
}

/// A resource whose unsupported methods answer 404 as Rails' router does, not 405.
fn resource(path: &str) -> Resource {
    web::resource(path).default_service(web::to(not_found))
}

/// GET, and HEAD wherever GET is accepted.
fn get() -> actix_web::Route {
    web::route().guard(guard::Any(guard::Get()).or(guard::Head()))
}

pub async fn not_found() -> Result<actix_web::HttpResponse, ApiError> {
    Err(ApiError::NotFound)
}
