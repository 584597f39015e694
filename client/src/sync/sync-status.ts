/**
 * The one sync status the UI sees. Inputs come from connectivity, the session, the replications
 * and local storage; `deriveSyncStatus` turns them into a single phase so every indicator agrees.
 * Offline is a normal phase, not an error (STYLE §2.6).
 */
import { BehaviorSubject, distinctUntilChanged, map, type Observable } from "rxjs";

export type SyncPhase = "idle" | "syncing" | "error" | "offline" | "signed-out";

export type SyncErrorCode = "signed_out_elsewhere" | "storage_full" | "server_error" | "invalid_response";

/** What the user can do about an error: sign in again, reload, or nothing but wait (retrying). */
export type SyncErrorAction = "sign-in" | "reload" | "wait";

export interface SyncStatus {
  readonly isOnline: boolean;
  readonly isSignedIn: boolean;
  readonly phase: SyncPhase;
  /** Local changes not yet acknowledged by the server (see pending-changes.ts for what is counted). */
  readonly pendingCount: number;
  /** Epoch ms of the last successful exchange with the server, if any. */
  readonly lastSyncedAt: number | null;
  readonly error?: {
    readonly code: SyncErrorCode;
    readonly message: string;
    readonly action: SyncErrorAction;
  };
}

export interface SyncInputs {
  readonly isOnline: boolean;
  readonly isSignedIn: boolean;
  readonly wasSignedOutElsewhere: boolean;
  readonly isStorageFull: boolean;
  readonly isReplicating: boolean;
  readonly isServerReachable: boolean;
  readonly pendingCount: number;
  readonly lastSyncedAt: number | null;
  readonly lastError: { readonly code: "server_error" | "invalid_response"; readonly message: string } | null;
}

export const initialSyncInputs: SyncInputs = {
  isOnline: true,
  isSignedIn: false,
  wasSignedOutElsewhere: false,
  isStorageFull: false,
  isReplicating: false,
  isServerReachable: true,
  pendingCount: 0,
  lastSyncedAt: null,
  lastError: null,
};

/** Maps the inputs to one status; the earlier rules win (a full disk matters more than sync). */
export function deriveSyncStatus(inputs: SyncInputs): SyncStatus {
  const base = {
    isOnline: inputs.isOnline,
    isSignedIn: inputs.isSignedIn,
    pendingCount: inputs.pendingCount,
    lastSyncedAt: inputs.lastSyncedAt,
  };
  if (inputs.isStorageFull) {
    const error = {
      code: "storage_full",
      message: "the browser's storage is full",
      action: "reload",
    } as const;
    return { ...base, phase: "error", error };
  }
  if (inputs.wasSignedOutElsewhere) {
    const error = { code: "signed_out_elsewhere", message: "the session ended", action: "sign-in" } as const;
    return { ...base, isSignedIn: false, phase: "signed-out", error };
  }
  if (!inputs.isSignedIn) return { ...base, phase: "signed-out" };
  if (!inputs.isOnline || !inputs.isServerReachable) return { ...base, phase: "offline" };
  if (inputs.lastError !== null)
    return { ...base, phase: "error", error: { ...inputs.lastError, action: "wait" } };
  if (inputs.isReplicating || inputs.pendingCount > 0) return { ...base, phase: "syncing" };
  return { ...base, phase: "idle" };
}

/** Holds the inputs; `status$` is the one observable of {@link SyncStatus}. */
export interface SyncStatusStore {
  readonly status$: Observable<SyncStatus>;
  getStatus(): SyncStatus;
  update(change: Partial<SyncInputs>): void;
}

/**
 * Creates the status store the sync engine feeds and `useSyncStatus` reads.
 *
 * @example
 * const store = createSyncStatusStore({ isOnline: navigator.onLine });
 * store.status$.subscribe((status) => console.log(status.phase));
 */
export function createSyncStatusStore(initial: Partial<SyncInputs> = {}): SyncStatusStore {
  const inputs = new BehaviorSubject<SyncInputs>({ ...initialSyncInputs, ...initial });
  let current = deriveSyncStatus(inputs.getValue());
  const status$ = inputs.pipe(
    map(deriveSyncStatus),
    distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
  );
  status$.subscribe((status) => {
    current = status;
  });
  return {
    status$,
    getStatus: () => current,
    update: (change) => inputs.next({ ...inputs.getValue(), ...change }),
  };
}
