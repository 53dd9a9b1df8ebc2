//! Mail delivery through the real binary: `tokenauth send-test-email` against a real SMTP server
//! on loopback (Python's aiosmtpd, see tests/support/smtp_sink.py), the default outbox, an SMTP
//! server that is down, and the password never shown by `print-config`.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_tokenauth");
const SMTP_SINK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/support/smtp_sink.py");
const TO: &str = "someone@example.com";

/// The binary in `dir`, with no TOKENAUTH__* variables from the environment running the tests.
fn tokenauth(dir: &Path) -> Command {
    let mut command = Command::new(BIN);
    command.current_dir(dir).env_remove("RUST_LOG");
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("TOKENAUTH__") {
            command.env_remove(name);
        }
    }
    command
}

fn smtp_env(command: &mut Command, port: u16) -> &mut Command {
    command
        .env("TOKENAUTH__MAIL__DELIVERY", "smtp")
        .env("TOKENAUTH__MAIL__SMTP_HOST", "127.0.0.1")
        .env("TOKENAUTH__MAIL__SMTP_PORT", port.to_string())
        .env("TOKENAUTH__MAIL__SMTP_ENCRYPTION", "none")
}

fn run(command: &mut Command) -> (Output, String, String) {
    let output = command.output().expect("the tokenauth binary runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (output, stdout, stderr)
}

/// A port nothing listens on right now: bind port 0, note the port, release it.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// aiosmtpd listening on a free loopback port, writing each message into `dir` as `<n>.json`.
/// Killed when dropped.
struct SmtpSink {
    port: u16,
    dir: tempfile::TempDir,
    child: Child,
}

impl SmtpSink {
    fn start() -> SmtpSink {
        require_aiosmtpd();
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let child = Command::new("python3")
            .arg(SMTP_SINK)
            .arg(port.to_string())
            .arg(dir.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("python3 starts");
        let mut sink = SmtpSink { port, dir, child };
        sink.wait_until_listening();
        sink
    }

    fn wait_until_listening(&mut self) {
        for _ in 0..200 {
            if TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return;
            }
            if let Some(status) = self.child.try_wait().unwrap() {
                let mut stderr = String::new();
                std::io::Read::read_to_string(self.child.stderr.as_mut().unwrap(), &mut stderr)
                    .unwrap();
                panic!("the SMTP test server exited ({status}) before listening:\n{stderr}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!(
            "the SMTP test server did not listen on 127.0.0.1:{} within 10 seconds",
            self.port
        );
    }

    /// The messages received so far, in arrival order.
    fn messages(&self) -> Vec<Value> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
            .collect();
        files.sort_by_key(|path| {
            path.file_stem()
                .unwrap()
                .to_string_lossy()
                .parse::<u32>()
                .unwrap()
        });
        files
            .iter()
            .map(|path| serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap())
            .collect()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The SMTP tests need aiosmtpd; without it they fail (never skip) and say how to get it.
fn require_aiosmtpd() {
    let found = Command::new("python3")
        .args(["-c", "import aiosmtpd"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    match found {
        Ok(status) if status.success() => {}
        Ok(_) => panic!(
            "the SMTP tests need Python's aiosmtpd: run `pip install aiosmtpd` \
             (scripts/test installs it)"
        ),
        Err(e) => panic!(
            "the SMTP tests need python3 with aiosmtpd ({e}): install Python 3, then run \
             `pip install aiosmtpd`"
        ),
    }
}

#[test]
fn send_test_email_delivers_through_a_real_smtp_server() {
    let sink = SmtpSink::start();
    let dir = tempfile::tempdir().unwrap();
    let (output, stdout, stderr) = run(smtp_env(
        tokenauth(dir.path()).args(["send-test-email", TO]),
        sink.port,
    ));
    assert!(
        output.status.success(),
        "status {}\nstdout: {stdout}\nstderr: {stderr}",
        output.status
    );
    assert_eq!(
        stdout.trim(),
        format!(
            "test email to {TO} sent via SMTP to 127.0.0.1:{}",
            sink.port
        )
    );

    let messages = sink.messages();
    assert_eq!(messages.len(), 1, "{messages:#?}");
    let message = &messages[0];
    assert_eq!(message["mail_from"], "no-reply@localhost");
    assert_eq!(message["rcpt_tos"], serde_json::json!([TO]));
    assert_eq!(message["from"], "tokenauth <no-reply@localhost>");
    assert_eq!(message["to"], TO);
    assert_eq!(message["subject"], "tokenauth test email");
    assert_eq!(message["mime_version"], "1.0");
    assert_eq!(message["content_type"], "text/html");
    assert_eq!(message["charset"], "utf-8");
    let body = message["body"].as_str().unwrap();
    assert!(
        body.contains("<p>This is a test email from tokenauth ")
            && body.contains("<p>If you can read it, mail delivery works.</p>"),
        "{body}"
    );
    assert!(
        !dir.path().join("outbox").exists(),
        "SMTP delivery writes no outbox"
    );
}

#[test]
fn send_test_email_writes_one_eml_file_into_the_outbox_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let (output, stdout, stderr) = run(tokenauth(dir.path()).args(["send-test-email", TO]));
    assert!(
        output.status.success(),
        "status {}\nstdout: {stdout}\nstderr: {stderr}",
        output.status
    );

    let files: Vec<PathBuf> = std::fs::read_dir(dir.path().join("outbox"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let file = &files[0];
    assert_eq!(file.extension().unwrap(), "eml");
    let expected_path = std::path::absolute(file).unwrap();
    assert_eq!(
        stdout.trim(),
        format!("test email to {TO} written to {}", expected_path.display())
    );

    let eml = std::fs::read_to_string(file).unwrap();
    let (headers, body) = eml
        .split_once("\r\n\r\n")
        .expect("headers, blank line, body");
    let headers: Vec<&str> = headers.split("\r\n").collect();
    for expected in [
        "From: tokenauth <no-reply@localhost>",
        "To: someone@example.com",
        "Subject: tokenauth test email",
        "MIME-Version: 1.0",
        "Content-Type: text/html; charset=UTF-8",
    ] {
        assert!(headers.contains(&expected), "{expected:?} in {headers:#?}");
    }
    assert!(
        body.contains("<p>If you can read it, mail delivery works.</p>"),
        "{body}"
    );
}

#[test]
fn send_test_email_to_a_server_that_is_down_fails_with_one_sentence() {
    let port = free_port();
    let dir = tempfile::tempdir().unwrap();
    let (output, stdout, stderr) = run(smtp_env(
        tokenauth(dir.path())
            .args(["send-test-email", TO])
            .env("TOKENAUTH__MAIL__SMTP_USERNAME", "mailer")
            .env("TOKENAUTH__MAIL__SMTP_PASSWORD", "hunter2")
            .env("RUST_LOG", "trace"),
        port,
    ));
    assert_eq!(
        output.status.code(),
        Some(1),
        "stdout: {stdout}\nstderr: {stderr}"
    );
    assert_eq!(stdout, "", "nothing claims success");
    let stderr = stderr.trim();
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    assert!(
        stderr.starts_with(&format!(
            "tokenauth: sending mail to {TO} via SMTP 127.0.0.1:{port} failed: "
        )),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("hunter2"), "{stderr}");
}

#[test]
fn print_config_never_shows_the_smtp_password() {
    let dir = tempfile::tempdir().unwrap();
    let (output, stdout, stderr) = run(tokenauth(dir.path())
        .arg("print-config")
        .env("TOKENAUTH__MAIL__DELIVERY", "smtp")
        .env("TOKENAUTH__MAIL__SMTP_USERNAME", "007")
        .env("TOKENAUTH__MAIL__SMTP_PASSWORD", "hunter2"));
    assert!(output.status.success(), "stderr: {stderr}");
    assert!(!stdout.contains("hunter2"), "{stdout}");
    assert!(!stderr.contains("hunter2"), "{stderr}");
    assert!(
        stdout.contains("smtp_password = \"[redacted]\""),
        "{stdout}"
    );
    // Kept as text, not parsed as the number 7.
    assert!(stdout.contains("smtp_username = \"007\""), "{stdout}");
    assert!(stdout.contains("delivery = \"smtp\""), "{stdout}");
}
