import { useCallback, useState } from "react";
import { ApiError, type ApiErrorCode } from "../../api/api-error";

export type ContributionState<T> =
  | { status: "idle" | "sending" }
  | { status: "done"; value: T }
  | { status: "failed"; code: ApiErrorCode; message: string };

/**
 * A musician's contribution to the dictionary (a report, a request for a missing term): its
 * progress and, on failure, the server's code so the UI can say what to do (sign in, wait…).
 */
export function useContribution<A extends unknown[], T>(
  send: (...args: A) => Promise<T>,
): { state: ContributionState<T>; submit: (...args: A) => void } {
  const [state, setState] = useState<ContributionState<T>>({ status: "idle" });
  const submit = useCallback(
    (...args: A) => {
      setState({ status: "sending" });
      send(...args).then(
        (value) => setState({ status: "done", value }),
        (error: unknown) =>
          setState(
            error instanceof ApiError
              ? { status: "failed", code: error.code, message: error.message }
              : { status: "failed", code: "network", message: String(error) },
          ),
      );
    },
    [send],
  );
  return { state, submit };
}
