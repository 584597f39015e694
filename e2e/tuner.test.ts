import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import config from "./playwright.config";

// The tuner hearing a fake microphone: Chromium loops a WAV of known pitches as its capture device,
// one sustained tone after another, and the page must name each note and show its cents within ±2.
test.describe.configure({ timeout: 45_000 });

const sampleRate = 48_000;
const toneSeconds = 2;

const tones = [
  { label: "A4 at 440 Hz", frequency: 440, note: "A4", cents: 0 },
  { label: "D4 ten cents sharp", frequency: 293.665 * 2 ** (10 / 1200), note: "D4", cents: 10 },
  { label: "the low E string", frequency: 82.407, note: "E2", cents: 0 },
  { label: "F♯5 twenty cents flat", frequency: 739.989 * 2 ** (-20 / 1200), note: "F♯5", cents: -20 },
];

/** A mono 16-bit PCM WAV of each tone in turn, for Chromium's fake capture device. */
function writeTonesWav(): string {
  const framesPerTone = sampleRate * toneSeconds;
  const frames = framesPerTone * tones.length;
  const wav = Buffer.alloc(44 + frames * 2);
  wav.write("RIFF", 0);
  wav.writeUInt32LE(36 + frames * 2, 4);
  wav.write("WAVEfmt ", 8);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(sampleRate, 24);
  wav.writeUInt32LE(sampleRate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write("data", 36);
  wav.writeUInt32LE(frames * 2, 40);
  tones.forEach((tone, index) => {
    for (let i = 0; i < framesPerTone; i++) {
      const sample = 12_000 * Math.sin((2 * Math.PI * tone.frequency * i) / sampleRate);
      wav.writeInt16LE(Math.round(sample), 44 + (index * framesPerTone + i) * 2);
    }
  });
  const path = join(tmpdir(), `mirubato-tuner-${process.pid}.wav`);
  writeFileSync(path, wav);
  return path;
}

test.use({
  launchOptions: {
    ...config.use?.launchOptions,
    args: [
      ...(config.use?.launchOptions?.args ?? []),
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-audio-capture=${writeTonesWav()}`,
    ],
  },
});

test.describe("with the microphone allowed", () => {
  test.use({ permissions: ["microphone"] });

  test("names each note of the recording and its cents off", async ({ page }) => {
    await page.goto("/toolbox/tuner");
    await expect(page.getByRole("heading", { level: 1, name: "Tuner" })).toBeVisible();
    await page.getByRole("button", { name: "Start" }).click();
    await expect(page.getByRole("button", { name: "Stop" })).toBeVisible();
    const note = page.getByRole("status", { name: "Note" });
    const cents = page.getByRole("status", { name: "Cents" });
    for (const tone of tones) {
      // Read note and cents together, often: each tone sounds for two seconds of a looping file.
      await expect
        .poll(
          async () => {
            const [heard, off] = await Promise.all([note.textContent(), cents.textContent()]);
            return heard === tone.note && Math.abs(Number(off) - tone.cents) <= 2;
          },
          { message: tone.label, intervals: [50], timeout: 20_000 },
        )
        .toBe(true);
    }
    await page.getByRole("button", { name: "Stop" }).click();
    await expect(note).toHaveText("–");
  });
});

test.describe("without microphone permission", () => {
  test("explains that access was denied", async ({ page }) => {
    await page.goto("/toolbox/tuner");
    await page.getByRole("button", { name: "Start" }).click();
    await expect(page.getByText("Microphone access was denied.", { exact: false })).toBeVisible();
  });
});
