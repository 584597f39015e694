// A real OpenID Provider (panva's oidc-provider) on 127.0.0.1 for the e2e stack: it stands in for
// Google, so the api's sign-in (code flow, PKCE S256, state, nonce, ID token checked against the
// JWKS) runs end to end in a browser without any network. Plain Node ESM: scripts/e2e-stack.mjs
// starts it before the workers, which discover, redirect to, exchange codes with and fetch keys
// from it exactly as they would from Google.
//
// The login page accepts any email address with E2E_OIDC_PASSWORD from test-account.mjs (so each
// test can own a fresh account); the ID token carries that address with email_verified=true, or
// false for addresses starting with "unverified". Signing keys, cookie keys and the client secret
// are new every run; state lives in memory (oidc-provider warns about that once, rightly so).
import { createHash, generateKeyPairSync, randomBytes, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import Provider from "oidc-provider";
import { E2E_OIDC_CLIENT_ID, E2E_OIDC_PASSWORD } from "./test-account.mjs";

const MAX_FORM_BYTES = 4096;

/** @param {string} value */
const escapeHtml = (value) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** @param {string} a @param {string} b */
function sameSecret(a, b) {
  const digest = (value) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** @param {string} title @param {string} body */
function page(title, body) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head>
<body><main>${body}</main></body>
</html>`;
}

/** @param {string} uid @param {string} [error] @param {string} [email] */
function loginPage(uid, error, email = "") {
  const alert = error ? `<p role="alert">${escapeHtml(error)}</p>` : "";
  return page(
    "Sign in — local OpenID Provider",
    `<h1>Sign in to the local OpenID Provider</h1>${alert}
<form method="post" action="/interaction/${uid}/login">
  <label for="email">Email</label>
  <input id="email" name="email" type="email" autocomplete="username" required value="${escapeHtml(email)}">
  <label for="password">Password</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required>
  <button type="submit">Sign in</button>
</form>
<form method="post" action="/interaction/${uid}/abort"><button type="submit">Cancel</button></form>`,
  );
}

/** @param {string} uid @param {string} clientId @param {string[]} scopes */
function consentPage(uid, clientId, scopes) {
  return page(
    "Allow access — local OpenID Provider",
    `<h1>Allow ${escapeHtml(clientId)} to use your account?</h1>
<p>It asks for: ${escapeHtml(scopes.join(", ") || "nothing new")}.</p>
<form method="post" action="/interaction/${uid}/confirm"><button type="submit">Allow</button></form>
<form method="post" action="/interaction/${uid}/abort"><button type="submit">Deny</button></form>`,
  );
}

/** @param {import("node:http").ServerResponse} res @param {number} status @param {string} html */
function sendHtml(res, status, html) {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    // No form-action: Chrome applies it to the redirects after a post too, back to the app.
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  });
  res.end(html);
}

/** @param {import("node:http").IncomingMessage} req @returns {Promise<URLSearchParams>} */
async function readForm(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) throw new Error("form too large");
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

/**
 * @param {string} issuer
 * @param {{ clientSecret: string, redirectUris: string[] }} client
 */
function createProvider(issuer, client) {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: "jwk" }), kid: "e2e-1", alg: "RS256", use: "sig" };
  return new Provider(issuer, {
    clients: [
      {
        client_id: E2E_OIDC_CLIENT_ID,
        client_secret: client.clientSecret,
        redirect_uris: client.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    jwks: { keys: [signingKey] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Google puts the email claims in the ID token itself; so does this provider.
    conformIdTokenClaims: false,
    findAccount: (_context, accountId) => ({
      accountId,
      claims: () => ({
        sub: `e2e-${createHash("sha256").update(accountId).digest("hex").slice(0, 24)}`,
        email: accountId,
        email_verified: !accountId.startsWith("unverified"),
      }),
    }),
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_context, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    renderError: (context, out) => {
      context.type = "html";
      const detail = `${out.error}: ${out.error_description ?? ""}`;
      context.body = page(
        "Error — local OpenID Provider",
        `<h1>Error</h1><p role="alert">${escapeHtml(detail)}</p>`,
      );
    },
    ttl: {
      Interaction: 600,
      Session: 600,
      Grant: 600,
      AccessToken: 600,
      IdToken: 600,
      AuthorizationCode: 60,
    },
  });
}

/**
 * Serves /interaction/:uid (the login or consent page) and its three form posts; everything else
 * is the provider's own (discovery, /auth, /token, /jwks …).
 *
 * @param {Provider} provider
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {string} uid
 * @param {string | undefined} action
 */
async function handleInteraction(provider, req, res, uid, action) {
  const details = await provider.interactionDetails(req, res);
  // The interaction comes from the signed cookie; the path must name that same one.
  if (details.uid !== uid) return sendHtml(res, 400, page("Error", "<p>Unknown interaction.</p>"));
  const { prompt, params } = details;
  const clientId = String(params.client_id);

  if (action === undefined && req.method === "GET") {
    if (prompt.name === "login") return sendHtml(res, 200, loginPage(uid));
    const missing = /** @type {string[]} */ (prompt.details.missingOIDCScope ?? []);
    return sendHtml(res, 200, consentPage(uid, clientId, missing));
  }
  if (req.method !== "POST") return sendHtml(res, 405, page("Error", "<p>Method not allowed.</p>"));
  const form = await readForm(req);

  if (action === "abort") {
    const result = { error: "access_denied", error_description: "End-User aborted interaction" };
    return provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
  }
  if (action === "login" && prompt.name === "login") {
    const email = (form.get("email") ?? "").trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+$/.test(email) || !sameSecret(form.get("password") ?? "", E2E_OIDC_PASSWORD)) {
      return sendHtml(res, 401, loginPage(uid, "Wrong email or password.", email));
    }
    const result = { login: { accountId: email } };
    return provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
  }
  if (action === "confirm" && prompt.name === "consent") {
    const { accountId } = details.session ?? {};
    if (accountId === undefined) throw new Error("consent without a signed-in account");
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId, clientId });
    if (grant === undefined) throw new Error("the interaction's grant is gone");
    const missingScope = /** @type {string[] | undefined} */ (prompt.details.missingOIDCScope);
    const missingClaims = /** @type {string[] | undefined} */ (prompt.details.missingOIDCClaims);
    if (missingScope) grant.addOIDCScope(missingScope.join(" "));
    if (missingClaims) grant.addOIDCClaims(missingClaims);
    const grantId = await grant.save();
    const consent = details.grantId ? {} : { grantId };
    return provider.interactionFinished(req, res, { consent }, { mergeWithLastSubmission: true });
  }
  return sendHtml(res, 400, page("Error", "<p>This step does not match the interaction.</p>"));
}

/**
 * Starts the provider on 127.0.0.1 (a free port) with one registered confidential client whose
 * only redirect URI is `${appOrigin}/api/auth/google/callback`.
 *
 * @param {{ appOrigin: string }} options
 */
export async function startLocalOidcProvider({ appOrigin }) {
  const clientSecret = randomBytes(32).toString("base64url");
  /** @type {((req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => void) | undefined} */
  let providerHandler;
  /** @type {Provider | undefined} */
  let provider;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const interaction = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(login|confirm|abort))?$/.exec(path);
    if (provider === undefined || providerHandler === undefined) {
      res.writeHead(503).end();
    } else if (interaction) {
      handleInteraction(provider, req, res, interaction[1] ?? "", interaction[2]).catch((error) => {
        if (res.headersSent) return res.end();
        const message = error instanceof Error ? error.message : String(error);
        sendHtml(res, 400, page("Error", `<p>${escapeHtml(message)}</p>`));
      });
    } else {
      providerHandler(req, res);
    }
  });
  // The issuer contains the port, so listen first and build the provider once it is known.
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the OIDC server has no port");
  const issuer = `http://127.0.0.1:${address.port}`;
  provider = createProvider(issuer, {
    clientSecret,
    redirectUris: [`${appOrigin}/api/auth/google/callback`],
  });
  providerHandler = provider.callback();
  return {
    issuer,
    clientId: E2E_OIDC_CLIENT_ID,
    clientSecret,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}
