import { createFileRoute } from "@tanstack/react-router";
import { SectionPage } from "../features/sections/section-page";

export const Route = createFileRoute("/toolbox/")({ component: ToolboxRoute });

function ToolboxRoute() {
  return <SectionPage sectionId="toolbox" />;
}
