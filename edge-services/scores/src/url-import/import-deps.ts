import type { Context } from "hono";
import { z } from "zod";
import type { ScoresEnv } from "../env";
import type { ScoreFilesDeps } from "../files/score-files.service";
import { createDohResolver } from "./host-resolver";
import type { ImportScoreFileDeps } from "./import-score-file";

/** `URL_IMPORT_TEST_ORIGINS`: comma-separated exact origins; absent outside local and e2e. */
const testOriginsSchema = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(",")
      .map((origin) => origin.trim())
      .filter((origin) => origin !== "")
      .map((origin) => new URL(origin).origin),
  );

/** What an import needs on top of an upload's deps: D1 for the slot, DNS, and the outbound fetch. */
export function importDepsOf(c: Context<ScoresEnv>, files: ScoreFilesDeps): ImportScoreFileDeps {
  const fetcher: typeof fetch = (input, init) => fetch(input, init);
  return {
    ...files,
    db: c.env.DB,
    fetcher,
    resolver: createDohResolver(fetcher),
    testOrigins: new Set(testOriginsSchema.parse(c.env.URL_IMPORT_TEST_ORIGINS)),
  };
}
