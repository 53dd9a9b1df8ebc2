//! Mail without a mail server: by default every message is written as an `.eml` file into the
//! outbox directory, and its first link is logged.

use std::path::{Path, PathBuf};

use anyhow::Context;
use chrono::{DateTime, Utc};

use crate::config::{MailDelivery, MailSettings};

/// One message, as the API's email flows produce it.
#[derive(Debug, Clone)]
pub struct Message {
    pub to: String,
    pub subject: String,
    pub html: String,
}

#[derive(Debug, Clone)]
pub struct Mailer {
    delivery: MailDelivery,
    from: String,
    outbox_dir: PathBuf,
}

impl Mailer {
    pub fn new(settings: &MailSettings) -> Self {
        Mailer {
            delivery: settings.delivery,
            from: settings.from.clone(),
            outbox_dir: settings.outbox_dir.clone(),
        }
    }

    pub fn outbox_dir(&self) -> &Path {
        &self.outbox_dir
    }

    pub fn delivery(&self) -> MailDelivery {
        self.delivery
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

    /// Delivers `message`; blocking (file or network I/O), so call it from `web::block`.
    pub fn send(&self, message: &Message, now: DateTime<Utc>) -> anyhow::Result<()> {
        let eml = self.render(message, now);
        match self.delivery {
            MailDelivery::Outbox => {
                let name = format!(
                    "{}-{}.eml",
                    now.format("%Y%m%dT%H%M%S%.3fZ"),
                    uuid::Uuid::new_v4().simple()
                );
                let path = self.outbox_dir.join(name);
                std::fs::write(&path, eml)
                    .with_context(|| format!("cannot write {}", path.display()))?;
                tracing::info!(to = %message.to, subject = %message.subject, file = %path.display(), "mail written to the outbox");
            }
            MailDelivery::Log => {
                tracing::info!(to = %message.to, subject = %message.subject, "mail:\n{eml}");
            }
        }
        Ok(())
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
