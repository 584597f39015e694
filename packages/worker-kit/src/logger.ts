/**
 * Structured JSON logs: one object per line, always with the service and the request id, so a
 * request can be followed across service bindings. Callers pass only operational fields (paths
 * without query strings, statuses, durations, ids): never emails, tokens or document contents.
 */
export type LogLevel = "debug" | "info" | "warn" | "error";

export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  log(level: LogLevel, message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export function createLogger(service: string, requestId: string): Logger {
  const log = (level: LogLevel, message: string, fields: LogFields = {}) => {
    const line = JSON.stringify({
      ts: new Date().toISOString(),
      level,
      service,
      requestId,
      message,
      ...fields,
    });
    if (level === "error") console.error(line);
    else console.log(line);
  };
  return {
    log,
    info: (message, fields) => log("info", message, fields),
    warn: (message, fields) => log("warn", message, fields),
    error: (message, fields) => log("error", message, fields),
  };
}
