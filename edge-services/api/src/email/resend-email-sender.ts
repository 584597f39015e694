import type { EmailMessage, EmailSender } from "./email-sender";

const RESEND_ENDPOINT = "https://api.resend.com/emails";

export interface ResendOptions {
  apiKey: string;
  from: string;
  /** The fetch to use; tests pass a fake here, the worker passes the global one. */
  fetch: typeof fetch;
}

/** Sends through Resend's HTTP API (https://resend.com/docs/api-reference/emails/send-email). */
export function createResendEmailSender(options: ResendOptions): EmailSender {
  return {
    async send(message: EmailMessage) {
      const response = await options.fetch(RESEND_ENDPOINT, {
        method: "POST",
        headers: { authorization: `Bearer ${options.apiKey}`, "content-type": "application/json" },
        body: JSON.stringify({
          from: options.from,
          to: [message.to],
          subject: message.subject,
          text: message.text,
          html: message.html,
        }),
      });
      // The response body may echo the recipient; only the status goes into the error.
      if (!response.ok) throw new Error(`Resend answered ${response.status}`);
    },
  };
}
