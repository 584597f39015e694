import { type PointerEvent, useEffect, useRef } from "react";
import { commandForKey, commandForSwipe, commandForTap, type ReaderCommand } from "./reader-commands";

/** Form fields keep their keys; everywhere else the turn keys turn pages. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** Space and Enter on a focused button press the button, as keyboard users expect. */
function isButtonKey(event: KeyboardEvent): boolean {
  if (event.key !== " " && event.key !== "Enter") return false;
  return event.target instanceof HTMLElement && ["BUTTON", "A", "SUMMARY"].includes(event.target.tagName);
}

/**
 * Page-turn keys (pedals) on the whole window, and taps and swipes on the stage. Returns the
 * stage's pointer handlers.
 */
export function useReaderInput(
  onCommand: (command: ReaderCommand) => void,
  onUndoRedo?: (isRedo: boolean) => void,
) {
  const handler = useRef(onCommand);
  handler.current = onCommand;
  const undoRedo = useRef(onUndoRedo);
  undoRedo.current = onUndoRedo;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target) || isButtonKey(event) || event.defaultPrevented) return;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "z" && undoRedo.current) {
        event.preventDefault();
        undoRedo.current(event.shiftKey);
        return;
      }
      const command = commandForKey(event);
      if (command === undefined) return;
      event.preventDefault();
      handler.current(command);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
  const start = useRef<{ x: number; y: number; atMs: number; id: number }>(undefined);
  return {
    onPointerDown(event: PointerEvent<HTMLElement>) {
      if (!event.isPrimary || event.button > 0) return;
      start.current = { x: event.clientX, y: event.clientY, atMs: event.timeStamp, id: event.pointerId };
    },
    onPointerUp(event: PointerEvent<HTMLElement>) {
      const began = start.current;
      start.current = undefined;
      if (began === undefined || began.id !== event.pointerId) return;
      if (event.target instanceof HTMLElement && event.target.closest("button, a, input, select, summary"))
        return;
      const dx = event.clientX - began.x;
      const dy = event.clientY - began.y;
      const durationMs = event.timeStamp - began.atMs;
      if (Math.hypot(dx, dy) < 10 && durationMs < 500) {
        const box = event.currentTarget.getBoundingClientRect();
        handler.current(commandForTap(event.clientX - box.left, box.width));
        return;
      }
      const swiped = commandForSwipe(dx, dy, durationMs);
      if (swiped !== undefined) handler.current(swiped);
    },
    onPointerCancel() {
      start.current = undefined;
    },
  };
}
