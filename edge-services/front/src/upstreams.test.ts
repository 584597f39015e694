import { expect, test } from "vitest";
import { findUpstream } from "./upstreams";

test.each([
  ["/api/scores/health", "scores"],
  ["/api/scores", "scores"],
  ["/api/dictionary/terms/allegro", "dictionary"],
  ["/api/sync/pieces/pull", "api"],
  ["/api/scoresheet", "api"],
  ["/api", "api"],
  ["/sync/ws", "relay"],
  ["/sync", "relay"],
])("%s belongs to %s", (path, name) => {
  expect(findUpstream(path)?.name).toBe(name);
});

test.each(["/", "/logbook", "/apis", "/synced", "/assets/index-Bx7c9d2e.js", "/dictionary/en/allegro"])(
  "%s belongs to the client",
  (path) => {
    expect(findUpstream(path)).toBeUndefined();
  },
);
