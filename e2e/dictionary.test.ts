import { expect, type Page, test } from "@playwright/test";
import { baseUrlOf, signInThroughUi, uniqueEmail } from "./kit";

// The dictionary section end to end: search as you type, open a term, follow a related term;
// then download the offline pack and do the same without a network. Browsing by category and
// letter (online and offline), and what a musician can contribute signed out and signed in.

/** Follows the first related-term link of the open term page and checks that its page opened. */
async function followFirstRelatedTerm(page: Page) {
  await expect(page.getByRole("heading", { name: "Related terms" })).toBeVisible();
  const related = page
    .getByRole("heading", { name: "Related terms" })
    .locator("xpath=..")
    .getByRole("link")
    .first();
  const name = (await related.textContent()) ?? "";
  await related.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test("search, open a term and follow a related term, online then offline", async ({ page, context }) => {
  await page.goto("/dictionary");
  const search = page.getByLabel("Search the dictionary");
  await search.fill("cresendo");
  const results = page.getByRole("region", { name: "Search results" });
  await expect(results.getByRole("link", { name: "crescendo", exact: true })).toBeVisible();
  await expect(results.getByRole("button", { name: "Did you mean crescendo?" })).toBeVisible();

  await results.getByRole("link", { name: "crescendo", exact: true }).click();
  await expect(page).toHaveURL(/\/dictionary\/en\/crescendo$/);
  await expect(page.getByRole("heading", { level: 1, name: "crescendo" })).toBeVisible();
  await followFirstRelatedTerm(page);

  // Download the whole dictionary, then go offline.
  await page.getByRole("link", { name: "Back to the dictionary" }).click();
  await page.getByRole("button", { name: "Download the dictionary for offline use" }).click();
  await expect(page.getByText(/Available offline: \d+ terms\./)).toBeVisible();
  await context.setOffline(true);

  await page.getByLabel("Search the dictionary").fill("langsam");
  const offlineResults = page.getByRole("region", { name: "Search results" });
  await expect(offlineResults.getByText("Offline: searching the terms kept on this device.")).toBeVisible();
  await offlineResults.getByRole("link", { name: "lento", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "lento" })).toBeVisible();
  await followFirstRelatedTerm(page);

  await page.getByRole("link", { name: "Back to the dictionary" }).click();
  await page.getByLabel("Search the dictionary").fill("alegro");
  await expect(
    page.getByRole("region", { name: "Search results" }).getByRole("link", { name: "allegro", exact: true }),
  ).toBeVisible();
  // Browsing works from the downloaded pack too.
  await browseTempoTermsStartingWithA(page);
  await context.setOffline(false);
});

async function browseTempoTermsStartingWithA(page: Page) {
  await page.getByLabel("Category").selectOption({ label: "Tempo" });
  await page
    .getByRole("group", { name: "First letter" })
    .getByRole("button", { name: "A", exact: true })
    .click();
  const listing = page.getByRole("list", { name: "Terms found by browsing" });
  await expect(listing.getByRole("link", { name: "allegro", exact: true })).toBeVisible();
  await expect(listing.getByRole("link", { name: "lento", exact: true })).toHaveCount(0);
}

test("browses by category and letter, and shows the popular terms", async ({ page }) => {
  await page.goto("/dictionary/en/fermata");
  await expect(page.getByRole("heading", { level: 1, name: "fermata" })).toBeVisible();
  await page.goto("/dictionary");
  await browseTempoTermsStartingWithA(page);
  await expect(page.getByRole("heading", { name: "Popular terms" })).toBeVisible();
});

test("signed out, a musician is told to sign in before reporting or asking for a term", async ({ page }) => {
  await page.goto("/dictionary/en/largo");
  await expect(page.getByRole("heading", { level: 1, name: "largo" })).toBeVisible();
  await expect(page.getByText("To report a problem with this definition, sign in first.")).toBeVisible();
  await page.goto("/dictionary/en/flibbertigibbet");
  await expect(page.getByRole("heading", { name: "Not in the dictionary yet" })).toBeVisible();
  await expect(page.getByText("To ask for this term to be added, sign in first.")).toBeVisible();
  await page.getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
});

test("signed in, a musician reports a definition and asks for a missing term", async ({ page, baseURL }) => {
  await signInThroughUi(page, uniqueEmail("dictionary"), baseUrlOf({ baseURL }));
  await page.goto("/dictionary/en/largo");
  await page.getByText("Report a problem with this definition").click();
  await page.getByLabel("What is wrong?").selectOption({ label: "It is incomplete" });
  await page.getByLabel("Details (optional)").fill("It could mention Handel's Ombra mai fu.");
  await page.getByRole("button", { name: "Send the report" }).click();
  await expect(page.getByText("Thank you: an editor will review this definition.")).toBeVisible();

  // Locally no definitions can be generated: the app says so instead of inventing one.
  await page.goto("/dictionary/en/flibbertigibbet");
  await page.getByRole("button", { name: "Ask for “flibbertigibbet” to be added" }).click();
  await expect(page.getByRole("alert")).toHaveText(
    "New terms cannot be defined here; this one is not in the dictionary yet.",
  );
});

test("a shared term page carries its meta before the app starts", async ({ request }) => {
  const response = await request.get("/dictionary/de/crescendo");
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain("<title>crescendo — music dictionary | Mirubato</title>");
  expect(html).toMatch(/<link rel="canonical" href="[^"]+\/dictionary\/de\/crescendo"/);
  expect(html).toContain('<article class="term-prerender"><h1>crescendo</h1>');
  const sitemap = await request.get("/sitemap.xml");
  expect(await sitemap.text()).toContain("/dictionary/zh-TW/crescendo</loc>");
});
