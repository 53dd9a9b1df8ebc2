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
    /// Send a short test message through the configured mail delivery and say where it went.
    SendTestEmail {
        /// The recipient, e.g. you@example.com.
        #[arg(value_name = "TO")]
        to: String,
    },
}
