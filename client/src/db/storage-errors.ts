/**
 * Whether an error (or anything it wraps) is the browser refusing a write for lack of space.
 * Dexie and RxDB wrap the DOMException, so the chain of `inner`, `cause`, `parameters.error` and
 * `errors` is searched.
 */
export function isStorageFullError(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 5) return false;
  const name = Reflect.get(error, "name");
  if (typeof name === "string" && name.includes("QuotaExceeded")) return true;
  const nested = [Reflect.get(error, "inner"), Reflect.get(error, "cause")];
  const parameters = Reflect.get(error, "parameters");
  if (typeof parameters === "object" && parameters !== null) {
    nested.push(Reflect.get(parameters, "error"));
    const errors = Reflect.get(parameters, "errors");
    if (Array.isArray(errors)) nested.push(...errors);
  }
  return nested.some((inner) => isStorageFullError(inner, depth + 1));
}
