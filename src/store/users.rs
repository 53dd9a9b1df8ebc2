use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::format_time;

/// A row of `users`, with the columns the API reads.
#[derive(Clone, PartialEq, Eq)]
pub struct User {
    pub id: i64,
    pub provider: String,
    pub uid: String,
    pub email: Option<String>,
    pub encrypted_password: String,
    pub allow_password_change: bool,
    pub reset_password_sent_at: Option<String>,
    pub confirmation_token: Option<String>,
    pub confirmed_at: Option<String>,
    pub confirmation_sent_at: Option<String>,
    pub unconfirmed_email: Option<String>,
    pub locked_at: Option<String>,
    pub failed_attempts: i64,
    pub sign_in_count: i64,
    pub created_at: String,
    pub updated_at: String,
}

impl std::fmt::Debug for User {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("User")
            .field("id", &self.id)
            .field("uid", &self.uid)
            .finish_non_exhaustive()
    }
}

pub(super) const COLUMNS: &str = "id, provider, uid, email, encrypted_password, allow_password_change, \
     reset_password_sent_at, confirmation_token, confirmed_at, confirmation_sent_at, \
     unconfirmed_email, locked_at, failed_attempts, sign_in_count, created_at, updated_at";

pub(super) fn from_row(row: &Row<'_>) -> rusqlite::Result<User> {
    Ok(User {
        id: row.get(0)?,
        provider: row.get(1)?,
        uid: row.get(2)?,
        email: row.get(3)?,
        encrypted_password: row.get(4)?,
        allow_password_change: row.get(5)?,
        reset_password_sent_at: row.get(6)?,
        confirmation_token: row.get(7)?,
        confirmed_at: row.get(8)?,
        confirmation_sent_at: row.get(9)?,
        unconfirmed_email: row.get(10)?,
        locked_at: row.get(11)?,
        failed_attempts: row.get(12)?,
        sign_in_count: row.get(13)?,
        created_at: row.get(14)?,
        updated_at: row.get(15)?,
    })
}

fn find_where(
    conn: &Connection,
    condition: &str,
    value: &dyn rusqlite::ToSql,
) -> rusqlite::Result<Option<User>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM users WHERE {condition} LIMIT 1"
    ))?
    .query_row([value], from_row)
    .optional()
}

/// Sign-in and unlock requests look up the `email` column of email-provider users.
pub fn find_by_email(conn: &Connection, email: &str) -> rusqlite::Result<Option<User>> {
    find_where(conn, "email = ?1 AND provider = 'email'", &email)
}

/// Password reset and confirmation requests look up `uid` among email-provider users.
pub fn find_email_user_by_uid(conn: &Connection, uid: &str) -> rusqlite::Result<Option<User>> {
    find_where(conn, "uid = ?1 AND provider = 'email'", &uid)
}

pub fn find_by_id(conn: &Connection, id: i64) -> rusqlite::Result<Option<User>> {
    find_where(conn, "id = ?1", &id)
}

pub fn find_by_reset_digest(conn: &Connection, digest: &str) -> rusqlite::Result<Option<User>> {
    find_where(conn, "reset_password_token = ?1", &digest)
}

pub fn find_by_confirmation_token(
    conn: &Connection,
    token: &str,
) -> rusqlite::Result<Option<User>> {
    find_where(conn, "confirmation_token = ?1", &token)
}

pub fn find_by_unlock_digest(conn: &Connection, digest: &str) -> rusqlite::Result<Option<User>> {
    find_where(conn, "unlock_token = ?1", &digest)
}

/// Registration's uniqueness rule: case-insensitive, among email-provider users.
pub fn email_taken(conn: &Connection, email: &str) -> rusqlite::Result<bool> {
    conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM users WHERE email = ?1 COLLATE NOCASE AND provider = 'email')",
    )?
    .query_row([email], |row| row.get(0))
}

pub struct NewUser<'a> {
    pub email: &'a str,
    pub encrypted_password: &'a str,
    /// For confirmable accounts: the raw confirmation token, stored as Devise stores it.
    pub confirmation_token: Option<&'a str>,
}

pub enum Insert {
    Created(Box<User>),
    EmailTaken,
}

/// Inserts an email-provider user; `uid` is the email (PROTOCOL.md 5.4). A concurrent insert of
/// the same address loses on the unique index and reports `EmailTaken`.
pub fn insert(
    conn: &Connection,
    user: &NewUser<'_>,
    now: DateTime<Utc>,
) -> rusqlite::Result<Insert> {
    let now = format_time(now);
    let inserted = conn.execute(
        "INSERT INTO users (provider, uid, email, encrypted_password, confirmation_token,
                            confirmation_sent_at, created_at, updated_at)
         VALUES ('email', ?1, ?1, ?2, ?3, CASE WHEN ?3 IS NULL THEN NULL ELSE ?4 END, ?4, ?4)",
        params![
            user.email,
            user.encrypted_password,
            user.confirmation_token,
            now
        ],
    );
    match inserted {
        Ok(_) => {
            let id = conn.last_insert_rowid();
            let created = find_by_id(conn, id)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
            Ok(Insert::Created(Box::new(created)))
        }
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            Ok(Insert::EmailTaken)
        }
        Err(e) => Err(e),
    }
}

