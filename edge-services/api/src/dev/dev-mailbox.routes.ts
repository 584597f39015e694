import { AppError, validate } from "@mirubato/worker-kit";
import { Hono } from "hono";
import { z } from "zod";
import { emailSchema } from "../auth/auth-input";
import type { AppEnv } from "../env";

const mailboxQuerySchema = z.object({ to: emailSchema });

/**
 * Local environment only (DESIGN §4): mounted by `createApp` only when ENVIRONMENT is "local",
 * and it checks again here in case it is ever mounted by mistake.
 */
export const devMailboxRoutes = new Hono<AppEnv>().get(
  "/mailbox",
  validate("query", mailboxQuerySchema),
  async (c) => {
    const mailbox = c.var.deps.devMailbox;
    if (!mailbox) throw new AppError("not_found", "No such route");
    return c.json({ messages: await mailbox.listFor(c.req.valid("query").to, 50) });
  },
);
