import { normalizeTerm, slugifyTerm } from "@mirubato/term-search";
import { AppError } from "@mirubato/worker-kit";
import { z } from "zod";
import { findEntry } from "../terms/terms.store";
import type { DefinitionProvider } from "./definition-provider";
import { insertGeneratedTerm, recordRequest, setRequestStatus } from "./generation.store";
import { checkQuality } from "./quality-check";

export const termRequestMessageSchema = z.object({ term: z.string().trim().min(1).max(60) });
export type TermRequestMessage = z.infer<typeof termRequestMessageSchema>;

export type RequestOutcome = { status: "available"; slug: string } | { status: "queued" };

/**
 * A musician asks for a missing term. With no generation queue (the local environment) the
 * honest answer is that nothing can be generated here; nothing is ever made up in its place.
 */
export async function requestTerm(
  deps: { db: D1Database; queue: Pick<Queue<TermRequestMessage>, "send"> | undefined; nowMs: number },
  term: string,
  userId: string,
): Promise<RequestOutcome> {
  const existing = await findEntry(deps.db, slugifyTerm(term), normalizeTerm(term));
  if (existing) return { status: "available", slug: existing.slug };
  if (!deps.queue) {
    throw new AppError(
      "service_unavailable",
      "Missing terms cannot be defined here; it is not in the dictionary yet",
    );
  }
  if (await recordRequest(deps.db, term, userId, deps.nowMs)) await deps.queue.send({ term });
  return { status: "queued" };
}

export type ProcessOutcome = "generated" | "rejected" | "exists";

/** The queue consumer's work for one request: ask the provider, check, store or reject. */
export async function processTermRequest(
  deps: { db: D1Database; provider: DefinitionProvider; nowMs: number },
  message: TermRequestMessage,
): Promise<ProcessOutcome> {
  if (await findEntry(deps.db, slugifyTerm(message.term), normalizeTerm(message.term))) return "exists";
  const definition = await deps.provider.define(message.term);
  const verdict = definition ? checkQuality(message.term, definition) : { isAccepted: false as const };
  if (!definition || !verdict.isAccepted) {
    await setRequestStatus(deps.db, message.term, "rejected", deps.nowMs);
    return "rejected";
  }
  await insertGeneratedTerm(deps.db, definition, deps.provider.model, deps.nowMs);
  await setRequestStatus(deps.db, message.term, "generated", deps.nowMs);
  return "generated";
}
