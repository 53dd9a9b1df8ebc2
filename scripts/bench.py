#!/usr/bin/env python3
"""The benchmark behind scripts/bench (which builds the binaries and installs wrk first).

Starts the release binary on temp databases on 127.0.0.1, loads it with wrk from a second
process, and prints one Markdown table (also written to bench/results.md): requests/s, p50 and
p99 latency and the server's peak RSS per scenario, each also as a ratio to the GET /health
baseline of the same run, plus idle RSS and start-up time to the first 200.

Settings (environment): BENCH_DURATION (seconds measured per scenario, 10), BENCH_WARMUP (2),
BENCH_CONNECTIONS (32), BENCH_USERS (100000), BENCH_SESSIONS (1000000), BENCH_OUT
(bench/results.md). TOKENAUTH__AUTH__PASSWORD_COST is honoured like the server does.

Every wrk thread drives exactly one connection (-t N -c N), so each connection is one client
with its own credentials: with rotation on it sends the newest token it was given, as a front
end does, and keeps its token when a response carries the blank batch placeholder.
"""

from __future__ import annotations

import concurrent.futures
import datetime
import http.client
import json
import os
import re
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RELEASE = ROOT / "target" / "release"
SERVER = RELEASE / "tokenauth"
GUARDED = RELEASE / "examples" / "protected_api"
BCRYPT_COST = RELEASE / "examples" / "bcrypt_cost"

DURATION = int(os.environ.get("BENCH_DURATION", "10"))
# bcrypt-bound scenarios: one connection per core (more would only queue behind bcrypt and make
# all requests in flight finish together), measured longer because they complete few requests.
BCRYPT_DURATION = int(os.environ.get("BENCH_BCRYPT_DURATION", str(2 * DURATION)))
WARMUP = int(os.environ.get("BENCH_WARMUP", "2"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "32"))
LARGE_USERS = int(os.environ.get("BENCH_USERS", "100000"))
LARGE_SESSIONS = int(os.environ.get("BENCH_SESSIONS", "1000000"))
PASSWORD_COST = int(os.environ.get("TOKENAUTH__AUTH__PASSWORD_COST", "12"))
STARTS = 3  # start-ups timed per database; the median is reported
PASSWORD = "bench-password-1"
OUT = Path(os.environ.get("BENCH_OUT", ROOT / "bench" / "results.md"))


def log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------
# wrk scripts. COMMON counts non-2xx responses per thread and prints one JSON line at the end.

COMMON = r"""
local threads = {}
local thread_count = 0
function setup(thread)
  thread_count = thread_count + 1
  thread:set("id", thread_count)
  threads[thread_count] = thread
  if bench_setup then bench_setup(thread, thread_count) end
end
function init(args)
  non2xx = 0
  rotated = 0
  batch = 0
end
function done(summary, latency, requests)
  local non2xx_total, rotated_total, batch_total = 0, 0, 0
  for _, t in ipairs(threads) do
    non2xx_total = non2xx_total + t:get("non2xx")
    rotated_total = rotated_total + t:get("rotated")
    batch_total = batch_total + t:get("batch")
  end
  if bench_done then bench_done(threads) end
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests":%d,"duration_us":%d,"p50_us":%d,"p99_us":%d,"non2xx":%d,' ..
    '"socket_errors":%d,"timeouts":%d,"rotated":%d,"batch":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    non2xx_total, e.connect + e.read + e.write, e.timeout, rotated_total, batch_total))
end
local function count(status)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end
"""

HEALTH = r"""
local request_text  -- built on first use: wrk adds the Host header in its init
function request()
  request_text = request_text or wrk.format("GET", "/health")
  return request_text
end
function response(status, headers, body) count(status) end
"""

