//! The user JSON shapes (PROTOCOL.md 5.6). Key order is the gem's, as the recorded transcripts
//! show it. Devise's unsafe columns (password hash, trackable, confirmation, lockable) never
//! appear.

use serde::Serialize;

use crate::store::users::User;

/// The "full" shape: registration, account update, password update.
#[derive(Serialize)]
pub struct FullUser<'a> {
    id: i64,
    provider: &'a str,
    uid: &'a str,
    allow_password_change: bool,
    email: Option<&'a str>,
    created_at: &'a str,
    updated_at: &'a str,
}

impl<'a> From<&'a User> for FullUser<'a> {
    fn from(user: &'a User) -> Self {
        FullUser {
            id: user.id,
            provider: &user.provider,
            uid: &user.uid,
            allow_password_change: user.allow_password_change,
            email: user.email.as_deref(),
            created_at: &user.created_at,
            updated_at: &user.updated_at,
        }
    }
}

/// `validate_token`: the full shape without timestamps.
#[derive(Serialize)]
pub struct TokenValidationUser<'a> {
    id: i64,
    provider: &'a str,
    uid: &'a str,
    allow_password_change: bool,
    email: Option<&'a str>,
}

impl<'a> From<&'a User> for TokenValidationUser<'a> {
    fn from(user: &'a User) -> Self {
        TokenValidationUser {
            id: user.id,
            provider: &user.provider,
            uid: &user.uid,
            allow_password_change: user.allow_password_change,
            email: user.email.as_deref(),
        }
    }
}

/// Sign-in: the same keys as `validate_token`, in the order the gem emits them there.
#[derive(Serialize)]
pub struct SignInUser<'a> {
    email: Option<&'a str>,
    provider: &'a str,
    uid: &'a str,
    id: i64,
    allow_password_change: bool,
}

impl<'a> From<&'a User> for SignInUser<'a> {
    fn from(user: &'a User) -> Self {
        SignInUser {
            email: user.email.as_deref(),
            provider: &user.provider,
            uid: &user.uid,
            id: user.id,
            allow_password_change: user.allow_password_change,
        }
    }
}

/// A registration that failed validation: not saved, so no id, no uid, no timestamps.
#[derive(Serialize)]
pub struct UnsavedUser<'a> {
    id: Option<i64>,
    provider: &'a str,
    uid: &'a str,
    allow_password_change: bool,
    email: Option<&'a str>,
    created_at: Option<&'a str>,
    updated_at: Option<&'a str>,
}

impl<'a> UnsavedUser<'a> {
    pub fn new(email: Option<&'a str>) -> Self {
        UnsavedUser {
            id: None,
            provider: "email",
            uid: "",
            allow_password_change: false,
            email,
            created_at: None,
            updated_at: None,
        }
    }
}
