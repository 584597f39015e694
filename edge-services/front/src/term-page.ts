import { appLanguages, type TermEntry, termEntrySchema } from "@mirubato/term-search/schema";
import type { Context } from "hono";
import type { FrontEnv } from "./env";
import { serveStaticAsset } from "./static-assets";

/**
 * Shareable term pages (DESIGN.md §1, "One origin"): `/dictionary/{lang}/{term}` is a client
 * route, but its HTML leaves here with the term's title, description, canonical URL, Open
 * Graph tags and a readable copy of the definition inside the app's root, filled from the
 * dictionary service, so search engines and link previews see the entry. React replaces the
 * root's content when it starts. If the dictionary cannot answer, the plain shell is served.
 */

const termPagePath = new RegExp(`^/dictionary/(${appLanguages.join("|")})/([^/]+)/?$`);

export interface TermPageMatch {
  lang: string;
  term: string;
}

export function matchTermPage(pathname: string): TermPageMatch | null {
  const match = termPagePath.exec(pathname);
  if (!match?.[1] || !match[2]) return null;
  try {
    return { lang: match[1], term: decodeURIComponent(match[2]) };
  } catch {
    // A malformed escape is not a term: the client's own 404 handles it.
    return null;
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

async function fetchEntry(c: Context<FrontEnv>, match: TermPageMatch): Promise<TermEntry | "missing" | null> {
  const url = new URL(`/api/dictionary/terms/${encodeURIComponent(match.term)}`, c.req.url);
  url.searchParams.set("lang", match.lang);
  try {
    const response = await c.env.DICTIONARY.fetch(url, { headers: { "x-request-id": c.var.requestId } });
    if (response.status === 404) return "missing";
    if (!response.ok) return null;
    const parsed = termEntrySchema.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch (error) {
    c.var.logger.warn("term page without dictionary", {
      errorMessage: error instanceof Error ? error.message : "unknown",
    });
    return null;
  }
}

function headTags(entry: TermEntry, lang: string, origin: string): string {
  const canonical = `${origin}/dictionary/${lang}/${encodeURIComponent(entry.slug)}`;
  const title = termTitle(entry);
  const tags = [
    `<meta name="description" content="${escapeHtml(entry.concise)}" />`,
    `<link rel="canonical" href="${escapeHtml(canonical)}" />`,
    ...appLanguages.map(
      (other) =>
        `<link rel="alternate" hreflang="${other}" href="${escapeHtml(`${origin}/dictionary/${other}/${encodeURIComponent(entry.slug)}`)}" />`,
    ),
    `<meta property="og:type" content="article" />`,
    `<meta property="og:site_name" content="Mirubato" />`,
    `<meta property="og:title" content="${escapeHtml(title)}" />`,
    `<meta property="og:description" content="${escapeHtml(entry.concise)}" />`,
    `<meta property="og:url" content="${escapeHtml(canonical)}" />`,
    `<meta name="twitter:card" content="summary" />`,
  ];
  return tags.join("");
}

function termTitle(entry: TermEntry): string {
  return `${entry.term} — music dictionary | Mirubato`;
}

function readableCopy(entry: TermEntry): string {
  const parts = [
    `<article class="term-prerender"><h1>${escapeHtml(entry.term)}</h1>`,
    entry.equivalent ? `<p>${escapeHtml(entry.equivalent)}</p>` : "",
    entry.pronunciation ? `<p>/${escapeHtml(entry.pronunciation.ipa)}/</p>` : "",
    `<p>${escapeHtml(entry.concise)}</p>`,
    entry.detailed ? `<p>${escapeHtml(entry.detailed)}</p>` : "",
    entry.example ? `<p><em>${escapeHtml(entry.example)}</em></p>` : "",
    "</article>",
  ];
  return parts.join("");
}

export async function serveTermPage(c: Context<FrontEnv>, match: TermPageMatch): Promise<Response> {
  const [shell, entry] = await Promise.all([serveStaticAsset(c.env.ASSETS, c.req.raw), fetchEntry(c, match)]);
  if (entry === null || !shell.headers.get("content-type")?.startsWith("text/html")) return shell;
  if (entry === "missing") {
    const rewritten = new HTMLRewriter()
      .on("head", {
        element: (head) => {
          head.append(`<meta name="robots" content="noindex" />`, { html: true });
        },
      })
      .transform(shell);
    return new Response(rewritten.body, { status: 404, headers: rewritten.headers });
  }
  const origin = new URL(c.req.url).origin;
  const rewritten = new HTMLRewriter()
    .on("title", {
      element: (title) => {
        title.setInnerContent(termTitle(entry));
      },
    })
    .on('meta[name="description"]', {
      element: (meta) => {
        meta.remove();
      },
    })
    .on("head", {
      element: (head) => {
        head.append(headTags(entry, match.lang, origin), { html: true });
      },
    })
    .on("html", {
      element: (html) => {
        html.setAttribute("lang", match.lang);
      },
    })
    .on("#root", {
      element: (root) => {
        root.setInnerContent(readableCopy(entry), { html: true });
      },
    })
    .transform(shell);
  return new Response(rewritten.body, rewritten);
}
