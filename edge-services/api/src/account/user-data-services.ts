import { type ServiceName, type SessionKeys, signServiceToken } from "@mirubato/session-token";

/**
 * The other workers that hold a user's data, as the api reaches them when an account is deleted
 * (service bindings `SCORES` → `ScoresService`, `DICTIONARY` → `DictionaryService`). Their
 * classes live in other deployables, so the RPC surfaces are declared here. Each call carries a
 * service token from "api" to that worker; each deletion is idempotent (a retry after a partial
 * failure deletes what is left and reports zero for what was already gone).
 */
export interface ScoresEntrypoint extends Rpc.WorkerEntrypointBranded {
  /** Removes the user's D1 rows and R2 objects. */
  deleteUserData(serviceToken: string, userId: string): Promise<{ deletedFiles: number }>;
}

export interface DictionaryEntrypoint extends Rpc.WorkerEntrypointBranded {
  /** Removes the user's flags, generation requests and rate-limit state. */
  deleteUserData(serviceToken: string, userId: string): Promise<{ deletedRows: number }>;
}

/** One service that deletes a user's data; throws when it could not. */
export interface UserDataService {
  readonly name: ServiceName;
  deleteUserData(userId: string): Promise<void>;
}

interface DeleteUserDataBinding {
  deleteUserData(serviceToken: string, userId: string): Promise<unknown>;
}

function userDataService(
  name: ServiceName,
  binding: DeleteUserDataBinding,
  serviceKeys: SessionKeys,
): UserDataService {
  return {
    name,
    async deleteUserData(userId) {
      await binding.deleteUserData(await signServiceToken("api", name, serviceKeys), userId);
    },
  };
}

export function createUserDataServices(
  bindings: { SCORES: DeleteUserDataBinding; DICTIONARY: DeleteUserDataBinding },
  serviceKeys: SessionKeys,
): UserDataService[] {
  return [
    userDataService("scores", bindings.SCORES, serviceKeys),
    userDataService("dictionary", bindings.DICTIONARY, serviceKeys),
  ];
}

/**
 * Asks every service to delete the user's data, all at once, and returns the names of those that
 * failed (none: everything outside the api is gone).
 */
export async function deleteUserDataEverywhere(
  services: readonly UserDataService[],
  userId: string,
): Promise<ServiceName[]> {
  const results = await Promise.allSettled(services.map((service) => service.deleteUserData(userId)));
  return services.filter((_service, index) => results[index]?.status === "rejected").map((s) => s.name);
}
