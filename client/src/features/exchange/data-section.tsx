import { type FormEvent, useRef, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { ImportReportView } from "./import-report-view";
import { useExchange } from "./use-exchange";
import "./exchange.css";

/** "Your data": CSV and JSON exports, and importing a JSON backup with a report. */
export function DataSection() {
  const t = useT();
  const exchange = useExchange();
  const fileRef = useRef<HTMLInputElement>(null);
  const [isFileMissing, setIsFileMissing] = useState(false);
  const { importState } = exchange;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    setIsFileMissing(file === undefined);
    if (file !== undefined) void exchange.importFile(file);
  };
  return (
    <section className="settings__section exchange" aria-labelledby="exchange-title">
      <h2 id="exchange-title">{t("exchange.title")}</h2>
      <p className="exchange__muted">{t("exchange.intro")}</p>
      <div className="exchange__buttons">
        <Button onClick={exchange.exportEntries} disabled={!exchange.isReady}>
          {t("exchange.exportEntriesCsv")}
        </Button>
        <Button onClick={exchange.exportPieces} disabled={!exchange.isReady}>
          {t("exchange.exportPiecesCsv")}
        </Button>
        <Button onClick={exchange.exportJson} disabled={!exchange.isReady}>
          {t("exchange.exportJson")}
        </Button>
      </div>
      <form className="exchange__import" onSubmit={submit} noValidate>
        <h3 className="exchange__subheading">{t("exchange.importTitle")}</h3>
        <Field
          label={t("exchange.importFile")}
          hint={t("exchange.importHint")}
          error={isFileMissing ? t("exchange.chooseFile") : undefined}
        >
          {(control) => (
            <input
              {...control}
              ref={fileRef}
              type="file"
              accept="application/json,.json"
              className="exchange__file"
            />
          )}
        </Field>
        <Button type="submit" variant="primary" disabled={importState.status === "importing"}>
          {t("exchange.importJson")}
        </Button>
      </form>
      <div aria-live="polite">
        {importState.status === "importing" && <p>{t("exchange.importing")}</p>}
        {importState.status === "done" && <ImportReportView report={importState.report} />}
      </div>
      {importState.status === "failed" && (
        <p role="alert" className="exchange__error">
          {t(importState.reason === "not_ready" ? "exchange.notReady" : "exchange.notAnExport")}
        </p>
      )}
    </section>
  );
}
