import { formatStopwatch, getElapsedSec, getNextReminderAtMs } from "@mirubato/domain";
import { useEffect, useState, useSyncExternalStore } from "react";
import { useT } from "../../i18n/i18n-context";
import { useToast } from "../../ui/toast";
import type { TimerStore } from "./timer-store";

/**
 * Every N practised minutes, a reminder: a system notification when the musician allowed them
 * (it reaches them in another app), otherwise a toast in the app.
 */
export function useTimerReminders(store: TimerStore): void {
  const t = useT();
  const toast = useToast();
  const { state, reminderMinutes } = useSyncExternalStore(
    store.subscribe,
    store.getSnapshot,
    store.getSnapshot,
  );
  const [firedCount, setFiredCount] = useState(0);
  useEffect(() => {
    const dueAtMs = getNextReminderAtMs(state, Date.now(), reminderMinutes);
    if (dueAtMs === undefined) return;
    const handle = window.setTimeout(
      () => {
        const message = t("timer.reminder", { elapsed: formatStopwatch(getElapsedSec(state, Date.now())) });
        if ("Notification" in window && Notification.permission === "granted") {
          // The tag makes several open tabs show one notification, not one each.
          new Notification(t("section.practice.name"), { body: message, tag: "mirubato-timer" });
        } else {
          toast.show({ message });
        }
        setFiredCount((count) => count + 1);
      },
      Math.max(0, dueAtMs - Date.now()),
    );
    return () => window.clearTimeout(handle);
  }, [state, reminderMinutes, firedCount, t, toast]);
}

/** Asks once for permission to show reminders as system notifications (after a user gesture). */
export function requestReminderPermission(): void {
  if ("Notification" in window && Notification.permission === "default") {
    // Refusal is a valid answer: reminders then show as toasts in the app.
    void Notification.requestPermission().catch(() => undefined);
  }
}
