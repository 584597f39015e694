import type { PwaStore } from "./features/pwa/pwa-store";
import type { OnlineStatusStore } from "./sync/online-status";

/** Dependencies created once in main.tsx and handed to routes through the router, not module singletons. */
export type RouterContext = {
  onlineStatus: OnlineStatusStore;
  pwa: PwaStore;
};
