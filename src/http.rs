//! Request and response plumbing shared by all routes: merged parameters, JSON responses.

use std::collections::HashMap;

use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::http::header::{CONTENT_LENGTH, CONTENT_TYPE, HeaderValue};
use actix_web::{FromRequest, HttpMessage, HttpRequest, HttpResponse};
use futures_util::StreamExt;
use serde::Serialize;
use serde_json::Value;

use crate::error::ApiError;

/// Largest request body accepted; every documented request is far smaller.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// `application/json; charset=utf-8`, as Rails sends it.
pub fn json_response(status: StatusCode, body: &impl Serialize) -> HttpResponse {
    let bytes = serde_json::to_vec(body).expect("serializing a response body cannot fail");
    HttpResponse::build(status)
        .insert_header((
            CONTENT_TYPE,
            HeaderValue::from_static("application/json; charset=utf-8"),
        ))
        .body(bytes)
}

pub fn ok_json(body: &impl Serialize) -> HttpResponse {
    json_response(StatusCode::OK, body)
}

/// The request's parameters as Rails merges them (PROTOCOL.md 2.1): the body (JSON or
/// urlencoded form), overridden by the query string. Only top-level scalar values count: arrays and
/// objects are dropped as Rails' strong parameters drop them; numbers and booleans become their
/// text; `null` is present but has no value.
#[derive(Debug, Default, Clone)]
pub struct Params {
    values: HashMap<String, Option<String>>,
}

/// Parameters that, when absent, are taken from a request header of the same name (the gem's
/// quirk, PROTOCOL.md 2.1: sign-in with `email` and `password` headers works).
const HEADER_FALLBACK: [&str; 4] = [
    "email",
    "password",
    "password_confirmation",
    "current_password",
];

impl Params {
    /// The value of `key` if present and not null.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.values.get(key)?.as_deref()
    }

    /// Whether `key` was sent at all, even as `null`.
    pub fn contains(&self, key: &str) -> bool {
        self.values.contains_key(key)
    }

    /// Parameters from the query string alone (for extractors that must not consume the body).
    pub fn from_query(req: &HttpRequest) -> Params {
        let mut params = Params::default();
        params.merge_form(req.query_string().as_bytes());
        params
    }

    fn merge_form(&mut self, form: &[u8]) {
        for (key, value) in form_urlencoded::parse(form) {
            self.values
                .insert(key.into_owned(), Some(value.into_owned()));
        }
    }

    fn merge_json(&mut self, object: serde_json::Map<String, Value>) {
        for (key, value) in object {
            let value = match value {
                Value::Null => None,
                Value::String(s) => Some(s),
                Value::Bool(b) => Some(b.to_string()),
                Value::Number(n) => Some(n.to_string()),
                Value::Array(_) | Value::Object(_) => continue,
            };
            self.values.insert(key, value);
        }
    }

    /// Parses a request body by its (lower-case) content type: JSON or urlencoded form. A blank
    /// body is no parameters, whatever its type.
    pub fn from_body(content_type: &str, body: &[u8]) -> Result<Params, ApiError> {
        let mut params = Params::default();
        if body.iter().all(u8::is_ascii_whitespace) {
            return Ok(params);
        }
        let text = std::str::from_utf8(body)
            .map_err(|_| ApiError::bad_request("The request body is not valid UTF-8."))?;
        let is_json = content_type == "application/json"
            || content_type.ends_with("+json")
            || (content_type.is_empty() && text.trim_start().starts_with('{'));
        if is_json {
            match serde_json::from_str::<Value>(text) {
                Ok(Value::Object(object)) => params.merge_json(object),
                Ok(_) => {
                    return Err(ApiError::bad_request(
                        "The JSON request body must be an object, such as {\"email\":\"…\"}.",
                    ));
                }
                Err(e) => {
                    return Err(ApiError::bad_request(format!(
                        "The request body is not valid JSON ({e})."
                    )));
                }
            }
        } else if content_type == "application/x-www-form-urlencoded" || content_type.is_empty() {
            params.merge_form(text.as_bytes());
        } else {
            return Err(ApiError::simple(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                format!(
                    "Unsupported Content-Type '{content_type}'. Send application/json or application/x-www-form-urlencoded."
                ),
            ));
        }
        Ok(params)
    }

    async fn extract(req: HttpRequest, mut payload: Payload) -> Result<Params, ApiError> {
        let declared = req
            .headers()
            .get(CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<usize>().ok());
        if declared.is_some_and(|n| n > MAX_BODY_BYTES) {
            return Err(body_too_large());
        }
        let mut body = Vec::new();
        while let Some(chunk) = payload.next().await {
            let chunk = chunk.map_err(|e| {
                ApiError::bad_request(format!("Could not read the request body: {e}."))
            })?;
            if body.len() + chunk.len() > MAX_BODY_BYTES {
                return Err(body_too_large());
            }
            body.extend_from_slice(&chunk);
        }

        let mut params = Params::from_body(&req.content_type().to_ascii_lowercase(), &body)?;
        params.merge_form(req.query_string().as_bytes());
        for name in HEADER_FALLBACK {
            if !params.contains(name)
                && let Some(value) = header_text(&req, name)
            {
                params.values.insert(name.to_string(), Some(value));
            }
        }
        Ok(params)
    }
}

