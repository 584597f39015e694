import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { Subject } from "rxjs";
import { useDatabase } from "../db/database-context";
import type { OnlineStatusStore } from "./online-status";
import { type SessionState, SyncContext, type SyncContextValue } from "./sync-context";
import type { MergedChange, SyncEngine } from "./sync-engine";
import type { SyncStatusStore } from "./sync-status";

const fetchSameOrigin = (input: string, init?: RequestInit) => fetch(input, init);
const loadSessionActions = () => import("./session-actions");

interface SyncProviderProps {
  readonly status: SyncStatusStore;
  readonly onlineStatus: OnlineStatusStore;
  readonly children: ReactNode;
}

/**
 * Knows the session and, once the database is open and a user is signed in, runs the sync engine.
 * Session code and the replication plugin load lazily, after the shell has painted.
 */
export function SyncProvider({ status, onlineStatus, children }: SyncProviderProps) {
  const databaseState = useDatabase();
  const database = databaseState.status === "ready" ? databaseState.database : undefined;
  const [session, setSession] = useState<SessionState>({ status: "unknown" });
  const engineRef = useRef<SyncEngine | undefined>(undefined);
  const merged$ = useMemo(() => new Subject<MergedChange>(), []);

  useEffect(() => {
    const update = () => status.update({ isOnline: onlineStatus.getSnapshot() });
    update();
    return onlineStatus.subscribe(update);
  }, [status, onlineStatus]);

  useEffect(() => {
    let isCurrent = true;
    void loadSessionActions().then(async ({ readCachedUser, refreshSession }) => {
      const cached = readCachedUser(window.localStorage);
      if (isCurrent && cached !== null) setSession({ status: "signed-in", user: cached });
      const user = await refreshSession(fetchSameOrigin, status);
      if (!isCurrent || user === undefined) return;
      setSession(user === null ? { status: "signed-out" } : { status: "signed-in", user });
    });
    return () => {
      isCurrent = false;
    };
  }, [status]);

  const userId = session.status === "signed-in" ? session.user.id : undefined;
  useEffect(() => {
    if (database === undefined || userId === undefined) return;
    let engine: SyncEngine | undefined;
    let isCurrent = true;
    void import("./start-browser-sync").then(({ startBrowserSync }) => {
      if (!isCurrent) return;
      engine = startBrowserSync({ database, userId, status, fetch: fetchSameOrigin });
      engine.merged$.subscribe((change) => merged$.next(change));
      engineRef.current = engine;
    });
    return () => {
      isCurrent = false;
      engineRef.current = undefined;
      void engine?.stop();
    };
  }, [database, userId, status, merged$]);

  const value = useMemo<SyncContextValue>(
    () => ({
      status,
      session,
      merged$,
      async signOut(options = {}) {
        const actions = await loadSessionActions();
        return actions.signOut({
          fetch: fetchSameOrigin,
          engine: engineRef.current,
          database,
          force: options.force === true,
        });
      },
    }),
    [status, session, merged$, database],
  );
  return <SyncContext value={value}>{children}</SyncContext>;
}
