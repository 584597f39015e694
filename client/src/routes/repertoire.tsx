import { createFileRoute } from "@tanstack/react-router";
import { SectionPage } from "../features/sections/section-page";

export const Route = createFileRoute("/repertoire")({ component: RepertoireRoute });

function RepertoireRoute() {
  return <SectionPage sectionId="repertoire" />;
}
