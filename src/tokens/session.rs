use chrono::{DateTime, Duration, Utc};
use subtle::ConstantTimeEq;

use super::TokenDigest;

/// One signed-in device of a user (one row of the `tokens` table): PROTOCOL.md 1.3.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub client: String,
    pub token: TokenDigest,
    pub previous_token: Option<TokenDigest>,
    pub last_token: Option<TokenDigest>,
    /// Unix seconds.
    pub expiry: i64,
    /// Time of the last rotation or batch-window extension.
    pub updated_at: Option<DateTime<Utc>>,
}

/// What the response of an authenticated request carries (PROTOCOL.md 3.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refresh {
    /// Rotation off: the presented token with the stored expiry; nothing is written.
    Keep,
    /// Inside the batch window: the token is kept, `updated_at` slides, the response carries the
    /// blank placeholders.
    Batch,
    /// A new token and a new expiry.
    Rotate,
}

impl Session {
    /// A brand-new session as sign-in, registration or an email link creates it.
    pub fn new(client: String, token: TokenDigest, now: DateTime<Utc>, lifespan: Duration) -> Self {
        Session {
            client,
            token,
            previous_token: None,
            last_token: None,
            expiry: (now + lifespan).timestamp(),
            updated_at: Some(now),
        }
    }

    /// `valid_token?` (PROTOCOL.md 3.3): the current or previous token before expiry, or the
    /// token of two rotations ago within the batch window. Every stored digest is compared in
    /// constant time, and all of them are compared whatever the outcome.
    pub fn accepts(&self, presented: &TokenDigest, now: DateTime<Utc>, throttle: Duration) -> bool {
        let matches = |stored: &Option<TokenDigest>| match stored {
            Some(stored) => stored.ct_eq(presented),
            None => 0u8.ct_eq(&1u8),
        };
        let current_or_previous = self.token.ct_eq(presented) | matches(&self.previous_token);
        let last = matches(&self.last_token);
        let unexpired = self.expiry > now.timestamp();
        let in_batch_window = self.updated_at.is_some_and(|u| u > now - throttle);
        (unexpired && bool::from(current_or_previous)) || (in_batch_window && bool::from(last))
    }

    /// `update_auth_header`'s choice. `request_start` is the instant the request arrived, so a
    /// rotation done by a parallel request while this one waited makes this one a batch request.
    pub fn refresh_kind(
        &self,
        rotation_on: bool,
        request_start: DateTime<Utc>,
        throttle: Duration,
        unbatch: bool,
    ) -> Refresh {
        if !rotation_on {
            return Refresh::Keep;
        }
        let in_window = self
            .updated_at
            .is_some_and(|updated| updated > request_start - throttle);
        if in_window && !unbatch {
            Refresh::Batch
        } else {
            Refresh::Rotate
        }
    }

    /// The entry after a rotation to `new_token`.
    pub fn rotated(&self, new_token: TokenDigest, now: DateTime<Utc>, lifespan: Duration) -> Self {
        Session {
            client: self.client.clone(),
            token: new_token,
            previous_token: Some(self.token),
            last_token: self.previous_token,
            expiry: (now + lifespan).timestamp(),
            updated_at: Some(now),
        }
    }
}

