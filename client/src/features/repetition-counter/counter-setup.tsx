import type { CounterTarget } from "@mirubato/domain";
import type { PieceDoc } from "@mirubato/schema";
import { useT } from "../../i18n/i18n-context";
import { BoundedNumberInput } from "../../ui/bounded-number-input";
import { Field } from "../../ui/field";
import { describePiece } from "../logbook/piece-choices";
import { maxStreakTarget, maxTotalTarget } from "./counter-storage";
import type { CounterController } from "./use-counter";

/** What is being counted: the piece and passage, the target, and whether a miss costs the streak. */
interface CounterSetupProps {
  readonly counter: CounterController;
  /** The repertoire to pick the passage's piece from. */
  readonly pieces: readonly PieceDoc[];
}

export function CounterSetup({ counter, pieces }: CounterSetupProps) {
  const t = useT();
  const { round } = counter;
  const { target, doesMissResetStreak } = round.state;
  const setTarget = (next: Partial<CounterTarget>) => {
    const kind = next.kind ?? target.kind;
    const max = kind === "streak" ? maxStreakTarget : maxTotalTarget;
    counter.setTarget({ kind, count: Math.min(max, next.count ?? target.count) });
  };
  return (
    <section className="panel counter-setup" aria-label={t("tools.counter.setup")}>
      <Field label={t("tools.counter.piece")}>
        {(control) => (
          <select
            {...control}
            className="input"
            value={round.pieceId ?? ""}
            onChange={(event) => counter.setPieceId(event.target.value === "" ? null : event.target.value)}
          >
            <option value="">{t("tools.counter.noPiece")}</option>
            {pieces.map((piece) => (
              <option key={piece.id} value={piece.id}>
                {describePiece(piece)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("tools.counter.passage")} hint={t("tools.counter.passageHint")}>
        {(control) => (
          <input
            {...control}
            className="input"
            maxLength={120}
            value={round.passage}
            onChange={(event) => counter.setPassage(event.target.value)}
          />
        )}
      </Field>
      <fieldset className="counter-setup__target">
        <legend>{t("tools.counter.target")}</legend>
        <Field label={t("tools.counter.targetCount")} className="counter-setup__count">
          {(control) => (
            <BoundedNumberInput
              control={control}
              min={1}
              max={target.kind === "streak" ? maxStreakTarget : maxTotalTarget}
              value={target.count}
              onCommit={(count) => setTarget({ count })}
            />
          )}
        </Field>
        {(["streak", "total"] as const).map((kind) => (
          <label key={kind} className="counter-setup__choice">
            <input
              type="radio"
              name="counter-target"
              checked={target.kind === kind}
              onChange={() => setTarget({ kind })}
            />
            {t(`tools.counter.kind.${kind}`)}
          </label>
        ))}
      </fieldset>
      <label className="counter-setup__choice">
        <input
          type="checkbox"
          checked={doesMissResetStreak}
          onChange={(event) => counter.setMissResetsStreak(event.target.checked)}
        />
        {t("tools.counter.missResets")}
      </label>
    </section>
  );
}
