export declare const E2E_OIDC_CLIENT_ID: string;
/** The one password the provider's login page accepts, for any email (test-only, never real). */
export declare const E2E_OIDC_PASSWORD: string;
