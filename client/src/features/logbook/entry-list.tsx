import type { PieceDoc, PracticeEntryDoc } from "@mirubato/schema";
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { memo, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { useFormatters } from "../../ui/use-formatters";
import { EntryCard } from "./entry-card";
import type { LogbookRow } from "./logbook-rows";

interface EntryListProps {
  readonly rows: readonly LogbookRow[];
  readonly piecesById: ReadonlyMap<string, PieceDoc>;
  readonly onEdit: (entry: PracticeEntryDoc) => void;
  readonly onDelete: (entry: PracticeEntryDoc) => void;
  /** Older entries remain to be read: asked for when the list nears its end. */
  readonly hasMore: boolean;
  readonly onNearEnd: () => unknown;
}

/** How many rows before the end the next page is asked for, so scrolling rarely waits. */
const nearEndRows = 40;

/**
 * The day-grouped entries as one virtualised list: only the rows near the viewport are in the DOM,
 * each a list item that knows its position among the rows loaded so far; nearing the end asks for
 * the next page of older entries.
 */
export function EntryList({ rows, piecesById, onEdit, onDelete, hasMore, onNearEnd }: EntryListProps) {
  const t = useT();
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    setScrollMargin((listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (index) => (rows[index]?.day === undefined ? 140 : 200),
    overscan: 6,
    scrollMargin,
    getItemKey: (index) => rows[index]?.entry.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const lastShownIndex = items.at(-1)?.index ?? 0;
  const isNearEnd = lastShownIndex >= rows.length - nearEndRows;
  useEffect(() => {
    if (hasMore && isNearEnd) onNearEnd();
  }, [hasMore, isNearEnd, onNearEnd]);
  return (
    <ul
      ref={listRef}
      aria-label={t("logbook.listLabel")}
      className="entry-list"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {items.map((item) => {
        const row = rows[item.index];
        if (row === undefined) return null;
        return (
          <li
            key={item.key}
            aria-setsize={rows.length}
            aria-posinset={item.index + 1}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="entry-list__item"
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            {row.day !== undefined && <DayHeading day={row.day} />}
            <EntryCard entry={row.entry} piecesById={piecesById} onEdit={onEdit} onDelete={onDelete} />
          </li>
        );
      })}
    </ul>
  );
}

type Day = NonNullable<LogbookRow["day"]>;

/** A day's heading with its total; repainted only when what it shows changes. */
const DayHeading = memo(
  DayHeadingView,
  (previous, next) =>
    previous.day.localDate === next.day.localDate &&
    previous.day.relativeDay === next.day.relativeDay &&
    previous.day.totalSec === next.day.totalSec,
);

function DayHeadingView({ day }: { readonly day: Day }) {
  const t = useT();
  const { formatLocalDate, formatDuration } = useFormatters();
  const name =
    day.relativeDay === "today"
      ? t("logbook.today")
      : day.relativeDay === "yesterday"
        ? t("logbook.yesterday")
        : formatLocalDate(day.localDate);
  return (
    <div className="day-heading">
      <h2 className="day-heading__title">{name}</h2>
      <p className="day-heading__total">{t("logbook.dayTotal", { total: formatDuration(day.totalSec) })}</p>
    </div>
  );
}
