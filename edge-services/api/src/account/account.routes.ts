import { serializeClearedSessionCookie } from "@mirubato/session-token";
import { validate } from "@mirubato/worker-kit";
import { Hono } from "hono";
import { z } from "zod";
import { emailSchema } from "../auth/auth-input";
import { requireSession } from "../auth/require-session";
import type { AppEnv } from "../env";
import { deleteAccount, exportAccount } from "./account.service";

// Repeating the address is the confirmation: a stray click or a forged request cannot delete.
const deleteBodySchema = z.object({ confirmEmail: emailSchema });

export const accountRoutes = new Hono<AppEnv>()
  .get("/export", requireSession, async (c) => {
    c.header("content-disposition", 'attachment; filename="mirubato-account.json"');
    return c.json(await exportAccount(c.var.deps, c.var.user));
  })
  .delete("/", requireSession, validate("json", deleteBodySchema), async (c) => {
    await deleteAccount(c.var.deps, c.var.user, c.req.valid("json").confirmEmail);
    c.header("set-cookie", serializeClearedSessionCookie(c.req.url));
    return c.body(null, 204);
  });
