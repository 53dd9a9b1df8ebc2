//! The redirect whitelist and the URL builder (`tokenauth::domain::redirect`).
//!
//! - Nothing panics, whatever the URL, the pattern or the parameters.
//! - A URL with whitespace or a control character is never allowed, with or without a whitelist.
//! - A URL allowed by `https://app.example.com/*` starts with `https://app.example.com/`
//!   (ASCII case-insensitively) and has no `@` before the first `/` after the scheme.
//! - Whatever a pattern, an allowed URL has no user-info.
//! - `build_url` adds no control character that the base did not have.

#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use tokenauth::domain::redirect::{build_url, is_whitelisted};

const APP: &str = "https://app.example.com/";

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    url: &'a str,
    /// An extra pattern from the input, next to the fixed ones.
    pattern: &'a str,
    base: &'a str,
    params: Vec<(&'a str, &'a str)>,
}

fn bad_char(c: char) -> bool {
    c.is_whitespace() || c.is_control()
}

fn authority_has_at(url: &str) -> bool {
    let rest = url.split_once("//").map_or(url, |(_, rest)| rest);
    rest.split('/').next().unwrap_or("").contains('@')
}

fuzz_target!(|input: Input| {
    let url = input.url;
    let app = vec![format!("{APP}*")];
    let patterns = vec![
        format!("{APP}*"),
        "http://localhost:5173/*".to_string(),
        "*".to_string(),
        input.pattern.to_string(),
    ];

    let open = is_whitelisted(url, None);
    let listed = is_whitelisted(url, Some(&patterns));
    let by_app = is_whitelisted(url, Some(&app));
    let by_own = is_whitelisted(url, Some(std::slice::from_ref(&input.pattern.to_string())));

    if url.chars().any(bad_char) {
        assert!(!open && !listed && !by_app && !by_own, "allowed {url:?}");
    }
    if by_app {
        let prefix = url.get(..APP.len()).unwrap_or("");
        assert!(prefix.eq_ignore_ascii_case(APP), "{url:?} escaped {APP}*");
        assert!(!authority_has_at(url), "{url:?} has user-info");
    }
    if listed || by_own {
        // Allowed by some pattern: never with user-info (`//host@evil`).
        let rest = url.split_once("//").map(|(_, rest)| rest);
        if let Some(rest) = rest {
            let end = rest.find(['/', '?', '#', '\\']).unwrap_or(rest.len());
            assert!(!rest[..end].contains('@'), "{url:?} has user-info");
        }
    }

    let built = build_url(input.base, &input.params);
    if !input.base.chars().any(char::is_control) {
        assert!(!built.chars().any(char::is_control), "{built:?} from {:?}", input.base);
    }
    // The URL builder's own output, for a whitelisted base, goes through the check again in the
    // routes: it must not panic either.
    let _ = is_whitelisted(&built, Some(&patterns));
});
