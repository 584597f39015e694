import { useCallback, useState } from "react";
import { z } from "zod";

export const libraryLayouts = ["grid", "list"] as const;
export type LibraryLayout = (typeof libraryLayouts)[number];

const storageKey = "mirubato.scores.layout";
const layoutSchema = z.enum(libraryLayouts);

function readLayout(): LibraryLayout {
  const parsed = layoutSchema.safeParse(window.localStorage.getItem(storageKey));
  return parsed.success ? parsed.data : "grid";
}

/** Grid or list, remembered on this device (a tablet and a phone may want different ones). */
export function useLibraryLayout() {
  const [layout, setLayoutState] = useState<LibraryLayout>(readLayout);
  const setLayout = useCallback((next: LibraryLayout) => {
    setLayoutState(next);
    window.localStorage.setItem(storageKey, next);
  }, []);
  return { layout, setLayout };
}
