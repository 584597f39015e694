import { Link } from "@tanstack/react-router";
import { useId } from "react";
import { useT } from "../../i18n/i18n-context";
import { acceptedFileTypes } from "./upload-checks";

/**
 * Where uploads start: a file picker for several PDFs or images at once (and the hint that files
 * can be dropped on the library), or, signed out, the way to sign in.
 */
export function UploadPanel({
  isSignedIn,
  onFiles,
}: {
  readonly isSignedIn: boolean;
  readonly onFiles: (files: File[]) => void;
}) {
  const t = useT();
  const hintId = useId();
  if (!isSignedIn) {
    return (
      <p className="scores-upload__note">
        {t("scores.signInToUpload")} <Link to="/account">{t("scores.signInLink")}</Link>
      </p>
    );
  }
  return (
    <div className="scores-upload">
      <label className="button button--primary scores-upload__pick">
        {t("scores.upload")}
        <input
          className="visually-hidden"
          type="file"
          multiple
          accept={acceptedFileTypes}
          aria-describedby={hintId}
          onChange={(event) => {
            const picked = [...(event.target.files ?? [])];
            // Cleared so picking the same file again (after a failure) fires a change.
            event.target.value = "";
            if (picked.length > 0) onFiles(picked);
          }}
        />
      </label>
      <p id={hintId} className="scores-upload__note">
        {t("scores.uploadHint")}
      </p>
    </div>
  );
}
