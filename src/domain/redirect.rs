//! Redirect URLs: the whitelist check and the gem's URL builder (PROTOCOL.md 2.17).

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Ruby's `CGI.escape`: everything but ASCII letters, digits and `_ . - ~` is escaped; a space
/// becomes `+` (done separately).
const CGI_ESCAPE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'_')
    .remove(b'.')
    .remove(b'-')
    .remove(b'~');

pub fn cgi_escape(value: &str) -> String {
    value
        .split(' ')
        .map(|part| utf8_percent_encode(part, CGI_ESCAPE).to_string())
        .collect::<Vec<_>>()
        .join("+")
}

/// `key=value` pairs form-encoded and sorted by the encoded pair, joined with `&`.
pub fn sorted_query(params: &[(&str, &str)]) -> String {
    let mut pairs: Vec<String> = params
        .iter()
        .map(|(key, value)| format!("{}={}", cgi_escape(key), cgi_escape(value)))
        .collect();
    pairs.sort();
    pairs.join("&")
}

/// Whether `url` may be redirected to. URLs with whitespace or control characters never may
/// (they would split the `Location` header). With no whitelist any other URL may (the gem's
/// default). Otherwise the whole URL must match a pattern, case-insensitively, where `*` matches
/// any characters, and URLs with user-info never pass: that is how a value slips past a pattern
/// (`https://app.example.com@evil.net`).
pub fn is_whitelisted(url: &str, whitelist: Option<&[String]>) -> bool {
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let Some(patterns) = whitelist else {
        return true;
    };
    if has_userinfo(url) {
        return false;
    }
    patterns.iter().any(|pattern| matches_pattern(pattern, url))
}

/// Whether `text` matches `pattern` as a whole, case-insensitively, `*` matching anything.
/// Used for the redirect whitelist and for CORS origins.
pub fn matches_pattern(pattern: &str, text: &str) -> bool {
    glob_matches(&pattern.to_lowercase(), &text.to_lowercase())
}

fn has_userinfo(url: &str) -> bool {
    let Some((_, rest)) = url.split_once("//") else {
        return false;
    };
    let authority_end = rest.find(['/', '?', '#', '\\']).unwrap_or(rest.len());
    rest[..authority_end].contains('@')
}

