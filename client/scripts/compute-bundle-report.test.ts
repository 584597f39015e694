import { expect, test } from "vitest";
import { computeBundleReport, parseManifest } from "./compute-bundle-report.mjs";

const manifest = parseManifest({
  "index.html": {
    file: "assets/index.js",
    src: "index.html",
    isEntry: true,
    imports: ["_vendor.js"],
    css: ["assets/index.css"],
  },
  "_vendor.js": { file: "assets/vendor.js", imports: ["index.html"] },
  "_shared.js": { file: "assets/shared.js", imports: ["index.html"] },
  "src/routes/logbook.tsx?tsr-split=component": {
    file: "assets/logbook.js",
    name: "logbook",
    isDynamicEntry: true,
    imports: ["_shared.js", "_vendor.js"],
  },
  "src/routes/index.tsx?tsr-split=component": {
    file: "assets/routes.js",
    name: "routes",
    isDynamicEntry: true,
    imports: ["_shared.js"],
  },
  "../node_modules/workbox-window/build/workbox-window.prod.es5.mjs": {
    file: "assets/workbox-window.js",
    name: "workbox-window.prod.es5",
    isDynamicEntry: true,
  },
});

const sizes: Record<string, number> = {
  "assets/index.js": 1000,
  "assets/vendor.js": 5000,
  "assets/shared.js": 300,
  "assets/logbook.js": 200,
  "assets/routes.js": 100,
  "assets/workbox-window.js": 2000,
};
const gzipSizeOf = (file: string) => sizes[file] ?? Number.NaN;

test("the shell is the entry plus its static imports, transitively", () => {
  const report = computeBundleReport(manifest, gzipSizeOf, 10_000);
  expect(report.shell).toEqual({ files: ["assets/index.js", "assets/vendor.js"], gzipBytes: 6000 });
});

test("a lazy chunk counts its own static imports but not the shell's", () => {
  const report = computeBundleReport(manifest, gzipSizeOf, 10_000);
  expect(report.lazyChunks).toEqual([
    { label: "route index", isRoute: true, files: ["assets/routes.js", "assets/shared.js"], gzipBytes: 400 },
    {
      label: "route logbook",
      isRoute: true,
      files: ["assets/logbook.js", "assets/shared.js"],
      gzipBytes: 500,
    },
    {
      label: "workbox-window.prod.es5",
      isRoute: false,
      files: ["assets/workbox-window.js"],
      gzipBytes: 2000,
    },
  ]);
});

test("flags a shell over the limit", () => {
  expect(computeBundleReport(manifest, gzipSizeOf, 6000).isWithinBudget).toBe(true);
  expect(computeBundleReport(manifest, gzipSizeOf, 5999).isWithinBudget).toBe(false);
});

test("rejects a manifest chunk without a file", () => {
  expect(() => parseManifest({ "index.html": { src: "index.html" } })).toThrow(/has no file/);
  expect(() => parseManifest([])).toThrow(/object of chunks/);
});
