import { expect, type Page, test } from "@playwright/test";

// The dictionary section end to end: search as you type, open a term, follow a related term;
// then download the offline pack and do the same without a network.

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
  await context.setOffline(false);
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
