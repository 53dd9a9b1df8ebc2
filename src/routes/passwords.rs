//! `POST /auth/password`, `GET /auth/password/edit`, `PUT|PATCH /auth/password`
//! (PROTOCOL.md 2.9–2.11).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Duration;
use rusqlite::TransactionBehavior;
use serde_json::{Value, json};

use super::{FullUser, MISSING_EMAIL, answer_mail_request, check_redirect};
use crate::auth::{
    CurrentUser, ResponseCredentials, apply_password_change, check_current_password, hash_password,
    start_session,
};
use crate::config::CurrentPasswordCheck;
use crate::domain::redirect::build_url;
use crate::domain::{ValidationErrors, normalize_email, validate_password_change};
use crate::error::ApiError;
use crate::http::{Params, client_ip, ok_json, redirect};
use crate::limits::Action;
use crate::mail::templates;
use crate::state::AppState;
use crate::store::{parse_time, users};
use crate::tokens;

/// `redirect_url`, else `default_password_reset_url`; both flows check it first.
fn reset_redirect_url(params: &Params, state: &AppState) -> Result<String, ApiError> {
    let url = params
        .get("redirect_url")
        .map(str::to_string)
        .or_else(|| state.settings.auth.default_password_reset_url.clone())
        .ok_or_else(|| ApiError::simple(StatusCode::UNAUTHORIZED, "Missing redirect URL."))?;
    check_redirect(state, &url, Some(Value::Null))?;
    Ok(url)
}

pub async fn create(
    req: HttpRequest,
    params: Params,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    state
        .rate_limits
        .check(Action::PasswordReset, client_ip(&req))?;
    let redirect_url = reset_redirect_url(&params, &state)?;
    let Some(email) = params.get("email") else {
        return Err(ApiError::simple(StatusCode::UNAUTHORIZED, MISSING_EMAIL));
    };
    let email = normalize_email(email);
    let db = state.db.clone();
    let now = state.clock.now();
    let lookup = email.clone();
    let issued = web::block(move || -> Result<Option<(String, String)>, ApiError> {
        let conn = db.get()?;
        let Some(user) = users::find_email_user_by_uid(&conn, &lookup)? else {
            return Ok(None);
        };
        // A new token replaces the digest: earlier links stop working.
        let token = tokens::friendly_token();
        users::set_reset_token(&conn, user.id, &tokens::digest_hex(&token), now)?;
        Ok(Some((user.email.unwrap_or_default(), token)))
    })
    .await??;
    let message = issued.map(|(to, token)| {
        let config = params.get("config_name").unwrap_or("default");
        let link = state.api_url(
            "/password/edit",
            &[
                ("config", config),
                ("redirect_url", &redirect_url),
                ("reset_password_token", &token),
            ],
        );
        templates::reset_password_instructions(&to, &link)
    });
    answer_mail_request(
        &state,
        message,
        &email,
        format!("An email has been sent to '{email}' containing instructions for resetting your password."),
        "If your email address exists in our database, you will receive a password recovery link at your email address in a few minutes.",
    )
    .await
}

/// The user whose reset token this is, if the token is still within `reset_password_within`.
fn find_by_reset_token(
    conn: &rusqlite::Connection,
    token: &str,
    state: &AppState,
) -> Result<Option<users::User>, ApiError> {
    if token.is_empty() {
        return Ok(None);
    }
    let Some(user) = users::find_by_reset_digest(conn, &tokens::digest_hex(token))? else {
        return Ok(None);
    };
    let within =
        Duration::from_std(state.settings.auth.reset_password_within.0).unwrap_or(Duration::MAX);
    let fresh = user
        .reset_password_sent_at
        .as_deref()
        .and_then(parse_time)
        .is_some_and(|sent| sent >= state.clock.now() - within);
    Ok(fresh.then_some(user))
}

