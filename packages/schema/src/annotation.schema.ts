import { z } from "zod";
import { defineDocumentSchema, idSchema } from "./base.schema";

export const StampKind = {
  breath: "breath",
  fingering: "fingering",
  dynamic: "dynamic",
  accent: "accent",
  check: "check",
  question: "question",
} as const;
export type StampKind = (typeof StampKind)[keyof typeof StampKind];

/** Page-relative coordinate: 0..1 of the page's width or height, so marks survive any zoom. */
const unitSchema = z.number().min(0).max(1);
const colorSchema = z.string().regex(/^#[0-9a-f]{6}$/, "expected #rrggbb");

const strokeMarkSchema = z.strictObject({
  kind: z.literal("stroke"),
  points: z
    .array(z.tuple([unitSchema, unitSchema]))
    .min(1)
    .max(2000),
  color: colorSchema,
  widthRatio: z.number().positive().max(0.1),
});
const textMarkSchema = z.strictObject({
  kind: z.literal("text"),
  x: unitSchema,
  y: unitSchema,
  text: z.string().min(1).max(500),
  color: colorSchema,
});
const stampMarkSchema = z.strictObject({
  kind: z.literal("stamp"),
  x: unitSchema,
  y: unitSchema,
  stamp: z.enum(StampKind),
  label: z.string().max(20).optional(),
});

export const annotationMarkSchema = z.discriminatedUnion("kind", [
  strokeMarkSchema,
  textMarkSchema,
  stampMarkSchema,
]);
export type AnnotationMark = z.infer<typeof annotationMarkSchema>;

export const annotationSchemaVersion = 0;

/**
 * One mark on one page layer. A document per mark (not per page) means two devices drawing on the
 * same page at once both keep their strokes under field-level last-writer-wins.
 */
export const annotationContentSchema = z.strictObject({
  scoreId: idSchema,
  pageIndex: z.int().min(0).max(9999),
  layer: z.string().trim().min(1).max(50),
  mark: annotationMarkSchema,
});
export type AnnotationContent = z.infer<typeof annotationContentSchema>;

/**
 * An `annotations` document.
 *
 * @example
 * const annotation: AnnotationDoc = annotationSchema.parse(row);
 */
export const annotationSchema = defineDocumentSchema(annotationContentSchema);
export type AnnotationDoc = z.infer<typeof annotationSchema>;
