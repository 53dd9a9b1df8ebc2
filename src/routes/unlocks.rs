//! `POST /auth/unlock` and `GET /auth/unlock` (PROTOCOL.md 2.14, 2.15).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use rusqlite::TransactionBehavior;

use super::{MISSING_EMAIL, answer_mail_request, check_redirect};
use crate::auth::start_session;
use crate::domain::normalize_email;
use crate::domain::redirect::build_url;
use crate::error::ApiError;
use crate::http::{Params, client_ip, redirect};
use crate::limits::Action;
use crate::mail::{Message, templates};
use crate::state::AppState;
use crate::store::users;
use crate::tokens;

/// The unlock routes exist only when accounts can be unlocked by email (PROTOCOL.md 2.0).
fn unlock_routes_exist(state: &AppState) -> Result<(), ApiError> {
    let auth = &state.settings.auth;
    if auth.lockable && auth.unlock_strategy.by_email() {
        Ok(())
    } else {
        Err(ApiError::NotFound)
    }
}

/// The unlock email with its link.
pub fn unlock_mail(state: &AppState, to: &str, token: &str, config: &str) -> Message {
    let link = state.api_url("/unlock", &[("config", config), ("unlock_token", token)]);
    templates::unlock_instructions(to, &link)
}

pub async fn create(
    req: HttpRequest,
    params: Params,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    unlock_routes_exist(&state)?;
    state.rate_limits.check(Action::Unlock, client_ip(&req))?;
    let Some(email) = params.get("email") else {
        return Err(ApiError::simple(StatusCode::UNAUTHORIZED, MISSING_EMAIL));
    };
    let email = normalize_email(email);
    let db = state.db.clone();
    let lookup = email.clone();
    let token = web::block(move || -> Result<Option<(String, String)>, ApiError> {
        let conn = db.get()?;
        let Some(user) = users::find_by_email(&conn, &lookup)? else {
            return Ok(None);
        };
        let token = tokens::friendly_token();
        users::set_unlock_token(&conn, user.id, &tokens::digest_hex(&token))?;
        Ok(Some((user.email.unwrap_or_default(), token)))
    })
    .await??;
    let config = params.get("config_name").unwrap_or("default");
    let message = token.map(|(to, token)| unlock_mail(&state, &to, &token, config));
    answer_mail_request(
        &state,
        message,
        &email,
        format!("An email has been sent to '{email}' containing instructions for unlocking your account."),
        "If your account exists, you will receive an email with instructions for how to unlock it in a few minutes.",
    )
    .await
}

/// The emailed link: unlocks, signs the user in on a new client and redirects with the
/// credentials — to `unlock_redirect_url`, or to this server's `/` as the gem does.
pub async fn show(params: Params, state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    unlock_routes_exist(&state)?;
    let Some(token) = params.get("unlock_token").filter(|t| !t.is_empty()) else {
        return Err(ApiError::NotFound);
    };
    // A configured target must pass the whitelist; the default is this server itself.
    let target = match &state.settings.auth.unlock_redirect_url {
        Some(url) => {
            check_redirect(&state, url, None)?;
            url.clone()
        }
        None => format!("{}/", state.public_url),
    };
    let digest = tokens::digest_hex(token);
    let db = state.db.clone();
    let policy = state.policy.clone();
    let now = state.clock.now();
    let unlocked = web::block(move || -> Result<_, ApiError> {
        let mut conn = db.get()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let Some(user) = users::find_by_unlock_digest(&tx, &digest)? else {
            return Ok(None);
        };
        users::unlock(&tx, user.id, now)?;
        let issued = start_session(&tx, user.id, &policy, now)?;
        tx.commit()?;
        Ok(Some((user.uid, issued)))
    })
    .await??;
    let Some((uid, issued)) = unlocked else {
        return Err(ApiError::NotFound);
    };
    let config = params.get("config").unwrap_or("");
    let expiry = issued.expiry.to_string();
    let url = build_url(
        &target,
        &[
            ("access-token", &issued.access_token),
            ("client", &issued.client),
            ("client_id", &issued.client),
            ("config", config),
            ("expiry", &expiry),
            ("token", &issued.access_token),
            ("uid", &uid),
            ("unlock", "true"),
        ],
    );
    Ok(redirect(&url))
}
