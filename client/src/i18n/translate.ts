/**
 * Message formatting: `{name}` placeholders, and plurals chosen by the locale's CLDR rules
 * (`Intl.PluralRules`) in a subset of ICU MessageFormat:
 *
 *   "{count, plural, =0 {no sessions} one {# session} other {# sessions}}"
 *
 * `#` is the number formatted for the locale. A branch is an exact `=N` or a CLDR category (zero,
 * one, two, few, many, other); `other` is required, and a category the locale does not use is
 * never chosen, so Chinese writes only `other` and French's `many` (millions) falls back to it.
 */
import type { Messages } from "./locales";
import type { MessageKey } from "./messages/en";

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const placeholder = /\{(\w+)\}/g;
const pluralStart = /\{(\w+),\s*plural,/g;

interface PluralBlock {
  readonly name: string;
  readonly start: number;
  /** Index just past the block's closing brace. */
  readonly end: number;
  readonly branches: ReadonlyMap<string, string>;
}

/** Reads `{ text }` branches from `from` until the block's closing brace; undefined if malformed. */
function readBranches(
  template: string,
  from: number,
): { branches: Map<string, string>; end: number } | undefined {
  const branches = new Map<string, string>();
  let index = from;
  for (;;) {
    while (/\s/.test(template[index] ?? "")) index++;
    if (template[index] === "}") return { branches, end: index + 1 };
    const selector = /^(=\d+|zero|one|two|few|many|other)\s*\{/.exec(template.slice(index));
    if (selector === null) return undefined;
    let depth = 1;
    const textStart = index + selector[0].length;
    let cursor = textStart;
    while (depth > 0 && cursor < template.length) {
      if (template[cursor] === "{") depth++;
      else if (template[cursor] === "}") depth--;
      cursor++;
    }
    if (depth > 0) return undefined;
    branches.set(selector[1] ?? "other", template.slice(textStart, cursor - 1));
    index = cursor;
  }
}

function findPluralBlocks(template: string): PluralBlock[] {
  const blocks: PluralBlock[] = [];
  for (const match of template.matchAll(pluralStart)) {
    const read = readBranches(template, match.index + match[0].length);
    if (read?.branches.has("other")) {
      blocks.push({ name: match[1] ?? "", start: match.index, end: read.end, branches: read.branches });
    }
  }
  return blocks;
}

const pluralRulesByLocale = new Map<string, Intl.PluralRules>();
const numberFormatByLocale = new Map<string, Intl.NumberFormat>();

function cached<Value>(cache: Map<string, Value>, locale: string, create: () => Value): Value {
  let value = cache.get(locale);
  if (value === undefined) {
    value = create();
    cache.set(locale, value);
  }
  return value;
}

function choosePluralBranch(block: PluralBlock, value: string | number | undefined, locale: string): string {
  const count = typeof value === "number" ? value : Number(value);
  const other = block.branches.get("other") ?? "";
  if (!Number.isFinite(count)) return other.replaceAll("#", String(value ?? ""));
  const rules = cached(pluralRulesByLocale, locale, () => new Intl.PluralRules(locale));
  const branch = block.branches.get(`=${count}`) ?? block.branches.get(rules.select(count)) ?? other;
  const formatted = cached(numberFormatByLocale, locale, () => new Intl.NumberFormat(locale)).format(count);
  return branch.replaceAll("#", formatted);
}

/**
 * Fills `{name}` placeholders and picks plural branches for `locale`; an unknown placeholder is
 * left visible so the gap is noticed, not hidden.
 *
 * @example
 * formatMessage("{count, plural, one {# day} other {# days}}", { count: 1 }, "en"); // "1 day"
 */
export function formatMessage(template: string, params: MessageParams = {}, locale = "en"): string {
  let expanded = "";
  let index = 0;
  for (const block of findPluralBlocks(template)) {
    if (block.start < index) continue;
    const value = Object.hasOwn(params, block.name) ? params[block.name] : undefined;
    expanded += template.slice(index, block.start) + choosePluralBranch(block, value, locale);
    index = block.end;
  }
  expanded += template.slice(index);
  return expanded.replace(placeholder, (match, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : match,
  );
}

/** The distinct parameter names a template uses (plain and plural), for checking translations. */
export function listPlaceholders(template: string): string[] {
  const names = new Set([...template.matchAll(placeholder)].map((match) => match[1] ?? ""));
  for (const block of findPluralBlocks(template)) names.add(block.name);
  return [...names].sort();
}

/** The plural branch selectors of each plural block in a template, e.g. `[["one", "other"]]`. */
export function listPluralSelectors(template: string): string[][] {
  return findPluralBlocks(template).map((block) => [...block.branches.keys()]);
}

export function createTranslate(messages: Messages, locale = "en"): Translate {
  return (key, params) => formatMessage(messages[key], params, locale);
}
