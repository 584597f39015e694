import { createFileRoute } from "@tanstack/react-router";
import { SectionPage } from "../features/sections/section-page";

export const Route = createFileRoute("/reports")({ component: ReportsRoute });

function ReportsRoute() {
  return <SectionPage sectionId="reports" />;
}
