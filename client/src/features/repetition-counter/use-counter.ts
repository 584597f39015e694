import {
  type CounterTarget,
  createCounter,
  recordAttempt,
  restartCounter,
  summarise,
  undoAttempt,
} from "@mirubato/domain";
import { useCallback, useEffect, useMemo, useState } from "react";
import { type CounterRound, readRound, writeRound } from "./counter-storage";

const newRound: CounterRound = {
  passage: "",
  pieceId: null,
  state: createCounter({ kind: "streak", count: 5 }),
};

/**
 * The repetition counter's round: marks, undo, the passage and target being worked on. Every change
 * is written to this device at once, so no mark is lost to a reload.
 */
export function useCounter() {
  const [round, setRound] = useState<CounterRound>(() => readRound(localStorage) ?? newRound);
  useEffect(() => writeRound(localStorage, round), [round]);
  const summary = useMemo(() => summarise(round.state), [round.state]);

  const mark = useCallback(
    (isCorrect: boolean) =>
      setRound((current) => ({ ...current, state: recordAttempt(current.state, isCorrect, Date.now()) })),
    [],
  );
  const undo = useCallback(
    () => setRound((current) => ({ ...current, state: undoAttempt(current.state) })),
    [],
  );
  const restart = useCallback(
    () => setRound((current) => ({ ...current, state: restartCounter(current.state) })),
    [],
  );
  const setTarget = useCallback(
    (target: CounterTarget) => setRound((current) => ({ ...current, state: { ...current.state, target } })),
    [],
  );
  const setMissResetsStreak = useCallback(
    (doesMissResetStreak: boolean) =>
      setRound((current) => ({ ...current, state: { ...current.state, doesMissResetStreak } })),
    [],
  );
  const setPassage = useCallback((passage: string) => setRound((current) => ({ ...current, passage })), []);
  const setPieceId = useCallback(
    (pieceId: string | null) => setRound((current) => ({ ...current, pieceId })),
    [],
  );

  return { round, summary, mark, undo, restart, setTarget, setMissResetsStreak, setPassage, setPieceId };
}

export type CounterController = ReturnType<typeof useCounter>;
