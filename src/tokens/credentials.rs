use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::Serialize;
use serde_json::Value;

/// The three values a request authenticates with (PROTOCOL.md 1.5).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Credentials {
    pub uid: Option<String>,
    pub access_token: Option<String>,
    /// `"default"` when no source named a client, as the gem does.
    pub client: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("uid", &self.uid)
            .field(
                "access_token",
                &self.access_token.as_ref().map(|_| "[redacted]"),
            )
            .field("client", &self.client)
            .finish()
    }
}

impl Credentials {
    /// For each value the first source that has it wins: header, then parameter, then the
    /// `Authorization: Bearer base64(JSON)` header.
    pub fn read(
        header: impl Fn(&str) -> Option<String>,
        param: impl Fn(&str) -> Option<String>,
        authorization: Option<&str>,
    ) -> Credentials {
        let bearer = authorization.and_then(decode_authorization);
        let pick = |name: &str| {
            header(name)
                .or_else(|| param(name))
                .or_else(|| bearer.as_ref().and_then(|b| string_field(b, name)))
        };
        Credentials {
            uid: pick("uid"),
            access_token: pick("access-token"),
            client: pick("client").unwrap_or_else(|| "default".to_string()),
        }
    }
}

fn string_field(object: &serde_json::Map<String, Value>, key: &str) -> Option<String> {
    object.get(key)?.as_str().map(str::to_string)
}

/// Decodes `Authorization`: the last whitespace-separated segment, strict standard base64, a JSON
/// object. Anything else yields nothing, never an error.
pub fn decode_authorization(value: &str) -> Option<serde_json::Map<String, Value>> {
    let encoded = value.split_whitespace().last()?;
    let bytes = STANDARD.decode(encoded).ok()?;
    match serde_json::from_slice(&bytes).ok()? {
        Value::Object(object) => Some(object),
        _ => None,
    }
}

/// Credentials handed to a client in the response headers (PROTOCOL.md 1.4).
#[derive(Clone, PartialEq, Eq)]
pub struct IssuedCredentials {
    pub access_token: String,
    pub client: String,
    /// Unix seconds.
    pub expiry: i64,
    /// A batch response: `access-token` and `expiry` are sent as a single space, while
    /// `Authorization` still carries the real values (the gem's quirk, PROTOCOL.md 1.4).
    pub batch: bool,
}

impl std::fmt::Debug for IssuedCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IssuedCredentials")
            .field("client", &self.client)
            .field("expiry", &self.expiry)
            .field("batch", &self.batch)
            .finish_non_exhaustive()
    }
}

/// The JSON inside `Authorization`, keys in the gem's order.
#[derive(Serialize)]
struct BearerPayload<'a> {
    #[serde(rename = "access-token")]
    access_token: &'a str,
    #[serde(rename = "token-type")]
    token_type: &'a str,
    client: &'a str,
    expiry: &'a str,
    uid: &'a str,
}

