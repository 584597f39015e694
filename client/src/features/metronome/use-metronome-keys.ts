import { useEffect } from "react";

interface MetronomeKeys {
  readonly onToggle: () => void;
  readonly onNudge: (deltaBpm: number) => void;
}

// Keys typed into a field, or Space on a button (which clicks it), belong to that control.
function isOwnedByControl(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest("input, select, textarea") !== null) return true;
  return key === " " && target.closest("button, a, summary") !== null;
}

const nudges: Readonly<Record<string, number>> = { ArrowUp: 1, ArrowDown: -1, ArrowRight: 5, ArrowLeft: -5 };

/** Page keys: Space starts and stops, ↑/↓ change the tempo by 1 bpm, →/← by 5. */
export function useMetronomeKeys({ onToggle, onNudge }: MetronomeKeys): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || isOwnedByControl(event.target, event.key)) return;
      const nudge = nudges[event.key];
      if (event.key === " ") onToggle();
      else if (nudge !== undefined) onNudge(nudge);
      else return;
      event.preventDefault();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [onToggle, onNudge]);
}
