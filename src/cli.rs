//! The command line: `tokenauth serve | migrate | print-config | send-test-email`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "tokenauth",
    version,
    about = "The devise_token_auth API in one binary, backed by SQLite"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// A TOML file whose keys override the built-in defaults (see config.toml).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// The SQLite database file [default: tokenauth.db].
    #[arg(long, global = true, value_name = "FILE")]
    pub database: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the API (default address 127.0.0.1:3000).
    Serve {
        /// Address and port to listen on, e.g. 0.0.0.0:3000 [default: 127.0.0.1:3000].
        #[arg(long, value_name = "ADDR")]
        bind: Option<String>,
    },
    /// Create or upgrade the database schema, then print its version.
    Migrate,
    /// Print the effective configuration as TOML.
    PrintConfig,
    /// Manage accounts (works on the database file, also while `serve` runs).
    #[command(subcommand)]
    User(UserCommand),
    /// List or revoke a user's sessions (signed-in devices).
    #[command(subcommand)]
    Sessions(SessionsCommand),
    /// Copy the database to FILE with SQLite's online backup API; safe while serving.
    Backup {
        /// Where to write the copy; must not exist yet.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Exit 0 when a running server answers GET /health with 200 (for container health checks).
    Healthcheck {
        /// The health URL [default: http://<server.bind>/health].
        #[arg(long, value_name = "URL")]
        url: Option<String>,
    },
    /// Send a short test message through the configured mail delivery and say where it went.
    SendTestEmail {
        /// The recipient, e.g. you@example.com.
        #[arg(value_name = "TO")]
        to: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// List every account.
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Show one account.
    Show {
        email: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Create an account, confirmed; the password is read from a prompt or from standard input,
    /// never from an argument (which `ps` would show).
    Create { email: String },
    /// Set a new password (prompt or standard input) and end every session of the account.
    SetPassword { email: String },
    /// Mark the account's email as confirmed.
    Confirm { email: String },
    /// Lock the account and end its sessions: sign-in is refused until it is unlocked.
    Lock { email: String },
    /// Unlock the account and reset its failed-attempt count.
    Unlock { email: String },
    /// Delete the account and all its sessions.
    Delete { email: String },
}

#[derive(Debug, Subcommand)]
pub enum SessionsCommand {
    /// List the sessions of an account.
    List {
        email: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// End one session (--client) or all of them (--all); their tokens stop working at once.
    Revoke {
        email: String,
        /// The client id of the session to end.
        #[arg(long, conflicts_with = "all", required_unless_present = "all")]
        client: Option<String>,
        /// End every session of the account.
        #[arg(long)]
        all: bool,
    },
}
