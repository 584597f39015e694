import { isJsonEqual } from "@mirubato/domain";
import { testPieceContent } from "@mirubato/domain/testing";
import type { PieceContent, PieceDoc } from "@mirubato/schema";
import { ModelDevice, type ModelWrite } from "./sync-device.model";
import { createModelServer } from "./sync-server.model";

/** One step of a scenario; device and request indexes are taken modulo what exists. */
export type ModelOp =
  | { readonly kind: "create"; readonly device: number; readonly title: string }
  | { readonly kind: "edit"; readonly device: number; readonly doc: number; readonly patch: PiecePatch }
  | { readonly kind: "push"; readonly device: number; readonly batch: number }
  | { readonly kind: "pull"; readonly device: number; readonly limit: number }
  | { readonly kind: "deliver"; readonly request: number; readonly isKept: boolean }
  | { readonly kind: "respond"; readonly device: number; readonly isPush: boolean; readonly isLost: boolean }
  | { readonly kind: "partition"; readonly device: number }
  | { readonly kind: "poke"; readonly device: number; readonly isLost: boolean }
  | { readonly kind: "advance"; readonly ms: number };

export type PiecePatch =
  | { readonly title: string }
  | { readonly notes: string }
  | { readonly targetTempoBpm: number | undefined }
  | { readonly status: PieceContent["status"] }
  | { readonly _deleted: boolean };

export interface Scenario {
  readonly skewsMs: readonly number[];
  readonly ops: readonly ModelOp[];
}

interface Request {
  readonly isPush: boolean;
  readonly body: string;
  response?: string;
}

const startMs = Date.UTC(2026, 2, 1, 9, 0);

function content(title: string): PieceContent {
  return testPieceContent({ title });
}

/** Devices, the server and the network between them; requests are kept by id after delivery. */
class World {
  nowMs = startMs;
  readonly writes: ModelWrite[] = [];
  readonly pokes = new Set<number>();
  readonly server = createModelServer(() => {
    for (let index = 0; index < this.devices.length; index += 1) this.pokes.add(index);
  });
  readonly devices: ModelDevice[];
  readonly requests = new Map<number, Request>();
  network: number[] = [];

  constructor(skewsMs: readonly number[]) {
    this.devices = skewsMs.map(
      (skewMs, index) =>
        new ModelDevice(
          `device${index}`,
          () => this.nowMs + skewMs,
          (write) => this.writes.push(write),
        ),
    );
  }

  send(isPush: boolean, body: string): number {
    const id = this.requests.size + 1;
    this.requests.set(id, { isPush, body });
    this.network.push(id);
    return id;
  }

  apply(op: ModelOp): void {
    if (op.kind === "advance") this.nowMs += op.ms;
    else if (op.kind === "deliver") this.deliver(op.request, op.isKept);
    else this.applyToDevice(op, op.device % this.devices.length);
  }

  private applyToDevice(op: Exclude<ModelOp, { kind: "advance" | "deliver" }>, index: number): void {
    const device = this.devices[index];
    if (device === undefined) return;
    if (op.kind === "create") device.create(content(op.title));
    else if (op.kind === "edit") device.edit(op.doc, op.patch);
    else if (op.kind === "partition") device.isOnline = !device.isOnline;
    else if (op.kind === "pull") this.startPull(device, op.limit);
    else if (op.kind === "poke" && this.pokes.delete(index) && !op.isLost) this.startPull(device, 3);
    else if (op.kind === "push" && device.isOnline && device.pushInFlight === null) {
      const rows = device.pendingRows(op.batch);
      if (rows.length > 0) device.pushInFlight = { requestId: this.send(true, device.pushBody(rows)), rows };
    } else if (op.kind === "respond") this.respond(device, op.isPush, op.isLost);
  }

  private startPull(device: ModelDevice, limit: number): void {
    if (!device.isOnline || device.pullInFlight !== null) return;
    device.pullInFlight = this.send(false, JSON.stringify({ checkpoint: device.checkpoint, limit }));
  }

  /** The server handles a request; kept requests can land again later (a duplicate). */
  private deliver(position: number, isKept: boolean): void {
    const id = this.network[position % Math.max(this.network.length, 1)];
    const request = id === undefined ? undefined : this.requests.get(id);
    if (request === undefined) return;
    request.response = request.isPush ? this.server.push(request.body) : this.server.pull(request.body);
    if (!isKept) this.network = this.network.filter((other) => other !== id);
  }

