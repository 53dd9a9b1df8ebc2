//! Mail without a mail server: by default every message is written as an `.eml` file into the
//! outbox directory and the file is named in the log (never the link: it carries a token).
//! `delivery = "log"` prints messages instead,
//! and `delivery = "smtp"` sends them through an SMTP server (lettre, blocking).

pub mod templates;

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use anyhow::Context;
use chrono::{DateTime, Utc};
use lettre::Transport as _;
use lettre::message::{Mailbox, SinglePart};
use lettre::transport::smtp::SmtpTransport;
use lettre::transport::smtp::authentication::Credentials;

use crate::config::{MailDelivery, MailSettings, SmtpEncryption};

/// One message, as the API's email flows produce it.
#[derive(Debug, Clone)]
pub struct Message {
    pub to: String,
    pub subject: String,
    pub html: String,
}

/// Where `Mailer::send` put a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivered {
    /// Written as this `.eml` file.
    Outbox(PathBuf),
    /// Printed to the log.
    Log,
    /// Accepted by the SMTP server at `relay` ("host:port").
    Smtp { relay: String },
}

impl fmt::Display for Delivered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Delivered::Outbox(path) => write!(f, "written to {}", path.display()),
            Delivered::Log => f.write_str("written to the log"),
            Delivered::Smtp { relay } => write!(f, "sent via SMTP to {relay}"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Mailer {
    delivery: MailDelivery,
    from: String,
    outbox_dir: PathBuf,
    /// Orders outbox files that share a timestamp (a test clock can stand still); shared by
    /// clones so that every handler draws from one sequence.
    sequence: Arc<AtomicU64>,
    /// Built once at start-up when `delivery = "smtp"`.
    smtp: Option<Smtp>,
}

/// The SMTP side of the mailer. lettre's `Credentials` never print the password in Debug.
#[derive(Debug, Clone)]
struct Smtp {
    transport: SmtpTransport,
    from: Mailbox,
    /// "host:port", for messages.
    relay: String,
}

impl Mailer {
    /// Checks the settings of the chosen delivery (for SMTP: the From address, the host, the
    /// credentials) so that mistakes stop start-up instead of the first sign-up's mail.
    pub fn new(settings: &MailSettings) -> anyhow::Result<Self> {
        let smtp = match settings.delivery {
            MailDelivery::Smtp => Some(Smtp::new(settings)?),
            MailDelivery::Outbox | MailDelivery::Log => None,
        };
        Ok(Mailer {
            delivery: settings.delivery,
            from: settings.from.clone(),
            outbox_dir: settings.outbox_dir.clone(),
            sequence: Arc::new(AtomicU64::new(0)),
            smtp,
        })
    }

    /// "host:port" of the SMTP server when `delivery = "smtp"`.
    pub fn smtp_relay(&self) -> Option<&str> {
        self.smtp.as_ref().map(|smtp| smtp.relay.as_str())
    }

    /// Creates the outbox directory so that the first message cannot fail on it.
    pub fn prepare(&self) -> anyhow::Result<()> {
        if self.delivery == MailDelivery::Outbox {
            std::fs::create_dir_all(&self.outbox_dir).with_context(|| {
                format!(
                    "cannot create the mail outbox {}",
                    self.outbox_dir.display()
                )
            })?;
        }
        Ok(())
    }

    /// Delivers `message` and says where it went; blocking (file or network I/O), so call it
    /// from `web::block`. Errors carry a sentence naming the recipient and the destination.
    pub fn send(&self, message: &Message, now: DateTime<Utc>) -> anyhow::Result<Delivered> {
        match (&self.smtp, self.delivery) {
            (Some(smtp), _) => {
                smtp.send(message, now).with_context(|| {
                    format!(
                        "sending mail to {} via SMTP {} failed",
                        message.to, smtp.relay
                    )
                })?;
                tracing::info!(to = %message.to, subject = %message.subject, relay = %smtp.relay, "mail sent via SMTP");
                Ok(Delivered::Smtp {
                    relay: smtp.relay.clone(),
                })
            }
            (None, MailDelivery::Log) => {
                let eml = self.render(message, now);
                tracing::info!(to = %message.to, subject = %message.subject, "mail:\n{eml}");
                Ok(Delivered::Log)
            }
            (None, MailDelivery::Outbox | MailDelivery::Smtp) => {
                let path = self.write_to_outbox(message, now)?;
                tracing::info!(to = %message.to, subject = %message.subject, file = %path.display(), "mail written to the outbox");
                Ok(Delivered::Outbox(path))
            }
        }
    }

    /// Sends the message of `tokenauth send-test-email` to `to`.
    pub fn send_test(&self, to: &str, now: DateTime<Utc>) -> anyhow::Result<Delivered> {
        let to = to.trim();
        to.parse::<lettre::Address>().map_err(|e| {
            anyhow::anyhow!("{to:?} is not an email address such as you@example.com ({e})")
        })?;
        let message = Message {
            to: to.to_string(),
            subject: "tokenauth test email".to_string(),
            html: format!(
                "<p>This is a test email from tokenauth {}.</p>\n<p>If you can read it, mail delivery works.</p>\n",
                env!("CARGO_PKG_VERSION")
            ),
        };
        self.send(&message, now)
    }

    /// Writes one `.eml` file. The name is the timestamp, a sequence number and a UUID, so names
    /// sort in creation order and never collide; the file appears under its final name only
    /// once complete (write to a hidden temporary file, then rename).
    fn write_to_outbox(&self, message: &Message, now: DateTime<Utc>) -> anyhow::Result<PathBuf> {
        let sequence = self.sequence.fetch_add(1, Ordering::Relaxed);
        let name = format!(
            "{}-{sequence:08}-{}.eml",
            now.format("%Y%m%dT%H%M%S%.3fZ"),
            uuid::Uuid::new_v4().simple()
        );
        let path = self.outbox_dir.join(&name);
        let partial = self.outbox_dir.join(format!(".{name}.partial"));
        let eml = self.render(message, now);
        let written = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&partial)
            .and_then(|mut file| std::io::Write::write_all(&mut file, eml.as_bytes()))
            .and_then(|()| std::fs::rename(&partial, &path));
        if let Err(e) = written {
            let _ = std::fs::remove_file(&partial);
            return Err(e).with_context(|| {
                format!(
                    "cannot write the mail to {} into the outbox {}",
                    message.to,
                    path.display()
                )
            });
        }
        Ok(path)
    }

    /// An RFC 5322 message with one HTML part.
    fn render(&self, message: &Message, now: DateTime<Utc>) -> String {
        format!(
            "From: {from}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {date}\r\nMessage-ID: <{id}@tokenauth>\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n",
            from = self.from,
            to = message.to,
            subject = message.subject,
            date = now.to_rfc2822(),
            id = uuid::Uuid::new_v4(),
            body = message.html.replace('\n', "\r\n"),
        )
    }
}

