//! `POST /auth`, `PUT|PATCH /auth`, `DELETE /auth` (PROTOCOL.md 2.2–2.4).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use rusqlite::TransactionBehavior;
use serde_json::json;

use super::confirmations::confirmation_mail;
use super::{FullUser, UnsavedUser, check_redirect, deliver};
use crate::auth::{
    self, CurrentUser, Refreshing, Registration, ResponseCredentials, apply_password_change,
    authenticate_request, check_current_password, hash_password,
};
use crate::config::CurrentPasswordCheck;
use crate::domain::{Email, ValidationErrors, normalize_email, validate_password_change};
use crate::error::ApiError;
use crate::http::{Params, client_ip, ok_json};
use crate::limits::Action;
use crate::state::AppState;
use crate::store::users;
use crate::tokens;

/// Devise's permitted sign-up keys; a request with none of them is "empty".
const SIGN_UP_KEYS: [&str; 3] = ["email", "password", "password_confirmation"];
/// Devise's permitted account-update keys.
const ACCOUNT_UPDATE_KEYS: [&str; 4] = [
    "email",
    "password",
    "password_confirmation",
    "current_password",
];

pub async fn create(
    req: HttpRequest,
    params: Params,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    state
        .rate_limits
        .check(Action::Registration, client_ip(&req))?;
    if !SIGN_UP_KEYS.iter().any(|key| params.contains(key)) {
        return Err(ApiError::with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            "Please submit proper sign up data in request body.",
        ));
    }
    let auth_settings = &state.settings.auth;
    let normalized_email = params.get("email").map(normalize_email);
    let unsaved = || json!(UnsavedUser::new(normalized_email.as_deref()));

    let redirect_url = match params.get("confirm_success_url") {
        Some(url) => Some(url.to_string()),
        None => auth_settings.default_confirm_success_url.clone(),
    };
    if auth_settings.confirmable && redirect_url.is_none() {
        return Err(ApiError::SimpleWithStatus {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            message: "Missing 'confirm_success_url' parameter.".into(),
            data: Some(unsaved()),
        });
    }
    if let Some(url) = &redirect_url {
        check_redirect(&state, url, Some(unsaved()))?;
    }

    let mut errors = ValidationErrors::default();
    let password = validate_password_change(
        params.get("password"),
        params.get("password_confirmation"),
        &mut errors,
    );
    let email = Email::parse(params.get("email"), &mut errors);
    let confirmation_token = auth_settings.confirmable.then(tokens::friendly_token);

    let now = state.clock.now();
    let db = state.db.clone();
    let policy = state.policy.clone();
    let cost = auth_settings.password_cost;
    let token = confirmation_token.clone();
    let registration = web::block(move || {
        auth::register(
            &db,
            email,
            password,
            errors,
            token.as_deref(),
            &policy,
            cost,
            now,
        )
    })
    .await??;
    match registration {
        Registration::Invalid(errors) => Err(ApiError::Validation {
            data: Some(unsaved()),
            errors,
        }),
        Registration::Created { user, issued } => {
            if let Some(issued) = issued {
                ResponseCredentials::attach(&req, issued, &user.uid);
            }
            if let (Some(token), Some(to)) = (confirmation_token, user.email.clone()) {
                // The account exists whatever happens to the mail; a failure is logged and the
                // user can ask for the link again (POST /auth/confirmation).
                let config = params.get("config_name").unwrap_or("default");
                let message =
                    confirmation_mail(&state, &to, &token, config, redirect_url.as_deref());
                deliver(&state, message).await;
            }
            Ok(ok_json(
                &json!({"status": "success", "data": FullUser::from(&*user)}),
            ))
        }
    }
}

/// What `PUT /auth` will do once validated.
struct AccountChange {
    email: Option<Email>,
    password: Option<String>,
}

