//! The three emails of PROTOCOL.md section 6, with the gem's texts. Every value is HTML-escaped
//! (the gem writes the confirmation link unescaped).

use super::Message;
use crate::http::escape_html;

pub fn confirmation_instructions(to: &str, link: &str) -> Message {
    Message {
        to: to.to_string(),
        subject: "Confirmation instructions".into(),
        html: format!(
            "<p>Welcome {to}!</p>\n\n<p>You can confirm your account email through the link below: </p>\n\n<p><a href=\"{link}\">Confirm my account</a></p>\n",
            to = escape_html(to),
            link = escape_html(link),
        ),
    }
}

pub fn reset_password_instructions(to: &str, link: &str) -> Message {
    Message {
        to: to.to_string(),
        subject: "Reset password instructions".into(),
        html: format!(
            "<p>Hello {to}!</p>\n\n<p>Someone has requested a link to change your password. You can do this through the link below.</p>\n\n<p><a href=\"{link}\">Change my password</a></p>\n\n<p>If you didn't request this, please ignore this email.</p>\n<p>Your password won't change until you access the link above and create a new one.</p>\n",
            to = escape_html(to),
            link = escape_html(link),
        ),
    }
}

pub fn unlock_instructions(to: &str, link: &str) -> Message {
    Message {
        to: to.to_string(),
        subject: "Unlock instructions".into(),
        html: format!(
            "<p>hello {to}!</p>\n\n<p>Your account has been locked due to an excessive number of unsuccessful sign in attempts.</p>\n\n<p>Click the link below to unlock your account:</p>\n\n<p><a href=\"{link}\">Unlock my account</a></p>\n",
            to = escape_html(to),
            link = escape_html(link),
        ),
    }
}
