import type { MessageKey } from "../../i18n/messages/en";

/** The codes the API's sign-in redirects put in `/account?error=`. */
const signInErrorCodes = [
  "link_invalid",
  "link_expired",
  "link_used",
  "link_other_browser",
  "google_state",
  "google_token",
  "google_email_unverified",
  "google_cancelled",
] as const;

type SignInErrorCode = (typeof signInErrorCodes)[number];

function isSignInErrorCode(code: string): code is SignInErrorCode {
  return signInErrorCodes.some((known) => known === code);
}

/** The message for a sign-in error code from the URL; an unknown code still gets a readable one. */
export function getSignInErrorMessageKey(code: string): MessageKey {
  return isSignInErrorCode(code) ? `account.error.${code}` : "account.error.unknown";
}