pub async fn update(
    req: HttpRequest,
    params: Params,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    // A before-filter in the gem: checked before authentication, so no headers are sent.
    if !ACCOUNT_UPDATE_KEYS.iter().any(|key| params.contains(key)) {
        return Err(ApiError::with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            "Please submit proper account update data in request body.",
        ));
    }
    let Some(current) = CurrentUser::from_params(&req, &params).await? else {
        return Err(ApiError::with_status(
            StatusCode::NOT_FOUND,
            "User not found.",
        ));
    };
    let user = current.user;
    let auth_settings = state.settings.auth.clone();

    let verify_current = match auth_settings.check_current_password_before_update {
        CurrentPasswordCheck::Attributes => true,
        CurrentPasswordCheck::Password if params.contains("password") => true,
        _ => params.contains("current_password"),
    };
    let mut errors = ValidationErrors::default();
    let new_password = params.get("password");
    let confirmation = params.get("password_confirmation");
    // Devise's update_with_password ignores a blank new password (and blank confirmation).
    let skip_password = verify_current
        && new_password.is_none_or(|p| p.trim().is_empty())
        && confirmation.is_none_or(|c| c.trim().is_empty());
    let password = if !skip_password && (params.contains("password") || confirmation.is_some()) {
        validate_password_change(new_password, confirmation, &mut errors).map(|c| c.password)
    } else {
        None
    };
    let email = if params.contains("email") {
        Email::parse(params.get("email"), &mut errors)
            .filter(|e| user.email.as_deref() != Some(e.as_str()))
    } else {
        None
    };
    let current_password = params.get("current_password").map(str::to_string);
    let change = AccountChange { email, password };
    let client = ResponseCredentials::client(&req);
    let db_state = state.clone();
    let outcome = web::block(move || -> Result<_, ApiError> {
        let state = db_state;
        if verify_current {
            check_current_password(
                current_password.as_deref(),
                &user.encrypted_password,
                &mut errors,
            );
        }
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        let hash = match &change.password {
            Some(password) => Some(hash_password(password, auth_settings.password_cost)?),
            None => None,
        };
        let now = state.clock.now();
        let mut conn = state.db.get()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut reconfirmation = None;
        if let Some(email) = &change.email {
            if auth_settings.confirmable && auth_settings.send_confirmation_email {
                let token = tokens::friendly_token();
                users::set_unconfirmed_email(&tx, user.id, email.as_str(), &token, now)?;
                reconfirmation = Some((email.as_str().to_string(), token));
            } else if let users::EmailChange::Taken =
                users::set_email(&tx, user.id, email.as_str(), now)?
            {
                // The gem answers 500 here (uniqueness is only validated on create).
                errors.add("email", "has already been taken");
                return Ok(Err(errors));
            }
        }
        let mut survives = true;
        if let Some(hash) = &hash {
            survives = apply_password_change(&tx, &state, user.id, hash, client.as_deref())?;
        }
        let updated = users::find_by_id(&tx, user.id)?.ok_or(ApiError::NotFound)?;
        tx.commit()?;
        Ok(Ok((updated, survives, reconfirmation)))
    })
    .await??;
    match outcome {
        Ok((user, survives, reconfirmation)) => {
            if survives {
                ResponseCredentials::update_uid(&req, &user.uid);
            } else {
                ResponseCredentials::discard(&req);
            }
            if let Some((to, token)) = reconfirmation {
                let redirect_url = state.settings.auth.default_confirm_success_url.clone();
                let config = params.get("config_name").unwrap_or("default");
                let message =
                    confirmation_mail(&state, &to, &token, config, redirect_url.as_deref());
                deliver(&state, message).await;
            }
            Ok(ok_json(
                &json!({"status": "success", "data": FullUser::from(&user)}),
            ))
        }
        Err(errors) => Err(ApiError::Validation { data: None, errors }),
    }
}

pub async fn destroy(
    req: HttpRequest,
    params: Params,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let authenticated = authenticate_request(&req, &params, Refreshing::VerifyOnly).await?;
    let Some(authenticated) = authenticated else {
        return Err(ApiError::with_status(
            StatusCode::NOT_FOUND,
            "Unable to locate account for destruction.",
        ));
    };
    let user = authenticated.user;
    let db = state.db.clone();
    let id = user.id;
    web::block(move || -> Result<bool, ApiError> { Ok(users::delete(&*db.get()?, id)?) }).await??;
    Ok(ok_json(&json!({
        "status": "success",
        "message": format!("Account with UID '{}' has been destroyed.", user.uid)
    })))
}
