//! The real binary as a process: `tokenauth serve` on a free port, spoken to over HTTP, stopped
//! with SIGTERM; and start-up errors for bad configuration.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::json;

const BIN: &str = env!("CARGO_BIN_EXE_tokenauth");

#[tokio::test]
async fn serve_signs_up_signs_in_validates_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(BIN)
        .args(["serve", "--bind", "127.0.0.1:0"])
        .current_dir(dir.path())
        .env("TOKENAUTH__AUTH__PASSWORD_COST", "4")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut banner = String::new();
    stdout.read_line(&mut banner).unwrap();
    // "tokenauth 0.1.0 listening on http://127.0.0.1:PORT/auth"
    let url = banner.split_whitespace().last().unwrap().to_string();
    assert!(
        url.starts_with("http://127.0.0.1:") && url.ends_with("/auth"),
        "{banner}"
    );
    let mut rest = String::new();
    stdout.read_line(&mut rest).unwrap();
    stdout.read_line(&mut rest).unwrap();
    assert!(
        rest.contains(&format!(
            "database: {}",
            dir.path().join("tokenauth.db").display()
        )),
        "{rest}"
    );
    assert!(
        rest.contains(&format!(
            "mail outbox: {}",
            dir.path().join("outbox").display()
        )),
        "{rest}"
    );

    let client = reqwest::Client::new();
    let body = json!({"email": "proc@example.com", "password": "secret123"});
    let signed_up = client.post(&url).json(&body).send().await.unwrap();
    assert_eq!(signed_up.status(), 200);
    let signed_in = client
        .post(format!("{url}/sign_in"))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), 200);
    let h = |name: &str| signed_in.headers()[name].to_str().unwrap().to_string();
    let validated = client
        .get(format!("{url}/validate_token"))
        .header("access-token", h("access-token"))
        .header("client", h("client"))
        .header("uid", h("uid"))
        .send()
        .await
        .unwrap();
    assert_eq!(validated.status(), 200);
    assert!(dir.path().join("tokenauth.db").exists());

    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = wait_with_timeout(&mut child, Duration::from_secs(15));
    assert!(status.success(), "exit status {status:?}");
    let mut tail = String::new();
    std::io::Read::read_to_string(&mut stdout, &mut tail).unwrap();
    assert!(tail.contains("tokenauth stopped"), "{tail}");
}

fn wait_with_timeout(child: &mut std::process::Child, limit: Duration) -> std::process::ExitStatus {
    let start = std::time::Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if start.elapsed() > limit {
            child.kill().unwrap();
            panic!("tokenauth did not stop within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn run(args: &[&str], config: Option<&str>, env: &[(&str, &str)]) -> (i32, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let mut command = Command::new(BIN);
    command.current_dir(dir.path());
    if let Some(config) = config {
        std::fs::write(dir.path().join("custom.toml"), config).unwrap();
        command.args(["--config", "custom.toml"]);
    }
    command.args(args).envs(env.iter().copied());
    let output = command.output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn an_invalid_value_stops_start_up_naming_the_key_and_the_expected_form() {
    let (code, _, stderr) = run(
        &["serve"],
        Some("[auth]\ntoken_lifespan = \"2 fortnights\"\n"),
        &[],
    );
    assert_eq!(code, 1);
    assert!(stderr.contains("auth.token_lifespan"), "{stderr}");
    assert!(stderr.contains("\"2 weeks\""), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");

    let (code, _, stderr) = run(&["serve"], None, &[("TOKENAUTH__SERVER__BIND", "nonsense")]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("server.bind") && stderr.contains("127.0.0.1:3000"),
        "{stderr}"
    );

    let (code, _, stderr) = run(&["serve", "--config", "missing.toml"], None, &[]);
    assert_eq!(code, 1);
    assert!(stderr.contains("missing.toml does not exist"), "{stderr}");
}

#[test]
fn an_unknown_key_is_a_warning_naming_it() {
    let (code, stdout, stderr) = run(
        &["print-config"],
        Some("[auth]\ntoken_lifespn = \"1 week\"\nmax_number_of_devices = 3\n"),
        &[],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("unknown configuration key `auth.token_lifespn`"),
        "{stderr}"
    );
    assert!(stdout.contains("max_number_of_devices = 3"), "{stdout}");
}

#[test]
fn later_sources_win_file_then_environment_then_flags() {
    let (code, stdout, stderr) = run(
        &["print-config", "--database", "flag.db"],
        Some(
            "[database]\npath = \"file.db\"\n[auth]\nmax_number_of_devices = 3\npassword_cost = 5\n",
        ),
        &[
            ("TOKENAUTH__DATABASE__PATH", "env.db"),
            ("TOKENAUTH__AUTH__MAX_NUMBER_OF_DEVICES", "4"),
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    // Each value names the layer it came from.
    assert!(
        stdout.contains("path = \"flag.db\"  # flag --database"),
        "{stdout}"
    );
    assert!(
        stdout.contains("max_number_of_devices = 4  # environment"),
        "{stdout}"
    );
    assert!(
        stdout.contains("password_cost = 5  # file custom.toml"),
        "{stdout}"
    );
    assert!(
        stdout.contains("token_lifespan = \"2 weeks\"  # default"),
        "{stdout}"
    );
}

#[test]
fn a_database_newer_than_the_binary_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.db");
    rusqlite::Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let output = Command::new(BIN)
        .args(["migrate", "--database"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("schema version 99"), "{stderr}");
}
