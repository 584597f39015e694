// Stand-ins for the api's ApiService and the dictionary's DictionaryService behind the API and
// DICTIONARY bindings in tests (module scripts for miniflare). Each verifies the service token it
// is handed as the real callee does (HS256, kid in SERVICE_KEYS, signature, issuer = caller,
// audience = callee, not expired), so a test passes only when scores signs its calls correctly.
const verifier = `
import { WorkerEntrypoint } from "cloudflare:workers";
const decoder = new TextDecoder();
function bytesOf(base64) {
  const plain = base64.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
  return Uint8Array.from(atob(plain + "=".repeat((4 - (plain.length % 4)) % 4)), (c) => c.charCodeAt(0));
}
async function verifyServiceToken(token, serviceKeys, caller, callee) {
  const [header, payload, signature] = String(token).split(".");
  if (!header || !payload || !signature) throw new Error("unauthorized: malformed service token");
  const { alg, kid } = JSON.parse(decoder.decode(bytesOf(header)));
  const secret = JSON.parse(serviceKeys).keys[kid];
  if (alg !== "HS256" || secret === undefined) throw new Error("unauthorized: unknown key");
  const key = await crypto.subtle.importKey("raw", bytesOf(secret), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
  const signed = new TextEncoder().encode(header + "." + payload);
  if (!(await crypto.subtle.verify("HMAC", key, bytesOf(signature), signed))) throw new Error("unauthorized: bad signature");
  const claims = JSON.parse(decoder.decode(bytesOf(payload)));
  if (claims.iss !== "mirubato:service:" + caller || claims.aud !== "mirubato:service:" + callee) {
    throw new Error("unauthorized: wrong caller or callee");
  }
  if (claims.exp * 1000 < Date.now()) throw new Error("unauthorized: expired");
}
`;

/** Sessions whose id starts with "revoked" have ended. */
export const apiStub = `${verifier}
export class ApiService extends WorkerEntrypoint {
  async isSessionActive(serviceToken, sessionId) {
    await verifyServiceToken(serviceToken, this.env.SERVICE_KEYS, "scores", "api");
    return !sessionId.startsWith("revoked");
  }
}
export default { fetch() { return new Response("api"); } };
`;

/** Knows three terms, matched exactly against the lowercased candidates scores sends. */
export const dictionaryStub = `${verifier}
const TERMS = {
  allegro: { term: "allegro", id: "term-allegro", category: "tempo" },
  dolce: { term: "dolce", id: "term-dolce", category: "expression" },
  "a tempo": { term: "a tempo", id: "term-a-tempo", category: "tempo" },
};
export class DictionaryService extends WorkerEntrypoint {
  async lookupTerms(serviceToken, words) {
    await verifyServiceToken(serviceToken, this.env.SERVICE_KEYS, "scores", "dictionary");
    return words.flatMap((word) => (TERMS[word] ? [TERMS[word]] : []));
  }
}
export default { fetch() { return new Response("dictionary"); } };
`;
