import type { CollectionName } from "@mirubato/schema";
import { z } from "zod";
import { documentSchemaOf } from "./document-schema";
import { syncLimits, utf8ByteLength } from "./limits";

/**
 * One row of a push: the document as the client last saw it on the server (`null` if it never
 * has) and as it is now. The server merges; `assumedMasterState` is kept for RxDB's protocol.
 */
export function createPushRowSchema<Name extends CollectionName>(collection: Name) {
  return pushRowSchemaOf(documentSchemaOf(collection));
}

function pushRowSchemaOf<Doc>(documentSchema: z.ZodType<Doc>) {
  return z
    .strictObject({ assumedMasterState: z.nullable(documentSchema), newDocumentState: documentSchema })
    .superRefine((row, ctx) => reportRowIssues(new Map(Object.entries(row)), ctx));
}

function idOf(doc: unknown): unknown {
  return typeof doc === "object" && doc !== null ? Reflect.get(doc, "id") : undefined;
}

function reportRowIssues(row: Map<string, unknown>, ctx: z.RefinementCtx): void {
  const assumed = row.get("assumedMasterState");
  const sent = row.get("newDocumentState");
  if (assumed !== null && idOf(assumed) !== idOf(sent)) {
    ctx.addIssue({
      code: "custom",
      path: ["assumedMasterState", "id"],
      message: "assumedMasterState and newDocumentState must be the same document",
    });
  }
  if (utf8ByteLength(sent) > syncLimits.maxDocumentBytes) {
    ctx.addIssue({
      code: "custom",
      path: ["newDocumentState"],
      message: `a document must be at most ${syncLimits.maxDocumentBytes} bytes`,
    });
  }
}

/**
 * Body of `POST /api/sync/{collection}/push`: 1 to 500 rows, committed atomically.
 *
 * @example
 * const piecesPush = createPushRequestSchema("pieces");
 * const result = piecesPush.safeParse(body);
 */
export function createPushRequestSchema<Name extends CollectionName>(collection: Name) {
  return z.strictObject({
    rows: z
      .array(pushRowSchemaOf(documentSchemaOf(collection)))
      .min(1)
      .max(syncLimits.maxPushRows),
  });
}
export type PushRow<Name extends CollectionName> = z.infer<ReturnType<typeof createPushRowSchema<Name>>>;
export type PushRequest<Name extends CollectionName> = z.infer<
  ReturnType<typeof createPushRequestSchema<Name>>
>;

/**
 * Response of a push: the server's state of every row that was not applied exactly as sent.
 *
 * @example
 * const { conflicts } = createPushResponseSchema("pieces").parse(await response.json());
 */
export function createPushResponseSchema<Name extends CollectionName>(collection: Name) {
  return z.strictObject({ conflicts: z.array(documentSchemaOf(collection)).max(syncLimits.maxPushRows) });
}
export type PushResponse<Name extends CollectionName> = z.infer<
  ReturnType<typeof createPushResponseSchema<Name>>
>;
