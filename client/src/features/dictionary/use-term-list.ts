import type { TermSummary } from "@mirubato/term-search";
import { useEffect, useState } from "react";
import { useDictionary } from "./dictionary-context";
import type { Source } from "./dictionary-service";

export type TermListState =
  | { status: "idle" | "loading" }
  | { status: "done"; results: TermSummary[]; source: Source };

/** The most looked-up terms, in the musician's language. */
export function usePopularTerms(lang: string): TermListState {
  return useTermList("popular", lang, undefined, undefined);
}

/** Terms of a category and/or first letter; nothing until one of them is chosen. */
export function useBrowseTerms(lang: string, category: string | undefined, letter: string | undefined) {
  return useTermList("browse", lang, category, letter);
}

function useTermList(
  kind: "popular" | "browse",
  lang: string,
  category: string | undefined,
  letter: string | undefined,
): TermListState {
  const dictionary = useDictionary();
  const [state, setState] = useState<TermListState>({ status: "idle" });
  useEffect(() => {
    if (kind === "browse" && !category && !letter) {
      setState({ status: "idle" });
      return;
    }
    let isCurrent = true;
    setState({ status: "loading" });
    const list = kind === "popular" ? { kind, lang } : { kind, lang, category, letter };
    dictionary.listTerms(list).then((listing) => {
      if (isCurrent) setState({ status: "done", ...listing });
    });
    return () => {
      isCurrent = false;
    };
  }, [dictionary, kind, lang, category, letter]);
  return state;
}
