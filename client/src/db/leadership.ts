import { getBroadcastChannelReference, removeBroadcastChannelReference } from "rxdb";
import { getLeaderElectorByBroadcastChannel } from "rxdb/plugins/leader-election";
import type { MirubatoDatabase } from "./database-types";

/**
 * Replication leadership for a tab the browser freezes (Page Lifecycle API).
 *
 * RxDB elects the tab that replicates with a Web Lock. A frozen tab keeps its locks while it runs
 * nothing, so a frozen leader would stop sync for every other tab of the browser, and a frozen
 * tab waiting in the queue could be granted the lock and sit on it. So a tab resigns when it is
 * frozen — its elector dies, which releases or abandons the lock at once — and, when thawed,
 * joins the election again with a new elector (an RxDB elector cannot be revived).
 */

/** Gives up leadership (or the place in the queue) for good; see {@link joinLeaderElection}. */
export function resignLeadership(database: MirubatoDatabase): Promise<void> {
  if (!database.multiInstance) return Promise.resolve();
  return database
    .leaderElector()
    .die()
    .then(() => undefined);
}

/**
 * Gives the database a new leader elector in the same election (the same lock name), so this tab
 * competes again after {@link resignLeadership}. `database.waitForLeadership()` and `isLeader()`
 * use it from then on; it dies when the database closes.
 */
export function joinLeaderElection(database: MirubatoDatabase): void {
  if (!database.multiInstance) return;
  const owner = {};
  // A fresh token gives a fresh channel object, and the elector is cached per channel object.
  const token = `${database.token}-${crypto.randomUUID()}`;
  const channel = getBroadcastChannelReference(database.storage.name, token, database.name, owner);
  const elector = getLeaderElectorByBroadcastChannel(channel);
  database.leaderElector = () => elector;
  database.onClose.push(async () => {
    await elector.die();
    await removeBroadcastChannelReference(token, owner);
  });
}
