import { scoreFileRecordSchema } from "@mirubato/schema";
import { expect } from "vitest";
import type { ScoreMessage } from "../processing/score-message";
import { cookieFor, upload } from "./session";

/** Uploads `bytes` as a fresh user: their cookie, the new record and its processing message. */
export async function uploadedFor(bytes: Uint8Array) {
  const userId = `user-${crypto.randomUUID().slice(0, 8)}`;
  const cookie = await cookieFor(userId);
  const response = await upload(cookie, bytes);
  expect(response.status).toBe(201);
  const record = scoreFileRecordSchema.parse(await response.json());
  const message: ScoreMessage = { type: "score_file.uploaded", fileId: record.id, userId };
  return { userId, cookie, record, message };
}
