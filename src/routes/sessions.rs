//! `POST /auth/sign_in`, `GET /auth/sign_in`, `DELETE /auth/sign_out` (PROTOCOL.md 2.5–2.7).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde_json::json;

use super::SignInUser;
use super::deliver;
use super::unlocks::unlock_mail;
use crate::auth::{self, Refreshing, ResponseCredentials, SignInOutcome, authenticate_request};
use crate::domain::normalize_email;
use crate::error::ApiError;
use crate::http::{Params, client_ip, ok_json};
use crate::limits::Action;
use crate::state::AppState;
use crate::store::sessions;

const BAD_CREDENTIALS: &str = "Invalid login credentials. Please try again.";
const LOCKED: &str =
    "Your account has been locked due to an excessive number of unsuccessful sign in attempts.";

pub async fn create(
    req: HttpRequest,
    params: Params,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let bad_credentials = || ApiError::simple(StatusCode::UNAUTHORIZED, BAD_CREDENTIALS);
    let (Some(email), Some(password)) = (params.get("email"), params.get("password")) else {
        return Err(bad_credentials());
    };
    let email = normalize_email(email);
    let password = password.to_string();
    let ip = client_ip(&req);
    state.rate_limits.check(Action::SignIn, ip)?;
    let ip = ip.map(|ip| ip.to_string());
    let now = state.clock.now();
    let db = state.db.clone();
    let policy = state.policy.clone();
    let uid_for_log = email.clone();
    let auth_settings = state.settings.auth.clone();
    let signed_in = web::block(move || {
        auth::sign_in(
            &db,
            &email,
            &password,
            ip.as_deref(),
            &auth_settings,
            &policy,
            now,
        )
    })
    .await??;
    if let Some((to, token)) = signed_in.unlock_mail {
        // The attempt already failed; a lost unlock mail is logged, and can be asked for again.
        deliver(&state, unlock_mail(&state, &to, &token, "default")).await;
    }
    let failure = match signed_in.outcome {
        SignInOutcome::Success { user, issued } => {
            ResponseCredentials::attach(&req, issued, &user.uid);
            return Ok(ok_json(&json!({"data": SignInUser::from(&*user)})));
        }
        SignInOutcome::BadCredentials => bad_credentials(),
        SignInOutcome::LastAttempt => ApiError::simple(
            StatusCode::UNAUTHORIZED,
            "You have one more attempt before your account is locked.",
        ),
        SignInOutcome::Locked => ApiError::simple(StatusCode::UNAUTHORIZED, LOCKED),
        SignInOutcome::Unconfirmed { email } => ApiError::simple(
            StatusCode::UNAUTHORIZED,
            format!(
                "A confirmation email was sent to your account at '{email}'. You must follow the instructions in the email before your account can be activated"
            ),
        ),
    };
    // A stable line for fail2ban: `sign-in failed ip=<ip> uid="<uid>"`.
    tracing::warn!(
        target: "tokenauth::security",
        "sign-in failed ip={} uid={:?}",
        client_ip(&req).map(|ip| ip.to_string()).unwrap_or_default(),
        uid_for_log
    );
    Err(failure)
}

pub async fn new() -> Result<HttpResponse, ApiError> {
    Err(ApiError::simple(
        StatusCode::METHOD_NOT_ALLOWED,
        "Use POST /sign_in to sign in. GET is not supported.",
    ))
}

/// Ends the requesting client's session only; other devices stay signed in.
pub async fn destroy(
    req: HttpRequest,
    params: Params,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let not_found = || {
        ApiError::simple(
            StatusCode::NOT_FOUND,
            "User was not found or was not logged in.",
        )
    };
    let Some(authenticated) = authenticate_request(&req, &params, Refreshing::VerifyOnly).await?
    else {
        return Err(not_found());
    };
    let db = state.db.clone();
    let deleted = web::block(move || -> Result<bool, ApiError> {
        Ok(sessions::delete(
            &*db.get()?,
            authenticated.user.id,
            &authenticated.client,
        )?)
    })
    .await??;
    if !deleted {
        return Err(not_found());
    }
    Ok(ok_json(&json!({"success": true})))
}
