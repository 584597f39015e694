import { appLanguages } from "@mirubato/term-search/schema";
import { AppError } from "@mirubato/worker-kit";
import type { Context } from "hono";
import { z } from "zod";
import type { FrontEnv } from "./env";
import { escapeHtml } from "./term-page";

const pagesSchema = z.object({ terms: z.array(z.object({ slug: z.string(), updatedAt: z.string() })) });

/** `/sitemap.xml`: the dictionary's index page and every term page in each app language. */
export async function serveSitemap(c: Context<FrontEnv>): Promise<Response> {
  const origin = new URL(c.req.url).origin;
  let pages: z.infer<typeof pagesSchema>;
  try {
    const response = await c.env.DICTIONARY.fetch(new URL("/api/dictionary/pages", c.req.url), {
      headers: { "x-request-id": c.var.requestId },
    });
    pages = pagesSchema.parse(await response.json());
  } catch {
    // Without the term list there is no honest sitemap; a 503 tells crawlers to come back.
    throw new AppError("service_unavailable", "The sitemap is unavailable");
  }
  const url = (path: string, lastmod?: string) =>
    `<url><loc>${escapeHtml(`${origin}${path}`)}</loc>${lastmod ? `<lastmod>${lastmod.slice(0, 10)}</lastmod>` : ""}</url>`;
  const urls = [url("/dictionary")];
  for (const page of pages.terms) {
    for (const lang of appLanguages)
      urls.push(url(`/dictionary/${lang}/${encodeURIComponent(page.slug)}`, page.updatedAt));
  }
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join("")}</urlset>\n`;
  return new Response(xml, {
    headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=3600" },
  });
}
