import { expect, type Page } from "@playwright/test";
import { seriousViolations } from "./kit/axe";
import { test } from "./kit/fixtures";

// The metronome by role and label: start/stop with the beat indicator moving, keys, tap tempo, the
// click's kit and volume kept on the device, a 3+2+2 meter with an accent changed on the grid, and a
// preset saved on one device loaded on another.
test.describe.configure({ timeout: 60_000 });

const tempo = (page: Page) => page.getByRole("slider", { name: "Tempo" });

test("plays, taps a tempo, sets a mixed meter and syncs a preset to a second device", async ({
  devices: [laptop, phone],
}) => {
  const page = laptop.page;
  await page.goto("/toolbox");
  expect(await seriousViolations(page), "axe on the Toolbox").toEqual([]);
  await page
    .getByRole("link", { name: /Metronome/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Metronome" })).toBeVisible();
  expect(await seriousViolations(page), "axe on the metronome").toEqual([]);

  await page.getByRole("button", { name: "Start" }).click();
  const stop = page.getByRole("button", { name: "Stop" });
  await expect(stop).toHaveAttribute("aria-pressed", "true");
  // The grid lights the beat being heard, and it moves on with the sound.
  const heard = page.getByRole("group", { name: /Beats/ }).locator("[aria-current='true']");
  await expect(heard).toHaveCount(1);
  const first = await heard.getAttribute("aria-label");
  await expect.poll(() => heard.getAttribute("aria-label")).not.toBe(first);

  await page.keyboard.press("ArrowUp");
  await expect(tempo(page)).toHaveValue("101");
  await page.keyboard.press("ArrowLeft");
  await expect(tempo(page)).toHaveValue("96");

  // Five taps about 500 ms apart, made inside the page: click() dispatches synchronously, so the
  // times taken around each one are the times the app sees, however busy the machine is.
  const tapTimesMs = await page.getByRole("button", { name: "Tap" }).evaluate(async (button: HTMLElement) => {
    const times: number[] = [];
    for (let count = 0; count < 5; count += 1) {
      times.push(performance.now());
      button.click();
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return times;
  });
  const firstTapMs = tapTimesMs[0] ?? 0;
  const lastTapMs = tapTimesMs.at(-1) ?? 0;
  const tappedBpm = Math.round(60_000 / ((lastTapMs - firstTapMs) / (tapTimesMs.length - 1)));
  await expect
    .poll(async () => Math.abs(Number(await tempo(page).inputValue()) - tappedBpm))
    .toBeLessThanOrEqual(1);
  expect(tappedBpm).toBeGreaterThan(60);

  await page.getByRole("main").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Start" })).toHaveAttribute("aria-pressed", "false");

  // The sound is the device's own: a kit changed while playing, a volume, both kept across a reload.
  await page.getByLabel("Click sound").selectOption({ label: "Wood block" });
  await page.getByLabel("Volume").fill("40");
  await page.reload();
  await expect(page.getByLabel("Click sound")).toHaveValue("wood");
  await expect(page.getByLabel("Volume")).toHaveValue("40");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("button", { name: "Stop" })).toHaveAttribute("aria-pressed", "true");
  await page.getByLabel("Click sound").selectOption({ label: "Beep" });
  await page.getByRole("button", { name: "Stop" }).click();

  await page.getByLabel("Grouping").fill("3+2+2");
  await page.getByLabel("Grouping").press("Enter");
  const beats = page.getByRole("group", { name: /Beats/ }).getByRole("button");
  await expect(beats).toHaveCount(7);
  await expect(beats.nth(3)).toHaveAccessibleName("Beat 4: normal");
  await page.getByRole("button", { name: "Beat 2: soft" }).click();
  await expect(beats.nth(1)).toHaveAccessibleName("Beat 2: muted");
  await page.getByLabel("Subdivision").selectOption({ label: "Triplets" });
  await tempo(page).fill("176");

  await page.getByLabel("Preset name").fill("Seven-eight étude");
  await page.getByRole("button", { name: "Save preset" }).click();
  await expect(page.getByRole("button", { name: "Load Seven-eight étude" })).toBeVisible();

  await phone.page.goto("/toolbox/metronome");
  const load = phone.page.getByRole("button", { name: "Load Seven-eight étude" });
  await expect(load).toBeVisible({ timeout: 20_000 });
  await load.click();
  await expect(tempo(phone.page)).toHaveValue("176");
  await expect(phone.page.getByLabel("Beats per bar")).toHaveValue("7");
  await expect(phone.page.getByLabel("Subdivision")).toHaveValue("triplets");
  await expect(phone.page.getByLabel("Grouping")).toHaveValue("3+2+2");
  await expect(phone.page.getByRole("button", { name: "Beat 2: muted" })).toBeVisible();

  await phone.page.getByRole("button", { name: "Delete Seven-eight étude" }).click();
  await expect(page.getByRole("button", { name: "Load Seven-eight étude" })).toBeHidden({ timeout: 20_000 });
});
