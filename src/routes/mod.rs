//! One file per gem controller. Handlers parse, call the auth/store layers, and render.

mod health;
mod registrations;
mod sessions;
mod token_validations;
mod user_json;

use actix_web::{Resource, guard, web};

use crate::error::ApiError;

pub use user_json::{FullUser, SignInUser, TokenValidationUser, UnsavedUser};

/// Registers the gem's routes under `mount_path` and the service routes at the root.
pub fn configure(mount_path: &str) -> impl FnOnce(&mut web::ServiceConfig) + '_ {
    move |cfg| {
        cfg.service(resource("/health").route(get().to(health::health)));
        cfg.service(
            web::scope(mount_path)
                .service(resource("").route(web::post().to(registrations::create)))
                .service(
                    resource("/sign_in")
                        .route(web::post().to(sessions::create))
                        .route(get().to(sessions::new)),
                )
                .service(resource("/sign_out").route(web::delete().to(sessions::destroy)))
                .service(
                    resource("/validate_token").route(get().to(token_validations::validate_token)),
                ),
        );
    }
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
