// No library: the plain-fetch client of README.md ("Use it from your front end"), line for line
// except for where API comes from.
import { config, panel, render, step, rawValidate } from "./common.js";

panel("plain fetch (README snippet)", "");

// ---- README snippet begins ----
const API = config.apiBase + config.mountPath; // e.g. "http://127.0.0.1:3000/auth"
const AUTH_HEADERS = ["access-token", "token-type", "client", "expiry", "uid"];
let creds = JSON.parse(localStorage.getItem("auth") || "null");

function keepCredentials(res) {
  const token = res.headers.get("access-token");
  const expiry = Number(res.headers.get("expiry"));
  // With rotation on, answers within the batch window carry a blank access-token and expiry:
  // keep the stored ones. Never step back to an older token either.
  if (!token || !expiry || (creds && expiry < Number(creds.expiry))) return;
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

const signUp = (email, password) => api("POST", "", { email, password, password_confirmation: password });
const signIn = (email, password) => api("POST", "/sign_in", { email, password });
const validateToken = () => api("GET", "/validate_token"); // on page load, when creds exist
const changePassword = (password) => api("PUT", "/password", { password, password_confirmation: password });
const signOut = () => api("DELETE", "/sign_out").finally(forget);
// ---- README snippet ends ----

let user = null;

function stored() {
  return creds
    ? { accessToken: creds["access-token"], client: creds.client, uid: creds.uid, expiry: creds.expiry, tokenType: creds["token-type"] }
    : null;
}

function state() {
  const s = { signedIn: !!creds && !!user, user, stored: stored() };
  render(s);
  return s;
}

const remember = (json) => {
  if (json?.data?.email) user = { ...json.data };
  return { status: 200, body: json };
};

window.app = {
  library: "plain fetch",
  version: "",
  async ready() {
    if (creds) await validateToken().then(remember, () => { user = null; });
    return state();
  },
  state,
  stored,
  signUp: (email, password) => step("sign up", () => signUp(email, password), (j) => ({ status: 200, body: j })).finally(state),
  signIn: (email, password) => step("sign in", () => signIn(email, password), remember).finally(state),
  validate: () => step("validate token", () => validateToken(), remember).finally(state),
  authenticatedRequest: ({ unbatch = false } = {}) =>
    step("authenticated request", () => api("GET", `/validate_token${unbatch ? "?unbatch=1" : ""}`), (j) => ({ status: 200, body: j }))
      .finally(state),
  changePassword: (password) => step("change password (PUT /password)", () => changePassword(password), (j) => ({ status: 200, body: j })).finally(state),
  signOut: () => step("sign out", () => signOut().finally(() => { user = null; }), (j) => ({ status: 200, body: j })).finally(state),
  rawValidate,
};
state();
