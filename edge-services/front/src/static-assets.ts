/**
 * The built client, served through the ASSETS binding (`not_found_handling` =
 * single-page-application, so unknown paths answer index.html), with cache headers that keep a
 * deployed PWA updatable: content-hashed files are cached forever, and everything that names
 * them (the HTML shell, the service worker and its helpers, the manifest) is revalidated.
 */
export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "no-cache";

const alwaysRevalidated = new Set(["/", "/index.html", "/sw.js", "/registerSW.js", "/manifest.webmanifest"]);
const workboxRuntime = /^\/workbox-[\w-]+\.js$/;

/** The Cache-Control the front sets on an asset response, or undefined to keep the binding's own. */
export function cacheControlFor(pathname: string, contentType: string | null): string | undefined {
  if (pathname.startsWith("/assets/")) return IMMUTABLE;
  if (alwaysRevalidated.has(pathname) || workboxRuntime.test(pathname)) return REVALIDATE;
  // Navigations and the SPA fallback: any HTML is the shell, which must never be stale.
  if (contentType?.startsWith("text/html")) return REVALIDATE;
  return undefined;
}

export async function serveStaticAsset(assets: Fetcher, request: Request): Promise<Response> {
  const asset = await assets.fetch(request);
  const response = new Response(asset.body, asset);
  const cacheControl =
    response.status < 400
      ? cacheControlFor(new URL(request.url).pathname, response.headers.get("content-type"))
      : undefined;
  if (cacheControl) response.headers.set("cache-control", cacheControl);
  return response;
}
