//! The operator's commands: accounts, sessions, backup, health check. Each works on the
//! database file directly — SQLite's WAL mode and busy timeout let it run beside `serve`.

use std::io::{BufRead, IsTerminal, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::time::Duration;

use anyhow::{Context, bail};
use chrono::Utc;

use crate::auth::hash_password;
use crate::cli::{SessionsCommand, UserCommand};
use crate::config::Settings;
use crate::domain::{Email, ValidationErrors, normalize_email, validate_password_change};
use crate::store::users::{self, Account};
use crate::store::{self, Db, sessions};

/// A failure with its exit code: 3 when the named account or session does not exist, 1 otherwise.
#[derive(Debug, thiserror::Error)]
pub enum OpsError {
    #[error("{0}")]
    NotFound(String),
    #[error(transparent)]
    Failed(#[from] anyhow::Error),
}

impl OpsError {
    pub fn exit_code(&self) -> u8 {
        match self {
            OpsError::NotFound(_) => 3,
            OpsError::Failed(_) => 1,
        }
    }
}

impl From<rusqlite::Error> for OpsError {
    fn from(e: rusqlite::Error) -> Self {
        OpsError::Failed(e.into())
    }
}

impl From<r2d2::Error> for OpsError {
    fn from(e: r2d2::Error) -> Self {
        OpsError::Failed(e.into())
    }
}

fn open(settings: &Settings) -> anyhow::Result<Db> {
    store::open(&settings.database.path)
}

fn account(db: &Db, email: &str) -> Result<Account, OpsError> {
    let email = normalize_email(email);
    users::account_by_email(&*db.get()?, &email)?
        .ok_or_else(|| OpsError::NotFound(format!("no account with email '{email}'")))
}

/// Reads a new password: from a prompt without echo on a terminal, else one line of stdin.
fn read_password() -> anyhow::Result<String> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password: ")?;
        let second = rpassword::prompt_password("Password (again): ")?;
        if first != second {
            bail!("the two passwords differ");
        }
        Ok(first)
    } else {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        Ok(line.trim_end_matches(['\n', '\r']).to_string())
    }
}

/// The password rules of the API, as one sentence.
fn checked_password(password: &str) -> anyhow::Result<String> {
    let mut errors = ValidationErrors::default();
    match validate_password_change(Some(password), None, &mut errors) {
        Some(change) => Ok(change.password),
        None => bail!("{}", errors.full_messages().join(", ")),
    }
}

fn print_accounts(accounts: &[Account], json: bool) -> anyhow::Result<()> {
    if json {
        println!("{}", serde_json::to_string_pretty(accounts)?);
        return Ok(());
    }
    println!(
        "{:>6}  {:<40} {:<9} {:<7} {:>8} {:>8}  created",
        "id", "email", "confirmed", "locked", "sign-ins", "sessions"
    );
    for a in accounts {
        println!(
            "{:>6}  {:<40} {:<9} {:<7} {:>8} {:>8}  {}",
            a.id,
            a.email.as_deref().unwrap_or(""),
            if a.confirmed_at.is_some() {
                "yes"
            } else {
                "no"
            },
            if a.locked_at.is_some() { "yes" } else { "no" },
            a.sign_in_count,
            a.sessions,
            a.created_at
        );
    }
    Ok(())
}

pub fn user(settings: &Settings, command: UserCommand) -> Result<(), OpsError> {
    let db = open(settings)?;
    let now = Utc::now();
    match command {
        UserCommand::List { json } => {
            print_accounts(&users::list_accounts(&*db.get()?)?, json)?;
        }
        UserCommand::Show { email, json } => {
            let account = account(&db, &email)?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&account).map_err(anyhow::Error::from)?
                );
            } else {
                print_accounts(std::slice::from_ref(&account), false)?;
            }
        }
        UserCommand::Create { email } => {
            let mut errors = ValidationErrors::default();
            let Some(email) = Email::parse(Some(&email), &mut errors) else {
                return Err(anyhow::anyhow!("{}", errors.full_messages().join(", ")).into());
            };
            let password = checked_password(&read_password()?)?;
            let hash = hash_password(&password, settings.auth.password_cost)?;
            let mut conn = db.get()?;
            let tx = conn.transaction()?;
            let new_user = users::NewUser {
                email: email.as_str(),
                encrypted_password: &hash,
                confirmation_token: None,
            };
            let created = match users::insert(&tx, &new_user, now)? {
                users::Insert::Created(user) => user,
                users::Insert::EmailTaken => {
                    return Err(anyhow::anyhow!("Email has already been taken").into());
                }
            };
            // The operator vouches for the address.
            users::confirm(&tx, created.id, now)?;
            tx.commit()?;
            println!("created account {} (id {})", created.uid, created.id);
        }
        UserCommand::SetPassword { email } => {
            let account = account(&db, &email)?;
            let password = checked_password(&read_password()?)?;
            let hash = hash_password(&password, settings.auth.password_cost)?;
            let mut conn = db.get()?;
            let tx = conn.transaction()?;
            users::set_password(&tx, account.id, &hash, now)?;
            let ended = sessions::delete_all(&tx, account.id)?;
            tx.commit()?;
            println!(
                "password of {} changed; {ended} session(s) ended",
                account.uid
            );
        }
        UserCommand::Confirm { email } => {
            let account = account(&db, &email)?;
            users::confirm(&*db.get()?, account.id, now)?;
            println!("{} confirmed", account.uid);
        }
        UserCommand::Lock { email } => {
            let account = account(&db, &email)?;
            let mut conn = db.get()?;
            let tx = conn.transaction()?;
            users::lock(&tx, account.id, now)?;
            // A lock is meant to shut the account out now, not at its tokens' expiry.
            let ended = sessions::delete_all(&tx, account.id)?;
            tx.commit()?;
            println!("{} locked; {ended} session(s) ended", account.uid);
        }
        UserCommand::Unlock { email } => {
            let account = account(&db, &email)?;
            users::unlock(&*db.get()?, account.id, now)?;
            println!("{} unlocked", account.uid);
        }
        UserCommand::Delete { email } => {
            let account = account(&db, &email)?;
            users::delete(&*db.get()?, account.id)?;
            println!(
                "{} deleted, with {} session(s)",
                account.uid, account.sessions
            );
        }
    }
    Ok(())
}