impl IssuedCredentials {
    /// The response headers, in the gem's order: access-token, token-type, client, expiry, uid,
    /// Authorization (names in lower case, as HTTP/2 and actix want them).
    pub fn headers(&self, uid: &str) -> [(&'static str, String); 6] {
        let expiry = self.expiry.to_string();
        let payload = BearerPayload {
            access_token: &self.access_token,
            token_type: "Bearer",
            client: &self.client,
            expiry: &expiry,
            uid,
        };
        let json = serde_json::to_vec(&payload).expect("serializing strings cannot fail");
        let authorization = format!("Bearer {}", STANDARD.encode(json));
        let (access_token, expiry) = if self.batch {
            (" ".to_string(), " ".to_string())
        } else {
            (self.access_token.clone(), expiry)
        };
        [
            ("access-token", access_token),
            ("token-type", "Bearer".to_string()),
            ("client", self.client.clone()),
            ("expiry", expiry),
            ("uid", uid.to_string()),
            ("authorization", authorization),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VECTOR: &str = "Bearer eyJhY2Nlc3MtdG9rZW4iOiI5ZExtMGJKNWNXMXBaM20zYVEweDJRIiwidG9rZW4tdHlwZSI6IkJlYXJlciIsImNsaWVudCI6IkNoX0MxSm9DeVRDUzQ2c25IS1p6dUEiLCJleHBpcnkiOiIxNzE3MjQzMjAwIiwidWlkIjoiamFuZUBleGFtcGxlLmNvbSJ9";

    fn issued(batch: bool) -> IssuedCredentials {
        IssuedCredentials {
            access_token: "9dLm0bJ5cW1pZ3m3aQ0x2Q".into(),
            client: "Ch_C1JoCyTCS46snHKZzuA".into(),
            expiry: 1_717_243_200,
            batch,
        }
    }

    /// PROTOCOL.md 9.3, first test vector.
    #[test]
    fn authorization_header_matches_the_test_vector() {
        let headers = issued(false).headers("jane@example.com");
        assert_eq!(headers[5], ("authorization", VECTOR.to_string()));
        assert_eq!(headers[0].1, "9dLm0bJ5cW1pZ3m3aQ0x2Q");
        assert_eq!(headers[3].1, "1717243200");
    }

    #[test]
    fn batch_headers_blank_token_and_expiry_but_not_authorization() {
        let headers = issued(true).headers("jane@example.com");
        assert_eq!(headers[0].1, " ");
        assert_eq!(headers[3].1, " ");
        assert_eq!(headers[2].1, "Ch_C1JoCyTCS46snHKZzuA");
        assert_eq!(headers[5].1, VECTOR);
    }

    #[test]
    fn reads_each_value_from_the_first_source_that_has_it() {
        let none = |_: &str| None;
        let from_bearer = Credentials::read(none, none, Some(VECTOR));
        assert_eq!(from_bearer.uid.as_deref(), Some("jane@example.com"));
        assert_eq!(
            from_bearer.access_token.as_deref(),
            Some("9dLm0bJ5cW1pZ3m3aQ0x2Q")
        );
        assert_eq!(from_bearer.client, "Ch_C1JoCyTCS46snHKZzuA");

        let header = |name: &str| (name == "uid").then(|| "header@x.io".to_string());
        let param = |name: &str| (name == "client").then(|| "param-client".to_string());
        let mixed = Credentials::read(header, param, Some(VECTOR));
        assert_eq!(mixed.uid.as_deref(), Some("header@x.io"));
        assert_eq!(mixed.client, "param-client");
        assert_eq!(
            mixed.access_token.as_deref(),
            Some("9dLm0bJ5cW1pZ3m3aQ0x2Q")
        );

        let nothing = Credentials::read(none, none, Some("Bearer invalidtoken=="));
        assert_eq!(nothing.uid, None);
        assert_eq!(nothing.access_token, None);
        assert_eq!(nothing.client, "default");
    }

    #[test]
    fn authorization_decoding_is_strict_and_takes_the_last_segment() {
        let encoded = VECTOR.trim_start_matches("Bearer ");
        assert!(decode_authorization(encoded).is_some());
        assert!(decode_authorization(&format!("Token {encoded}")).is_some());
        assert!(decode_authorization(&format!("{encoded}=")).is_none());
        assert!(decode_authorization("Bearer W10=").is_none()); // "[]": not an object
        assert!(decode_authorization("").is_none());
    }

    /// Found by fuzz/fuzz_targets/authorization_header.rs: without serde_json's
    /// `float_roundtrip` feature a number above u64 parsed one ULP off, so a decoded object did not
    /// survive re-encoding (`{"":555555455555555555555}`).
    #[test]
    fn a_decoded_object_survives_re_encoding() {
        let object = decode_authorization("Bearer eyIiOjU1NTU1NTQ1NTU1NTU1NTU1NTU1NX0=").unwrap();
        assert_eq!(object[""].as_f64(), Some(5.555_554_555_555_555_6e20));
        let json = serde_json::to_vec(&object).unwrap();
        let again = decode_authorization(&format!("Bearer {}", STANDARD.encode(json)));
        assert_eq!(again, Some(object));
    }
}
