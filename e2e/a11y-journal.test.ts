import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";

/**
 * Accessibility of every journal section: axe (WCAG 2.2 A/AA rules) finds no serious or critical
 * violation at a desktop and a 360 px phone width, in the light and the dark theme, with data on
 * screen (entries, pieces, a goal) and with the entry form open. Then the main flows by keyboard
 * alone: skip link, the entry dialog (focus moves in, stays in, returns to its opener), the timer.
 */

const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 360, height: 740 },
} as const;

const sections = [
  { path: "/", heading: "Today" },
  { path: "/logbook", heading: "Logbook" },
  { path: "/repertoire", heading: "Repertoire" },
  { path: "/goals", heading: "Goals" },
  { path: "/reports", heading: "Reports" },
  { path: "/settings", heading: "Settings" },
  { path: "/dictionary", heading: "Dictionary" },
  { path: "/account", heading: "Account" },
] as const;

type Finding = {
  readonly where: string;
  readonly rule: string;
  readonly impact: string;
  readonly targets: string[];
};

async function findSeriousViolations(page: Page, where: string): Promise<Finding[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      where,
      rule: `${violation.id}: ${violation.help}`,
      impact: violation.impact ?? "",
      targets: violation.nodes
        .slice(0, 5)
        .map((node) => `${node.target.join(" ")} — ${node.failureSummary ?? ""}`),
    }));
}

/** A small journal through the app's own repository (the automation bridge), so pages have content. */
async function seedJournal(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__mirubato !== undefined);
  await page.evaluate(async () => {
    const bridge = window.__mirubato;
    if (bridge === undefined) throw new Error("window.__mirubato is not installed");
    const today = new Date();
    const piece = await bridge.create("pieces", {
      title: "Prelude in E minor",
      composer: "Frédéric Chopin",
      catalogue: "Op. 28 No. 4",
      instrument: "piano",
      status: "learning",
      statusHistory: [],
      notes: "",
      links: [],
      scoreIds: [],
    });
    for (let daysAgo = 0; daysAgo < 4; daysAgo++) {
      const startedAt = new Date(today.getTime() - daysAgo * 86_400_000);
      await bridge.create("practice_entries", {
        startedAt: startedAt.toISOString(),
        localDate: startedAt.toISOString().slice(0, 10),
        timeZone: "UTC",
        durationSec: (20 + daysAgo * 5) * 60,
        type: daysAgo === 2 ? "lesson" : "practice",
        instrument: "piano",
        pieces: [{ pieceId: piece.id }],
        techniques: ["scales"],
        mood: "satisfied",
        notes: `Day ${daysAgo}: slow practice`,
        tags: ["warm-up"],
        goalIds: [],
        source: "manual",
      });
    }
    await bridge.create("goals", {
      title: "Two hours a week",
      kind: "practice_time",
      targetValue: 120,
      targetUnit: "minutes",
      period: "week",
      status: "active",
      milestones: [],
    });
  });
}

for (const [viewportName, viewport] of Object.entries(viewports)) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`no serious or critical axe violation: ${viewportName}, ${colorScheme} theme`, async ({ page }) => {
      test.setTimeout(300_000);
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
      await page.goto("/");
      await seedJournal(page);
      await expect(page.locator("html")).toHaveAttribute("data-theme", colorScheme);
      const findings: Finding[] = [];
      for (const section of sections) {
        await page.goto(section.path);
        await expect(page.getByRole("heading", { level: 1, name: section.heading })).toBeVisible();
        await expect(page.getByText(/Loading|Computing/)).toHaveCount(0);
        findings.push(...(await findSeriousViolations(page, section.path)));
        if (section.path === "/logbook") {
          await expect(
            page.getByRole("list", { name: "Practice entries" }).getByRole("article").first(),
          ).toBeVisible();
          await page.getByRole("button", { name: "Add entry" }).click();
          await expect(page.getByRole("dialog", { name: "New entry" })).toBeVisible();
          findings.push(...(await findSeriousViolations(page, "/logbook (entry form open)")));
          await page.keyboard.press("Escape");
        }
      }
      expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
    });
  }
}

/** Presses Tab until `target` has focus (at most `maxPresses` times). */
async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  for (let press = 0; press < maxPresses; press++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

test("the skip link, the entry dialog and the timer work from the keyboard alone", async ({ page }) => {
  await page.goto("/logbook");
  await expect(page.getByRole("heading", { level: 1, name: "Logbook" })).toBeVisible();

  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Skip to main content" });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);

  const addEntry = page.getByRole("button", { name: "Add entry" });
  await tabTo(page, addEntry);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "New entry" });
  await expect(dialog).toBeVisible();
  // Focus moved into the dialog and stays there however far one tabs.
  for (let press = 0; press < 30; press++) {
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(addEntry).toBeFocused();

  // Fill and save an entry with keys only.
  await page.keyboard.press("Space");
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByLabel("Duration (minutes)"));
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("35");
  await tabTo(page, dialog.getByLabel("Notes"));
  await page.keyboard.type("Typed without a mouse");
  await tabTo(page, dialog.getByRole("button", { name: "Save entry" }));
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(addEntry).toBeFocused();
  await expect(
    page
      .getByRole("list", { name: "Practice entries" })
      .getByRole("listitem")
      .filter({ hasText: "Typed without a mouse" }),
  ).toContainText("35 min");

  // The timer: Start with Space, Pause with Enter.
  await page.goto("/practice");
  const start = page.getByRole("button", { name: "Start" });
  await tabTo(page, start);
  await page.keyboard.press("Space");
  const pause = page.getByRole("button", { name: "Pause" });
  await expect(pause).toBeVisible();
  await tabTo(page, pause);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Resume" })).toBeVisible();
});

test("focus is visible on every kind of control", async ({ page }) => {
  await page.goto("/logbook");
  await expect(page.getByRole("heading", { level: 1, name: "Logbook" })).toBeVisible();
  const addEntry = page.getByRole("button", { name: "Add entry" });
  await tabTo(page, addEntry);
  const outline = (locator: Locator) =>
    locator.evaluate((element) => {
      const style = getComputedStyle(element);
      return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
    });
  expect(await outline(addEntry)).toMatchObject({ style: expect.not.stringMatching(/^none$/) });
  expect((await outline(addEntry)).width).toBeGreaterThanOrEqual(2);
  await page.keyboard.press("Enter");
  const duration = page.getByRole("dialog", { name: "New entry" }).getByLabel("Duration (minutes)");
  await tabTo(page, duration);
  expect((await outline(duration)).width).toBeGreaterThanOrEqual(2);
});
