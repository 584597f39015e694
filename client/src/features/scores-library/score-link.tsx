import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";

/**
 * A link that opens a score in the reader (`/scores/$scoreId`), optionally flowing through a
 * setlist from this score on. The one place the library names the reader's route.
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
  return (
    <Link
      to="/scores/$scoreId"
      params={{ scoreId }}
      search={setlistId === undefined ? {} : { setlist: setlistId }}
      {...(className === undefined ? {} : { className })}
    >
      {children}
    </Link>
  );
}
