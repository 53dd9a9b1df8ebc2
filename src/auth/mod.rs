//! Authentication: sign-in, registration sessions and per-request token checks. This is where
//! the token logic meets the store, always inside one transaction per (user, client).

mod guard;
mod password;
mod sign_in;

pub use guard::{
    CurrentUser, ResponseCredentials, authenticate_request, require_user, write_auth_headers,
};
pub use password::{check_current_password, hash_password, verify_against_dummy, verify_password};
pub use sign_in::{SignIn, SignInOutcome, sign_in};

use std::sync::{Mutex, PoisonError};

use chrono::{DateTime, Duration, Utc};
use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::config::AuthSettings;
use crate::domain::{Email, PasswordChange, ValidationErrors};
use crate::store::users::User;
use crate::store::{Db, sessions, users};
use crate::tokens::{self, Credentials, IssuedCredentials, Refresh, Session, clients_to_evict};

/// The token settings, converted once.
#[derive(Debug, Clone)]
pub struct TokenPolicy {
    pub rotation: bool,
    pub lifespan: Duration,
    pub throttle: Duration,
    pub device_cap: usize,
}

impl TokenPolicy {
    pub fn from_settings(auth: &AuthSettings) -> Self {
        let to_chrono = |d: std::time::Duration| Duration::from_std(d).unwrap_or(Duration::MAX);
        TokenPolicy {
            rotation: auth.change_headers_on_each_request,
            lifespan: to_chrono(auth.token_lifespan.0),
            throttle: to_chrono(auth.batch_request_buffer_throttle.0),
            device_cap: auth.max_number_of_devices,
        }
    }
}

/// What a request's credentials resolved to.
#[derive(Debug)]
pub struct Authenticated {
    pub user: User,
    pub client: String,
    /// The credentials for the response headers; `None` when only verifying (sign-out).
    pub issued: Option<IssuedCredentials>,
}

/// How an authenticated request treats its token.
#[derive(Debug, Clone, Copy)]
pub enum Refreshing {
    /// The normal case: keep, batch or rotate per PROTOCOL.md 3.4.
    Refresh {
        request_start: DateTime<Utc>,
        unbatch: bool,
    },
    /// Only check the token (sign-out, which deletes the session instead).
    VerifyOnly,
}

/// `set_user_by_token` followed by `update_auth_header` (PROTOCOL.md 3.2–3.4), race-free: the
/// check and the rotation of one (user, client) happen in one `BEGIN IMMEDIATE` transaction, so
/// parallel requests carrying one token are serialized and the later ones see the rotation.
///
/// `rotation_lock` is held around that transaction: SQLite's busy handler makes a connection
/// that finds the write lock taken sleep a whole millisecond and more, while a rotation holds it
/// for some 50 µs. Queueing on a mutex instead took the p99 latency with rotation on from ~45 ms
/// to ~6 ms at the same throughput (issue 7).
pub fn authenticate(
    conn: &mut Connection,
    rotation_lock: &Mutex<()>,
    credentials: &Credentials,
    policy: &TokenPolicy,
    now: DateTime<Utc>,
    refreshing: Refreshing,
) -> rusqlite::Result<Option<Authenticated>> {
    let (Some(uid), Some(token)) = (&credentials.uid, &credentials.access_token) else {
        return Ok(None);
    };
    if token.is_empty() {
        return Ok(None);
    }
    let client = credentials.client.as_str();
    let writes = policy.rotation && matches!(refreshing, Refreshing::Refresh { .. });
    if !writes {
        // A check that writes nothing reads through a single query, which sees one snapshot:
        // no transaction needed. BEGIN and COMMIT, parsed anew each time, cost about as much as
        // the lookup itself (profile in issue 7).
        return check_token(conn, uid, token, client, policy, now, refreshing);
    }
    let _rotating = rotation_lock.lock().unwrap_or_else(PoisonError::into_inner);
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let authenticated = check_token(&tx, uid, token, client, policy, now, refreshing)?;
    tx.commit()?;
    Ok(authenticated)
}

