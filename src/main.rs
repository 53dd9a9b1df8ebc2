use std::collections::BTreeMap;
use std::process::ExitCode;

use clap::Parser;
use tokenauth::cli::{Cli, Command};
use tokenauth::config::{LogFormat, LogSettings, MailDelivery, Overrides, Settings};
use tokenauth::mail::Delivered;
use tokenauth::startup::Application;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let bind = match &cli.command {
        Command::Serve { bind } => bind.clone(),
        _ => None,
    };
    let overrides = Overrides {
        bind,
        database: cli.global.database.clone(),
    };
    let loaded = match Settings::load(cli.global.config.as_deref(), &overrides) {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("tokenauth: {e:#}");
            return ExitCode::FAILURE;
        }
    };
    init_tracing(&loaded.settings.log);
    for key in &loaded.unknown_keys {
        tracing::warn!("unknown configuration key `{key}` is ignored");
    }
    match run(cli, loaded.settings, &loaded.origins) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tokenauth: {e:#}");
            let code = e
                .downcast_ref::<tokenauth::ops::OpsError>()
                .map_or(1, |e| e.exit_code());
            ExitCode::from(code)
        }
    }
}

fn run(cli: Cli, settings: Settings, origins: &BTreeMap<String, String>) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve { .. } => serve(settings),
        Command::Migrate => {
            let db = tokenauth::store::open(&settings.database.path)?;
            drop(db);
            println!(
                "{}: schema version {}",
                settings.database.path.display(),
                tokenauth::store::SCHEMA_VERSION
            );
            Ok(())
        }
        Command::PrintConfig => {
            print!("{}", tokenauth::config::render(&settings, origins));
            Ok(())
        }
        Command::User(command) => tokenauth::ops::user(&settings, command).map_err(Into::into),
        Command::Sessions(command) => {
            tokenauth::ops::sessions(&settings, command).map_err(Into::into)
        }
        Command::Backup { out } => tokenauth::ops::backup(&settings, &out),
        Command::Healthcheck { url } => tokenauth::ops::healthcheck(&settings, url.as_deref()),
        Command::SendTestEmail { to } => {
            let mailer = tokenauth::mail::Mailer::new(&settings.mail)?;
            mailer.prepare()?;
            match mailer.send_test(&to, chrono::Utc::now())? {
                Delivered::Outbox(path) => {
                    println!(
                        "test email to {to} written to {}",
                        absolute(&path).display()
                    )
                }
                delivered => println!("test email to {to} {delivered}"),
            }
            Ok(())
        }
    }
}

fn serve(settings: Settings) -> anyhow::Result<()> {
    actix_web::rt::System::new().block_on(async move {
        let database = absolute(&settings.database.path);
        let mail = match settings.mail.delivery {
            MailDelivery::Outbox => format!(
                "mail outbox: {}",
                absolute(&settings.mail.outbox_dir).display()
            ),
            MailDelivery::Log => "mail: written to the log".to_string(),
            MailDelivery::Smtp => format!(
                "mail: SMTP {}:{} ({})",
                settings.mail.smtp_host, settings.mail.smtp_port, settings.mail.smtp_encryption
            ),
        };
        let host = settings.server.bind.ip();
        let mount = settings.auth.mount_path.clone();
        let app = Application::build(settings).await?;
        // The server must not die when whoever started it stops reading its output.
        say(&format!(
            "tokenauth {} listening on http://{}:{}{mount}\n  database: {}\n  {mail}",
            env!("CARGO_PKG_VERSION"),
            host,
            app.port(),
            database.display(),
        ));
        app.run_until_stopped().await?;
        say("tokenauth stopped");
        Ok(())
    })
}

/// Prints one message to stdout, ignoring a closed pipe.
fn say(message: &str) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{message}").and_then(|()| stdout.flush());
}

fn absolute(path: &std::path::Path) -> std::path::PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

fn init_tracing(log: &LogSettings) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .or_else(|_| tracing_subscriber::EnvFilter::try_new(&log.level))
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match log.format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder
            .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
            .init(),
    }
}
