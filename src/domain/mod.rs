//! Parsed values with their validation rules (PROTOCOL.md 5.3–5.4). No I/O here.

mod email;
mod password;
pub mod redirect;
mod validation;

pub use email::{Email, normalize_email};
pub use password::{PasswordChange, validate_password_change};
pub use validation::ValidationErrors;
