// `npm start`: from a fresh clone to the whole system running on http://localhost:4000.
import { installDependencies } from "./lib/toolchain.mjs";

const port = Number(process.env.PORT ?? 4000);

await installDependencies();
// Imported after the install so that everything the stack needs is present.
const { buildClient, ensureDevVars, migrateLocalDatabases, startStack } = await import("./lib/stack.mjs");
const { seedDemoAccount } = await import("./lib/seed.mjs");
const { loadCuratedTerms } = await import("./lib/dictionary.mjs");

await ensureDevVars();
await migrateLocalDatabases();
await loadCuratedTerms();
await buildClient();
const stack = await startStack({ port });
await seedDemoAccount(stack.url);

console.log(`
  Mirubato is running at ${stack.url}
  Health: ${stack.url}/health
  Local state: .state/ (npm run reset wipes it)
  Press Ctrl-C to stop.
`);

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    await stack.stop();
    process.exit(0);
  });
}
stack.child.on("exit", (code) => process.exit(code ?? 1));
