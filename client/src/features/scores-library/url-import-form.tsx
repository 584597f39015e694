import { type FormEvent, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { failureMessage, type UploadFailure } from "./upload-failure";

function isHttpUrl(text: string): boolean {
  return URL.canParse(text) && /^https?:$/.test(new URL(text).protocol);
}

/** Import from a link: the worker fetches the file (one import every 10 minutes). */
export function UrlImportForm({
  onImport,
}: {
  readonly onImport: (url: string) => Promise<UploadFailure | undefined>;
}) {
  const t = useT();
  const [url, setUrl] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [isSending, setIsSending] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = url.trim();
    if (!isHttpUrl(trimmed)) {
      setError(t("scores.urlInvalid"));
      return;
    }
    setIsSending(true);
    const failure = await onImport(trimmed);
    setIsSending(false);
    if (failure === undefined) {
      setUrl("");
      setError(undefined);
      return;
    }
    const { key, params } = failureMessage(failure);
    setError(t(key, params));
  };
  return (
    <details className="scores-import">
      <summary>{t("scores.importTitle")}</summary>
      <form className="scores-import__form" onSubmit={(event) => void submit(event)} noValidate>
        <Field label={t("scores.importUrl")} error={error}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="url"
              inputMode="url"
              value={url}
              onChange={(event) => setUrl(event.target.value)}
            />
          )}
        </Field>
        <Button type="submit" disabled={isSending || url.trim() === ""}>
          {t("scores.import")}
        </Button>
      </form>
    </details>
  );
}
