/**
 * What the reader shows at each step, as a sequence of views over the score's pages. A page turn
 * moves one view forward or back, so "next" means the same thing to a pedal, a tap and a swipe
 * whatever the layout.
 *
 * - single: one page at a time.
 * - two-up: pages side by side in pairs (0-1, 2-3, …), as an open book in landscape.
 * - half-page (forScore's half turn): between two pages, the top half already shows the next page
 *   while the bottom half still shows the end of this one, so the musician reads on without a jump.
 */
export type View =
  | { readonly kind: "single"; readonly page: number }
  | { readonly kind: "spread"; readonly left: number; readonly right: number | undefined }
  | { readonly kind: "half"; readonly top: number; readonly bottom: number };

export interface LayoutOptions {
  readonly isTwoUp: boolean;
  readonly isHalfPage: boolean;
}

/**
 * @example
 * buildViews(3, { isTwoUp: false, isHalfPage: true });
 * // single 0, half (top 1, bottom 0), single 1, half (top 2, bottom 1), single 2
 */
export function buildViews(pageCount: number, options: LayoutOptions): View[] {
  const views: View[] = [];
  if (options.isTwoUp) {
    for (let left = 0; left < pageCount; left += 2) {
      views.push({ kind: "spread", left, right: left + 1 < pageCount ? left + 1 : undefined });
    }
    return views;
  }
  for (let page = 0; page < pageCount; page++) {
    if (options.isHalfPage && page > 0) views.push({ kind: "half", top: page, bottom: page - 1 });
    views.push({ kind: "single", page });
  }
  return views;
}

/** The pages a view shows, in reading order. */
export function pagesOf(view: View): number[] {
  if (view.kind === "single") return [view.page];
  if (view.kind === "spread") return view.right === undefined ? [view.left] : [view.left, view.right];
  return [view.bottom, view.top];
}

/** The page a view stands for: the one remembered, shown in the indicator and turned to from a link. */
export function pageOfView(view: View): number {
  if (view.kind === "single") return view.page;
  if (view.kind === "spread") return view.left;
  return view.top;
}

/** The view that shows a page in full (or, two-up, its spread). */
export function viewIndexOfPage(views: readonly View[], pageIndex: number): number {
  const found = views.findIndex((view) => (view.kind === "half" ? false : pagesOf(view).includes(pageIndex)));
  return found === -1 ? Math.max(0, views.length - 1) : found;
}

/** Pages worth rendering ahead of a turn either way: those of the neighbouring views. */
export function pagesAround(views: readonly View[], viewIndex: number): number[] {
  const pages = new Set<number>();
  for (const index of [viewIndex, viewIndex + 1, viewIndex - 1, viewIndex + 2]) {
    const view = views[index];
    if (view !== undefined) for (const page of pagesOf(view)) pages.add(page);
  }
  return [...pages];
}

/** Two pages side by side fit when the viewport is wider than two pages at full height. */
export function shouldAutoTwoUp(viewportWidth: number, viewportHeight: number, pageAspect: number): boolean {
  return viewportWidth >= 2 * viewportHeight * pageAspect * 0.9;
}
