import { formatStopwatch } from "@mirubato/domain";
import { Link } from "@tanstack/react-router";
import { useT } from "../../i18n/i18n-context";
import { useTimer } from "./use-timer";
import "./timer.css";

/** "Timer running 12:34" in the shell, on every page, while a session is running or paused. */
export function RunningTimerLink() {
  const t = useT();
  const { state, elapsedSec } = useTimer();
  if (state.status !== "running" && state.status !== "paused") return null;
  const label = t(state.status === "running" ? "timer.runningLink" : "timer.pausedLink", {
    elapsed: formatStopwatch(elapsedSec),
  });
  return (
    <Link to="/practice" className="running-timer" data-status={state.status} aria-label={label}>
      <span className="running-timer__dot" aria-hidden="true" />
      <span className="running-timer__full">{label}</span>
      <span className="running-timer__short" aria-hidden="true">
        {formatStopwatch(elapsedSec)}
      </span>
    </Link>
  );
}
