/**
 * Catalogue numbers in a comparable form. Musicians write the same number many ways ("Op. 28
 * No. 4", "op28/4", "Op.28, Nr. 4"; "K. 331", "KV 331"; "Hob. XVI:52"), and titles often carry it
 * ("Prelude in E minor, Op. 28 No. 4"), so keys are pulled from any text.
 */

const opusPattern =
  /\bop(?:us)?\.?\s*(\d+[a-z]?)(?:(?:\s*,?\s*(?:nos?|nr|n°|number|num)\.?\s*|\s*\/\s*)(\d+))?/g;
const cataloguePattern =
  /\b(bwv|kv|k|hwv|rv|twv|woo|hob|d|l|s|sz|bb|fs|m)\.?\s*((?:[ivxl]+[a-z]?\s*:?\s*)?\d+[a-z]?)/g;
const prefixAliases: ReadonlyMap<string, string> = new Map([["kv", "k"]]);

function foldText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * The catalogue keys found in a text: `op28-4`, `op9-2`, `bwv846`, `k331`, `hobxvi52`.
 *
 * @example
 * extractCatalogueKeys("Prélude, op28/4"); // ["op28-4"]
 * extractCatalogueKeys("Sonata KV 331"); // ["k331"]
 */
export function extractCatalogueKeys(text: string): string[] {
  const folded = foldText(text);
  const keys = new Set<string>();
  for (const match of folded.matchAll(opusPattern)) {
    keys.add(match[2] === undefined ? `op${match[1]}` : `op${match[1]}-${match[2]}`);
  }
  for (const match of folded.matchAll(cataloguePattern)) {
    const prefix = match[1] ?? "";
    keys.add(`${prefixAliases.get(prefix) ?? prefix}${(match[2] ?? "").replace(/[\s:]/g, "")}`);
  }
  return [...keys];
}

/**
 * The text with catalogue numbers removed, so titles compare on their words.
 *
 * @example
 * removeCatalogueNumbers("Prelude in E minor, Op. 28 No. 4"); // "prelude in e minor, "
 */
export function removeCatalogueNumbers(text: string): string {
  return foldText(text).replace(opusPattern, " ").replace(cataloguePattern, " ");
}
