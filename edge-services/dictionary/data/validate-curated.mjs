#!/usr/bin/env node
// Validates the curated music-term data in ./curated/*.json.
// Usage: node edge-services/dictionary/data/validate-curated.mjs
// Plain Node ESM, no dependencies. Exits with code 1 on any error.

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const curatedDir = join(here, "curated");

const CATEGORIES = [
  "tempo",
  "dynamics",
  "articulation",
  "expression",
  "form",
  "genre",
  "instrument",
  "technique",
  "theory",
  "notation",
  "ornament",
  "period",
  "voice",
];
const LANGS = new Set(["it", "de", "fr", "en", "la", "es", "pt", "el", "other"]);
const KEYS = [
  "term",
  "lang",
  "category",
  "concise",
  "detailed",
  "etymology",
  "pronunciation",
  "example",
  "equivalents",
  "related",
  "references",
];
const EQ_LANGS = ["en", "es", "fr", "de", "zh-CN", "zh-TW"];
const MIN_PER_CATEGORY = 25;
const MIN_TOTAL = 620;

// [field, min length, max length]
const STRING_LIMITS = [
  ["term", 1, 60],
  ["concise", 3, 200],
  ["detailed", 60, 1200],
  ["etymology", 10, 400],
  ["example", 10, 300],
];

const errors = [];
const err = (where, msg) => errors.push(`${where}: ${msg}`);
const isNonEmptyString = (v) => typeof v === "string" && v.trim().length > 0;
const sameKeys = (obj, keys) => {
  const a = Object.keys(obj).sort();
  const b = [...keys].sort();
  return a.length === b.length && a.every((k, i) => k === b[i]);
};

const files = readdirSync(curatedDir).filter((f) => f.endsWith(".json"));
for (const f of files) {
  const cat = f.replace(/\.json$/, "");
  if (!CATEGORIES.includes(cat)) err(f, `unexpected category file`);
}
for (const cat of CATEGORIES) {
  if (!files.includes(`${cat}.json`)) err(`${cat}.json`, "missing category file");
}

const all = []; // { entry, file, index }
const counts = {};

for (const cat of CATEGORIES) {
  const file = `${cat}.json`;
  if (!files.includes(file)) continue;
  let data;
  try {
    data = JSON.parse(readFileSync(join(curatedDir, file), "utf8"));
  } catch (e) {
    err(file, `invalid JSON: ${e.message}`);
    continue;
  }
  if (!Array.isArray(data)) {
    err(file, "top level must be an array");
    continue;
  }
  counts[cat] = data.length;
  data.forEach((entry, i) => {
    const where = `${file}[${i}]${entry?.term ? ` "${entry.term}"` : ""}`;
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) {
      err(where, "entry must be an object");
      return;
    }
    if (!sameKeys(entry, KEYS)) {
      err(where, `key set must be exactly [${KEYS.join(", ")}], got [${Object.keys(entry).join(", ")}]`);
    }
    for (const [k, min, max] of STRING_LIMITS) {
      const v = entry[k];
      if (!isNonEmptyString(v)) err(where, `${k} must be a non-empty string`);
      else {
        if (v !== v.trim()) err(where, `${k} has leading/trailing whitespace`);
        if (v.length < min || v.length > max) err(where, `${k} length ${v.length} outside ${min}..${max}`);
        if (/\s{2,}/.test(v)) err(where, `${k} contains repeated whitespace`);
      }
    }
    if (entry.category !== cat) err(where, `category "${entry.category}" does not match file "${cat}"`);
    if (!LANGS.has(entry.lang)) err(where, `lang "${entry.lang}" not in ${[...LANGS].join(", ")}`);

    const p = entry.pronunciation;
    if (!p || typeof p !== "object" || Array.isArray(p) || !sameKeys(p, ["ipa", "syllables"])) {
      err(where, "pronunciation must be an object with exactly {ipa, syllables}");
    } else {
      if (!isNonEmptyString(p.ipa) || p.ipa.length > 120)
        err(where, "pronunciation.ipa must be a non-empty string ≤ 120 chars");
      if (!isNonEmptyString(p.syllables) || p.syllables.length > 120)
        err(where, "pronunciation.syllables must be a non-empty string ≤ 120 chars");
      else if (!/\p{Lu}/u.test(p.syllables))
        err(where, "pronunciation.syllables should mark the stressed syllable in capitals");
    }

    const eq = entry.equivalents;
    if (!eq || typeof eq !== "object" || Array.isArray(eq) || !sameKeys(eq, EQ_LANGS)) {
      err(where, `equivalents must have exactly the keys ${EQ_LANGS.join(", ")}`);
    } else {
      for (const l of EQ_LANGS) {
        if (!isNonEmptyString(eq[l])) err(where, `equivalents.${l} must be a non-empty string`);
        else if (eq[l].length > 120) err(where, `equivalents.${l} longer than 120 chars`);
      }
      if (isNonEmptyString(eq["zh-CN"]) && !/[\u3400-\u9fff]/.test(eq["zh-CN"]))
        err(where, "equivalents.zh-CN has no CJK characters");
      if (isNonEmptyString(eq["zh-TW"]) && !/[\u3400-\u9fff]/.test(eq["zh-TW"]))
        err(where, "equivalents.zh-TW has no CJK characters");
    }

    if (!Array.isArray(entry.related) || entry.related.length < 1 || entry.related.length > 5) {
      err(where, "related must be an array of 1–5 terms");
    } else {
      if (entry.related.some((r) => !isNonEmptyString(r)))
        err(where, "related items must be non-empty strings");
      if (new Set(entry.related).size !== entry.related.length) err(where, "related contains duplicates");
    }
    if (!Array.isArray(entry.references) || entry.references.some((r) => !isNonEmptyString(r))) {
      err(where, "references must be an array of non-empty strings (normally empty)");
    }
    all.push({ entry, file, index: i });
  });
}

// Duplicates (term, lang) across all files
const seen = new Map();
for (const { entry, file, index } of all) {
  const key = `${entry.term}\u0000${entry.lang}`;
  if (seen.has(key))
    err(`${file}[${index}] "${entry.term}"`, `duplicate (term, lang) — also in ${seen.get(key)}`);
  else seen.set(key, `${file}[${index}]`);
}

// Related terms must exist and must not point at the entry itself
const termSet = new Set(all.map(({ entry }) => entry.term));
for (const { entry, file, index } of all) {
  if (!Array.isArray(entry.related)) continue;
  for (const r of entry.related) {
    if (r === entry.term) err(`${file}[${index}] "${entry.term}"`, "related points at itself");
    else if (!termSet.has(r)) err(`${file}[${index}] "${entry.term}"`, `related term "${r}" does not exist`);
  }
}

// Counts
let total = 0;
console.log("Curated dictionary terms per category:");
for (const cat of CATEGORIES) {
  const n = counts[cat] ?? 0;
  total += n;
  const flag = n < MIN_PER_CATEGORY ? `  <-- below ${MIN_PER_CATEGORY}` : "";
  console.log(`  ${cat.padEnd(13)} ${String(n).padStart(4)}${flag}`);
  if (files.includes(`${cat}.json`) && n < MIN_PER_CATEGORY)
    err(`${cat}.json`, `only ${n} terms (minimum ${MIN_PER_CATEGORY})`);
}
console.log(`  ${"TOTAL".padEnd(13)} ${String(total).padStart(4)}`);
if (total < MIN_TOTAL) err("total", `${total} terms (minimum ${MIN_TOTAL})`);

if (errors.length) {
  console.error(`\n${errors.length} problem(s):`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
console.log("\nOK: all curated files are valid.");
