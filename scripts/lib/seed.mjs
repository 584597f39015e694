// Seeds the demo account through the API's local-only seeding route, so the data goes through the
// same validation, merge and checkpoint code as every real write (and seeding twice adds nothing).
import { step } from "./toolchain.mjs";

export const DEMO_EMAIL = "demo@mirubato.local";

export async function seedDemoAccount(baseUrl) {
  step(`Seeding the demo account ${DEMO_EMAIL}`);
  const response = await fetch(`${baseUrl}/api/dev/seed`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email: DEMO_EMAIL }),
  });
  if (!response.ok) throw new Error(`seeding failed: ${response.status} ${await response.text()}`);
  const summary = await response.json();
  console.log(`  ${JSON.stringify(summary)}`);
}
