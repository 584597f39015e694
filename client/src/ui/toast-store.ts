/**
 * The queue of toasts as a tiny external store (subscribe/getSnapshot for `useSyncExternalStore`).
 * Timers are injected so tests drive time; a toast with an action (Undo) stays a little longer.
 */

export interface ToastAction {
  readonly label: string;
  readonly onAction: () => void;
}

export interface ToastInput {
  readonly message: string;
  readonly action?: ToastAction;
  readonly durationMs?: number;
}

export interface Toast extends ToastInput {
  readonly id: number;
}

export interface ToastStore {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => readonly Toast[];
  /** Shows a toast and returns its id. */
  readonly show: (toast: ToastInput) => number;
  readonly dismiss: (id: number) => void;
}

export interface ToastTimers {
  readonly setTimeout: (callback: () => void, delayMs: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
}

const defaultDurationMs = 5000;
const actionDurationMs = 8000;
const maxVisible = 3;

/**
 * @example
 * const toasts = createToastStore(globalThis);
 * toasts.show({ message: "Entry deleted", action: { label: "Undo", onAction: restore } });
 */
export function createToastStore(timers: ToastTimers): ToastStore {
  let toasts: readonly Toast[] = [];
  let nextId = 1;
  const handles = new Map<number, unknown>();
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const listener of listeners) listener();
  };
  const dismiss = (id: number) => {
    timers.clearTimeout(handles.get(id));
    handles.delete(id);
    const next = toasts.filter((toast) => toast.id !== id);
    if (next.length === toasts.length) return;
    toasts = next;
    emit();
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => toasts,
    show(input) {
      const id = nextId++;
      const durationMs =
        input.durationMs ?? (input.action === undefined ? defaultDurationMs : actionDurationMs);
      const kept = toasts.slice(-(maxVisible - 1));
      for (const dropped of toasts.slice(0, toasts.length - kept.length)) {
        timers.clearTimeout(handles.get(dropped.id));
        handles.delete(dropped.id);
      }
      toasts = [...kept, { ...input, id }];
      handles.set(
        id,
        timers.setTimeout(() => dismiss(id), durationMs),
      );
      emit();
      return id;
    },
    dismiss,
  };
}
