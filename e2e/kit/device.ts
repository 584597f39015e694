import type { Browser, BrowserContext, Page } from "@playwright/test";
import type { Account } from "./accounts";
import { ApiLink, type Direction } from "./api-link";
import { RelayLink } from "./relay-link";

/** A network path a device uses for sync: HTTP pull/push, or the relay WebSocket. */
export type Channel = "api" | "relay";

/** What `window.__mirubato.pending()` reports (client/src/db/automation-bridge.ts). */
export interface PendingSnapshot {
  readonly isLeader: boolean;
  readonly statusText: string | null;
  readonly total: number;
  readonly collections: Readonly<
    Record<string, { readonly isReplicating: boolean; readonly unpushedIds: readonly string[] }>
  >;
}

export type DeviceDocument = Record<string, unknown> & { readonly id: string };

/**
 * One device of an account: its own browser context (IndexedDB, cookies, device id) and page,
 * with the sync channels routed through controllable links from before the page loaded.
 */
export class Device {
  /** The page in use; `reopen()` replaces it after `closePage()`. */
  page: Page;

  constructor(
    readonly name: string,
    /** `null` for a device used signed out (it may sign in through the UI later). */
    readonly account: Account | null,
    readonly context: BrowserContext,
    page: Page,
    readonly api: ApiLink,
    readonly relay: RelayLink,
  ) {
    this.page = page;
  }

  /**
   * Cuts a channel: `api` one way (`up` = pushes fail, `down` = pulls fail) or both; `relay`
   * closes the open socket and refuses new ones. Without arguments, both channels.
   */
  async cut(channel?: Channel, direction: Direction = "both"): Promise<void> {
    if (channel !== "relay") this.api.cut(direction);
    if (channel !== "api") await this.relay.cut();
  }

  /** Heals one channel, or every channel (and the browser's network) when called without one. */
  async heal(channel?: Channel): Promise<void> {
    if (channel !== "relay") this.api.heal();
    if (channel !== "api") this.relay.heal();
    if (channel === undefined && this.isOffline) {
      this.isOffline = false;
      await this.context.setOffline(false);
    }
  }

  /**
   * The whole device loses its network, as when a laptop leaves Wi-Fi: `navigator.onLine` turns
   * false and every channel is cut (setOffline alone would leave the relay socket open).
   * `heal()` brings it back and the browser fires `online`.
   */
  async goOffline(): Promise<void> {
    this.isOffline = true;
    await this.context.setOffline(true);
    await this.cut();
  }

  private isOffline = false;

  /** The musician comes back to this device: the window gains focus, and the app pulls. */
  async focus(): Promise<void> {
    await this.page.evaluate(() => window.dispatchEvent(new Event("focus")));
  }

  /** Pokes wait in the proxy until `releasePokes()`. */
  holdPokes(): void {
    this.relay.setPokeMode("hold");
  }

  /** Delivers held pokes in order and lets new ones through. */
  releasePokes(): void {
    this.relay.setPokeMode("pass");
  }

  /** Drops held and future pokes until `releasePokes()`. */
  dropPokes(): void {
    this.relay.setPokeMode("drop");
  }

  /** Holds pushes in flight: `before-server` never reach it, `after-server` commit but get no answer. */
  holdPushes(mode: "before-server" | "after-server" = "before-server"): void {
    this.api.hold(mode);
  }

  releasePushes(): Promise<void> {
    return this.api.release();
  }

  /** Every document of a collection in this device's local database, tombstones included. */
  dump(collection: string): Promise<DeviceDocument[]> {
    return this.page.evaluate(async (name) => {
      const bridge = window.__mirubato;
      if (bridge === undefined) throw new Error("window.__mirubato is not installed yet");
      return bridge.dump(name) as Promise<DeviceDocument[]>;
    }, collection);
  }

  /** What this device has not had acknowledged by the server. */
  pending(): Promise<PendingSnapshot> {
    return this.page.evaluate(() => {
      const bridge = window.__mirubato;
      if (bridge === undefined) throw new Error("window.__mirubato is not installed yet");
      return bridge.pending();
    });
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await waitForBridge(this.page);
  }

  /** Closes the tab, keeping the device (its storage and routes) for `reopen()`. */
  async closePage(): Promise<void> {
    await this.page.close();
  }

  async reopen(path = "/logbook"): Promise<Page> {
    this.page = await this.context.newPage();
    await this.page.goto(path);
    await waitForBridge(this.page);
    return this.page;
  }

