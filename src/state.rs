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
}
