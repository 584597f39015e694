import type { Messages } from "./locales";
import type { MessageKey } from "./messages/en";

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const placeholder = /\{(\w+)\}/g;

/** Fills `{name}` placeholders; an unknown placeholder is left visible so the gap is noticed, not hidden. */
export function formatMessage(template: string, params: MessageParams = {}): string {
  return template.replace(placeholder, (match, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : match,
  );
}

/** The placeholder names used in a template, for checking translations against English. */
export function listPlaceholders(template: string): string[] {
  return [...template.matchAll(placeholder)].map((match) => match[1] ?? "").sort();
}

export function createTranslate(messages: Messages): Translate {
  return (key, params) => formatMessage(messages[key], params);
}
