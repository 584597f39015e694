import { ApiError, type Fetch } from "../../api/api-error";
import { listSignedInSessions, revokeSignedInSession, type SignedInSession } from "../../api/auth-client";

export type SignedInDevicesState =
  | { readonly phase: "loading" }
  | { readonly phase: "unavailable"; readonly offline: boolean }
  | { readonly phase: "ready"; readonly sessions: readonly SignedInSession[]; readonly failed: boolean };

/** A state change, applied to whatever the state is when it lands (React's functional update). */
export type SignedInDevicesUpdate = (change: (current: SignedInDevicesState) => SignedInDevicesState) => void;

export interface SignedInDevicesLoader {
  /** Fetches the list again. Only the newest reload may change the state. */
  readonly reload: () => Promise<void>;
  /** Signs the given sessions out, drops the ended ones from the list, then reloads if all ended. */
  readonly revoke: (sessionIds: readonly string[]) => Promise<void>;
  /** Aborts the reload in flight; nothing that settles afterwards changes the state. */
  readonly dispose: () => void;
}

const sortCurrentFirst = (sessions: readonly SignedInSession[]) =>
  [...sessions].sort(
    (a, b) => Number(b.isCurrent) - Number(a.isCurrent) || b.lastSeenAt.localeCompare(a.lastSeenAt),
  );

/**
 * The signed-in devices screen's loading and signing out, kept out of React so that the races are
 * testable: a reload aborts the one before it (a slow answer cannot overwrite a newer one), a
 * revocation aborts a reload that may predate it, and `dispose` (unmount) silences everything.
 *
 * @example
 * const loader = createSignedInDevicesLoader(fetch, setState);
 * void loader.reload();
 * // on unmount
 * loader.dispose();
 */
export function createSignedInDevicesLoader(
  fetchFn: Fetch,
  update: SignedInDevicesUpdate,
): SignedInDevicesLoader {
  let inFlight: AbortController | undefined;
  let isDisposed = false;

  async function reload() {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    const { signal } = controller;
    try {
      const sessions = await listSignedInSessions((input, init) => fetchFn(input, { ...init, signal }));
      if (signal.aborted) return;
      update(() => ({ phase: "ready", sessions: sortCurrentFirst(sessions), failed: false }));
    } catch (error) {
      // An aborted request fails as `network`; it was overtaken, so its failure says nothing.
      if (signal.aborted) return;
      if (!(error instanceof ApiError)) throw error;
      update(() => ({ phase: "unavailable", offline: error.code === "network" }));
    }
  }

  async function revoke(sessionIds: readonly string[]) {
    const results = await Promise.allSettled(sessionIds.map((id) => revokeSignedInSession(fetchFn, id)));
    if (isDisposed) return;
    // "Not found" means it had already ended: that browser is signed out either way.
    const failed = results.some(
      (result) =>
        result.status === "rejected" &&
        !(result.reason instanceof ApiError && result.reason.code === "not_found"),
    );
    const ended = new Set(sessionIds.filter((_, index) => results[index]?.status === "fulfilled"));
    inFlight?.abort();
    update((current) =>
      current.phase === "ready"
        ? { phase: "ready", sessions: current.sessions.filter((session) => !ended.has(session.id)), failed }
        : current,
    );
    if (!failed) await reload();
  }

  function dispose() {
    isDisposed = true;
    inFlight?.abort();
  }

  return { reload, revoke, dispose };
}
