import { createContext, type ReactNode, useContext, useEffect, useState } from "react";
import type { MirubatoDatabase } from "./database-types";
import type { Repository } from "./repository";

/** The database while it opens, once open, or why it could not open (e.g. storage blocked). */
export type DatabaseState =
  | { readonly status: "opening" }
  | { readonly status: "ready"; readonly database: MirubatoDatabase; readonly repository: Repository }
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
        ({ database, repository }) => {
          if (isCurrent) setState({ status: "ready", database, repository });
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
