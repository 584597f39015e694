import { useCallback, useState } from "react";
import { z } from "zod";
import { readStoredJson, writeStoredJson } from "../../db/device-storage";

export const libraryLayouts = ["grid", "list"] as const;
export type LibraryLayout = (typeof libraryLayouts)[number];

const storageKey = "mirubato.scores.layout";
const layoutSchema = z.enum(libraryLayouts);

function readLayout(): LibraryLayout {
  return readStoredJson(window.localStorage, storageKey, layoutSchema) ?? "grid";
}

/** Grid or list, remembered on this device (a tablet and a phone may want different ones). */
export function useLibraryLayout() {
  const [layout, setLayoutState] = useState<LibraryLayout>(readLayout);
  const setLayout = useCallback((next: LibraryLayout) => {
    setLayoutState(next);
    writeStoredJson(window.localStorage, storageKey, next);
  }, []);
  return { layout, setLayout };
}
