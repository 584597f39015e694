import { expect, type Page, test } from "@playwright/test";

/**
 * Saving, editing, deleting and undoing in the logbook, in a browser that is not signed in: each
 * change shows at once (pending writes, ADR 0006), lands in IndexedDB, and is what a reload shows.
 */

test.use({ timezoneId: "Europe/Paris", locale: "en-US" });

function entries(page: Page) {
  return page.getByRole("list", { name: "Practice entries" });
}

async function addEntry(page: Page, notes: string, time: string): Promise<void> {
  await page.getByRole("button", { name: "Add entry" }).click();
  const dialog = page.getByRole("dialog", { name: "New entry" });
  await dialog.getByLabel("Start time").fill(time);
  await dialog.getByLabel("Duration (minutes)").fill("20");
  await dialog.getByLabel("Notes").fill(notes);
  const instrument = dialog.getByLabel("Instrument", { exact: true });
  if ((await instrument.inputValue()) === "") await instrument.fill("Piano");
  await dialog.getByRole("button", { name: "Save entry" }).click();
  await expect(dialog).toBeHidden();
}

test("an entry saved, edited, deleted and restored shows each change at once and after a reload", async ({
  page,
}) => {
  await page.goto("/logbook");
  await expect(page.getByRole("heading", { level: 1, name: "Logbook" })).toBeVisible();

  await addEntry(page, "Bach partita, allemande", "08:00");
  await addEntry(page, "Long tones", "07:00");
  await expect(entries(page).getByText("Bach partita, allemande")).toBeVisible();
  await expect(entries(page).getByRole("listitem")).toHaveCount(2);

  const bach = entries(page).getByRole("listitem").filter({ hasText: "Bach partita" });
  await bach.getByRole("button", { name: "Edit entry" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit entry" });
  await dialog.getByLabel("Notes").fill("Bach partita, courante");
  await dialog.getByRole("button", { name: "Save entry" }).click();
  await expect(dialog).toBeHidden();
  await expect(entries(page).getByText("Bach partita, courante")).toBeVisible();
  await expect(entries(page).getByText("Bach partita, allemande")).toHaveCount(0);

  const edited = entries(page).getByRole("listitem").filter({ hasText: "Bach partita, courante" });
  await edited.getByRole("button", { name: "Delete entry" }).click();
  await expect(entries(page).getByText("Bach partita, courante")).toHaveCount(0);
  const toast = page.getByRole("status", { name: "Entry deleted" });
  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(entries(page).getByText("Bach partita, courante")).toBeVisible();

  await page.reload();
  await expect(entries(page).getByText("Bach partita, courante")).toBeVisible();
  await expect(entries(page).getByText("Long tones")).toBeVisible();
  await expect(entries(page).getByText("Bach partita, allemande")).toHaveCount(0);
  await expect(entries(page).getByRole("listitem")).toHaveCount(2);
});
