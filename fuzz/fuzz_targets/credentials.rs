//! `Credentials::read` with header, parameter and `Authorization` values built from the input.
//! For each of uid, access-token and client the first source that has a value wins (header,
//! then parameter, then the Authorization JSON); the client defaults to "default", so it is
//! empty only when the winning source sent an empty value (as in the gem, PROTOCOL.md 1.5).

#![no_main]

use arbitrary::Arbitrary;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use libfuzzer_sys::fuzz_target;
use serde_json::{Map, Value};
use tokenauth::tokens::{Credentials, decode_authorization};

const NAMES: [&str; 3] = ["uid", "access-token", "client"];

#[derive(Arbitrary, Debug)]
enum Json<'a> {
    Str(&'a str),
    Int(i64),
    Bool(bool),
    Null,
}

/// `<scheme> base64(JSON object)` with fields among the credential names (and `expiry`).
#[derive(Arbitrary, Debug)]
struct Encoded<'a> {
    scheme: &'a str,
    fields: Vec<(u8, Json<'a>)>,
}

/// Laid out so that a seed is easy to write by hand: seven zero bytes (no headers, no
/// parameters, no encoded object) followed by the raw `Authorization` text.
#[derive(Arbitrary, Debug)]
struct Input<'a> {
    /// uid, access-token, client.
    headers: [Option<&'a str>; 3],
    params: [Option<&'a str>; 3],
    /// When present, the Authorization header is built from it and `raw` is ignored.
    encoded: Option<Encoded<'a>>,
    /// The Authorization header as sent; empty means no header.
    raw: &'a str,
}

fn index(name: &str) -> Option<usize> {
    NAMES.iter().position(|n| *n == name)
}

fuzz_target!(|input: Input| {
    let authorization = match input.encoded {
        None => (!input.raw.is_empty()).then(|| input.raw.to_string()),
        Some(Encoded { scheme, fields }) => {
            let mut object = Map::new();
            for (key, value) in fields {
                let key = NAMES.get(key as usize % 4).copied().unwrap_or("expiry");
                let value = match value {
                    Json::Str(s) => Value::from(s),
                    Json::Int(n) => Value::from(n),
                    Json::Bool(b) => Value::from(b),
                    Json::Null => Value::Null,
                };
                object.insert(key.to_string(), value);
            }
            let json = serde_json::to_vec(&object).unwrap();
            Some(format!("{scheme} {}", STANDARD.encode(json)))
        }
    };
    let header = |name: &str| index(name).and_then(|i| input.headers[i].map(str::to_string));
    let param = |name: &str| index(name).and_then(|i| input.params[i].map(str::to_string));
    let read = Credentials::read(header, param, authorization.as_deref());

    // The model: header, then parameter, then a string in the decoded Authorization object.
    let bearer = authorization.as_deref().and_then(decode_authorization);
    let expected = |i: usize| -> Option<String> {
        input.headers[i]
            .or(input.params[i])
            .map(str::to_string)
            .or_else(|| bearer.as_ref()?.get(NAMES[i])?.as_str().map(str::to_string))
    };
    assert_eq!(read.uid, expected(0));
    assert_eq!(read.access_token, expected(1));
    assert_eq!(
        read.client,
        expected(2).unwrap_or_else(|| "default".to_string())
    );

    // Stated on their own: a header value always wins, and an empty client comes only from a
    // source that sent an empty value.
    if let Some(uid) = input.headers[0] {
        assert_eq!(read.uid.as_deref(), Some(uid));
    }
    if let Some(token) = input.headers[1] {
        assert_eq!(read.access_token.as_deref(), Some(token));
    }
    if let Some(client) = input.headers[2] {
        assert_eq!(read.client, client);
    }
    if read.client.is_empty() {
        assert!(
            expected(2).as_deref() == Some(""),
            "client defaulted to empty"
        );
    }
});
