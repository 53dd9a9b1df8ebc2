//! Gateway mode: tokenauth in front of the user's own backend (reverse proxy), a forward-auth
//! endpoint for nginx/Caddy/Traefik, and a built front end served from the same origin.

use std::time::Duration;

use actix_web::http::StatusCode;
use actix_web::http::header::{HeaderMap, HeaderName, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use serde_json::json;

use crate::auth::CurrentUser;
use crate::config::{GatewayAuth, GatewayRoute, GatewaySettings};
use crate::error::ApiError;
use crate::http::{Params, client_ip, ok_json};
use crate::store::users::User;

/// The identity header names, validated once.
#[derive(Debug, Clone)]
pub struct IdentityHeaders {
    user_id: HeaderName,
    uid: HeaderName,
    email: HeaderName,
}

impl IdentityHeaders {
    pub fn from_settings(gateway: &GatewaySettings) -> anyhow::Result<Self> {
        let parse = |key: &str, name: &str| {
            HeaderName::from_bytes(name.as_bytes())
                .with_context(|| format!("gateway.{key} = {name:?} is not a valid header name"))
        };
        Ok(IdentityHeaders {
            user_id: parse("user_id_header", &gateway.user_id_header)?,
            uid: parse("uid_header", &gateway.uid_header)?,
            email: parse("email_header", &gateway.email_header)?,
        })
    }

    fn names(&self) -> [&HeaderName; 3] {
        [&self.user_id, &self.uid, &self.email]
    }

    fn values(&self, user: &User) -> [(HeaderName, String); 3] {
        [
            (self.user_id.clone(), user.id.to_string()),
            (self.uid.clone(), user.uid.clone()),
            (self.email.clone(), user.email.clone().unwrap_or_default()),
        ]
    }
}

/// Headers that describe one connection, not the message (RFC 9110 7.6.1), plus `Host`, which
/// the client sets for the upstream.
const HOP_BY_HOP: [&str; 9] = [
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "host",
];

/// tokenauth's credential headers: they are for tokenauth, the upstream gets the identity.
const CREDENTIAL_HEADERS: [&str; 5] = ["access-token", "client", "uid", "expiry", "token-type"];

fn is_hop_by_hop(name: &HeaderName) -> bool {
    HOP_BY_HOP.contains(&name.as_str())
}

/// The signed-in user of a gateway or forward-auth request, from headers, query and
/// `Authorization` (the body is streamed to the upstream untouched).
async fn current_user(req: &HttpRequest) -> Result<Option<CurrentUser>, ApiError> {
    CurrentUser::from_params(req, &Params::from_query(req)).await
}

/// Registers one scope per gateway route.
pub fn configure(cfg: &mut web::ServiceConfig, gateway: &GatewaySettings) {
    for route in &gateway.routes {
        cfg.service(
            web::scope(&route.prefix)
                .app_data(web::Data::new(route.clone()))
                .default_service(web::to(proxy)),
        );
    }
}

/// Forwards the request to the route's upstream and streams the answer back.
async fn proxy(
    req: HttpRequest,
    payload: web::Payload,
    route: web::Data<GatewayRoute>,
    client: web::Data<awc::Client>,
    identity: web::Data<IdentityHeaders>,
) -> Result<HttpResponse, ApiError> {
    let user = current_user(&req).await?;
    if route.auth == GatewayAuth::Required && user.is_none() {
        return Err(ApiError::Unauthenticated);
    }
    let path_and_query = req.uri().path_and_query().map_or("/", |p| p.as_str());
    let url = format!("{}{path_and_query}", route.upstream.trim_end_matches('/'));
    let mut upstream = client.request(req.method().clone(), &url);
    let bearer_is_ours = req
        .headers()
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(crate::tokens::decode_authorization)
        .is_some_and(|object| object.contains_key("access-token"));
    for (name, value) in req.headers() {
        let identity_spoof = identity.names().contains(&name);
        let credential = CREDENTIAL_HEADERS.contains(&name.as_str())
            || (bearer_is_ours && name == actix_web::http::header::AUTHORIZATION);
        if !is_hop_by_hop(name) && !identity_spoof && !credential {
            upstream = upstream.append_header((name.clone(), value.clone()));
        }
    }
    if let Some(current) = &user {
        for (name, value) in identity.values(&current.user) {
            if let Ok(value) = HeaderValue::from_str(&value) {
                upstream = upstream.insert_header((name, value));
            }
        }
    }
    if let Some(ip) = client_ip(&req) {
        upstream = upstream.insert_header(("x-forwarded-for", ip.to_string()));
    }
    let info = req.connection_info().clone();
    upstream = upstream
        .insert_header(("x-forwarded-proto", info.scheme().to_string()))
        .insert_header(("x-forwarded-host", info.host().to_string()));

    let answer = upstream.send_stream(payload).await;
    let response = match answer {
        Ok(response) => response,
        Err(e) => {
            let timed_out = matches!(e, awc::error::SendRequestError::Timeout);
            tracing::warn!(upstream = %route.upstream, error = %e, "gateway: upstream failed");
            let (status, message) = if timed_out {
                (
                    StatusCode::GATEWAY_TIMEOUT,
                    format!(
                        "The upstream server {} did not answer in time.",
                        route.upstream
                    ),
                )
            } else {
                (
                    StatusCode::BAD_GATEWAY,
                    format!("The upstream server {} is not reachable.", route.upstream),
                )
            };
            return Err(ApiError::simple(status, message));
        }
    };
    let mut builder = HttpResponse::build(response.status());
    copy_headers(response.headers(), &mut builder);
    Ok(builder.streaming(response))
}

fn copy_headers(from: &HeaderMap, to: &mut actix_web::HttpResponseBuilder) {
    for (name, value) in from {
        if !is_hop_by_hop(name) && name != actix_web::http::header::CONTENT_LENGTH {
            to.append_header((name.clone(), value.clone()));
        }
    }
}

/// `GET {mount}/forward` for nginx `auth_request`, Caddy `forward_auth` and Traefik
/// `ForwardAuth`: 200 with the identity headers (and the auth headers), or the gem's 401.
pub async fn forward_auth(
    req: HttpRequest,
    identity: web::Data<IdentityHeaders>,
) -> Result<HttpResponse, ApiError> {
    let current = current_user(&req).await?.ok_or(ApiError::Unauthenticated)?;
    let mut response = ok_json(&json!({"success": true, "data": {
        "id": current.user.id,
        "uid": current.user.uid,
        "email": current.user.email,
    }}));
    for (name, value) in identity.values(&current.user) {
        if let Ok(value) = HeaderValue::from_str(&value) {
            response.headers_mut().insert(name, value);
        }
    }
    Ok(response)
}

/// The awc client for upstream requests (one per worker).
pub fn client(gateway: &GatewaySettings) -> awc::Client {
    awc::Client::builder()
        .timeout(gateway.timeout.0.max(Duration::from_millis(1)))
        .disable_redirects()
        .finish()
}

/// Static files with `index.html` for any other GET (client-side routes). actix-files refuses
/// paths that leave the directory.
pub fn static_files(dir: &std::path::Path) -> actix_files::Files {
    let index = dir.join("index.html");
    actix_files::Files::new("/", dir)
        .index_file("index.html")
        .prefer_utf8(true)
        .default_handler(web::to(move |req: HttpRequest| {
            let index = index.clone();
            async move {
                if req.method() != actix_web::http::Method::GET
                    && req.method() != actix_web::http::Method::HEAD
                {
                    return Err(ApiError::NotFound);
                }
                let file = actix_files::NamedFile::open_async(&index)
                    .await
                    .map_err(|_| ApiError::NotFound)?;
                Ok(file.into_response(&req))
            }
        }))
}
