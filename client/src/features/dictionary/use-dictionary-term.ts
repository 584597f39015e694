import { useEffect, useState } from "react";
import { useDictionary } from "./dictionary-context";
import type { LookUpOutcome } from "./dictionary-service";

export type TermState = { status: "loading" } | ({ status: "done" } & LookUpOutcome);

export function useDictionaryTerm(term: string, lang: string): TermState {
  const dictionary = useDictionary();
  const [state, setState] = useState<TermState>({ status: "loading" });
  useEffect(() => {
    let isCurrent = true;
    setState({ status: "loading" });
    dictionary.lookUp(term, lang).then((outcome) => {
      if (isCurrent) setState({ status: "done", ...outcome });
    });
    return () => {
      isCurrent = false;
    };
  }, [dictionary, term, lang]);
  return state;
}
