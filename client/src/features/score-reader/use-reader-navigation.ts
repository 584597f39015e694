import { useCallback, useRef, useState } from "react";
import { buildViews, type LayoutOptions, pageOfView, viewIndexOfPage } from "./page-layout";
import type { ReaderCommand } from "./reader-commands";

export interface NavigationEdges {
  /** Called on "next" at the last view (the setlist's next score); absent when there is none. */
  readonly onPastEnd?: (() => void) | undefined;
  readonly onBeforeStart?: (() => void) | undefined;
}

/** The view sequence of a score and where the reader is in it; the page stays put across layout changes. */
export function useReaderNavigation(
  pageCount: number,
  initialPage: number,
  layout: LayoutOptions,
  edges: NavigationEdges,
) {
  const views = buildViews(pageCount, layout);
  const key = `${pageCount}:${layout.isTwoUp}:${layout.isHalfPage}`;
  const [position, setPosition] = useState(() => ({ key, viewIndex: viewIndexOfPage(views, initialPage) }));
  const lastPage = useRef(initialPage);
  let viewIndex = position.viewIndex;
  if (position.key !== key) {
    viewIndex = viewIndexOfPage(views, lastPage.current);
    setPosition({ key, viewIndex });
  }
  const lastIndex = views.length - 1;
  viewIndex = Math.min(Math.max(0, viewIndex), lastIndex);
  const view = views[viewIndex] ?? { kind: "single", page: 0 };
  lastPage.current = pageOfView(view);
  const edgesRef = useRef(edges);
  edgesRef.current = edges;
  const goTo = useCallback(
    (index: number) => setPosition((current) => ({ ...current, viewIndex: index })),
    [],
  );
  const run = useCallback(
    (command: ReaderCommand) => {
      if (command === "next") {
        if (viewIndex < lastIndex) goTo(viewIndex + 1);
        else edgesRef.current.onPastEnd?.();
      } else if (command === "previous") {
        if (viewIndex > 0) goTo(viewIndex - 1);
        else edgesRef.current.onBeforeStart?.();
      } else if (command === "first") goTo(0);
      else if (command === "last") goTo(lastIndex);
    },
    [viewIndex, lastIndex, goTo],
  );
  const goToPage = useCallback((pageIndex: number) => goTo(viewIndexOfPage(views, pageIndex)), [goTo, views]);
  return {
    views,
    view,
    viewIndex,
    isLastView: viewIndex === lastIndex,
    pageIndex: pageOfView(view),
    run,
    goToPage,
  };
}
