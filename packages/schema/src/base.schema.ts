import { z } from "zod";
import { clockStampSchema } from "./clock-stamp.schema";
import { uuidV7Pattern } from "./uuidv7";

/** A client-generated UUIDv7 document id or reference. */
export const idSchema = z.string().regex(uuidV7Pattern, "expected a lower-case UUIDv7");

/** An instant: UTC ISO-8601 with exactly millisecond precision, so string order is time order. */
export const instantSchema = z.iso.datetime({ precision: 3 });

/** A calendar date in the musician's own time zone (YYYY-MM-DD), never derived from UTC. */
export const localDateSchema = z.iso.date();

/** Local wall-clock time of day, `HH:MM`. */
export const localTimeSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, "expected HH:MM");

/**
 * Zones the runtime has accepted. Building an `Intl.DateTimeFormat` costs about half a millisecond,
 * which made validating a pull of 10,000 entries take seconds; the set stays small (the runtime
 * knows a few hundred zones) because only accepted names are remembered.
 */
const knownTimeZones = new Set<string>();

function isIanaTimeZone(value: string): boolean {
  if (knownTimeZones.has(value)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
  } catch {
    // Intl throws RangeError for unknown zones; that is exactly the "invalid" answer we want.
    return false;
  }
  knownTimeZones.add(value);
  return true;
}

/** An IANA time zone name the runtime knows (`Europe/Paris`, `UTC`). */
export const timeZoneSchema = z.string().min(1).max(64).refine(isIanaTimeZone, "unknown IANA time zone");

/** Text bounds; together with the array bounds they keep any document far below 256 KB. */
export const textMax = { name: 200, title: 300, label: 100, tag: 50, url: 2048, notes: 10_000 } as const;

export const nameSchema = z.string().trim().min(1).max(textMax.name);
export const titleSchema = z.string().trim().min(1).max(textMax.title);
export const labelSchema = z.string().trim().min(1).max(textMax.label);
export const notesSchema = z.string().max(textMax.notes);
export const tagsSchema = z.array(z.string().trim().min(1).max(textMax.tag)).max(30);
export const instrumentSchema = labelSchema;
export const difficultySchema = z.int().min(1).max(5);
export const tempoBpmSchema = z.int().min(10).max(400);

/** Fields present on every synced document besides its content. */
export const documentBaseShape = {
  id: idSchema,
  createdAt: instantSchema,
  updatedAt: instantSchema,
  /** RxDB's own tombstone flag; stamped in `clocks` like any content field. */
  _deleted: z.boolean(),
  /** One HLC stamp per field (content fields and `_deleted`). */
  clocks: z.record(z.string().max(64), clockStampSchema),
};

/** Base fields that carry no clock of their own: identity and merge metadata. */
export const unstampedFieldNames = ["id", "createdAt", "updatedAt", "clocks"] as const;

/**
 * Builds a collection's full synced-document schema from its content schema: adds the base fields
 * and checks that `clocks` stamps exactly the fields that can be stamped and every one present.
 *
 * @example
 * const noteSchema = defineDocumentSchema(z.strictObject({ text: notesSchema }));
 */
export function defineDocumentSchema<Shape extends z.ZodRawShape>(content: z.ZodObject<Shape>) {
  const stampable = new Set<string>([...Object.keys(content.shape), "_deleted"]);
  return content
    .extend(documentBaseShape)
    .superRefine((doc, ctx) => reportClockIssues(new Map(Object.entries(doc)), stampable, ctx));
}

function reportClockIssues(fields: Map<string, unknown>, stampable: Set<string>, ctx: z.RefinementCtx): void {
  const clocks = fields.get("clocks");
  if (typeof clocks !== "object" || clocks === null) return;
  for (const field of Object.keys(clocks)) {
    if (!stampable.has(field)) {
      ctx.addIssue({ code: "custom", path: ["clocks", field], message: "clock for an unknown field" });
    }
  }
  for (const [field, value] of fields) {
    if (stampable.has(field) && value !== undefined && !Object.hasOwn(clocks, field)) {
      ctx.addIssue({ code: "custom", path: ["clocks", field], message: "field has no clock" });
    }
  }
}
