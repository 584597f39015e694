// The api worker's configuration for one e2e run: a copy of edge-services/api/wrangler.toml (top
// level only) whose OIDC_ISSUER / GOOGLE_CLIENT_ID / APP_ORIGIN name the local OpenID Provider and
// the e2e origin, with its own .dev.vars beside it (the developer's SESSION_KEYS etc., plus this
// run's GOOGLE_CLIENT_SECRET). Written into the run's throw-away folder; nothing in the repo changes.
//
// Why a copy: in a multi-config `wrangler dev` (wrangler 4.86), `--var` and `--env-file` reach only
// the first config (the front worker), `--env` applies to every config (and fails on configs that
// have other environments but not that one), and `.dev.vars` of a config with `[secrets] required`
// only supplies the listed secrets, not vars.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const API_DIR = "edge-services/api";
export const API_CONFIG = `${API_DIR}/wrangler.toml`;

/**
 * Replaces `NAME = …` on its own line, exactly once, or throws: if the api's config changes shape,
 * the e2e run fails loudly instead of silently running against another issuer.
 *
 * @param {string} toml @param {string} name @param {string} value
 */
function setKey(toml, name, value) {
  const line = new RegExp(`^${name}\\s*=.*$`, "gm");
  const matches = toml.match(line) ?? [];
  if (matches.length !== 1)
    throw new Error(`${API_CONFIG}: expected one top-level ${name}, found ${matches.length}`);
  // A JSON string is a valid TOML basic string.
  return toml.replace(line, `${name} = ${JSON.stringify(value)}`);
}

/** @param {string} path @returns {string[]} `NAME=value` lines, comments and blanks dropped */
function readDevVarLines(path) {
  if (!existsSync(path)) throw new Error(`${path} is missing: run node scripts/ensure-dev-vars.mjs`);
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => /^\s*[A-Za-z_][A-Za-z0-9_]*\s*=/.test(line));
}

/**
 * Writes `<dir>/wrangler.toml` and `<dir>/.dev.vars`; returns the config's path relative to
 * `root`, the form scripts/lib/stack.mjs lists worker configs in.
 *
 * @param {{ root: string, dir: string, appOrigin: string,
 *   oidc: { issuer: string, clientId: string, clientSecret: string } }} options
 */
export function writeE2eApiConfig({ root, dir, appOrigin, oidc }) {
  const apiDir = join(root, API_DIR);
  const source = readFileSync(join(root, API_CONFIG), "utf8");
  // Only the top level: the run never selects an environment, and the copy must not carry staging
  // or production ids around.
  const envStart = source.search(/^\[+env\./m);
  let toml = envStart === -1 ? source : source.slice(0, envStart);
  toml = setKey(toml, "main", join(apiDir, "src/index.ts"));
  toml = setKey(toml, "migrations_dir", join(apiDir, "migrations"));
  toml = setKey(toml, "APP_ORIGIN", appOrigin);
  toml = setKey(toml, "OIDC_ISSUER", oidc.issuer);
  toml = setKey(toml, "GOOGLE_CLIENT_ID", oidc.clientId);

  const secrets = readDevVarLines(join(apiDir, ".dev.vars")).filter(
    (line) => !/^\s*GOOGLE_CLIENT_SECRET\s*=/.test(line),
  );
  secrets.push(`GOOGLE_CLIENT_SECRET=${oidc.clientSecret}`);

  mkdirSync(dir, { recursive: true });
  const configPath = join(dir, "wrangler.toml");
  writeFileSync(configPath, `# Generated for one e2e run by e2e/oidc/e2e-api-config.mjs.\n${toml}`);
  writeFileSync(join(dir, ".dev.vars"), `${secrets.join("\n")}\n`, { mode: 0o600 });
  return relative(root, configPath);
}
