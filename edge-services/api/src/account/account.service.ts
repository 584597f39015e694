import { AppError } from "@mirubato/worker-kit";
import type { User } from "../auth/users.store";
import type { ApiDeps } from "../deps";
import { deleteUserDataEverywhere } from "./user-data-services";

type AccountDeps = Pick<ApiDeps, "account" | "now">;
type DeleteAccountDeps = Pick<ApiDeps, "account" | "userDataServices" | "relaySessions" | "waitUntil">;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Everything the api database holds about the account, with times as ISO strings. */
export async function exportAccount(deps: AccountDeps, user: User) {
  const rows = await deps.account.exportRows(user.id, user.email);
  return {
    exportedAt: new Date(deps.now()).toISOString(),
    user: { ...rows.user, created_at: iso(rows.user.created_at) },
    identities: rows.identities.map((identity) => ({ ...identity, created_at: iso(identity.created_at) })),
    sessions: rows.sessions.map((session) => ({
      ...session,
      created_at: iso(session.created_at),
      last_seen_at: iso(session.last_seen_at),
      expires_at: iso(session.expires_at),
      revoked_at: iso(session.revoked_at),
    })),
    magicLinks: rows.magicLinks.map((link) => ({
      created_at: iso(link.created_at),
      expires_at: iso(link.expires_at),
      used_at: iso(link.used_at),
    })),
    // Every synced document (tombstones too), as the app stores it.
    syncedDocuments: rows.syncedDocuments.map((row) => ({
      collection: row.collection,
      seq: row.seq,
      updated_at: iso(row.updated_at),
      document: parseStoredJson(row.doc),
    })),
  };
}

function parseStoredJson(text: string): unknown {
  return JSON.parse(text);
}

/**
 * Deletes the account, across every service, once the caller has repeated its email (normalised)
 * as confirmation. Order: first the other services delete the user's data (scores: files and
 * rows; dictionary: flags, requests, limits), each idempotently; only when all have succeeded does
 * the api delete its own rows, in one batch. If a service fails, the account stays in place (the
 * user is still signed in and can retry, which completes the deletion), and the answer is 503
 * `service_unavailable` naming the services: no data is ever left behind without an account to
 * reach it. Finally the relay closes the account's sockets (best effort; its re-check backstops).
 */
export async function deleteAccount(
  deps: DeleteAccountDeps,
  user: User,
  confirmEmail: string,
): Promise<void> {
  if (confirmEmail !== user.email) {
    throw new AppError("invalid_request", "confirmEmail must repeat the account's email");
  }
  const failed = await deleteUserDataEverywhere(deps.userDataServices, user.id);
  if (failed.length > 0) {
    throw new AppError(
      "service_unavailable",
      "Some of your data could not be deleted right now. Your account is still here; try again in a moment.",
      { services: failed },
    );
  }
  const sessionIds = await deps.account.deleteAccount(user.id, user.email);
  deps.waitUntil(deps.relaySessions.endSessions(user.id, sessionIds));
}
