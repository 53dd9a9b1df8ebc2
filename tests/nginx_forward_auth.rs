//! nginx (from Debian) with `auth_request` to tokenauth's forward-auth endpoint, all on loopback:
//! a signed-in request reaches the protected location with the identity, an anonymous one gets
//! 401. scripts/test installs nginx when it is missing.

#[path = "support/process.rs"]
mod process;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use process::ServerProcess;
use reqwest::StatusCode;
use serde_json::json;

const NGINX: &str = "/usr/sbin/nginx";

/// A tiny upstream that answers every request with the request head it received.
fn spawn_echo_upstream() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut head = String::new();
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                head.push_str(&line);
            }
            let mut stream = stream;
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{head}",
                head.len()
            );
        }
    });
    port
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test]
async fn nginx_auth_request_lets_signed_in_requests_through() {
    assert!(
        std::path::Path::new(NGINX).exists(),
        "nginx is not installed: run `apt-get install -y nginx` (scripts/test does)"
    );
    let dir = tempfile::tempdir().unwrap();
    let tokenauth = ServerProcess::start(dir.path(), &[]);
    let upstream = spawn_echo_upstream();
    let nginx_port = free_port();
    let conf = format!(
        r#"
daemon off;
master_process off;
worker_processes 1;
error_log {dir}/nginx-error.log;
pid {dir}/nginx.pid;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {dir}/body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    server {{
        listen 127.0.0.1:{nginx_port};
        location = /_tokenauth {{
            internal;
            proxy_pass http://127.0.0.1:{ta}/auth/forward;
            proxy_pass_request_body off;
            proxy_set_header Content-Length "";
        }}
        location /private/ {{
            auth_request /_tokenauth;
            auth_request_set $auth_uid $upstream_http_x_auth_uid;
            auth_request_set $auth_user_id $upstream_http_x_auth_user_id;
            proxy_set_header X-Auth-Uid $auth_uid;
            proxy_set_header X-Auth-User-Id $auth_user_id;
            proxy_pass http://127.0.0.1:{upstream};
        }}
    }}
}}
"#,
        dir = dir.path().display(),
        ta = tokenauth.port,
    );
    std::fs::write(dir.path().join("nginx.conf"), conf).unwrap();
    let mut nginx = Command::new(NGINX)
        .args(["-p", &dir.path().display().to_string(), "-c"])
        .arg(dir.path().join("nginx.conf"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", nginx_port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "nginx did not start: {}",
            std::fs::read_to_string(dir.path().join("nginx-error.log")).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(50));
    }

    let client = reqwest::Client::new();
    let body = json!({"email": "nginx@example.com", "password": "secret123"});
    let signed_up = client
        .post(&tokenauth.url)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(signed_up.status(), StatusCode::OK);
    let h = |name: &str| signed_up.headers()[name].to_str().unwrap().to_string();
    let base = format!("http://127.0.0.1:{nginx_port}");

    let anonymous = client
        .get(format!("{base}/private/page"))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);

    let signed_in = client
        .get(format!("{base}/private/page"))
        .header("access-token", h("access-token"))
        .header("client", h("client"))
        .header("uid", h("uid"))
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), StatusCode::OK);
    let head = signed_in.text().await.unwrap().to_lowercase();
    assert!(head.starts_with("get /private/page"), "{head}");
    assert!(head.contains("x-auth-uid: nginx@example.com"), "{head}");
    assert!(head.contains("x-auth-user-id: 1"), "{head}");

    let _ = nginx.kill();
    let _ = nginx.wait();
}
