//! Hostile and malformed requests: each gets a 4xx with a JSON body (the gem's E1 shape
//! `{"success":false,"errors":[...]}` unless noted), never a 500, and the server keeps serving.

use std::io::{Read, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use reqwest::{Method, Response, StatusCode};
use serde_json::{Value, json};

use crate::helpers::*;

const NOT_FOUND: &str = r#"{"status":404,"error":"Not Found"}"#;
const MAX_BODY: usize = 64 * 1024;

/// The three endpoints that read a body, as (method, path below the mount).
const BODY_ENDPOINTS: [(&str, &str); 3] =
    [("POST", ""), ("POST", "/sign_in"), ("DELETE", "/sign_out")];

fn method(name: &str) -> Method {
    Method::from_bytes(name.as_bytes()).unwrap()
}

/// Asserts `response` is `status` with exactly `{"success":false,"errors":[message]}` and no auth
/// headers.
async fn assert_e1(response: Response, status: StatusCode, message: &str) {
    assert_eq!(response.status(), status);
    assert_json_content_type(&response);
    assert_no_auth_headers(&response);
    let text = response.text().await.unwrap();
    let expected = json!({"success": false, "errors": [message]});
    let body: Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"));
    assert_eq!(body, expected);
    assert_eq!(text, expected.to_string());
}

async fn assert_not_found(response: Response) {
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_json_content_type(&response);
    assert_no_auth_headers(&response);
    assert_eq!(response.text().await.unwrap(), NOT_FOUND);
}

/// A fresh address, so that the liveness check can run many times in one test.
fn fresh_email() -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("alive{}@example.com", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// The server still answers normally: a sign-up succeeds and its token validates.
async fn assert_still_serving(app: &TestApp) {
    let email = fresh_email();
    let response = app.sign_up(&email).await;
    assert_eq!(response.status(), StatusCode::OK, "sign-up after bad input");
    let credentials = AuthHeaders::from_headers(response.headers()).expect("credentials");
    assert_eq!(
        app.validate_token(&credentials).await.status(),
        StatusCode::OK
    );
}

async fn send_raw_body(
    app: &TestApp,
    verb: &str,
    path: &str,
    content_type: &str,
    body: impl Into<reqwest::Body>,
) -> Response {
    app.client
        .request(method(verb), app.url(path))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap()
}

/// serde_json's own description of why `text` is not JSON, as the server quotes it.
fn json_error(text: &str) -> String {
    let e = serde_json::from_str::<Value>(text).unwrap_err();
    format!("The request body is not valid JSON ({e}).")
}

const NOT_AN_OBJECT: &str = "The JSON request body must be an object, such as {\"email\":\"…\"}.";
const NOT_UTF8: &str = "The request body is not valid UTF-8.";

fn too_large() -> String {
    format!("The request body is larger than {MAX_BODY} bytes.")
}

#[tokio::test]
async fn malformed_json_is_a_400() {
    let app = spawn_app().await;
    for text in [
        "{",
        r#"{"email": "a@example.com", "password": }"#,
        r#"{"email": "a@example.com",}"#,
        "{'email': 'a@example.com'}",
        r#"{"email": "a@example.com"} trailing"#,
    ] {
        for (verb, path) in BODY_ENDPOINTS {
            let response = send_raw_body(&app, verb, path, "application/json", text).await;
            assert_e1(response, StatusCode::BAD_REQUEST, &json_error(text)).await;
            assert_still_serving(&app).await;
        }
    }
}

#[tokio::test]
async fn json_without_a_content_type_is_still_parsed() {
    let app = spawn_app().await;
    // A body that looks like JSON and has no Content-Type is read as JSON, errors included.
    let response = app
        .client
        .post(app.url(""))
        .body(r#"{"email": "#)
        .send()
        .await
        .unwrap();
    assert_e1(
        response,
        StatusCode::BAD_REQUEST,
        &json_error(r#"{"email": "#),
    )
    .await;
    let response = app
        .client
        .post(app.url(""))
        .body(r#"{"email": "untyped@example.com", "password": "secret123"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_still_serving(&app).await;
}

#[tokio::test]
async fn json_that_is_not_an_object_is_a_400() {
    let app = spawn_app().await;
    for text in [
        r#"["email", "a@example.com"]"#,
        r#"[{"email": "a@example.com", "password": "secret123"}]"#,
        r#""a@example.com""#,
        "12345",
        "true",
        "null",
    ] {
        for (verb, path) in BODY_ENDPOINTS {
            let response = send_raw_body(&app, verb, path, "application/json", text).await;
            assert_e1(response, StatusCode::BAD_REQUEST, NOT_AN_OBJECT).await;
            assert_still_serving(&app).await;
        }
    }
}

#[tokio::test]
async fn invalid_utf8_is_a_400() {
    let app = spawn_app().await;
    let mut body = br#"{"email": "a"#.to_vec();
    body.extend_from_slice(&[0xff, 0xfe, 0xc3]);
    body.extend_from_slice(br#"@example.com", "password": "secret123"}"#);
    for (verb, path) in BODY_ENDPOINTS {
        for content_type in ["application/json", "application/x-www-form-urlencoded"] {
            let response = send_raw_body(&app, verb, path, content_type, body.clone()).await;
            assert_e1(response, StatusCode::BAD_REQUEST, NOT_UTF8).await;
            assert_still_serving(&app).await;
        }
    }
}

#[tokio::test]
async fn an_unsupported_content_type_is_a_415() {
    let app = spawn_app().await;
    for (content_type, essence) in [
        ("text/plain", "text/plain"),
        ("text/plain; charset=utf-8", "text/plain"),
        ("application/xml", "application/xml"),
    ] {
        let message = format!(
            "Unsupported Content-Type '{essence}'. Send application/json or application/x-www-form-urlencoded."
        );
        for (verb, path) in BODY_ENDPOINTS {
            let response = send_raw_body(
                &app,
                verb,
                path,
                content_type,
                "email=a@example.com&password=secret123",
            )
            .await;
            assert_e1(response, StatusCode::UNSUPPORTED_MEDIA_TYPE, &message).await;
            assert_still_serving(&app).await;
        }
    }
}

#[tokio::test]
async fn a_body_over_64_kib_is_a_413() {
    let app = spawn_app().await;
    // Valid JSON, just too big: the limit is on bytes, not on what they say.
    let padding = "x".repeat(MAX_BODY);
    let body =
        json!({"email": "big@example.com", "password": PASSWORD, "padding": padding}).to_string();
    assert!(body.len() > MAX_BODY);
    for (verb, path) in BODY_ENDPOINTS {
        let response = send_raw_body(&app, verb, path, "application/json", body.clone()).await;
        assert_e1(response, StatusCode::PAYLOAD_TOO_LARGE, &too_large()).await;
        assert_still_serving(&app).await;
    }
    // Exactly at the limit is accepted (and the padding is an ignored key).
    let mut at_limit =
        json!({"email": "limit@example.com", "password": PASSWORD, "padding": ""}).to_string();
    let fill = MAX_BODY - at_limit.len();
    at_limit =
        json!({"email": "limit@example.com", "password": PASSWORD, "padding": "y".repeat(fill)})
            .to_string();
    assert_eq!(at_limit.len(), MAX_BODY);
    let response = send_raw_body(&app, "POST", "", "application/json", at_limit).await;
    assert_eq!(response.status(), StatusCode::OK);
}

/// Sends raw bytes over a fresh TCP connection and returns (status, headers, body). The request
/// must ask for `Connection: close`; the response is read to the end of the stream.
async fn raw_http(port: u16, request: Vec<u8>) -> (u16, String, String) {
    tokio::task::spawn_blocking(move || {
        let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        // The server may answer and close before reading everything; a failed write is fine as
        // long as the response arrives.
        let _ = stream.write_all(&request);
        let _ = stream.flush();
        let mut response = Vec::new();
        let mut buf = [0u8; 8192];
        loop {
            match stream.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => response.extend_from_slice(&buf[..n]),
                Err(e) if response.is_empty() => panic!("no response: {e}"),
                Err(_) => break,
            }
            if response_complete(&response) {
                break;
            }
        }
        let text = String::from_utf8(response).expect("UTF-8 response");
        let (head, body) = text
            .split_once("\r\n\r\n")
            .expect("a complete response head");
        let status = head
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .expect("a status line");
        (status, head.to_ascii_lowercase(), body.to_string())
    })
    .await
    .unwrap()
}

/// Whether `bytes` hold a whole response with a Content-Length body.
fn response_complete(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    let Some((head, body)) = text.split_once("\r\n\r\n") else {
        return false;
    };
    head.lines()
        .filter_map(|line| line.split_once(':'))
        .find(|(name, _)| name.trim().eq_ignore_ascii_case("content-length"))
        .and_then(|(_, value)| value.trim().parse::<usize>().ok())
        .is_some_and(|length| body.len() >= length)
}

fn assert_raw_e1(response: &(u16, String, String), status: u16, message: &str) {
    let (actual, head, body) = response;
    assert_eq!(*actual, status, "{head}\n{body}");
    assert!(
        head.contains("content-type: application/json; charset=utf-8"),
        "{head}"
    );
    assert!(!head.contains("access-token:"), "{head}");
    assert_eq!(
        body,
        &json!({"success": false, "errors": [message]}).to_string()
    );
}

#[tokio::test]
async fn a_declared_content_length_over_the_limit_is_a_413_before_the_body_is_read() {
    let app = spawn_app().await;
    for (verb, path) in BODY_ENDPOINTS {
        // Declares a megabyte and sends a few bytes: refused on the header alone.
        let request = format!(
            "{verb} /auth{path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
             Content-Length: 1048576\r\nConnection: close\r\n\r\n{{\"email\":"
        );
        let response = raw_http(app.port, request.into_bytes()).await;
        assert_raw_e1(&response, 413, &too_large());
        assert_still_serving(&app).await;
    }
}

#[tokio::test]
async fn a_chunked_body_over_the_limit_is_a_413() {
    let app = spawn_app().await;
    for (verb, path) in BODY_ENDPOINTS {
        let mut request = format!(
            "{verb} /auth{path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
             Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        )
        .into_bytes();
        let chunk = vec![b' '; 8 * 1024];
        for _ in 0..9 {
            request.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
            request.extend_from_slice(&chunk);
            request.extend_from_slice(b"\r\n");
        }
        request.extend_from_slice(b"0\r\n\r\n");
        let response = raw_http(app.port, request).await;
        assert_raw_e1(&response, 413, &too_large());
        assert_still_serving(&app).await;
    }
}

#[tokio::test]
async fn a_small_chunked_body_is_accepted() {
    let app = spawn_app().await;
    let body = br#"{"email":"chunked@example.com","password":"secret123"}"#;
    let mut request =
        b"POST /auth HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            .to_vec();
    for part in body.chunks(10) {
        request.extend_from_slice(format!("{:x}\r\n", part.len()).as_bytes());
        request.extend_from_slice(part);
        request.extend_from_slice(b"\r\n");
    }
    request.extend_from_slice(b"0\r\n\r\n");
    let (status, head, body) = raw_http(app.port, request).await;
    assert_eq!(status, 200, "{head}\n{body}");
    assert!(head.contains("\r\nuid: chunked@example.com\r\n"), "{head}");
    assert_eq!(
        app.sign_in("chunked@example.com", PASSWORD).await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_number_where_a_string_belongs_becomes_text() {
    let app = spawn_app().await;
    let response = app
        .register(&json!({"email": 12345, "password": "secret123"}))
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_json_content_type(&response);
    assert_no_auth_headers(&response);
    assert_eq!(
        body_json(response).await,
        json!({
            "status": "error",
            "data": {"id": null, "provider": "email", "uid": "", "allow_password_change": false,
                     "email": "12345", "created_at": null, "updated_at": null},
            "errors": {"email": ["is not an email"], "full_messages": ["Email is not an email"]},
        })
    );

    // A numeric password is its decimal text: it registers and signs in as "123456".
    let response = app
        .register(&json!({"email": "x@example.com", "password": 123456}))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        app.sign_in("x@example.com", "123456").await.status(),
        StatusCode::OK
    );
    let response = app
        .client
        .post(app.url("/sign_in"))
        .json(&json!({"email": "x@example.com", "password": 123456}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_still_serving(&app).await;
}

#[tokio::test]
async fn arrays_and_objects_as_values_are_dropped() {
    let app = spawn_app().await;
    let blank_email = json!({
        "status": "error",
        "data": {"id": null, "provider": "email", "uid": "", "allow_password_change": false,
                 "email": null, "created_at": null, "updated_at": null},
        "errors": {"email": ["can't be blank"], "full_messages": ["Email can't be blank"]},
    });
    for email in [json!(["a@b.co"]), json!({"address": "a@b.co"})] {
        let response = app
            .register(&json!({"email": email, "password": "secret123"}))
            .await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_no_auth_headers(&response);
        assert_eq!(body_json(response).await, blank_email);
    }
    // An array password is dropped too: it is blank.
    let response = app
        .register(&json!({"email": "arr@example.com", "password": ["secret123"]}))
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body_json(response).await["errors"],
        json!({"password": ["can't be blank"], "full_messages": ["Password can't be blank"]})
    );
    // At sign-in, dropped values mean missing credentials.
    app.sign_up("arr@example.com").await;
    let response = app
        .client
        .post(app.url("/sign_in"))
        .json(&json!({"email": ["arr@example.com"], "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_e1(
        response,
        StatusCode::UNAUTHORIZED,
        "Invalid login credentials. Please try again.",
    )
    .await;
    assert_still_serving(&app).await;
}

#[tokio::test]
async fn an_emoji_password_registers_and_signs_in() {
    let app = spawn_app().await;
    let password = "p@ss🔑wörd🎉";
    let response = app
        .register(&json!({"email": "emoji@example.com", "password": password, "password_confirmation": password}))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let response = app.sign_in("emoji@example.com", password).await;
    assert_eq!(response.status(), StatusCode::OK);
    let credentials = AuthHeaders::from_headers(response.headers()).expect("credentials");
    credentials.assert_well_formed();
    // A different emoji is a different password.
    assert_e1(
        app.sign_in("emoji@example.com", "p@ss🔑wörd🎊").await,
        StatusCode::UNAUTHORIZED,
        "Invalid login credentials. Please try again.",
    )
    .await;
    // Five emoji are five characters: too short, although they are 20 bytes.
    let response = app
        .register(&json!({"email": "emoji2@example.com", "password": "🎉🎉🎉🎉🎉"}))
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body_json(response).await["errors"]["full_messages"],
        json!(["Password is too short (minimum is 6 characters)"])
    );
    assert_still_serving(&app).await;
}

#[tokio::test]
async fn a_nul_character_in_the_email_is_a_422() {
    let app = spawn_app().await;
    for email in ["nul\u{0}byte@example.com", "nul@exa\u{0}mple.com"] {
        let response = app
            .register(&json!({"email": email, "password": PASSWORD}))
            .await;
        let status = response.status();
        let headers = response.headers().clone();
        let body = body_json(response).await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "email {email:?} was accepted: {headers:?} {body}"
        );
        assert!(headers.get("access-token").is_none());
        assert_eq!(body["status"], "error");
        assert_eq!(body["data"]["id"], Value::Null);
        assert!(
            body["errors"]["email"]
                .as_array()
                .is_some_and(|messages| !messages.is_empty()),
            "{body}"
        );
    }
    let rows: i64 = app
        .db()
        .query_row(
            "SELECT count(*) FROM users WHERE instr(email, char(0)) > 0",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(rows, 0, "a user with a NUL in its email was stored");
    assert_still_serving(&app).await;
}

#[tokio::test]
async fn validate_token_without_credentials_is_a_401() {
    let app = spawn_app().await;
    let alice = app.signed_in_user("alice@example.com").await;
    let invalid = "Invalid login credentials";

    let response = app
        .client
        .get(app.url("/validate_token"))
        .send()
        .await
        .unwrap();
    assert_e1(response, StatusCode::UNAUTHORIZED, invalid).await;

    let response = app
        .client
        .get(app.url("/validate_token"))
        .header("uid", &alice.uid)
        .send()
        .await
        .unwrap();
    assert_e1(response, StatusCode::UNAUTHORIZED, invalid).await;

    let response = app
        .client
        .get(app.url("/validate_token"))
        .header("uid", &alice.uid)
        .header("client", &alice.client)
        .send()
        .await
        .unwrap();
    assert_e1(response, StatusCode::UNAUTHORIZED, invalid).await;

    for authorization in [
        "Bearer invalidtoken==",
        "Bearer ",
        "Basic dXNlcjpwYXNz",
        "Bearer bm90IGpzb24=",
        "Bearer WyJhcnJheSJd",
    ] {
        let response = app
            .client
            .get(app.url("/validate_token"))
            .header("authorization", authorization)
            .send()
            .await
            .unwrap();
        assert_e1(response, StatusCode::UNAUTHORIZED, invalid).await;
    }

    // A wrong token with the right uid and client.
    let response = app
        .client
        .get(app.url("/validate_token"))
        .header("uid", &alice.uid)
        .header("client", &alice.client)
        .header("access-token", "AAAAAAAAAAAAAAAAAAAAAA")
        .send()
        .await
        .unwrap();
    assert_e1(response, StatusCode::UNAUTHORIZED, invalid).await;

    // Alice's real credentials still work after all that.
    assert_eq!(app.validate_token(&alice).await.status(), StatusCode::OK);
    assert_still_serving(&app).await;
}

#[tokio::test]
async fn unknown_routes_are_404() {
    let app = spawn_app().await;
    for (verb, url) in [
        ("GET", app.url("/nope")),
        ("POST", app.url("/nope")),
        ("GET", app.url("/sign_up")),
        ("GET", app.url("/sign_in/extra")),
        ("GET", app.root_url("/nope")),
        ("POST", app.root_url("/")),
        ("DELETE", app.root_url("/auth/validate_token/x")),
    ] {
        let response = app.client.request(method(verb), url).send().await.unwrap();
        assert_not_found(response).await;
    }
    assert_still_serving(&app).await;
}

#[tokio::test]
async fn a_wrong_method_on_a_known_path_is_404() {
    let app = spawn_app().await;
    let alice = app.signed_in_user("alice@example.com").await;
    for (verb, path) in [
        ("POST", "/validate_token"),
        ("DELETE", "/validate_token"),
        ("GET", "/sign_out"),
        ("POST", "/sign_out"),
        ("PUT", "/sign_in"),
        ("DELETE", "/sign_in"),
        ("GET", ""),
    ] {
        let response = alice
            .apply(app.client.request(method(verb), app.url(path)))
            .send()
            .await
            .unwrap();
        assert_not_found(response).await;
    }
    // None of those touched Alice's session.
    assert_eq!(app.validate_token(&alice).await.status(), StatusCode::OK);
    assert_still_serving(&app).await;
}

#[tokio::test]
async fn get_sign_in_is_a_405() {
    let app = spawn_app().await;
    let response = app.client.get(app.url("/sign_in")).send().await.unwrap();
    assert_e1(
        response,
        StatusCode::METHOD_NOT_ALLOWED,
        "Use POST /sign_in to sign in. GET is not supported.",
    )
    .await;
    assert_still_serving(&app).await;
}

#[tokio::test]
async fn sign_in_reads_credentials_from_headers() {
    let app = spawn_app().await;
    assert_eq!(
        app.sign_up("headers@example.com").await.status(),
        StatusCode::OK
    );
    let response = app
        .client
        .post(app.url("/sign_in"))
        .header("email", "headers@example.com")
        .header("password", PASSWORD)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_json_content_type(&response);
    let credentials = AuthHeaders::from_headers(response.headers()).expect("credentials");
    credentials.assert_well_formed();
    assert_eq!(credentials.uid, "headers@example.com");
    assert_eq!(
        body_json(response).await["data"]["uid"],
        json!("headers@example.com")
    );
    assert_eq!(
        app.validate_token(&credentials).await.status(),
        StatusCode::OK
    );

    // A wrong password header fails like a wrong password parameter.
    let response = app
        .client
        .post(app.url("/sign_in"))
        .header("email", "headers@example.com")
        .header("password", "wrong-password")
        .send()
        .await
        .unwrap();
    assert_e1(
        response,
        StatusCode::UNAUTHORIZED,
        "Invalid login credentials. Please try again.",
    )
    .await;
}

#[tokio::test]
async fn sign_in_normalizes_the_email() {
    let app = spawn_app().await;
    assert_eq!(
        app.sign_up("user@example.com").await.status(),
        StatusCode::OK
    );
    for spelling in [
        " user@example.com  ",
        " User@Example.COM  ",
        "\tUSER@EXAMPLE.COM\n",
    ] {
        let response = app.sign_in(spelling, PASSWORD).await;
        assert_eq!(response.status(), StatusCode::OK, "{spelling:?}");
        let credentials = AuthHeaders::from_headers(response.headers()).expect("credentials");
        assert_eq!(credentials.uid, "user@example.com");
        assert_eq!(
            app.validate_token(&credentials).await.status(),
            StatusCode::OK
        );
    }
}
