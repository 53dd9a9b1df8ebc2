//! `POST /auth` (PROTOCOL.md 2.2).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde_json::json;

use super::{FullUser, UnsavedUser};
use crate::auth::{self, Registration, ResponseCredentials};
use crate::domain::{Email, ValidationErrors, normalize_email, validate_password_change};
use crate::error::ApiError;
use crate::http::{Params, ok_json};
use crate::state::AppState;

/// Devise's permitted sign-up keys; a request with none of them is "empty".
const SIGN_UP_KEYS: [&str; 3] = ["email", "password", "password_confirmation"];

pub async fn create(
    req: HttpRequest,
    params: Params,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    if !SIGN_UP_KEYS.iter().any(|key| params.contains(key)) {
        return Err(ApiError::with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            "Please submit proper sign up data in request body.",
        ));
    }
    let normalized_email = params.get("email").map(normalize_email);
    let unsaved = |errors: ValidationErrors| ApiError::Validation {
        data: Some(json!(UnsavedUser::new(normalized_email.as_deref()))),
        errors,
    };

    let mut errors = ValidationErrors::default();
    let password = validate_password_change(
        params.get("password"),
        params.get("password_confirmation"),
        &mut errors,
    );
    let email = Email::parse(params.get("email"), &mut errors);

    let now = state.clock.now();
    let db = state.db.clone();
    let policy = state.policy.clone();
    let cost = state.settings.auth.password_cost;
    let registration =
        web::block(move || auth::register(&db, email, password, errors, &policy, cost, now))
            .await??;
    match registration {
        Registration::Invalid(errors) => Err(unsaved(errors)),
        Registration::Created { user, issued } => {
            if let Some(issued) = issued {
                ResponseCredentials::attach(&req, issued, &user.uid);
            }
            Ok(ok_json(
                &json!({"status": "success", "data": FullUser::from(&*user)}),
            ))
        }
    }
}
