//! The welcome page at `/`: what this server is, its routes and effective settings, and a small
//! form that shows the protocol working. Every value is HTML-escaped; the script writes with
//! `textContent`; a strict CSP allows only this page's own script and style.

use actix_web::http::header::{CONTENT_TYPE, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, web};

use crate::error::ApiError;
use crate::http::escape_html;
use crate::state::AppState;

const SCRIPT: &str = include_str!("welcome/welcome.js");
const STYLE: &str = include_str!("welcome/welcome.css");
pub const SCRIPT_PATH: &str = "/_tokenauth/welcome.js";
pub const STYLE_PATH: &str = "/_tokenauth/welcome.css";

const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; \
                   img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// `/` is the served front end's `index.html` when `[static] dir` is set, else the welcome page.
pub async fn page_or_front_end(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    if let Some(dir) = &state.settings.static_files.dir {
        let index = actix_files::NamedFile::open_async(dir.join("index.html"))
            .await
            .map_err(|_| ApiError::NotFound)?;
        return Ok(index.into_response(&req));
    }
    page(state).await
}

/// Browsers ask for `/favicon.ico` on every page: the served front end's icon if it has one,
/// else 204 — "nothing" is a better answer than an error in the console.
pub async fn favicon(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    if let Some(dir) = &state.settings.static_files.dir
        && let Ok(icon) = actix_files::NamedFile::open_async(dir.join("favicon.ico")).await
    {
        return icon.into_response(&req);
    }
    HttpResponse::NoContent().finish()
}

pub async fn page(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    if !state.settings.ui.welcome_page {
        return Err(ApiError::NotFound);
    }
    Ok(HttpResponse::Ok()
        .insert_header((
            CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        ))
        .insert_header(("content-security-policy", CSP))
        .body(render(&state)))
}

pub async fn script(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    asset(&state, SCRIPT, "text/javascript; charset=utf-8")
}

pub async fn style(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    asset(&state, STYLE, "text/css; charset=utf-8")
}

fn asset(
    state: &AppState,
    body: &'static str,
    content_type: &'static str,
) -> Result<HttpResponse, ApiError> {
    if !state.settings.ui.welcome_page {
        return Err(ApiError::NotFound);
    }
    Ok(HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, HeaderValue::from_static(content_type)))
        .insert_header(("cache-control", "public, max-age=300"))
        .body(body))
}

fn row(cells: &[&str]) -> String {
    let cells: String = cells
        .iter()
        .map(|c| format!("<td>{}</td>", escape_html(c)))
        .collect();
    format!("<tr>{cells}</tr>")
}

fn render(state: &AppState) -> String {
    let auth = &state.settings.auth;
    let mount = &auth.mount_path;
    let routes = [
        (
            "POST",
            "",
            "Sign up: email, password, password_confirmation",
        ),
        (
            "POST",
            "/sign_in",
            "Sign in: email, password → credentials in headers",
        ),
        ("GET", "/validate_token", "Check credentials, get the user"),
        ("DELETE", "/sign_out", "End this session"),
        ("PUT", "", "Update email or password"),
        ("DELETE", "", "Delete the account"),
        (
            "POST",
            "/password",
            "Request a password-reset email: email, redirect_url",
        ),
        ("GET", "/password/edit", "The reset link in the email"),
        (
            "PUT",
            "/password",
            "Set a new password: password, password_confirmation",
        ),
        ("POST", "/confirmation", "Resend the confirmation email"),
        ("GET", "/confirmation", "The confirmation link in the email"),
        ("POST", "/unlock", "Request an unlock email"),
        ("GET", "/unlock", "The unlock link in the email"),
        (
            "GET",
            "/forward",
            "Forward auth for nginx, Caddy, Traefik: 200 + identity, or 401",
        ),
    ];
    let route_rows: String = routes
        .iter()
        .map(|(method, path, what)| row(&[method, &format!("{mount}{path}"), what]))
        .collect();
    let whitelist = match &auth.redirect_whitelist {
        Some(list) => list.join(", "),
        None => "(any URL)".into(),
    };
    let settings = [
        (
            "change_headers_on_each_request",
            auth.change_headers_on_each_request.to_string(),
        ),
        (
            "token_lifespan",
            format!("{} seconds", auth.token_lifespan.0.as_secs()),
        ),
        (
            "batch_request_buffer_throttle",
            format!("{} seconds", auth.batch_request_buffer_throttle.0.as_secs()),
        ),
        (
            "max_number_of_devices",
            auth.max_number_of_devices.to_string(),
        ),
        ("confirmable", auth.confirmable.to_string()),
        ("lockable", auth.lockable.to_string()),
        ("paranoid", auth.paranoid.to_string()),
        ("redirect_whitelist", whitelist),
        (
            "cors.allowed_origins",
            state.settings.cors.allowed_origins.join(", "),
        ),
    ];
    let setting_rows: String = settings
        .iter()
        .map(|(key, value)| row(&[key, value]))
        .collect();
    let mount_attr = escape_html(mount);
    let api = escape_html(&format!("{}{mount}", state.public_url));
    let version = env!("CARGO_PKG_VERSION");
    format!(
        r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tokenauth</title>
<link rel="stylesheet" href="{STYLE_PATH}">
</head>
<body data-mount="{mount_attr}">
<main>
<header>
<h1>tokenauth {version}</h1>
<p>The token-authentication API of devise_token_auth, served from one binary and an SQLite file.
Point a front end written for the gem (j-toker, angular-token, redux-token-auth, vue-auth, plain fetch) at <code>{api}</code>.</p>
</header>
<section id="try">
<h2>Try it</h2>
<form id="credentials-form" autocomplete="off">
<label>Email <input id="email" type="email" value="student@example.com"></label>
<label>Password <input id="password" type="password" value="secret123"></label>
<button id="sign-up">Sign up</button>
<button id="sign-in">Sign in</button>
<button id="validate" class="secondary">Validate token</button>
<button id="sign-out" class="secondary">Sign out</button>
</form>
<h3>Stored credentials</h3>
<pre id="stored"></pre>
<div class="columns">
<div><h3>Request</h3><pre id="request"></pre></div>
<div><h3>Response <span id="status"></span></h3><pre id="response"></pre></div>
</div>
</section>
<section>
<h2>Routes</h2>
<table><tr><th>Method</th><th>Path</th><th>What it does</th></tr>{route_rows}</table>
</section>
<section>
<h2>Settings in effect</h2>
<table>{setting_rows}</table>
</section>
<section>
<h2>From your front end</h2>
<pre>const res = await fetch("{api}/sign_in", {{
  method: "POST",
  headers: {{ "Content-Type": "application/json" }},
  body: JSON.stringify({{ email, password }}),
}});
// Keep these five and send access-token, client and uid back on every request.
const creds = Object.fromEntries(
  ["access-token", "token-type", "client", "expiry", "uid"].map((h) =&gt; [h, res.headers.get(h)]));</pre>
</section>
</main>
<script src="{SCRIPT_PATH}"></script>
</body>
</html>
"#
    )
}
