/**
 * Source of the stub workers the api's tests bind in place of the relay, scores and dictionary
 * (Node side, read by vitest.config.ts). Each stub checks the service token of every call the
 * way a real callee does (HS256 over the fixed test key set, `alg` and `kid`, audience = the stub,
 * issuer = the api, not expired) and throws "unauthorized" otherwise; it records the calls it
 * accepted, so tests can prove the api sent a valid token and the right user id. The real
 * workers' own checks are tested in their packages.
 */
const tokenCheck = (serviceKeys: string, callee: string) => `
const SERVICE_KEYS = ${JSON.stringify(JSON.parse(serviceKeys))};
const fromBase64Url = (text) => Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
async function checkServiceToken(token) {
  const [header, payload, signature] = typeof token === "string" ? token.split(".") : [];
  if (!header || !payload || !signature) throw new Error("unauthorized: malformed");
  const { alg, kid } = JSON.parse(new TextDecoder().decode(fromBase64Url(header)));
  const secret = SERVICE_KEYS.keys[kid];
  if (alg !== "HS256" || secret === undefined) throw new Error("unauthorized: algorithm or key");
  const key = await crypto.subtle.importKey("raw", fromBase64Url(secret), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
  const signed = new TextEncoder().encode(header + "." + payload);
  if (!(await crypto.subtle.verify("HMAC", key, fromBase64Url(signature), signed))) throw new Error("unauthorized: signature");
  const claims = JSON.parse(new TextDecoder().decode(fromBase64Url(payload)));
  if (claims.aud !== "mirubato:service:${callee}" || claims.iss !== "mirubato:service:api" || claims.exp * 1000 < Date.now())
    throw new Error("unauthorized: claims");
}
const accepted = [];
`;

/** A relay stub: `RelayService` with `poke`/`endSessions`, and the probe's `fetch`. */
export const relayStub = (serviceKeys: string) => `
import { WorkerEntrypoint } from "cloudflare:workers";
${tokenCheck(serviceKeys, "relay")}
export class RelayService extends WorkerEntrypoint {
  fetch() { return Response.json({ status: "alive" }); }
  async poke(serviceToken, userId) { await checkServiceToken(serviceToken); return { ok: true, delivered: 0 }; }
  async endSessions(serviceToken, userId, sessionIds) {
    await checkServiceToken(serviceToken);
    accepted.push({ userId, sessionIds });
    return { ok: true, closed: 0 };
  }
  async endedSessionsOf(userId) { return accepted.filter((call) => call.userId === userId).flatMap((call) => call.sessionIds); }
}
export default { fetch() { return new Response("relay"); } };
`;

/**
 * A scores or dictionary stub: `deleteUserData(token, userId)`, plus test-only `failFor(userId)`
 * and `recover(userId)` to simulate an outage, and `deletionsOf(userId)`.
 */
export const userDataStub = (serviceKeys: string, callee: "scores" | "dictionary", entrypoint: string) => `
import { WorkerEntrypoint } from "cloudflare:workers";
${tokenCheck(serviceKeys, callee)}
const failing = new Set();
export class ${entrypoint} extends WorkerEntrypoint {
  async deleteUserData(serviceToken, userId) {
    await checkServiceToken(serviceToken);
    if (failing.has(userId)) throw new Error("${callee} is unavailable");
    accepted.push(userId);
    return ${callee === "scores" ? "{ deletedFiles: 0 }" : "{ deletedRows: 0 }"};
  }
  async failFor(userId) { failing.add(userId); }
  async recover(userId) { failing.delete(userId); }
  async deletionsOf(userId) { return accepted.filter((id) => id === userId).length; }
}
export default { fetch() { return new Response("${callee}"); } };
`;
