import { createContext, type ReactNode, useContext, useState } from "react";
import { createTimerStore, type TimerStore } from "./timer-store";
import { useTimerReminders } from "./use-timer-reminders";

const TimerContext = createContext<TimerStore | null>(null);

function listenToStorage(listener: (key: string | null) => void): () => void {
  const onStorage = (event: StorageEvent) => listener(event.key);
  window.addEventListener("storage", onStorage);
  return () => window.removeEventListener("storage", onStorage);
}

/** Provides the one practice timer to the whole app (the shell shows it while it runs). */
export function TimerProvider({ children }: { readonly children: ReactNode }) {
  const [store] = useState(() =>
    createTimerStore({ storage: window.localStorage, now: Date.now, onExternalChange: listenToStorage }),
  );
  return (
    <TimerContext value={store}>
      <TimerReminders store={store} />
      {children}
    </TimerContext>
  );
}

function TimerReminders({ store }: { readonly store: TimerStore }) {
  useTimerReminders(store);
  return null;
}

export function useTimerStore(): TimerStore {
  const store = useContext(TimerContext);
  if (store === null) throw new Error("useTimerStore() must be used inside <TimerProvider>");
  return store;
}
