/** One RelayRoom per user: the Durable Object name that holds all of a user's devices. */
export function roomNameForUser(userId: string): string {
  return `user:${userId}`;
}

/** A room no user maps to, used only by the health check's round trip. */
export const HEALTH_CHECK_ROOM = "health-check";
