//! `GET /auth/validate_token` (PROTOCOL.md 2.8).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse};
use serde_json::json;

use super::TokenValidationUser;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::http::{Params, ok_json};

pub async fn validate_token(req: HttpRequest, params: Params) -> Result<HttpResponse, ApiError> {
    match CurrentUser::from_params(&req, &params).await? {
        Some(current) => Ok(ok_json(
            &json!({"success": true, "data": TokenValidationUser::from(&current.user)}),
        )),
        None => Err(ApiError::simple(
            StatusCode::UNAUTHORIZED,
            "Invalid login credentials",
        )),
    }
}
