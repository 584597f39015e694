/**
 * Fixed key sets for the workers' tests: their vitest configs bind them as `SESSION_KEYS` and
 * `SERVICE_KEYS`, so a test can sign its own session cookies and service tokens. The bytes are
 * public: never bind these outside tests.
 *
 * Plain JavaScript (types in `test-key-sets.d.ts`) because vitest loads its config files in
 * Node 20, which imports a workspace package's files as they are and cannot run TypeScript.
 */

/**
 * @param {string} kid
 * @param {number} fill
 * @returns {string}
 */
function testKeySet(kid, fill) {
  const key = btoa(String.fromCharCode(...new Uint8Array(32).fill(fill)));
  return JSON.stringify({ currentKid: kid, keys: { [kid]: key } });
}

export const TEST_SESSION_KEYS = testKeySet("session1", 7);

export const TEST_SERVICE_KEYS = testKeySet("service1", 9);

export const FORGED_SERVICE_KEYS = testKeySet("service1", 99);
