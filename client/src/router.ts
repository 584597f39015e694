import { createRouter } from "@tanstack/react-router";
import type { RouterContext } from "./router-context";
import { routeTree } from "./routeTree.gen";

export function createAppRouter(context: RouterContext) {
  return createRouter({
    routeTree,
    context,
    // Route chunks are fetched when a link is hovered or focused, so sections open instantly.
    defaultPreload: "intent",
    scrollRestoration: true,
  });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
