// `node scripts/deploy.mjs staging|production [--dry-run]`: deploys every worker to Cloudflare in
// dependency order. Each worker is its own deployable unit; the order only makes sure that a
// worker's service bindings point at workers that already run the new code.
import { installDependencies, run, step, toolEnv } from "./lib/toolchain.mjs";

/** Deploy order: a worker comes after every worker it binds to (front binds to all four). */
const workers = [
  { name: "relay", config: "relay/wrangler.toml", hasD1: false, secrets: ["SESSION_KEYS", "SERVICE_KEYS"] },
  {
    name: "dictionary",
    config: "edge-services/dictionary/wrangler.toml",
    hasD1: true,
    secrets: ["SESSION_KEYS", "SERVICE_KEYS"],
  },
  {
    name: "scores",
    config: "edge-services/scores/wrangler.toml",
    hasD1: true,
    secrets: ["SESSION_KEYS", "SERVICE_KEYS"],
  },
  {
    name: "api",
    config: "edge-services/api/wrangler.toml",
    hasD1: true,
    secrets: ["SESSION_KEYS", "SERVICE_KEYS", "RESEND_API_KEY", "GOOGLE_CLIENT_SECRET"],
  },
  { name: "front", config: "wrangler.toml", hasD1: false, secrets: [] },
];

const environments = ["staging", "production"];

const secretLines = workers
  .filter((worker) => worker.secrets.length > 0)
  .map((worker) => `  ${worker.name.padEnd(10)} ${worker.secrets.join(", ")}`)
  .join("\n");

const help = `Usage: node scripts/deploy.mjs <staging|production> [--dry-run]

Deploys, in order: ${workers.map((worker) => worker.name).join(", ")}.
  1. builds the client (the front worker serves client/dist);
  2. for each worker with a D1 database, applies its migrations remotely
     (wrangler d1 migrations apply DB --remote --env <env>), then runs wrangler deploy --env <env>.

--dry-run  builds and bundles every worker (wrangler deploy --dry-run) without an account:
           no migrations, no upload, no CLOUDFLARE_API_TOKEN needed.

Needs CLOUDFLARE_API_TOKEN (and CLOUDFLARE_ACCOUNT_ID when the token sees several accounts).
Before the first deploy of an environment, fill the FILL-ME ids in each wrangler.toml
(wrangler d1 create, wrangler kv namespace create, wrangler r2 bucket create, wrangler queues
create) and set each worker's secrets once:
  wrangler secret put <NAME> -c <worker config> --env <env>
${secretLines}
SESSION_KEYS and SERVICE_KEYS must each hold the same value in api, relay, scores and dictionary
(they verify session cookies and each other's service tokens).`;

function parseArguments(argv) {
  if (argv.includes("--help") || argv.includes("-h")) return { showHelp: true };
  const isDryRun = argv.includes("--dry-run");
  const positional = argv.filter((arg) => !arg.startsWith("--"));
  const unknown = argv.filter((arg) => arg.startsWith("--") && arg !== "--dry-run");
  const [environment] = positional;
  if (positional.length !== 1 || !environments.includes(environment) || unknown.length > 0) {
    return { error: `expected one environment (${environments.join(" or ")}) and at most --dry-run` };
  }
  return { environment, isDryRun };
}

const options = parseArguments(process.argv.slice(2));
if (options.showHelp) {
  console.log(help);
  process.exit(0);
}
if (options.error) {
  console.error(`deploy: ${options.error}\n\n${help}`);
  process.exit(2);
}
const { environment, isDryRun } = options;
// Only whether the token is present is ever looked at or printed, never its value.
if (!isDryRun && !process.env.CLOUDFLARE_API_TOKEN) {
  console.error(
    "deploy: CLOUDFLARE_API_TOKEN is not set; refusing to deploy (use --dry-run to check bundles).",
  );
  process.exit(1);
}

await installDependencies();
step("Building the client");
await run("pnpm", ["--filter", "@mirubato/client", "build"]);

for (const worker of workers) {
  const target = ["-c", worker.config, "--env", environment];
  if (worker.hasD1 && !isDryRun) {
    step(`Applying remote D1 migrations: ${worker.name} (${environment})`);
    // CI=true answers wrangler's confirmation prompt, so an unattended deploy does not hang.
    await run("wrangler", ["d1", "migrations", "apply", "DB", "--remote", ...target], {
      env: { ...toolEnv, CI: "true" },
    });
  }
  step(`${isDryRun ? "Bundling (dry run)" : "Deploying"}: ${worker.name} (${environment})`);
  await run("wrangler", ["deploy", ...target, ...(isDryRun ? ["--dry-run"] : [])]);
}

console.log(
  `\n${isDryRun ? "Dry run complete" : "Deployed"}: ${workers.map((worker) => worker.name).join(", ")} → ${environment}`,
);
