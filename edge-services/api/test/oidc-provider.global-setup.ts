// Runs in Node (vitest globalSetup), not in workerd: a real OpenID Provider (panva's
// oidc-provider) on 127.0.0.1 that the worker under test discovers, redirects to, exchanges codes
// with and fetches JWKS from, exactly as it would with Google. Log in with any email as the login
// name; addresses starting with "unverified" come back with email_verified=false.
import { createServer } from "node:http";
import Provider from "oidc-provider";
import type { TestProject } from "vitest/node";

const CLIENT_ID = "test-google-client";
const CLIENT_SECRET = "test-google-secret";

declare module "vitest" {
  export interface ProvidedContext {
    oidc: { issuer: string; clientId: string; clientSecret: string };
  }
}

function createProvider(issuer: string): Provider {
  return new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: ["http://localhost:4000/api/auth/google/callback"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Google puts the email claims in the ID token itself.
    conformIdTokenClaims: false,
    findAccount: (_context, accountId) => ({
      accountId,
      claims: () => ({
        sub: `g-${accountId}`,
        email: accountId,
        email_verified: !accountId.startsWith("unverified"),
      }),
    }),
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
    cookies: { keys: ["oidc-test-cookie-key"] },
  });
}

export default async function setup(project: TestProject) {
  // The issuer contains the port, so listen first and build the provider once it is known.
  let provider: Provider | undefined;
  const server = createServer((req, res) => provider?.callback()(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the OIDC test server has no port");
  const issuer = `http://127.0.0.1:${address.port}`;
  provider = createProvider(issuer);
  project.provide("oidc", { issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
