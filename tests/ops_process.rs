//! The operator's subcommands as processes, against a real database file — also while a server
//! is serving it.

#[path = "support/process.rs"]
mod process;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use process::{ServerProcess, text, tokenauth};
use reqwest::StatusCode;
use serde_json::{Value, json};

async fn sign_in(
    client: &reqwest::Client,
    url: &str,
    email: &str,
    password: &str,
) -> reqwest::Response {
    client
        .post(format!("{url}/sign_in"))
        .json(&json!({"email": email, "password": password}))
        .send()
        .await
        .unwrap()
}

fn credentials(response: &reqwest::Response) -> [(String, String); 3] {
    ["access-token", "client", "uid"].map(|name| {
        (
            name.to_string(),
            response.headers()[name].to_str().unwrap().to_string(),
        )
    })
}

async fn validate(
    client: &reqwest::Client,
    url: &str,
    creds: &[(String, String); 3],
) -> StatusCode {
    let mut request = client.get(format!("{url}/validate_token"));
    for (name, value) in creds {
        request = request.header(name, value);
    }
    request.send().await.unwrap().status()
}

#[tokio::test]
async fn create_a_user_with_the_cli_then_sign_in_over_http_and_revoke_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::start(dir.path(), &[]);
    let client = reqwest::Client::new();

    let created = tokenauth(
        dir.path(),
        &["user", "create", "Ops@Example.com"],
        "cli-secret-1\n",
    );
    assert!(created.status.success(), "{}", text(&created.stderr));
    assert!(text(&created.stdout).contains("created account ops@example.com"));

    let response = sign_in(&client, &server.url, "ops@example.com", "cli-secret-1").await;
    assert_eq!(response.status(), StatusCode::OK);
    let creds = credentials(&response);
    assert_eq!(validate(&client, &server.url, &creds).await, StatusCode::OK);

    let listed = tokenauth(
        dir.path(),
        &["sessions", "list", "ops@example.com", "--json"],
        "",
    );
    let sessions: Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(sessions.as_array().unwrap().len(), 1);
    assert_eq!(sessions[0]["client"], json!(creds[1].1));
    // No digest or token in the operator's view.
    assert!(!text(&listed.stdout).contains(&creds[0].1));

    let revoked = tokenauth(
        dir.path(),
        &[
            "sessions",
            "revoke",
            "ops@example.com",
            "--client",
            &creds[1].1,
        ],
        "",
    );
    assert!(revoked.status.success(), "{}", text(&revoked.stderr));
    assert_eq!(
        validate(&client, &server.url, &creds).await,
        StatusCode::UNAUTHORIZED
    );

    // Revoking it again: exit code 3, one sentence.
    let again = tokenauth(
        dir.path(),
        &[
            "sessions",
            "revoke",
            "ops@example.com",
            "--client",
            &creds[1].1,
        ],
        "",
    );
    assert_eq!(again.status.code(), Some(3));
    assert!(text(&again.stderr).contains("has no session with client"));
    assert!(server.stop().success());
}

