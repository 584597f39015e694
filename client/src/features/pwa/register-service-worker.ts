import type { PwaStore } from "./pwa-store";

/**
 * Registers the generated service worker through workbox-window. With `registerType: "prompt"` a new
 * version waits until the user accepts the update prompt, so an open practice session is never reloaded
 * under the musician's hands. Loaded lazily to keep workbox-window out of the first-load bundle.
 */
export async function registerServiceWorker(store: PwaStore): Promise<void> {
  const { registerSW } = await import("virtual:pwa-register");
  const updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh: () => store.markUpdateAvailable(() => updateServiceWorker(true)),
    onOfflineReady: () => store.markOfflineReady(),
    // The app keeps working online without a service worker; only offline use is lost, so say why.
    onRegisterError: (error: unknown) => console.error("Service worker registration failed", error),
  });
}
