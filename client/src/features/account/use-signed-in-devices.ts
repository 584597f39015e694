import { useCallback, useEffect, useRef, useState } from "react";
import type { Fetch } from "../../api/api-error";
import {
  createSignedInDevicesLoader,
  type SignedInDevicesLoader,
  type SignedInDevicesState,
} from "./signed-in-devices-loader";

export type { SignedInDevicesState } from "./signed-in-devices-loader";

export interface SignedInDevices {
  readonly state: SignedInDevicesState;
  /** Signs out one other browser. */
  readonly signOutDevice: (sessionId: string) => Promise<void>;
  /** Signs out every browser of the account except this one. */
  readonly signOutOtherDevices: () => Promise<void>;
  readonly reload: () => void;
}

/**
 * The account's signed-in browsers, read from the api (sessions are server state, not synced
 * documents, so this is one of the few screens that needs the network; offline it says so).
 * The loading rules live in `createSignedInDevicesLoader`; this hook gives it React state and
 * disposes of it on unmount.
 */
export function useSignedInDevices(fetchFn: Fetch = fetch): SignedInDevices {
  const [state, setState] = useState<SignedInDevicesState>({ phase: "loading" });
  const loader = useRef<SignedInDevicesLoader | null>(null);

  useEffect(() => {
    const current = createSignedInDevicesLoader(fetchFn, setState);
    loader.current = current;
    void current.reload();
    return () => current.dispose();
  }, [fetchFn]);

  const revoke = useCallback(async (sessionIds: readonly string[]) => {
    await loader.current?.revoke(sessionIds);
  }, []);
  const reload = useCallback(() => {
    void loader.current?.reload();
  }, []);

  const others = state.phase === "ready" ? state.sessions.filter((session) => !session.isCurrent) : [];
  return {
    state,
    signOutDevice: (sessionId) => revoke([sessionId]),
    signOutOtherDevices: () => revoke(others.map((session) => session.id)),
    reload,
  };
}
