// @websanova/vue-auth 4 with its devise driver, as a Vue 3 app would set it up: the axios
// instance and the router are vue-auth's plugins; vue-auth stores the five token headers from
// responses (only when access-token is present and expiry is not older) and sends them on every
// request made with that axios instance. The page only calls vue-auth's API (register, login,
// fetch, logout) and, for the authenticated calls a real app makes, that same axios instance.
import { createApp, h, reactive } from "vue";
import { createRouter, createWebHashHistory } from "vue-router";
import axios from "axios";
import { createAuth } from "@websanova/vue-auth/dist/v3/vue-auth.esm.js";
import driverAuthDevise from "@websanova/vue-auth/dist/drivers/auth/devise.esm.js";
import driverHttpAxios from "@websanova/vue-auth/dist/drivers/http/axios.1.x.esm.js";
import driverRouterVueRouter from "@websanova/vue-auth/dist/drivers/router/vue-router.2.x.esm.js";
import { config, mount, panel, render, step, rawValidate } from "./common.js";
import { version } from "@websanova/vue-auth/package.json";

panel("@websanova/vue-auth (devise driver)", version);

const http = axios.create({ baseURL: config.apiBase });
const Home = { render: () => h("p", "vue-auth is loaded.") };
const router = createRouter({ history: createWebHashHistory(), routes: [{ path: "/", component: Home }] });

const auth = createAuth({
  plugins: { http, router },
  drivers: { http: driverHttpAxios, auth: driverAuthDevise, router: driverRouterVueRouter },
  options: {
    registerData: { url: `${mount}`, method: "POST", redirect: null, autoLogin: false },
    loginData: { url: `${mount}/sign_in`, method: "POST", redirect: null, fetchUser: true, staySignedIn: true },
    logoutData: { url: `${mount}/sign_out`, method: "DELETE", redirect: null, makeRequest: true },
    fetchData: { url: `${mount}/validate_token`, method: "GET", enabled: true },
    refreshData: { url: `${mount}/validate_token`, method: "GET", enabled: true, interval: 0 },
  },
});

const app = createApp({ render: () => h("div") });
app.use(auth);
app.use(router);
app.mount("#app");

// vue-auth's token is the devise driver's headers joined with "|":
// token-type|access-token|client|uid|expiry (the order of the lower-case names it finds).
function stored() {
  const token = auth.token();
  if (!token) return null;
  const [tokenType, accessToken, client, uid, expiry] = token.split("|");
  return { accessToken, client, uid, expiry, tokenType };
}

function state() {
  const s = { signedIn: auth.check(), user: auth.user() ? { ...auth.user() } : null, stored: stored() };
  render(s);
  return s;
}

const status = (res) => ({ status: res?.status ?? null, body: res?.data ?? null });

window.app = {
  library: "@websanova/vue-auth",
  version,
  async ready() {
    await router.isReady();
    await auth.load(); // vue-auth restores its stored token and validates it before this resolves
    return state();
  },
  state,
  stored,
  signUp: (email, password) =>
    step("sign up", () => auth.register({ data: { email, password, password_confirmation: password } }), status)
      .finally(state),
  signIn: (email, password) =>
    step("sign in", () => auth.login({ data: { email, password } }), status).finally(state),
  validate: () => step("validate token", () => auth.fetch(), status).finally(state),
  // An authenticated call made the way a vue-auth app makes them: the app's axios instance,
  // which vue-auth's interceptors give the stored headers and take rotated ones from.
  authenticatedRequest: ({ unbatch = false } = {}) =>
    step("authenticated request", () =>
      http.get(`${mount}/validate_token`, { params: unbatch ? { unbatch: 1 } : {} }), status).finally(state),
  changePassword: (password) =>
    step("change password (PUT /password)", () =>
      http.put(`${mount}/password`, { password, password_confirmation: password }), status).finally(state),
  signOut: () => step("sign out", () => auth.logout(), status).finally(state),
  rawValidate,
};
state();