  private respond(device: ModelDevice, isPush: boolean, isLost: boolean): void {
    const inFlight = isPush ? device.pushInFlight : device.pullInFlight;
    const requestId = typeof inFlight === "number" ? inFlight : inFlight?.requestId;
    const response = requestId === undefined ? undefined : this.requests.get(requestId)?.response;
    if (!isLost && device.isOnline && response === undefined) return;
    // A lost response is a timeout: the device gives up; the request itself may still land later.
    if (!isLost && device.isOnline && response !== undefined) {
      if (isPush && device.pushInFlight) device.applyPushResponse(device.pushInFlight.rows, response);
      if (!isPush) device.applyPullResponse(response);
    }
    if (isPush) device.pushInFlight = null;
    else device.pullInFlight = null;
  }

  /** Heal: every request still in the network lands (late duplicates), then everyone syncs. */
  heal(): number {
    for (const id of this.network) this.deliver(this.network.indexOf(id), true);
    this.network = [];
    for (const device of this.devices) {
      device.isOnline = true;
      device.pushInFlight = null;
      device.pullInFlight = null;
    }
    for (let round = 1; round <= 10; round += 1) {
      const seqBefore = this.server.seq();
      for (const device of this.devices) this.syncFully(device);
      const isQuiet = this.devices.every((device) => device.pendingRows(1).length === 0);
      if (this.server.seq() === seqBefore && isQuiet) return round;
    }
    throw new Error("replicas did not quiesce in 10 rounds");
  }

  private syncFully(device: ModelDevice): void {
    for (let rows = device.pendingRows(2); rows.length > 0; rows = device.pendingRows(2)) {
      device.applyPushResponse(rows, this.server.push(device.pushBody(rows)));
    }
    const pullBody = () => JSON.stringify({ checkpoint: device.checkpoint, limit: 2 });
    while (device.applyPullResponse(this.server.pull(pullBody())) > 0);
  }
}

/** Runs a scenario, heals the network and returns the final states plus every write made. */
export function runScenario(scenario: Scenario) {
  const world = new World(scenario.skewsMs);
  for (const op of scenario.ops) world.apply(op);
  const rounds = world.heal();
  return { server: world.server.documents(), devices: world.devices, writes: world.writes, rounds };
}

/** The oracle: for each document and field, the value of its greatest (clock, device) write. */
export function expectedDocuments(writes: readonly ModelWrite[]): Map<string, Map<string, ModelWrite>> {
  const expected = new Map<string, Map<string, ModelWrite>>();
  for (const write of writes) {
    const fields = expected.get(write.docId) ?? new Map<string, ModelWrite>();
    const current = fields.get(write.field);
    if (current === undefined || write.stamp > current.stamp) fields.set(write.field, write);
    expected.set(write.docId, fields);
  }
  return expected;
}

/** Describes every way the healed system differs from the oracle; empty when it converged. */
export function findDivergences(result: ReturnType<typeof runScenario>): string[] {
  const problems: string[] = [];
  const serverById = new Map(result.server.map((doc) => [doc.id, doc]));
  for (const device of result.devices) {
    if (device.fork.size !== serverById.size)
      problems.push(`${device.deviceId} has ${device.fork.size} docs`);
    for (const [id, doc] of device.fork) {
      if (!isJsonEqual(doc, serverById.get(id))) problems.push(`${device.deviceId} differs on ${id}`);
    }
  }
  const expected = expectedDocuments(result.writes);
  if (expected.size !== serverById.size)
    problems.push(`server has ${serverById.size} of ${expected.size} docs`);
  for (const [id, fields] of expected) {
    const doc: PieceDoc | undefined = serverById.get(id);
    const values = new Map<string, unknown>(Object.entries(doc ?? {}));
    for (const [field, write] of fields) {
      if (doc?.clocks[field] !== write.stamp || !isJsonEqual(values.get(field), write.value)) {
        problems.push(`${id}.${field} is not its greatest write ${write.stamp}`);
      }
    }
    if (doc && Object.keys(doc.clocks).length !== fields.size) problems.push(`${id} has clocks nobody wrote`);
  }
  return problems;
}
