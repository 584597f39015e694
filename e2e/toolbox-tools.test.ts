import { expect, test } from "@playwright/test";
import { seriousViolations } from "./kit/axe";

// The Toolbox's smaller tools by role and label: a repetition-counter round kept across a reload
// and saved to the logbook, the circle of fifths' keys and their details, and the drone's note.
test.describe.configure({ timeout: 60_000 });

test("counts a passage to its goal, keeps the round across a reload and logs it", async ({ page }) => {
  await page.goto("/toolbox");
  await page.getByRole("link", { name: /Repetition counter/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Repetition counter" })).toBeVisible();

  const setup = page.getByRole("region", { name: "Passage and goal" });
  const passage = `Bars 17–24 ${Date.now()}`;
  await setup.getByLabel("Passage").fill(passage);
  await setup.getByLabel("Repetitions").fill("3");
  await expect(setup.getByRole("radio", { name: "In a row without a miss" })).toBeChecked();

  const round = page.getByRole("region", { name: "This round" });
  const progress = round.getByRole("status", { name: "Progress" });
  await round.getByRole("button", { name: "Clean" }).click();
  await round.getByRole("button", { name: "Clean" }).click();
  await expect(progress).toHaveText("2 of 3 in a row");
  // A miss starts the streak again; undoing it gives the streak back.
  await round.getByRole("button", { name: "Missed" }).click();
  await expect(progress).toHaveText("0 of 3 in a row");
  await round.getByRole("button", { name: "Undo" }).click();
  await expect(progress).toHaveText("2 of 3 in a row");
  await round.getByRole("button", { name: "Missed" }).click();
  // The keys a pedal or keyboard sends: → clean.
  await page.keyboard.press("ArrowRight");
  await expect(progress).toHaveText("1 of 3 in a row");
  expect(await seriousViolations(page), "axe on the counter").toEqual([]);

  // The round lives on the device: a reload finds it where it was.
  await page.reload();
  await expect(page.getByRole("status", { name: "Progress" })).toHaveText("1 of 3 in a row");
  await expect(page.getByRole("textbox", { name: "Passage" })).toHaveValue(passage);
  await page.getByRole("button", { name: "Clean" }).click();
  await page.keyboard.press("y");
  await expect(page.getByRole("status", { name: "Progress" })).toHaveText("3 of 3 in a row");
  await expect(page.getByText("Target reached. Well played!")).toBeVisible();
  await expect(page.getByText("5 clean of 6 · best streak 3")).toBeVisible();

  await page.getByRole("button", { name: "Save to logbook" }).click();
  const form = page.getByRole("dialog", { name: "New entry" });
  const notes = `${passage}: 3 of 3 in a row. 5 clean of 6, best streak 3`;
  await expect(form.getByLabel("Notes")).toHaveValue(notes);
  await form.getByRole("button", { name: "Save entry" }).click();
  await expect(form).toBeHidden();
  // Saved, the round starts over for the next passage.
  await expect(page.getByRole("status", { name: "Progress" })).toHaveText("0 of 3 in a row");

  await page.goto("/logbook");
  await expect(page.getByText(notes)).toBeVisible();
});

test("shows a key's signature, relative and scale on the circle of fifths", async ({ page }) => {
  await page.goto("/toolbox/circle-of-fifths");
  await expect(page.getByRole("heading", { level: 1, name: "Circle of fifths" })).toBeVisible();
  const keys = page.getByRole("radiogroup", { name: "Keys" });
  await expect(keys.getByRole("radio", { name: "C major" })).toHaveAttribute("aria-checked", "true");
  await expect(page.getByText("No sharps or flats")).toBeVisible();

  await keys.getByRole("radio", { name: "E♭ major" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "E♭ major" })).toBeVisible();
  await expect(page.getByText("3 flats: B♭ E♭ A♭")).toBeVisible();
  await expect(page.getByText("E♭ F G A♭ B♭ C D", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Play V B♭ D F" })).toBeVisible();
  await page.getByRole("button", { name: "Play the scale" }).click();
  // A drone on the tonic to play the scale against; it follows the key chosen next.
  await page.getByRole("button", { name: "Drone on E♭" }).click();
  await expect(page.getByRole("button", { name: "Drone on E♭" })).toHaveAttribute("aria-pressed", "true");

  // Its relative minor is one click away; the arrows walk round the circle from there.
  await page.getByRole("button", { name: "C minor" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "C minor" })).toBeVisible();
  await expect(keys.getByRole("radio", { name: "C minor" })).toHaveAttribute("aria-checked", "true");
  const drone = page.getByRole("button", { name: "Drone on C" });
  await expect(drone).toHaveAttribute("aria-pressed", "true");
  await drone.click();
  await expect(drone).toHaveAttribute("aria-pressed", "false");
  // A minor key's scale and chords follow the chosen minor form.
  const minorForm = page.getByRole("group", { name: "Minor scale" });
  await expect(minorForm.getByRole("radio", { name: "Natural" })).toBeChecked();
  await minorForm.getByRole("radio", { name: "Harmonic" }).check();
  await expect(page.getByText("C D E♭ F G A♭ B", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Play III+ E♭ G B" })).toBeVisible();
  await minorForm.getByRole("radio", { name: "Melodic" }).check();
  await expect(page.getByText("C D E♭ F G A B C", { exact: true })).toBeVisible();
  await expect(page.getByText("C B♭ A♭ G F E♭ D C", { exact: true })).toBeVisible();
  await keys.getByRole("radio", { name: "C minor" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { level: 2, name: "G minor" })).toBeVisible();
  await expect(page.getByText("2 flats: B♭ E♭")).toBeVisible();
  // The form chosen stays as the musician moves to another minor key.
  await expect(page.getByText("G A B♭ C D E F♯ G", { exact: true })).toBeVisible();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("heading", { level: 2, name: "B♭ major" })).toBeVisible();
  expect(await seriousViolations(page), "axe on the circle of fifths").toEqual([]);
});

test("sounds a drone on the chosen note and keeps the choice", async ({ page }) => {
  await page.goto("/toolbox/drone");
  await expect(page.getByRole("heading", { level: 1, name: "Drone" })).toBeVisible();
  const controls = page.getByRole("region", { name: "Drone" });
  await controls.getByRole("radio", { name: "D", exact: true }).check();
  await controls.getByLabel("Octave").selectOption("3");
  const status = controls.getByRole("status");
  await expect(status).toHaveText("D3 · press Start to hear it");

  await controls.getByRole("button", { name: "Start" }).click();
  await expect(status).toHaveText("Sounding D3 · 146.8 Hz");
  // Changing the note while it sounds glides to the new one.
  await controls.getByRole("radio", { name: "A", exact: true }).check();
  await expect(status).toHaveText("Sounding A3 · 220.0 Hz");
  await controls.getByLabel("Add the fifth").check();
  // The reference A is typed digit by digit: "4" and "44" are out of range on the way to 442.
  const referenceA = controls.getByLabel("Reference A");
  await referenceA.fill("");
  await referenceA.pressSequentially("442");
  await expect(status).toHaveText("Sounding A3 · 221.0 Hz");
  expect(await seriousViolations(page), "axe on the drone").toEqual([]);
  await controls.getByRole("button", { name: "Stop" }).click();
  await expect(status).toHaveText("A3 · press Start to hear it");

  await page.reload();
  await expect(status).toHaveText("A3 · press Start to hear it");
  await expect(page.getByLabel("Add the fifth")).toBeChecked();
});
