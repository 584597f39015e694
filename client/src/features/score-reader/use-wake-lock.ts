import { useEffect } from "react";

/**
 * Keeps the screen on while `isActive` (performance mode). The browser releases a wake lock
 * whenever the page is hidden, so it is taken again each time the page becomes visible.
 */
export function useWakeLock(isActive: boolean): void {
  useEffect(() => {
    if (!isActive || !("wakeLock" in navigator)) return;
    let sentinel: WakeLockSentinel | undefined;
    let isCurrent = true;
    const acquire = async () => {
      if (document.visibilityState !== "visible") return;
      try {
        const taken = await navigator.wakeLock.request("screen");
        if (isCurrent) sentinel = taken;
        else void taken.release();
      } catch {
        // Refused (battery saver, no user activation yet): the reader works, the screen may dim.
      }
    };
    const onVisibility = () => void acquire();
    void acquire();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      isCurrent = false;
      document.removeEventListener("visibilitychange", onVisibility);
      void sentinel?.release();
    };
  }, [isActive]);
}
