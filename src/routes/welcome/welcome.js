// The welcome page's "try it" panel. Everything shown comes from the server or the user, so it is
// written with textContent only — never as HTML.
"use strict";

(function () {
  const mount = document.body.dataset.mount;
  const AUTH_HEADERS = ["access-token", "token-type", "client", "expiry", "uid", "authorization"];
  let stored = null; // the credentials a front end would keep

  const $ = (id) => document.getElementById(id);

  function show(id, text) {
    $(id).textContent = text;
  }

  function showStored() {
    show("stored", stored
      ? AUTH_HEADERS.filter((h) => h !== "authorization").map((h) => `${h}: ${stored[h]}`).join("\n")
      : "(none — sign up or sign in)");
  }

  async function call(method, path, body, withCredentials) {
    const headers = {};
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (withCredentials && stored) {
      headers["access-token"] = stored["access-token"];
      headers["client"] = stored["client"];
      headers["uid"] = stored["uid"];
    }
    const url = mount + path;
    const shownBody = body === undefined ? "" :
      "\n\n" + JSON.stringify(body.password ? { ...body, password: "•".repeat(body.password.length) } : body);
    show("request", `${method} ${url}\n` +
      Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join("\n") + shownBody);
    show("response", "…");
    $("status").textContent = "";
    let response;
    try {
      response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (e) {
      show("response", "request failed: " + e);
      return;
    }
    const text = await response.text();
    const lines = [`HTTP ${response.status} ${response.statusText}`];
    response.headers.forEach((value, name) => lines.push(`${name}: ${value}`));
    let pretty = text;
    try { pretty = JSON.stringify(JSON.parse(text), null, 2); } catch (_) { /* not JSON */ }
    show("response", lines.join("\n") + "\n\n" + pretty);
    const status = $("status");
    status.textContent = `${response.status} ${response.ok ? "OK" : "error"}`;
    status.className = response.ok ? "status-ok" : "status-bad";

    // What a careful client does: keep credentials only from responses that carry a real token.
    const token = response.headers.get("access-token");
    if (token && token.trim() !== "") {
      stored = {};
      AUTH_HEADERS.forEach((h) => { stored[h] = response.headers.get(h); });
    }
    if (path === "/sign_out" && response.ok) stored = null;
    showStored();
  }

  function credentials() {
    return { email: $("email").value, password: $("password").value };
  }

  $("sign-up").addEventListener("click", (e) => {
    e.preventDefault();
    const c = credentials();
    call("POST", "", { ...c, password_confirmation: c.password });
  });
  $("sign-in").addEventListener("click", (e) => { e.preventDefault(); call("POST", "/sign_in", credentials()); });
  $("validate").addEventListener("click", (e) => { e.preventDefault(); call("GET", "/validate_token", undefined, true); });
  $("sign-out").addEventListener("click", (e) => { e.preventDefault(); call("DELETE", "/sign_out", undefined, true); });
  showStored();
})();
