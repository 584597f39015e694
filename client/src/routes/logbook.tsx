import { createFileRoute } from "@tanstack/react-router";
import { SectionPage } from "../features/sections/section-page";

export const Route = createFileRoute("/logbook")({ component: LogbookRoute });

function LogbookRoute() {
  return <SectionPage sectionId="logbook" />;
}
