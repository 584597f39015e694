import { type SessionUser, sessionUserSchema } from "../api/auth-client";
import type { KeyValueStore } from "../db/device-clock";

const sessionUserKey = "mirubato.sessionUser";

/**
 * The last signed-in user, remembered so an offline start still knows whose data to sync (the
 * session cookie itself is HttpOnly). The server stays the judge: a 401 clears it.
 */
export function readCachedUser(store: KeyValueStore): SessionUser | null {
  const text = store.getItem(sessionUserKey);
  if (text === null) return null;
  try {
    const parsed = sessionUserSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    // Corrupt cache: treat as unknown; /api/auth/me answers the real question when online.
    return null;
  }
}

export function writeCachedUser(
  store: KeyValueStore & Pick<Storage, "removeItem">,
  user: SessionUser | null,
): void {
  if (user === null) store.removeItem(sessionUserKey);
  else store.setItem(sessionUserKey, JSON.stringify(user));
}
