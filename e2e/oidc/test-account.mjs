// What the local OpenID Provider (local-oidc-provider.mjs) registers and accepts; shared with the
// Playwright tests, which must not load oidc-provider itself.
export const E2E_OIDC_CLIENT_ID = "mirubato-e2e";
/** The one password the provider's login page accepts, for any email (test-only, never real). */
export const E2E_OIDC_PASSWORD = "e2e-only-password";
