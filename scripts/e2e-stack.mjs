// The stack Playwright tests run against: a fresh, throw-away state folder, migrated and seeded,
// on the port Playwright names. Stops everything and removes the folder on SIGTERM/SIGINT.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { seedDemoAccount } from "./lib/seed.mjs";
import { ensureDevVars, migrateLocalDatabases, startStack } from "./lib/stack.mjs";

const { values } = parseArgs({ options: { port: { type: "string", default: "4317" } } });
const stateDir = mkdtempSync(join(tmpdir(), "mirubato-e2e-"));

await ensureDevVars();
await migrateLocalDatabases(stateDir);
const stack = await startStack({ port: Number(values.port), stateDir, quiet: true });
await seedDemoAccount(stack.url);
console.log(`e2e stack ready at ${stack.url}`);

async function shutdown() {
  await stack.stop();
  rmSync(stateDir, { recursive: true, force: true });
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
