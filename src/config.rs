//! Settings: the embedded `config.toml` → an optional file → `TOKENAUTH__*` environment → flags.

use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The documented defaults, compiled in so that a missing file is never an error.
pub const DEFAULT_CONFIG: &str = include_str!("../config.toml");

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Settings {
    pub server: ServerSettings,
    pub database: DatabaseSettings,
    pub auth: AuthSettings,
    pub mail: MailSettings,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ServerSettings {
    #[serde(deserialize_with = "socket_address")]
    pub bind: SocketAddr,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct DatabaseSettings {
    pub path: PathBuf,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct AuthSettings {
    #[serde(deserialize_with = "mount_path")]
    pub mount_path: String,
    pub change_headers_on_each_request: bool,
    pub token_lifespan: HumanDuration,
    pub batch_request_buffer_throttle: HumanDuration,
    #[serde(deserialize_with = "device_cap")]
    pub max_number_of_devices: usize,
    #[serde(deserialize_with = "bcrypt_cost")]
    pub password_cost: u32,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct MailSettings {
    pub delivery: MailDelivery,
    pub outbox_dir: PathBuf,
    pub from: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MailDelivery {
    Outbox,
    Log,
}

/// Values given on the command line; they win over every other source.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub bind: Option<String>,
    pub database: Option<PathBuf>,
}

/// The settings plus what the loader noticed but did not reject.
#[derive(Debug)]
pub struct Loaded {
    pub settings: Settings,
    pub unknown_keys: Vec<String>,
}

impl Settings {
    /// Loads the layered configuration. Errors name the offending key and the expected form.
    pub fn load(file: Option<&Path>, overrides: &Overrides) -> anyhow::Result<Loaded> {
        let mut builder = config::Config::builder().add_source(config::File::from_str(
            DEFAULT_CONFIG,
            config::FileFormat::Toml,
        ));
        if let Some(file) = file {
            if !file.exists() {
                anyhow::bail!("config file {} does not exist", file.display());
            }
            builder = builder.add_source(
                config::File::from(file.to_path_buf()).format(config::FileFormat::Toml),
            );
        }
        builder = builder.add_source(
            config::Environment::with_prefix("TOKENAUTH")
                .prefix_separator("__")
                .separator("__")
                .try_parsing(true),
        );
        if let Some(bind) = &overrides.bind {
            builder = builder.set_override("server.bind", bind.as_str())?;
        }
        if let Some(path) = &overrides.database {
            builder = builder.set_override("database.path", path.to_string_lossy().as_ref())?;
        }
        let raw = builder
            .build()
            .map_err(|e| anyhow::anyhow!("invalid configuration: {e}"))?;
        let mut unknown_keys = Vec::new();
        let settings: Settings = serde_ignored::deserialize(raw, |path| {
            unknown_keys.push(path.to_string());
        })
        .map_err(|e| anyhow::anyhow!("invalid configuration: {e}"))?;
        Ok(Loaded {
            settings,
            unknown_keys,
        })
    }

    /// The defaults alone, as `tokenauth serve` without a file would use them.
    pub fn defaults() -> Settings {
        Self::from_toml(DEFAULT_CONFIG).expect("the embedded config.toml is valid")
    }

    /// Parses one TOML document on top of nothing (used for the defaults).
    fn from_toml(text: &str) -> anyhow::Result<Settings> {
        let raw = config::Config::builder()
            .add_source(config::File::from_str(text, config::FileFormat::Toml))
            .build()?;
        Ok(raw.try_deserialize()?)
    }
}

/// The effective settings as a TOML document that `--config` accepts.
pub fn render(settings: &Settings) -> String {
    toml::to_string(settings).unwrap_or_else(|e| format!("# cannot render the settings: {e}"))
}

/// A duration written for people: "2 weeks", "5 seconds", "90s", "1h 30m" or plain seconds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct HumanDuration(pub Duration);

impl fmt::Debug for HumanDuration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}s", self.0.as_secs())
    }
}

impl HumanDuration {
    pub const EXPECTED: &'static str =
        "a duration such as \"2 weeks\", \"5 seconds\", \"90s\" or \"1h 30m\"";

    pub fn parse(text: &str) -> Option<Duration> {
        let mut total: u64 = 0;
        let mut rest = text.trim();
        if rest.is_empty() {
            return None;
        }
        while !rest.is_empty() {
            let digits = rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len());
            if digits == 0 {
                return None;
            }
            let number: u64 = rest[..digits].parse().ok()?;
            rest = rest[digits..].trim_start();
            let unit_len = rest
                .find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(rest.len());
            let unit = &rest[..unit_len];
            rest = rest[unit_len..].trim_start_matches([' ', ',']);
            let seconds_per_unit = match unit.to_ascii_lowercase().as_str() {
                "" | "s" | "sec" | "secs" | "second" | "seconds" => 1,
                "m" | "min" | "mins" | "minute" | "minutes" => 60,
                "h" | "hr" | "hrs" | "hour" | "hours" => 3_600,
                "d" | "day" | "days" => 86_400,
                "w" | "week" | "weeks" => 604_800,
                _ => return None,
            };
            total = total.checked_add(number.checked_mul(seconds_per_unit)?)?;
        }
        Some(Duration::from_secs(total))
    }
}