pub fn sessions(settings: &Settings, command: SessionsCommand) -> Result<(), OpsError> {
    let db = open(settings)?;
    match command {
        SessionsCommand::List { email, json } => {
            let account = account(&db, &email)?;
            let list = sessions::describe(&*db.get()?, account.id)?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&list).map_err(anyhow::Error::from)?
                );
            } else {
                println!(
                    "{:<24} {:<26} {:<26} last rotated",
                    "client", "created", "expires"
                );
                for s in &list {
                    println!(
                        "{:<24} {:<26} {:<26} {}",
                        s.client,
                        s.created_at,
                        s.expiry,
                        s.last_rotated_at.as_deref().unwrap_or("")
                    );
                }
            }
        }
        SessionsCommand::Revoke { email, client, all } => {
            let account = account(&db, &email)?;
            let conn = db.get()?;
            if all {
                let ended = sessions::delete_all(&conn, account.id)?;
                println!("{ended} session(s) of {} ended", account.uid);
            } else {
                let client = client.unwrap_or_default();
                if !sessions::delete(&conn, account.id, &client)? {
                    return Err(OpsError::NotFound(format!(
                        "{} has no session with client '{client}'",
                        account.uid
                    )));
                }
                println!("session {client} of {} ended", account.uid);
            }
        }
    }
    Ok(())
}

/// Copies the database with SQLite's online backup API into a temporary file beside `out`,
/// checks its integrity, then renames it into place, so `out` is never a partial copy.
pub fn backup(settings: &Settings, out: &Path) -> anyhow::Result<()> {
    if out.exists() {
        bail!("{} already exists; choose a new file name", out.display());
    }
    let source_path = &settings.database.path;
    if !source_path.exists() {
        bail!("there is no database at {}", source_path.display());
    }
    let source = rusqlite::Connection::open_with_flags(
        source_path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    )
    .with_context(|| format!("cannot open {}", source_path.display()))?;
    source.busy_timeout(Duration::from_secs(5))?;
    let partial = out.with_extension("partial");
    let _ = std::fs::remove_file(&partial);
    {
        let mut target = rusqlite::Connection::open(&partial)
            .with_context(|| format!("cannot create {}", partial.display()))?;
        let backup = rusqlite::backup::Backup::new(&source, &mut target)?;
        backup
            .run_to_completion(256, Duration::from_millis(5), None)
            .context("the backup did not complete")?;
    }
    let copy = rusqlite::Connection::open(&partial)?;
    // The copy of a WAL database is in WAL mode too; a backup file is better self-contained.
    copy.pragma_update(None, "journal_mode", "DELETE")?;
    let integrity: String = copy.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if integrity != "ok" {
        bail!("the copy failed its integrity check: {integrity}");
    }
    let count: i64 = copy.query_row("SELECT count(*) FROM users", [], |r| r.get(0))?;
    drop(copy);
    std::fs::rename(&partial, out)
        .with_context(|| format!("cannot move the copy to {}", out.display()))?;
    println!(
        "backup of {} written to {} ({count} users, integrity ok)",
        source_path.display(),
        out.display()
    );
    Ok(())
}

/// GET the health URL over plain HTTP/1.1; Ok only for a 200.
pub fn healthcheck(settings: &Settings, url: Option<&str>) -> anyhow::Result<()> {
    let default_url;
    let url = match url {
        Some(url) => url,
        None => {
            let bind = settings.server.bind;
            let host = if bind.ip().is_unspecified() {
                "127.0.0.1".to_string()
            } else {
                bind.ip().to_string()
            };
            default_url = format!("http://{host}:{}/health", bind.port());
            &default_url
        }
    };
    let rest = url
        .strip_prefix("http://")
        .with_context(|| format!("{url} is not an http:// URL"))?;
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/health"),
    };
    let address = std::net::ToSocketAddrs::to_socket_addrs(authority)
        .with_context(|| format!("cannot resolve {authority}"))?
        .next()
        .with_context(|| format!("cannot resolve {authority}"))?;
    let mut stream = TcpStream::connect_timeout(&address, Duration::from_secs(3))
        .with_context(|| format!("no server answers at {authority}"))?;
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\n\r\n"
    )?;
    let mut response = String::new();
    stream.take(64 * 1024).read_to_string(&mut response)?;
    let status = response.lines().next().unwrap_or("");
    if status.split_whitespace().nth(1) == Some("200") {
        println!("healthy: {url}");
        Ok(())
    } else {
        bail!("{url} answered {status:?}")
    }
}
