import { ReferenceAField } from "../../audio/reference-a-field";
import { useT } from "../../i18n/i18n-context";
import { PageHeader } from "../sections/page-header";
import { useTuner } from "./use-tuner";
import "./tuner.css";

/** Within this many cents a note counts as in tune (a common chromatic-tuner tolerance). */
const inTuneCents = 5;

/** `/toolbox/tuner`: a chromatic tuner from the microphone with an adjustable reference A. */
export function TunerPage() {
  const t = useT();
  const { status, reading, referenceA, setReferenceA, start, stop } = useTuner();
  const cents = reading === undefined ? undefined : Math.round(reading.cents);
  const isInTune = cents !== undefined && Math.abs(cents) <= inTuneCents;
  const isListening = status === "listening";

  return (
    <div className="page tuner">
      <PageHeader title={t("toolbox.tuner.name")} description={t("toolbox.tuner.description")} />

      <section className="tuner__display" aria-label={t("tools.tuner.reading")}>
        <output className="tuner__note" aria-live="polite" aria-label={t("tools.tuner.note")}>
          {reading === undefined ? "–" : `${reading.name}${reading.octave}`}
        </output>
        <output className="tuner__cents" aria-label={t("tools.tuner.cents")}>
          {cents === undefined ? "" : `${cents > 0 ? "+" : ""}${cents}`}
        </output>
        <meter
          className={`tuner__meter${isInTune ? " tuner__meter--in-tune" : ""}`}
          aria-label={t("tools.tuner.offset")}
          min={-50}
          max={50}
          low={-inTuneCents}
          high={inTuneCents}
          optimum={0}
          value={cents ?? 0}
        />
        <div className="tuner__scale" aria-hidden="true">
          <span
            className={`tuner__needle${isInTune ? " tuner__needle--in-tune" : ""}`}
            style={{ left: `${50 + (cents ?? 0)}%`, visibility: cents === undefined ? "hidden" : "visible" }}
          />
        </div>
        <p className="tuner__status" role="status">
          {status === "denied"
            ? t("tools.tuner.denied")
            : status === "failed"
              ? t("tools.tuner.failed")
              : !isListening
                ? t("tools.tuner.idle")
                : reading === undefined
                  ? t("tools.tuner.listening")
                  : isInTune
                    ? t("tools.tuner.inTune")
                    : cents !== undefined && cents > 0
                      ? t("tools.tuner.sharp")
                      : t("tools.tuner.flat")}
        </p>
        {reading !== undefined && <p className="tuner__frequency">{`${reading.frequency.toFixed(1)} Hz`}</p>}
      </section>

      <div className="tuner__controls">
        <button
          type="button"
          className="button button--primary"
          disabled={status === "starting"}
          onClick={() => (isListening ? stop() : void start())}
        >
          {isListening ? t("tools.tuner.stop") : t("tools.tuner.start")}
        </button>
        <ReferenceAField className="tuner__reference" value={referenceA} onChange={setReferenceA} />
      </div>
    </div>
  );
}
