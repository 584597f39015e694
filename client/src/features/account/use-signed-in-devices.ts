import { useCallback, useEffect, useState } from "react";
import { ApiError, type Fetch } from "../../api/api-error";
import { listSignedInSessions, revokeSignedInSession, type SignedInSession } from "../../api/auth-client";

export type SignedInDevicesState =
  | { readonly phase: "loading" }
  | { readonly phase: "unavailable"; readonly offline: boolean }
  | { readonly phase: "ready"; readonly sessions: readonly SignedInSession[]; readonly failed: boolean };

export interface SignedInDevices {
  readonly state: SignedInDevicesState;
  /** Signs out one other browser. */
  readonly signOutDevice: (sessionId: string) => Promise<void>;
  /** Signs out every browser of the account except this one. */
  readonly signOutOtherDevices: () => Promise<void>;
  readonly reload: () => void;
}

const sortCurrentFirst = (sessions: readonly SignedInSession[]) =>
  [...sessions].sort(
    (a, b) => Number(b.isCurrent) - Number(a.isCurrent) || b.lastSeenAt.localeCompare(a.lastSeenAt),
  );

/**
 * The account's signed-in browsers, read from the api (sessions are server state, not synced
 * documents, so this is one of the few screens that needs the network; offline it says so).
 */
export function useSignedInDevices(fetchFn: Fetch = fetch): SignedInDevices {
  const [state, setState] = useState<SignedInDevicesState>({ phase: "loading" });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void generation;
    listSignedInSessions(fetchFn).then(
      (sessions) => {
        if (!cancelled) setState({ phase: "ready", sessions: sortCurrentFirst(sessions), failed: false });
      },
      (error: unknown) => {
        if (cancelled) return;
        if (!(error instanceof ApiError)) throw error;
        setState({ phase: "unavailable", offline: error.code === "network" });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [fetchFn, generation]);

  const revoke = useCallback(
    async (sessionIds: readonly string[]) => {
      const results = await Promise.allSettled(sessionIds.map((id) => revokeSignedInSession(fetchFn, id)));
      // "Not found" means it had already ended: that browser is signed out either way.
      const failed = results.some(
        (result) =>
          result.status === "rejected" &&
          !(result.reason instanceof ApiError && result.reason.code === "not_found"),
      );
      const ended = new Set(sessionIds.filter((_, index) => results[index]?.status === "fulfilled"));
      setState((current) =>
        current.phase === "ready"
          ? { phase: "ready", sessions: current.sessions.filter((session) => !ended.has(session.id)), failed }
          : current,
      );
      if (!failed) setGeneration((value) => value + 1);
    },
    [fetchFn],
  );

  const others = state.phase === "ready" ? state.sessions.filter((session) => !session.isCurrent) : [];
  return {
    state,
    signOutDevice: (sessionId) => revoke([sessionId]),
    signOutOtherDevices: () => revoke(others.map((session) => session.id)),
    reload: () => setGeneration((value) => value + 1),
  };
}
