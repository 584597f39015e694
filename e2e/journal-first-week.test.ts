import { readFile } from "node:fs/promises";
import { type BrowserContext, expect, type Locator, type Page, test } from "@playwright/test";

/**
 * A new musician's first week, from an empty browser: pieces added to the repertoire, a timed
 * session (start, pause, resume, stop → the prefilled entry form), manual entries on earlier
 * days, a goal and its progress, the reports' overview, and a JSON + CSV export re-imported
 * without creating anything. Run twice: online, and entirely offline once the service worker has
 * cached the shell. Time passes through Playwright's clock, never by sleeping.
 */

// Wednesday 4 March 2026, 18:00 in Paris: the musician's "today".
const startOfStory = new Date("2026-03-04T17:00:00.000Z");

test.use({ timezoneId: "Europe/Paris", locale: "en-US", acceptDownloads: true });
// A long story on a shared two-core machine: each step still has the usual expect timeout.
test.describe.configure({ timeout: 240_000 });

const pieces = [
  { title: "Prelude in E minor", composer: "Frédéric Chopin", catalogue: "Op. 28 No. 4" },
  { title: "Clair de lune", composer: "Claude Debussy", catalogue: "L. 32" },
] as const;

/** Entries typed by hand, on the two days before today. */
const manualEntries = [
  { date: "2026-03-02", time: "08:15", minutes: "40", notes: "Scales in thirds, slowly", tags: "" },
  { date: "2026-03-03", time: "19:30", minutes: "30", notes: "Pedalling in Clair de lune", tags: "pedal" },
] as const;

function navigation(page: Page): Locator {
  return page.getByRole("navigation", { name: "Main navigation" });
}

async function openSection(page: Page, name: string): Promise<void> {
  await navigation(page).getByRole("link", { name, exact: true }).click();
  // The section's chunk may still be loading (or be read from the service worker's cache).
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible({ timeout: 20_000 });
}

async function goOfflineAfterShellCached(page: Page, context: BrowserContext): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect(page.getByRole("status", { name: "Offline ready" })).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("status", { name: "Connection status" })).toHaveText(/Offline/);
}

async function addPiece(page: Page, piece: (typeof pieces)[number]): Promise<void> {
  await page.getByRole("button", { name: "Add piece" }).click();
  const dialog = page.getByRole("dialog", { name: "New piece" });
  await dialog.getByLabel("Title").fill(piece.title);
  await dialog.getByLabel("Composer").fill(piece.composer);
  await dialog.getByLabel("Catalogue number").fill(piece.catalogue);
  await dialog.getByLabel("Status").selectOption({ label: "Learning" });
  await dialog.getByRole("button", { name: "Save piece" }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole("list", { name: "Pieces" }).getByRole("link", { name: piece.title }),
  ).toBeVisible();
}

