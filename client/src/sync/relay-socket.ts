/**
 * The relay connection (`/sync/ws`): it carries only pokes, "collection X changed", after which
 * replication pulls. It reconnects with jittered exponential back-off (so a relay restart is not
 * hit by every device at once), pings every 25 s to keep proxies from closing an idle socket, and
 * treats a socket that stays silent for two heartbeats as dead. Losing it is harmless: the engine
 * then pulls on a timer.
 */
import type { CollectionName } from "@mirubato/schema";
import {
  CloseCode,
  isRetryableClose,
  parseFrame,
  pingFrame,
  serverMessageSchema,
} from "@mirubato/sync-protocol";

/** The subset of `WebSocket` used here, so tests can pass a fake. */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
}

export interface RelaySocketOptions {
  readonly url: string;
  readonly createSocket: (url: string) => WebSocketLike;
  /** A (re)connection is established: every collection must re-sync, pokes may have been missed. */
  readonly onConnected: () => void;
  readonly onPoke: (collection: CollectionName) => void;
  readonly onConnectionChange: (isConnected: boolean) => void;
  /** The relay refused the session (close 4001): stop, the session is gone. */
  readonly onUnauthorized: () => void;
  readonly random?: () => number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly heartbeatMs?: number;
}

export interface RelaySocket {
  start(): void;
  stop(): void;
  isConnected(): boolean;
}

const openState = 1;

/**
 * Delay before reconnect attempt `attempt` (0-based): exponential, capped, with "equal jitter"
 * (half fixed, half random) so retries spread out but never come back immediately.
 */
export function reconnectDelayMs(attempt: number, random: number, baseMs = 1000, maxMs = 60_000): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

/**
 * Creates the relay connection; call `start()` once signed in.
 *
 * @example
 * const relay = createRelaySocket({ url: relayUrl(location, deviceId), createSocket: (u) => new WebSocket(u), … });
 * relay.start();
 */
export function createRelaySocket(options: RelaySocketOptions): RelaySocket {
  const random = options.random ?? Math.random;
  const heartbeatMs = options.heartbeatMs ?? 25_000;
  let socket: WebSocketLike | undefined;
  let attempt = 0;
  let isRunning = false;
  let isOpen = false;
  let lastHeardAt = 0;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  let heartbeatTimer: ReturnType<typeof setInterval> | undefined;

  const setOpen = (next: boolean) => {
    if (next !== isOpen) {
      isOpen = next;
      options.onConnectionChange(next);
    }
  };
  const stopHeartbeat = () => {
    if (heartbeatTimer !== undefined) clearInterval(heartbeatTimer);
    heartbeatTimer = undefined;
  };
  const scheduleReconnect = () => {
    if (!isRunning || reconnectTimer !== undefined) return;
    const delay = reconnectDelayMs(attempt, random(), options.baseDelayMs, options.maxDelayMs);
    attempt += 1;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      connect();
    }, delay);
  };
  const handleMessage = (data: unknown) => {
    lastHeardAt = Date.now();
    const result = parseFrame(serverMessageSchema, typeof data === "string" ? data : new ArrayBuffer(0));
    // A frame we cannot read is skipped: the relay only ever prompts a pull, it never carries data.
    if (!result.ok) return;
    if (result.message.type === "hello") {
      attempt = 0;
    } else if (result.message.type === "poke") {
      options.onPoke(result.message.collection);
    }
  };
  const connect = () => {
    if (!isRunning) return;
    const current = options.createSocket(options.url);
    socket = current;
    current.onopen = () => {
      lastHeardAt = Date.now();
      setOpen(true);
      options.onConnected();
      heartbeatTimer = setInterval(() => {
        if (Date.now() - lastHeardAt > 2 * heartbeatMs) {
          // Silent for two heartbeats: a half-open socket (e.g. after sleep). Replace it.
          current.close(1000, "heartbeat timeout");
          handleClose(current, 1006);
          return;
        }
        current.send(pingFrame);
      }, heartbeatMs);
    };
    current.onmessage = (event) => handleMessage(event.data);
    current.onclose = (event) => handleClose(current, event.code);
    // `onerror` is always followed by `onclose`, which does the recovery.
    current.onerror = null;
  };
  const handleClose = (closed: WebSocketLike, code: number) => {
    if (closed !== socket) return;
    socket = undefined;
    closed.onopen = closed.onmessage = closed.onclose = null;
    stopHeartbeat();
    setOpen(false);
    if (code === CloseCode.unauthorized) {
      isRunning = false;
      options.onUnauthorized();
      return;
    }
    if (isRetryableClose(code)) scheduleReconnect();
    else isRunning = false;
  };

  return {
    start() {
      if (isRunning) return;
      isRunning = true;
      attempt = 0;
      connect();
    },
    stop() {
      isRunning = false;
      if (reconnectTimer !== undefined) clearTimeout(reconnectTimer);
      reconnectTimer = undefined;
      const current = socket;
      if (current !== undefined) {
        handleClose(current, 1000);
        if (current.readyState === openState || current.readyState === 0)
          current.close(1000, "client stopped");
      }
    },
    isConnected: () => isOpen,
  };
}

/** The relay URL on the app's own origin (`ws:` or `wss:` like the page). */
export function relayUrl(location: Pick<Location, "protocol" | "host">, deviceId: string): string {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  // The relay needs the device id so that a poke caused by this device's own push skips it.
  return `${scheme}//${location.host}/sync/ws?deviceId=${encodeURIComponent(deviceId)}`;
}
