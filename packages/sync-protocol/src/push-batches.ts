import { syncLimits, utf8ByteLength } from "./limits";

/** JSON of `{"rows":[]}`: what a push body weighs before its first row. */
const emptyBodyBytes = utf8ByteLength({ rows: [] });

/**
 * Splits push rows into request bodies that respect the contract: at most `maxPushRows` rows and
 * `maxBodyBytes` of JSON each (DESIGN §6), keeping the rows' order. A row is at most two documents
 * of `maxDocumentBytes`, so a row alone always fits.
 *
 * @example
 * for (const rows of pushBatches(allRows)) await post("/api/sync/pieces/push", { rows });
 */
export function pushBatches<Row>(
  rows: readonly Row[],
  limits: { readonly maxRows?: number; readonly maxBytes?: number } = {},
): Row[][] {
  const maxRows = limits.maxRows ?? syncLimits.maxPushRows;
  const maxBytes = limits.maxBytes ?? syncLimits.maxBodyBytes;
  const batches: Row[][] = [];
  let batch: Row[] = [];
  let bytes = emptyBodyBytes;
  for (const row of rows) {
    const rowBytes = utf8ByteLength(row);
    // +1: the comma before every row but the first.
    if (batch.length > 0 && (batch.length >= maxRows || bytes + 1 + rowBytes > maxBytes)) {
      batches.push(batch);
      batch = [];
      bytes = emptyBodyBytes;
    }
    bytes += (batch.length > 0 ? 1 : 0) + rowBytes;
    batch.push(row);
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
