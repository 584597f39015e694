import { pullRequestSchema } from "@mirubato/sync-protocol";
import { validate } from "@mirubato/worker-kit";
import { Hono } from "hono";
import { z } from "zod";
import { requireSessionAlongside, type SessionAlongsideEnv } from "../auth/require-session";
import { pullChanges, pushChanges } from "./sync.service";
import { collectionNameSchema, deviceHeaderSchema, pushRequestSchemaOf, readJsonBody } from "./sync-request";

const paramSchema = z.object({ collection: collectionNameSchema });

/**
 * `POST /api/sync/{collection}/pull|push` (DESIGN §3). The token is checked before anything else
 * and the session row alongside the first read (`requireSessionAlongside`): nothing is answered or
 * written before both hold. The app-wide `requireSameOrigin` already guards these POSTs.
 */
export const syncRoutes = new Hono<SessionAlongsideEnv>()
  .post(
    "/:collection/pull",
    requireSessionAlongside,
    validate("param", paramSchema),
    validate("json", pullRequestSchema),
    async (c) => {
      const { collection } = c.req.valid("param");
      // Read-only: requireSessionAlongside holds the answer until the session is confirmed.
      const body = await pullChanges(c.var.deps, c.var.userId, collection, c.req.valid("json"));
      return c.body(body, 200, { "content-type": "application/json; charset=UTF-8" });
    },
  )
  .post(
    "/:collection/push",
    requireSessionAlongside,
    validate("param", paramSchema),
    validate("header", deviceHeaderSchema),
    async (c) => {
      const { collection } = c.req.valid("param");
      const { rows } = await readJsonBody(c, pushRequestSchemaOf(collection));
      const originDeviceId = c.req.valid("header")["x-device-id"];
      const { conflicts } = await pushChanges(c.var.deps, {
        userId: c.var.userId,
        collection,
        rows,
        originDeviceId,
        sessionConfirmed: c.var.sessionConfirmed,
      });
      return c.json({ conflicts });
    },
  );
