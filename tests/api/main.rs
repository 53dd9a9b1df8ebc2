//! One integration-test binary: every test starts the real server on port 0 with a temp-dir
//! database and speaks HTTP to it.

mod helpers;

mod bad_input;
mod guard;
mod health;
mod registrations;
mod sessions;
mod token_engine;
