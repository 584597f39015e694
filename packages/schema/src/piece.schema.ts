import { z } from "zod";
import {
  defineDocumentSchema,
  difficultySchema,
  idSchema,
  instantSchema,
  instrumentSchema,
  labelSchema,
  nameSchema,
  notesSchema,
  tempoBpmSchema,
  textMax,
  titleSchema,
} from "./base.schema";

export const PieceStatus = {
  planned: "planned",
  learning: "learning",
  polished: "polished",
  performanceReady: "performance_ready",
  dropped: "dropped",
} as const;
export type PieceStatus = (typeof PieceStatus)[keyof typeof PieceStatus];

export const statusChangeSchema = z.strictObject({ status: z.enum(PieceStatus), changedAt: instantSchema });

export const pieceLinkSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }).max(textMax.url),
  label: labelSchema.optional(),
});

export const pieceSchemaVersion = 0;

/**
 * What a repertoire form edits. `statusHistory` is one field under last-writer-wins: concurrent
 * status changes keep the later history whole rather than interleaving two.
 */
export const pieceContentSchema = z.strictObject({
  title: titleSchema,
  composer: nameSchema.optional(),
  catalogue: labelSchema.optional(),
  instrument: instrumentSchema,
  status: z.enum(PieceStatus),
  statusHistory: z.array(statusChangeSchema).max(200),
  difficulty: difficultySchema.optional(),
  targetTempoBpm: tempoBpmSchema.optional(),
  notes: notesSchema,
  links: z.array(pieceLinkSchema).max(20),
  scoreIds: z.array(idSchema).max(50),
});
export type PieceContent = z.infer<typeof pieceContentSchema>;

/**
 * A `pieces` (repertoire) document. Its identity is `id`, never a normalised title.
 *
 * @example
 * const piece: PieceDoc = pieceSchema.parse(row);
 */
export const pieceSchema = defineDocumentSchema(pieceContentSchema);
export type PieceDoc = z.infer<typeof pieceSchema>;
