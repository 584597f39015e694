import { accentsForGroups, type ClickSound, type SequencerSettings } from "@mirubato/domain";
import { describe, expect, test } from "vitest";
import { clickVoices, synthesiseClick } from "./click-sounds";
import { startMetronome } from "./metronome-engine";

/**
 * The acceptance test of the metronome's timing: the real engine (the AudioWorklet that plays live)
 * renders ten minutes into an OfflineAudioContext, and every click's onset in the rendered samples
 * must be the exact frame its position in the bar gives, computed here in closed form — zero drift.
 */
const tenMinutes = 600;

async function render(settings: SequencerSettings, sampleRate: number): Promise<Float32Array> {
  const context = new OfflineAudioContext({
    numberOfChannels: 1,
    length: sampleRate * tenMinutes,
    sampleRate,
  });
  await startMetronome(context, { settings, startFrame: 0 });
  const buffer = await context.startRendering();
  return buffer.getChannelData(0);
}

// A click starts where a sample is non-zero after at least `gap` silent ones (clicks end in silence).
function findOnsets(samples: Float32Array, gap = 32): number[] {
  const onsets: number[] = [];
  let silentRun = gap;
  for (let frame = 0; frame < samples.length; frame += 1) {
    if (samples[frame] === 0) silentRun += 1;
    else {
      if (silentRun >= gap) onsets.push(frame);
      silentRun = 0;
    }
  }
  return onsets;
}

function expectedFrames(onsetsPerMinute: number, sampleRate: number): number[] {
  const count = Math.ceil((onsetsPerMinute * tenMinutes) / 60);
  const frames = Array.from({ length: count }, (_, index) =>
    Math.round((index * 60 * sampleRate) / onsetsPerMinute),
  );
  return frames.filter((frame) => frame < sampleRate * tenMinutes);
}

function loudness(sounds: readonly ClickSound[]): number {
  return sounds.reduce((sum, sound) => sum + clickVoices[sound].gain, 0);
}

describe("metronome engine rendered offline", () => {
  test("120 bpm in 4/4 at 48 kHz: all 1,200 clicks on their exact frames over ten minutes", async () => {
    const settings: SequencerSettings = {
      tempoBpm: 120,
      rhythm: { kind: "meter", accents: accentsForGroups([4]), groups: [4], subdivision: "none" },
      trainer: null,
    };
    const samples = await render(settings, 48_000);
    const onsets = findOnsets(samples);
    expect(onsets).toHaveLength(1200);
    expect(onsets).toEqual(expectedFrames(120, 48_000));
    const accents = onsets.filter((frame) => samples[frame] === Math.fround(loudness(["accent"])));
    expect(accents).toEqual(onsets.filter((_, index) => index % 4 === 0));
  });

  test("137 bpm (fractional frames per beat) at 44.1 kHz: every click on round(n × 60 × 44100 / 137)", async () => {
    const settings: SequencerSettings = {
      tempoBpm: 137,
      rhythm: { kind: "meter", accents: accentsForGroups([3]), groups: [3], subdivision: "none" },
      trainer: null,
    };
    const onsets = findOnsets(await render(settings, 44_100));
    expect(onsets).toHaveLength(1370);
    expect(onsets).toEqual(expectedFrames(137, 44_100));
  });

  test("7/8 as 3+2+2 with triplets at 210 bpm: every beat and triplet exact, groups accented", async () => {
    const settings: SequencerSettings = {
      tempoBpm: 210,
      rhythm: {
        kind: "meter",
        accents: accentsForGroups([3, 2, 2]),
        groups: [3, 2, 2],
        subdivision: "triplets",
      },
      trainer: null,
    };
    const samples = await render(settings, 48_000);
    const onsets = findOnsets(samples);
    expect(onsets).toHaveLength(210 * 3 * 10);
    expect(onsets).toEqual(expectedFrames(630, 48_000));
    const barSounds: ClickSound[] = ["accent", "soft", "soft", "normal", "soft", "normal", "soft"];
    const heard = onsets.slice(0, 21).map((frame) => samples[frame]);
    const played = barSounds.flatMap((sound): ClickSound[] => [sound, "subdivision", "subdivision"]);
    expect(heard).toEqual(played.map((sound) => Math.fround(loudness([sound]))));
  });

  test("a kit changed while playing: the next clicks are in the new kit, still on their exact frames", async () => {
    const sampleRate = 48_000;
    const seconds = 20;
    const context = new OfflineAudioContext({
      numberOfChannels: 1,
      length: sampleRate * seconds,
      sampleRate,
    });
    const settings: SequencerSettings = {
      tempoBpm: 120,
      rhythm: { kind: "meter", accents: accentsForGroups([4]), groups: [4], subdivision: "none" },
      trainer: null,
    };
    const voice = await startMetronome(context, { settings, startFrame: 0, kit: "wood" });
    void context.suspend(10).then(() => {
      voice.setKit("beep");
      void context.resume();
    });
    const samples = (await context.startRendering()).getChannelData(0);
    const onsets = findOnsets(samples);
    expect(onsets).toEqual(expectedFrames(120, sampleRate).filter((frame) => frame < sampleRate * seconds));
    const peakOf = (kit: "wood" | "beep", sound: ClickSound) =>
      synthesiseClick(sound, sampleRate, kit)[0] ?? Number.NaN;
    // One group of four: the accent, then three soft beats.
    const soundAt = (index: number): ClickSound => (index % 4 === 0 ? "accent" : "soft");
    // Before the change every click is the wood block; from a beat after it, every one is the beep.
    const heard = onsets.map((frame) => samples[frame]);
    expect(heard.slice(0, 20)).toEqual(heard.slice(0, 20).map((_, index) => peakOf("wood", soundAt(index))));
    expect(heard.slice(22)).toEqual(heard.slice(22).map((_, index) => peakOf("beep", soundAt(index + 22))));
  });
});
