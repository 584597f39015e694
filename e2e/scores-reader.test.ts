import { expect, type Page } from "@playwright/test";
import { z } from "zod";
import { baseUrlOf, test, waitForConvergence } from "./kit";
import { buildPdf } from "./kit/pdf";

// The score reader end to end: a three-page PDF uploaded through the Scores API and given a score
// document on device A; read there by keyboard (as a page-turn pedal types), a pen stroke and a
// stamp drawn on page 2; device B sees both marks live and opens the score at the page A left it
// on; B keeps the score offline, loses its network, reloads, and still reads it.

const uploadedSchema = z.object({ id: z.string() });
const createdSchema = z.object({ id: z.string() });
const title = "Etude in three pages";

function indicator(page: Page) {
  return page.getByRole("navigation", { name: "Go to page" }).getByRole("status");
}

async function expectRendered(page: Page, pageNumber: number) {
  await expect(page.getByRole("figure", { name: `Page ${pageNumber}` })).toHaveAttribute(
    "data-rendered",
    "true",
    {
      timeout: 20_000,
    },
  );
}

test("read by keyboard, annotate on one device and see it on another, then read offline", async ({
  devices: [tablet, phone],
  baseURL,
}) => {
  const origin = baseUrlOf({ baseURL });
  // Portrait tablets: one page at a time (a landscape window would show two side by side).
  for (const device of [tablet, phone]) await device.page.setViewportSize({ width: 820, height: 1100 });
  const uploaded = await tablet.page.request.post("/api/scores/files", {
    data: buildPdf({ title, pageTexts: ["Allegro", "Adagio", "Presto"] }),
    headers: { origin, "content-type": "application/pdf" },
  });
  expect(uploaded.ok(), await uploaded.text()).toBe(true);
  const fileId = uploadedSchema.parse(await uploaded.json()).id;
  const score = createdSchema.parse(
    await tablet.page.evaluate(
      ([scoreTitle, id]) =>
        window.__mirubato?.create("scores", {
          title: scoreTitle,
          tags: [],
          source: "upload",
          isFavorite: false,
          fileId: id,
          pageCount: 3,
        }),
      [title, fileId] as const,
    ),
  );

  const reader = tablet.page;
  await reader.goto(`/scores/${score.id}`);
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible({ timeout: 20_000 });
  await expect(indicator(reader)).toHaveText("Page 1 of 3");
  await expectRendered(reader, 1);
  await reader.keyboard.press("ArrowRight");
  await expect(indicator(reader)).toHaveText("Page 2 of 3");
  await reader.keyboard.press("PageDown");
  await expect(indicator(reader)).toHaveText("Page 3 of 3");
  await reader.keyboard.press("Shift+Space");
  await expect(indicator(reader)).toHaveText("Page 2 of 3");
  await expectRendered(reader, 2);

  await reader.getByRole("button", { name: "Annotate" }).click();
  const tools = reader.getByRole("toolbar", { name: "Annotation tools" });
  await expect(tools.getByRole("button", { name: "Pen" })).toHaveAttribute("aria-pressed", "true");
  const box = await reader.getByRole("figure", { name: "Page 2" }).boundingBox();
  if (box === null) throw new Error("page 2 is not laid out");
  await reader.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.3);
  await reader.mouse.down();
  for (let step = 1; step <= 10; step++) {
    await reader.mouse.move(
      box.x + box.width * (0.2 + step * 0.05),
      box.y + box.height * (0.3 + step * 0.01),
    );
  }
  await reader.mouse.up();
  await tools.getByRole("button", { name: "Stamp" }).click();
  await tools.getByRole("combobox", { name: "Stamp" }).selectOption({ label: "Breath" });
  await reader.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.6);
  await expect(reader.locator("[data-mark]")).toHaveCount(2);

  await waitForConvergence([tablet, phone], { collections: ["annotations", "scores"] });
  const annotations = (await phone.dump("annotations")).filter((doc) => doc._deleted !== true);
  expect(annotations.map((doc) => z.object({ pageIndex: z.number() }).parse(doc).pageIndex)).toEqual([1, 1]);

  // B opens the score where A left it (synced readingState) and shows A's marks on that page.
  const second = phone.page;
  await second.goto(`/scores/${score.id}`);
  await expect(indicator(second)).toHaveText("Page 2 of 3", { timeout: 20_000 });
  const page2 = second.getByRole("figure", { name: "Page 2" });
  await expect(page2.locator('[data-mark="stroke"]')).toHaveCount(1);
  await expect(page2.locator('[data-mark="stamp"]')).toHaveCount(1);

  await second.getByText("View", { exact: true }).click();
  await second.getByRole("switch", { name: `Keep offline: ${title}` }).check();
  await expect(second.getByRole("status").filter({ hasText: "Available offline" })).toBeVisible();
  await second.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await phone.goOffline();
  await phone.reload();
  await expect(indicator(second)).toHaveText("Page 2 of 3", { timeout: 20_000 });
  await expectRendered(second, 2);
  await second.keyboard.press("ArrowRight");
  await expectRendered(second, 3);
});
