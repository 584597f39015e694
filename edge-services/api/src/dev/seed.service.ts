import { generateDemoLibrary } from "@mirubato/domain";
import type { CollectionName } from "@mirubato/schema";
import { syncLimits } from "@mirubato/sync-protocol";
import type { ApiDeps } from "../deps";
import { pushChanges } from "../sync/sync.service";
import { pushRequestSchemaOf } from "../sync/sync-request";

/**
 * Local demo data (DESIGN §5): the demo library of `@mirubato/domain`, written through the same
 * push path as every client (validation, merge, seq, poke). It seeds an account only while the
 * account has no documents: the generated year moves with the calendar, and re-seeding on a later
 * day would otherwise restamp entries the musician may have edited since.
 */
export type SeedDeps = Pick<ApiDeps, "users" | "sync" | "relay" | "waitUntil" | "now">;

export const DEMO_SEED = "mirubato-demo";
export const DEMO_TIME_ZONE = "Europe/Berlin";
const DEMO_DAYS = 365;
const DAY_MS = 86_400_000;

export interface SeedSummary {
  userId: string;
  email: string;
  documents: Partial<Record<CollectionName, number>>;
  changed: number;
}

/** The year of practice up to yesterday (UTC), so no entry lies in the future. */
export function demoStartDate(nowMs: number): string {
  return new Date(nowMs - DEMO_DAYS * DAY_MS).toISOString().slice(0, 10);
}

export async function seedDemoAccount(deps: SeedDeps, email: string): Promise<SeedSummary> {
  const user = await deps.users.findOrCreateByEmail(email, deps.now());
  const existing = await deps.sync.countByCollection(user.id);
  if (Object.values(existing).some((count) => count > 0)) {
    return { userId: user.id, email: user.email, documents: existing, changed: 0 };
  }
  const library = generateDemoLibrary({
    seed: DEMO_SEED,
    startDate: demoStartDate(deps.now()),
    days: DEMO_DAYS,
    timeZone: DEMO_TIME_ZONE,
  });
  let changed = 0;
  for (const [collection, docs] of [
    ["pieces", library.pieces],
    ["goals", library.goals],
    ["settings", library.settings],
    ["practice_entries", library.practice_entries],
  ] as const) {
    for (let start = 0; start < docs.length; start += syncLimits.maxPushRows) {
      const rows = docs
        .slice(start, start + syncLimits.maxPushRows)
        .map((doc) => ({ assumedMasterState: null, newDocumentState: doc }));
      // Parsed like a client's push: a generator bug fails here, not in a client later.
      const request = pushRequestSchemaOf(collection).parse({ rows });
      changed += (await pushChanges(deps, { userId: user.id, collection, rows: request.rows })).changed;
    }
  }
  return {
    userId: user.id,
    email: user.email,
    documents: await deps.sync.countByCollection(user.id),
    changed,
  };
}