# One client per connection: credentials from BENCH_CREDS ("uid client token" per line, one line
# per thread), written back with the newest tokens when wrk ends so the next run goes on with
# them, as a browser keeps its storage between page loads.
AUTHENTICATED = r"""
local creds_path = os.getenv("BENCH_CREDS")
local get_path = os.getenv("BENCH_PATH")
function bench_setup(thread, n)
  local i = 0
  for line in io.lines(creds_path) do
    i = i + 1
    if i == n then
      local uid, client, token = line:match("^(%S+) (%S+) (%S+)$")
      thread:set("uid", uid)
      thread:set("client", client)
      thread:set("token", token)
    end
  end
end
function bench_done(threads)
  local f = assert(io.open(creds_path, "w"))
  for _, t in ipairs(threads) do
    f:write(t:get("uid"), " ", t:get("client"), " ", t:get("token"), "\n")
  end
  f:close()
end
function request()
  return wrk.format("GET", get_path, {["access-token"] = token, ["client"] = client, ["uid"] = uid})
end
function response(status, headers, body)
  count(status)
  local issued = headers["access-token"]
  if issued == nil then return end
  if issued:match("^%s*$") then
    batch = batch + 1          -- batch request: keep the stored token
  elseif issued ~= token then
    rotated = rotated + 1
    token = issued
  end
end
"""

SIGN_IN = r"""
local body = string.format('{"email":%q,"password":%q}', os.getenv("BENCH_EMAIL"), os.getenv("BENCH_PASSWORD"))
function request()
  return wrk.format("POST", "/auth/sign_in", {["Content-Type"] = "application/json"}, body)
end
function response(status, headers, body) count(status) end
"""

REGISTER = r"""
local run = os.getenv("BENCH_RUN")
local password = os.getenv("BENCH_PASSWORD")
local n = 0
function request()
  n = n + 1
  local body = string.format(
    '{"email":"reg-%s-%d-%d@bench.example","password":%q,"password_confirmation":%q}',
    run, id, n, password, password)
  return wrk.format("POST", "/auth", {["Content-Type"] = "application/json"}, body)
end
function response(status, headers, body) count(status) end
"""


# --------------------------------------------------------------------------------------------
# The server process.