impl Smtp {
    fn new(settings: &MailSettings) -> anyhow::Result<Self> {
        let from: Mailbox = settings.from.parse().map_err(|e| {
            anyhow::anyhow!(
                "mail.from {:?} is not a valid address ({e}); write it as \"Name <user@example.com>\" or \"user@example.com\"",
                settings.from
            )
        })?;
        let host = settings.smtp_host.trim();
        if host.is_empty() {
            anyhow::bail!("mail.smtp_host is empty; set it to the name of the SMTP server");
        }
        if settings.smtp_timeout.0.is_zero() {
            anyhow::bail!("mail.smtp_timeout must be longer than 0 seconds, e.g. \"10 seconds\"");
        }
        let relay = if host.contains(':') {
            format!("[{host}]:{}", settings.smtp_port)
        } else {
            format!("{host}:{}", settings.smtp_port)
        };
        let builder = match settings.smtp_encryption {
            SmtpEncryption::None => SmtpTransport::builder_dangerous(host),
            SmtpEncryption::Starttls => SmtpTransport::starttls_relay(host)
                .map_err(|e| anyhow::anyhow!("cannot set up STARTTLS for {relay}: {e}"))?,
            SmtpEncryption::Tls => SmtpTransport::relay(host)
                .map_err(|e| anyhow::anyhow!("cannot set up TLS for {relay}: {e}"))?,
        };
        let mut builder = builder
            .port(settings.smtp_port)
            .timeout(Some(settings.smtp_timeout.0));
        if !settings.smtp_username.is_empty() {
            builder = builder.credentials(Credentials::new(
                settings.smtp_username.clone(),
                settings.smtp_password.expose().to_string(),
            ));
        } else if !settings.smtp_password.is_empty() {
            anyhow::bail!(
                "mail.smtp_password is set but mail.smtp_username is empty; set both to sign in to the SMTP server"
            );
        }
        Ok(Smtp {
            transport: builder.build(),
            from,
            relay,
        })
    }

