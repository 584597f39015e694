import { AppError } from "@mirubato/worker-kit";
import type { HostResolver } from "./host-resolver";
import { ResolutionError } from "./host-resolver";
import { isIpLiteral, isPublicAddress } from "./ip-address";

export interface UrlPolicy {
  resolver: HostResolver;
  /** Exact origins let through unchecked: a dev/test setting only (`URL_IMPORT_TEST_ORIGINS`). */
  testOrigins: readonly string[];
}

const BLOCKED_NAMES = /(?:^|\.)(?:localhost|internal|local|localdomain|home\.arpa)\.?$/i;

/** `text` as an absolute http(s) URL without credentials, or `invalid_request`. */
export function parseImportUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new AppError("invalid_request", "Give the address of a file, starting with https://");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new AppError("invalid_request", "Only http and https addresses can be imported");
  }
  if (url.username !== "" || url.password !== "") {
    throw new AppError("invalid_request", "Addresses with a user name or password cannot be imported");
  }
  return url;
}

function notAllowed(reason: string): AppError {
  return new AppError("url_not_allowed", "This address cannot be imported from", { reason });
}

/**
 * Refuses a URL the server must not fetch: ports other than 80/443, local names, IP literals that
 * are not public, and names whose DNS answers include any address that is not public (all of
 * them must be public, so a name cannot mix one public and one private answer).
 */
export async function checkImportUrl(url: URL, policy: UrlPolicy): Promise<void> {
  if (policy.testOrigins.includes(url.origin)) return;
  if (url.port !== "" && url.port !== "80" && url.port !== "443") throw notAllowed("port");
  const hostname = url.hostname.replace(/\.$/, "");
  if (BLOCKED_NAMES.test(hostname) || (!hostname.includes(".") && !hostname.startsWith("["))) {
    if (!isIpLiteral(hostname)) throw notAllowed("local_name");
  }
  if (isIpLiteral(hostname)) {
    if (!isPublicAddress(hostname)) throw notAllowed("address");
    return;
  }
  let addresses: string[];
  try {
    addresses = await policy.resolver.resolve(hostname);
  } catch (error) {
    if (error instanceof ResolutionError) {
      throw new AppError("fetch_failed", "The address's name could not be looked up");
    }
    throw error;
  }
  if (addresses.length === 0) throw new AppError("fetch_failed", "The address's name does not exist");
  if (!addresses.every(isPublicAddress)) throw notAllowed("address");
}
