import { createFileRoute } from "@tanstack/react-router";
import { SectionPage } from "../features/sections/section-page";

export const Route = createFileRoute("/practice")({ component: PracticeRoute });

function PracticeRoute() {
  return <SectionPage sectionId="practice" />;
}
