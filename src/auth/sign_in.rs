//! `POST /auth/sign_in` after parameter checks (PROTOCOL.md 2.5), with Devise's confirmable and
//! lockable rules.

use chrono::{DateTime, Duration, Utc};
use rusqlite::TransactionBehavior;

use super::{TokenPolicy, start_session, verify_against_dummy, verify_password};
use crate::config::{AuthSettings, LockStrategy};
use crate::store::users::{self, User};
use crate::store::{Db, parse_time};
use crate::tokens::{self, IssuedCredentials};

pub enum SignInOutcome {
    Success {
        user: Box<User>,
        issued: IssuedCredentials,
    },
    BadCredentials,
    /// Wrong password with one attempt left (`last_attempt_warning`).
    LastAttempt,
    /// The account exists, is locked, and the server is not paranoid.
    Locked,
    /// The account exists, is not confirmed, and the server is not paranoid.
    Unconfirmed {
        email: String,
    },
}

/// The outcome, plus the unlock email to send when this attempt locked the account:
/// (address, raw unlock token).
pub struct SignIn {
    pub outcome: SignInOutcome,
    pub unlock_mail: Option<(String, String)>,
}

impl From<SignInOutcome> for SignIn {
    fn from(outcome: SignInOutcome) -> Self {
        SignIn {
            outcome,
            unlock_mail: None,
        }
    }
}

/// Whether a lock is still in force; an expired time lock does not count. An account locked by
/// the operator (`tokenauth user lock`) stays locked even when `lockable` is off.
fn lock_in_force(user: &User, auth: &AuthSettings, now: DateTime<Utc>) -> bool {
    let Some(locked_at) = user.locked_at.as_deref().and_then(parse_time) else {
        return false;
    };
    let unlock_in = Duration::from_std(auth.unlock_in.0).unwrap_or(Duration::MAX);
    let expired = auth.lockable && auth.unlock_strategy.by_time() && locked_at + unlock_in < now;
    !expired
}

/// bcrypt runs without holding a database connection; an unknown or (in paranoid mode) inactive
/// account costs the same bcrypt work as a known one.
pub fn sign_in(
    db: &Db,
    email: &str,
    password: &str,
    ip: Option<&str>,
    auth: &AuthSettings,
    policy: &TokenPolicy,
    now: DateTime<Utc>,
) -> anyhow::Result<SignIn> {
    let found = users::find_by_email(&*db.get()?, email)?;
    let Some(user) = found else {
        verify_against_dummy(password, auth.password_cost);
        return Ok(SignInOutcome::BadCredentials.into());
    };
    let locked = lock_in_force(&user, auth, now);
    let unconfirmed = auth.confirmable && user.confirmed_at.is_none();
    if locked || unconfirmed {
        if auth.paranoid {
            verify_against_dummy(password, auth.password_cost);
            return Ok(SignInOutcome::BadCredentials.into());
        }
        // As the gem does outside paranoid mode, the password is not checked here.
        return Ok(if locked {
            SignInOutcome::Locked
        } else {
            SignInOutcome::Unconfirmed {
                email: user.email.clone().unwrap_or_default(),
            }
        }
        .into());
    }

    let password_ok = verify_password(password, &user.encrypted_password);
    let mut conn = db.get()?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    if !password_ok {
        let counts = auth.lockable && auth.lock_strategy == LockStrategy::FailedAttempts;
        if !counts {
            return Ok(SignInOutcome::BadCredentials.into());
        }
        if user.locked_at.is_some() {
            // An expired time lock is lifted before counting again, as Devise does.
            users::unlock(&tx, user.id, now)?;
        }
        let attempts = users::record_failed_attempt(&tx, user.id)?;
        let maximum = i64::from(auth.maximum_attempts);
        let mut unlock_mail = None;
        if attempts >= maximum {
            users::lock(&tx, user.id, now)?;
            if auth.unlock_strategy.by_email() {
                let token = tokens::friendly_token();
                users::set_unlock_token(&tx, user.id, &tokens::digest_hex(&token))?;
                unlock_mail = Some((user.email.clone().unwrap_or_default(), token));
            }
        }
        tx.commit()?;
        // Paranoid mode gives no warning: unknown emails never get one, so it would tell.
        let outcome = if auth.last_attempt_warning && !auth.paranoid && attempts == maximum - 1 {
            SignInOutcome::LastAttempt
        } else {
            SignInOutcome::BadCredentials
        };
        return Ok(SignIn {
            outcome,
            unlock_mail,
        });
    }

    if user.locked_at.is_some() {
        users::unlock(&tx, user.id, now)?;
    }
    if !users::record_sign_in(&tx, user.id, ip, now)? {
        // Deleted while its password was being checked.
        return Ok(SignInOutcome::BadCredentials.into());
    }
    users::reset_failed_attempts(&tx, user.id)?;
    let issued = start_session(&tx, user.id, policy, now)?;
    let user = users::find_by_id(&tx, user.id)?
        .ok_or_else(|| anyhow::anyhow!("user {} vanished inside its own transaction", user.id))?;
    tx.commit()?;
    Ok(SignInOutcome::Success {
        user: Box::new(user),
        issued,
    }
    .into())
}
