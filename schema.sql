-- tokenauth schema, version 1. Applied at start-up to an empty database; the version is kept in
-- PRAGMA user_version and a binary refuses to open a database newer than itself.
-- Times are UTC: TEXT columns hold ISO-8601 with milliseconds ("2026-12-03T15:35:49.917Z"),
-- INTEGER columns named *_ms hold Unix milliseconds, `expiry` holds Unix seconds.

CREATE TABLE users (
    id                     INTEGER PRIMARY KEY AUTOINCREMENT,
    provider               TEXT    NOT NULL DEFAULT 'email',
    uid                    TEXT    NOT NULL DEFAULT '',
    encrypted_password     TEXT    NOT NULL DEFAULT '',
    reset_password_token   TEXT,
    reset_password_sent_at TEXT,
    allow_password_change  INTEGER NOT NULL DEFAULT 0,
    remember_created_at    TEXT,
    confirmation_token     TEXT,
    confirmed_at           TEXT,
    confirmation_sent_at   TEXT,
    unconfirmed_email      TEXT,
    failed_attempts        INTEGER NOT NULL DEFAULT 0,
    unlock_token           TEXT,
    locked_at              TEXT,
    sign_in_count          INTEGER NOT NULL DEFAULT 0,
    current_sign_in_at     TEXT,
    last_sign_in_at        TEXT,
    current_sign_in_ip     TEXT,
    last_sign_in_ip        TEXT,
    email                  TEXT,
    created_at             TEXT    NOT NULL,
    updated_at             TEXT    NOT NULL
);

-- Emails are stored normalized (trimmed, lower-case); NOCASE also makes the index reject a
-- second spelling of the same address if a row ever bypasses normalization.
CREATE UNIQUE INDEX index_users_on_email ON users (email COLLATE NOCASE);
CREATE UNIQUE INDEX index_users_on_uid_and_provider ON users (uid, provider);
CREATE UNIQUE INDEX index_users_on_reset_password_token ON users (reset_password_token);
CREATE UNIQUE INDEX index_users_on_confirmation_token ON users (confirmation_token);
CREATE UNIQUE INDEX index_users_on_unlock_token ON users (unlock_token);

-- One row per signed-in device (user, client). Access tokens are random, so only their SHA-256
-- digests are kept: current, previous and the one before (PROTOCOL.md 1.3).
CREATE TABLE tokens (
    user_id        INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client         TEXT    NOT NULL,
    token          BLOB    NOT NULL,
    previous_token BLOB,
    last_token     BLOB,
    expiry         INTEGER NOT NULL,
    created_at_ms  INTEGER NOT NULL,
    updated_at_ms  INTEGER,
    PRIMARY KEY (user_id, client)
) WITHOUT ROWID;

CREATE INDEX index_tokens_on_expiry ON tokens (expiry);
