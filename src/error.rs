//! `ApiError`: every failure a client can see, rendered as the gem's JSON bodies
//! (PROTOCOL.md 2.1, envelopes E1–E5). Internal causes are logged, never sent.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use serde_json::{Map, Value, json};

use crate::domain::ValidationErrors;
use crate::http::json_response;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// E1: `{"success":false,"errors":[message]}`.
    #[error("{message}")]
    Simple { status: StatusCode, message: String },
    /// E1+: E1 followed by `"status":"error"` and, when `data` is `Some`, a `data` key.
    #[error("{message}")]
    SimpleWithStatus {
        status: StatusCode,
        message: String,
        data: Option<Value>,
    },
    /// E2: model validation failure, `{"status":"error",["data":…,]"errors":{…}}`, 422.
    #[error("validation failed")]
    Validation {
        data: Option<Value>,
        errors: ValidationErrors,
    },
    /// E3: validation failure of the password endpoint, `{"success":false,"errors":{…}}`, 422.
    #[error("validation failed")]
    PasswordValidation { errors: ValidationErrors },
    /// E5: `authenticate_user!` failure on a guarded route, 401.
    #[error("unauthenticated")]
    Unauthenticated,
    /// A rate limit was exceeded; `Retry-After` says when to try again.
    #[error("too many requests")]
    TooManyRequests { retry_after_secs: u64 },
    /// The framework's 404 for routes and records that do not exist.
    #[error("not found")]
    NotFound,
    /// Anything that is the server's fault. The cause is logged; the client sees a fixed text.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl ApiError {
    pub fn simple(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError::Simple {
            status,
            message: message.into(),
        }
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::simple(StatusCode::BAD_REQUEST, message)
    }

    pub fn with_status(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError::SimpleWithStatus {
            status,
            message: message.into(),
            data: None,
        }
    }

    pub fn internal(cause: impl Into<anyhow::Error>) -> Self {
        ApiError::Internal(cause.into())
    }

    fn body(&self) -> Value {
        match self {
            ApiError::Simple { message, .. } => json!({"success": false, "errors": [message]}),
            ApiError::SimpleWithStatus { message, data, .. } => {
                let mut body = Map::new();
                body.insert("success".into(), Value::Bool(false));
                body.insert("errors".into(), json!([message]));
                body.insert("status".into(), Value::from("error"));
                if let Some(data) = data {
                    body.insert("data".into(), data.clone());
                }
                Value::Object(body)
            }
            ApiError::Validation { data, errors } => {
                let mut body = Map::new();
                body.insert("status".into(), Value::from("error"));
                if let Some(data) = data {
                    body.insert("data".into(), data.clone());
                }
                body.insert("errors".into(), errors.to_json());
                Value::Object(body)
            }
            ApiError::PasswordValidation { errors } => {
                json!({"success": false, "errors": errors.to_json()})
            }
            ApiError::Unauthenticated => {
                json!({"errors": ["You need to sign in or sign up before continuing."]})
            }
            ApiError::NotFound => json!({"status": 404, "error": "Not Found"}),
            ApiError::TooManyRequests { retry_after_secs } => json!({
                "success": false,
                "errors": [format!("Too many requests. Please try again in {retry_after_secs} seconds.")]
            }),
            ApiError::Internal(_) => {
                json!({"success": false, "errors": ["Internal server error. The cause is in the server log."]})
            }
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::Simple { status, .. } | ApiError::SimpleWithStatus { status, .. } => *status,
            ApiError::Validation { .. } | ApiError::PasswordValidation { .. } => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            ApiError::Unauthenticated => StatusCode::UNAUTHORIZED,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let ApiError::Internal(cause) = self {
            tracing::error!(error = format!("{cause:#}"), "request failed");
        }
        let mut response = json_response(self.status_code(), &self.body());
        if let ApiError::TooManyRequests { retry_after_secs } = self {
            response.headers_mut().insert(
                actix_web::http::header::RETRY_AFTER,
                actix_web::http::header::HeaderValue::from(*retry_after_secs),
            );
        }
        response
    }
}

impl From<r2d2::Error> for ApiError {
    fn from(e: r2d2::Error) -> Self {
        ApiError::internal(anyhow::Error::new(e).context("no database connection available"))
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(e: rusqlite::Error) -> Self {
        ApiError::internal(anyhow::Error::new(e).context("database query failed"))
    }
}

impl From<actix_web::error::BlockingError> for ApiError {
    fn from(e: actix_web::error::BlockingError) -> Self {
        ApiError::internal(anyhow::anyhow!("blocking task failed: {e}"))
    }
}
