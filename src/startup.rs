//! Builds the application: binds its listener first (port 0 works), then serves.

use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use actix_cors::Cors;
use actix_web::dev::Server;
use actix_web::middleware::from_fn;
use actix_web::{App, HttpServer, web};
use anyhow::Context;

use crate::auth::{TokenPolicy, write_auth_headers};
use crate::clock::{Clock, SystemClock};
use crate::config::{CorsSettings, Settings};
use crate::domain::redirect::matches_pattern;
use crate::gateway::{self, IdentityHeaders};
use crate::http::common_headers;
use crate::mail::Mailer;
use crate::state::AppState;
use crate::store::{self, sessions};

/// How often expired sessions of all users are deleted.
const SWEEP_INTERVAL: Duration = Duration::from_secs(10 * 60);

pub struct Application {
    port: u16,
    server: Server,
    state: web::Data<AppState>,
}

/// Routes an embedding program adds next to tokenauth's own (see `examples/protected_api.rs`).
pub type ExtraRoutes = Arc<dyn Fn(&mut web::ServiceConfig) + Send + Sync>;

/// What `Application::build_with` can change besides the settings.
#[derive(Clone)]
pub struct Options {
    pub clock: Arc<dyn Clock>,
    pub extra_routes: Option<ExtraRoutes>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            clock: Arc::new(SystemClock),
            extra_routes: None,
        }
    }
}

impl Application {
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        Self::build_with(settings, Options::default()).await
    }

    pub async fn build_with(settings: Settings, options: Options) -> anyhow::Result<Self> {
        let Options {
            clock,
            extra_routes,
        } = options;
        let db = store::open(&settings.database.path)?;
        let mailer = Mailer::new(&settings.mail)?;
        mailer.prepare()?;
        let listener = TcpListener::bind(settings.server.bind).with_context(|| {
            format!(
                "cannot listen on {} (is another server using that port?)",
                settings.server.bind
            )
        })?;
        let port = listener.local_addr()?.port();
        let public_url = settings.server.public_url(port);
        let state = web::Data::new(AppState {
            public_url,
            rate_limits: crate::limits::RateLimits::new(&settings.rate_limits),
            db,
            policy: TokenPolicy::from_settings(&settings.auth),
            settings: Arc::new(settings),
            mailer,
            clock,
            rotation_lock: Default::default(),
        });
        let identity = web::Data::new(IdentityHeaders::from_settings(&state.settings.gateway)?);
        if let Some(dir) = &state.settings.static_files.dir
            && !dir.join("index.html").is_file()
        {
            anyhow::bail!(
                "static.dir {} has no index.html (set it to the folder of a built front end)",
                dir.display()
            );
        }
        let app_state = state.clone();
        let server = HttpServer::new(move || {
            let mount_path = app_state.settings.auth.mount_path.clone();
            let extra_routes = extra_routes.clone();
            let settings = app_state.settings.clone();
            App::new()
                .app_data(app_state.clone())
                .app_data(identity.clone())
                .app_data(web::Data::new(gateway::client(&settings.gateway)))
                .wrap(from_fn(write_auth_headers))
                .wrap(from_fn(common_headers))
                // Outermost, so that preflight requests are answered before anything else.
                .wrap(cors(&app_state.settings.cors))
                .configure(|cfg| crate::routes::configure(&mount_path)(cfg))
                .configure(|cfg| {
                    if let Some(extra_routes) = &extra_routes {
                        extra_routes(cfg);
                    }
                })
                .configure(|cfg| gateway::configure(cfg, &settings.gateway))
                .configure(|cfg| {
                    // Last: the front end gets every path nothing else claimed.
                    if let Some(dir) = &settings.static_files.dir {
                        cfg.service(gateway::static_files(dir));
                    }
                })
                .default_service(web::to(crate::routes::not_found))
        })
        .listen(listener)?
        .shutdown_timeout(10)
        .run();
        Ok(Application {
            port,
            server,
            state,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Serves until the server is stopped (SIGINT/SIGTERM finish the requests in flight).
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let sweeper = tokio::spawn(sweep_expired_sessions(self.state.clone()));
        let result = self.server.await;
        sweeper.abort();
        result
    }
}

/// CORS for browser front ends: the configured origins, any method the API uses, any request
/// header, and the auth headers exposed — the gem's most common support question is an
/// `access-token` header the browser hides.
fn cors(settings: &CorsSettings) -> Cors {
    let patterns = settings.allowed_origins.clone();
    Cors::default()
        .allowed_origin_fn(move |origin, request| {
            let Ok(origin) = origin.to_str() else {
                return false;
            };
            // Same-origin requests (the welcome page, a served front end) always pass, whatever
            // host name the server is reached by.
            let host = request.headers().get("host").and_then(|h| h.to_str().ok());
            let same_origin = host.is_some_and(|host| {
                origin
                    .strip_prefix("http://")
                    .or_else(|| origin.strip_prefix("https://"))
                    == Some(host)
            });
            same_origin || patterns.iter().any(|p| matches_pattern(p, origin))
        })
        .allowed_methods(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"])
        .allow_any_header()
        .expose_headers(EXPOSED_HEADERS)
        .supports_credentials()
        .max_age(3600)
}

/// The response headers a browser script may read.
pub const EXPOSED_HEADERS: [&str; 7] = [
    "access-token",
    "token-type",
    "client",
    "expiry",
    "uid",
    "authorization",
    "x-request-id",
];

/// Deletes expired sessions periodically so that the table cannot grow without bound.
async fn sweep_expired_sessions(state: web::Data<AppState>) {
    let mut interval = tokio::time::interval(SWEEP_INTERVAL);
    loop {
        interval.tick().await;
        state.rate_limits.forget_idle_clients();
        let db = state.db.clone();
        let now = state.clock.now();
        let swept = web::block(move || -> anyhow::Result<usize> {
            Ok(sessions::delete_expired(&*db.get()?, now)?)
        })
        .await;
        match swept {
            Ok(Ok(0)) => {}
            Ok(Ok(n)) => tracing::info!(sessions = n, "removed expired sessions"),
            Ok(Err(e)) => tracing::warn!(error = format!("{e:#}"), "expired-session sweep failed"),
            Err(e) => tracing::warn!(error = %e, "expired-session sweep failed"),
        }
    }
}
