import { parseServiceKeys, type ServiceName, verifyServiceToken } from "@mirubato/session-token";

/** A DictionaryService call whose service token was missing, forged, expired or meant for another service. */
export class ServiceCallRefusedError extends Error {
  constructor(method: string, reason: string) {
    super(`dictionary refused ${method}: service token rejected (${reason})`);
    this.name = "ServiceCallRefusedError";
  }
}

/**
 * Checks that an RPC call comes from one of `callers`, with a token for "dictionary"; throws
 * ServiceCallRefusedError otherwise. The error crosses the RPC boundary with its message, so the
 * caller sees why.
 */
export async function verifyCaller(
  token: unknown,
  method: string,
  callers: readonly ServiceName[],
  serviceKeys: string | undefined,
): Promise<ServiceName> {
  const check = await verifyServiceToken(
    token,
    { callee: "dictionary", callers },
    parseServiceKeys(serviceKeys),
  );
  if (!check.ok) throw new ServiceCallRefusedError(method, check.reason);
  return check.caller;
}