/// Devise trackable on sign-in: the previous "current" values become the "last" ones.
/// False if the user no longer exists.
pub fn record_sign_in(
    conn: &Connection,
    user_id: i64,
    ip: Option<&str>,
    now: DateTime<Utc>,
) -> rusqlite::Result<bool> {
    let updated = conn
        .prepare_cached(
            "UPDATE users SET
             sign_in_count = sign_in_count + 1,
             last_sign_in_at = COALESCE(current_sign_in_at, ?2),
             current_sign_in_at = ?2,
             last_sign_in_ip = COALESCE(current_sign_in_ip, ?3),
             current_sign_in_ip = ?3,
             updated_at = ?2
         WHERE id = ?1",
        )?
        .execute(params![user_id, format_time(now), ip])?;
    Ok(updated > 0)
}

fn execute(conn: &Connection, sql: &str, params: impl rusqlite::Params) -> rusqlite::Result<bool> {
    Ok(conn.prepare_cached(sql)?.execute(params)? > 0)
}

/// A new reset token (its digest) and when it was sent; replaces any earlier one.
pub fn set_reset_token(
    conn: &Connection,
    id: i64,
    digest: &str,
    now: DateTime<Utc>,
) -> rusqlite::Result<bool> {
    let now = format_time(now);
    execute(
        conn,
        "UPDATE users SET reset_password_token = ?2, reset_password_sent_at = ?3, updated_at = ?3 WHERE id = ?1",
        params![id, digest, now],
    )
}

/// A reset link was opened: the next password change needs no current password; with
/// `confirm`, the link also confirms the address it was mailed to.
pub fn allow_password_change(
    conn: &Connection,
    id: i64,
    confirm: bool,
    now: DateTime<Utc>,
) -> rusqlite::Result<bool> {
    execute(
        conn,
        "UPDATE users SET allow_password_change = 1,
             confirmed_at = CASE WHEN ?2 AND confirmed_at IS NULL THEN ?3 ELSE confirmed_at END,
             updated_at = ?3
         WHERE id = ?1",
        params![id, confirm, format_time(now)],
    )
}

/// Stores a new password hash. As Devise does, a password change consumes any reset token and
/// ends the reset window.
pub fn set_password(
    conn: &Connection,
    id: i64,
    encrypted_password: &str,
    now: DateTime<Utc>,
) -> rusqlite::Result<bool> {
    execute(
        conn,
        "UPDATE users SET encrypted_password = ?2, allow_password_change = 0,
             reset_password_token = NULL, reset_password_sent_at = NULL, updated_at = ?3
         WHERE id = ?1",
        params![id, encrypted_password, format_time(now)],
    )
}

pub enum EmailChange {
    Changed,
    Taken,
}

/// Changes the address and, for email users, the uid with it. Changing the address also
/// consumes any reset token (Devise clears it when an authentication key changes).
pub fn set_email(
    conn: &Connection,
    id: i64,
    email: &str,
    now: DateTime<Utc>,
) -> rusqlite::Result<EmailChange> {
    let updated = execute(
        conn,
        "UPDATE users SET email = ?2, uid = CASE WHEN provider = 'email' THEN ?2 ELSE uid END,
             reset_password_token = NULL, reset_password_sent_at = NULL, updated_at = ?3
         WHERE id = ?1",
        params![id, email, format_time(now)],
    );
    match updated {
        Ok(_) => Ok(EmailChange::Changed),
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            Ok(EmailChange::Taken)
        }
        Err(e) => Err(e),
    }
}

/// Reconfirmation: the new address waits with a fresh confirmation token — both written in one
/// statement, so a concurrent change cannot pair one address with another's token
/// (CVE-2026-32700).
pub fn set_unconfirmed_email(
    conn: &Connection,
    id: i64,
    email: &str,
    token: &str,
    now: DateTime<Utc>,
) -> rusqlite::Result<bool> {
    let now = format_time(now);
    execute(
        conn,
        "UPDATE users SET unconfirmed_email = ?2, confirmation_token = ?3, confirmation_sent_at = ?4,
             updated_at = ?4
         WHERE id = ?1",
        params![id, email, token, now],
    )
}

pub fn set_confirmation_token(
    conn: &Connection,
    id: i64,
    token: &str,
    now: DateTime<Utc>,
) -> rusqlite::Result<bool> {
    let now = format_time(now);
    execute(
        conn,
        "UPDATE users SET confirmation_token = ?2, confirmation_sent_at = ?3, updated_at = ?3 WHERE id = ?1",
        params![id, token, now],
    )
}

