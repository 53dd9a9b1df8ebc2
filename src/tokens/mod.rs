//! The token model: minting, digests, verification, rotation, the batch window, the device cap
//! and the header codec. Pure logic: no SQLite, no actix (DESIGN.md "Data flows one way").

mod credentials;
mod session;

pub use credentials::{Credentials, IssuedCredentials, decode_authorization};
pub use session::{Refresh, Session, clients_to_evict};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest as _, Sha256};

/// SHA-256 of an access token. Tokens carry 128 random bits, so a fast hash is enough; the gem's
/// per-request BCrypt is its most complained-about cost (DESIGN.md decision 4).
pub type TokenDigest = [u8; 32];

/// 16 bytes from the OS CSPRNG, URL-safe base64 without padding: 22 characters. Used for both
/// access tokens and client ids (PROTOCOL.md 1.2).
pub fn random_token() -> String {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("the operating system's random number generator failed");
    URL_SAFE_NO_PAD.encode(bytes)
}

pub fn digest(token: &str) -> TokenDigest {
    Sha256::digest(token.as_bytes()).into()
}

/// Email-link tokens (reset, unlock) are stored as the hex SHA-256 of the raw token: the raw
/// token only ever appears in the email.
pub fn digest_hex(token: &str) -> String {
    digest(token).iter().map(|b| format!("{b:02x}")).collect()
}

/// Devise's "friendly token" for email links: 15 random bytes, URL-safe base64 (20 characters),
/// with `l I O 0` replaced by `s x y z` (PROTOCOL.md 5.8).
pub fn friendly_token() -> String {
    let mut bytes = [0u8; 15];
    getrandom::fill(&mut bytes).expect("the operating system's random number generator failed");
    URL_SAFE_NO_PAD
        .encode(bytes)
        .chars()
        .map(|c| match c {
            'l' => 's',
            'I' => 'x',
            'O' => 'y',
            '0' => 'z',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_22_url_safe_characters_and_unique() {
        let a = random_token();
        let b = random_token();
        assert_eq!(a.len(), 22);
        assert!(
            a.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
        assert_ne!(a, b);
        let friendly = friendly_token();
        assert_eq!(friendly.len(), 20);
        assert!(!friendly.contains(['l', 'I', 'O', '0']));
    }
}
