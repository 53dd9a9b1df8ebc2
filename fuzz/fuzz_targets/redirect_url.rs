//! The redirect whitelist and the URL builder (`tokenauth::domain::redirect`).
//!
//! - Nothing panics, whatever the URL, the pattern or the parameters.
//! - A URL with whitespace or a control character is never allowed, with or without a whitelist.
//! - A URL allowed by `https://app.example.com/*` starts with `https://app.example.com/`
//!   (ASCII case-insensitively) and has no `@` before the first `/` after the scheme.
//! - Whatever the pattern, an allowed URL has no user-info.
//! - `build_url` adds no control character that the base did not have.
//!
//! Input: fields separated by the byte 0xFF (which UTF-8 never uses), so that seeds are easy to
//! write: `url`, an extra whitelist pattern, the builder's base, then parameter keys and values.

#![no_main]

use libfuzzer_sys::fuzz_target;
use tokenauth::domain::redirect::{build_url, is_whitelisted};

const APP: &str = "https://app.example.com/";

fn bad_char(c: char) -> bool {
    c.is_whitespace() || c.is_control()
}

/// Whether the part of `url` between `//` and the next `/` (or the end) contains `@`.
fn authority_has_at(url: &str) -> bool {
    let rest = url.split_once("//").map_or(url, |(_, rest)| rest);
    rest.split('/').next().unwrap_or("").contains('@')
}

fuzz_target!(|data: &[u8]| {
    let mut fields = data
        .split(|&b| b == 0xFF)
        .map(|field| String::from_utf8_lossy(field).into_owned());
    let url = fields.next().unwrap_or_default();
    let pattern = fields.next().unwrap_or_default();
    let base = fields.next().unwrap_or_default();
    let rest: Vec<String> = fields.collect();
    let params: Vec<(&str, &str)> = rest
        .chunks(2)
        .map(|pair| (pair[0].as_str(), pair.get(1).map_or("", String::as_str)))
        .collect();

    let app = vec![format!("{APP}*")];
    let own = vec![pattern.clone()];
    let patterns = vec![
        format!("{APP}*"),
        "http://localhost:5173/*".to_string(),
        "*".to_string(),
        pattern.clone(),
    ];
    let open = is_whitelisted(&url, None);
    let listed = is_whitelisted(&url, Some(&patterns));
    let by_app = is_whitelisted(&url, Some(&app));
    let by_own = is_whitelisted(&url, Some(&own));

    if url.chars().any(bad_char) {
        assert!(!open && !listed && !by_app && !by_own, "allowed {url:?}");
    }
    if by_app {
        let prefix = url.get(..APP.len()).unwrap_or("");
        assert!(prefix.eq_ignore_ascii_case(APP), "{url:?} escaped {APP}*");
        assert!(!authority_has_at(&url), "{url:?} has user-info");
    }
    if listed || by_own {
        if let Some((_, rest)) = url.split_once("//") {
            let end = rest.find(['/', '?', '#', '\\']).unwrap_or(rest.len());
            assert!(!rest[..end].contains('@'), "{url:?} has user-info");
        }
    }

    let built = build_url(&base, &params);
    if !base.chars().any(char::is_control) {
        assert!(
            !built.chars().any(char::is_control),
            "{built:?} from {base:?}"
        );
    }
    // The routes check the built URL again; that must not panic either.
    let _ = is_whitelisted(&built, Some(&patterns));
});
