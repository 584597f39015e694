/**
 * What a timer started from a plan occurrence remembers until its entry is saved: the occurrence
 * the entry will point at and the pieces and techniques to prefill. Stored with the timer in local
 * storage, so it survives a reload; parsed on read like any stored JSON.
 */
import { idSchema, labelSchema, titleSchema } from "@mirubato/schema";
import { z } from "zod";

export const timerPlanLinkSchema = z.strictObject({
  planOccurrenceId: idSchema,
  /** Shown on the timer, so the musician sees whose practice this is. */
  planTitle: titleSchema,
  pieceIds: z.array(idSchema).max(50),
  techniques: z.array(labelSchema).max(50),
});
export type TimerPlanLink = z.infer<typeof timerPlanLinkSchema>;

/**
 * The link in a stored snapshot, or undefined when there is none or it is damaged.
 *
 * @example
 * parseTimerPlanLink({ planOccurrenceId: id, planTitle: "Warm-up", pieceIds: [], techniques: ["scales"] });
 */
export function parseTimerPlanLink(value: unknown): TimerPlanLink | undefined {
  const parsed = timerPlanLinkSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
