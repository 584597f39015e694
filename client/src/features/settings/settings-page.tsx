import { useT } from "../../i18n/i18n-context";
import { DataSection } from "../exchange/data-section";
import { PageHeader } from "../sections/page-header";
import { AppearanceSection } from "./appearance-section";
import { InstrumentsSection } from "./instruments-section";
import { PracticeSection } from "./practice-section";
import { useSettingsForm } from "./use-settings-form";
import "./settings.css";

/** `/settings`: every change is saved locally at once and syncs like any other document. */
export function SettingsPage() {
  const t = useT();
  const { settings, isLoading, save, status } = useSettingsForm();
  const onSave = (patch: Parameters<typeof save>[0]) => void save(patch);
  return (
    <div className="page settings">
      <PageHeader title={t("section.settings.name")} description={t("section.settings.description")} />
      <p className="settings__status" role="status">
        {status.kind === "saved" && t("settings.saved")}
      </p>
      {status.kind === "failed" && (
        <p className="settings__error" role="alert">
          {t(status.messageKey)}
        </p>
      )}
      {isLoading ? (
        // Controls wait for the database: a change made before it opens would have nowhere to go.
        <p className="settings__muted">{t("settings.loading")}</p>
      ) : (
        <>
          <AppearanceSection settings={settings} onSave={onSave} />
          <PracticeSection settings={settings} onSave={onSave} />
          <InstrumentsSection settings={settings} onSave={onSave} />
          <DataSection />
        </>
      )}
    </div>
  );
}
