import { createContext, type ReactNode, useContext, useState, useSyncExternalStore } from "react";
import { useT } from "../i18n/i18n-context";
import { Button } from "./button";
import { createToastStore, type ToastStore } from "./toast-store";

const ToastContext = createContext<ToastStore | null>(null);

/** Provides the toast queue to the app; render {@link ToastViewport} once inside it. */
export function ToastProvider({ children }: { readonly children: ReactNode }) {
  const [store] = useState(() =>
    createToastStore({
      setTimeout: (callback, delayMs) => window.setTimeout(callback, delayMs),
      clearTimeout: (handle) => {
        if (typeof handle === "number") window.clearTimeout(handle);
      },
    }),
  );
  return <ToastContext value={store}>{children}</ToastContext>;
}

/**
 * Shows short messages, optionally with one action.
 *
 * @example
 * const toast = useToast();
 * toast.show({ message: t("logbook.deleted"), action: { label: t("ui.undo"), onAction: undo } });
 */
export function useToast(): Pick<ToastStore, "show" | "dismiss"> {
  const store = useContext(ToastContext);
  if (store === null) throw new Error("useToast() must be used inside <ToastProvider>");
  return store;
}

/** The visible toasts, each a polite `status` named by its message. */
export function ToastViewport() {
  const t = useT();
  const store = useContext(ToastContext);
  if (store === null) throw new Error("<ToastViewport> must be inside <ToastProvider>");
  const toasts = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return (
    <div className="toast-stack">
      {toasts.map((toast) => (
        <div key={toast.id} className="toast" role="status" aria-label={toast.message}>
          <p className="toast__text">{toast.message}</p>
          <div className="toast__actions">
            {toast.action !== undefined && (
              <Button
                variant="primary"
                onClick={() => {
                  toast.action?.onAction();
                  store.dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </Button>
            )}
            <Button variant="quiet" onClick={() => store.dismiss(toast.id)} aria-label={t("ui.dismiss")}>
              <span aria-hidden="true">×</span>
            </Button>
          </div>
        </div>
      ))}
    </div>
  );
}
