/**
 * Input → reader command. Bluetooth page-turn pedals present themselves as keyboards and send
 * arrow, Page Up/Down or Space keys, so every one of those turns; tap zones and swipes follow
 * forScore (left third back, the rest forward).
 */
export type ReaderCommand = "next" | "previous" | "first" | "last" | "exit";

export interface KeyInput {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

export function commandForKey(input: KeyInput): ReaderCommand | undefined {
  if (input.altKey || input.ctrlKey || input.metaKey) return undefined;
  switch (input.key) {
    case "ArrowRight":
    case "ArrowDown":
    case "PageDown":
    case "Enter":
      return "next";
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
    case "Backspace":
      return "previous";
    case " ":
    case "Spacebar":
      return input.shiftKey ? "previous" : "next";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "Escape":
      return "exit";
    default:
      return undefined;
  }
}

/** A tap at `x` across a page area of `width`: the left third goes back, the rest forward. */
export function commandForTap(x: number, width: number): ReaderCommand {
  return x < width / 3 ? "previous" : "next";
}

/** Swipes shorter than this, or slower than `maxSwipeMs`, are taps or scrolls, not turns. */
export const minSwipePx = 50;
export const maxSwipeMs = 800;

export function commandForSwipe(dx: number, dy: number, durationMs: number): ReaderCommand | undefined {
  if (durationMs > maxSwipeMs || Math.abs(dx) < minSwipePx || Math.abs(dx) < 1.5 * Math.abs(dy)) {
    return undefined;
  }
  return dx < 0 ? "next" : "previous";
}