/// The emailed link. Default mode: signs the user in on a new client and redirects with the
/// credentials; token mode: redirects with the reset token only.
pub async fn edit(params: Params, state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let redirect_url = reset_redirect_url(&params, &state)?;
    let token = params.get("reset_password_token").unwrap_or("").to_string();
    let token_mode = state.settings.auth.require_client_password_reset_token;
    let db_state = state.clone();
    let lookup = token.clone();
    let opened = web::block(move || -> Result<_, ApiError> {
        let state = db_state;
        let mut conn = state.db.get()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let Some(user) = find_by_reset_token(&tx, &lookup, &state)? else {
            return Ok(None);
        };
        let now = state.clock.now();
        // Both modes: the link confirms the address it was mailed to and waives the current
        // password for the next change; only the default mode signs the user in.
        users::allow_password_change(&tx, user.id, state.settings.auth.confirmable, now)?;
        let issued = if token_mode {
            None
        } else {
            Some(start_session(&tx, user.id, &state.policy, now)?)
        };
        tx.commit()?;
        Ok(Some((user.uid, issued)))
    })
    .await??;
    let Some((uid, issued)) = opened else {
        return Err(ApiError::NotFound);
    };
    let url = match issued {
        None => build_url(&redirect_url, &[("reset_password_token", &token)]),
        Some(issued) => {
            let expiry = issued.expiry.to_string();
            build_url(
                &redirect_url,
                &[
                    ("access-token", &issued.access_token),
                    ("client", &issued.client),
                    ("client_id", &issued.client),
                    ("config", params.get("config").unwrap_or("")),
                    ("expiry", &expiry),
                    ("reset_password", "true"),
                    ("reset_password_token", &token),
                    ("token", &issued.access_token),
                    ("uid", &uid),
                ],
            )
        }
    };
    Ok(redirect(&url))
}

/// Changes the password of the signed-in user (or, in token mode, of the reset token's owner).
pub async fn update(
    req: HttpRequest,
    params: Params,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let unauthorized = || ApiError::simple(StatusCode::UNAUTHORIZED, "Unauthorized");
    let auth = &state.settings.auth;
    let reset_token = params
        .get("reset_password_token")
        .filter(|_| auth.require_client_password_reset_token)
        .map(str::to_string);
    let user = match reset_token {
        Some(token) => {
            let db_state = state.clone();
            let found = web::block(move || -> Result<_, ApiError> {
                let state = db_state;
                let mut conn = state.db.get()?;
                let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
                let Some(user) = find_by_reset_token(&tx, &token, &state)? else {
                    return Ok(None);
                };
                let issued = start_session(&tx, user.id, &state.policy, state.clock.now())?;
                tx.commit()?;
                Ok(Some((user, issued)))
            })
            .await??;
            let (user, issued) = found.ok_or_else(unauthorized)?;
            ResponseCredentials::attach(&req, issued, &user.uid);
            user
        }
        None => {
            CurrentUser::from_params(&req, &params)
                .await?
                .ok_or_else(unauthorized)?
                .user
        }
    };

    let (Some(password), Some(confirmation)) =
        (params.get("password"), params.get("password_confirmation"))
    else {
        return Err(ApiError::simple(
            StatusCode::UNPROCESSABLE_ENTITY,
            "You must fill out the fields labeled 'Password' and 'Password confirmation'.",
        ));
    };
    let needs_current_password = auth.check_current_password_before_update
        != CurrentPasswordCheck::Never
        && !user.allow_password_change
        && !auth.require_client_password_reset_token;
    let mut errors = ValidationErrors::default();
    let change = validate_password_change(Some(password), Some(confirmation), &mut errors);
    let current_password = params.get("current_password").map(str::to_string);
    let cost = auth.password_cost;
    let db_state = state.clone();
    let user_id = user.id;
    let current_client = ResponseCredentials::client(&req);
    let updated = web::block(move || -> Result<_, ApiError> {
        let state = db_state;
        if needs_current_password {
            check_current_password(
                current_password.as_deref(),
                &user.encrypted_password,
                &mut errors,
            );
        }
        let (Some(change), true) = (change, errors.is_empty()) else {
            return Ok(Err(errors));
        };
        let hash = hash_password(&change.password, cost)?;
        let mut conn = state.db.get()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let survives =
            apply_password_change(&tx, &state, user_id, &hash, current_client.as_deref())?;
        let user = users::find_by_id(&tx, user_id)?.ok_or(ApiError::NotFound)?;
        tx.commit()?;
        Ok(Ok((user, survives)))
    })
    .await??;
    match updated {
        Ok((user, survives)) => {
            if survives {
                ResponseCredentials::update_uid(&req, &user.uid);
            } else {
                ResponseCredentials::discard(&req);
            }
            Ok(ok_json(&json!({
                "success": true,
                "data": FullUser::from(&user),
                "message": "Your password has been successfully updated."
            })))
        }
        Err(errors) => Err(ApiError::PasswordValidation { errors }),
    }
}
