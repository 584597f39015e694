import type { ApiErrorCode } from "../../api/api-error";
import type { MessageKey } from "../../i18n/messages/en";

/** The sentence for a failed report or request, by the server's code. */
export function contributionFailureKey(code: ApiErrorCode): MessageKey {
  switch (code) {
    case "unauthorized":
      return "dictionary.contributionSignedOut";
    case "rate_limited":
      return "dictionary.contributionTooMany";
    case "network":
      return "dictionary.contributionOffline";
    default:
      return "dictionary.contributionFailed";
  }
}
