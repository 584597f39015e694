import { z } from "zod";
import type { EmailMessage, EmailSender } from "../email/email-sender";

/**
 * The local environment's mailbox: emails land in D1 instead of leaving the machine, and
 * `GET /api/dev/mailbox` lists them. Never wired outside ENVIRONMENT=local.
 */
export interface MailboxMessage extends EmailMessage {
  id: string;
  sentAt: string;
  links: string[];
}

const mailRowSchema = z.object({
  id: z.string(),
  to_email: z.string(),
  subject: z.string(),
  text_body: z.string(),
  html_body: z.string(),
  created_at: z.number(),
});

const LINK_PATTERN = /https?:\/\/[^\s"'<>]+/g;

export interface DevMailboxStore {
  add(message: EmailMessage, nowMs: number): Promise<void>;
  /** Messages to this address, newest first. */
  listFor(to: string, limit: number): Promise<MailboxMessage[]>;
}

export function createDevMailboxStore(db: D1Database): DevMailboxStore {
  return {
    async add(message, nowMs) {
      await db
        .prepare(
          "INSERT INTO dev_mailbox (id, to_email, subject, text_body, html_body, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(crypto.randomUUID(), message.to, message.subject, message.text, message.html, nowMs)
        .run();
    },
    async listFor(to, limit) {
      const { results } = await db
        .prepare("SELECT * FROM dev_mailbox WHERE to_email = ? ORDER BY created_at DESC, rowid DESC LIMIT ?")
        .bind(to, limit)
        .all();
      return results.map((row) => {
        const mail = mailRowSchema.parse(row);
        return {
          id: mail.id,
          to: mail.to_email,
          subject: mail.subject,
          text: mail.text_body,
          html: mail.html_body,
          sentAt: new Date(mail.created_at).toISOString(),
          links: [...new Set(mail.text_body.match(LINK_PATTERN) ?? [])],
        };
      });
    },
  };
}

export function createDevMailboxSender(store: DevMailboxStore, now: () => number): EmailSender {
  return { send: (message) => store.add(message, now()) };
}