  /**
   * Opens another tab of this device: same storage and device id, same channel links. The tabs
   * elect one leader that replicates for all of them (RxDB leader election).
   */
  async openTab(path = "/logbook"): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(path);
    await waitForBridge(page);
    return page;
  }

  /** Makes `page` the tab the kit drives (`dump`, `pending`, `addEntry`, …). */
  useTab(page: Page): void {
    this.page = page;
  }

  /** The tab among `pages` that leads replication, once exactly one of them does. */
  async leaderTab(pages: readonly Page[], timeoutMs = 20_000): Promise<Page> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const leaders: Page[] = [];
      for (const page of pages) if (await isLeaderTab(page)) leaders.push(page);
      const [leader] = leaders;
      if (leaders.length === 1 && leader !== undefined) return leader;
      if (Date.now() > deadline) {
        throw new Error(
          `${this.name}: expected one leader tab among ${pages.length}, found ${leaders.length}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  close(): Promise<void> {
    return this.context.close();
  }
}

/** Whether this tab currently leads replication (`window.__mirubato.pending().isLeader`). */
export async function isLeaderTab(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const bridge = window.__mirubato;
    return bridge === undefined ? false : (await bridge.pending()).isLeader;
  });
}

/**
 * Freezes a tab as the browser freezes a hidden one (Page Lifecycle "frozen": no tasks, timers or
 * callbacks run, while its Web Locks stay held); the returned function thaws it. Chromium's
 * DevTools freeze (`Page.setWebLifecycleState`) does not fire the lifecycle events a real freeze
 * fires, so the kit fires `freeze` just before and `resume` just after, as the browser would.
 *
 * @example
 * const thaw = await freezeTab(leader);
 * … // another tab must take over
 * await thaw();
 */
export async function freezeTab(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(() => document.dispatchEvent(new Event("freeze")));
  const session = await page.context().newCDPSession(page);
  await session.send("Page.enable");
  await session.send("Page.setWebLifecycleState", { state: "frozen" });
  return async () => {
    await session.send("Page.setWebLifecycleState", { state: "active" });
    await session.detach();
    await page.evaluate(() => document.dispatchEvent(new Event("resume")));
  };
}

declare global {
  interface Window {
    __mirubato?: {
      dump(collection: string): Promise<unknown[]>;
      pending(): Promise<PendingSnapshot>;
      create(collection: string, content: unknown): Promise<DeviceDocument>;
      update(collection: string, id: string, patch: unknown): Promise<DeviceDocument>;
      remove(collection: string, id: string): Promise<unknown>;
    };
  }
}

/** Waits until the page's local database is open and the automation bridge installed. */
export async function waitForBridge(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__mirubato !== undefined, undefined, { timeout: 30_000 });
}

/**
 * Opens a device signed in to `account` (or signed out with `account: null`, for local-only data):
 * its own context with the relay proxy and the sync routes installed before the page loads.
 */
export async function openDevice(
  browser: Browser,
  account: Account | null,
  options: { readonly name: string; readonly baseURL: string; readonly path?: string },
): Promise<Device> {
  const context = await browser.newContext({
    baseURL: options.baseURL,
    ...(account === null ? {} : { storageState: account.storageState }),
  });
  const api = new ApiLink();
  const relay = new RelayLink();
  await context.routeWebSocket(/\/sync\/ws(\?.*)?$/, relay.handle);
  await context.route(/\/api\/sync\//, api.handle);
  const page = await context.newPage();
  await page.goto(options.path ?? "/logbook");
  await waitForBridge(page);
  return new Device(options.name, account, context, page, api, relay);
}

/**
 * Opens `count` devices of one account, named "A", "B", … Close them with `closeDevices`.
 *
 * @example
 * const [laptop, phone] = await openDevices(browser, account, 2);
 */
export async function openDevices(
  browser: Browser,
  account: Account,
  count: number,
  options: { readonly path?: string } = {},
): Promise<Device[]> {
  const devices: Device[] = [];
  for (let index = 0; index < count; index += 1) {
    const name = String.fromCharCode(65 + index);
    devices.push(
      await openDevice(browser, account, {
        name,
        baseURL: account.baseURL,
        ...(options.path === undefined ? {} : { path: options.path }),
      }),
    );
  }
  return devices;
}

export async function closeDevices(devices: readonly Device[]): Promise<void> {
  await Promise.all(devices.map((device) => device.close()));
}
