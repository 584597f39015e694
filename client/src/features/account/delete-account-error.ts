import { ApiError } from "../../api/api-error";
import type { MessageKey } from "../../i18n/messages/en";

/**
 * What the musician reads when deleting the account failed: the email did not match, a service
 * could not delete yet (the account is kept; retrying completes it), or anything else.
 */
export function getDeleteAccountErrorMessageKey(error: unknown): MessageKey {
  if (!(error instanceof ApiError)) return "account.deleteFailed";
  if (error.code === "invalid_request") return "account.deleteMismatch";
  if (error.code === "service_unavailable") return "account.deleteUnavailable";
  return "account.deleteFailed";
}
