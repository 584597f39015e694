import {
  descendingScale,
  diatonicTriads,
  keyAt,
  type MinorForm,
  type MusicalKey,
  midiOf,
  spellScale,
} from "@mirubato/domain";
import { useState } from "react";
import { chordPhrase, scalePhrase } from "../../audio/note-synth";
import { useAudioOutput } from "../../audio/use-audio-output";
import { usePhrasePlayer } from "../../audio/use-phrase-player";
import { useT } from "../../i18n/i18n-context";
import { useDrone } from "../drone/use-drone";
import { PageHeader } from "../sections/page-header";
import { KeyCircle } from "./key-circle";
import { KeyDetails } from "./key-details";
import "./circle-of-fifths.css";

const noteSec = 0.28;
const chordSec = 1.4;

/** The tonic in the octave from C4, so every key's scale sits in the middle of the keyboard. */
function tonicMidi(key: MusicalKey): number {
  return midiOf(key.tonicPitchClass, 4);
}

/**
 * `/toolbox/circle-of-fifths`: every key with its signature, relative and neighbours; selecting a
 * key sounds its tonic chord, and its scale and each diatonic chord play on request.
 */
export function CircleOfFifthsPage() {
  const t = useT();
  const [selected, setSelected] = useState<MusicalKey>(() => keyAt(0, "major"));
  const [minorForm, setMinorForm] = useState<MinorForm>("natural");
  // One audio output for the examples and the drone, tuned to the drone's (the device's) reference A.
  const output = useAudioOutput();
  const drone = useDrone(output);
  const play = usePhrasePlayer(output, drone.referenceA);
  const isDroning = drone.status === "sounding";
  const droneOn = (key: MusicalKey) => ({ ...drone.setup, pitchClass: key.tonicPitchClass });
  const playChord = (key: MusicalKey, degree: number) => {
    const triad = diatonicTriads(key, minorForm)[degree - 1];
    if (triad === undefined) return;
    void play(
      chordPhrase(
        triad.notes.map((note) => tonicMidi(key) + note.semitones),
        chordSec,
      ),
    );
  };
  const select = (key: MusicalKey) => {
    setSelected(key);
    playChord(key, 1);
    // A drone under the scale follows the key, gliding to its tonic.
    if (isDroning) drone.setSetup(droneOn(key));
  };
  return (
    <div className="page circle-of-fifths">
      <PageHeader title={t("toolbox.circle.name")} description={t("toolbox.circle.description")} />
      <div className="circle-of-fifths__layout">
        <KeyCircle selected={selected} onSelect={select} />
        <KeyDetails
          musicalKey={selected}
          minorForm={minorForm}
          onMinorFormChange={setMinorForm}
          onSelect={select}
          onPlayScale={() =>
            void play(
              scalePhrase(
                tonicMidi(selected),
                spellScale(selected, minorForm).map((note) => note.semitones),
                noteSec,
                descendingScale(selected, minorForm).map((note) => note.semitones),
              ),
            )
          }
          onPlayChord={(degree) => playChord(selected, degree)}
          isDroning={isDroning}
          onToggleDrone={() => (isDroning ? drone.stop() : void drone.start(droneOn(selected)))}
        />
      </div>
    </div>
  );
}
