import { app } from "./app";

export { RelayRoom } from "./relay-room";
export { RelayService } from "./relay-service";

export default { fetch: app.fetch } satisfies ExportedHandler<Env>;
