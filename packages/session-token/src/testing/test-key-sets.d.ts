/**
 * `SESSION_KEYS` for tests (a public key set: never bind it outside tests).
 *
 * @example
 * import { TEST_SERVICE_KEYS, TEST_SESSION_KEYS } from "@mirubato/session-token/testing";
 * cloudflareTest({ miniflare: { bindings: { SESSION_KEYS: TEST_SESSION_KEYS, SERVICE_KEYS: TEST_SERVICE_KEYS } } });
 */
export declare const TEST_SESSION_KEYS: string;

/** `SERVICE_KEYS` for tests (a public key set: never bind it outside tests). */
export declare const TEST_SERVICE_KEYS: string;

/**
 * `TEST_SERVICE_KEYS`' kid with another key: a token it signs names a known key yet fails the
 * signature check, the forgery a test of a service's refusals needs.
 */
export declare const FORGED_SERVICE_KEYS: string;
