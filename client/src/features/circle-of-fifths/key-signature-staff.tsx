import { keySignature } from "@mirubato/domain";

/** Staff steps above the bottom line (E4) where each accidental is written in the treble clef. */
const sharpSteps = [8, 5, 9, 6, 3, 7, 4] as const;
const flatSteps = [4, 7, 3, 6, 2, 5, 1] as const;
const lineGap = 10;
const bottomY = 60;

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
      <text x="6" y={bottomY - 2} className="key-staff__clef">
        𝄞
      </text>
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
