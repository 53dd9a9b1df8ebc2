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
    pub confirmed_at: Option<String>,
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

const COLUMNS: &str = "id, provider, uid, email, encrypted_password, allow_password_change, \
     confirmed_at, locked_at, failed_attempts, sign_in_count, created_at, updated_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<User> {
    Ok(User {
        id: row.get(0)?,
        provider: row.get(1)?,
        uid: row.get(2)?,
        email: row.get(3)?,
        encrypted_password: row.get(4)?,
        allow_password_change: row.get(5)?,
        confirmed_at: row.get(6)?,
        locked_at: row.get(7)?,
        failed_attempts: row.get(8)?,
        sign_in_count: row.get(9)?,
        created_at: row.get(10)?,
        updated_at: row.get(11)?,
    })
}

/// Request authentication looks users up by `uid` alone, as the gem does (PROTOCOL.md 3.2).
pub fn find_by_uid(conn: &Connection, uid: &str) -> rusqlite::Result<Option<User>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM users WHERE uid = ?1 LIMIT 1"
    ))?
    .query_row([uid], from_row)
    .optional()
}

/// Sign-in looks up the `email` column of email-provider users (PROTOCOL.md 2.5).
pub fn find_by_email(conn: &Connection, email: &str) -> rusqlite::Result<Option<User>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM users WHERE email = ?1 AND provider = 'email'"
    ))?
    .query_row([email], from_row)
    .optional()
}

pub fn find_by_id(conn: &Connection, id: i64) -> rusqlite::Result<Option<User>> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM users WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()
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
    pub confirmed_at: Option<DateTime<Utc>>,
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
        "INSERT INTO users (provider, uid, email, encrypted_password, confirmed_at, created_at, updated_at)
         VALUES ('email', ?1, ?1, ?2, ?3, ?4, ?4)",
        params![
            user.email,
            user.encrypted_password,
            user.confirmed_at.map(format_time),
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

/// The trackable columns, for tests and the operator's CLI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trackable {
    pub sign_in_count: i64,
    pub current_sign_in_at: Option<String>,
    pub last_sign_in_at: Option<String>,
    pub current_sign_in_ip: Option<String>,
    pub last_sign_in_ip: Option<String>,
}

pub fn trackable(conn: &Connection, user_id: i64) -> rusqlite::Result<Option<Trackable>> {
    conn.query_row(
        "SELECT sign_in_count, current_sign_in_at, last_sign_in_at, current_sign_in_ip, last_sign_in_ip
         FROM users WHERE id = ?1",
        [user_id],
        |row| {
            Ok(Trackable {
                sign_in_count: row.get(0)?,
                current_sign_in_at: row.get(1)?,
                last_sign_in_at: row.get(2)?,
                current_sign_in_ip: row.get(3)?,
                last_sign_in_ip: row.get(4)?,
            })
        },
    )
    .optional()
}
