import { useState } from "react";
import { ApiError } from "../../api/api-error";
import { requestMagicLink } from "../../api/auth-client";

export type MagicLinkState =
  | { readonly status: "idle" }
  | { readonly status: "sending" }
  | { readonly status: "sent"; readonly email: string }
  | { readonly status: "failed"; readonly reason: "rate_limited" | "invalid_email" | "network" };

const fetchSameOrigin = (input: string, init?: RequestInit) => fetch(input, init);

/** Requests a sign-in link and tracks the form's state. */
export function useMagicLink(): {
  readonly state: MagicLinkState;
  send(email: string): Promise<void>;
  reset(): void;
} {
  const [state, setState] = useState<MagicLinkState>({ status: "idle" });
  return {
    state,
    async send(email) {
      setState({ status: "sending" });
      try {
        await requestMagicLink(fetchSameOrigin, email);
        setState({ status: "sent", email });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        const reason =
          error.code === "rate_limited"
            ? "rate_limited"
            : error.code === "invalid_request"
              ? "invalid_email"
              : "network";
        setState({ status: "failed", reason });
      }
    },
    reset: () => setState({ status: "idle" }),
  };
}
