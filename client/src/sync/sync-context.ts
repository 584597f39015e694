import { createContext, useContext } from "react";
import type { Observable } from "rxjs";
import type { SessionUser } from "../api/auth-client";
import type { MergedChange } from "./sync-engine";
import type { SyncStatusStore } from "./sync-status";

export type SessionState =
  | { readonly status: "unknown" }
  | { readonly status: "signed-out" }
  | { readonly status: "signed-in"; readonly user: SessionUser };

/** `unsynced`: some changes could not be pushed in time; call again with `force` to sign out anyway. */
export type SignOutResult = "done" | "unsynced" | "failed";

export interface SyncContextValue {
  readonly status: SyncStatusStore;
  readonly session: SessionState;
  readonly merged$: Observable<MergedChange>;
  /** Pushes pending changes, ends the session, removes the local database and reloads. */
  signOut(options?: { readonly force?: boolean }): Promise<SignOutResult>;
}

export const SyncContext = createContext<SyncContextValue | null>(null);

/** Sync status, session and sign-out for features (account, sync indicator). */
export function useSync(): SyncContextValue {
  const value = useContext(SyncContext);
  if (value === null) throw new Error("useSync() must be used inside <SyncProvider>");
  return value;
}
