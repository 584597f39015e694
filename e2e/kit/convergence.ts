import type { Account } from "./accounts";
import type { Device, DeviceDocument } from "./device";
import { openServer, type SyncedJson } from "./server";

export interface ConvergenceOptions {
  readonly collections: readonly string[];
  /** How long the devices get to agree with the server; 20 s by default. */
  readonly timeoutMs?: number;
  /** Whose server state to compare with; by default the first device's account. */
  readonly account?: Account;
}

/** Per collection, the server's documents once every device holds exactly them. */
export type ConvergedState = Record<string, SyncedJson[]>;

/** JSON with object keys sorted, so equal documents compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

function short(value: unknown): string {
  const text = value === undefined ? "(absent)" : canonical(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Differences between the server's documents and one device's, as readable lines. */
export function diffDocuments(
  server: readonly SyncedJson[],
  device: readonly DeviceDocument[],
  collection: string,
): string[] {
  const lines: string[] = [];
  const onDevice = new Map(device.map((document) => [document.id, document]));
  const onServer = new Map(server.map((document) => [document.id, document]));
  for (const [id, expected] of onServer) {
    const actual = onDevice.get(id);
    if (actual === undefined) {
      lines.push(
        `${collection}/${id}: missing on the device (server: _deleted=${String(expected._deleted)})`,
      );
      continue;
    }
    const fields = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const field of [...fields].sort()) {
      if (canonical(expected[field]) === canonical(actual[field])) continue;
      lines.push(
        `${collection}/${id}.${field}: device ${short(actual[field])} ≠ server ${short(expected[field])}`,
      );
    }
  }
  for (const id of onDevice.keys()) {
    if (!onServer.has(id)) lines.push(`${collection}/${id}: on the device only (never reached the server)`);
  }
  return lines;
}

/**
 * Waits until every device's local database equals the server's state for the given collections
 * (same ids, tombstones included; same value in every field, merge clocks too). On timeout it
 * fails with the differences per device, e.g.
 * `B: practice_entries/0197….notes: device "old" ≠ server "new"`.
 *
 * @example
 * await waitForConvergence([laptop, phone], { collections: ["practice_entries"], timeoutMs: 15_000 });
 */
export async function waitForConvergence(
  devices: readonly Device[],
  options: ConvergenceOptions,
): Promise<ConvergedState> {
  const account = options.account ?? devices[0]?.account;
  if (account === undefined || account === null) throw new Error("waitForConvergence needs an account");
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  const server = await openServer(account);
  try {
    let report: string[] = [];
    for (let round = 0; ; round += 1) {
      const state: ConvergedState = {};
      report = [];
      for (const collection of options.collections) {
        // A worker reloading under `wrangler dev` answers 503 for a moment: report it and poll on.
        const serverDocuments = await server.pullAll(collection).catch((error: unknown) => {
          report.push(`server: ${String(error).slice(0, 160)}`);
          return undefined;
        });
        if (serverDocuments === undefined) continue;
        state[collection] = serverDocuments;
        for (const device of devices) {
          const lines = diffDocuments(serverDocuments, await device.dump(collection), collection);
          report.push(...lines.slice(0, 20).map((line) => `${device.name}: ${line}`));
          if (lines.length > 20) report.push(`${device.name}: … and ${lines.length - 20} more`);
        }
      }
      if (report.length === 0) return state;
      if (Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, Math.min(100 * 2 ** round, 500)));
    }
    const pending = await Promise.all(
      devices.map(async (device) => {
        const snapshot = await device.pending().catch((error: unknown) => String(error));
        const summary =
          typeof snapshot === "string"
            ? snapshot
            : `${snapshot.total} unpushed, status "${snapshot.statusText ?? ""}"`;
        return `${device.name}: ${summary}; relay ${device.relay.openSockets} open socket(s), ${device.relay.heldPokes} held poke(s)`;
      }),
    );
    throw new Error(
      `devices did not converge with the server within ${options.timeoutMs ?? 20_000} ms:\n` +
        `${report.join("\n")}\n\ndevice sync state:\n${pending.join("\n")}`,
    );
  } finally {
    await server.dispose();
  }
}
