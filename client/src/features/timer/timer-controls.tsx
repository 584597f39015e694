import type { TimerState } from "@mirubato/domain";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import type { TimerView } from "./use-timer";

interface TimerControlsProps {
  readonly state: TimerState;
  readonly actions: TimerView["actions"];
  readonly onStop: () => void;
  readonly onSave: () => void;
}

/** Start, Pause, Resume, Stop; after a stop, save the session to the logbook or discard it. */
export function TimerControls({ state, actions, onStop, onSave }: TimerControlsProps) {
  const t = useT();
  switch (state.status) {
    case "idle":
      return (
        <div className="button-row timer-controls">
          <Button variant="primary" onClick={actions.start}>
            {t("timer.start")}
          </Button>
        </div>
      );
    case "running":
    case "paused":
      return (
        <div className="button-row timer-controls">
          {state.status === "running" ? (
            <Button onClick={actions.pause}>{t("timer.pause")}</Button>
          ) : (
            <Button variant="primary" onClick={actions.resume}>
              {t("timer.resume")}
            </Button>
          )}
          <Button variant="danger" onClick={onStop}>
            {t("timer.stop")}
          </Button>
        </div>
      );
    case "stopped":
      return (
        <div className="button-row timer-controls">
          <Button variant="primary" onClick={onSave}>
            {t("timer.saveToLogbook")}
          </Button>
          <Button onClick={actions.reset}>{t("timer.discard")}</Button>
        </div>
      );
  }
}
