import { createWorkerApp } from "@mirubato/worker-kit";
import packageJson from "../package.json";
import type { RelayEnv } from "./env";
import { HEALTH_CHECK_ROOM } from "./room-name";
import { syncSocketRoutes } from "./sync-socket.routes";

/** The relay's HTTP surface under `/sync`: health, livez, readyz and the socket upgrade. */
export const app = createWorkerApp<RelayEnv>({
  service: "relay",
  version: packageJson.version,
  basePath: "/sync",
  // A real round trip: the namespace resolves a room and the room answers an RPC.
  healthChecks: (c) => ({ durableObjects: () => c.env.ROOMS.getByName(HEALTH_CHECK_ROOM).ping() }),
});
app.route("/sync", syncSocketRoutes);
