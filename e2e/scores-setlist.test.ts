import { expect, type Page, test } from "@playwright/test";
import { z } from "zod";
import { baseUrlOf, signInThroughUi, uniqueEmail } from "./kit";
import { buildPdf } from "./kit/pdf";

// The reader's tools on one device: a setlist of two scores made and played from the library; on
// the first score the eraser takes out a pen stroke, a text mark is added, undone and redone;
// auto-scroll moves the page; performance mode hides the chrome and locks editing until left;
// from the last page of the first score a turn forward opens the second (the setlist notice
// names it). The marks are an aria-hidden drawing, so they are counted by their `data-mark`.

const uploadedSchema = z.object({ id: z.string() });
const createdSchema = z.object({ id: z.string() });
const scores = [
  { title: "Sonatina in two pages", pageTexts: ["Allegro", "Rondo"] },
  { title: "Encore in two pages", pageTexts: ["Andante", "Coda"] },
] as const;

async function addScore(page: Page, origin: string, spec: (typeof scores)[number]) {
  const uploaded = await page.request.post("/api/scores/files", {
    data: buildPdf(spec),
    headers: { origin, "content-type": "application/pdf" },
  });
  expect(uploaded.ok(), await uploaded.text()).toBe(true);
  const fileId = uploadedSchema.parse(await uploaded.json()).id;
  return createdSchema.parse(
    await page.evaluate(
      ([title, id, pageCount]) =>
        window.__mirubato?.create("scores", {
          title,
          tags: [],
          source: "upload",
          isFavorite: false,
          fileId: id,
          pageCount,
        }),
      [spec.title, fileId, spec.pageTexts.length] as const,
    ),
  );
}

function indicator(page: Page) {
  return page.getByRole("navigation", { name: "Go to page" }).getByRole("status");
}

/** A drag across the page from (x0, y0) to (x1, y1), as fractions of its box. */
async function drag(page: Page, pageNumber: number, from: [number, number], to: [number, number]) {
  const box = await page.getByRole("figure", { name: `Page ${pageNumber}` }).boundingBox();
  if (box === null) throw new Error(`page ${pageNumber} is not laid out`);
  const at = ([x, y]: readonly [number, number]) => [box.x + box.width * x, box.y + box.height * y] as const;
  await page.mouse.move(...at(from));
  await page.mouse.down();
  for (let step = 1; step <= 8; step++) {
    const fraction = step / 8;
    await page.mouse.move(
      ...at([from[0] + (to[0] - from[0]) * fraction, from[1] + (to[1] - from[1]) * fraction]),
    );
  }
  await page.mouse.up();
}

test("play a setlist from the library, erase, write, undo and redo, auto-scroll and perform", async ({
  page,
  baseURL,
}) => {
  const origin = baseUrlOf({ baseURL });
  await page.setViewportSize({ width: 820, height: 1100 });
  await signInThroughUi(page, uniqueEmail("scores-setlist"), origin);
  for (const spec of scores) await addScore(page, origin, spec);

  await page.goto("/scores");
  const lists = page.getByRole("region", { name: "Setlists and collections" });
  await lists.getByLabel("Name", { exact: true }).fill("Friday gig");
  await lists.getByRole("button", { name: "Create" }).click();
  const setlist = lists.getByRole("listitem", { name: "Friday gig" });
  for (const { title } of scores) {
    await setlist.getByLabel("Add a score").selectOption({ label: title });
    await setlist.getByRole("button", { name: "Add", exact: true }).click();
  }
  await setlist.getByRole("link", { name: "Play setlist" }).click();
  await expect(page.getByRole("heading", { level: 1, name: scores[0].title })).toBeVisible({
    timeout: 20_000,
  });
  await expect(indicator(page)).toHaveText("Page 1 of 2");
  const page1 = page.getByRole("figure", { name: "Page 1" });
  await expect(page1).toHaveAttribute("data-rendered", "true", { timeout: 20_000 });

  await page.getByRole("button", { name: "Annotate" }).click();
  const tools = page.getByRole("toolbar", { name: "Annotation tools" });
  const marks = page1.locator("[data-mark]");
  await drag(page, 1, [0.2, 0.4], [0.6, 0.4]);
  await expect(page1.locator('[data-mark="stroke"]')).toHaveCount(1);
  await tools.getByRole("button", { name: "Eraser" }).click();
  await drag(page, 1, [0.4, 0.35], [0.4, 0.45]);
  await expect(marks).toHaveCount(0);

  await tools.getByRole("button", { name: "Text" }).click();
  await drag(page, 1, [0.3, 0.6], [0.3, 0.6]);
  await page.getByLabel("Text to add").fill("rit.");
  await page.getByLabel("Text to add").press("Enter");
  await expect(page1.locator('[data-mark="text"]')).toHaveText("rit.");
  await tools.getByRole("button", { name: "Undo" }).click();
  await expect(marks).toHaveCount(0);
  await tools.getByRole("button", { name: "Redo" }).click();
  await expect(page1.locator('[data-mark="text"]')).toHaveText("rit.");

  // Performance mode: no chrome, and a drag on the page draws nothing.
  await page.getByRole("button", { name: "Perform" }).click();
  await expect(page.getByRole("heading", { level: 1, name: scores[0].title })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Go to page" })).toBeHidden();
  await expect(tools).toBeHidden();
  await drag(page, 1, [0.5, 0.2], [0.5, 0.5]);
  await expect(marks).toHaveCount(1);
  await page.getByRole("button", { name: "Exit performance mode" }).click();
  await expect(page.getByRole("heading", { level: 1, name: scores[0].title })).toBeVisible();
  await expect(tools).toBeVisible();
  await tools.getByRole("button", { name: "Done" }).click();

  // Auto-scroll fits the page to the width, taller than the stage, and scrolls it up.
  const top = (await page1.boundingBox())?.y ?? 0;
  await page.getByText("View", { exact: true }).click();
  await page.getByLabel("Auto-scroll").check();
  await expect.poll(async () => (await page1.boundingBox())?.y ?? top).toBeLessThan(top);
  await page.getByLabel("Auto-scroll").uncheck();
  await page.getByText("View", { exact: true }).click();

  await page.keyboard.press("End");
  await expect(indicator(page)).toHaveText("Page 2 of 2");
  await expect(page.getByRole("button", { name: `Next: ${scores[1].title}` })).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { level: 1, name: scores[1].title })).toBeVisible({
    timeout: 20_000,
  });
  await expect(indicator(page)).toHaveText("Page 1 of 2");
  await page.keyboard.press("End");
  await expect(page.getByText("End of setlist")).toBeVisible();
});
