import { zValidator } from "@hono/zod-validator";
import type { ValidationTargets } from "hono";
import type { ZodType } from "zod";
import { AppError } from "./app-error";

/**
 * `zValidator` that fails with the shared envelope (`invalid_request` + zod issues) instead of
 * the validator's own body, so every worker rejects bad input alike.
 *
 * @example
 * app.post("/pull", validate("json", pullRequestSchema), (c) => c.json(pull(c.req.valid("json"))));
 */
export function validate<Target extends keyof ValidationTargets, Schema extends ZodType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      throw new AppError("invalid_request", `The request ${target} is not valid`, result.error.issues);
    }
  });
}
