/**
 * Moves an AudioParam from wherever it is now towards `value` with time constant `timeConstantSec`,
 * without a jump: scheduled changes after `now` are dropped and the current level is held first.
 * Firefox lacks `cancelAndHoldAtTime`; there the current value is pinned at `now` instead.
 */
export function glideTo(param: AudioParam, value: number, now: number, timeConstantSec: number): void {
  if (typeof param.cancelAndHoldAtTime === "function") param.cancelAndHoldAtTime(now);
  else {
    const current = param.value;
    param.cancelScheduledValues(now);
    param.setValueAtTime(current, now);
  }
  param.setTargetAtTime(value, now, timeConstantSec);
}
