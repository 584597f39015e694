import type { ReactNode } from "react";

/**
 * A link that opens a score in the reader (`/scores/$scoreId`), optionally flowing through a
 * setlist. The one place the library names the reader's route.
 */
export function ScoreLink({
  scoreId,
  setlistId,
  className,
  children,
}: {
  readonly scoreId: string;
  readonly setlistId?: string;
  readonly className?: string;
  readonly children: ReactNode;
}) {
  const search = setlistId === undefined ? "" : `?setlist=${encodeURIComponent(setlistId)}`;
  return (
    <a href={`/scores/${encodeURIComponent(scoreId)}${search}`} className={className}>
      {children}
    </a>
  );
}
