//! Crash safety: sign-ups and sign-ins under load while the server is killed with SIGKILL at
//! random moments, several times. Every sign-up that was answered 200 must survive and sign in,
//! and the database must pass `PRAGMA integrity_check`.

#[path = "support/process.rs"]
mod process;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use process::ServerProcess;
use reqwest::StatusCode;
use serde_json::json;

const ROUNDS: usize = 6;
const WRITERS: usize = 6;

fn random_below(n: u64) -> u64 {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).unwrap();
    u64::from_le_bytes(bytes) % n
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_sign_ups_survive_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let mut attempted = 0usize;
    for round in 0..ROUNDS {
        let mut server = ServerProcess::start(dir.path(), &[]);
        let stop = Arc::new(AtomicBool::new(false));
        let mut writers = Vec::new();
        for writer in 0..WRITERS {
            let (url, acknowledged, stop) =
                (server.url.clone(), acknowledged.clone(), stop.clone());
            writers.push(tokio::spawn(async move {
                let client = reqwest::Client::builder()
                    .timeout(Duration::from_secs(5))
                    .build()
                    .unwrap();
                let mut sent = 0usize;
                while !stop.load(Ordering::Relaxed) {
                    let email = format!("r{round}w{writer}n{sent}@example.com");
                    sent += 1;
                    let body = json!({"email": email, "password": "secret123"});
                    // Killed mid-request: no answer, so no promise was made.
                    let Ok(response) = client.post(&url).json(&body).send().await else {
                        break;
                    };
                    if response.status() == StatusCode::OK {
                        acknowledged.lock().unwrap().push(email.clone());
                        // Sign in too, so sessions and trackable columns are being written.
                        let _ = client
                            .post(format!("{url}/sign_in"))
                            .json(&body)
                            .send()
                            .await;
                    }
                }
                sent
            }));
        }
        tokio::time::sleep(Duration::from_millis(150 + random_below(600))).await;
        server.child.kill().unwrap(); // SIGKILL
        server.child.wait().unwrap();
        stop.store(true, Ordering::Relaxed);
        for writer in writers {
            attempted += writer.await.unwrap();
        }
    }

    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(
        acknowledged.len() > ROUNDS * 5,
        "too little load: {} acknowledged of {attempted}",
        acknowledged.len()
    );

    let conn = rusqlite::Connection::open(dir.path().join("tokenauth.db")).unwrap();
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    drop(conn);

    let server = ServerProcess::start(dir.path(), &[]);
    let client = reqwest::Client::new();
    for email in &acknowledged {
        let response = client
            .post(format!("{}/sign_in", server.url))
            .json(&json!({"email": email, "password": "secret123"}))
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            StatusCode::OK,
            "{email} was acknowledged but is lost"
        );
    }
    println!(
        "{ROUNDS} SIGKILL rounds: {} sign-ups acknowledged of {attempted} attempted, all present",
        acknowledged.len()
    );
}
