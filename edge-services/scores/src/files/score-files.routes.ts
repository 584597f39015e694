import { originListSchema, requireSameOrigin, validate } from "@mirubato/worker-kit";
import type { Context, Hono } from "hono";
import { z } from "zod";
import { requireUser } from "../auth/require-user";
import type { ScoresEnv } from "../env";
import { dohResolver } from "../import/host-resolver";
import { ImportRateLimitedError, importScoreFile } from "../import/import-score-file";
import { MAX_UPLOAD_BYTES } from "./file-kind";
import { readUpload } from "./read-upload";
import { toRecord } from "./score-file";
import {
  deleteScoreFile,
  listScoreFiles,
  requireOwned,
  type ScoreFilesDeps,
  uploadScoreFile,
} from "./score-files.service";
import { createScoreFilesStore } from "./score-files.store";
import { serveContent } from "./serve-content";

const BASE = "/api/scores/files";

const importBodySchema = z.object({ url: z.string().min(1).max(4096) });
const testOriginsSchema = z
  .string()
  .optional()
  .transform((list) =>
    (list ?? "")
      .split(",")
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ""),
  );

const idParamSchema = z.object({ id: z.uuid() });

/** `createdAt_id` of the last file of the previous page, as `nextCursor` gave it. */
const cursorSchema = z
  .string()
  .regex(/^\d{1,15}_[0-9a-f-]{36}$/)
  .transform((cursor) => {
    const [createdAt = "", id = ""] = cursor.split("_");
    return { createdAt: Number(createdAt), id };
  });

const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: cursorSchema.optional(),
});

function depsOf(c: Context<ScoresEnv>): ScoreFilesDeps {
  return {
    store: createScoreFilesStore(c.env.DB),
    bucket: c.env.BUCKET,
    queue: c.env.SCORE_QUEUE,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
  };
}

/**
 * The file routes (README "Routes"): all for the signed-in musician only, changes only from the
 * app's origin. Logic lives in `score-files.service.ts`; this is the route table.
 */
export function mountScoreFileRoutes(app: Hono<ScoresEnv>): void {
  app.use(
    `${BASE}/*`,
    requireSameOrigin<ScoresEnv>({ allowedOrigins: (c) => originListSchema.parse(c.env.APP_ORIGIN) }),
  );
  app.use(`${BASE}/*`, requireUser);

  app.post(BASE, async (c) => {
    const bytes = await readUpload(c.req.raw, MAX_UPLOAD_BYTES);
    const { record, created } = await uploadScoreFile(depsOf(c), c.var.userId, bytes);
    return c.json(record, created ? 201 : 200);
  });

  app.post(`${BASE}/import`, validate("json", importBodySchema), async (c) => {
    const files = depsOf(c);
    try {
      const { record, created } = await importScoreFile(
        {
          files,
          db: c.env.DB,
          fetching: {
            fetch: (input, init) => fetch(input, init),
            resolver: dohResolver(),
            testOrigins: testOriginsSchema.parse(c.env.URL_IMPORT_TEST_ORIGINS),
          },
        },
        c.var.userId,
        c.req.valid("json").url,
      );
      return c.json(record, created ? 201 : 200);
    } catch (error) {
      if (error instanceof ImportRateLimitedError) {
        const { code, message, details } = error;
        return c.json({ error: { code, message, details } }, 429, {
          "retry-after": String(error.retryAfterSeconds),
        });
      }
      throw error;
    }
  });

  app.get(BASE, validate("query", listQuerySchema), async (c) => {
    const { limit, cursor } = c.req.valid("query");
    return c.json(await listScoreFiles(depsOf(c).store, c.var.userId, limit, cursor ?? null));
  });

  app.get(`${BASE}/:id`, validate("param", idParamSchema), async (c) => {
    const row = await requireOwned(depsOf(c).store, c.var.userId, c.req.valid("param").id);
    return c.json(toRecord(row));
  });

  app.get(`${BASE}/:id/content`, validate("param", idParamSchema), async (c) => {
    const deps = depsOf(c);
    const row = await requireOwned(deps.store, c.var.userId, c.req.valid("param").id);
    return serveContent(deps.bucket, row, c.req.raw);
  });

  app.delete(`${BASE}/:id`, validate("param", idParamSchema), async (c) => {
    await deleteScoreFile(depsOf(c), c.var.userId, c.req.valid("param").id);
    return c.body(null, 204);
  });
}
