import { env, exports } from "cloudflare:workers";
import { parseServiceKeys, type ServiceName, signServiceToken } from "@mirubato/session-token";
import { FORGED_SERVICE_KEYS } from "@mirubato/session-token/testing";
import { describe, expect, test } from "vitest";
import { objectKey, userPrefix } from "../files/score-file";
import { createScoreFilesStore } from "../files/score-files.store";
import { PNG_1X1, tinyPdf, variant } from "../test-support/fixtures";
import { cookieFor, upload } from "../test-support/session";
import { deleteUserData } from "./delete-user-data";

const keys = () => parseServiceKeys(env.SERVICE_KEYS);
const OTHER_KEYS = parseServiceKeys(FORGED_SERVICE_KEYS);

async function userWithFiles(count: number): Promise<string> {
  const userId = `user-${crypto.randomUUID().slice(0, 8)}`;
  const cookie = await cookieFor(userId);
  for (let index = 0; index < count; index++) {
    const response = await upload(
      cookie,
      variant(index % 2 === 0 ? PNG_1X1 : tinyPdf({ pages: ["x"] }), index),
    );
    expect(response.status).toBe(201);
  }
  return userId;
}

async function holdings(userId: string) {
  const rows = await env.DB.prepare("SELECT COUNT(*) AS n FROM score_files WHERE user_id = ?")
    .bind(userId)
    .first("n");
  const objects = (await env.BUCKET.list({ prefix: userPrefix(userId) })).objects.length;
  return { rows, objects };
}

/** The message an RPC call was refused with, or "" when it succeeded. */
async function refusal(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const token = (caller: ServiceName, callee: ServiceName, now?: Date, signingKeys = keys()) =>
  signServiceToken(caller, callee, signingKeys, now);

describe("ScoresService.deleteUserData", () => {
  test("deletes every row and object of the user, orphans included, and leaves other users alone", async () => {
    const leaving = await userWithFiles(3);
    const staying = await userWithFiles(2);
    // An object whose row is gone (an interrupted delete) is the user's data too.
    await env.BUCKET.put(objectKey(leaving, crypto.randomUUID()), PNG_1X1);
    expect(await holdings(leaving)).toEqual({ rows: 3, objects: 4 });

    const result = await exports.ScoresService.deleteUserData(await token("api", "scores"), leaving);
    expect(result).toEqual({ deletedFiles: 3 });
    expect(await holdings(leaving)).toEqual({ rows: 0, objects: 0 });
    expect(await holdings(staying)).toEqual({ rows: 2, objects: 2 });

    // Idempotent: a retried account deletion finds nothing left.
    expect(await exports.ScoresService.deleteUserData(await token("api", "scores"), leaving)).toEqual({
      deletedFiles: 0,
    });
  });

  test("works through any number of files page by page", async () => {
    const userId = await userWithFiles(5);
    const deps = { store: createScoreFilesStore(env.DB), bucket: env.BUCKET };
    expect(await deleteUserData(deps, userId, 2)).toEqual({ deletedFiles: 5 });
    expect(await holdings(userId)).toEqual({ rows: 0, objects: 0 });
  });

  test.each([
    ["a missing token", async () => undefined],
    ["an empty token", async () => ""],
    ["garbage", async () => "not.a.jwt"],
    ["a token signed with another key set", () => token("api", "scores", undefined, OTHER_KEYS)],
    ["an expired token", () => token("api", "scores", new Date(Date.now() - 5 * 60_000))],
    ["a token for another callee", () => token("api", "dictionary")],
    ["a token from a caller other than the api", () => token("dictionary", "scores")],
  ])("refuses %s with unauthorized and deletes nothing", async (_, makeToken) => {
    const userId = await userWithFiles(1);
    const serviceToken = await makeToken();
    // RPC carries the message, so the code leads it.
    // @ts-expect-error — the missing-token case passes undefined where the signature wants a string.
    expect(await refusal(exports.ScoresService.deleteUserData(serviceToken, userId))).toMatch(
      /^unauthorized: /,
    );
    expect(await holdings(userId)).toEqual({ rows: 1, objects: 1 });
  });

  test("refuses a user id that could reach outside the user's prefix", async () => {
    expect(
      await refusal(exports.ScoresService.deleteUserData(await token("api", "scores"), "../users")),
    ).toMatch(/^invalid_request: /);
  });
});
