//! Everything a handler needs, passed as `web::Data<AppState>`; no globals.

use std::sync::Arc;

use crate::auth::TokenPolicy;
use crate::clock::Clock;
use crate::config::Settings;
use crate::mail::Mailer;
use crate::store::Db;

pub struct AppState {
    pub db: Db,
    pub settings: Arc<Settings>,
    pub policy: TokenPolicy,
    pub mailer: Mailer,
    pub clock: Arc<dyn Clock>,
    /// Base URL of this server for links in emails (`server.public_url`, or derived from the
    /// bound address).
    pub public_url: String,
    pub rate_limits: crate::limits::RateLimits,
    /// Serializes this server's token rotations (see `auth::authenticate`).
    pub rotation_lock: Arc<std::sync::Mutex<()>>,
}

impl AppState {
    /// An absolute URL of one of this server's routes under the mount path, with a sorted query.
    pub fn api_url(&self, path: &str, params: &[(&str, &str)]) -> String {
        format!(
            "{}{}{path}?{}",
            self.public_url,
            self.settings.auth.mount_path,
            crate::domain::redirect::sorted_query(params)
        )
    }

    /// Delivers a message from a blocking context, logging a failure.
    pub fn send_mail(&self, message: &crate::mail::Message) -> anyhow::Result<()> {
        self.mailer
            .send(message, self.clock.now())
            .map(|_| ())
            .inspect_err(|e| tracing::error!(to = %message.to, error = format!("{e:#}"), "sending mail failed"))
    }
}
