import { useT } from "../../i18n/i18n-context";
import { NotAvailableNotice } from "./not-available-notice";
import { PageHeader } from "./page-header";
import { SectionIcon } from "./section-icon";
import type { Section } from "./sections";

/**
 * Placeholder page for a section whose feature is not built yet. A feature replaces it by pointing its
 * route at `features/<name>/<name>-page.tsx`.
 */
export function SectionPage({ sectionId }: { sectionId: Section["id"] }) {
  const t = useT();
  return (
    <div className="page">
      <PageHeader
        eyebrow={<SectionIcon sectionId={sectionId} className="page-header__icon" />}
        title={t(`section.${sectionId}.name`)}
        description={t(`section.${sectionId}.description`)}
      />
      <NotAvailableNotice />
    </div>
  );
}
