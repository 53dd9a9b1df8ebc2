(() => {
  // pages/common.js
  var config = window.E2E_CONFIG;
  if (!config || !config.apiBase) throw new Error("no /config.js: serve this page with e2e/run.mjs");
  var mount = config.mountPath.replace(/^\/+/, "");
  var $ = (id) => document.getElementById(id);
  function panel(library, version) {
    document.title = `${library} \u2192 tokenauth`;
    const root = $("panel");
    root.innerHTML = `
    <h1></h1>
    <p class="where">page origin <code id="origin"></code> \xB7 API <code id="api"></code></p>
    <table>
      <tr><th>signed in</th><td id="signed-in"></td></tr>
      <tr><th>user</th><td id="user"></td></tr>
      <tr><th>stored by the library</th><td><pre id="stored"></pre></td></tr>
    </table>
    <h2>Log</h2>
    <ol id="log"></ol>`;
    root.querySelector("h1").textContent = `${library} ${version} against tokenauth`;
    $("origin").textContent = location.origin;
    $("api").textContent = config.apiBase + config.mountPath;
  }
  function render({ signedIn, user: user2, stored: stored2 }) {
    $("signed-in").textContent = signedIn ? "yes" : "no";
    $("signed-in").className = signedIn ? "yes" : "no";
    $("user").textContent = user2 ? `${user2.email} (id ${user2.id})` : "\u2014";
    $("stored").textContent = stored2 ? Object.entries(stored2).map(([k, v]) => `${k}: ${v}`).join("\n") : "(nothing)";
  }
  function log(text, ok = true) {
    const li = document.createElement("li");
    li.textContent = text;
    li.className = ok ? "ok" : "bad";
    $("log").appendChild(li);
  }
  async function step(name, run, pick = (x) => x) {
    try {
      const result = pick(await run());
      log(`${name}: ok`);
      return { ok: true, ...result };
    } catch (error) {
      const status = error?.status ?? error?.response?.status ?? error?.data?.status ?? null;
      const body = error?.error ?? error?.response?.data ?? error?.data ?? null;
      log(`${name}: failed${status ? ` (HTTP ${status})` : ""}`, false);
      return { ok: false, status, body, message: String(error?.message ?? error?.reason ?? error) };
    }
  }
  async function rawValidate(creds2) {
    const res = await fetch(`${config.apiBase}${config.mountPath}/validate_token`, {
      headers: { "access-token": creds2.accessToken, client: creds2.client, uid: creds2.uid }
    });
    return res.status;
  }

  // pages/plain-fetch.js
  panel("plain fetch (README snippet)", "");
  var API = config.apiBase + config.mountPath;
  var AUTH_HEADERS = ["access-token", "token-type", "client", "expiry", "uid"];
  var creds = JSON.parse(localStorage.getItem("auth") || "null");
  function keepCredentials(res) {
    const token = res.headers.get("access-token");
    const expiry = Number(res.headers.get("expiry"));
    if (!token || !expiry || creds && expiry < Number(creds.expiry)) return;
    creds = Object.fromEntries(AUTH_HEADERS.map((h) => [h, res.headers.get(h)]));
    localStorage.setItem("auth", JSON.stringify(creds));
  }
  function forget() {
    creds = null;
    localStorage.removeItem("auth");
  }
  async function api(method, path, body) {
    const headers = body ? { "Content-Type": "application/json" } : {};
    if (creds) for (const h of ["access-token", "client", "uid"]) headers[h] = creds[h];
    const res = await fetch(API + path, { method, headers, body: body && JSON.stringify(body) });
    keepCredentials(res);
    if (res.status === 401 && path !== "/sign_in") forget();
    const json = await res.json();
    if (!res.ok) throw Object.assign(new Error(`HTTP ${res.status}`), { status: res.status, body: json });
    return json;
  }
  var signUp = (email, password) => api("POST", "", { email, password, password_confirmation: password });
  var signIn = (email, password) => api("POST", "/sign_in", { email, password });
  var validateToken = () => api("GET", "/validate_token");
  var changePassword = (password) => api("PUT", "/password", { password, password_confirmation: password });
  var signOut = () => api("DELETE", "/sign_out").finally(forget);
  var user = null;
  function stored() {
    return creds ? { accessToken: creds["access-token"], client: creds.client, uid: creds.uid, expiry: creds.expiry, tokenType: creds["token-type"] } : null;
  }
  function state() {
    const s = { signedIn: !!creds && !!user, user, stored: stored() };
    render(s);
    return s;
  }
  var remember = (json) => {
    if (json?.data?.email) user = { ...json.data };
    return { status: 200, body: json };
  };
  window.app = {
    library: "plain fetch",
    version: "",
    async ready() {
      if (creds) await validateToken().then(remember, () => {
        user = null;
      });
      return state();
    },
    state,
    stored,
    signUp: (email, password) => step("sign up", () => signUp(email, password), (j) => ({ status: 200, body: j })).finally(state),
    signIn: (email, password) => step("sign in", () => signIn(email, password), remember).finally(state),
    validate: () => step("validate token", () => validateToken(), remember).finally(state),
    authenticatedRequest: ({ unbatch = false } = {}) => step("authenticated request", () => api("GET", `/validate_token${unbatch ? "?unbatch=1" : ""}`), (j) => ({ status: 200, body: j })).finally(state),
    changePassword: (password) => step("change password (PUT /password)", () => changePassword(password), (j) => ({ status: 200, body: j })).finally(state),
    signOut: () => step("sign out", () => signOut().finally(() => {
      user = null;
    }), (j) => ({ status: 200, body: j })).finally(state),
    rawValidate
  };
  state();
})();
