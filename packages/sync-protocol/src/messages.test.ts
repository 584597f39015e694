import { describe, expect, test } from "vitest";
import { clientMessageSchema } from "./client-message";
import { CloseCode, closeCodeSchema, isRetryableClose } from "./close-code";
import { parseFrame } from "./parse-frame";
import { pingFrame } from "./ping";
import { pongFrame } from "./pong";
import { checkProtocolCompatibility, PROTOCOL_VERSION } from "./protocol-version";
import { createPullResponseSchema, pullRequestSchema } from "./pull";
import { invalidPullRequests, piecesPullResponseFixtures, pullRequestFixtures } from "./pull.fixtures";
import { createPushRequestSchema, createPushResponseSchema } from "./push";
import {
  invalidPiecesPushRequests,
  piecesPushRequestFixtures,
  piecesPushResponseFixtures,
} from "./push.fixtures";
import { clientMessageFixtures, invalidFrames, serverMessageFixtures } from "./relay-message.fixtures";
import { serverMessageSchema } from "./server-message";

const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("fixtures round-trip through parse", () => {
  test.each([
    ["pull request", pullRequestSchema, pullRequestFixtures],
    ["pull response", createPullResponseSchema("pieces"), piecesPullResponseFixtures],
    ["push request", createPushRequestSchema("pieces"), piecesPushRequestFixtures],
    ["push response", createPushResponseSchema("pieces"), piecesPushResponseFixtures],
    ["client message", clientMessageSchema, clientMessageFixtures],
    ["server message", serverMessageSchema, serverMessageFixtures],
  ] as const)("%s", (_name, schema, fixtures) => {
    for (const fixture of fixtures) expect(schema.parse(roundTrip(fixture))).toEqual(fixture);
  });
});

describe("invalid bodies and frames are refused", () => {
  test("pull requests", () => {
    for (const body of invalidPullRequests) expect(pullRequestSchema.safeParse(body).success).toBe(false);
  });
  test("push requests: empty, too many rows, mismatched ids, oversized document, missing field", () => {
    const schema = createPushRequestSchema("pieces");
    for (const body of invalidPiecesPushRequests) expect(schema.safeParse(body).success).toBe(false);
  });
  test("relay frames, with the close code to use", () => {
    const codes = invalidFrames.map((frame) => {
      const result = parseFrame(serverMessageSchema, frame);
      return result.ok ? null : result.closeCode;
    });
    expect(codes).toEqual([4000, 4000, 4000, 4000, 4009]);
    expect(parseFrame(clientMessageSchema, new ArrayBuffer(2))).toMatchObject({ ok: false, closeCode: 4000 });
  });
  test("canonical ping and pong frames parse", () => {
    expect(parseFrame(clientMessageSchema, pingFrame)).toEqual({ ok: true, message: { type: "ping" } });
    expect(parseFrame(serverMessageSchema, pongFrame)).toEqual({ ok: true, message: { type: "pong" } });
  });
});

describe("versions and close codes", () => {
  test("protocol compatibility", () => {
    expect(checkProtocolCompatibility(PROTOCOL_VERSION)).toBeNull();
    expect(checkProtocolCompatibility(PROTOCOL_VERSION + 1)).toBe("serverTooOld");
    expect(checkProtocolCompatibility(0)).toBe("clientTooOld");
  });
  test("close codes are application codes and only some are retryable", () => {
    for (const code of Object.values(CloseCode)) {
      expect(code).toBeGreaterThanOrEqual(4000);
      expect(code).toBeLessThanOrEqual(4999);
      expect(closeCodeSchema.parse(code)).toBe(code);
    }
    expect(isRetryableClose(CloseCode.messageTooLarge)).toBe(true);
    expect(isRetryableClose(CloseCode.unauthorized)).toBe(false);
  });
});
