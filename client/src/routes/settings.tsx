import { createFileRoute } from "@tanstack/react-router";
import { SectionPage } from "../features/sections/section-page";

export const Route = createFileRoute("/settings")({ component: SettingsRoute });

function SettingsRoute() {
  return <SectionPage sectionId="settings" />;
}
