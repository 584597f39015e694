import type { SequencerSettings } from "@mirubato/domain";
import type { ClickKit } from "./click-sounds";
import {
  type BeatEvent,
  beatEventSchema,
  metronomeProcessorName,
  type ProcessorCommand,
  type ProcessorOptions,
} from "./metronome-messages";
import processorUrl from "./metronome-processor.ts?worker&url";

/** A playing metronome on an audio context: change what it plays, or stop it. */
export interface MetronomeVoice {
  update(settings: SequencerSettings): void;
  /** Plays the next clicks in another kit. */
  setKit(kit: ClickKit): void;
  stop(): void;
}

const loadedContexts = new WeakSet<BaseAudioContext>();

/** Loads the processor module into a context once. */
export async function loadMetronomeProcessor(context: BaseAudioContext): Promise<void> {
  if (loadedContexts.has(context)) return;
  await context.audioWorklet.addModule(processorUrl);
  loadedContexts.add(context);
}

/**
 * Starts the metronome on any audio context, live (`AudioContext`) or offline
 * (`OfflineAudioContext`): the same processor renders both. `startFrame` null starts at the
 * processor's first render quantum; beats are reported as they are rendered.
 *
 * @example
 * const voice = await startMetronome(context, { settings, startFrame: null, onBeat: showBeat });
 */
export async function startMetronome(
  context: BaseAudioContext,
  options: ProcessorOptions & { destination?: AudioNode; onBeat?: (beat: BeatEvent) => void },
): Promise<MetronomeVoice> {
  await loadMetronomeProcessor(context);
  const processorOptions: ProcessorOptions = {
    settings: options.settings,
    startFrame: options.startFrame,
    ...(options.kit === undefined ? {} : { kit: options.kit }),
  };
  const node = new AudioWorkletNode(context, metronomeProcessorName, {
    numberOfInputs: 0,
    numberOfOutputs: 1,
    outputChannelCount: [1],
    processorOptions,
  });
  const { onBeat } = options;
  if (onBeat) {
    node.port.onmessage = (message: MessageEvent<unknown>) => {
      const beat = beatEventSchema.safeParse(message.data);
      if (beat.success) onBeat(beat.data);
    };
  }
  node.connect(options.destination ?? context.destination);
  const send = (command: ProcessorCommand) => node.port.postMessage(command);
  return {
    update: (settings) => send({ type: "update", settings }),
    setKit: (kit) => send({ type: "kit", kit }),
    stop: () => {
      send({ type: "stop" });
      node.disconnect();
      node.port.onmessage = null;
    },
  };
}
