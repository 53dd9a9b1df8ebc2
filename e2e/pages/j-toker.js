// j-toker 0.0.6 (jQuery), the gem author's own client, as its README sets it up: $.auth.configure
// installs a global jQuery beforeSend hook that adds the five token headers to requests to
// apiUrl, and an ajaxComplete hook that stores the headers of every API response in which any
// of them is non-blank (cookie storage by default). configure() also validates stored
// credentials, which is how a reloaded page stays signed in.
import $ from "jquery";
import "j-toker";
import { config, panel, render, step, rawValidate } from "./common.js";
import { version } from "j-toker/package.json";

panel("j-toker", version);

const m = config.mountPath;
// The status of the last API answer: j-toker rejects with {reason, data} only, without it.
let lastStatus = null;
$(document).ajaxComplete((_event, xhr) => {
  lastStatus = xhr.status;
});

const configured = $.auth.configure({
  apiUrl: config.apiBase,
  signOutPath: `${m}/sign_out`,
  emailSignInPath: `${m}/sign_in`,
  emailRegistrationPath: m,
  accountUpdatePath: m,
  accountDeletePath: m,
  passwordResetPath: `${m}/password`,
  passwordUpdatePath: `${m}/password`,
  tokenValidationPath: `${m}/validate_token`,
});

// jQuery deferred → promise; a rejection carries the HTTP status the page saw.
const promise = (deferred) =>
  new Promise((resolve, reject) =>
    deferred.then(resolve, (e) => reject({ ...e, status: lastStatus, body: e?.data ?? null })));

function stored() {
  const h = $.auth.retrieveData("authHeaders");
  return h && typeof h === "object"
    ? { accessToken: h["access-token"], client: h.client, uid: h.uid, expiry: h.expiry, tokenType: h["token-type"] }
    : null;
}

function state() {
  const user = $.auth.user && $.auth.user.signedIn ? { ...$.auth.user } : null;
  const s = { signedIn: !!user, user, stored: stored() };
  render(s);
  return s;
}

const answer = (body) => ({ status: lastStatus, body });

window.app = {
  library: "j-toker",
  version,
  async ready() {
    await promise(configured).catch(() => {}); // rejected when nothing is stored
    return state();
  },
  state,
  stored,
  signUp: (email, password) =>
    step("sign up", () => promise($.auth.emailSignUp({ email, password, password_confirmation: password })), answer)
      .finally(state),
  signIn: (email, password) =>
    step("sign in", () => promise($.auth.emailSignIn({ email, password })), answer).finally(state),
  // j-toker resolves with the user; shaped like the API's body for the test.
  validate: () => step("validate token", () => promise($.auth.validateToken()), (user) => answer({ success: true, data: user }))
    .finally(state),
  // An authenticated call the way a jQuery app makes it: plain $.ajax, which j-toker's hooks
  // give the stored headers and take the answer's headers from.
  authenticatedRequest: ({ unbatch = false } = {}) =>
    step("authenticated request", () =>
      promise($.ajax({ url: `${config.apiBase}${m}/validate_token`, data: unbatch ? { unbatch: 1 } : {} })), answer)
      .finally(state),
  changePassword: (password) =>
    step("change password (PUT /password)", () =>
      promise($.auth.updatePassword({ password, password_confirmation: password })), answer).finally(state),
  signOut: () => step("sign out", () => promise($.auth.signOut()), answer).finally(state),
  rawValidate,
};
