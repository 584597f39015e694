import { exports } from "cloudflare:workers";
import { describe, expect, test } from "vitest";
import { matchTermPage } from "./term-page";

const origin = "http://localhost:4000";
const get = (path: string, requestId = "term-page-test-1") =>
  exports.default.fetch(`${origin}${path}`, { headers: { "x-request-id": requestId } });

describe("term pages", () => {
  test("matches only /dictionary/{app language}/{term}", () => {
    expect(matchTermPage("/dictionary/de/poco%20a%20poco")).toEqual({ lang: "de", term: "poco a poco" });
    expect(matchTermPage("/dictionary/xx/largo")).toBeNull();
    expect(matchTermPage("/dictionary/en")).toBeNull();
    expect(matchTermPage("/dictionary/en/%E0%A4%A")).toBeNull();
  });

  test("fills title, description, canonical, Open Graph and a readable copy", async () => {
    const response = await get("/dictionary/de/crescendo");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    const html = await response.text();
    expect(html).toContain("<title>crescendo — music dictionary | Mirubato</title>");
    expect(html).toContain('<html lang="de">');
    expect(html).toContain(
      '<meta name="description" content="Gradually louder &#60;b&#62;not bold&#60;/b&#62;." />',
    );
    expect(html).toContain('<link rel="canonical" href="http://localhost:4000/dictionary/de/crescendo" />');
    expect(html).toContain(
      '<link rel="alternate" hreflang="zh-TW" href="http://localhost:4000/dictionary/zh-TW/crescendo" />',
    );
    expect(html).toContain('<meta property="og:title" content="crescendo — music dictionary | Mirubato" />');
    expect(html).toMatch(
      /<div id="root"><article class="term-prerender"><h1>crescendo<\/h1><p>anschwellend<\/p>/,
    );
    expect(html).toContain("A gradual increase in loudness over a passage.");
    // The app still boots from the same shell.
    expect(html).toContain('src="/assets/index-Bx7c9d2e.js"');
  });

  test("answers a missing term with 404, noindex and the app shell", async () => {
    const response = await get("/dictionary/en/flibbertigibbet");
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('<meta name="robots" content="noindex" />');
    expect(html).toContain('<div id="root"></div>');
  });

  test("serves the plain shell when the dictionary is down", async () => {
    const response = await get("/dictionary/en/crescendo", "down-dictionary-1");
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<title>Mirubato test shell</title>");
  });
});

describe("/sitemap.xml", () => {
  test("lists the dictionary and every term page in each language", async () => {
    const response = await get("/sitemap.xml");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const xml = await response.text();
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain("<url><loc>http://localhost:4000/dictionary</loc></url>");
    expect(xml).toContain(
      "<loc>http://localhost:4000/dictionary/zh-CN/poco-a-poco</loc><lastmod>2026-11-21</lastmod>",
    );
    expect(xml.match(/<url>/g)).toHaveLength(1 + 2 * 6);
  });

  test("is a 503 envelope when the dictionary cannot list its terms", async () => {
    const response = await get("/sitemap.xml", "down-dictionary-2");
    expect(response.status).toBe(503);
  });
});