#[tokio::test]
async fn user_subcommands_change_what_the_server_allows() {
    let dir = tempfile::tempdir().unwrap();
    let server = ServerProcess::start(dir.path(), &[]);
    let client = reqwest::Client::new();
    let run = |args: &[&str], stdin: &str| {
        let output = tokenauth(dir.path(), args, stdin);
        assert!(
            output.status.success(),
            "{args:?}: {}",
            text(&output.stderr)
        );
        text(&output.stdout)
    };
    run(&["user", "create", "lockme@example.com"], "first-pass\n");
    let signed_in = sign_in(&client, &server.url, "lockme@example.com", "first-pass").await;
    let creds = credentials(&signed_in);

    // lock: sign-in refused with the gem's message, existing sessions ended.
    assert!(run(&["user", "lock", "lockme@example.com"], "").contains("1 session(s) ended"));
    let refused = sign_in(&client, &server.url, "lockme@example.com", "first-pass").await;
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        refused.json::<Value>().await.unwrap(),
        json!({"success": false, "errors": ["Your account has been locked due to an excessive number of unsuccessful sign in attempts."]})
    );
    assert_eq!(
        validate(&client, &server.url, &creds).await,
        StatusCode::UNAUTHORIZED
    );
    run(&["user", "unlock", "lockme@example.com"], "");
    assert_eq!(
        sign_in(&client, &server.url, "lockme@example.com", "first-pass")
            .await
            .status(),
        StatusCode::OK
    );

    // set-password: the old password stops working, every session ends.
    run(
        &["user", "set-password", "lockme@example.com"],
        "second-pass\n",
    );
    assert_eq!(
        sign_in(&client, &server.url, "lockme@example.com", "first-pass")
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        sign_in(&client, &server.url, "lockme@example.com", "second-pass")
            .await
            .status(),
        StatusCode::OK
    );

    // show / list as JSON, with the trackable columns and no secrets.
    let shown: Value =
        serde_json::from_str(&run(&["user", "show", "lockme@example.com", "--json"], "")).unwrap();
    assert_eq!(shown["sign_in_count"], json!(3));
    assert_eq!(shown["current_sign_in_ip"], json!("127.0.0.1"));
    assert!(shown.get("encrypted_password").is_none());
    let listed: Value = serde_json::from_str(&run(&["user", "list", "--json"], "")).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 1);

    // A weak password is refused with the API's message; a taken email too.
    let weak = tokenauth(dir.path(), &["user", "create", "weak@example.com"], "123\n");
    assert_eq!(weak.status.code(), Some(1));
    assert!(text(&weak.stderr).contains("Password is too short (minimum is 6 characters)"));
    let taken = tokenauth(
        dir.path(),
        &["user", "create", "LOCKME@example.com"],
        "whatever1\n",
    );
    assert!(text(&taken.stderr).contains("Email has already been taken"));

    // delete: gone, and an unknown account is exit code 3.
    run(&["user", "delete", "lockme@example.com"], "");
    assert_eq!(
        sign_in(&client, &server.url, "lockme@example.com", "second-pass")
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    let missing = tokenauth(dir.path(), &["user", "show", "lockme@example.com"], "");
    assert_eq!(missing.status.code(), Some(3));
    assert_eq!(
        text(&missing.stderr).trim(),
        "tokenauth: no account with email 'lockme@example.com'"
    );
}

#[tokio::test]
async fn confirm_lets_an_unconfirmed_user_sign_in() {
    let dir = tempfile::tempdir().unwrap();
    let env = [("TOKENAUTH__AUTH__CONFIRMABLE", "true")];
    let server = ServerProcess::start(dir.path(), &env);
    let client = reqwest::Client::new();
    let registered = client
        .post(&server.url)
        .json(&json!({"email": "unc@example.com", "password": "secret123", "confirm_success_url": "http://app.example/ok"}))
        .send()
        .await
        .unwrap();
    assert_eq!(registered.status(), StatusCode::OK);
    assert_eq!(
        sign_in(&client, &server.url, "unc@example.com", "secret123")
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    let confirmed = tokenauth(dir.path(), &["user", "confirm", "unc@example.com"], "");
    assert!(confirmed.status.success());
    assert_eq!(
        sign_in(&client, &server.url, "unc@example.com", "secret123")
            .await
            .status(),
        StatusCode::OK
    );
}

/// Registrations run continuously while the backup is taken; every one answered before the
/// backup started is in the copy, and the copy passes its integrity check.
#[tokio::test]
async fn backup_under_write_load_keeps_every_acknowledged_user() {
    let dir = tempfile::tempdir().unwrap();
    let server = ServerProcess::start(dir.path(), &[]);
    let url = server.url.clone();
    let acknowledged = Arc::new(std::sync::Mutex::new(
        Vec::<(std::time::Instant, String)>::new(),
    ));
    let stop = Arc::new(AtomicBool::new(false));
    let mut writers = Vec::new();
    for writer in 0..4 {
        let (url, acknowledged, stop) = (url.clone(), acknowledged.clone(), stop.clone());
        writers.push(tokio::spawn(async move {
            let client = reqwest::Client::new();
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) && n < 2_000 {
                let email = format!("load{writer}-{n}@example.com");
                let response = client
                    .post(&url)
                    .json(&json!({"email": email, "password": "secret123"}))
                    .send()
                    .await
                    .unwrap();
                assert_eq!(response.status(), StatusCode::OK);
                acknowledged
                    .lock()
                    .unwrap()
                    .push((std::time::Instant::now(), email));
                n += 1;
            }
        }));
    }
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    let backup_started = std::time::Instant::now();
    let path = dir.path().to_path_buf();
    let output =
        tokio::task::spawn_blocking(move || tokenauth(&path, &["backup", "--out", "copy.db"], ""))
            .await
            .unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    stop.store(true, Ordering::Relaxed);
    for writer in writers {
        writer.await.unwrap();
    }
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("integrity ok"));

    let copy = rusqlite::Connection::open(dir.path().join("copy.db")).unwrap();
    let integrity: String = copy
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    let before: Vec<String> = acknowledged
        .lock()
        .unwrap()
        .iter()
        .filter(|(at, _)| *at < backup_started)
        .map(|(_, email)| email.clone())
        .collect();
    assert!(
        before.len() > 10,
        "too little load before the backup: {}",
        before.len()
    );
    for email in &before {
        let found: i64 = copy
            .query_row(
                "SELECT count(*) FROM users WHERE email = ?1",
                [email],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            found, 1,
            "{email} acknowledged before the backup is missing from it"
        );
    }
    // Refuses to overwrite.
    let again = tokenauth(dir.path(), &["backup", "--out", "copy.db"], "");
    assert_eq!(again.status.code(), Some(1));
    assert!(text(&again.stderr).contains("already exists"));
}

