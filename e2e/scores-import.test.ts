import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { z } from "zod";
import { baseUrlOf, signUp, uniqueEmail } from "./kit";

// The origin edge-services/scores/wrangler.toml lets through (URL_IMPORT_TEST_ORIGINS, local only).
const FILE_SERVER_PORT = 4599;
const pdf = readFileSync(
  join(import.meta.dirname, "../edge-services/scores/test-fixtures/chopin-prelude.pdf"),
);

const recordSchema = z.object({
  id: z.string(),
  processingStatus: z.string(),
  suggestions: z.object({ title: z.string().optional(), catalogue: z.string().optional() }).nullable(),
});

let server: Server;

test.beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url !== "/prelude.pdf") return response.writeHead(404).end();
    response.writeHead(200, { "content-type": "application/pdf", "content-length": pdf.byteLength }).end(pdf);
  });
  await new Promise<void>((resolve) => server.listen(FILE_SERVER_PORT, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test("imports a score by URL from an allowed server and refuses a private address", async ({
  request,
  baseURL,
}) => {
  const base = baseUrlOf({ baseURL });
  await signUp(request, uniqueEmail("scores-import"), { baseURL: base });
  const headers = { origin: base };

  const refused = await request.post(`${base}/api/scores/files/import`, {
    headers,
    data: { url: "http://169.254.169.254/latest/meta-data/" },
  });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toMatchObject({ error: { code: "url_not_allowed" } });

  const imported = await request.post(`${base}/api/scores/files/import`, {
    headers,
    data: { url: `http://127.0.0.1:${FILE_SERVER_PORT}/prelude.pdf` },
  });
  expect(imported.status(), await imported.text()).toBe(201);
  const { id } = recordSchema.parse(await imported.json());

  await expect
    .poll(
      async () => recordSchema.parse(await (await request.get(`${base}/api/scores/files/${id}`)).json()),
      {
        timeout: 30_000,
      },
    )
    .toMatchObject({
      processingStatus: "processed",
      suggestions: { title: "Prelude in E minor", catalogue: "Op. 28, No. 4" },
    });
});