async function timeASession(page: Page): Promise<void> {
  await openSection(page, "Practice timer");
  const elapsed = page.getByRole("timer", { name: "Elapsed time" });
  await expect(elapsed).toHaveText("0:00");
  await page.getByRole("button", { name: "Start" }).click();
  // Time flows on by itself between the steps as well, so a few real seconds may show.
  await page.clock.fastForward("10:00");
  await expect(elapsed).toHaveText(/^10:0\d$/);
  await page.getByRole("button", { name: "Pause" }).click();
  const atPause = (await elapsed.textContent()) ?? "";
  // A paused timer does not count the break, even a long one.
  await page.clock.fastForward("05:00");
  await expect(elapsed).toHaveText(atPause);
  // The running timer is visible from other sections; a tab switch does not disturb it.
  await openSection(page, "Today");
  await expect(page.getByRole("link", { name: `Timer paused ${atPause}` })).toHaveCount(2);
  await page
    .getByRole("main")
    .getByRole("link", { name: `Timer paused ${atPause}` })
    .click();
  await page.getByRole("button", { name: "Resume" }).click();
  await page.clock.fastForward("15:00");
  await expect(elapsed).toHaveText(/^25:[0-2]\d$/);
  await page.getByRole("button", { name: "Stop" }).click();

  const dialog = page.getByRole("dialog", { name: "New entry" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Duration (minutes)")).toHaveValue("25");
  await expect(dialog.getByLabel("Date")).toHaveValue("2026-03-04");
  await dialog.getByLabel("Pieces").fill(`${pieces[0].title} — ${pieces[0].composer}`);
  await dialog.getByRole("button", { name: "Add piece" }).click();
  await expect(dialog.getByRole("list", { name: "Chosen pieces" })).toHaveText(
    `${pieces[0].title} — ${pieces[0].composer}×`,
  );
  await dialog.getByLabel("Notes").fill("First timed session");
  await dialog.getByRole("button", { name: "Save entry" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  await expect(elapsed).toHaveText("0:00");
}

async function addManualEntry(page: Page, entry: (typeof manualEntries)[number]): Promise<void> {
  await page.getByRole("button", { name: "Add entry" }).click();
  const dialog = page.getByRole("dialog", { name: "New entry" });
  await dialog.getByLabel("Date").fill(entry.date);
  await dialog.getByLabel("Start time").fill(entry.time);
  await dialog.getByLabel("Duration (minutes)").fill(entry.minutes);
  await dialog.getByLabel("Notes").fill(entry.notes);
  if (entry.tags !== "") await dialog.getByLabel("Tags").fill(entry.tags);
  await dialog.getByRole("button", { name: "Save entry" }).click();
  await expect(dialog).toBeHidden();
}

async function setAWeeklyGoal(page: Page): Promise<void> {
  await openSection(page, "Goals");
  await page.getByRole("button", { name: "Add goal" }).click();
  const dialog = page.getByRole("dialog", { name: "New goal" });
  await dialog.getByLabel("Kind of goal").selectOption({ label: "Practice time" });
  await dialog.getByLabel("Title").fill("Two hours a week");
  await dialog.getByLabel("Minutes").fill("120");
  await dialog.getByLabel("Per").selectOption({ label: "Week" });
  await dialog.getByRole("button", { name: "Save goal" }).click();
  await expect(dialog).toBeHidden();
  const goal = page.getByRole("listitem", { name: "Two hours a week" });
  // 25 + 40 + 30 minutes this week, of 120.
  await expect(goal.getByText("2 hr a week")).toBeVisible();
  await expect(goal.getByText("1 hr 35 min of 2 hr")).toBeVisible();
  await expect(goal.getByRole("progressbar", { name: "Progress: 79%" })).toBeVisible();
}

async function readReports(page: Page): Promise<void> {
  await openSection(page, "Reports");
  const overview = page.getByRole("region", { name: "Overview" });
  const stat = (label: string) => overview.getByRole("term").filter({ hasText: label }).locator("+ dd");
  await expect(stat("Today")).toHaveText("25 min");
  await expect(stat("This week")).toHaveText("1 hr 35 min");
  await expect(stat("All time")).toHaveText("1 hr 35 min");
  await expect(overview.getByText("3 sessions on 3 days")).toBeVisible();
  await expect(stat("Current streak")).toHaveText("3 days");
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, "utf8") };
}

async function exportAndReimport(page: Page): Promise<void> {
  await openSection(page, "Settings");
  const data = page.getByRole("region", { name: "Your data" });
  await expect(data.getByRole("button", { name: "Export everything (JSON)" })).toBeEnabled();

  const json = await download(page, "Export everything (JSON)");
  expect(json.name).toBe("mirubato-export-2026-03-04.json");
  const exported = JSON.parse(json.text) as Record<string, unknown>;
  const collections = exported.collections as Record<string, { notes?: string; title?: string }[]>;
  expect(collections.practice_entries?.map((entry) => entry.notes).sort()).toEqual(
    ["First timed session", ...manualEntries.map((entry) => entry.notes)].sort(),
  );
  expect(collections.pieces?.map((piece) => piece.title).sort()).toEqual(
    pieces.map((piece) => piece.title).sort(),
  );
  expect(collections.goals?.map((goal) => goal.title)).toEqual(["Two hours a week"]);

  const csv = await download(page, "Export entries (CSV)");
  expect(csv.name).toBe("mirubato-entries-2026-03-04.csv");
  const lines = csv.text
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split(/\r?\n/);
  expect(lines).toHaveLength(1 + 3);
  expect(csv.text).toContain("Pedalling in Clair de lune");
  expect(csv.text).toContain(pieces[0].title);

  await data.getByLabel("Import file").setInputFiles({
    name: json.name,
    mimeType: "application/json",
    buffer: Buffer.from(json.text),
  });
  await data.getByRole("button", { name: "Import from JSON" }).click();
  const report = data.getByRole("region", { name: "Import report" });
  await expect(report).toHaveText(/0 added, 0 updated, 6 already here, 0 rejected\./);

  await openSection(page, "Logbook");
  await expect(page.getByRole("list", { name: "Practice entries" }).getByRole("article")).toHaveCount(3);
}

async function firstWeek(page: Page): Promise<void> {
  await openSection(page, "Repertoire");
  for (const piece of pieces) await addPiece(page, piece);

  await timeASession(page);

  await openSection(page, "Logbook");
  for (const entry of manualEntries) await addManualEntry(page, entry);
  const list = page.getByRole("list", { name: "Practice entries" });
  await expect(list.getByRole("article")).toHaveCount(3);
  const today = list.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Today" }) });
  await expect(today.getByText("Total 25 min")).toBeVisible();
  await expect(today.getByText(`Pieces: ${pieces[0].title} — ${pieces[0].composer}`)).toBeVisible();
  const yesterday = list
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Yesterday" }) });
  await expect(yesterday.getByText("Total 30 min")).toBeVisible();
  await expect(yesterday.getByText("Tags: pedal")).toBeVisible();

  // The repertoire counts the timed session for the piece chosen in it.
  await openSection(page, "Repertoire");
  await expect(
    page.getByRole("list", { name: "Pieces" }).getByRole("listitem").filter({ hasText: pieces[0].title }),
  ).toContainText("25 min");

  await setAWeeklyGoal(page);
  await readReports(page);
  await exportAndReimport(page);
}

test.describe("a new musician's first week", () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: startOfStory });
  });

  test("online", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
    await firstWeek(page);
  });

  test("entirely offline once the shell is cached", async ({ page, context }) => {
    await page.goto("/");
    await goOfflineAfterShellCached(page, context);
    await firstWeek(page);
    await expect(page.getByRole("status", { name: "Connection status" })).toHaveText(/Offline/);
  });
});
