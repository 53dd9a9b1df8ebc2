use super::ValidationErrors;

/// Longest accepted address. The gem has no limit; RFC 5321 allows 254 characters, and an
/// unbounded column invites abuse, so longer input is a validation error.
pub const MAX_EMAIL_CHARS: usize = 255;

/// An email address that passed the gem's validations, normalized (trimmed, lower-cased).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    /// Normalizes and validates. Errors are added under `email` in the gem's order:
    /// presence, then format, then (our addition) length.
    pub fn parse(raw: Option<&str>, errors: &mut ValidationErrors) -> Option<Email> {
        let normalized = normalize_email(raw.unwrap_or(""));
        if normalized.trim().is_empty() {
            errors.add("email", "can't be blank");
            return None;
        }
        if !has_email_format(&normalized) {
            errors.add("email", "is not an email");
            return None;
        }
        if normalized.chars().count() > MAX_EMAIL_CHARS {
            errors.add(
                "email",
                format!("is too long (maximum is {MAX_EMAIL_CHARS} characters)"),
            );
            return None;
        }
        Some(Email(normalized))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// Devise's `strip_whitespace_keys` and `case_insensitive_keys` for `email`.
pub fn normalize_email(raw: &str) -> String {
    raw.trim().to_lowercase()
}

/// DTA's email format: `[^@\s]+@` then one or more `[a-z0-9-]+\.` labels then a top-level label
/// of at least two ASCII letters, over the whole string, case-insensitively.
fn has_email_format(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    // The gem allows any non-whitespace; control characters are refused too, since they cannot
    // travel in the `uid` header.
    if local.is_empty() || local.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let labels: Vec<&str> = domain.split('.').collect();
    let Some((tld, rest)) = labels.split_last() else {
        return false;
    };
    !rest.is_empty()
        && rest.iter().all(|label| {
            !label.is_empty() && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && tld.len() >= 2
        && tld.chars().all(|c| c.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_matches_the_gem() {
        for ok in [
            "ak+testing@gmail.com",
            "a@b.co",
            "x.y@sub.example-host.org",
            "Üser@example.com",
        ] {
            assert!(has_email_format(ok), "{ok}");
        }
        for bad in [
            "false_email@",
            "@example.com",
            "a@localhost",
            "a@b.c",
            "a@bücher.de",
            "a@under_score.com",
            "a b@example.com",
            "a@@example.com",
            "a@example..com",
            "a@example.c0m",
            "nul\u{0}byte@example.com",
        ] {
            assert!(!has_email_format(bad), "{bad}");
        }
    }

    #[test]
    fn parse_normalizes_and_reports_in_order() {
        let mut errors = ValidationErrors::default();
        let email = Email::parse(Some("  Jane@Example.COM "), &mut errors).unwrap();
        assert_eq!(email.as_str(), "jane@example.com");
        assert!(errors.is_empty());

        Email::parse(Some("   "), &mut errors);
        Email::parse(Some("nope"), &mut errors);
        let long = format!("{}@example.com", "a".repeat(300));
        Email::parse(Some(&long), &mut errors);
        assert_eq!(
            errors.full_messages(),
            [
                "Email can't be blank",
                "Email is not an email",
                "Email is too long (maximum is 255 characters)"
            ]
        );
    }
}
