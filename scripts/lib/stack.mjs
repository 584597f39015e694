// The local stack: every worker in one `wrangler dev` session on one port, with embedded
// D1/R2/KV/Queues/Durable Objects persisted under one folder.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { root, run, step, toolEnv } from "./toolchain.mjs";

/** The front worker first: it owns the port; the others are reached through service bindings. */
export const workerConfigs = [
  "wrangler.toml",
  "edge-services/api/wrangler.toml",
  "edge-services/scores/wrangler.toml",
  "edge-services/dictionary/wrangler.toml",
  "relay/wrangler.toml",
];

export const defaultStateDir = join(root, ".state", "wrangler");

function hasD1(config) {
  return readFileSync(join(root, config), "utf8").includes("[[d1_databases]]");
}

/** Applies every worker's numbered D1 migrations to the local databases (idempotent). */
export async function migrateLocalDatabases(stateDir = defaultStateDir) {
  for (const config of workerConfigs.filter(hasD1)) {
    step(`Migrating local D1 for ${config}`);
    await run(
      "wrangler",
      ["d1", "migrations", "apply", "DB", "--local", "-c", config, "--persist-to", stateDir],
      {
        env: { ...toolEnv, CI: "true" },
      },
    );
  }
}

export async function ensureDevVars() {
  const script = join(root, "scripts", "ensure-dev-vars.mjs");
  if (existsSync(script)) await run("node", [script]);
}

export async function buildClient() {
  step("Building the client");
  await run("pnpm", ["--filter", "@mirubato/client", "build"]);
}

async function waitUntilLive(baseUrl, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/livez`);
      if (response.ok) return;
    } catch {
      // Not listening yet: keep polling until the deadline.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the stack did not answer ${baseUrl}/livez within ${timeoutMs / 1000} s`);
}

/**
 * Starts all workers in one wrangler session and resolves once `/livez` answers.
 * `configOverrides` swaps a worker's config for another (paths relative to the repository), e.g. an
 * e2e copy with test-only vars: wrangler's `--var` reaches only the first config.
 * Returns `stop()`, which ends wrangler and its workerd children.
 */
export async function startStack({ port, stateDir = defaultStateDir, quiet = false, configOverrides = {} }) {
  for (const config of Object.keys(configOverrides)) {
    if (!workerConfigs.includes(config)) throw new Error(`${config} is not a worker config`);
  }
  const configs = workerConfigs.map((config) => configOverrides[config] ?? config);
  const args = ["dev", ...configs.flatMap((config) => ["-c", config])];
  args.push("--port", String(port), "--ip", "127.0.0.1", "--persist-to", stateDir);
  args.push("--show-interactive-dev-session=false", "--log-level", quiet ? "warn" : "info");
  // wrangler's own binary, not an npx wrapper: killing it ends its workerd children too.
  const child = spawn(join(root, "node_modules", ".bin", "wrangler"), args, {
    cwd: root,
    env: toolEnv,
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // Already gone between the check and the kill: nothing left to stop.
        resolve();
      }
    });
  try {
    await waitUntilLive(`http://127.0.0.1:${port}`, child, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { child, stop, url: `http://localhost:${port}` };
}
