import { z } from "zod";

/**
 * Wire format of one hybrid-logical-clock stamp (see `hlc.ts` in @mirubato/domain, which formats
 * and parses it): `<ISO-8601 UTC wall time, ms>-<counter, 4 upper-case hex>-<device id>`. The first
 * two parts are fixed width, so comparing two stamps as strings orders them by (clock, device).
 * It lives here because `clocks` is part of every synced document's shape.
 */
export const clockStampPattern =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9A-F]{4}-[A-Za-z0-9_-]{1,64}$/;

/** Longest stamp: 24 (time) + 1 + 4 (counter) + 1 + 64 (device). */
export const maxClockStampLength = 94;

/**
 * One HLC stamp as it travels on the wire.
 *
 * @example
 * clockStampSchema.parse("2026-03-01T09:30:00.000Z-0000-a1b2c3d4e5f60718");
 */
export const clockStampSchema = z.string().max(maxClockStampLength).regex(clockStampPattern);

/** Pattern for device ids embedded in stamps. */
export const deviceIdPattern = /^[A-Za-z0-9_-]{1,64}$/;
