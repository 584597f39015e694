import type { EmailMessage } from "./email-sender";

const escapeHtml = (value: string) =>
  value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** The sign-in email. The link works once, for 15 minutes, in the browser that asked for it. */
export function composeMagicLinkEmail(to: string, link: string): EmailMessage {
  const text = [
    "Sign in to Mirubato by opening this link:",
    "",
    link,
    "",
    "It works once, for 15 minutes, in the browser where you asked for it.",
    "If you did not ask to sign in, you can ignore this email.",
  ].join("\n");
  const html = `<p>Sign in to Mirubato:</p>
<p><a href="${escapeHtml(link)}">Sign in</a></p>
<p>The link works once, for 15 minutes, in the browser where you asked for it.
If you did not ask to sign in, you can ignore this email.</p>`;
  return { to, subject: "Your Mirubato sign-in link", text, html };
}
