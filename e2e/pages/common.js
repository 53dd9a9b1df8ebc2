// What every test page shares: the configuration the front-end server hands out (/config.js),
// a small status panel (written with textContent only), and a plain fetch used by the test to
// check from the browser that old credentials were really ended — never for the library's own
// auth calls.

export const config = window.E2E_CONFIG; // { apiBase: "http://127.0.0.1:<port>", mountPath: "/auth" }
if (!config || !config.apiBase) throw new Error("no /config.js: serve this page with e2e/run.mjs");

/** The mount path without its leading slash, as libraries that join "base/" + path want it. */
export const mount = config.mountPath.replace(/^\/+/, "");

const $ = (id) => document.getElementById(id);

export function panel(library, version) {
  document.title = `${library} → tokenauth`;
  const root = $("panel");
  root.innerHTML = `
    <h1></h1>
    <p class="where">page origin <code id="origin"></code> · API <code id="api"></code></p>
    <table>
      <tr><th>signed in</th><td id="signed-in"></td></tr>
      <tr><th>user</th><td id="user"></td></tr>
      <tr><th>stored by the library</th><td><pre id="stored"></pre></td></tr>
    </table>
    <h2>Log</h2>
    <ol id="log"></ol>`;
  root.querySelector("h1").textContent = `${library} ${version} against tokenauth`.replace("  ", " ");
  // The log survives reloads and the confirmation round trip (sessionStorage of this tab).
  for (const entry of JSON.parse(sessionStorage.getItem(LOG_KEY) || "[]")) append(entry);
  log(`page loaded${location.search ? ` (${location.search})` : ""}`, true, "info");
  $("origin").textContent = location.origin;
  $("api").textContent = config.apiBase + config.mountPath;
}

export function render({ signedIn, user, stored }) {
  $("signed-in").textContent = signedIn ? "yes" : "no";
  $("signed-in").className = signedIn ? "yes" : "no";
  $("user").textContent = user ? `${user.email} (id ${user.id})` : "—";
  $("stored").textContent = stored
    ? Object.entries(stored).map(([k, v]) => `${k}: ${v}`).join("\n")
    : "(nothing)";
}

const LOG_KEY = "e2e-log";

function append({ text, className }) {
  const li = document.createElement("li");
  li.textContent = text;
  li.className = className;
  $("log").appendChild(li);
}

export function log(text, ok = true, kind = null) {
  const entry = { text, className: kind || (ok ? "ok" : "bad") };
  append(entry);
  const all = JSON.parse(sessionStorage.getItem(LOG_KEY) || "[]");
  sessionStorage.setItem(LOG_KEY, JSON.stringify([...all, entry]));
}

/**
 * Runs one step and returns a plain, serialisable result for the test: the library's result
 * mapped by `pick`, or its error with the HTTP status when there is one.
 */
export async function step(name, run, pick = (x) => x) {
  try {
    const result = pick(await run());
    log(`${name}: ok`);
    return { ok: true, ...result };
  } catch (error) {
    const status = error?.status ?? error?.response?.status ?? error?.data?.status ?? null;
    const body = error?.body ?? error?.error ?? error?.response?.data ?? error?.data ?? null;
    log(`${name}: failed${status ? ` (HTTP ${status})` : ""}`, false);
    return { ok: false, status, body, message: String(error?.message ?? error?.reason ?? error) };
  }
}

/** A request with explicit credentials, outside any library: is this token still accepted? */
export async function rawValidate(creds) {
  const res = await fetch(`${config.apiBase}${config.mountPath}/validate_token`, {
    headers: { "access-token": creds.accessToken, client: creds.client, uid: creds.uid },
  });
  return res.status;
}
