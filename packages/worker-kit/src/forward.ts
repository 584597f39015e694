import { REQUEST_ID_HEADER } from "./request-id";

/** The part of a service binding (or any fetcher) a forwarder needs. */
export interface ServiceFetcher {
  fetch(request: Request): Promise<Response>;
}

/**
 * Sends a request on to another worker through its service binding, carrying the request id so
 * the callee's log lines join the caller's. Method, body and upgrade headers pass through.
 */
export function forwardRequest(
  fetcher: ServiceFetcher,
  request: Request,
  requestId: string,
): Promise<Response> {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  return fetcher.fetch(new Request(request, { headers }));
}
