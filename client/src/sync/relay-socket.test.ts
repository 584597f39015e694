import { pingFrame } from "@mirubato/sync-protocol";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { createRelaySocket, reconnectDelayMs, relayUrl, type WebSocketLike } from "./relay-socket";

// Node 20 has no CloseEvent; this carries what the relay socket reads.
class FakeCloseEvent extends Event implements CloseEvent {
  readonly reason = "";
  readonly wasClean = false;
  constructor(readonly code: number) {
    super("close");
  }
}

class FakeSocket implements WebSocketLike {
  readyState = 0;
  sent: string[] = [];
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.(new Event("open"));
  }
  receive(data: string) {
    this.onmessage?.(new MessageEvent("message", { data }));
  }
  drop(code: number) {
    this.readyState = 3;
    this.onclose?.(new FakeCloseEvent(code));
  }
}

let sockets: FakeSocket[];
const events: string[] = [];

function setup(random = 0.5) {
  return createRelaySocket({
    url: "ws://app/sync/ws",
    createSocket: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
    onConnected: () => events.push("connected"),
    onPoke: (collection) => events.push(`poke:${collection}`),
    onConnectionChange: (isConnected) => events.push(isConnected ? "up" : "down"),
    onUnauthorized: () => events.push("unauthorized"),
    random: () => random,
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  sockets = [];
  events.length = 0;
});
afterEach(() => vi.useRealTimers());

test("back-off doubles per attempt, is capped, and is jittered within [half, full]", () => {
  expect(reconnectDelayMs(0, 0)).toBe(500);
  expect(reconnectDelayMs(0, 1)).toBe(1000);
  expect(reconnectDelayMs(3, 0.5)).toBe(6000);
  expect(reconnectDelayMs(20, 1)).toBe(60_000);
  expect(reconnectDelayMs(20, 0)).toBe(30_000);
});

test("re-syncs on connect and forwards pokes for their collection", () => {
  const relay = setup();
  relay.start();
  sockets[0]?.open();
  sockets[0]?.receive(JSON.stringify({ type: "hello", protocolVersion: 1 }));
  sockets[0]?.receive(JSON.stringify({ type: "poke", collection: "pieces", checkpoint: { seq: 4 } }));
  sockets[0]?.receive("not json");
  expect(events).toEqual(["up", "connected", "poke:pieces"]);
  expect(relay.isConnected()).toBe(true);
  relay.stop();
});

test("reconnects after a drop with growing delays and resets after hello", () => {
  const relay = setup(0);
  relay.start();
  sockets[0]?.drop(1006);
  vi.advanceTimersByTime(499);
  expect(sockets).toHaveLength(1);
  vi.advanceTimersByTime(1);
  expect(sockets).toHaveLength(2);
  sockets[1]?.drop(1006);
  vi.advanceTimersByTime(999);
  expect(sockets).toHaveLength(2);
  vi.advanceTimersByTime(1);
  expect(sockets).toHaveLength(3);
  sockets[2]?.open();
  sockets[2]?.receive(JSON.stringify({ type: "hello", protocolVersion: 1 }));
  sockets[2]?.drop(1006);
  vi.advanceTimersByTime(500);
  expect(sockets).toHaveLength(4);
  relay.stop();
});

test("pings every 25 s and replaces a socket that stays silent", () => {
  const relay = setup(0);
  relay.start();
  sockets[0]?.open();
  vi.advanceTimersByTime(25_000);
  expect(sockets[0]?.sent).toEqual([pingFrame]);
  sockets[0]?.receive(JSON.stringify({ type: "pong" }));
  vi.advanceTimersByTime(75_000);
  expect(events).toContain("down");
  vi.advanceTimersByTime(500);
  expect(sockets).toHaveLength(2);
  relay.stop();
});

test("stops for good when the relay rejects the session", () => {
  const relay = setup();
  relay.start();
  sockets[0]?.drop(4001);
  vi.advanceTimersByTime(120_000);
  expect(sockets).toHaveLength(1);
  expect(events).toEqual(["unauthorized"]);
});

test("stop() cancels a pending reconnect", () => {
  const relay = setup();
  relay.start();
  sockets[0]?.drop(1006);
  relay.stop();
  vi.advanceTimersByTime(120_000);
  expect(sockets).toHaveLength(1);
});

test("the relay URL follows the page's scheme and host", () => {
  expect(relayUrl({ protocol: "https:", host: "mirubato.app" }, "dev-1")).toBe(
    "wss://mirubato.app/sync/ws?deviceId=dev-1",
  );
  expect(relayUrl({ protocol: "http:", host: "localhost:4000" }, "dev_2")).toBe(
    "ws://localhost:4000/sync/ws?deviceId=dev_2",
  );
});
