import type { APIResponse, Route } from "@playwright/test";

/** `up` = pushes (device → server), `down` = pulls (server → device). */
export type Direction = "up" | "down" | "both";

/** A push held by `holdPushes`: the request, and the server's answer if it already got it. */
interface HeldPush {
  readonly route: Route;
  readonly response?: APIResponse | undefined;
}

/**
 * The device's sync HTTP channel (`/api/sync/**`), routed with `context.route` from the start:
 * each direction can be cut (requests fail as on a dead network), and pushes can be held
 * in flight, either before they reach the server or after (the response never comes back).
 */
export class ApiLink {
  private readonly blocked = new Set<"up" | "down">();
  private holdMode: "none" | "before-server" | "after-server" = "none";
  private held: HeldPush[] = [];
  /** Sync requests the page made, by direction, including failed and held ones. */
  readonly requests = { up: 0, down: 0 };

  /** The `context.route` handler for `/api/sync/`. */
  readonly handle = async (route: Route): Promise<void> => {
    const direction = new URL(route.request().url()).pathname.endsWith("/push") ? "up" : "down";
    this.requests[direction] += 1;
    if (this.blocked.has(direction)) return route.abort("internetdisconnected");
    if (direction === "up" && this.holdMode === "before-server") {
      this.held.push({ route });
      return;
    }
    if (direction === "up" && this.holdMode === "after-server") {
      // The server commits the push; the page never hears back while it is held.
      const response = await route.fetch().catch(() => undefined);
      this.held.push({ route, response });
      return;
    }
    return route.fallback();
  };

  get heldPushes(): number {
    return this.held.length;
  }

  cut(direction: Direction): void {
    if (direction !== "down") this.blocked.add("up");
    if (direction !== "up") this.blocked.add("down");
  }

  heal(): void {
    this.blocked.clear();
  }

  hold(mode: "before-server" | "after-server"): void {
    this.holdMode = mode;
  }

  /** Lets held pushes go on (to the server, or with the server's answer back to the page). */
  async release(): Promise<void> {
    this.holdMode = "none";
    const held = this.held;
    this.held = [];
    await Promise.all(
      held.map(({ route, response }) =>
        // A page closed meanwhile has no request left to answer: that is what some tests are about.
        (response === undefined ? route.fallback() : route.fulfill({ response })).catch(() => undefined),
      ),
    );
  }
}
