import { createFileRoute } from "@tanstack/react-router";
import { SectionPage } from "../features/sections/section-page";

export const Route = createFileRoute("/dictionary/")({ component: DictionaryRoute });

function DictionaryRoute() {
  return <SectionPage sectionId="dictionary" />;
}