def read_status(pid: int, key: str) -> int:
    """A /proc/<pid>/status figure in bytes (VmRSS, VmHWM)."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"no {key} in /proc/{pid}/status")


def http_get(port: int, path: str, timeout: float = 10.0) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


class Server:
    """One server process, started with its start-up time to the first 200 on GET /health."""

    BANNER = re.compile(r"http://127\.0\.0\.1:(\d+)")

    def __init__(self, argv: list[str], env: dict[str, str], workdir: Path, log_name: str):
        self.log_path = workdir / log_name
        started = time.perf_counter()
        with open(self.log_path, "ab") as stderr:
            self.process = subprocess.Popen(
                argv, cwd=workdir, env=env, stdout=subprocess.PIPE, stderr=stderr, text=True
            )
        banner = self.process.stdout.readline()
        match = self.BANNER.search(banner)
        if not match:
            self.process.kill()
            raise RuntimeError(
                f"{argv[0]} did not start (banner {banner!r}); see {self.log_path}:\n"
                + self.log_path.read_text()[-2000:]
            )
        self.port = int(match.group(1))
        # The listener is bound before the banner: this request waits in its backlog until the
        # workers run.
        status = http_get(self.port, "/health")
        self.startup_s = time.perf_counter() - started
        if status != 200:
            raise RuntimeError(f"GET /health answered {status} after start-up")
        self.pid = self.process.pid

    def rss(self) -> int:
        return read_status(self.pid, "VmRSS")

    def reset_peak(self) -> None:
        # Writing 5 to clear_refs resets VmHWM (Linux >= 4.0) so each scenario has its own peak.
        try:
            with open(f"/proc/{self.pid}/clear_refs", "w") as f:
                f.write("5")
        except OSError:
            pass

    def peak(self) -> int:
        return read_status(self.pid, "VmHWM")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process.stdout.close()


class RssSampler:
    """Samples VmRSS every 50 ms while a scenario runs, in case VmHWM cannot be reset."""

    def __init__(self, server: Server):
        self.server = server
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.peak = max(self.peak, self.server.rss())
            except (OSError, RuntimeError):
                return
            self._stop.wait(0.05)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


# --------------------------------------------------------------------------------------------
# Scenarios.


def run_wrk(
    workdir: Path, port: int, script: str, duration: int, env: dict[str, str], timeout_s: int,
    connections: int,
) -> dict:
    script_path = workdir / "scenario.lua"
    script_path.write_text(COMMON + script)
    argv = [
        "wrk", f"-t{connections}", f"-c{connections}", f"-d{duration}s", f"--timeout={timeout_s}s",
        "-s", str(script_path), f"http://127.0.0.1:{port}",
    ]
    result = subprocess.run(
        argv, env={**os.environ, **env}, capture_output=True, text=True, check=False
    )
    line = next((l for l in result.stdout.splitlines() if l.startswith("BENCH ")), None)
    if result.returncode != 0 or line is None:
        raise RuntimeError(f"wrk failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return json.loads(line[len("BENCH "):])


def scenario(
    name: str, server: Server, workdir: Path, script: str, env: dict[str, str] | None = None,
    timeout_s: int = 10, connections: int = CONNECTIONS, duration: int = DURATION,
    drain_s: float = 0.0,
) -> dict:
    """Warm-up, then the measured run. `drain_s`: a pause after the warm-up for the server to
    finish the requests that wrk abandoned (bcrypt keeps a core busy for a while)."""
    env = env or {}
    log(f"{name}: {WARMUP} s warm-up, {duration} s measured, {connections} connections")
    if WARMUP > 0:
        run_wrk(workdir, server.port, script, WARMUP, {**env, "BENCH_RUN": "warmup"}, timeout_s,
                connections)
        time.sleep(drain_s)
    server.reset_peak()
    with RssSampler(server) as sampler:
        stats = run_wrk(workdir, server.port, script, duration, {**env, "BENCH_RUN": "run"},
                        timeout_s, connections)
    stats["name"] = f"{name} ({connections} conn.)" if connections != CONNECTIONS else name
    stats["rps"] = stats["requests"] / (stats["duration_us"] / 1e6)
    stats["p50_ms"] = stats["p50_us"] / 1000
    stats["p99_ms"] = stats["p99_us"] / 1000
    stats["rss"] = max(server.peak(), sampler.peak)
    log(
        f"{name}: {stats['rps']:.0f} req/s, p50 {stats['p50_ms']:.2f} ms, p99 "
        f"{stats['p99_ms']:.2f} ms, non-2xx {stats['non2xx']}, socket errors "
        f"{stats['socket_errors']}, timeouts {stats['timeouts']}"
        + (f", rotated {stats['rotated']}, batch {stats['batch']}" if stats["rotated"] or stats["batch"] else "")
    )
    return stats


def register(port: int, email: str) -> tuple[str, str, str]:
    """Signs up through the API; returns the credentials (uid, client, access token)."""
    body = json.dumps({"email": email, "password": PASSWORD, "password_confirmation": PASSWORD})
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        conn.request("POST", "/auth", body, {"Content-Type": "application/json"})
        response = conn.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"registering {email} answered {response.status}")
        return response.getheader("uid"), response.getheader("client"), response.getheader("access-token")
    finally:
        conn.close()


def register_clients(port: int, prefix: str, creds_path: Path) -> None:
    """One account, and so one session, per connection, created through the real API."""
    emails = [f"{prefix}-{i}@bench.example" for i in range(CONNECTIONS)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        creds = list(pool.map(lambda email: register(port, email), emails))
    creds_path.write_text("".join(f"{uid} {client} {token}\n" for uid, client, token in creds))


def fill_large_database(path: Path, users: int, sessions: int) -> None:
    """Writes `users` accounts and `sessions` sessions straight into a migrated database."""
    now = datetime.datetime.now(datetime.timezone.utc)
    now_text = now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"
    now_ms = int(now.timestamp() * 1000)
    day = 86_400
    per_user = -(-sessions // users)
    db = sqlite3.connect(path)
    db.execute("PRAGMA synchronous = OFF")
    with db:
        db.execute(
            """WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
               INSERT INTO users (provider, uid, email, encrypted_password, created_at, updated_at)
               SELECT 'email', 'user' || i || '@large.example', 'user' || i || '@large.example',
                      '$2a$12$' || substr(hex(randomblob(32)), 1, 53), ?2, ?2 FROM n""",
            (users, now_text),
        )
        # Unexpired sessions (1 to 14 days left), random 22-character clients, random digests.
        db.execute(
            """WITH RECURSIVE k(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM k WHERE j < ?1)
               INSERT INTO tokens (user_id, client, token, previous_token, last_token, expiry,
                                   created_at_ms, updated_at_ms)
               SELECT id, lower(hex(randomblob(11))), randomblob(32), randomblob(32), NULL,
                      ?2 + ?3 + abs(random()) % (13 * ?3), ?4, ?4
               FROM users CROSS JOIN k
               LIMIT ?5""",
            (per_user, int(now.timestamp()), day, now_ms, sessions),
        )
    counted = db.execute("SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM tokens)").fetchone()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    log(f"large database: {counted[0]} users, {counted[1]} sessions, {path.stat().st_size >> 20} MiB")


def load_average() -> str:
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def bcrypt_seconds(threads: int = 1) -> float:
    """Median time of one verification at the configured cost, on `threads` threads at once."""
    result = subprocess.run(
        [str(BCRYPT_COST), str(PASSWORD_COST), "5", str(threads)],
        capture_output=True, text=True, check=True,
    )
    return float(result.stdout.strip())


# --------------------------------------------------------------------------------------------
# The table.


def fmt(value: float | None, digits: int = 2) -> str:
    if value is None:
        return "—"
    if abs(value) < 100:
        digits = max(digits, 2)
    return f"{value:,.{digits}f}"


def ratio(value: float | None, base: float | None) -> str:
    if value is None or not base:
        return "—"
    r = value / base
    return f"{r:.2f}×" if r >= 0.1 else f"{r:.2g}×"


def mib(value: int | None) -> float | None:
    return None if value is None else value / 2**20


def build_table(rows: list[dict], base: dict) -> str:
    header = (
        "| Scenario | req/s | ×base | p50 ms | ×base | p99 ms | ×base | peak RSS MiB | ×base "
        "| non-2xx | Target / note | Met |\n"
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n"
    )
    lines = []
    for r in rows:
        lines.append(
            "| {name} | {rps} | {rps_x} | {p50} | {p50_x} | {p99} | {p99_x} | {rss} | {rss_x} "
            "| {non2xx} | {target} | {met} |".format(
                name=r["name"],
                rps=fmt(r.get("rps"), 0),
                rps_x=ratio(r.get("rps"), base["rps"]),
                p50=fmt(r.get("p50_ms")),
                p50_x=ratio(r.get("p50_ms"), base["p50_ms"]),
                p99=fmt(r.get("p99_ms")),
                p99_x=ratio(r.get("p99_ms"), base["p99_ms"]),
                rss=fmt(mib(r.get("rss")), 1),
                rss_x=ratio(r.get("rss"), base["rss"]),
                non2xx="—" if r.get("non2xx") is None else r["non2xx"] + r.get("socket_errors", 0) + r.get("timeouts", 0),
                target=r.get("target", ""),
                met={True: "yes", False: "**no**", None: ""}[r.get("met")],
            )
        )
    return header + "\n".join(lines) + "\n"


def main() -> int:
    for binary in (SERVER, GUARDED, BCRYPT_COST):
        if not binary.exists():
            log(f"{binary} is missing: run scripts/bench, which builds it")
            return 1
    cores = os.cpu_count() or 1
    load_before = load_average()
    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="tokenauth-bench-"))
    small_db = workdir / "small.db"
    large_db = workdir / "large.db"
    creds = workdir / "clients.txt"
    large_creds = workdir / "large-clients.txt"
    base_env = {
        **os.environ,
        "TOKENAUTH__SERVER__BIND": "127.0.0.1:0",
        "TOKENAUTH__MAIL__OUTBOX_DIR": str(workdir / "outbox"),
        # The load comes from one address: per-IP limits would answer 429 to the benchmark.
        "TOKENAUTH__RATE_LIMITS__SIGN_IN": "off",
        "TOKENAUTH__RATE_LIMITS__REGISTRATION": "off",
    }
    rotation_off = {**base_env, "TOKENAUTH__AUTH__CHANGE_HEADERS_ON_EACH_REQUEST": "false"}
    rotation_on = {**base_env, "TOKENAUTH__AUTH__CHANGE_HEADERS_ON_EACH_REQUEST": "true"}

    def serve(env: dict[str, str], database: Path) -> Server:
        return Server([str(SERVER), "serve", "--database", str(database)], env, workdir, "server.log")

    servers: list[Server] = []
    try:
        log(f"{cores} cores, load average {load_before}, temp dir {workdir}")
        # Start-up and idle RSS on an empty database (a new file each time).
        startups, idle = [], []
        for i in range(STARTS):
            server = serve(rotation_off, workdir / f"empty-{i}.db")
            servers.append(server)
            startups.append(server.startup_s)
            time.sleep(1)
            idle.append(server.rss())
            server.stop()
            servers.remove(server)
        empty_row = {"name": "idle after start-up, empty DB", "startup": statistics.median(startups),
                     "rss": statistics.median(idle)}

        # The large database, prepared first so that its validate_token run can follow the
        # small database's directly (the machine's load drifts; neighbours compare best).
        subprocess.run([str(SERVER), "migrate", "--database", str(large_db)], env=base_env,
                       cwd=workdir, check=True, capture_output=True)
        log(f"writing {LARGE_USERS} users and {LARGE_SESSIONS} sessions into {large_db.name}")
        fill_started = time.monotonic()
        fill_large_database(large_db, LARGE_USERS, LARGE_SESSIONS)
        log(f"filled in {time.monotonic() - fill_started:.1f} s")
        startups, idle = [], []
        for _ in range(STARTS):
            server = serve(rotation_off, large_db)
            servers.append(server)
            startups.append(server.startup_s)
            time.sleep(1)
            idle.append(server.rss())
            server.stop()
            servers.remove(server)
        large_idle_row = {"name": "idle after start-up, large DB",
                          "startup": statistics.median(startups), "rss": statistics.median(idle)}
        large_server = serve(rotation_off, large_db)
        servers.append(large_server)
        log(f"registering {CONNECTIONS} clients in the large database through the API")
        register_clients(large_server.port, "large-client", large_creds)

        # Rotation off on the small database: baseline, validate_token, then the large database.
        server = serve(rotation_off, small_db)
        servers.append(server)
        log(f"registering {CONNECTIONS} clients and one sign-in account through the API")
        register_clients(server.port, "client", creds)
        register(server.port, "signin@bench.example")
        auth_env = {"BENCH_CREDS": str(creds), "BENCH_PATH": "/auth/validate_token"}
        base = scenario("GET /health (baseline)", server, workdir, HEALTH)
        validate_off = scenario("GET /auth/validate_token, rotation off", server, workdir,
                                AUTHENTICATED, auth_env)
        validate_large = scenario(
            f"GET /auth/validate_token, rotation off, {LARGE_USERS:,} users / {LARGE_SESSIONS:,} sessions",
            large_server, workdir, AUTHENTICATED, {**auth_env, "BENCH_CREDS": str(large_creds)})
        large_server.stop()
        servers.remove(large_server)

        # bcrypt-bound. The bound is measured right before, under the same machine load.
        bcrypt_s = bcrypt_seconds()
        log(f"one bcrypt verification at cost {PASSWORD_COST}: {bcrypt_s * 1000:.1f} ms")
        # The same on one thread per core: on an idle machine as fast as one alone; slower when
        # other processes take cores, which the bound above does not see.
        bcrypt_parallel_s = bcrypt_seconds(cores)
        log(f"the same on {cores} threads at once: {bcrypt_parallel_s * 1000:.1f} ms each")
        bcrypt_run = {"timeout_s": 60, "connections": cores, "duration": BCRYPT_DURATION,
                      "drain_s": 2 * bcrypt_s}
        sign_in = scenario("POST /auth/sign_in", server, workdir, SIGN_IN,
                           {"BENCH_EMAIL": "signin@bench.example", "BENCH_PASSWORD": PASSWORD},
                           **bcrypt_run)
        registration = scenario("POST /auth (registration)", server, workdir, REGISTER,
                                {"BENCH_PASSWORD": PASSWORD}, **bcrypt_run)
        server.stop()
        servers.remove(server)

        # The route guard: GET /api/me of examples/protected_api (require_user on a scope).
        server = Server([str(GUARDED)], {**rotation_off, "TOKENAUTH__DATABASE__PATH": str(small_db)},
                        workdir, "guarded.log")
        servers.append(server)
        guard = scenario("GET /api/me through the route guard (example protected_api)", server,
                         workdir, AUTHENTICATED, {**auth_env, "BENCH_PATH": "/api/me"})
        server.stop()
        servers.remove(server)

        # Rotation on: each connection sends the newest token it got.
        server = serve(rotation_on, small_db)
        servers.append(server)
        validate_on = scenario("GET /auth/validate_token, rotation on", server, workdir,
                               AUTHENTICATED, auth_env)
        server.stop()
        servers.remove(server)
    finally:
        for server in servers:
            server.stop()
        if os.environ.get("BENCH_KEEP") != "1":
            shutil.rmtree(workdir, ignore_errors=True)

    load_after = load_average()
    elapsed = time.monotonic() - started
    bound = cores / bcrypt_s

    def share(value: float, of: float) -> float:
        return value / of if of else 0.0

    validate_off.update(target="≥ 50% of baseline req/s",
                        met=share(validate_off["rps"], base["rps"]) >= 0.5)
    validate_on.update(target="≥ 25% of baseline req/s, 0 non-2xx",
                       met=share(validate_on["rps"], base["rps"]) >= 0.25
                       and validate_on["non2xx"] + validate_on["socket_errors"] + validate_on["timeouts"] == 0)
    sign_in.update(target=f"≥ 85% of the bcrypt bound: {share(sign_in['rps'], bound):.0%}",
                   met=share(sign_in["rps"], bound) >= 0.85)
    large_change = share(validate_large["rps"], validate_off["rps"]) - 1
    validate_large.update(target=f"within 10% of the small DB: {large_change:+.1%}",
                          met=abs(large_change) < 0.10)
    bound_row = {"name": f"bcrypt bound: {cores} cores ÷ {bcrypt_s * 1000:.0f} ms (cost {PASSWORD_COST})",
                 "rps": bound}
    parallel_bound = cores / bcrypt_parallel_s
    parallel_row = {"name": f"bcrypt on {cores} threads at once: {cores} ÷ {bcrypt_parallel_s * 1000:.0f} ms",
                    "rps": parallel_bound,
                    "target": f"sign-in reaches {share(sign_in['rps'], parallel_bound):.0%} of this"}
    empty_row.update(target=f"RSS < 20 MB, start-up < 100 ms: {empty_row['startup'] * 1000:.1f} ms",
                     met=empty_row["rss"] < 20e6 and empty_row["startup"] < 0.1)
    large_idle_row.update(target=f"RSS < 20 MB; start-up {large_idle_row['startup'] * 1000:.1f} ms "
                          f"({large_idle_row['startup'] / empty_row['startup']:.2f}× empty DB)",
                          met=large_idle_row["rss"] < 20e6)
    rows = [base, validate_off, validate_on, guard, sign_in, bound_row, parallel_row, registration,
            validate_large, empty_row, large_idle_row]
    table = build_table(rows, base)
    rotation_note = (
        f"Rotation on: {validate_on['rotated']:,} responses of the measured run carried a new "
        f"token and {validate_on['batch']:,} were batch requests. Each connection sends its "
        "requests back to back, so after its first rotation (in the warm-up) every request "
        "falls within the batch window: a `BEGIN IMMEDIATE` transaction that slides the window, "
        "answered with the blank placeholders (the client keeps its token)."
    )
    now = datetime.datetime.now().astimezone()
    text = f"""# tokenauth benchmark

