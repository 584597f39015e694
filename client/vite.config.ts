import { tanstackRouter } from "@tanstack/router-plugin/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { type ManifestOptions, VitePWA } from "vite-plugin-pwa";

/** Brand colour, also in scripts/logo-geometry.mjs, index.html and `--brand` in global.css. */
const themeColor = "#3f3794";

const pwaManifest = {
  name: "Mirubato",
  short_name: "Mirubato",
  description: "A practice companion for musicians that works offline.",
  id: "/",
  start_url: "/",
  scope: "/",
  display: "standalone",
  background_color: "#f7f6fb",
  theme_color: themeColor,
  icons: [
    { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
    { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
    { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
  ],
} satisfies Partial<ManifestOptions>;

// In production the Cloudflare front worker serves the app and these prefixes from one origin (:4000);
// in dev, Vite forwards them there so cookies and the relay WebSocket behave the same.
const backend = "http://127.0.0.1:4000";
const proxy = {
  "/api": { target: backend, changeOrigin: true },
  "/sync": { target: backend, changeOrigin: true, ws: true },
};

export default defineConfig({
  plugins: [
    // Must run before react() so route files are split into lazy chunks before JSX is transformed.
    tanstackRouter({ target: "react", autoCodeSplitting: true }),
    react(),
    VitePWA({
      registerType: "prompt",
      injectRegister: null,
      // globPatterns below already precaches public/ icons; listing them again would duplicate entries.
      includeManifestIcons: false,
      manifest: pwaManifest,
      workbox: {
        // Every hashed chunk is precached, so each section opens offline after the first visit.
        globPatterns: ["**/*.{js,mjs,css,html,svg,png}"],
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [
          /^\/api\//,
          /^\/sync\//,
          /^\/health/,
          /^\/livez/,
          /^\/readyz/,
          /^\/sitemap\.xml/,
        ],
        cleanupOutdatedCaches: true,
        // The first install takes control at once, so "Ready to work offline" is true without a reload.
        // Updates still wait for the user (no skipWaiting) because registerType is "prompt".
        clientsClaim: true,
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
  ],
  build: { manifest: true, sourcemap: "hidden" },
  server: { proxy },
  preview: { proxy },
});
