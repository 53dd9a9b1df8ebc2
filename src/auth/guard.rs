//! The route guard: `CurrentUser` for any route, and the middleware that writes the issued
//! credentials onto the response, whatever its status.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header::{AUTHORIZATION, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};

use super::{Authenticated, Refreshing, authenticate};
use crate::error::ApiError;
use crate::http::{Params, header_text};
use crate::state::AppState;
use crate::store::users::User;
use crate::tokens::{Credentials, IssuedCredentials};

/// Credentials to send back with this request's response. Kept in the request's extensions so
/// that the same middleware writes them for every route, on success and on error responses.
#[derive(Debug, Clone)]
pub struct ResponseCredentials {
    pub issued: IssuedCredentials,
    pub uid: String,
}

impl ResponseCredentials {
    pub fn attach(req: &HttpRequest, issued: IssuedCredentials, uid: &str) {
        req.extensions_mut().insert(ResponseCredentials {
            issued,
            uid: uid.to_string(),
        });
    }

    /// After an action changed the user's uid, the headers must carry the new one.
    pub fn update_uid(req: &HttpRequest, uid: &str) {
        if let Some(credentials) = req.extensions_mut().get_mut::<ResponseCredentials>() {
            credentials.uid = uid.to_string();
        }
    }

    /// The client whose credentials this response will carry.
    pub fn client(req: &HttpRequest) -> Option<String> {
        req.extensions()
            .get::<ResponseCredentials>()
            .map(|c| c.issued.client.clone())
    }

    /// After an action ended the session (sign-out, account deletion) nothing is sent.
    pub fn discard(req: &HttpRequest) {
        req.extensions_mut().remove::<ResponseCredentials>();
    }
}

/// Authenticates `req` from its headers, `params` and `Authorization` (PROTOCOL.md 1.5). On
/// success with `Refreshing::Refresh`, the response will carry the issued credentials.
pub async fn authenticate_request(
    req: &HttpRequest,
    params: &Params,
    refreshing: Refreshing,
) -> Result<Option<Authenticated>, ApiError> {
    let state = req
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| ApiError::internal(anyhow::anyhow!("AppState is not registered")))?
        .clone();
    let credentials = Credentials::read(
        |name| header_text(req, name),
        |name| params.get(name).map(str::to_string),
        header_text(req, AUTHORIZATION.as_str()).as_deref(),
    );
    if credentials.access_token.is_none() {
        return Ok(None);
    }
    let now = state.clock.now();
    let db = state.db.clone();
    let policy = state.policy.clone();
    let rotation_lock = state.rotation_lock.clone();
    let authenticated = web::block(move || -> Result<_, ApiError> {
        let mut conn = db.get()?;
        Ok(authenticate(
            &mut conn,
            &rotation_lock,
            &credentials,
            &policy,
            now,
            refreshing,
        )?)
    })
    .await??;
    if let Some(Authenticated {
        user,
        client,
        issued: Some(issued),
    }) = &authenticated
    {
        ResponseCredentials::attach(req, issued.clone(), &user.uid);
        // Later extractions in this request reuse the result instead of authenticating (and
        // possibly rotating) a second time.
        req.extensions_mut().insert(CurrentUser {
            user: user.clone(),
            client: client.clone(),
        });
    }
    Ok(authenticated)
}

/// The signed-in user of a guarded route, like the gem's `authenticate_user!`: a request without
/// valid credentials gets 401 `{"errors":["You need to sign in or sign up before continuing."]}`;
/// a valid one gets the (rotated, batch or unchanged) auth headers on its response.
///
/// Credentials are read from headers, the query string and `Authorization`; the body is left to
/// the handler.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub user: User,
    pub client: String,
}

impl CurrentUser {
    /// Refreshing mode for `req`: the batch decision uses this instant as the request's start,
    /// and any `unbatch` parameter disables it.
    pub fn refreshing(req: &HttpRequest, params: &Params) -> Refreshing {
        let now = req
            .app_data::<web::Data<AppState>>()
            .map(|state| state.clock.now())
            .unwrap_or_else(chrono::Utc::now);
        Refreshing::Refresh {
            request_start: now,
            unbatch: params.contains("unbatch"),
        }
    }

    pub async fn from_params(req: &HttpRequest, params: &Params) -> Result<Option<Self>, ApiError> {
        if let Some(already) = req.extensions().get::<CurrentUser>() {
            return Ok(Some(already.clone()));
        }
        let refreshing = Self::refreshing(req, params);
        Ok(authenticate_request(req, params, refreshing)
            .await?
            .map(|a| CurrentUser {
                user: a.user,
                client: a.client,
            }))
    }
}

impl FromRequest for CurrentUser {
    type Error = ApiError;
    type Future = futures_util::future::LocalBoxFuture<'static, Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let params = Params::from_query(&req);
            CurrentUser::from_params(&req, &params)
                .await?
                .ok_or(ApiError::Unauthenticated)
        })
    }
}

/// Middleware: writes the request's `ResponseCredentials`, if any, as the five auth headers plus
/// `Authorization` (PROTOCOL.md 1.4).
pub async fn write_auth_headers(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let mut res = next.call(req).await?;
    let credentials = res
        .request()
        .extensions()
        .get::<ResponseCredentials>()
        .cloned();
    if let Some(ResponseCredentials { issued, uid }) = credentials {
        for (name, value) in issued.headers(&uid) {
            // uids may hold non-ASCII characters; they travel as raw UTF-8 as with the gem.
            if let Ok(value) = HeaderValue::from_bytes(value.as_bytes()) {
                res.headers_mut()
                    .insert(HeaderName::from_static(name), value);
            }
        }
    }
    Ok(res)
}

/// Middleware guarding a whole scope, like `before_action :authenticate_user!` on a controller:
/// unauthenticated requests get the gem's 401 and never reach the handlers; handlers inside can
/// take `CurrentUser` without authenticating again.
///
/// ```no_run
/// use actix_web::{middleware::from_fn, web};
/// use tokenauth::auth::{CurrentUser, require_user};
///
/// async fn me(user: CurrentUser) -> String {
///     user.user.uid
/// }
///
/// fn routes(cfg: &mut web::ServiceConfig) {
///     cfg.service(web::scope("/api").wrap(from_fn(require_user)).route("/me", web::get().to(me)));
/// }
/// ```
pub async fn require_user(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let authenticated = {
        // This clone must be gone before `next.call`: actix's router needs the request unshared.
        let http_req = req.request().clone();
        let params = Params::from_query(&http_req);
        CurrentUser::from_params(&http_req, &params).await
    };
    match authenticated {
        Ok(Some(_)) => Ok(next.call(req).await?.map_into_left_body()),
        Ok(None) => Ok(req
            .error_response(ApiError::Unauthenticated)
            .map_into_right_body()),
        Err(e) => Ok(req.error_response(e).map_into_right_body()),
    }
}
