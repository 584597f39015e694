/**
 * Session and sign-out work for the sync provider, imported lazily so zod and the protocol
 * schemas stay out of the shell's first load.
 */
import { ApiError, type Fetch } from "../api/api-error";
import { fetchSessionUser, type SessionUser, signOutOnServer } from "../api/auth-client";
import type { MirubatoDatabase } from "../db/database-types";
import { readCachedUser, writeCachedUser } from "./session-cache";
import type { SignOutResult } from "./sync-context";
import type { SyncEngine } from "./sync-engine";
import type { SyncStatusStore } from "./sync-status";

export { readCachedUser };

/**
 * Asks the server who is signed in and remembers the answer. Returns `undefined` when the server
 * cannot be reached (offline is normal: the cached session stays in charge until it answers).
 */
export async function refreshSession(
  fetchFn: Fetch,
  status: SyncStatusStore,
): Promise<SessionUser | null | undefined> {
  let user: SessionUser | null;
  try {
    user = await fetchSessionUser(fetchFn);
  } catch (error) {
    if (error instanceof ApiError) return undefined;
    throw error;
  }
  const hadUser = readCachedUser(window.localStorage) !== null;
  writeCachedUser(window.localStorage, user);
  if (user === null && hadUser) status.update({ wasSignedOutElsewhere: true });
  return user;
}

const signOutSyncTimeoutMs = 10_000;

/** Pushes pending changes (unless forced), ends the session, removes the database and reloads. */
export async function signOut(options: {
  readonly fetch: Fetch;
  readonly engine: SyncEngine | undefined;
  readonly database: MirubatoDatabase | undefined;
  readonly force: boolean;
}): Promise<SignOutResult> {
  if (options.engine !== undefined && !options.force) {
    if (!(await options.engine.awaitInSync(signOutSyncTimeoutMs))) return "unsynced";
  }
  try {
    await signOutOnServer(options.fetch);
  } catch (error) {
    if (error instanceof ApiError) return "failed";
    throw error;
  }
  await options.engine?.stop();
  writeCachedUser(window.localStorage, null);
  await options.database?.remove();
  window.location.reload();
  return "done";
}