pub enum Confirmed {
    Done,
    /// The pending address was taken by someone else meanwhile.
    EmailTaken,
}

/// Marks the account confirmed; a pending address change takes effect (email and uid).
pub fn confirm(conn: &Connection, id: i64, now: DateTime<Utc>) -> rusqlite::Result<Confirmed> {
    let result = execute(
        conn,
        "UPDATE users SET confirmed_at = ?2,
             email = COALESCE(unconfirmed_email, email),
             uid = CASE WHEN provider = 'email' THEN COALESCE(unconfirmed_email, email) ELSE uid END,
             unconfirmed_email = NULL, updated_at = ?2
         WHERE id = ?1",
        params![id, format_time(now)],
    );
    match result {
        Ok(_) => Ok(Confirmed::Done),
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            Ok(Confirmed::EmailTaken)
        }
        Err(e) => Err(e),
    }
}

/// One more wrong password; returns the new count.
pub fn record_failed_attempt(conn: &Connection, id: i64) -> rusqlite::Result<i64> {
    conn.prepare_cached(
        "UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = ?1 RETURNING failed_attempts",
    )?
    .query_row([id], |row| row.get(0))
}

pub fn lock(conn: &Connection, id: i64, now: DateTime<Utc>) -> rusqlite::Result<bool> {
    let now = format_time(now);
    execute(
        conn,
        "UPDATE users SET locked_at = ?2, updated_at = ?2 WHERE id = ?1",
        params![id, now],
    )
}

/// Devise `unlock_access!`: no lock, no failed attempts, no unlock token.
pub fn unlock(conn: &Connection, id: i64, now: DateTime<Utc>) -> rusqlite::Result<bool> {
    execute(
        conn,
        "UPDATE users SET locked_at = NULL, failed_attempts = 0, unlock_token = NULL, updated_at = ?2 WHERE id = ?1",
        params![id, format_time(now)],
    )
}

pub fn reset_failed_attempts(conn: &Connection, id: i64) -> rusqlite::Result<bool> {
    execute(
        conn,
        "UPDATE users SET failed_attempts = 0 WHERE id = ?1 AND failed_attempts <> 0",
        [id],
    )
}

pub fn set_unlock_token(conn: &Connection, id: i64, digest: &str) -> rusqlite::Result<bool> {
    execute(
        conn,
        "UPDATE users SET unlock_token = ?2 WHERE id = ?1",
        params![id, digest],
    )
}

/// Deletes the account; its sessions go with it (foreign key cascade).
pub fn delete(conn: &Connection, id: i64) -> rusqlite::Result<bool> {
    execute(conn, "DELETE FROM users WHERE id = ?1", [id])
}

/// What the operator's CLI shows of an account: no secrets, no digests.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Account {
    pub id: i64,
    pub email: Option<String>,
    pub uid: String,
    pub provider: String,
    pub confirmed_at: Option<String>,
    pub unconfirmed_email: Option<String>,
    pub locked_at: Option<String>,
    pub failed_attempts: i64,
    pub sign_in_count: i64,
    pub current_sign_in_at: Option<String>,
    pub current_sign_in_ip: Option<String>,
    pub last_sign_in_at: Option<String>,
    pub last_sign_in_ip: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub sessions: i64,
}

const ACCOUNT_SELECT: &str = "SELECT id, email, uid, provider, confirmed_at, unconfirmed_email,
        locked_at, failed_attempts, sign_in_count, current_sign_in_at, current_sign_in_ip,
        last_sign_in_at, last_sign_in_ip, created_at, updated_at,
        (SELECT count(*) FROM tokens WHERE tokens.user_id = users.id)
     FROM users";

fn account_from_row(row: &Row<'_>) -> rusqlite::Result<Account> {
    Ok(Account {
        id: row.get(0)?,
        email: row.get(1)?,
        uid: row.get(2)?,
        provider: row.get(3)?,
        confirmed_at: row.get(4)?,
        unconfirmed_email: row.get(5)?,
        locked_at: row.get(6)?,
        failed_attempts: row.get(7)?,
        sign_in_count: row.get(8)?,
        current_sign_in_at: row.get(9)?,
        current_sign_in_ip: row.get(10)?,
        last_sign_in_at: row.get(11)?,
        last_sign_in_ip: row.get(12)?,
        created_at: row.get(13)?,
        updated_at: row.get(14)?,
        sessions: row.get(15)?,
    })
}

pub fn list_accounts(conn: &Connection) -> rusqlite::Result<Vec<Account>> {
    conn.prepare(&format!("{ACCOUNT_SELECT} ORDER BY id"))?
        .query_map([], account_from_row)?
        .collect()
}

pub fn account_by_email(conn: &Connection, email: &str) -> rusqlite::Result<Option<Account>> {
    conn.prepare(&format!("{ACCOUNT_SELECT} WHERE email = ?1"))?
        .query_row([email], account_from_row)
        .optional()
}
