import type { WebSocketRoute } from "@playwright/test";

/** What happens to relay pokes on their way to the page. */
export type PokeMode = "pass" | "hold" | "drop";

interface ProxiedSocket {
  readonly page: WebSocketRoute;
  readonly server: WebSocketRoute;
}

/** The close code the page sees when a test cuts the relay: retryable, like a network drop. */
const partitionClose = { code: 4900, reason: "partitioned by test" } as const;

function isPoke(message: string | Buffer): boolean {
  return pokedCollection(message) !== undefined;
}

/** The collection a poke names (`""` if it names none), or `undefined` for any other frame. */
function pokedCollection(message: string | Buffer): string | undefined {
  if (typeof message !== "string") return undefined;
  try {
    const parsed: unknown = JSON.parse(message);
    if (typeof parsed !== "object" || parsed === null || !("type" in parsed) || parsed.type !== "poke")
      return undefined;
    return "collection" in parsed && typeof parsed.collection === "string" ? parsed.collection : "";
  } catch {
    // Not JSON: the relay never sends such frames, and the page's own parser skips them too.
    return undefined;
  }
}

/**
 * The pass-through proxy between a device's page and the relay (`/sync/ws`), installed with
 * `context.routeWebSocket` before the page loads: Playwright's `setOffline` leaves open sockets
 * alone and `route` never sees WebSockets (TOOLCHAIN.md), so this is how a test partitions the
 * relay. Pokes can be held (delivered later, in order), dropped, or passed.
 */
export class RelayLink {
  private readonly sockets = new Set<ProxiedSocket>();
  private held: { readonly socket: ProxiedSocket; readonly message: string | Buffer }[] = [];
  private isCut = false;
  private pokeMode: PokeMode = "pass";
  /** Pokes dropped so far (by `dropPokes`, or held on a socket that closed before release). */
  droppedPokes = 0;
  /** Pokes delivered to the page so far. */
  deliveredPokes = 0;
  /** Pokes delivered to the page so far, by the collection they name. */
  readonly deliveredPokesByCollection = new Map<string, number>();
  /** Sockets the page opened through the proxy (refused ones included). */
  connectionAttempts = 0;

  /** The `routeWebSocket` handler. */
  readonly handle = (page: WebSocketRoute): void => {
    this.connectionAttempts += 1;
    if (this.isCut) {
      void page.close(partitionClose);
      return;
    }
    const server = page.connectToServer();
    const socket = { page, server };
    this.sockets.add(socket);
    page.onMessage((message) => server.send(message));
    server.onMessage((message) => this.fromServer(socket, message));
    page.onClose((code, reason) => {
      this.sockets.delete(socket);
      void server.close({ code: code ?? 1000, reason: reason ?? "" });
    });
    server.onClose((code, reason) => {
      this.sockets.delete(socket);
      void page.close({ code: code ?? 1000, reason: reason ?? "" });
    });
  };

  get openSockets(): number {
    return this.sockets.size;
  }

  get heldPokes(): number {
    return this.held.length;
  }

  /** Closes the open sockets and refuses new ones until `heal()`. */
  async cut(): Promise<void> {
    this.isCut = true;
    const open = [...this.sockets];
    this.sockets.clear();
    await Promise.all(
      open.map(async ({ page, server }) => {
        await page.close(partitionClose);
        await server.close({ code: 1000, reason: "partitioned by test" });
      }),
    );
  }

  heal(): void {
    this.isCut = false;
  }

  setPokeMode(mode: PokeMode): void {
    this.pokeMode = mode;
    if (mode === "drop") {
      this.droppedPokes += this.held.length;
      this.held = [];
    }
    if (mode === "pass") {
      const held = this.held;
      this.held = [];
      for (const { socket, message } of held) this.deliver(socket, message);
    }
  }

  private fromServer(socket: ProxiedSocket, message: string | Buffer): void {
    if (!isPoke(message) || this.pokeMode === "pass") {
      this.deliver(socket, message);
    } else if (this.pokeMode === "hold") {
      this.held.push({ socket, message });
    } else {
      this.droppedPokes += 1;
    }
  }

  private deliver(socket: ProxiedSocket, message: string | Buffer): void {
    if (!this.sockets.has(socket)) {
      this.droppedPokes += isPoke(message) ? 1 : 0;
      return;
    }
    const collection = pokedCollection(message);
    if (collection !== undefined) {
      this.deliveredPokes += 1;
      this.deliveredPokesByCollection.set(
        collection,
        (this.deliveredPokesByCollection.get(collection) ?? 0) + 1,
      );
    }
    socket.page.send(message);
  }
}
