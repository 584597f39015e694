import { createFileRoute } from "@tanstack/react-router";
import { z } from "zod/mini";
import { AccountPage } from "../features/account/account-page";

// The API's sign-in redirects land here with `?error=<code>`.
const accountSearchSchema = z.object({ error: z.optional(z.string().check(z.maxLength(64))) });

export const Route = createFileRoute("/account")({
  validateSearch: (search) => {
    const parsed = accountSearchSchema.safeParse(search);
    return parsed.success ? parsed.data : {};
  },
  component: AccountRoute,
});

function AccountRoute() {
  const { error } = Route.useSearch();
  return <AccountPage signInErrorCode={error} />;
}
