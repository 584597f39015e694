/**
 * The metronome's AudioWorkletProcessor: it generates the clicks itself, counting samples.
 *
 * Why a worklet rather than look-ahead scheduling of AudioBufferSourceNodes from a Worker timer:
 * here a click's onset is the exact sample frame the timeline computed (`@mirubato/domain`
 * `createClickSequencer`), written into the output buffer at `frame - currentFrame`; a node started
 * at `frame / sampleRate` seconds goes through a float time and the browser's own rounding (and
 * sub-sample interpolation in Chromium), and a timer thread can still be late under load. The audio
 * thread is never throttled in a background tab, so timekeeping needs no timer at all; tempo and
 * rhythm changes arrive as messages and take effect on the next beat of the grid. The same processor
 * renders into an OfflineAudioContext for the exactness test and the benchmark.
 *
 * Loaded with `audioWorklet.addModule` from its own bundled URL (`?worker&url`), so none of it is in
 * the app shell.
 */
import { type ClickSound, createClickSequencer } from "@mirubato/domain";
import { synthesiseClicks } from "./click-sounds";
import {
  type BeatEvent,
  metronomeProcessorName,
  processorCommandSchema,
  processorOptionsSchema,
} from "./metronome-messages";

// The AudioWorkletGlobalScope's names; TypeScript's DOM library does not describe that scope.
declare const currentFrame: number;
declare const sampleRate: number;
declare function registerProcessor(
  name: string,
  processor: new (options: { processorOptions?: unknown }) => object,
): void;
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}

interface SoundingClick {
  samples: Float32Array;
  position: number;
}

class MetronomeProcessor extends AudioWorkletProcessor {
  private clicks: Readonly<Record<ClickSound, Float32Array>>;
  private readonly sounding: SoundingClick[] = [];
  private sequencer: ReturnType<typeof createClickSequencer> | null = null;
  private readonly startFrame: number | null;
  private readonly settings;
  private isStopped = false;

  constructor(options: { processorOptions?: unknown }) {
    super();
    const parsed = processorOptionsSchema.parse(options.processorOptions);
    this.settings = parsed.settings;
    this.startFrame = parsed.startFrame;
    this.clicks = synthesiseClicks(sampleRate, parsed.kit);
    this.port.onmessage = (message: MessageEvent<unknown>) => this.receive(message.data);
  }

  private receive(data: unknown): void {
    const command = processorCommandSchema.safeParse(data);
    // A message that is not a command cannot come from the engine; playing on is the safe answer.
    if (!command.success) return;
    if (command.data.type === "stop") this.isStopped = true;
    // Clicks already sounding finish in the old kit; the next ones are in the new.
    else if (command.data.type === "kit") this.clicks = synthesiseClicks(sampleRate, command.data.kit);
    else (this.sequencer ?? this.startSequencer(currentFrame)).update(command.data.settings);
  }

  private startSequencer(frame: number) {
    const sequencer = createClickSequencer({
      sampleRate,
      startFrame: this.startFrame ?? frame,
      settings: this.settings,
    });
    this.sequencer = sequencer;
    return sequencer;
  }

  process(_inputs: Float32Array[][], outputs: Float32Array[][]): boolean {
    if (this.isStopped) return false;
    const output = outputs[0];
    const first = output?.[0];
    if (output === undefined || first === undefined) return true;
    const sequencer = this.sequencer ?? this.startSequencer(currentFrame);
    for (const click of sequencer.take(currentFrame, currentFrame + first.length)) {
      for (const sound of click.sounds) {
        this.sounding.push({ samples: this.clicks[sound], position: currentFrame - click.frame });
      }
      if (click.beat !== null) {
        const beat: BeatEvent = {
          type: "beat",
          frame: click.frame,
          bar: click.bar,
          beat: click.beat,
          tempoBpm: click.tempoBpm,
          trainerBarsUntilNextStep: click.trainerBarsUntilNextStep,
        };
        this.port.postMessage(beat);
      }
    }
    this.mix(first);
    for (const channel of output.slice(1)) channel.set(first);
    return true;
  }

  // Adds every sounding click into the quantum; `position` < 0 means it starts inside it. Finished
  // clicks are removed in place: the audio thread should not allocate per quantum.
  private mix(channel: Float32Array): void {
    for (let index = this.sounding.length - 1; index >= 0; index -= 1) {
      const click = this.sounding[index];
      if (click === undefined) continue;
      const from = Math.max(0, -click.position);
      const to = Math.min(channel.length, click.samples.length - click.position);
      for (let frame = from; frame < to; frame += 1) {
        channel[frame] = (channel[frame] ?? 0) + (click.samples[click.position + frame] ?? 0);
      }
      click.position += channel.length;
      if (click.position >= click.samples.length) this.sounding.splice(index, 1);
    }
  }
}

registerProcessor(metronomeProcessorName, MetronomeProcessor);
