import { createRootRouteWithContext, Outlet } from "@tanstack/react-router";
import { AppShell } from "../features/app-shell/app-shell";
import { NotFoundPage } from "../features/sections/not-found-page";
import type { RouterContext } from "../router-context";

export const Route = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
});

function RootLayout() {
  const { onlineStatus, pwa } = Route.useRouteContext();
  return (
    <AppShell onlineStatus={onlineStatus} pwa={pwa}>
      <Outlet />
    </AppShell>
  );
}
