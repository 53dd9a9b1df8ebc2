//! `decode_authorization` on arbitrary text, and on `Bearer ` + the base64 of arbitrary bytes
//! (so that the JSON parser behind the base64 layer is reached too). It must never panic, and an
//! object it returns must survive re-encoding: JSON, base64, decode again, same object.

#![no_main]

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use libfuzzer_sys::fuzz_target;
use tokenauth::tokens::decode_authorization;

fn check(value: &str) {
    let Some(object) = decode_authorization(value) else {
        return;
    };
    let json = serde_json::to_vec(&object).expect("a decoded object serializes");
    let again = decode_authorization(&format!("Bearer {}", STANDARD.encode(json)));
    assert_eq!(
        again.as_ref(),
        Some(&object),
        "re-encoding changed {value:?}"
    );
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        check(text);
    }
    check(&format!("Bearer {}", STANDARD.encode(data)));
});
