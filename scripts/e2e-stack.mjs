// The stack Playwright tests run against: a fresh, throw-away state folder, migrated and seeded,
// on the port Playwright names. Stops everything and removes the folder on SIGTERM/SIGINT.
// Google sign-in points at a local OpenID Provider (e2e/oidc) through a per-run copy of the api's
// config, swapped in with startStack's `configOverrides`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { API_CONFIG, writeE2eApiConfig } from "../e2e/oidc/e2e-api-config.mjs";
import { startLocalOidcProvider } from "../e2e/oidc/local-oidc-provider.mjs";
import { loadCuratedTerms } from "./lib/dictionary.mjs";
import { seedDemoAccount } from "./lib/seed.mjs";
import { ensureDevVars, migrateLocalDatabases, startStack } from "./lib/stack.mjs";
import { root } from "./lib/toolchain.mjs";

const { values } = parseArgs({ options: { port: { type: "string", default: "4317" } } });
const stateDir = mkdtempSync(join(tmpdir(), "mirubato-e2e-"));

await ensureDevVars();
await migrateLocalDatabases(stateDir);
await loadCuratedTerms(stateDir);
const appOrigin = `http://localhost:${values.port}`;
const oidc = await startLocalOidcProvider({ appOrigin });
const apiConfig = writeE2eApiConfig({ root, dir: join(stateDir, "api"), appOrigin, oidc });
console.log(`local OpenID Provider at ${oidc.issuer}`);
const stack = await startStack({
  port: Number(values.port),
  stateDir,
  quiet: true,
  configOverrides: { [API_CONFIG]: apiConfig },
});
await seedDemoAccount(stack.url);
console.log(`e2e stack ready at ${stack.url}`);

async function shutdown() {
  await stack.stop();
  await oidc.stop();
  rmSync(stateDir, { recursive: true, force: true });
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