/// Whole-string match where `*` matches any run of characters (iterative, no backtracking
/// blow-up).
fn glob_matches(pattern: &str, text: &str) -> bool {
    let (p, t): (Vec<char>, Vec<char>) = (pattern.chars().collect(), text.chars().collect());
    let (mut pi, mut ti) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ti));
            pi += 1;
        } else if pi < p.len() && p[pi] == t[ti] {
            pi += 1;
            ti += 1;
        } else if let Some((star_pi, star_ti)) = star {
            pi = star_pi + 1;
            ti = star_ti + 1;
            star = Some((star_pi, star_ti + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

/// The gem's URL builder: `scheme://host[:port]path`, the port only when it is neither 80 nor
/// 443, user-info dropped, then `?` + the base's own query and `params` (sorted), and — for
/// hash-routed single-page apps — the fragment followed by the same query again.
pub fn build_url(base: &str, params: &[(&str, &str)]) -> String {
    let (before_fragment, fragment) = match base.split_once('#') {
        Some((b, f)) => (b, Some(f)),
        None => (base, None),
    };
    let (address, base_query) = match before_fragment.split_once('?') {
        Some((a, q)) => (a, q),
        None => (before_fragment, ""),
    };
    let mut url = match address.split_once("://") {
        Some((scheme, rest)) => {
            let authority_end = rest.find('/').unwrap_or(rest.len());
            let (authority, path) = rest.split_at(authority_end);
            let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
            let host_port = match host_port.rsplit_once(':') {
                Some((host, port)) if port == "80" || port == "443" => host,
                _ => host_port,
            };
            format!("{scheme}://{host_port}{path}")
        }
        // A relative base stays relative; browsers resolve it against this server.
        None => address.to_string(),
    };
    let query = [base_query.to_string(), sorted_query(params)]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("&");
    url.push('?');
    url.push_str(&query);
    if let Some(fragment) = fragment {
        url.push('#');
        url.push_str(fragment);
        url.push('?');
        url.push_str(&query);
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    /// PROTOCOL.md 9.3.
    #[test]
    fn url_builder_test_vectors() {
        assert_eq!(
            build_url("http://example.com#fragment", &[("client_id", "123")]),
            "http://example.com?client_id=123#fragment?client_id=123"
        );
        assert_eq!(
            build_url("http://example.com?a=1", &[]),
            "http://example.com?a=1"
        );
        assert_eq!(
            build_url("http://example.com?a=1", &[("client_id", "123")]),
            "http://example.com?a=1&client_id=123"
        );
        assert_eq!(
            build_url("https://app.example.com:443/x", &[("a", "1")]),
            "https://app.example.com/x?a=1"
        );
        assert_eq!(
            build_url("http://localhost:3000/cb", &[("uid", "a@b.c")]),
            "http://localhost:3000/cb?uid=a%40b.c"
        );
        assert_eq!(
            build_url(
                "http://user:pw@example.com:8080/p",
                &[("b", "x y"), ("a", "*")]
            ),
            "http://example.com:8080/p?a=%2A&b=x+y"
        );
        assert_eq!(
            build_url("http://example.com/", &[]),
            "http://example.com/?"
        );
    }

    /// The transcript 3000_10: keys sorted, `@` escaped.
    #[test]
    fn reset_redirect_matches_the_transcript() {
        let url = build_url(
            "http://127.0.0.1:9/reset",
            &[
                ("access-token", "s_-OuIBj0BPr6X_FO7VVzA"),
                ("client", "Hj1YIzDSHG-jBDYMCOQdDA"),
                ("client_id", "Hj1YIzDSHG-jBDYMCOQdDA"),
                ("config", "default"),
                ("token", "s_-OuIBj0BPr6X_FO7VVzA"),
                ("reset_password", "true"),
                ("reset_password_token", "K8vRXoEpXwn1KKNtfyxm"),
                ("uid", "alice@example.com"),
                ("expiry", "1797521750"),
            ],
        );
        assert_eq!(
            url,
            "http://127.0.0.1:9/reset?access-token=s_-OuIBj0BPr6X_FO7VVzA&client=Hj1YIzDSHG-jBDYMCOQdDA&client_id=Hj1YIzDSHG-jBDYMCOQdDA&config=default&expiry=1797521750&reset_password=true&reset_password_token=K8vRXoEpXwn1KKNtfyxm&token=s_-OuIBj0BPr6X_FO7VVzA&uid=alice%40example.com"
        );
    }

    #[test]
    fn whitelist_vectors_and_escape_attempts() {
        let list = vec!["http://good.example/*".to_string()];
        let allowed = |url: &str| is_whitelisted(url, Some(&list));
        assert!(is_whitelisted("http://anything", None));
        assert!(!is_whitelisted("http://a/\r\nSet-Cookie: x", None));
        assert!(allowed("http://GOOD.example/x"));
        assert!(allowed("http://good.example/"));
        assert!(allowed("http://good.example/a/b?c=d#e"));
        assert!(!allowed("http://good.example.evil/"));
        assert!(!allowed("http://good.example"));
        assert!(!allowed("http://good.example@evil.net/"));
        assert!(!allowed("http://good.example/x\nhttp://evil.net/"));
        assert!(!allowed("//good.example/x"));
        assert!(!allowed("https://good.example/x"));
        assert!(!allowed("http://evil.net/http://good.example/"));
        assert!(!allowed(" http://good.example/x"));
        let sloppy = vec!["http://good.example*".to_string()];
        assert!(!is_whitelisted(
            "http://good.example@evil.net/",
            Some(&sloppy)
        ));
        assert!(!is_whitelisted(
            "http://good.example:1@evil.net",
            Some(&sloppy)
        ));
        assert!(is_whitelisted("anything", Some(&["*".to_string()])));
        assert!(!is_whitelisted("anything", Some(&[])));
    }

    #[test]
    fn glob_is_whole_string_and_handles_many_stars() {
        assert!(glob_matches("a*b*c", "axxbyyc"));
        assert!(!glob_matches("a*b*c", "axxbyycd"));
        assert!(glob_matches("*", ""));
        assert!(!glob_matches("a", ""));
        let long = "a".repeat(5_000);
        assert!(!glob_matches("*a*a*a*a*a*b", &long));
    }
}

/// Property tests of the whitelist matcher and the URL builder (issue 8, item 3).
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn bad(c: char) -> bool {
        c.is_whitespace() || c.is_control()
    }

    /// Any string, with whitespace and control characters removed.
    fn clean_string() -> impl Strategy<Value = String> {
        any::<String>().prop_map(|s| s.chars().filter(|&c| !bad(c)).collect())
    }

    /// `scheme://host[:port]`, the part of a pattern before the path.
    fn origin() -> impl Strategy<Value = String> {
        "https?://[a-zA-Z0-9-]{1,12}(\\.[a-zA-Z0-9-]{1,8}){0,3}(:[0-9]{1,5})?"
    }

    /// Flips the ASCII case of the characters selected by `mask`.
    fn recase(text: &str, mask: &[bool]) -> String {
        text.chars()
            .zip(mask.iter().cycle())
            .map(|(c, &flip)| match (flip, c.is_ascii_uppercase()) {
                (false, _) => c,
                (true, true) => c.to_ascii_lowercase(),
                (true, false) => c.to_ascii_uppercase(),
            })
            .collect()
    }

    proptest! {
        /// Without `*` a pattern is a literal: a URL matches it iff it is the pattern, ignoring
        /// ASCII case.
        #[test]
        fn a_pattern_without_star_matches_only_itself(
            pattern in "[a-zA-Z0-9:/._?#=&%+-]{0,40}",
            other in "[a-zA-Z0-9:/._?#=&%+-]{0,40}",
            mask in proptest::collection::vec(any::<bool>(), 1..8),
            same in any::<bool>(),
        ) {
            let list = vec![pattern.clone()];
            let url = if same { recase(&pattern, &mask) } else { other };
            prop_assert_eq!(
                is_whitelisted(&url, Some(&list)),
                url.eq_ignore_ascii_case(&pattern),
                "{:?} against {:?}", url, pattern
            );
        }

        /// `*` matches every string; the whitelist still refuses whitespace, control characters
        /// and user-info.
        #[test]
        fn star_matches_everything_clean(s in any::<String>()) {
            prop_assert!(matches_pattern("*", &s));
            let expected = !s.chars().any(bad) && !has_userinfo(&s);
            prop_assert_eq!(is_whitelisted(&s, Some(&["*".to_string()])), expected);
        }

        /// `P/*` admits `P/` followed by any path without whitespace or control characters.
        #[test]
        fn a_path_star_pattern_admits_every_clean_path(
            origin in origin(),
            suffix in clean_string(),
            mask in proptest::collection::vec(any::<bool>(), 1..8),
        ) {
            let list = vec![format!("{origin}/*")];
            let url = format!("{}/{suffix}", recase(&origin, &mask));
            prop_assert!(is_whitelisted(&url, Some(&list)), "{:?} refused by {:?}", url, list);
        }

        /// Whatever follows the host directly, if it is not `/`, the URL is not on the host
        /// (`https://app.example.com.evil.net/`, `…com@evil.net`, `…com:1@evil.net`).
        #[test]
        fn nothing_but_a_slash_may_follow_the_host(
            next in any::<char>().prop_filter("not a slash", |&c| c != '/'),
            rest in any::<String>(),
        ) {
            let list = vec!["https://app.example.com/*".to_string()];
            let url = format!("https://app.example.com{next}{rest}");
            prop_assert!(!is_whitelisted(&url, Some(&list)), "{:?} allowed", url);
        }

        /// Every parameter appears once as `key=` in each copy of the query (one, or two when
        /// the base has a fragment).
        #[test]
        fn build_url_puts_every_key_once_per_query_copy(
            base in "https?://[a-z]{1,10}(:[0-9]{2,4})?(/[a-z]{0,5}){0,3}(\\?[a-z]{1,3}=[0-9])?(#[a-z/]{0,8})?",
            params in proptest::collection::btree_map(any::<String>(), any::<String>(), 0..6),
        ) {
            let pairs: Vec<(&str, &str)> =
                params.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let url = build_url(&base, &pairs);
            let copies: Vec<&str> = url.split('#').collect();
            prop_assert_eq!(copies.len(), if base.contains('#') { 2 } else { 1 });
            for copy in copies {
                let (_, query) = copy.split_once('?').expect("every copy has a query");
                let fields: Vec<&str> = query.split('&').collect();
                for key in params.keys() {
                    let prefix = format!("{}=", cgi_escape(key));
                    // The base's own query may by chance name the same key.
                    let in_base = base
                        .split(['?', '#'])
                        .nth(1)
                        .is_some_and(|q| q.starts_with(&prefix));
                    let count = fields.iter().filter(|f| f.starts_with(&prefix)).count();
                    prop_assert_eq!(count, 1 + usize::from(in_base), "{:?} in {:?}", key, url);
                }
            }
        }
    }
}
