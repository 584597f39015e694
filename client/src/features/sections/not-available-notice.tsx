import { useT } from "../../i18n/i18n-context";

/** The plain statement that a section does not work yet, so nothing on the page pretends to. */
export function NotAvailableNotice() {
  const t = useT();
  return (
    <div className="notice" role="note">
      <svg
        className="notice__icon"
        viewBox="0 0 24 24"
        width="22"
        height="22"
        aria-hidden="true"
        focusable="false"
      >
        <path
          d="M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7.5v5.5M12 16.2v.3"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      </svg>
      <div>
        <p className="notice__title">{t("shell.notAvailableYetTitle")}</p>
        <p>{t("shell.notAvailableYet")}</p>
      </div>
    </div>
  );
}
