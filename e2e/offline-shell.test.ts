import { expect, type Page, test } from "@playwright/test";

// Every section of the product, by the accessible name of its navigation link and its h1.
const sections = [
  { link: "Today", heading: "Today" },
  { link: "Practice timer", heading: "Practice timer" },
  { link: "Logbook", heading: "Logbook" },
  { link: "Repertoire", heading: "Repertoire" },
  { link: "Scores library", heading: "Scores library" },
  { link: "Goals", heading: "Goals" },
  { link: "Plans", heading: "Plans" },
  { link: "Reports", heading: "Reports" },
  { link: "Dictionary", heading: "Dictionary" },
  { link: "Toolbox", heading: "Toolbox" },
  { link: "Settings", heading: "Settings" },
  { link: "Account", heading: "Account" },
];

async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

test("after the first visit the shell reloads and navigates every section with the network cut", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await waitForServiceWorker(page);
  await expect(page.getByRole("status", { name: "Offline ready" })).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("status", { name: "Connection status" })).toHaveText(/Offline/);

  const navigation = page.getByRole("navigation", { name: "Main navigation" });
  for (const section of sections) {
    await navigation.getByRole("link", { name: section.link, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: section.heading })).toBeVisible();
  }

  await context.setOffline(false);
  await expect(page.getByRole("status", { name: "Connection status" })).toHaveText(/Online/);
});

test("a deep link opens its section, offline too", async ({ page, context }) => {
  await page.goto("/");
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto("/logbook");
  await expect(page.getByRole("heading", { level: 1, name: "Logbook" })).toBeVisible();
});
