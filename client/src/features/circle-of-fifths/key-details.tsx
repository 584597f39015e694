import {
  descendingScale,
  diatonicTriads,
  enharmonicKey,
  keySignature,
  type MinorForm,
  type MusicalKey,
  neighbourKeys,
  relativeKey,
  spellScale,
} from "@mirubato/domain";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { KeySignatureStaff } from "./key-signature-staff";
import { MinorFormChoice } from "./minor-form-choice";

interface KeyDetailsProps {
  readonly musicalKey: MusicalKey;
  /** The minor scale a minor key is shown and played in. */
  readonly minorForm: MinorForm;
  readonly onMinorFormChange: (form: MinorForm) => void;
  readonly onSelect: (key: MusicalKey) => void;
  readonly onPlayScale: () => void;
  readonly onPlayChord: (degree: number) => void;
  /** Whether a drone sounds the tonic under the scale. */
  readonly isDroning: boolean;
  readonly onToggleDrone: () => void;
}

/** What a key holds: signature, relative, neighbours, scale and chords, with the sound of each. */
export function KeyDetails({
  musicalKey,
  minorForm,
  onMinorFormChange,
  onSelect,
  onPlayScale,
  onPlayChord,
  isDroning,
  onToggleDrone,
}: KeyDetailsProps) {
  const t = useT();
  const nameOf = (key: MusicalKey) => t(`tools.circle.keyName.${key.mode}`, { tonic: key.tonic });
  const signature = keySignature(musicalKey.fifths);
  const count = Math.abs(signature.fifths);
  const signatureText =
    count === 0
      ? t("tools.circle.noAccidentals")
      : t(signature.fifths > 0 ? "tools.circle.sharps" : "tools.circle.flats", { count });
  const relative = relativeKey(musicalKey);
  const { dominant, subdominant } = neighbourKeys(musicalKey);
  const enharmonic = enharmonicKey(musicalKey);
  const scale = spellScale(musicalKey, minorForm);
  const descending = descendingScale(musicalKey, minorForm);
  const spell = (notes: readonly { name: string }[]) => notes.map((note) => note.name).join(" ");
  // Shown both ways only when it comes down by other notes than it went up (melodic minor).
  const isTwoWay = spell(descending) !== spell(scale);
  const related = [
    { label: t("tools.circle.relative"), key: relative },
    { label: t("tools.circle.dominant"), key: dominant },
    { label: t("tools.circle.subdominant"), key: subdominant },
    ...(enharmonic === undefined ? [] : [{ label: t("tools.circle.enharmonic"), key: enharmonic }]),
  ];
  return (
    <section className="panel key-details" aria-labelledby="key-details-name">
      <h2 id="key-details-name">{nameOf(musicalKey)}</h2>
      <p>
        {signatureText}
        {count > 0 && `: ${signature.accidentals.join(" ")}`}
      </p>
      <KeySignatureStaff
        fifths={musicalKey.fifths}
        label={`${t("tools.circle.signature")}: ${signatureText}`}
      />
      <dl className="key-details__related">
        {related.map(({ label, key }) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              <Button variant="quiet" onClick={() => onSelect(key)}>
                {nameOf(key)}
              </Button>
            </dd>
          </div>
        ))}
      </dl>
      <h3>{t("tools.circle.scale")}</h3>
      {musicalKey.mode === "minor" && <MinorFormChoice value={minorForm} onChange={onMinorFormChange} />}
      {isTwoWay ? (
        <dl className="key-details__scale key-details__scale--both-ways">
          <dt>{t("tools.circle.scaleUp")}</dt>
          <dd>{spell([...scale, ...scale.slice(0, 1)])}</dd>
          <dt>{t("tools.circle.scaleDown")}</dt>
          <dd>{spell([...scale.slice(0, 1), ...[...descending].reverse()])}</dd>
        </dl>
      ) : (
        <p className="key-details__scale">{spell(scale)}</p>
      )}
      <div className="key-details__actions">
        <Button variant="primary" onClick={onPlayScale}>
          {t("tools.circle.playScale")}
        </Button>
        <Button aria-pressed={isDroning} onClick={onToggleDrone}>
          {t("tools.circle.drone", { tonic: musicalKey.tonic })}
        </Button>
      </div>
      <h3>{t("tools.circle.chords")}</h3>
      <ul className="key-details__chords">
        {diatonicTriads(musicalKey, minorForm).map((triad) => (
          <li key={triad.degree}>
            <Button onClick={() => onPlayChord(triad.degree)}>
              <span className="visually-hidden">{t("tools.circle.playChord")} </span>
              <span className="key-details__numeral">{triad.numeral}</span>
              <span>{spell(triad.notes)}</span>
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
