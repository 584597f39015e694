// Obtains the project's own toolchain (pnpm, dependencies, Debian's Chromium) without any global
// install by hand, so `npm start` and `npm test` work on a fresh machine with only Node and npm.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));
const PNPM_VERSION = "10.34.9";
const toolsDir = join(root, ".tools");
const pnpmBin = join(toolsDir, "node_modules", ".bin");

/** The environment every child process gets: the local pnpm and the workspace's binaries on PATH. */
export const toolEnv = {
  ...process.env,
  PATH: [pnpmBin, join(root, "node_modules", ".bin"), process.env.PATH].join(":"),
  // wrangler must not reach out to the network: no telemetry, no update check, no Request.cf fetch.
  WRANGLER_SEND_METRICS: "false",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_HIDE_BANNER: "true",
};

export function step(title) {
  console.log(`\n▸ ${title}`);
}

/** Runs a command to completion with inherited output; rejects on a non-zero exit. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: toolEnv, stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

export async function ensurePnpm() {
  if (existsSync(join(pnpmBin, "pnpm"))) return;
  step(`Installing pnpm ${PNPM_VERSION} into .tools/`);
  await run("npm", [
    "install",
    "--prefix",
    toolsDir,
    "--no-save",
    "--no-audit",
    "--no-fund",
    `pnpm@${PNPM_VERSION}`,
  ]);
}

export async function installDependencies() {
  await ensurePnpm();
  step("Installing dependencies (pnpm install --frozen-lockfile)");
  await run("pnpm", ["install", "--frozen-lockfile", "--reporter=append-only"]);
}

export const chromiumPath = "/usr/bin/chromium";

/** Debian's Chromium for Playwright; test tools never download a browser of their own. */
export async function ensureChromium() {
  if (existsSync(chromiumPath)) return;
  step("Installing Debian's chromium (apt-get)");
  const prefix = process.getuid?.() === 0 ? [] : ["sudo"];
  const aptGet = (args) => {
    const [command, ...rest] = [...prefix, "apt-get", ...args];
    return run(command, rest, { env: { ...toolEnv, DEBIAN_FRONTEND: "noninteractive" } });
  };
  await aptGet(["update", "-qq"]);
  await aptGet(["install", "-y", "-qq", "chromium"]);
}
