import { expect, type Locator, type Page } from "@playwright/test";
import { type Device, test, uniqueNotes, waitForConvergence } from "./kit";

/** The row of a plan under "Due today" (Today or Plans). */
function dueRow(page: Page, title: string): Locator {
  return page
    .getByRole("region", { name: "Due today" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: title }) });
}

async function checkIn(
  device: Device,
  title: string,
  answer: { status: string; note?: string; tempo?: string },
) {
  const { page } = device;
  await dueRow(page, title)
    .getByRole("button", { name: /Check in|Edit check-in/ })
    .click();
  const dialog = page.getByRole("dialog", { name: `Check in: ${title}` });
  await dialog.getByRole("radio", { name: answer.status }).check();
  if (answer.tempo !== undefined) await dialog.getByLabel("Scales: tempo reached (BPM)").fill(answer.tempo);
  if (answer.note !== undefined) await dialog.getByLabel("Note").fill(answer.note);
  await dialog.getByRole("button", { name: "Save check-in" }).click();
  await expect(dialog).toBeHidden();
  await expect(dueRow(page, title)).toContainText(answer.status);
}

test("a plan made on one device is due on the other; concurrent check-ins converge into one occurrence; practice and adherence follow", async ({
  devices: [laptop, phone],
}) => {
  test.setTimeout(90_000);
  const title = uniqueNotes("Morning scales");

  // The laptop plans: scales every week on today's weekday (the form's default), from today.
  await laptop.page.goto("/plans");
  await laptop.page.getByRole("button", { name: "New plan" }).first().click();
  const editor = laptop.page.getByRole("dialog", { name: "New plan" });
  await editor.getByLabel("Title").fill(title);
  await editor.getByLabel("Technique").fill("Scales");
  await editor.getByLabel("Minutes").fill("15");
  await editor.getByLabel("Start BPM").fill("80");
  await editor.getByLabel("Target BPM").fill("120");
  await editor.getByRole("button", { name: "Save plan" }).click();
  await expect(editor).toBeHidden();
  await expect(dueRow(laptop.page, title)).toContainText("Due");
  await waitForConvergence([laptop, phone], { collections: ["practice_plans"] });

  // The phone sees it under Today's "Due today".
  await phone.page.goto("/");
  await expect(dueRow(phone.page, title)).toContainText("15 min");

  // The laptop checks in "partly" offline; the phone, online, then says "done".
  await laptop.goOffline();
  await checkIn(laptop, title, { status: "Partly", note: "Left hand only", tempo: "92" });
  await checkIn(phone, title, { status: "Done" });
  await laptop.heal();
  const state = await waitForConvergence([laptop, phone], {
    collections: ["plan_occurrences"],
    timeoutMs: 30_000,
  });
  const occurrences = state.plan_occurrences ?? [];
  expect(occurrences, "both devices wrote the same occurrence document").toHaveLength(1);
  expect(occurrences[0], "the later status and the laptop's note and tempo all survive").toMatchObject({
    status: "completed",
    note: "Left hand only",
    segmentTempos: [{ tempoBpm: 92 }],
  });
  await expect(dueRow(laptop.page, title)).toContainText("Done");

  // The phone practises from the occurrence; the saved entry links back to it.
  await dueRow(phone.page, title).getByRole("button", { name: "Start practising" }).click();
  await expect(phone.page).toHaveURL(/\/practice$/);
  await phone.page.getByRole("button", { name: "Stop" }).click();
  const entryForm = phone.page.getByRole("dialog", { name: "New entry" });
  await entryForm.getByLabel("Duration (minutes)").fill("20");
  const instrument = entryForm.getByLabel("Instrument", { exact: true });
  if ((await instrument.inputValue()) === "") await instrument.fill("Piano");
  await entryForm.getByRole("button", { name: "Save entry" }).click();
  await expect(entryForm).toBeHidden();
  const converged = await waitForConvergence([laptop, phone], { collections: ["practice_entries"] });
  expect(converged.practice_entries ?? []).toEqual([
    expect.objectContaining({ source: "plan", planOccurrenceId: occurrences[0]?.id, techniques: ["Scales"] }),
  ]);

  // The laptop sees the linked practice on Today and the adherence in Reports.
  await laptop.page.getByRole("link", { name: "Today", exact: true }).click();
  await expect(dueRow(laptop.page, title)).toContainText("1 entry · 20 min");
  await laptop.page.getByRole("link", { name: "Reports", exact: true }).click();
  const adherence = laptop.page.getByRole("figure", { name: "Plan adherence" });
  await expect(adherence).toContainText("1 done, 0 partly, 0 skipped, 0 missed");
  await expect(adherence).toContainText("100% kept");
  await adherence.getByText("Show as a table").click();
  await expect(adherence.getByRole("row", { name: new RegExp(title) })).toContainText("100%");
});
