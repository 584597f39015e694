import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { z } from "zod";

const migrationsSchema = z.array(z.object({ name: z.string(), queries: z.array(z.string()) }));

// Every test file starts from the real migrations applied to an empty database (DESIGN §7).
await applyD1Migrations(env.DB, migrationsSchema.parse(Reflect.get(env, "TEST_MIGRATIONS")));
