import { z } from "zod";
import { ErrorCode } from "./error-code";

/** `{ error: { code, message, details? } }`: the one error shape every worker answers with. */
export const errorEnvelopeSchema = z.object({
  error: z.object({
    code: z.enum(ErrorCode),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;
