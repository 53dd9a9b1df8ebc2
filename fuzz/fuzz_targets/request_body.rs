//! `Params::from_body` with a content type from the ones clients send (already lower-cased, as
//! the extractor passes it) and arbitrary bytes. It must never panic, and must answer with
//! parameters or an error whose status is 400 (malformed) or 415 (unsupported type).

#![no_main]

use actix_web::ResponseError;
use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use tokenauth::http::Params;

const CONTENT_TYPES: [&str; 5] = [
    "application/json",
    "application/x-www-form-urlencoded",
    "",
    "text/plain",
    "application/vnd.api+json",
];

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    content_type: u8,
    body: &'a [u8],
}

fuzz_target!(|input: Input| {
    let content_type = CONTENT_TYPES[input.content_type as usize % CONTENT_TYPES.len()];
    let blank = input.body.iter().all(u8::is_ascii_whitespace);
    match Params::from_body(content_type, input.body) {
        Ok(params) => {
            // A blank body is no parameters; text/plain with a body never parses.
            if blank {
                assert!(!params.contains("email"));
            }
            assert!(
                blank || content_type != "text/plain",
                "text/plain was parsed"
            );
        }
        Err(error) => {
            let status = error.status_code().as_u16();
            assert!(
                status == 400 || status == 415,
                "status {status} for {error:?}"
            );
            assert!(!blank, "a blank body was rejected");
        }
    }
});
