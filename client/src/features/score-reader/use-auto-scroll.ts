import { type RefObject, useEffect, useRef } from "react";

/**
 * Scrolls `element` down at `speedPxPerSec` while active; at the bottom it asks for the next page
 * (which starts at the top again), so a long score plays through hands-free.
 */
export function useAutoScroll(
  element: RefObject<HTMLElement | null>,
  isActive: boolean,
  speedPxPerSec: number,
  onReachedEnd: () => void,
): void {
  const onEnd = useRef(onReachedEnd);
  onEnd.current = onReachedEnd;
  useEffect(() => {
    if (!isActive) return;
    let frame = 0;
    let last: number | undefined;
    let carry = 0;
    let waitUntil = 0;
    let turn: number | undefined;
    const step = (now: number) => {
      const target = element.current;
      if (target !== null && last !== undefined && now >= waitUntil) {
        carry += (speedPxPerSec * (now - last)) / 1000;
        const whole = Math.floor(carry);
        carry -= whole;
        const atBottom = target.scrollTop + target.clientHeight >= target.scrollHeight - 1;
        if (atBottom) {
          // A short rest at the bottom, so the last system can be played before the turn.
          waitUntil = now + 1500;
          turn = window.setTimeout(() => {
            target.scrollTop = 0;
            onEnd.current();
          }, 1500);
        } else if (whole > 0) {
          target.scrollTop += whole;
        }
      }
      last = now;
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(turn);
    };
  }, [element, isActive, speedPxPerSec]);
}
