use super::ValidationErrors;

pub const MIN_PASSWORD_CHARS: usize = 6;
pub const MAX_PASSWORD_CHARS: usize = 128;

/// A new password as submitted, before hashing.
#[derive(Clone)]
pub struct PasswordChange {
    pub password: String,
}

impl std::fmt::Debug for PasswordChange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordChange([redacted])")
    }
}

/// Devise `validatable` for a password being set: presence, confirmation (only when a
/// confirmation was sent), then length 6..128 characters (skipped when blank).
pub fn validate_password_change(
    password: Option<&str>,
    confirmation: Option<&str>,
    errors: &mut ValidationErrors,
) -> Option<PasswordChange> {
    let password = password.unwrap_or("");
    let blank = password.trim().is_empty();
    let mut valid = true;
    if blank {
        errors.add("password", "can't be blank");
        valid = false;
    }
    if let Some(confirmation) = confirmation
        && confirmation != password
    {
        errors.add("password_confirmation", "doesn't match Password");
        valid = false;
    }
    if !blank {
        let length = password.chars().count();
        if length < MIN_PASSWORD_CHARS {
            errors.add(
                "password",
                format!("is too short (minimum is {MIN_PASSWORD_CHARS} characters)"),
            );
            valid = false;
        } else if length > MAX_PASSWORD_CHARS {
            errors.add(
                "password",
                format!("is too long (maximum is {MAX_PASSWORD_CHARS} characters)"),
            );
            valid = false;
        }
    }
    valid.then(|| PasswordChange {
        password: password.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(password: Option<&str>, confirmation: Option<&str>) -> Vec<String> {
        let mut errors = ValidationErrors::default();
        validate_password_change(password, confirmation, &mut errors);
        errors.full_messages()
    }

    #[test]
    fn devise_validatable_rules() {
        assert!(messages(Some("secret123"), Some("secret123")).is_empty());
        assert!(messages(Some("secret123"), None).is_empty());
        assert_eq!(messages(None, None), ["Password can't be blank"]);
        assert_eq!(messages(Some("      "), None), ["Password can't be blank"]);
        assert_eq!(
            messages(Some("abc"), Some("abd")),
            [
                "Password confirmation doesn't match Password",
                "Password is too short (minimum is 6 characters)"
            ]
        );
        assert_eq!(
            messages(Some(&"x".repeat(129)), None),
            ["Password is too long (maximum is 128 characters)"]
        );
        assert!(messages(Some(&"é".repeat(128)), None).is_empty());
    }
}
