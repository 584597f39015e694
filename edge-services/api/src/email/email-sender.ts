/** One outgoing email. Bodies may contain secrets (sign-in links): never log them. */
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Where email goes: Resend in staging/production, the D1 dev mailbox locally (chosen by
 * ENVIRONMENT in `deps.ts`). `send` resolves once the provider accepted the message and throws
 * otherwise.
 */
export interface EmailSender {
  send(message: EmailMessage): Promise<void>;
}
