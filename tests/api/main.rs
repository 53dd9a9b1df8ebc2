//! One integration-test binary: every test starts the real server on port 0 with a temp-dir
//! database and speaks HTTP to it.

mod helpers;

mod account;
mod bad_input;
mod concurrency;
mod confirmations;
mod cors_and_welcome;
mod gateway;
mod guard;
mod health;
mod lockout;
mod passwords;
mod rate_limits;
mod registrations;
mod sessions;
mod token_engine;
