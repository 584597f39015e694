#!/usr/bin/env node
// Writes the local secrets that `wrangler dev` reads from `.dev.vars` (gitignored):
//   edge-services/api/.dev.vars  SESSION_KEYS, SERVICE_KEYS, RESEND_API_KEY, GOOGLE_CLIENT_SECRET
//   relay/.dev.vars, edge-services/scores/.dev.vars, edge-services/dictionary/.dev.vars
//                                SESSION_KEYS and SERVICE_KEYS, the same values as the api's: they
//                                verify session cookies and each other's service tokens.
// Idempotent: a value already present is kept, so local sessions survive re-runs; only missing
// ones are generated. Plain Node ESM, no dependencies. Prints names, never values.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const apiVarsPath = join(root, "edge-services/api/.dev.vars");
const sharingWorkers = ["relay", "edge-services/scores", "edge-services/dictionary"];
const SHARED_SECRETS = ["SESSION_KEYS", "SERVICE_KEYS"];

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

function newKeySet() {
  const keySet = { currentKid: "k1", keys: { k1: randomBytes(32).toString("base64") } };
  // Single quotes: dotenv keeps the JSON literally.
  return `'${JSON.stringify(keySet)}'`;
}

const apiVars = readVars(apiVarsPath);
const added = [];
const defaults = {
  SESSION_KEYS: newKeySet,
  SERVICE_KEYS: newKeySet,
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
const notes = [
  `${relative(root, apiVarsPath)}: ${added.length > 0 ? `added ${added.join(", ")}` : "up to date"}`,
];

for (const worker of sharingWorkers) {
  const varsPath = join(root, worker, ".dev.vars");
  const vars = readVars(varsPath);
  const synced = SHARED_SECRETS.filter((name) => vars.get(name) !== apiVars.get(name));
  for (const name of synced) vars.set(name, apiVars.get(name) ?? "");
  if (synced.length > 0) writeVars(varsPath, vars);
  notes.push(
    `${relative(root, varsPath)}: ${synced.length > 0 ? `${synced.join(", ")} synced` : "up to date"}`,
  );
}
console.log(notes.join("; "));
