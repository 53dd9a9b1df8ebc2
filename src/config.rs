//! Settings: the embedded `config.toml` → an optional file → `TOKENAUTH__*` environment → flags.

use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The documented defaults, compiled in so that a missing file is never an error.
pub const DEFAULT_CONFIG: &str = include_str!("../config.toml");

/// Text keys whose environment value must never be parsed as a number or boolean.
const VERBATIM_ENV_KEYS: [&str; 2] = ["mail.smtp_username", "mail.smtp_password"];

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Settings {
    pub server: ServerSettings,
    pub database: DatabaseSettings,
    pub auth: AuthSettings,
    pub mail: MailSettings,
    pub log: LogSettings,
    pub cors: CorsSettings,
    pub ui: UiSettings,
    pub rate_limits: crate::limits::RateLimitSettings,
    pub gateway: GatewaySettings,
    #[serde(rename = "static")]
    pub static_files: StaticSettings,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GatewaySettings {
    /// How long an upstream may take to answer.
    pub timeout: HumanDuration,
    /// The identity headers sent to upstreams and by the forward-auth endpoint.
    pub user_id_header: String,
    pub uid_header: String,
    pub email_header: String,
    #[serde(default)]
    pub routes: Vec<GatewayRoute>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GatewayRoute {
    /// Requests whose path starts with this (whole segments: "/api" covers "/api/x", not
    /// "/apix") go to the upstream, path and query unchanged.
    #[serde(deserialize_with = "route_prefix")]
    pub prefix: String,
    /// Base URL of the upstream, e.g. "http://127.0.0.1:4000".
    pub upstream: String,
    #[serde(default = "GatewayAuth::required")]
    pub auth: GatewayAuth,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GatewayAuth {
    /// Only signed-in requests pass; others get the gem's 401.
    Required,
    /// Everyone passes; signed-in requests carry the identity headers.
    Optional,
}

impl GatewayAuth {
    fn required() -> Self {
        GatewayAuth::Required
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct StaticSettings {
    /// A directory with a built front end to serve at `/`; absent = none.
    #[serde(default)]
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct CorsSettings {
    /// Origin patterns (`*` = anything) that browsers may call the API from.
    pub allowed_origins: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct UiSettings {
    /// Serve the welcome page (route table, settings, a form to try the API) at `/`.
    pub welcome_page: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct LogSettings {
    /// A tracing filter: "info", "debug", "tokenauth=debug,actix_server=warn" …
    pub level: String,
    pub format: LogFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ServerSettings {
    #[serde(deserialize_with = "socket_address")]
    pub bind: SocketAddr,
    /// The URL clients and email links use to reach this server; absent = derived from `bind`.
    #[serde(default)]
    pub public_url: Option<String>,
    /// Reverse proxies whose `X-Forwarded-For` is believed (exact IP addresses).
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

impl ServerSettings {
    /// Base of the links in emails, without a trailing slash. Never taken from a request's
    /// `Host` header, which an attacker controls (reset-link poisoning).
    pub fn public_url(&self, port: u16) -> String {
        match &self.public_url {
            Some(url) => url.trim_end_matches('/').to_string(),
            None => {
                let host = match self.bind.ip() {
                    ip if ip.is_unspecified() => "localhost".to_string(),
                    std::net::IpAddr::V6(ip) => format!("[{ip}]"),
                    ip => ip.to_string(),
                };
                format!("http://{host}:{port}")
            }
        }
    }
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
    /// Hide whether an account exists in every flow (Devise `paranoid`).
    pub paranoid: bool,
    /// Patterns (`*` = anything) a redirect URL must match as a whole; absent = no check.
    #[serde(default)]
    pub redirect_whitelist: Option<Vec<String>>,
    #[serde(default)]
    pub default_confirm_success_url: Option<String>,
    #[serde(default)]
    pub default_password_reset_url: Option<String>,
    pub check_current_password_before_update: CurrentPasswordCheck,
    pub remove_tokens_after_password_reset: bool,
    pub require_client_password_reset_token: bool,
    pub reset_password_within: HumanDuration,
    /// Accounts must confirm their email before signing in.
    pub confirmable: bool,
    /// How long a confirmation link stays valid; absent = forever.
    #[serde(default)]
    pub confirm_within: Option<HumanDuration>,
    /// With `confirmable`: an email change waits in `unconfirmed_email` until confirmed.
    pub send_confirmation_email: bool,
    /// Lock accounts after `maximum_attempts` wrong passwords.
    pub lockable: bool,
    pub lock_strategy: LockStrategy,
    pub unlock_strategy: UnlockStrategy,
    pub maximum_attempts: u32,
    pub unlock_in: HumanDuration,
    pub last_attempt_warning: bool,
    /// Where the unlock link finally redirects; absent = the server's own `/`.
    #[serde(default)]
    pub unlock_redirect_url: Option<String>,
}

/// `check_current_password_before_update`: `false`, `"attributes"` or `"password"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CurrentPasswordCheck {
    Never,
    Attributes,
    Password,
}

impl<'de> Deserialize<'de> for CurrentPasswordCheck {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Flag(bool),
            Text(String),
        }
        match Raw::deserialize(deserializer)? {
            Raw::Flag(false) => Ok(CurrentPasswordCheck::Never),
            Raw::Text(t) if t == "false" => Ok(CurrentPasswordCheck::Never),
            Raw::Text(t) if t == "attributes" => Ok(CurrentPasswordCheck::Attributes),
            Raw::Text(t) if t == "password" => Ok(CurrentPasswordCheck::Password),
            _ => Err(serde::de::Error::custom(
                "expected false, \"attributes\" or \"password\"",
            )),
        }
    }
}

impl Serialize for CurrentPasswordCheck {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            CurrentPasswordCheck::Never => serializer.serialize_bool(false),
            CurrentPasswordCheck::Attributes => serializer.serialize_str("attributes"),
            CurrentPasswordCheck::Password => serializer.serialize_str("password"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LockStrategy {
    FailedAttempts,
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnlockStrategy {
    Email,
    Time,
    Both,
    None,
}

impl UnlockStrategy {
    pub fn by_email(self) -> bool {
        matches!(self, UnlockStrategy::Email | UnlockStrategy::Both)
    }

    pub fn by_time(self) -> bool {
        matches!(self, UnlockStrategy::Time | UnlockStrategy::Both)
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct MailSettings {
    pub delivery: MailDelivery,
    pub outbox_dir: PathBuf,
    pub from: String,
    pub smtp_host: String,
    pub smtp_port: u16,
    pub smtp_username: String,
    pub smtp_password: Secret,
    pub smtp_encryption: SmtpEncryption,
    pub smtp_timeout: HumanDuration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MailDelivery {
    Outbox,
    Log,
    Smtp,
}

/// How the connection to the SMTP server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SmtpEncryption {
    /// Plain text: only for a relay on the same machine or a test server.
    None,
    /// Connect in plain text, then upgrade with STARTTLS; refuses to continue without it.
    Starttls,
    /// TLS from the first byte ("SMTPS", usually port 465).
    Tls,
}

impl fmt::Display for SmtpEncryption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SmtpEncryption::None => "none",
            SmtpEncryption::Starttls => "starttls",
            SmtpEncryption::Tls => "tls",
        })
    }
}

/// A value that must never be shown: Debug and Serialize (so `print-config` and logs) write
/// "[redacted]" unless it is empty, so that an unset secret still reads as unset.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub const REDACTED: &'static str = "[redacted]";

    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The secret itself, for the one place that needs it (e.g. SMTP authentication).
    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn shown(&self) -> &'static str {
        if self.0.is_empty() {
            ""
        } else {
            Self::REDACTED
        }
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.shown())
    }
}

impl Serialize for Secret {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.shown())
    }
}

impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Secret)
    }
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
    /// For every key some layer set: "default", "file <path>", "environment" or "flag --…".
    pub origins: std::collections::BTreeMap<String, String>,
}

