import { randomUUID } from "node:crypto";
import { expect, type Locator, type Page } from "@playwright/test";
import type { Device, DeviceDocument } from "./device";

/**
 * Practice entries as a musician makes them: through the Logbook UI by role and label. Set
 * `E2E_LOGBOOK_DRIVER=bridge` to write through `window.__mirubato` instead (same repository,
 * same stamping), for running the sync scenarios on a build without the Logbook UI.
 */
const driver = process.env.E2E_LOGBOOK_DRIVER === "bridge" ? "bridge" : "ui";

/** Notes unique to this run, so an entry is found by its text and never confused with another. */
export function uniqueNotes(name: string): string {
  return `${name} ${randomUUID().slice(0, 6)}`;
}

export interface EntryInput {
  /** Unique per test: the entry is found again by it. */
  readonly notes: string;
  readonly durationMinutes?: number;
  readonly instrument?: string;
}

export interface EntryChange {
  readonly notes?: string;
  readonly durationMinutes?: number;
}

/** The list "Practice entries" on the Logbook page. */
export function entryList(page: Page): Locator {
  return page.getByRole("list", { name: "Practice entries" });
}

/** The listitem of the entry whose text includes `text`. */
export function entryItem(page: Page, text: string): Locator {
  return entryList(page).getByRole("listitem").filter({ hasText: text });
}

/**
 * The entry form titled `name` ("New entry" / "Edit entry"): a form with that name, or the form
 * inside a dialog with that name (the Logbook shows it in a dialog).
 */
export function entryForm(page: Page, name: string): Locator {
  return page.getByRole("form", { name }).or(page.getByRole("dialog", { name }).locator("form")).first();
}

async function openLogbook(page: Page): Promise<void> {
  if (new URL(page.url()).pathname !== "/logbook") await page.goto("/logbook");
}

async function fillInstrument(form: Locator, instrument: string): Promise<void> {
  const field = form.getByLabel("Instrument", { exact: true });
  const tag = await field.evaluate((element) => element.tagName);
  if (tag === "SELECT") await field.selectOption({ label: instrument });
  else await field.fill(instrument);
}

async function fillForm(
  form: Locator,
  change: EntryChange & { readonly instrument?: string },
): Promise<void> {
  if (change.durationMinutes !== undefined)
    await form.getByLabel("Duration (minutes)").fill(String(change.durationMinutes));
  if (change.instrument !== undefined) await fillInstrument(form, change.instrument);
  if (change.notes !== undefined) await form.getByLabel("Notes").fill(change.notes);
}

/** The practice entry whose notes are `notes`, from the device's local database. */
export async function findEntry(device: Device, notes: string): Promise<DeviceDocument | undefined> {
  const entries = await device.dump("practice_entries");
  return entries.find((entry) => entry.notes === notes && entry._deleted !== true);
}

async function entryOf(device: Device, notes: string): Promise<DeviceDocument> {
  let found: DeviceDocument | undefined;
  await expect
    .poll(
      async () => {
        found = await findEntry(device, notes);
        return found !== undefined;
      },
      { message: `${device.name} has an entry "${notes}"` },
    )
    .toBe(true);
  if (found === undefined) throw new Error("unreachable: polled until found");
  return found;
}

/** Adds an entry (duration 30 min and the form's defaults unless given); returns it as stored. */
export async function addEntry(device: Device, input: EntryInput): Promise<DeviceDocument> {
  const { page } = device;
  if (driver === "bridge") {
    const now = new Date();
    return page.evaluate(
      (content) => {
        const bridge = window.__mirubato;
        if (bridge === undefined) throw new Error("window.__mirubato is not installed");
        return bridge.create("practice_entries", content) as Promise<DeviceDocument>;
      },
      {
        startedAt: now.toISOString(),
        localDate: now.toISOString().slice(0, 10),
        timeZone: "UTC",
        durationSec: (input.durationMinutes ?? 30) * 60,
        type: "practice",
        instrument: input.instrument ?? "piano",
        pieces: [],
        techniques: [],
        notes: input.notes,
        tags: [],
        goalIds: [],
        source: "manual",
      },
    );
  }
  await openLogbook(page);
  await page.getByRole("button", { name: "Add entry" }).click();
  const form = entryForm(page, "New entry");
  await expect(form).toBeVisible();
  const instrument = form.getByLabel("Instrument", { exact: true });
  const needsInstrument = input.instrument !== undefined || (await instrument.inputValue()) === "";
  await fillForm(form, {
    notes: input.notes,
    durationMinutes: input.durationMinutes ?? 30,
    ...(needsInstrument ? { instrument: input.instrument ?? "Piano" } : {}),
  });
  await form.getByRole("button", { name: "Save entry" }).click();
  await expect(entryItem(page, input.notes)).toBeVisible();
  return entryOf(device, input.notes);
}

/** Edits the entry whose notes are `notes` (as this device sees it). */
export async function editEntry(device: Device, notes: string, change: EntryChange): Promise<void> {
  const { page } = device;
  if (driver === "bridge") {
    const entry = await entryOf(device, notes);
    const patch = {
      ...(change.notes === undefined ? {} : { notes: change.notes }),
      ...(change.durationMinutes === undefined ? {} : { durationSec: change.durationMinutes * 60 }),
    };
    await page.evaluate(({ id, patch }) => window.__mirubato?.update("practice_entries", id, patch), {
      id: entry.id,
      patch,
    });
    return;
  }
  await openLogbook(page);
  await entryItem(page, notes).getByRole("button", { name: "Edit entry" }).click();
  const form = entryForm(page, "Edit entry");
  await expect(form).toBeVisible();
  await fillForm(form, change);
  await form.getByRole("button", { name: "Save entry" }).click();
  await expect(form).toBeHidden();
}

/** Deletes the entry whose notes are `notes` (the Logbook deletes at once, with an undo). */
export async function deleteEntry(device: Device, notes: string): Promise<void> {
  const { page } = device;
  if (driver === "bridge") {
    const entry = await entryOf(device, notes);
    await page.evaluate((id) => window.__mirubato?.remove("practice_entries", id), entry.id);
    return;
  }
  await openLogbook(page);
  await entryItem(page, notes).getByRole("button", { name: "Delete entry" }).click();
  await expect(entryItem(page, notes)).toHaveCount(0);
}

/** Waits until the device's Logbook shows (or, with `driver=bridge`, its database holds) the entry. */
export async function expectEntryShown(device: Device, notes: string, timeoutMs = 15_000): Promise<void> {
  if (driver === "bridge") {
    await expect
      .poll(async () => (await findEntry(device, notes)) !== undefined, {
        message: `${device.name} shows "${notes}"`,
        timeout: timeoutMs,
      })
      .toBe(true);
    return;
  }
  await openLogbook(device.page);
  await expect(entryItem(device.page, notes)).toBeVisible({ timeout: timeoutMs });
}
