import { keySignature } from "@mirubato/domain";

/** Staff steps above the bottom line (E4) where each accidental is written in the treble clef. */
const sharpSteps = [8, 5, 9, 6, 3, 7, 4] as const;
const flatSteps = [4, 7, 3, 6, 2, 5, 1] as const;
const lineGap = 10;
const bottomY = 60;
/** A treble clef drawn as one stroke (the spiral round the G line, the loop, the stem, the hook), so it needs no music font. */
const trebleClef =
  "M 18 50 C 13 50 12.5 43 18 42 C 24.5 41 27 49 22.5 54 C 17 59.5 8 56 8.5 46 C 9 36 21 30 22.5 19 C 23.5 11 21 5.5 19 6 C 15.5 7 14.5 15 15.5 23 L 19 66 C 19.5 71.5 14.5 73.5 12.5 70.5";

/** A key signature on a treble staff, the accidentals in their written order and places. */
export function KeySignatureStaff({ fifths, label }: { readonly fifths: number; readonly label: string }) {
  const { accidentals } = keySignature(fifths);
  const steps = fifths >= 0 ? sharpSteps : flatSteps;
  const glyph = fifths >= 0 ? "♯" : "♭";
  return (
    <svg className="key-staff" viewBox="0 0 150 80" role="img" aria-label={label}>
      {[0, 1, 2, 3, 4].map((line) => (
        <line key={line} x1="4" x2="146" y1={bottomY - line * lineGap} y2={bottomY - line * lineGap} />
      ))}
      <path d={trebleClef} className="key-staff__clef" />
      <circle cx="13.6" cy="69" r="2.3" className="key-staff__clef-dot" />
      {accidentals.map((name, index) => (
        <text
          key={name}
          x={42 + index * 14}
          y={bottomY - (steps[index] ?? 0) * (lineGap / 2) + (glyph === "♯" ? 5 : 3)}
          className="key-staff__accidental"
        >
          {glyph}
        </text>
      ))}
    </svg>
  );
}
