#!/usr/bin/env node
// Writes the local secrets that `wrangler dev` reads from `.dev.vars` (gitignored):
//   edge-services/api/.dev.vars  SESSION_KEYS, RESEND_API_KEY, GOOGLE_CLIENT_SECRET
//   relay/.dev.vars              SESSION_KEYS (the same value: the relay verifies session cookies)
// Idempotent: a value already present is kept, so local sessions survive re-runs; only missing
// ones are generated. Plain Node ESM, no dependencies. Prints names, never values.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const apiVarsPath = join(root, "edge-services/api/.dev.vars");
const relayVarsPath = join(root, "relay/.dev.vars");

/** @param {string} path @returns {Map<string, string>} raw right-hand sides by name, in file order */
function readVars(path) {
  const vars = new Map();
  if (!existsSync(path)) return vars;
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/.exec(line);
    if (match) vars.set(match[1], match[2].trim());
  }
  return vars;
}

/** @param {string} path @param {Map<string, string>} vars */
function writeVars(path, vars) {
  const lines = ["# Local secrets for wrangler dev; written by scripts/ensure-dev-vars.mjs. Never commit."];
  for (const [name, value] of vars) lines.push(`${name}=${value}`);
  writeFileSync(path, `${lines.join("\n")}\n`, { mode: 0o600 });
}

function newSessionKeys() {
  const keySet = { currentKid: "k1", keys: { k1: randomBytes(32).toString("base64") } };
  // Single quotes: dotenv keeps the JSON literally.
  return `'${JSON.stringify(keySet)}'`;
}

const apiVars = readVars(apiVarsPath);
const added = [];
const defaults = {
  SESSION_KEYS: newSessionKeys,
  // Local email goes to the dev mailbox and Google sign-in is off, so these only need to exist.
  RESEND_API_KEY: () => "local-unused",
  GOOGLE_CLIENT_SECRET: () => "local-unused",
};
for (const [name, create] of Object.entries(defaults)) {
  if (!apiVars.get(name)) {
    apiVars.set(name, create());
    added.push(name);
  }
}
if (added.length > 0 || !existsSync(apiVarsPath)) writeVars(apiVarsPath, apiVars);

const relayVars = readVars(relayVarsPath);
const sessionKeys = apiVars.get("SESSION_KEYS") ?? "";
const relayChanged = relayVars.get("SESSION_KEYS") !== sessionKeys;
if (relayChanged) {
  relayVars.set("SESSION_KEYS", sessionKeys);
  writeVars(relayVarsPath, relayVars);
}

const apiNote = added.length > 0 ? `added ${added.join(", ")}` : "up to date";
const relayNote = relayChanged ? "SESSION_KEYS synced" : "up to date";
console.log(`${relative(root, apiVarsPath)}: ${apiNote}; ${relative(root, relayVarsPath)}: ${relayNote}`);
