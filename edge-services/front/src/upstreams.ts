/** The workers behind the one origin, each reached through its service binding. */
export interface Upstream {
  /** Name in logs and in the front's health report. */
  name: "api" | "scores" | "dictionary" | "relay";
  binding: "API" | "SCORES" | "DICTIONARY" | "RELAY";
  /** The path prefix the service owns; it mounts its routes under this same prefix. */
  prefix: string;
}

// Most specific first: /api/scores/* and /api/dictionary/* must win over /api/*.
export const upstreams: readonly Upstream[] = [
  { name: "scores", binding: "SCORES", prefix: "/api/scores" },
  { name: "dictionary", binding: "DICTIONARY", prefix: "/api/dictionary" },
  { name: "api", binding: "API", prefix: "/api" },
  { name: "relay", binding: "RELAY", prefix: "/sync" },
];

/**
 * The service that owns a path, or undefined when the path belongs to the client (static assets
 * and SPA routes). A prefix owns itself and everything below it, never a longer word
 * (`/apis` is the client's).
 */
export function findUpstream(pathname: string): Upstream | undefined {
  return upstreams.find(({ prefix }) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}
