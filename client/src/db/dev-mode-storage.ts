import { addRxPlugin, type RxStorage } from "rxdb";
import { disableWarnings, RxDBDevModePlugin } from "rxdb/plugins/dev-mode";
import { wrappedValidateAjvStorage } from "rxdb/plugins/validate-ajv";

/**
 * Turns on RxDB's dev-mode checks and wraps a storage with ajv validation (dev-mode refuses to
 * start without a validator: DVM1). For dev builds and tests only.
 */
export function withDevModeValidation<Internals, Options>(
  storage: RxStorage<Internals, Options>,
): RxStorage<Internals, Options> {
  disableWarnings();
  addRxPlugin(RxDBDevModePlugin);
  return wrappedValidateAjvStorage({ storage });
}