impl Settings {
    /// Loads the layered configuration. Errors name the offending key and the expected form.
    pub fn load(file: Option<&Path>, overrides: &Overrides) -> anyhow::Result<Loaded> {
        use config::Source;

        // Each layer is also collected on its own, to tell where every value came from.
        let mut origins = std::collections::BTreeMap::new();
        let mut record = |source: &dyn Source, label: &str| -> anyhow::Result<()> {
            let mut keys = Vec::new();
            flatten_keys("", &source.collect()?, &mut keys);
            for key in keys {
                origins.insert(key, label.to_string());
            }
            Ok(())
        };
        let defaults = config::File::from_str(DEFAULT_CONFIG, config::FileFormat::Toml);
        record(&defaults, "default")?;
        let mut builder = config::Config::builder().add_source(defaults);
        if let Some(file) = file {
            if !file.exists() {
                anyhow::bail!("config file {} does not exist", file.display());
            }
            let source = config::File::from(file.to_path_buf()).format(config::FileFormat::Toml);
            record(&source, &format!("file {}", file.display()))
                .map_err(|e| anyhow::anyhow!("invalid configuration: {e}"))?;
            builder = builder.add_source(source);
        }
        let environment = config::Environment::with_prefix("TOKENAUTH")
            .prefix_separator("__")
            .separator("__")
            .try_parsing(true)
            .list_separator(",")
            .with_list_parse_key("auth.redirect_whitelist")
            .with_list_parse_key("cors.allowed_origins")
            .with_list_parse_key("server.trusted_proxies");
        record(&environment, "environment")?;
        builder = builder.add_source(environment);
        // try_parsing would turn a password such as "0123" into the number 123; these are
        // always text, so take them from the environment verbatim.
        for key in VERBATIM_ENV_KEYS {
            let name = format!("TOKENAUTH__{}", key.replace('.', "__").to_uppercase());
            if let Some(value) = std::env::var_os(&name) {
                let value = value
                    .into_string()
                    .map_err(|_| anyhow::anyhow!("{name} is not valid UTF-8"))?;
                builder = builder.set_override(key, value)?;
            }
        }
        if let Some(bind) = &overrides.bind {
            builder = builder.set_override("server.bind", bind.as_str())?;
            origins.insert("server.bind".into(), "flag --bind".into());
        }
        if let Some(path) = &overrides.database {
            builder = builder.set_override("database.path", path.to_string_lossy().as_ref())?;
            origins.insert("database.path".into(), "flag --database".into());
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
            origins,
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

/// The effective settings as a TOML document that `--config` accepts, secrets redacted, each
/// value followed by a comment naming the layer it came from.
pub fn render(settings: &Settings, origins: &std::collections::BTreeMap<String, String>) -> String {
    let text =
        toml::to_string(settings).unwrap_or_else(|e| format!("# cannot render the settings: {e}"));
    let mut section = String::new();
    // Inside `[[…]]` entries every value comes from wherever the whole array came from.
    let mut array_origin: Option<&str> = None;
    let mut out = String::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if let Some(header) = trimmed
            .strip_prefix("[[")
            .and_then(|h| h.strip_suffix("]]"))
        {
            section = header.to_string();
            array_origin = Some(
                origins
                    .get(header)
                    .map_or("built-in default", String::as_str),
            );
        } else if let Some(header) = trimmed.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
            section = header.to_string();
            array_origin = None;
        }
        out.push_str(line);
        if let Some((key, _)) = trimmed.split_once(" = ")
            && !trimmed.starts_with('[')
        {
            let path = if section.is_empty() {
                key.to_string()
            } else {
                format!("{section}.{key}")
            };
            let origin = array_origin.unwrap_or_else(|| {
                origins
                    .get(&path)
                    .map_or("built-in default", String::as_str)
            });
            out.push_str(&format!("  # {origin}"));
        }
        out.push('\n');
    }
    out
}

/// The dotted paths of every leaf value in a collected configuration map.
fn flatten_keys(prefix: &str, map: &config::Map<String, config::Value>, out: &mut Vec<String>) {
    for (key, value) in map {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match &value.kind {
            config::ValueKind::Table(table) => flatten_keys(&path, table, out),
            _ => out.push(path),
        }
    }
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
        let seconds = self.0.as_secs();
        let (count, unit) = [
            (604_800, "week"),
            (86_400, "day"),
            (3_600, "hour"),
            (60, "minute"),
        ]
        .into_iter()
        .find(|(size, _)| seconds > 0 && seconds.is_multiple_of(*size))
        .map_or((seconds, "second"), |(size, unit)| (seconds / size, unit));
        let plural = if count == 1 { "" } else { "s" };
        serializer.serialize_str(&format!("{count} {unit}{plural}"))
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
    let valid = !trimmed.is_empty()
        && (trimmed.starts_with('/')
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

fn route_prefix<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let raw = String::deserialize(deserializer)?;
    let trimmed = raw.trim().trim_end_matches('/');
    if !trimmed.starts_with('/') || trimmed.len() < 2 {
        return Err(serde::de::Error::custom(format!(
            "gateway prefix {raw:?} must be a path such as \"/api\""
        )));
    }
    Ok(trimmed.to_string())
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
        assert_eq!(s.mail.smtp_host, "localhost");
        assert_eq!(s.mail.smtp_port, 587);
        assert_eq!(s.mail.smtp_username, "");
        assert!(s.mail.smtp_password.is_empty());
        assert_eq!(s.mail.smtp_encryption, SmtpEncryption::Starttls);
        assert_eq!(s.mail.smtp_timeout.0, Duration::from_secs(10));
    }

    #[test]
    fn secrets_are_redacted_in_debug_and_print_config() {
        let mut s = Settings::defaults();
        assert!(render(&s, &Default::default()).contains("smtp_password = \"\""));
        s.mail.smtp_password = Secret::new("hunter2");
        let rendered = render(&s, &Default::default());
        assert!(!rendered.contains("hunter2"), "{rendered}");
        assert!(
            rendered.contains("smtp_password = \"[redacted]\""),
            "{rendered}"
        );
        let debug = format!("{s:?} {:#?}", s.mail);
        assert!(!debug.contains("hunter2"), "{debug}");
        assert_eq!(s.mail.smtp_password.expose(), "hunter2");
    }
}
