/**
 * Browsers always send Origin on a WebSocket handshake, and cookies ride along cross-site: only
 * the app's own origin (the request's, behind the front worker) or a listed APP_ORIGIN may open
 * a socket (cross-site WebSocket hijacking). The session itself is checked by
 * `authenticateRequest` from `@mirubato/session-token`.
 */
export function isAllowedOrigin(request: Request, appOrigins: string): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  if (origin === new URL(request.url).origin) return true;
  return appOrigins.split(",").some((allowed) => allowed.trim() === origin);
}