{now:%Y-%m-%d %H:%M %Z} · {cores} cores · load average {load_before} before, {load_after} after
(1, 5, 15 min) · {elapsed:.0f} s in all · `scripts/bench`

wrk on 127.0.0.1, {CONNECTIONS} connections (one wrk thread each: one client per connection),
{WARMUP} s warm-up then {DURATION} s measured per scenario; the bcrypt-bound ones (sign-in,
registration) with one connection per core, {BCRYPT_DURATION} s measured. ×base: ratio to the `GET /health`
baseline of this run. Peak RSS: the server's VmHWM during the measured run. Latencies include
the load generator sharing the same {cores} cores. The last two rows: resident memory 1 s after
the first 200, and start-up from exec to the first 200 on `GET /health` (median of {STARTS}).
Release build, default configuration except rotation as named and per-IP rate limits off;
the log (info, one line per request) goes to a file.

{table}
{rotation_note}
Sign-in and registration run bcrypt at cost {PASSWORD_COST}: one verification takes
{bcrypt_s * 1000:.0f} ms here, so {cores} cores allow at most {bound:.1f} sign-ins/s. Run on {cores}
threads at once, one took {bcrypt_parallel_s * 1000:.0f} ms ({parallel_bound:.1f}/s in all): the
share of the cores that other processes left to the benchmark.
"""
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text)
    print(text)
    log(f"written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
