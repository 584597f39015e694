import { collectionFixtures } from "@mirubato/schema";
import type { PullRequest, PullResponse } from "./pull";

export const pullRequestFixtures: PullRequest[] = [
  { checkpoint: null, limit: 1000 },
  { checkpoint: { seq: 41 }, limit: 1 },
];

export const piecesPullResponseFixtures: PullResponse<"pieces">[] = [
  { documents: [...collectionFixtures.pieces], checkpoint: { seq: 43 } },
  { documents: [], checkpoint: { seq: 43 } },
];

/** Bodies a server must refuse. */
export const invalidPullRequests: unknown[] = [
  { checkpoint: null, limit: 0 },
  { checkpoint: null, limit: 1001 },
  { checkpoint: { seq: -1 }, limit: 10 },
  { checkpoint: "2026-03-01T00:00:00.000Z", limit: 10 },
  { checkpoint: null },
];