    fn send(&self, message: &Message, now: DateTime<Utc>) -> anyhow::Result<()> {
        let email = self.build(message, now)?;
        // lettre's errors repeat their source in Display, so keep only the one line.
        self.transport
            .send(&email)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        Ok(())
    }

    /// The same From/To/Subject/Date as the outbox, with one `text/html; charset=utf-8` part.
    fn build(&self, message: &Message, now: DateTime<Utc>) -> anyhow::Result<lettre::Message> {
        let to: Mailbox = message
            .to
            .parse()
            .map_err(|e| anyhow::anyhow!("{:?} is not a valid address ({e})", message.to))?;
        lettre::Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(message.subject.as_str())
            .date(now.into())
            .singlepart(SinglePart::html(message.html.clone()))
            .map_err(|e| anyhow::anyhow!("cannot build the message: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::config::{HumanDuration, Secret, Settings};

    fn message() -> Message {
        Message {
            to: "alice@example.com".into(),
            subject: "Confirmation instructions".into(),
            html: "<p>Welcome alice@example.com!</p>\n<p><a href=\"http://x/confirm?t=1\">Confirm</a></p>".into(),
        }
    }

    fn settings(dir: &std::path::Path) -> MailSettings {
        let mut settings = Settings::defaults().mail;
        settings.outbox_dir = dir.to_path_buf();
        settings
    }

    #[test]
    fn outbox_files_sort_in_creation_order_even_when_the_clock_stands_still() {
        let dir = tempfile::tempdir().unwrap();
        let mailer = Mailer::new(&settings(dir.path())).unwrap();
        let now = Utc::now();
        let mut written = Vec::new();
        for i in 0..20 {
            let mut m = message();
            m.subject = format!("message {i}");
            match mailer.send(&m, now).unwrap() {
                Delivered::Outbox(path) => written.push(path),
                other => panic!("{other:?}"),
            }
        }
        let mut listed: Vec<PathBuf> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        listed.sort();
        assert_eq!(
            listed, written,
            "one file per message, in creation order, nothing else"
        );
        let last = std::fs::read_to_string(&written[19]).unwrap();
        assert!(last.contains("Subject: message 19\r\n"), "{last}");
    }

    #[test]
    fn outbox_message_has_the_headers_and_the_html_body() {
        let dir = tempfile::tempdir().unwrap();
        let mailer = Mailer::new(&settings(dir.path())).unwrap();
        let Delivered::Outbox(path) = mailer.send(&message(), Utc::now()).unwrap() else {
            panic!("the default delivery is the outbox");
        };
        assert_eq!(path.extension().unwrap(), "eml");
        let eml = std::fs::read_to_string(path).unwrap();
        for header in [
            "From: tokenauth <no-reply@localhost>\r\n",
            "To: alice@example.com\r\n",
            "Subject: Confirmation instructions\r\n",
            "Content-Type: text/html; charset=UTF-8\r\n",
        ] {
            assert!(eml.contains(header), "{header:?} in {eml}");
        }
        assert!(eml.contains("\r\n\r\n<p>Welcome alice@example.com!</p>\r\n"));
    }

    #[test]
    fn smtp_message_is_one_html_part_with_the_same_headers() {
        let dir = tempfile::tempdir().unwrap();
        let mut settings = settings(dir.path());
        settings.delivery = MailDelivery::Smtp;
        settings.smtp_encryption = SmtpEncryption::None;
        let mailer = Mailer::new(&settings).unwrap();
        let smtp = mailer.smtp.as_ref().unwrap();
        assert_eq!(mailer.smtp_relay(), Some("localhost:587"));
        let email = smtp.build(&message(), Utc::now()).unwrap();
        let text = String::from_utf8(email.formatted()).unwrap();
        for header in [
            "From: tokenauth <no-reply@localhost>\r\n",
            "To: alice@example.com\r\n",
            "Subject: Confirmation instructions\r\n",
            "MIME-Version: 1.0\r\n",
            "Content-Type: text/html; charset=utf-8\r\n",
        ] {
            assert!(text.contains(header), "{header:?} in {text}");
        }
        assert!(text.contains("<p>Welcome alice@example.com!</p>"), "{text}");
        assert_eq!(
            email
                .envelope()
                .to()
                .iter()
                .map(|a| a.to_string())
                .collect::<Vec<_>>(),
            ["alice@example.com"]
        );
    }

    #[test]
    fn smtp_settings_mistakes_stop_start_up_with_a_sentence() {
        let dir = tempfile::tempdir().unwrap();
        let base = {
            let mut settings = settings(dir.path());
            settings.delivery = MailDelivery::Smtp;
            settings
        };
        let error = |change: &dyn Fn(&mut MailSettings)| {
            let mut settings = base.clone();
            change(&mut settings);
            format!("{:#}", Mailer::new(&settings).unwrap_err())
        };
        assert!(error(&|s| s.from = "not an address".into()).contains("mail.from"));
        assert!(error(&|s| s.smtp_host = " ".into()).contains("mail.smtp_host"));
        assert!(
            error(&|s| s.smtp_timeout = HumanDuration(Duration::ZERO))
                .contains("mail.smtp_timeout")
        );
        let no_user = error(&|s| s.smtp_password = Secret::new("hunter2"));
        assert!(no_user.contains("mail.smtp_username"), "{no_user}");
        assert!(!no_user.contains("hunter2"));
        // TLS settings are built at start-up too, and a password with a user is fine.
        for encryption in [SmtpEncryption::Starttls, SmtpEncryption::Tls] {
            let mut settings = base.clone();
            settings.smtp_encryption = encryption;
            settings.smtp_username = "user".into();
            settings.smtp_password = Secret::new("hunter2");
            let mailer = Mailer::new(&settings).unwrap();
            assert!(!format!("{mailer:?}").contains("hunter2"));
        }
    }

    #[test]
    fn smtp_failure_names_the_recipient_and_the_server() {
        // A port that nothing listens on: bind, note it, release it.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let dir = tempfile::tempdir().unwrap();
        let mut settings = settings(dir.path());
        settings.delivery = MailDelivery::Smtp;
        settings.smtp_host = "127.0.0.1".into();
        settings.smtp_port = port;
        settings.smtp_encryption = SmtpEncryption::None;
        let mailer = Mailer::new(&settings).unwrap();
        let error = format!("{:#}", mailer.send(&message(), Utc::now()).unwrap_err());
        assert!(
            error.starts_with(&format!(
                "sending mail to alice@example.com via SMTP 127.0.0.1:{port} failed: "
            )),
            "{error}"
        );
    }
}
