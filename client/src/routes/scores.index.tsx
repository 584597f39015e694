import { createFileRoute } from "@tanstack/react-router";
import { SectionPage } from "../features/sections/section-page";

export const Route = createFileRoute("/scores/")({ component: ScoresRoute });

function ScoresRoute() {
  return <SectionPage sectionId="scores" />;
}