/// The body of `authenticate`; it writes only when rotation is on, inside the caller's
/// transaction.
fn check_token(
    conn: &Connection,
    uid: &str,
    token: &str,
    client: &str,
    policy: &TokenPolicy,
    now: DateTime<Utc>,
    refreshing: Refreshing,
) -> rusqlite::Result<Option<Authenticated>> {
    let Some((user, session)) = sessions::find_with_user(conn, uid, client)? else {
        return Ok(None);
    };
    let presented = tokens::digest(token);
    if !session.accepts(&presented, now, policy.throttle) {
        return Ok(None);
    }
    let issued = match refreshing {
        Refreshing::VerifyOnly => None,
        Refreshing::Refresh {
            request_start,
            unbatch,
        } => Some(
            match session.refresh_kind(policy.rotation, request_start, policy.throttle, unbatch) {
                Refresh::Keep => IssuedCredentials {
                    access_token: token.to_string(),
                    client: client.to_string(),
                    expiry: session.expiry,
                    batch: false,
                },
                Refresh::Batch => {
                    sessions::touch(conn, user.id, client, now)?;
                    IssuedCredentials {
                        access_token: token.to_string(),
                        client: client.to_string(),
                        expiry: session.expiry,
                        batch: true,
                    }
                }
                Refresh::Rotate => {
                    let new_token = tokens::random_token();
                    let rotated = session.rotated(tokens::digest(&new_token), now, policy.lifespan);
                    sessions::save(conn, user.id, &rotated, now)?;
                    sessions::delete_expired_for_user(conn, user.id, now)?;
                    IssuedCredentials {
                        access_token: new_token,
                        client: client.to_string(),
                        expiry: rotated.expiry,
                        batch: false,
                    }
                }
            },
        ),
    };
    Ok(Some(Authenticated {
        user,
        client: client.to_string(),
        issued,
    }))
}

/// Mints a new client and token for `user_id` (sign-in, registration, email links), then applies
/// the expired-session purge and the device cap.
pub fn start_session(
    tx: &Transaction<'_>,
    user_id: i64,
    policy: &TokenPolicy,
    now: DateTime<Utc>,
) -> rusqlite::Result<IssuedCredentials> {
    let client = tokens::random_token();
    let token = tokens::random_token();
    let session = Session::new(client.clone(), tokens::digest(&token), now, policy.lifespan);
    sessions::save(tx, user_id, &session, now)?;
    sessions::delete_expired_for_user(tx, user_id, now)?;
    let expiries: Vec<(String, i64)> = sessions::list(tx, user_id)?
        .into_iter()
        .map(|s| (s.client, s.expiry))
        .collect();
    for evicted in clients_to_evict(&expiries, policy.device_cap, &client, now, policy.lifespan) {
        sessions::delete(tx, user_id, &evicted)?;
    }
    Ok(IssuedCredentials {
        access_token: token,
        client,
        expiry: session.expiry,
        batch: false,
    })
}

pub enum Registration {
    Created {
        user: Box<User>,
        /// Credentials when the account is active at once.
        issued: Option<IssuedCredentials>,
    },
    Invalid(ValidationErrors),
}

/// `POST /auth` after the local validations (whose `errors` it completes): the uniqueness rule,
/// bcrypt (outside any transaction), then the insert and, for an account that is active at once,
/// its first session.
///
/// With `confirmation_token` (confirmable accounts) the account is stored unconfirmed and gets
/// no session.
#[allow(clippy::too_many_arguments)]
pub fn register(
    db: &Db,
    email: Option<Email>,
    password: Option<PasswordChange>,
    mut errors: ValidationErrors,
    confirmation_token: Option<&str>,
    policy: &TokenPolicy,
    password_cost: u32,
    now: DateTime<Utc>,
) -> anyhow::Result<Registration> {
    const TAKEN: &str = "has already been taken";
    if let Some(email) = &email
        && users::email_taken(&*db.get()?, email.as_str())?
    {
        errors.add("email", TAKEN);
    }
    let (Some(email), Some(password), true) = (email, password, errors.is_empty()) else {
        return Ok(Registration::Invalid(errors));
    };
    let encrypted_password = hash_password(&password.password, password_cost)?;
    let mut conn = db.get()?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let new_user = users::NewUser {
        email: email.as_str(),
        encrypted_password: &encrypted_password,
        confirmation_token,
    };
    let user = match users::insert(&tx, &new_user, now)? {
        users::Insert::Created(user) => user,
        users::Insert::EmailTaken => {
            // Lost a race with a parallel registration of the same address.
            errors.add("email", TAKEN);
            return Ok(Registration::Invalid(errors));
        }
    };
    let issued = match confirmation_token {
        None => Some(start_session(&tx, user.id, policy, now)?),
        Some(_) => None,
    };
    tx.commit()?;
    Ok(Registration::Created { user, issued })
}

/// Stores a new password hash (which consumes any reset token) and, with
/// `remove_tokens_after_password_reset`, keeps only the session with the latest expiry — as the
/// gem does, that may not be the requesting one. Returns whether `client` still has a session.
pub fn apply_password_change(
    tx: &Transaction<'_>,
    state: &crate::state::AppState,
    user_id: i64,
    encrypted_password: &str,
    client: Option<&str>,
) -> rusqlite::Result<bool> {
    let now = state.clock.now();
    users::set_password(tx, user_id, encrypted_password, now)?;
    if state.settings.auth.remove_tokens_after_password_reset {
        sessions::keep_only_latest(tx, user_id)?;
    }
    Ok(match client {
        Some(client) => sessions::find(tx, user_id, client)?.is_some(),
        None => false,
    })
}
