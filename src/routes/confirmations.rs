//! `GET /auth/confirmation` and `POST /auth/confirmation` (PROTOCOL.md 2.12, 2.13). Unlike the
//! gem, the redirect URL is checked against the whitelist here too (DESIGN.md).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Duration;
use rusqlite::TransactionBehavior;
use serde_json::json;

use super::{MISSING_EMAIL, answer_mail_request, check_redirect};
use crate::domain::normalize_email;
use crate::domain::redirect::build_url;
use crate::error::ApiError;
use crate::http::{Params, client_ip, ok_json, redirect};
use crate::limits::Action;
use crate::mail::{Message, templates};
use crate::state::AppState;
use crate::store::{parse_time, users};
use crate::tokens;

/// The confirmation email with its link.
pub fn confirmation_mail(
    state: &AppState,
    to: &str,
    token: &str,
    config: &str,
    redirect_url: Option<&str>,
) -> Message {
    let mut params = vec![("config", config), ("confirmation_token", token)];
    if let Some(url) = redirect_url {
        params.push(("redirect_url", url));
    }
    templates::confirmation_instructions(to, &state.api_url("/confirmation", &params))
}

/// Whether a confirmation token sent at `sent_at` is still usable (`confirm_within`).
fn token_fresh(state: &AppState, sent_at: Option<&str>) -> bool {
    match state.settings.auth.confirm_within {
        None => true,
        Some(within) => {
            let within = Duration::from_std(within.0).unwrap_or(Duration::MAX);
            sent_at
                .and_then(parse_time)
                .is_some_and(|sent| sent + within >= state.clock.now())
        }
    }
}

fn confirm_redirect_url(params: &Params, state: &AppState) -> Result<Option<String>, ApiError> {
    let url = params
        .get("redirect_url")
        .map(str::to_string)
        .or_else(|| state.settings.auth.default_confirm_success_url.clone());
    if let Some(url) = &url {
        check_redirect(state, url, None)?;
    }
    Ok(url)
}

/// The confirmation routes exist only for confirmable accounts (PROTOCOL.md 2.0).
fn confirmation_routes_exist(state: &AppState) -> Result<(), ApiError> {
    if state.settings.auth.confirmable {
        Ok(())
    } else {
        Err(ApiError::NotFound)
    }
}

pub async fn show(params: Params, state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    confirmation_routes_exist(&state)?;
    let redirect_url = confirm_redirect_url(&params, &state)?;
    let token = params.get("confirmation_token").unwrap_or("").to_string();
    let db_state = state.clone();
    let confirmed = web::block(move || -> Result<bool, ApiError> {
        let state = db_state;
        if token.is_empty() {
            return Ok(false);
        }
        let mut conn = state.db.get()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let Some(user) = users::find_by_confirmation_token(&tx, &token)? else {
            return Ok(false);
        };
        let already = user.confirmed_at.is_some() && user.unconfirmed_email.is_none();
        if already || !token_fresh(&state, user.confirmation_sent_at.as_deref()) {
            return Ok(false);
        }
        let done = matches!(
            users::confirm(&tx, user.id, state.clock.now())?,
            users::Confirmed::Done
        );
        tx.commit()?;
        Ok(done)
    })
    .await??;
    let flag = if confirmed { "true" } else { "false" };
    match (redirect_url, confirmed) {
        (Some(url), _) => Ok(redirect(&build_url(
            &url,
            &[("account_confirmation_success", flag)],
        ))),
        // The gem fails with a 500 here; a plain answer serves the person who clicked better.
        (None, true) => Ok(ok_json(&json!({
            "success": true,
            "message": "Your email address has been successfully confirmed."
        }))),
        (None, false) => Err(ApiError::NotFound),
    }
}

pub async fn create(
    req: HttpRequest,
    params: Params,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    confirmation_routes_exist(&state)?;
    state
        .rate_limits
        .check(Action::Confirmation, client_ip(&req))?;
    let Some(email) = params.get("email").filter(|e| !e.trim().is_empty()) else {
        return Err(ApiError::simple(StatusCode::UNAUTHORIZED, MISSING_EMAIL));
    };
    let email = normalize_email(email);
    let redirect_url = confirm_redirect_url(&params, &state)?;
    let db_state = state.clone();
    let lookup = email.clone();
    let found = web::block(move || -> Result<Option<(String, String)>, ApiError> {
        let state = db_state;
        let conn = state.db.get()?;
        let Some(user) = users::find_email_user_by_uid(&conn, &lookup)? else {
            return Ok(None);
        };
        // Devise reuses a still-valid token, so an earlier email keeps working.
        let token = match &user.confirmation_token {
            Some(token) if token_fresh(&state, user.confirmation_sent_at.as_deref()) => {
                token.clone()
            }
            _ => {
                let token = tokens::friendly_token();
                users::set_confirmation_token(&conn, user.id, &token, state.clock.now())?;
                token
            }
        };
        let to = user.unconfirmed_email.or(user.email).unwrap_or_default();
        Ok(Some((to, token)))
    })
    .await??;
    let config = params.get("config_name").unwrap_or("default");
    let message = found
        .map(|(to, token)| confirmation_mail(&state, &to, &token, config, redirect_url.as_deref()));
    answer_mail_request(
        &state,
        message,
        &email,
        format!("An email has been sent to '{email}' containing instructions for confirming your account."),
        "If your email address exists in our database, you will receive an email with instructions for how to confirm your email address in a few minutes.",
    )
    .await
}
