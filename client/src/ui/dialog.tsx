import { type ReactNode, useEffect, useId, useRef } from "react";
import { useT } from "../i18n/i18n-context";
import { Button } from "./button";

interface DialogProps {
  readonly isOpen: boolean;
  /** The dialog's heading and accessible name. */
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/**
 * A modal over the native `<dialog>`: the browser traps focus, closes it on Escape, makes the page
 * behind it inert and returns focus to the opener. Named by its heading.
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
