import { circlePositions, type KeyMode, keyAt, type MusicalKey } from "@mirubato/domain";
import type { KeyboardEvent } from "react";
import { useT } from "../../i18n/i18n-context";

interface KeyCircleProps {
  readonly selected: MusicalKey;
  readonly onSelect: (key: MusicalKey) => void;
}

const rings: Readonly<Record<KeyMode, { outer: number; inner: number }>> = {
  major: { outer: 98, inner: 66 },
  minor: { outer: 66, inner: 40 },
};

function point(radius: number, degrees: number): string {
  const radians = ((degrees - 90) * Math.PI) / 180;
  return `${(radius * Math.cos(radians)).toFixed(2)} ${(radius * Math.sin(radians)).toFixed(2)}`;
}

/** One twelfth of a ring, centred on `index` × 30° from the top. */
function segmentPath(index: number, mode: KeyMode): string {
  const { outer, inner } = rings[mode];
  const from = index * 30 - 15;
  const to = index * 30 + 15;
  return `M ${point(outer, from)} A ${outer} ${outer} 0 0 1 ${point(outer, to)} L ${point(inner, to)} A ${inner} ${inner} 0 0 0 ${point(inner, from)} Z`;
}

/**
 * The circle: majors outside, their relative minors inside, C at the top and sharps clockwise. It
 * is one radio group: clicking a key or arrowing round (←/→ along the circle, ↑/↓ between the
 * rings) selects it.
 */
export function KeyCircle({ selected, onSelect }: KeyCircleProps) {
  const t = useT();
  const selectedIndex = circlePositions.findIndex(
    (fifths) =>
      fifths === selected.fifths || fifths === selected.fifths + 12 || fifths === selected.fifths - 12,
  );
  const onKeyDown = (event: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    const isRingChange = event.key === "ArrowUp" || event.key === "ArrowDown";
    if (step === undefined && !isRingChange) return;
    event.preventDefault();
    const index = (selectedIndex + (step ?? 0) + 12) % 12;
    const mode: KeyMode = isRingChange ? (selected.mode === "major" ? "minor" : "major") : selected.mode;
    onSelect(keyAt(circlePositions[index] ?? 0, mode));
    const next = document.querySelector<SVGGElement>(`[data-circle-key="${index}-${mode}"]`);
    next?.focus();
  };
  return (
    <div role="radiogroup" aria-label={t("tools.circle.keys")} onKeyDown={onKeyDown}>
      <svg className="key-circle" viewBox="-100 -100 200 200">
        <title>{t("tools.circle.keys")}</title>
        {(["major", "minor"] as const).flatMap((mode) =>
          circlePositions.map((fifths, index) => {
            const key = keyAt(fifths, mode);
            const isSelected = index === selectedIndex && mode === selected.mode;
            const { outer, inner } = rings[mode];
            const [x, y] = point((outer + inner) / 2, index * 30).split(" ");
            const name = t(`tools.circle.keyName.${mode}`, { tonic: key.tonic });
            return (
              // biome-ignore lint/a11y/useSemanticElements: a ring segment of an SVG cannot be an <input type="radio">.
              <g
                key={`${fifths}-${mode}`}
                className="key-circle__key"
                role="radio"
                aria-checked={isSelected}
                aria-label={name}
                tabIndex={isSelected ? 0 : -1}
                data-circle-key={`${index}-${mode}`}
                onClick={() => onSelect(key)}
              >
                <path
                  d={segmentPath(index, mode)}
                  className={`key-circle__segment key-circle__segment--${mode}${isSelected ? " key-circle__segment--selected" : ""}`}
                />
                <text x={x} y={y} className="key-circle__label">
                  {mode === "major" ? key.tonic : `${key.tonic}m`}
                </text>
              </g>
            );
          }),
        )}
      </svg>
    </div>
  );
}
