//! Runs the real `tokenauth` binary: a server process, and one-shot commands beside it.

#![allow(dead_code)] // each test binary uses its own subset

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

pub const BIN: &str = env!("CARGO_BIN_EXE_tokenauth");

/// `tokenauth serve` on a free port in `dir`, its log captured in `dir/server.log`.
pub struct ServerProcess {
    pub child: Child,
    /// e.g. http://127.0.0.1:PORT/auth
    pub url: String,
    pub port: u16,
    pub log: PathBuf,
}

impl ServerProcess {
    pub fn start(dir: &Path, env: &[(&str, &str)]) -> ServerProcess {
        let log = dir.join("server.log");
        let mut child = Command::new(BIN)
            .args(["serve", "--bind", "127.0.0.1:0"])
            .current_dir(dir)
            .env("TOKENAUTH__AUTH__PASSWORD_COST", "4")
            .env("TOKENAUTH__RATE_LIMITS__SIGN_IN", "off")
            .env("TOKENAUTH__RATE_LIMITS__REGISTRATION", "off")
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut banner = String::new();
        stdout.read_line(&mut banner).unwrap();
        // Keep draining stdout so the server never writes into a closed pipe.
        std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()));
        let url = banner
            .split_whitespace()
            .last()
            .unwrap_or_else(|| panic!("no banner: {}", std::fs::read_to_string(&log).unwrap()))
            .to_string();
        let port = url
            .trim_start_matches("http://127.0.0.1:")
            .split('/')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        ServerProcess {
            child,
            url,
            port,
            log,
        }
    }

    pub fn root(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// SIGTERM, then wait (bounded) for a clean exit.
    pub fn stop(&mut self) -> std::process::ExitStatus {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let start = std::time::Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            if start.elapsed() > Duration::from_secs(15) {
                self.child.kill().unwrap();
                panic!("tokenauth did not stop within 15 s");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap()
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `tokenauth ARGS` in `dir` with `stdin` as its standard input.
pub fn tokenauth(dir: &Path, args: &[&str], stdin: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env("TOKENAUTH__AUTH__PASSWORD_COST", "4")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
