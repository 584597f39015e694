import type { PieceContent, PieceDoc, PieceStatus } from "@mirubato/schema";

/** Progress order of statuses; `dropped` stands outside it. */
const statusRank: Readonly<Record<PieceStatus, number>> = {
  planned: 0,
  learning: 1,
  polished: 2,
  performance_ready: 3,
  dropped: -1,
};

/**
 * Whether `status` is at or beyond `target` on the way planned → learning → polished →
 * performance-ready. Dropped reaches nothing (and nothing reaches dropped but dropped).
 *
 * @example
 * isStatusAtLeast("polished", "learning"); // true
 */
export function isStatusAtLeast(status: PieceStatus, target: PieceStatus): boolean {
  if (target === "dropped") return status === "dropped";
  return statusRank[status] >= statusRank[target];
}

/**
 * The patch that records a status change, appending to the history (the oldest changes give way
 * past the schema's 200). Changing to the current status is no change: undefined.
 *
 * @example
 * const patch = createStatusChangePatch(piece, "polished", new Date().toISOString());
 */
export function createStatusChangePatch(
  piece: Pick<PieceDoc, "status" | "statusHistory">,
  status: PieceStatus,
  changedAt: string,
): Pick<PieceContent, "status" | "statusHistory"> | undefined {
  if (piece.status === status) return undefined;
  return { status, statusHistory: [...piece.statusHistory, { status, changedAt }].slice(-200) };
}

/**
 * The piece's status at an instant, from its history; before the first recorded change, its
 * current status when there is no history at all, otherwise undefined.
 *
 * @example
 * getStatusAt(piece, "2026-02-01T00:00:00.000Z"); // "learning"
 */
export function getStatusAt(
  piece: Pick<PieceDoc, "status" | "statusHistory">,
  instant: string,
): PieceStatus | undefined {
  if (piece.statusHistory.length === 0) return piece.status;
  let status: PieceStatus | undefined;
  for (const change of sortHistory(piece.statusHistory)) {
    if (change.changedAt > instant) break;
    status = change.status;
  }
  return status;
}

/**
 * When the piece first reached `target` or beyond (ISO instant), or undefined if it has not.
 *
 * @example
 * findStatusReachedAt(piece, "polished"); // "2026-02-20T18:00:00.000Z"
 */
export function findStatusReachedAt(
  piece: Pick<PieceDoc, "statusHistory">,
  target: PieceStatus,
): string | undefined {
  return sortHistory(piece.statusHistory).find((change) => isStatusAtLeast(change.status, target))?.changedAt;
}

function sortHistory(history: PieceDoc["statusHistory"]): PieceDoc["statusHistory"] {
  return [...history].sort((a, b) => (a.changedAt < b.changedAt ? -1 : a.changedAt > b.changedAt ? 1 : 0));
}
