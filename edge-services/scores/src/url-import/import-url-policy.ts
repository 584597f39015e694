import { AppError } from "@mirubato/worker-kit";
import type { HostResolver } from "./host-resolver";
import { classifyHost, isPublicAddress } from "./ip-address";

export interface ImportUrlPolicy {
  resolver: HostResolver;
  /**
   * Exact origins let through without address checks (`URL_IMPORT_TEST_ORIGINS`): only set in
   * local and e2e configurations, so tests can import from a server on 127.0.0.1.
   */
  testOrigins: ReadonlySet<string>;
}

const notAllowed = (url: URL, reason: string) =>
  new AppError("url_not_allowed", "This address cannot be imported from", { host: url.host, reason });

/**
 * Parses an import URL and proves it may be fetched: absolute http(s), no credentials, the default
 * port, and a host that is — and resolves only to — public addresses. Checked again for every
 * redirect hop. (Between this check and the fetch a name could be re-pointed; on Cloudflare a
 * Worker's fetch cannot reach private networks anyway, so this is the first of two walls.)
 */
export async function checkImportUrl(raw: string | URL, policy: ImportUrlPolicy): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError("invalid_request", "Enter a full web address, starting with https://");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new AppError("invalid_request", "Only http and https addresses can be imported");
  }
  if (url.username !== "" || url.password !== "") {
    throw new AppError("invalid_request", "Addresses with a user name or password cannot be imported");
  }
  if (policy.testOrigins.has(url.origin)) return url;
  // The parser drops a default port, so any port left is a non-standard one.
  if (url.port !== "") throw notAllowed(url, "port");

  const host = classifyHost(url.hostname);
  if (!host.isPublic) throw notAllowed(url, host.kind === "ip" ? "private_address" : "internal_name");
  if (host.kind === "ip") return url;

  let addresses: string[];
  try {
    addresses = await policy.resolver.resolve(url.hostname.replace(/\.$/, ""));
  } catch {
    throw new AppError("fetch_failed", "The address could not be looked up; try again later", {
      host: url.host,
    });
  }
  if (addresses.length === 0) {
    throw new AppError("fetch_failed", "No server answers at this address", { host: url.host });
  }
  if (!addresses.every(isPublicAddress)) throw notAllowed(url, "private_address");
  return url;
}
