//! All SQL lives here. The store knows SQLite, not HTTP.

pub mod pool;
pub mod sessions;
pub mod users;

pub use pool::{Db, SCHEMA_VERSION, open};

use chrono::{DateTime, SecondsFormat, Utc};

/// How TEXT timestamp columns are written: ISO-8601 UTC with milliseconds, as the gem's JSON
/// shows them.
pub fn format_time(time: DateTime<Utc>) -> String {
    time.to_rfc3339_opts(SecondsFormat::Millis, true)
}

pub fn parse_time(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}
