import { AppError, validate } from "@mirubato/worker-kit";
import { Hono } from "hono";
import { z } from "zod";
import { emailSchema } from "../auth/auth-input";
import type { AppEnv } from "../env";
import { seedDemoAccount } from "./seed.service";

const seedBodySchema = z.object({ email: emailSchema });

/**
 * `POST /api/dev/seed {email}`: local environment only, like the dev mailbox — mounted by
 * `createApp` only when ENVIRONMENT is "local", and checked again here.
 */
export const seedRoutes = new Hono<AppEnv>().post("/seed", validate("json", seedBodySchema), async (c) => {
  if (c.var.deps.config.environment !== "local") throw new AppError("not_found", "No such route");
  return c.json(await seedDemoAccount(c.var.deps, c.req.valid("json").email));
});
