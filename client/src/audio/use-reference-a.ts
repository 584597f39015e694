import { useCallback, useState } from "react";
import { readReferenceA, writeReferenceA } from "./reference-a-storage";

/** The device's reference A as state: one value for the tuner, the drone and the circle of fifths. */
export function useReferenceA(): [number, (referenceA: number) => void] {
  const [referenceA, setState] = useState(() => readReferenceA(localStorage));
  const setReferenceA = useCallback((value: number) => {
    setState(value);
    writeReferenceA(localStorage, value);
  }, []);
  return [referenceA, setReferenceA];
}
