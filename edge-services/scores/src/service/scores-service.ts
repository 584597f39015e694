import { WorkerEntrypoint } from "cloudflare:workers";
import { parseServiceKeys, verifyServiceToken } from "@mirubato/session-token";
import { createLogger } from "@mirubato/worker-kit";
import type { ScoresBindings } from "../env";
import { userIdSchema } from "../files/score-file";
import { createScoreFilesStore } from "../files/score-files.store";
import { deleteImportSlot } from "../import/import-rate-limit";
import { deleteUserData } from "./delete-user-data";

export type ServiceCallErrorCode = "unauthorized" | "invalid_request";

/**
 * A refused RPC call. RPC carries an error's message (not its class or fields) back to the
 * caller, so the code leads the message: `unauthorized: …`. The name stays "Error" so the message
 * arrives unprefixed.
 */
export class ServiceCallError extends Error {
  readonly code: ServiceCallErrorCode;

  constructor(code: ServiceCallErrorCode, message: string) {
    super(`${code}: ${message}`);
    this.code = code;
  }
}

/**
 * RPC for other workers (service binding `{ service = "mirubato-scores", entrypoint =
 * "ScoresService" }`). Every method takes a service token first and checks it names "scores" as
 * the callee and an allowed caller; only the api may delete a user's data.
 */
export class ScoresService extends WorkerEntrypoint<ScoresBindings> {
  async deleteUserData(serviceToken: string, userId: string): Promise<{ deletedFiles: number }> {
    await this.authorize(serviceToken, "deleteUserData");
    const parsed = userIdSchema.safeParse(userId);
    if (!parsed.success) throw new ServiceCallError("invalid_request", "userId is not a user id");
    const result = await deleteUserData(
      { store: createScoreFilesStore(this.env.DB), bucket: this.env.BUCKET },
      parsed.data,
    );
    await deleteImportSlot(this.env.DB, parsed.data);
    createLogger("scores", "rpc").info("user data deleted", { deletedFiles: result.deletedFiles });
    return result;
  }

  private async authorize(serviceToken: unknown, method: string): Promise<void> {
    const check = await verifyServiceToken(
      serviceToken,
      { callee: "scores", callers: ["api"] },
      parseServiceKeys(this.env.SERVICE_KEYS),
    );
    if (check.ok) return;
    // The reason and the method only: never the token or whom the call was about.
    createLogger("scores", "rpc").warn("refused an RPC call", { method, reason: check.reason });
    throw new ServiceCallError("unauthorized", `the service token was refused (${check.reason})`);
  }
}
