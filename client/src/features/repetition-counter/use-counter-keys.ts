import { useEffect, useRef } from "react";
import type { CounterController } from "./use-counter";

/**
 * Keys for hands on the instrument, and for page-turn pedals (which send arrows): → or Y marks a
 * clean play-through, ← or N a miss, Backspace or U undoes. Ignored while typing in a field or
 * while a dialog is open.
 */
export function useCounterKeys(counter: CounterController, isEnabled: boolean): void {
  const latest = useRef(counter);
  latest.current = counter;
  useEffect(() => {
    if (!isEnabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target;
      if (
        target instanceof HTMLElement &&
        target.closest("input, select, textarea, [contenteditable], dialog")
      )
        return;
      const key = event.key.toLowerCase();
      if (key === "arrowright" || key === "y") latest.current.mark(true);
      else if (key === "arrowleft" || key === "n") latest.current.mark(false);
      else if (key === "backspace" || key === "u") latest.current.undo();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [isEnabled]);
}
