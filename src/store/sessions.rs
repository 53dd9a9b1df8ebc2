//! The `tokens` table: one row per (user, client).

use std::sync::LazyLock;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::users::{self, User};
use crate::tokens::{Session, TokenDigest};

fn digest_column(row: &Row<'_>, index: usize) -> rusqlite::Result<Option<TokenDigest>> {
    let bytes: Option<Vec<u8>> = row.get(index)?;
    // A digest of the wrong length cannot match anything; treat it as absent.
    Ok(bytes.and_then(|b| b.try_into().ok()))
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Session> {
    from_columns(row, 0)
}

/// A session from the six columns `client, token, previous_token, last_token, expiry,
/// updated_at_ms` starting at index `first`.
fn from_columns(row: &Row<'_>, first: usize) -> rusqlite::Result<Session> {
    let updated_at_ms: Option<i64> = row.get(first + 5)?;
    Ok(Session {
        client: row.get(first)?,
        token: digest_column(row, first + 1)?.unwrap_or([0; 32]),
        previous_token: digest_column(row, first + 2)?,
        last_token: digest_column(row, first + 3)?,
        expiry: row.get(first + 4)?,
        updated_at: updated_at_ms.and_then(DateTime::from_timestamp_millis),
    })
}

/// The user with `uid` and its session of `client`, in one query: request authentication's
/// lookup. One statement reads one snapshot, so a check that writes nothing needs no
/// transaction.
pub fn find_with_user(
    conn: &Connection,
    uid: &str,
    client: &str,
) -> rusqlite::Result<Option<(User, Session)>> {
    // Built once: the user's columns, then the session's after them.
    static QUERY: LazyLock<(String, usize)> = LazyLock::new(|| {
        let sql = format!(
            "SELECT {}, tokens.client, tokens.token, tokens.previous_token, tokens.last_token,
                    tokens.expiry, tokens.updated_at_ms
             FROM users JOIN tokens ON tokens.user_id = users.id
             WHERE users.uid = ?1 AND tokens.client = ?2 LIMIT 1",
            users::COLUMNS
        );
        (sql, users::COLUMNS.split(',').count())
    });
    let (sql, session_columns) = &*QUERY;
    conn.prepare_cached(sql)?
        .query_row(params![uid, client], |row| {
            Ok((users::from_row(row)?, from_columns(row, *session_columns)?))
        })
        .optional()
}

pub fn find(conn: &Connection, user_id: i64, client: &str) -> rusqlite::Result<Option<Session>> {
    conn.prepare_cached(
        "SELECT client, token, previous_token, last_token, expiry, updated_at_ms
         FROM tokens WHERE user_id = ?1 AND client = ?2",
    )?
    .query_row(params![user_id, client], from_row)
    .optional()
}

pub fn list(conn: &Connection, user_id: i64) -> rusqlite::Result<Vec<Session>> {
    conn.prepare_cached(
        "SELECT client, token, previous_token, last_token, expiry, updated_at_ms
         FROM tokens WHERE user_id = ?1 ORDER BY expiry",
    )?
    .query_map([user_id], from_row)?
    .collect()
}

/// Inserts or replaces the session of `session.client`.
pub fn save(
    conn: &Connection,
    user_id: i64,
    session: &Session,
    now: DateTime<Utc>,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO tokens (user_id, client, token, previous_token, last_token, expiry, created_at_ms, updated_at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (user_id, client) DO UPDATE SET
             token = excluded.token, previous_token = excluded.previous_token,
             last_token = excluded.last_token, expiry = excluded.expiry,
             updated_at_ms = excluded.updated_at_ms",
    )?
    .execute(params![
        user_id,
        session.client,
        &session.token[..],
        session.previous_token.as_ref().map(|d| &d[..]),
        session.last_token.as_ref().map(|d| &d[..]),
        session.expiry,
        now.timestamp_millis(),
        session.updated_at.map(|t| t.timestamp_millis()),
    ])?;
    Ok(())
}

/// Slides the batch window of one session.
pub fn touch(
    conn: &Connection,
    user_id: i64,
    client: &str,
    now: DateTime<Utc>,
) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE tokens SET updated_at_ms = ?3 WHERE user_id = ?1 AND client = ?2")?
        .execute(params![user_id, client, now.timestamp_millis()])?;
    Ok(())
}

/// Ends one session; true if it existed.
pub fn delete(conn: &Connection, user_id: i64, client: &str) -> rusqlite::Result<bool> {
    let deleted = conn
        .prepare_cached("DELETE FROM tokens WHERE user_id = ?1 AND client = ?2")?
        .execute(params![user_id, client])?;
    Ok(deleted > 0)
}

/// Removes one user's sessions whose expiry is strictly before `now` (the gem does this on every
/// save of the user).
pub fn delete_expired_for_user(
    conn: &Connection,
    user_id: i64,
    now: DateTime<Utc>,
) -> rusqlite::Result<usize> {
    conn.prepare_cached("DELETE FROM tokens WHERE user_id = ?1 AND expiry < ?2")?
        .execute(params![user_id, now.timestamp()])
}

/// The periodic sweep: removes every expired session of every user.
pub fn delete_expired(conn: &Connection, now: DateTime<Utc>) -> rusqlite::Result<usize> {
    conn.prepare_cached("DELETE FROM tokens WHERE expiry < ?1")?
        .execute([now.timestamp()])
}

/// `remove_tokens_after_password_reset`: keeps only the session with the greatest expiry.
pub fn keep_only_latest(conn: &Connection, user_id: i64) -> rusqlite::Result<usize> {
    conn.prepare_cached(
        "DELETE FROM tokens WHERE user_id = ?1 AND client <> (
             SELECT client FROM tokens WHERE user_id = ?1 ORDER BY expiry DESC, updated_at_ms DESC LIMIT 1)",
    )?
    .execute([user_id])
}

/// Ends every session of a user; returns how many there were.
pub fn delete_all(conn: &Connection, user_id: i64) -> rusqlite::Result<usize> {
    conn.prepare_cached("DELETE FROM tokens WHERE user_id = ?1")?
        .execute([user_id])
}

/// A session as the operator sees it: no token digests.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SessionInfo {
    pub client: String,
    pub expiry: String,
    pub created_at: String,
    pub last_rotated_at: Option<String>,
}

pub fn describe(conn: &Connection, user_id: i64) -> rusqlite::Result<Vec<SessionInfo>> {
    let format_ms = |ms: i64| {
        DateTime::from_timestamp_millis(ms)
            .map(crate::store::format_time)
            .unwrap_or_default()
    };
    conn.prepare_cached(
        "SELECT client, expiry, created_at_ms, updated_at_ms FROM tokens WHERE user_id = ?1 ORDER BY created_at_ms",
    )?
    .query_map([user_id], |row| {
        let expiry: i64 = row.get(1)?;
        let created: i64 = row.get(2)?;
        let updated: Option<i64> = row.get(3)?;
        Ok(SessionInfo {
            client: row.get(0)?,
            expiry: format_ms(expiry * 1000),
            created_at: format_ms(created),
            last_rotated_at: updated.map(format_ms),
        })
    })?
    .collect()
}
