import { pullRequestSchema } from "@mirubato/sync-protocol";
import { validate } from "@mirubato/worker-kit";
import { Hono } from "hono";
import { z } from "zod";
import { requireSession } from "../auth/require-session";
import type { AppEnv } from "../env";
import { pullChanges, pushChanges } from "./sync.service";
import { collectionNameSchema, deviceHeaderSchema, pushRequestSchemaOf, readJsonBody } from "./sync-request";

const paramSchema = z.object({ collection: collectionNameSchema });

/**
 * `POST /api/sync/{collection}/pull|push` (DESIGN §3). The session is checked before anything
 * else; the app-wide `requireSameOrigin` already guards these cookie-carrying POSTs.
 */
export const syncRoutes = new Hono<AppEnv>()
  .post(
    "/:collection/pull",
    requireSession,
    validate("param", paramSchema),
    validate("json", pullRequestSchema),
    async (c) => {
      const { collection } = c.req.valid("param");
      const body = await pullChanges(c.var.deps, c.var.user.id, collection, c.req.valid("json"));
      return c.body(body, 200, { "content-type": "application/json; charset=UTF-8" });
    },
  )
  .post(
    "/:collection/push",
    requireSession,
    validate("param", paramSchema),
    validate("header", deviceHeaderSchema),
    async (c) => {
      const { collection } = c.req.valid("param");
      const { rows } = await readJsonBody(c, pushRequestSchemaOf(collection));
      const originDeviceId = c.req.valid("header")["x-device-id"];
      const { conflicts } = await pushChanges(c.var.deps, {
        userId: c.var.user.id,
        collection,
        rows,
        originDeviceId,
      });
      return c.json({ conflicts });
    },
  );
