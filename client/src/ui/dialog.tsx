import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from "react";
import { useT } from "../i18n/i18n-context";
import { Button } from "./button";

interface DialogProps {
  readonly isOpen: boolean;
  /** The dialog's heading and accessible name. */
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

const focusableSelector = [
  "a[href]",
  "button:not([disabled])",
  "input:not([disabled]):not([type='hidden'])",
  "select:not([disabled])",
  "textarea:not([disabled])",
  "summary",
  "[tabindex]:not([tabindex='-1'])",
].join(",");

/**
 * Keeps Tab inside the dialog: from the last control it wraps to the first, and Shift+Tab the
 * other way. The native modal makes the page inert, but would still let focus leave for the
 * browser's own toolbar, where a keyboard user loses their place.
 */
function wrapFocus(event: KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== "Tab") return;
  const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>(focusableSelector)].filter(
    (element) => element.getClientRects().length > 0,
  );
  const first = focusable[0];
  const last = focusable.at(-1);
  if (first === undefined || last === undefined) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === event.currentTarget)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * A modal over the native `<dialog>`: focus moves in and stays in (Tab wraps around), Escape
 * closes it, the page behind it is inert, and focus returns to the opener. Named by its heading.
 */
export function Dialog({ isOpen, title, onClose, children }: DialogProps) {
  const t = useT();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onKeyDown={wrapFocus}
      onClose={() => {
        if (isOpen) onClose();
      }}
    >
      {isOpen && (
        <div className="dialog__body">
          <header className="dialog__header">
            <h2 id={titleId} className="dialog__title">
              {title}
            </h2>
            <Button variant="quiet" className="dialog__close" onClick={onClose} aria-label={t("ui.close")}>
              <span aria-hidden="true">×</span>
            </Button>
          </header>
          {children}
        </div>
      )}
    </dialog>
  );
}
