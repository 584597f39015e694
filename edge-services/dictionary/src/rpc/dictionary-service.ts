import { WorkerEntrypoint } from "cloudflare:workers";
import { createLogger } from "@mirubato/worker-kit";
import { z } from "zod";
import { isolateMemory } from "../cache/isolate-memory";
import type { DictionaryBindings } from "../env";
import { findTermsInText } from "../terms/find-terms-in-text";
import { deleteUserRows } from "./user-data.store";
import { ServiceCallRefusedError, verifyCaller } from "./verify-caller";

// A score's text is long, but not unbounded: 2 million characters is several hundred dense
// pages, and keeps one call well inside a worker's memory.
const MAX_TEXT_CHARS = 2_000_000;
const wordsSchema = z
  .array(z.string().max(2_000))
  .max(200_000)
  .refine((words) => words.reduce((total, word) => total + word.length, 0) <= MAX_TEXT_CHARS);
const userIdSchema = z.string().min(1).max(128);

/**
 * RPC for other workers (service binding `{ service = "mirubato-dictionary", entrypoint =
 * "DictionaryService" }`). Every method takes a service token (packages/session-token) first and
 * names the callers it accepts; anything else is refused with ServiceCallRefusedError.
 */
export class DictionaryService extends WorkerEntrypoint<DictionaryBindings> {
  /**
   * Which of these words or phrases are dictionary terms (scores: the text of an uploaded score).
   * Multi-word terms are found across consecutive words; each entry is listed once.
   */
  async lookupTerms(
    serviceToken: string,
    words: string[],
  ): Promise<Array<{ term: string; id: string; category: string }>> {
    await this.verify(serviceToken, "lookupTerms", ["scores"]);
    const parsed = wordsSchema.safeParse(words);
    if (!parsed.success)
      throw new TypeError("lookupTerms: at most 200,000 strings of 2,000 characters, 2,000,000 in all");
    return findTermsInText(await isolateMemory.termMatcher(this.env.DB), parsed.data);
  }

  /** Erases what the dictionary holds about a musician (api: account deletion). Idempotent. */
  async deleteUserData(serviceToken: string, userId: string): Promise<{ deletedRows: number }> {
    await this.verify(serviceToken, "deleteUserData", ["api"]);
    const parsed = userIdSchema.safeParse(userId);
    if (!parsed.success) throw new TypeError("deleteUserData: userId must be a non-empty id");
    return { deletedRows: await deleteUserRows(this.env.DB, parsed.data) };
  }

  private async verify(token: unknown, method: string, callers: Parameters<typeof verifyCaller>[2]) {
    try {
      await verifyCaller(token, method, callers, this.env.SERVICE_KEYS);
    } catch (error) {
      if (error instanceof ServiceCallRefusedError) {
        createLogger("dictionary", crypto.randomUUID()).warn("refused an RPC call", {
          method,
          errorMessage: error.message,
        });
      }
      throw error;
    }
  }
}
