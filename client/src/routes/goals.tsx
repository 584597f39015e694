import { createFileRoute } from "@tanstack/react-router";
import { SectionPage } from "../features/sections/section-page";

export const Route = createFileRoute("/goals")({ component: GoalsRoute });

function GoalsRoute() {
  return <SectionPage sectionId="goals" />;
}
