//! tokenauth: the token-authentication API of devise_token_auth, served from one binary and an
//! SQLite file. See DESIGN.md for the architecture and PROTOCOL.md for the wire contract.

pub mod auth;
pub mod cli;
pub mod clock;
pub mod config;
pub mod domain;
pub mod error;
pub mod gateway;
pub mod http;
pub mod limits;
pub mod mail;
pub mod ops;
pub mod routes;
pub mod startup;
pub mod state;
pub mod store;
pub mod tokens;
