import { env } from "cloudflare:workers";
import { fromBase64 } from "./fixtures";

/** A PDF of `test-fixtures/` (engraved with LilyPond, or scanned), by file name. */
export function fixturePdf(name: string): Uint8Array {
  const base64 = env.TEST_FIXTURE_PDFS[name];
  if (base64 === undefined) throw new Error(`no fixture ${name} in test-fixtures/`);
  return fromBase64(base64);
}