#[tokio::test]
async fn healthcheck_exits_0_for_a_live_server_and_1_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::start(dir.path(), &[]);
    let health = format!("{}/health", server.root());
    let ok = tokenauth(dir.path(), &["healthcheck", "--url", &health], "");
    assert!(ok.status.success(), "{}", text(&ok.stderr));
    // The default URL follows server.bind.
    let bind = format!("127.0.0.1:{}", server.port);
    let env_bind = std::process::Command::new(process::BIN)
        .arg("healthcheck")
        .env("TOKENAUTH__SERVER__BIND", &bind)
        .output()
        .unwrap();
    assert!(env_bind.status.success(), "{}", text(&env_bind.stderr));
    server.stop();
    let down = tokenauth(dir.path(), &["healthcheck", "--url", &health], "");
    assert_eq!(down.status.code(), Some(1));
    assert!(
        text(&down.stderr).contains("no server answers"),
        "{}",
        text(&down.stderr)
    );
}

/// Planted passwords and tokens never reach the log, even at trace level.
#[tokio::test]
async fn no_secret_reaches_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::start(dir.path(), &[("RUST_LOG", "trace")]);
    let client = reqwest::Client::new();
    let password = "Planted-Password-4711";
    let registered = client
        .post(&server.url)
        .json(&json!({"email": "plant@example.com", "password": password}))
        .send()
        .await
        .unwrap();
    let creds = credentials(&registered);
    let signed_in = sign_in(&client, &server.url, "plant@example.com", password).await;
    let creds2 = credentials(&signed_in);
    // Credentials in the query string too.
    client
        .get(format!(
            "{}/validate_token?access-token={}&client={}&uid=plant%40example.com",
            server.url, creds2[0].1, creds2[1].1
        ))
        .send()
        .await
        .unwrap();
    sign_in(
        &client,
        &server.url,
        "plant@example.com",
        "Wrong-Planted-0815",
    )
    .await;
    client
        .post(format!("{}/password", server.url))
        .json(&json!({"email": "plant@example.com", "redirect_url": "http://app.example/reset"}))
        .send()
        .await
        .unwrap();
    server.stop();
    let mail = std::fs::read_dir(dir.path().join("outbox"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect::<String>();
    let reset_token = mail
        .split("reset_password_token=")
        .nth(1)
        .unwrap()
        .chars()
        .take(20)
        .collect::<String>();
    let log = server.log_text();
    assert!(
        log.contains("sign-in failed ip=127.0.0.1 uid=\"plant@example.com\""),
        "{log}"
    );
    for secret in [
        password,
        "Wrong-Planted-0815",
        creds[0].1.as_str(),
        creds2[0].1.as_str(),
        reset_token.as_str(),
    ] {
        assert!(!log.contains(secret), "{secret} appears in the log");
    }
}