impl Serialize for HumanDuration {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&format!("{} seconds", self.0.as_secs()))
    }
}

impl<'de> Deserialize<'de> for HumanDuration {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Seconds(u64),
            Text(String),
        }
        match Raw::deserialize(deserializer)? {
            Raw::Seconds(seconds) => Ok(HumanDuration(Duration::from_secs(seconds))),
            Raw::Text(text) => HumanDuration::parse(&text)
                .map(HumanDuration)
                .ok_or_else(|| {
                    serde::de::Error::custom(format!("{text:?} is not {}", HumanDuration::EXPECTED))
                }),
        }
    }
}

fn mount_path<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let raw = String::deserialize(deserializer)?;
    let trimmed = raw.trim().trim_end_matches('/');
    let valid = trimmed.is_empty()
        || (trimmed.starts_with('/')
            && trimmed
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "/-_.~".contains(c)));
    if !valid {
        return Err(serde::de::Error::custom(format!(
            "mount_path {raw:?} must be a URL path such as \"/auth\" or \"/api/v1/auth\""
        )));
    }
    Ok(trimmed.to_string())
}

fn socket_address<'de, D: Deserializer<'de>>(deserializer: D) -> Result<SocketAddr, D::Error> {
    let raw = String::deserialize(deserializer)?;
    raw.trim().parse().map_err(|_| {
        serde::de::Error::custom(format!(
            "{raw:?} is not an address and port such as \"127.0.0.1:3000\" or \"0.0.0.0:8080\""
        ))
    })
}

fn device_cap<'de, D: Deserializer<'de>>(deserializer: D) -> Result<usize, D::Error> {
    let cap = usize::deserialize(deserializer)?;
    if cap == 0 {
        return Err(serde::de::Error::custom(
            "max_number_of_devices must be at least 1",
        ));
    }
    Ok(cap)
}

fn bcrypt_cost<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    let cost = u32::deserialize(deserializer)?;
    if !(4..=31).contains(&cost) {
        return Err(serde::de::Error::custom(format!(
            "password_cost {cost} must be between 4 and 31"
        )));
    }
    Ok(cost)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_durations() {
        let cases = [
            ("2 weeks", 1_209_600),
            ("5 seconds", 5),
            ("90s", 90),
            ("1h 30m", 5_400),
            ("1 day, 2 hours", 93_600),
            ("42", 42),
        ];
        for (text, seconds) in cases {
            assert_eq!(
                HumanDuration::parse(text),
                Some(Duration::from_secs(seconds)),
                "{text}"
            );
        }
        for bad in ["", "weeks", "2 fortnights", "-5s", "1.5h"] {
            assert_eq!(HumanDuration::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn embedded_defaults_are_the_workshop_settings() {
        let s = Settings::defaults();
        assert_eq!(s.server.bind.to_string(), "127.0.0.1:3000");
        assert_eq!(s.database.path, PathBuf::from("tokenauth.db"));
        assert_eq!(s.auth.mount_path, "/auth");
        assert!(!s.auth.change_headers_on_each_request);
        assert_eq!(s.auth.token_lifespan.0, Duration::from_secs(14 * 86_400));
        assert_eq!(
            s.auth.batch_request_buffer_throttle.0,
            Duration::from_secs(5)
        );
        assert_eq!(s.auth.max_number_of_devices, 10);
        assert_eq!(s.auth.password_cost, 12);
        assert_eq!(s.mail.delivery, MailDelivery::Outbox);
    }
}
