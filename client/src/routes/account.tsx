import { createFileRoute } from "@tanstack/react-router";
import { SectionPage } from "../features/sections/section-page";

export const Route = createFileRoute("/account")({ component: AccountRoute });

function AccountRoute() {
  return <SectionPage sectionId="account" />;
}
