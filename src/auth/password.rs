//! Devise-compatible password hashing: bcrypt `$2a$`, 72-byte truncation (PROTOCOL.md 5.7).

use std::sync::OnceLock;

use anyhow::Context;

pub fn hash_password(password: &str, cost: u32) -> anyhow::Result<String> {
    let parts = bcrypt::hash_with_result(password, cost).context("bcrypt hashing failed")?;
    Ok(parts.format_for_version(bcrypt::Version::TwoA))
}

/// Checks `password` against `stored`; a blank or unparsable hash never matches.
pub fn verify_password(password: &str, stored: &str) -> bool {
    !stored.is_empty() && bcrypt::verify(password, stored).unwrap_or(false)
}

/// Devise's `update_with_password` check: adds `current_password` "can't be blank" or
/// "is invalid" to `errors`.
pub fn check_current_password(
    given: Option<&str>,
    encrypted_password: &str,
    errors: &mut crate::domain::ValidationErrors,
) {
    match given {
        None | Some("") => errors.add("current_password", "can't be blank"),
        Some(given) if !verify_password(given, encrypted_password) => {
            errors.add("current_password", "is invalid")
        }
        Some(_) => {}
    }
}

/// Spends the same bcrypt work as a real check, for sign-ins of unknown or inactive accounts, so
/// that response time does not reveal whether an account exists.
pub fn verify_against_dummy(password: &str, cost: u32) {
    static DUMMY: OnceLock<(u32, String)> = OnceLock::new();
    let (dummy_cost, dummy) = DUMMY.get_or_init(|| {
        let hash = hash_password("tokenauth timing equaliser", cost).unwrap_or_default();
        (cost, hash)
    });
    if *dummy_cost == cost {
        verify_password(password, dummy);
    } else {
        // Only reachable if one process serves two costs (tests); stay correct, if not equal-timed.
        let _ = hash_password(password, cost);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_2a_and_verify() {
        let hash = hash_password("secret123", 4).unwrap();
        assert!(hash.starts_with("$2a$04$"));
        assert_eq!(hash.len(), 60);
        assert!(verify_password("secret123", &hash));
        assert!(!verify_password("secret124", &hash));
        assert!(!verify_password("secret123", ""));
        assert!(!verify_password("secret123", "not a hash"));
    }

    #[test]
    fn accepts_ruby_2a_and_2b_hashes_and_truncates_at_72_bytes() {
        let long = "x".repeat(100);
        let hash = hash_password(&long, 4).unwrap();
        assert!(verify_password(&"x".repeat(72), &hash));
        let as_2b = hash.replacen("$2a$", "$2b$", 1);
        assert!(verify_password(&long, &as_2b));
    }
}
