/**
 * Pure part of the bundle report: from Vite's build manifest and a gzip-size function, the JS a
 * browser must download before the app shell renders, and what each lazy chunk (a route, usually)
 * adds on top of it. No I/O here so it can be tested with a fake manifest.
 */

/**
 * @typedef {{ file: string, src?: string, name?: string, isEntry?: boolean, isDynamicEntry?: boolean, imports?: string[] }} ManifestChunk
 * @typedef {Record<string, ManifestChunk>} Manifest
 * @typedef {{ label: string, isRoute: boolean, files: string[], gzipBytes: number }} LazyChunkReport
 * @typedef {{ limitBytes: number, shell: { files: string[], gzipBytes: number }, lazyChunks: LazyChunkReport[], isWithinBudget: boolean }} BundleReport
 */

/** @param {unknown} value @returns {value is string[]} */
function isStringArray(value) {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/**
 * Checks the shape of `.vite/manifest.json` instead of trusting it.
 * @param {unknown} json
 * @returns {Manifest}
 */
export function parseManifest(json) {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new Error("Vite manifest must be an object of chunks");
  }
  /** @type {Manifest} */
  const manifest = {};
  for (const [key, chunk] of Object.entries(json)) {
    if (typeof chunk !== "object" || chunk === null || typeof chunk.file !== "string") {
      throw new Error(`Vite manifest chunk "${key}" has no file`);
    }
    manifest[key] = {
      file: chunk.file,
      ...(typeof chunk.src === "string" && { src: chunk.src }),
      ...(typeof chunk.name === "string" && { name: chunk.name }),
      isEntry: chunk.isEntry === true,
      isDynamicEntry: chunk.isDynamicEntry === true,
      imports: isStringArray(chunk.imports) ? chunk.imports : [],
    };
  }
  return manifest;
}

/**
 * Keys reachable from `start` through static imports (which the browser fetches eagerly).
 * @param {Manifest} manifest @param {string[]} start @returns {Set<string>}
 */
function collectStaticImports(manifest, start) {
  const seen = new Set();
  const pending = [...start];
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    const chunk = manifest[key];
    if (seen.has(key) || !chunk) continue;
    seen.add(key);
    pending.push(...(chunk.imports ?? []));
  }
  return seen;
}

/** @param {string} key @param {ManifestChunk} chunk */
function labelOf(key, chunk) {
  const source = chunk.src ?? key;
  const route = /(?:^|\/)src\/routes\/(.+?)\.tsx?(?:\?|$)/.exec(source);
  return route?.[1] ? `route ${route[1]}` : (chunk.name ?? key);
}

/**
 * @param {Manifest} manifest
 * @param {(file: string) => number} gzipSizeOf gzipped size in bytes of an output file
 * @param {number} limitBytes budget for the shell's first-load JS
 * @returns {BundleReport}
 */
export function computeBundleReport(manifest, gzipSizeOf, limitBytes) {
  /** @param {Iterable<string>} keys */
  const jsFilesOf = (keys) =>
    [...keys]
      .map((key) => manifest[key]?.file ?? "")
      .filter((file) => file.endsWith(".js"))
      .sort();
  /** @param {string[]} files */
  const sum = (files) => files.reduce((total, file) => total + gzipSizeOf(file), 0);

  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  const shellKeys = collectStaticImports(manifest, entries);
  const shellFiles = jsFilesOf(shellKeys);

  const lazyChunks = Object.entries(manifest)
    .filter(([, chunk]) => chunk.isDynamicEntry)
    .map(([key, chunk]) => {
      const ownKeys = [...collectStaticImports(manifest, [key])].filter((k) => !shellKeys.has(k));
      const files = jsFilesOf(ownKeys);
      const label = labelOf(key, chunk);
      return { label, isRoute: label.startsWith("route "), files, gzipBytes: sum(files) };
    })
    .sort((a, b) => a.label.localeCompare(b.label));

  const shellBytes = sum(shellFiles);
  return {
    limitBytes,
    shell: { files: shellFiles, gzipBytes: shellBytes },
    lazyChunks,
    isWithinBudget: shellBytes <= limitBytes,
  };
}
