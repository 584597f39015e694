import { type SessionKeys, signServiceToken } from "@mirubato/session-token";

/**
 * The api's view of the relay worker (`RELAY` service binding, entrypoint `RelayService`). The
 * relay belongs to another package, so its RPC surface is declared here rather than imported: the
 * api pokes after a push commits, ends revoked sessions' sockets, and probes liveness for
 * `/api/health`. Every RPC carries a service token from "api" to "relay" (`SERVICE_KEYS`).
 */
export interface RelayEntrypoint extends Rpc.WorkerEntrypointBranded {
  poke(...args: PokeArgs): Promise<{ ok: boolean }>;
  endSessions(...args: EndSessionsArgs): Promise<{ ok: boolean }>;
}

type PokeArgs = [
  serviceToken: string,
  userId: string,
  collection: string,
  checkpoint: unknown,
  originDeviceId?: string,
];
type EndSessionsArgs = [serviceToken: string, userId: string, sessionIds: string[]];

export interface RelayNotifier {
  /** Tells the user's other devices that a collection changed. Never throws: pokes are best effort. */
  poke(userId: string, collection: string, checkpoint: unknown, originDeviceId?: string): Promise<boolean>;
  /** Resolves when the relay answers its liveness probe; throws with a readable reason otherwise. */
  checkLive(): Promise<void>;
}

export interface RelaySessionCloser {
  /**
   * Closes the relay sockets of sessions the api just revoked, so revocation is immediate (the
   * relay's periodic re-check is the backstop). Never throws; false when the relay did not do it.
   */
  endSessions(userId: string, sessionIds: string[]): Promise<boolean>;
}

/** The part of the binding used here (RPC, `fetch` for the probe); fakes implement it in tests. */
export interface RelayBinding {
  poke(...args: PokeArgs): Promise<unknown>;
  endSessions(...args: EndSessionsArgs): Promise<unknown>;
  fetch(url: string): Promise<Response>;
}

/** `{ ok: true, … }` from the relay; anything else (unauthorized, invalid input) is a failure. */
const isOk = (result: unknown) =>
  typeof result === "object" && result !== null && "ok" in result && result.ok === true;

export function createRelayNotifier(
  binding: RelayBinding | undefined,
  serviceKeys: SessionKeys,
): RelayNotifier & RelaySessionCloser {
  const token = () => signServiceToken("api", "relay", serviceKeys);
  return {
    async poke(userId, collection, checkpoint, originDeviceId) {
      if (!binding) return false;
      try {
        return isOk(await binding.poke(await token(), userId, collection, checkpoint, originDeviceId));
      } catch {
        // Clients fall back to periodic pulls when pokes go missing (DESIGN §3), so a relay
        // outage must not fail the push that triggered it.
        return false;
      }
    },
    async endSessions(userId, sessionIds) {
      if (!binding || sessionIds.length === 0) return false;
      try {
        return isOk(await binding.endSessions(await token(), userId, sessionIds));
      } catch {
        // The sessions are already revoked in D1: the relay's periodic re-check closes them.
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
