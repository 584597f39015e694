// `npm run reset`: wipes all local state (databases, buckets, KV, Durable Objects) under .state/.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const stateDir = join(fileURLToPath(new URL("..", import.meta.url)), ".state");
rmSync(stateDir, { recursive: true, force: true });
console.log(`Removed ${stateDir}. The next npm start migrates and seeds from empty.`);