fn body_too_large() -> ApiError {
    ApiError::simple(
        StatusCode::PAYLOAD_TOO_LARGE,
        format!("The request body is larger than {MAX_BODY_BYTES} bytes."),
    )
}

impl FromRequest for Params {
    type Error = ApiError;
    type Future = futures_util::future::LocalBoxFuture<'static, Result<Params, ApiError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        Box::pin(Params::extract(req.clone(), payload.take()))
    }
}

/// A request header as text, if it is valid UTF-8.
pub fn header_text(req: &HttpRequest, name: &str) -> Option<String> {
    let value = req.headers().get(name)?;
    std::str::from_utf8(value.as_bytes())
        .ok()
        .map(str::to_string)
}

/// The client's IP address as Devise's trackable records it.
///
/// The connection's peer, unless the peer is a trusted proxy: then the rightmost address in
/// `X-Forwarded-For` that is not itself a trusted proxy (addresses further left are whatever the
/// client claimed).
pub fn client_ip(req: &HttpRequest) -> Option<std::net::IpAddr> {
    let peer = req.peer_addr()?.ip();
    let state = req.app_data::<actix_web::web::Data<crate::state::AppState>>();
    let trusted: &[std::net::IpAddr] =
        state.map_or(&[], |state| &state.settings.server.trusted_proxies);
    if !trusted.contains(&peer) {
        return Some(peer);
    }
    let forwarded: Vec<std::net::IpAddr> = req
        .headers()
        .get_all("x-forwarded-for")
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|part| part.trim().parse().ok())
        .collect();
    Some(
        forwarded
            .iter()
            .rev()
            .find(|ip| !trusted.contains(ip))
            .or(forwarded.first())
            .copied()
            .unwrap_or(peer),
    )
}

/// Middleware: Rails' caching headers (`max-age=0, private, must-revalidate` on successes,
/// `no-cache` otherwise, so no cache ever replays a response that carries tokens), basic security
/// headers, and one log line per request. The query string is never logged: it may carry tokens.
pub async fn common_headers(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    use actix_web::http::header::{
        CACHE_CONTROL, CONTENT_SECURITY_POLICY, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS,
        X_FRAME_OPTIONS,
    };

    let started = std::time::Instant::now();
    let method = req.method().clone();
    let path = req.path().to_string();
    let request_id = uuid::Uuid::new_v4().simple().to_string();
    let mut res = next.call(req).await?;
    let status = res.status();
    let headers = res.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        headers.insert(
            actix_web::http::header::HeaderName::from_static("x-request-id"),
            value,
        );
    }
    if !headers.contains_key(CACHE_CONTROL) {
        let value = if status.is_success() {
            "max-age=0, private, must-revalidate"
        } else {
            "no-cache"
        };
        headers.insert(CACHE_CONTROL, HeaderValue::from_static(value));
    }
    // tokenauth's own answers (JSON, redirects) are never meant to be framed or to load
    // anything. Pages that need more set their own policy (the welcome page); a served front end
    // or an upstream's answer keeps whatever it has.
    let own_answer = status.is_redirection()
        || headers
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("application/json"));
    if own_answer && !headers.contains_key(CONTENT_SECURITY_POLICY) {
        headers.insert(
            CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"),
        );
    }
    if own_answer || headers.contains_key(CONTENT_SECURITY_POLICY) {
        headers.insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
    if !headers.contains_key(X_CONTENT_TYPE_OPTIONS) {
        headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    }
    headers.insert(
        REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    tracing::info!(
        target: "tokenauth::request",
        %method,
        %path,
        status = status.as_u16(),
        duration_ms = started.elapsed().as_secs_f64() * 1000.0,
        request_id = %request_id,
        "request"
    );
    Ok(res)
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// A 302 as Rails renders it: `Location` plus a tiny HTML body linking to it.
pub fn redirect(url: &str) -> HttpResponse {
    // Non-ASCII characters travel percent-encoded; controls never get here (see domain::redirect).
    let location =
        percent_encoding::utf8_percent_encode(url, percent_encoding::CONTROLS).to_string();
    HttpResponse::Found()
        .insert_header((actix_web::http::header::LOCATION, location.clone()))
        .insert_header((
            CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        ))
        .body(format!(
            "<html><body>You are being <a href=\"{}\">redirected</a>.</body></html>",
            escape_html(&location)
        ))
}
