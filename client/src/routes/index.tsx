import { createFileRoute } from "@tanstack/react-router";
import { SectionPage } from "../features/sections/section-page";

export const Route = createFileRoute("/")({ component: TodayRoute });

function TodayRoute() {
  return <SectionPage sectionId="today" />;
}
