use std::path::Path;
use std::time::Duration;

use anyhow::{Context, bail};
use r2d2_sqlite::SqliteConnectionManager;
use rusqlite::Connection;

pub type Db = r2d2::Pool<SqliteConnectionManager>;

/// The schema version this binary writes; `schema.sql` is version 1.
pub const SCHEMA_VERSION: i64 = 1;
const SCHEMA: &str = include_str!("../../schema.sql");

/// Opens (creating if needed) the database, applies the schema and returns a pool.
pub fn open(path: &Path) -> anyhow::Result<Db> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the directory {}", dir.display()))?;
    }
    let mut first = Connection::open(path)
        .with_context(|| format!("cannot open the database {}", path.display()))?;
    // WAL is a property of the file: set it once, before any pooled connection exists.
    first
        .pragma_update(None, "journal_mode", "WAL")
        .with_context(|| format!("cannot write to the database {}", path.display()))?;
    migrate(&mut first).with_context(|| format!("database {}", path.display()))?;
    drop(first);

    let manager = SqliteConnectionManager::file(path).with_init(configure_connection);
    r2d2::Pool::builder()
        .max_size(8)
        // r2d2 would otherwise parse and run `SELECT 1` on every checkout: a tenth of a
        // `GET /health` in the profile (issue 7), for a file connection that cannot go stale.
        .test_on_check_out(false)
        .connection_timeout(Duration::from_secs(10))
        .build(manager)
        .context("cannot open a pool of database connections")
}

/// Per-connection settings, in this order: `busy_timeout` first so that even the other pragmas
/// wait for a writer instead of failing; `foreign_keys` so deleting a user deletes its sessions;
/// `synchronous = NORMAL`, which in WAL mode keeps every committed transaction across a process
/// crash (kill -9) and only risks the last ones on power loss.
fn configure_connection(conn: &mut Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    Ok(())
}

/// Applies `schema.sql` to an empty database; refuses a database newer than this binary.
pub fn migrate(conn: &mut Connection) -> anyhow::Result<i64> {
    configure_connection(conn)?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if version > SCHEMA_VERSION {
        bail!(
            "it has schema version {version}, but this tokenauth only knows versions up to \
             {SCHEMA_VERSION}; use a newer tokenauth"
        );
    }
    if version < SCHEMA_VERSION {
        let tx = conn.transaction()?;
        tx.execute_batch(SCHEMA)
            .context("applying schema.sql failed")?;
        tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        tx.commit()?;
    }
    Ok(SCHEMA_VERSION)
}
