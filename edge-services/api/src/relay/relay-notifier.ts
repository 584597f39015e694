/**
 * The api's view of the relay worker (`RELAY` service binding, entrypoint `RelayService`). The
 * relay belongs to another package, so its RPC surface is declared here rather than imported: the
 * api needs only `poke` (after a push commits) and a liveness probe for `/api/health`.
 */
export interface RelayEntrypoint extends Rpc.WorkerEntrypointBranded {
  poke(
    userId: string,
    collection: string,
    checkpoint: unknown,
    originDeviceId?: string,
  ): Promise<{ ok: boolean }>;
}

export interface RelayNotifier {
  /** Tells the user's other devices that a collection changed. Never throws: pokes are best effort. */
  poke(userId: string, collection: string, checkpoint: unknown, originDeviceId?: string): Promise<boolean>;
  /** Resolves when the relay answers its liveness probe; throws with a readable reason otherwise. */
  checkLive(): Promise<void>;
}

/** The part of the binding used here (RPC `poke`, `fetch` for the probe); fakes implement it in tests. */
export interface RelayBinding {
  poke(userId: string, collection: string, checkpoint: unknown, originDeviceId?: string): Promise<unknown>;
  fetch(url: string): Promise<Response>;
}

export function createRelayNotifier(binding: RelayBinding | undefined): RelayNotifier {
  return {
    async poke(userId, collection, checkpoint, originDeviceId) {
      if (!binding) return false;
      try {
        await binding.poke(userId, collection, checkpoint, originDeviceId);
        return true;
      } catch {
        // Clients fall back to periodic pulls when pokes go missing (DESIGN §3), so a relay
        // outage must not fail the push that triggered it.
        return false;
      }
    },
    async checkLive() {
      if (!binding) throw new Error("no RELAY binding");
      let response: Response;
      try {
        response = await binding.fetch("http://relay/sync/livez");
      } catch (error) {
        throw new Error(`relay unreachable: ${error instanceof Error ? error.message : "unknown error"}`);
      }
      if (!response.ok) throw new Error(`relay answered ${response.status}`);
    },
  };
}
