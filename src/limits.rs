//! Per-client-IP rate limits on the endpoints that attackers hammer: sign-in (password
//! guessing), registration, and the three that send email (mail flooding).

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::ApiError;

/// "N per second|minute|hour|day", or "off".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate(pub Option<(u32, Duration)>);

impl Rate {
    pub const EXPECTED: &'static str =
        "a rate such as \"10 per minute\", \"5 per hour\" or \"off\"";

    pub fn parse(text: &str) -> Option<Rate> {
        let text = text.trim().to_ascii_lowercase();
        if text == "off" {
            return Some(Rate(None));
        }
        let (count, unit) = text.split_once(" per ")?;
        let count: u32 = count.trim().parse().ok().filter(|n| *n > 0)?;
        let period = match unit.trim() {
            "second" | "seconds" | "s" => 1,
            "minute" | "minutes" | "min" => 60,
            "hour" | "hours" | "h" => 3_600,
            "day" | "days" | "d" => 86_400,
            _ => return None,
        };
        Some(Rate(Some((count, Duration::from_secs(period)))))
    }

    fn quota(self) -> Option<Quota> {
        let (count, period) = self.0?;
        let burst = NonZeroU32::new(count)?;
        Quota::with_period(period / count).map(|q| q.allow_burst(burst))
    }
}

impl<'de> Deserialize<'de> for Rate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Rate::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("{text:?} is not {}", Rate::EXPECTED)))
    }
}

impl Serialize for Rate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            None => serializer.serialize_str("off"),
            Some((count, period)) => {
                let unit = match period.as_secs() {
                    1 => "second",
                    60 => "minute",
                    3_600 => "hour",
                    _ => "day",
                };
                serializer.serialize_str(&format!("{count} per {unit}"))
            }
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct RateLimitSettings {
    pub sign_in: Rate,
    pub registration: Rate,
    pub password_reset: Rate,
    pub confirmation: Rate,
    pub unlock: Rate,
}

#[derive(Debug, Clone, Copy)]
pub enum Action {
    SignIn,
    Registration,
    PasswordReset,
    Confirmation,
    Unlock,
}

/// One keyed limiter per limited action.
pub struct RateLimits {
    sign_in: Option<DefaultKeyedRateLimiter<IpAddr>>,
    registration: Option<DefaultKeyedRateLimiter<IpAddr>>,
    password_reset: Option<DefaultKeyedRateLimiter<IpAddr>>,
    confirmation: Option<DefaultKeyedRateLimiter<IpAddr>>,
    unlock: Option<DefaultKeyedRateLimiter<IpAddr>>,
}

impl RateLimits {
    pub fn new(settings: &RateLimitSettings) -> Self {
        let limiter = |rate: Rate| rate.quota().map(RateLimiter::keyed);
        RateLimits {
            sign_in: limiter(settings.sign_in),
            registration: limiter(settings.registration),
            password_reset: limiter(settings.password_reset),
            confirmation: limiter(settings.confirmation),
            unlock: limiter(settings.unlock),
        }
    }

    /// Counts one request of `ip`; a 429 with `Retry-After` once the rate is exceeded.
    pub fn check(&self, action: Action, ip: Option<IpAddr>) -> Result<(), ApiError> {
        let limiter = match action {
            Action::SignIn => &self.sign_in,
            Action::Registration => &self.registration,
            Action::PasswordReset => &self.password_reset,
            Action::Confirmation => &self.confirmation,
            Action::Unlock => &self.unlock,
        };
        let (Some(limiter), Some(ip)) = (limiter, ip) else {
            return Ok(());
        };
        limiter.check_key(&ip).map_err(|not_until| {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            ApiError::TooManyRequests {
                retry_after_secs: wait.as_secs() + u64::from(wait.subsec_nanos() > 0),
            }
        })
    }

    /// Forgets clients whose limits have fully recovered, so memory does not grow with every
    /// address ever seen.
    pub fn forget_idle_clients(&self) {
        for limiter in [
            &self.sign_in,
            &self.registration,
            &self.password_reset,
            &self.confirmation,
            &self.unlock,
        ]
        .into_iter()
        .flatten()
        {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_parse_and_print() {
        assert_eq!(
            Rate::parse("10 per minute"),
            Some(Rate(Some((10, Duration::from_secs(60)))))
        );
        assert_eq!(Rate::parse("OFF"), Some(Rate(None)));
        for bad in [
            "10/minute",
            "0 per hour",
            "ten per hour",
            "5 per fortnight",
            "",
        ] {
            assert_eq!(Rate::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_burst_is_the_count_then_429_with_a_retry_after() {
        let settings = RateLimitSettings {
            sign_in: Rate::parse("3 per hour").unwrap(),
            registration: Rate(None),
            password_reset: Rate(None),
            confirmation: Rate(None),
            unlock: Rate(None),
        };
        let limits = RateLimits::new(&settings);
        let ip: IpAddr = "203.0.113.7".parse().unwrap();
        let other: IpAddr = "203.0.113.8".parse().unwrap();
        for _ in 0..3 {
            assert!(limits.check(Action::SignIn, Some(ip)).is_ok());
        }
        match limits.check(Action::SignIn, Some(ip)) {
            Err(ApiError::TooManyRequests { retry_after_secs }) => {
                assert!(
                    (1_190..=1_200).contains(&retry_after_secs),
                    "{retry_after_secs}"
                )
            }
            other => panic!("expected 429, got {other:?}"),
        }
        assert!(limits.check(Action::SignIn, Some(other)).is_ok());
        assert!(limits.check(Action::Registration, Some(ip)).is_ok());
    }
}
