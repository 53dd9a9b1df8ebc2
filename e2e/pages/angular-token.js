// angular-token 7 in an Angular 7 application (JIT-compiled, no components: the test drives the
// service). AngularTokenModule.forRoot installs its HTTP interceptor, which adds the five token
// headers to every HttpClient request to apiBase and stores the ones in responses when their
// expiry is not older than the stored one. The page calls only AngularTokenService for auth and
// HttpClient for the authenticated call a real app makes.
// Angular 7 JIT reads the constructor-parameter metadata its own packages emit with
// Reflect.metadata: the polyfill that Angular CLI 7 put in polyfills.ts for JIT builds.
import "reflect-metadata";
import { NgModule, enableProdMode } from "@angular/core";
import { BrowserModule } from "@angular/platform-browser";
import { platformBrowserDynamic } from "@angular/platform-browser-dynamic";
import { HttpClient, HttpClientModule } from "@angular/common/http";
import { AngularTokenModule, AngularTokenService } from "angular-token";
import { config, mount, panel, render, step, rawValidate } from "./common.js";
import { version } from "angular-token/package.json";

panel("angular-token", version);
enableProdMode();

// Plain classes with tsickle-style metadata, which Angular's JIT compiler reads like decorators.
class AppModule {
  ngDoBootstrap() {}
}
AppModule.decorators = [
  {
    type: NgModule,
    args: [
      {
        imports: [
          BrowserModule,
          HttpClientModule,
          AngularTokenModule.forRoot({
            apiBase: config.apiBase,
            signInPath: `${mount}/sign_in`,
            signOutPath: `${mount}/sign_out`,
            validateTokenPath: `${mount}/validate_token`,
            registerAccountPath: mount,
            deleteAccountPath: mount,
            updatePasswordPath: mount,
            resetPasswordPath: `${mount}/password`,
          }),
        ],
      },
    ],
  },
];

const booted = platformBrowserDynamic()
  .bootstrapModule(AppModule, { ngZone: "noop" })
  .then((moduleRef) => ({
    token: moduleRef.injector.get(AngularTokenService),
    http: moduleRef.injector.get(HttpClient),
  }));

let token = null;
let http = null;

function stored() {
  const d = token && token.currentAuthData;
  return d ? { accessToken: d.accessToken, client: d.client, uid: d.uid, expiry: d.expiry, tokenType: d.tokenType } : null;
}

function state() {
  const user = token && token.currentUserData;
  const s = { signedIn: !!token && token.userSignedIn() && !!user, user: user ? { ...user } : null, stored: stored() };
  render(s);
  return s;
}

const response = (res) => ({ status: res?.status ?? 200, body: res?.body ?? res ?? null });

window.app = {
  library: "angular-token",
  version,
  async ready() {
    ({ token, http } = await booted);
    // What an Angular app does on start: the service has loaded its stored credentials; check them.
    if (token.userSignedIn()) await token.validateToken().toPromise().catch(() => {});
    return state();
  },
  state,
  stored,
  signUp: (email, password) =>
    step("sign up", () =>
      token.registerAccount({ login: email, password, passwordConfirmation: password }).toPromise(), response)
      .finally(state),
  signIn: (email, password) =>
    step("sign in", () => token.signIn({ login: email, password }).toPromise(), response).finally(state),
  validate: () => step("validate token", () => token.validateToken().toPromise(), response).finally(state),
  authenticatedRequest: ({ unbatch = false } = {}) =>
    step("authenticated request", () =>
      http.get(`${config.apiBase}/${mount}/validate_token`, {
        params: unbatch ? { unbatch: "1" } : {},
        observe: "response",
      }).toPromise(), response).finally(state),
  changePassword: (password) =>
    step("change password (PUT /auth)", () =>
      token.updatePassword({ password, passwordConfirmation: password }).toPromise(), response).finally(state),
  signOut: () => step("sign out", () => token.signOut().toPromise(), response).finally(state),
  rawValidate,
};
