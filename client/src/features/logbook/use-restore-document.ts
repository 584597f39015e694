import { useMemo } from "react";
import { useDatabase } from "../../db/database-context";
import { createDeviceClock } from "../../db/device-clock";
import { createDocumentRestorer, type RestoreDocument } from "../../db/restore-document";

/**
 * The undo of a delete, bound to the open database, or `undefined` while it opens. Its clock is
 * another instance over this browser's saved clock state, which every instance catches up with
 * before each tick, so its stamps never repeat or go back behind the repository's.
 */
export function useRestoreDocument(): RestoreDocument | undefined {
  const state = useDatabase();
  const database = state.status === "ready" ? state.database : undefined;
  return useMemo(
    () =>
      database === undefined
        ? undefined
        : createDocumentRestorer(database, createDeviceClock(window.localStorage)),
    [database],
  );
}
