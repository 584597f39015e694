/**
 * Security headers for everything the one origin answers. The CSP fits the React PWA: scripts and
 * workers only from the origin (blob: for workers such as pdf.js's), inline styles allowed (React
 * style attributes), images also from data:/blob: (rendered score pages, thumbnails), and
 * connections only back to the origin, WebSockets included (the relay at /sync/ws).
 */
export function contentSecurityPolicy(url: URL): string {
  const webSocketOrigin = `${url.protocol === "https:" ? "wss" : "ws"}://${url.host}`;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${webSocketOrigin}`,
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}

// The microphone stays available to the origin for the tuner; everything else is off.
const PERMISSIONS_POLICY = "microphone=(self), camera=(), geolocation=(), payment=(), usb=()";

export function applySecurityHeaders(headers: Headers, url: URL): void {
  headers.set("content-security-policy", contentSecurityPolicy(url));
  headers.set("x-content-type-options", "nosniff");
  headers.set("referrer-policy", "strict-origin-when-cross-origin");
  headers.set("permissions-policy", PERMISSIONS_POLICY);
  // Browsers ignore HSTS over plain http, and sending it from localhost would pin it there.
  if (url.protocol === "https:") {
    headers.set("strict-transport-security", "max-age=63072000; includeSubDomains");
  }
}