/// The device cap (PROTOCOL.md 1.3): only when there are more than `cap` sessions, first drop
/// those whose expiry lies beyond now + lifespan (a lifespan shortened by configuration), then the
/// ones with the oldest expiry — the least recently used — until `cap` remain. `keep` (the
/// session just minted) is never chosen.
pub fn clients_to_evict(
    sessions: &[(String, i64)],
    cap: usize,
    keep: &str,
    now: DateTime<Utc>,
    lifespan: Duration,
) -> Vec<String> {
    if sessions.len() <= cap {
        return Vec::new();
    }
    let horizon = (now + lifespan).timestamp();
    let (beyond, mut remaining): (Vec<_>, Vec<_>) = sessions
        .iter()
        .partition(|(client, expiry)| *expiry > horizon && client != keep);
    let mut evicted: Vec<String> = beyond.into_iter().map(|(c, _)| c.clone()).collect();
    remaining.sort_by_key(|(_, expiry)| *expiry);
    let mut excess = remaining.len().saturating_sub(cap);
    for (client, _) in remaining {
        if excess == 0 {
            break;
        }
        if client != keep {
            evicted.push(client.clone());
            excess -= 1;
        }
    }
    evicted
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::digest;

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_700_000_000 + seconds, 0).unwrap()
    }

    const LIFESPAN: Duration = Duration::weeks(2);
    const THROTTLE: Duration = Duration::seconds(5);

    #[test]
    fn current_token_is_valid_until_expiry_strictly() {
        let session = Session::new("c".into(), digest("A"), at(0), LIFESPAN);
        assert!(session.accepts(&digest("A"), at(10), THROTTLE));
        assert!(!session.accepts(&digest("B"), at(10), THROTTLE));
        let expiry = at(0) + LIFESPAN;
        assert!(session.accepts(&digest("A"), expiry - Duration::seconds(1), THROTTLE));
        assert!(!session.accepts(&digest("A"), expiry, THROTTLE));
    }

    /// The worked timeline of PROTOCOL.md 3.5.
    #[test]
    fn worked_timeline() {
        let signed_in = Session::new("c".into(), digest("A0"), at(0), LIFESPAN).rotated(
            digest("A"),
            at(0),
            LIFESPAN,
        );
        // R1 at t0+10 with A: current, outside the window -> rotate to B.
        assert!(signed_in.accepts(&digest("A"), at(10), THROTTLE));
        assert_eq!(
            signed_in.refresh_kind(true, at(10), THROTTLE, false),
            Refresh::Rotate
        );
        let mut s = signed_in.rotated(digest("B"), at(10), LIFESPAN);
        // R2 at t0+11 with A: previous -> valid, batch.
        assert!(s.accepts(&digest("A"), at(11), THROTTLE));
        assert_eq!(
            s.refresh_kind(true, at(11), THROTTLE, false),
            Refresh::Batch
        );
        s.updated_at = Some(at(11));
        // R3 at t0+12 with B: batch again; unbatch forces a rotation.
        assert_eq!(
            s.refresh_kind(true, at(12), THROTTLE, false),
            Refresh::Batch
        );
        assert_eq!(
            s.refresh_kind(true, at(12), THROTTLE, true),
            Refresh::Rotate
        );
        s.updated_at = Some(at(12));
        // R4 at t0+20 with B: rotate to C.
        assert_eq!(
            s.refresh_kind(true, at(20), THROTTLE, false),
            Refresh::Rotate
        );
        let mut s = s.rotated(digest("C"), at(20), LIFESPAN);
        // R5 at t0+21 with A: last token inside the window.
        assert!(s.accepts(&digest("A"), at(21), THROTTLE));
        s.updated_at = Some(at(21));
        // R6 at t0+40 with A: too late.
        assert!(!s.accepts(&digest("A"), at(40), THROTTLE));
        assert!(s.accepts(&digest("B"), at(40), THROTTLE));
        assert!(s.accepts(&digest("C"), at(40), THROTTLE));
        // Rotation off never writes.
        assert_eq!(
            s.refresh_kind(false, at(21), THROTTLE, false),
            Refresh::Keep
        );
    }

    #[test]
    fn device_cap_evicts_oldest_expiry_but_never_the_fresh_session() {
        let now = at(0);
        let horizon = (now + LIFESPAN).timestamp();
        let sessions = vec![
            ("old".to_string(), horizon - 300),
            ("older".to_string(), horizon - 900),
            ("fresh".to_string(), horizon),
        ];
        assert_eq!(
            clients_to_evict(&sessions, 2, "fresh", now, LIFESPAN),
            ["older"]
        );
        assert!(clients_to_evict(&sessions, 3, "fresh", now, LIFESPAN).is_empty());
        let long_lived = vec![
            ("beyond".to_string(), horizon + 86_400),
            ("a".to_string(), horizon - 5),
            ("fresh".to_string(), horizon),
        ];
        assert_eq!(
            clients_to_evict(&long_lived, 2, "fresh", now, LIFESPAN),
            ["beyond"]
        );
        assert_eq!(
            clients_to_evict(&long_lived, 1, "fresh", now, LIFESPAN),
            ["beyond", "a"]
        );
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;
    use crate::tokens::digest;

    #[derive(Debug, Clone)]
    enum Step {
        /// The clock moves on by this many milliseconds.
        Wait(i64),
        /// The client sends the token it holds; `unbatch` as the gem's parameter.
        Request { unbatch: bool },
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            (0i64..20_000).prop_map(Step::Wait),
            any::<bool>().prop_map(|unbatch| Step::Request { unbatch }),
        ]
    }

    proptest! {
        /// For any sequence of requests and clock steps, the token a client last received
        /// (ignoring batch placeholders) authenticates until the expiry it received with it.
        #[test]
        fn the_last_received_token_always_authenticates_until_expiry(
            rotation in any::<bool>(),
            throttle_ms in 0i64..10_000,
            steps in proptest::collection::vec(step(), 1..60),
        ) {
            let lifespan = Duration::seconds(60);
            let throttle = Duration::milliseconds(throttle_ms);
            let mut now = DateTime::from_timestamp(1_700_000_000, 0).unwrap();
            let mut minted = 0;
            let mut session = Session::new("c".into(), digest("t0"), now, lifespan);
            let mut held = ("t0".to_string(), session.expiry);
            for step in steps {
                match step {
                    Step::Wait(ms) => now += Duration::milliseconds(ms),
                    Step::Request { unbatch } => {
                        let accepted = session.accepts(&digest(&held.0), now, throttle);
                        if now.timestamp() < held.1 {
                            prop_assert!(accepted, "held token refused at {now} (expiry {})", held.1);
                        }
                        if !accepted {
                            continue;
                        }
                        match session.refresh_kind(rotation, now, throttle, unbatch) {
                            Refresh::Keep => {}
                            Refresh::Batch => session.updated_at = Some(now),
                            Refresh::Rotate => {
                                minted += 1;
                                let token = format!("t{minted}");
                                session = session.rotated(digest(&token), now, lifespan);
                                held = (token, session.expiry);
                            }
                        }
                    }
                }
            }
        }

        /// Eviction keeps exactly `cap` sessions (or all, if fewer), always including the fresh one.
        #[test]
        fn eviction_keeps_the_cap_and_the_fresh_session(
            expiries in proptest::collection::vec(-1_000i64..2_000_000, 0..30),
            cap in 1usize..12,
        ) {
            let now = DateTime::from_timestamp(1_700_000_000, 0).unwrap();
            let lifespan = Duration::weeks(2);
            let mut sessions: Vec<(String, i64)> = expiries
                .iter()
                .enumerate()
                .map(|(i, e)| (format!("c{i}"), now.timestamp() + e))
                .collect();
            sessions.push(("fresh".into(), (now + lifespan).timestamp()));
            let evicted = clients_to_evict(&sessions, cap, "fresh", now, lifespan);
            prop_assert!(!evicted.contains(&"fresh".to_string()));
            let remaining = sessions.len() - evicted.len();
            if sessions.len() > cap {
                prop_assert!(remaining <= cap);
            } else {
                prop_assert!(evicted.is_empty());
            }
        }
    }
}
