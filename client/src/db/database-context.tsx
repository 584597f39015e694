import type { CollectionDoc, CollectionName } from "@mirubato/schema";
import { createContext, type ReactNode, useContext, useEffect, useState, useSyncExternalStore } from "react";
import type { MirubatoDatabase } from "./database-types";
import type { PendingWrites } from "./pending-writes";
import type { Repository } from "./repository";

/** The database while it opens, once open, or why it could not open (e.g. storage blocked). */
export type DatabaseState =
  | { readonly status: "opening" }
  | {
      readonly status: "ready";
      readonly database: MirubatoDatabase;
      readonly repository: Repository;
      readonly pendingWrites: PendingWrites;
    }
  | { readonly status: "failed"; readonly error: unknown };

const DatabaseContext = createContext<DatabaseState | null>(null);

export interface DatabaseProviderProps {
  /** Called when a local write fails for lack of space (the sync status shows it). */
  readonly onStorageFull: () => void;
  readonly children: ReactNode;
}

/**
 * Opens the local database once and provides it. Children render at once: RxDB is loaded with a
 * dynamic import, so the shell paints before the database is ready and hooks report `isLoading`.
 */
export function DatabaseProvider({ onStorageFull, children }: DatabaseProviderProps) {
  const [state, setState] = useState<DatabaseState>({ status: "opening" });
  useEffect(() => {
    let isCurrent = true;
    import("./open-local-database")
      .then(({ openLocalDatabase }) => openLocalDatabase(onStorageFull))
      .then((local) => import("./automation-bridge").then((bridge) => bridge.installAutomationBridge(local)))
      .then(
        ({ database, repository, pendingWrites }) => {
          if (isCurrent) setState({ status: "ready", database, repository, pendingWrites });
        },
        (error: unknown) => {
          if (isCurrent) setState({ status: "failed", error });
        },
      );
    return () => {
      // The database stays open: closeDuplicates lets a StrictMode re-mount reopen it cleanly.
      isCurrent = false;
    };
  }, [onStorageFull]);
  return <DatabaseContext value={state}>{children}</DatabaseContext>;
}

/**
 * The local database state. Feature code normally uses `useQuery`, `useDocument` and
 * `useRepository` instead.
 */
export function useDatabase(): DatabaseState {
  const state = useContext(DatabaseContext);
  if (state === null) throw new Error("useDatabase() must be used inside <DatabaseProvider>");
  return state;
}

/** The repository for local writes, or `undefined` while the database opens. */
export function useRepository(): Repository | undefined {
  const state = useDatabase();
  return state.status === "ready" ? state.repository : undefined;
}

const noDocuments: readonly never[] = [];
const noPendingWrites = { subscribe: () => () => {}, documentsOf: () => noDocuments };

/**
 * This tab's written documents of a collection whose writes have not yet reached the live queries
 * (see `pending-writes.ts`): a view merges them in so a save shows within the frame.
 */
export function usePendingDocuments<Name extends CollectionName>(
  collection: Name,
): readonly CollectionDoc<Name>[] {
  const state = useDatabase();
  const pending = state.status === "ready" ? state.pendingWrites : noPendingWrites;
  return useSyncExternalStore(pending.subscribe, () => pending.documentsOf(collection));
}
