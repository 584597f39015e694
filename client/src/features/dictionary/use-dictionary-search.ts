import { useEffect, useState } from "react";
import { useDictionary } from "./dictionary-context";
import type { SearchOutcome } from "./dictionary-service";

export const SEARCH_DEBOUNCE_MS = 200;

export type SearchState =
  | { status: "idle" }
  | { status: "searching" }
  | ({ status: "done"; query: string } & SearchOutcome);

/** Search-as-you-type: waits for a pause in typing, and drops answers to superseded queries. */
export function useDictionarySearch(query: string, lang: string): SearchState {
  const dictionary = useDictionary();
  const [state, setState] = useState<SearchState>({ status: "idle" });
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setState({ status: "idle" });
      return;
    }
    setState((previous) => (previous.status === "done" ? previous : { status: "searching" }));
    const controller = new AbortController();
    const timer = setTimeout(() => {
      dictionary.search(q, lang, controller.signal).then(
        (outcome) => {
          if (!controller.signal.aborted) setState({ status: "done", query: q, ...outcome });
        },
        () => {
          // Aborted because the musician kept typing: the newer query's answer will come.
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [dictionary, query, lang]);
  return state;
}
