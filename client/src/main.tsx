// First, so feature stylesheets imported by components cascade after the tokens and base rules.
import "./styles/global.css";
import { RouterProvider } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { DatabaseProvider } from "./db/database-context";
import { createPwaStore } from "./features/pwa/pwa-store";
import { registerServiceWorker } from "./features/pwa/register-service-worker";
import { PreferencesProvider } from "./features/settings/preferences-provider";
import { createAppRouter } from "./router";
import { createOnlineStatusStore } from "./sync/online-status";
import { SyncProvider } from "./sync/sync-provider";
import { createSyncStatusStore } from "./sync/sync-status";

const pwa = createPwaStore();
const onlineStatus = createOnlineStatusStore(navigator, window);
const syncStatus = createSyncStatusStore({ isOnline: navigator.onLine });
const reportStorageFull = () => syncStatus.update({ isStorageFull: true });
const router = createAppRouter({ onlineStatus, pwa });

// A service worker in dev would serve stale modules; only production builds get one.
if (import.meta.env.PROD) void registerServiceWorker(pwa);

const rootElement = document.getElementById("root");
if (!rootElement) throw new Error("index.html must contain #root");

createRoot(rootElement).render(
  <StrictMode>
    <DatabaseProvider onStorageFull={reportStorageFull}>
      {/* Inside the database: the language and theme come from the synced settings document. */}
      <PreferencesProvider>
        <SyncProvider status={syncStatus} onlineStatus={onlineStatus}>
          <RouterProvider router={router} />
        </SyncProvider>
      </PreferencesProvider>
    </DatabaseProvider>
  </StrictMode>,
);
