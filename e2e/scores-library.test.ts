import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { z } from "zod";
import { baseUrlOf, signInThroughUi, uniqueEmail } from "./kit";
import { buildPdf } from "./kit/pdf";

// The Scores library end to end: two PDFs and a fake one uploaded through the picker, processing
// seen to finish, each reviewed with the title and composer processing read, then found by search
// and by filter, made a favourite, put in a setlist in order, and opened in the reader.

const filesListSchema = z.object({ files: z.array(z.unknown()) });
const nocturne = { title: "Nocturne in E-flat major", composer: "Frederic Chopin" };
const prelude = { title: "Prelude in C major", composer: "Johann Sebastian Bach" };
const nocturneFile = {
  mimeType: "application/pdf",
  buffer: buildPdf({ title: nocturne.title, author: nocturne.composer, pageTexts: ["Andante", "dolce"] }),
};

function upload(page: Page, name: string) {
  return page.getByRole("region", { name: "Uploads" }).getByRole("listitem", { name });
}

/** Saves the open review after checking what processing pre-filled. */
async function expectReviewAndSave(
  page: Page,
  fileName: string,
  expected: { title: string; composer: string },
) {
  const dialog = page.getByRole("dialog", { name: "Review score" });
  await expect(dialog.getByText(fileName, { exact: false })).toBeVisible();
  await expect(dialog.getByLabel("Title", { exact: true })).toHaveValue(expected.title);
  await expect(dialog.getByLabel("Composer", { exact: true })).toHaveValue(expected.composer);
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(upload(page, fileName)).toHaveCount(0);
}

test("upload, review, find, favourite, put in a setlist and open a score", async ({ page, baseURL }) => {
  await signInThroughUi(page, uniqueEmail("scores-library"), baseUrlOf({ baseURL }));
  await page.goto("/scores");
  await expect(page.getByRole("heading", { level: 1, name: "Scores library" })).toBeVisible();

  // Uploads are held at the server's door until each file's progress bar has been seen.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route("**/api/scores/files", async (route) => {
    if (route.request().method() === "POST") await held;
    await route.continue();
  });
  await page.getByLabel("Upload scores").setInputFiles([
    { name: "nocturne.pdf", ...nocturneFile },
    {
      name: "prelude.pdf",
      mimeType: "application/pdf",
      buffer: buildPdf({ title: prelude.title, author: prelude.composer, pageTexts: ["Allegro"] }),
    },
    { name: "fake.pdf", mimeType: "application/pdf", buffer: Buffer.from("this is not a PDF, only text") },
  ]);

  for (const name of ["nocturne.pdf", "prelude.pdf", "fake.pdf"]) {
    await expect(page.getByRole("progressbar", { name: `Uploading ${name}` })).toBeVisible();
  }
  release();

  await expect(upload(page, "fake.pdf").getByRole("alert")).toHaveText(
    "This file is not a readable PDF or image.",
  );
  await expect(upload(page, "nocturne.pdf")).toContainText("Ready to review · 2 pages");
  await expect(upload(page, "prelude.pdf")).toContainText("Ready to review · 1 page");
  await upload(page, "fake.pdf").getByRole("button", { name: "Dismiss" }).click();
  await expect(upload(page, "fake.pdf")).toHaveCount(0);

  // Files uploaded together are reviewed one after the other.
  await upload(page, "nocturne.pdf").getByRole("button", { name: "Review" }).click();
  await expectReviewAndSave(page, "nocturne.pdf", nocturne);
  await expectReviewAndSave(page, "prelude.pdf", prelude);
  await expect(page.getByRole("dialog", { name: "Review score" })).toBeHidden();

  const library = page.getByRole("list", { name: "Library" });
  const card = (title: string) => library.getByRole("listitem", { name: title });
  await expect(card(nocturne.title)).toBeVisible();
  await expect(card(prelude.title)).toBeVisible();

  // The same bytes again are the same file: no second score for it.
  await page.getByLabel("Upload scores").setInputFiles({ name: "nocturne-again.pdf", ...nocturneFile });
  await expect(upload(page, "nocturne-again.pdf")).toContainText("Already in your library:");
  await upload(page, "nocturne-again.pdf").getByRole("button", { name: "Dismiss" }).click();
  await expect(upload(page, "nocturne-again.pdf")).toHaveCount(0);
  await expect(page.getByText("2 scores", { exact: true })).toBeVisible();

  await page.getByLabel("Search scores").fill("chopin");
  await expect(library.getByRole("listitem")).toHaveCount(1);
  await expect(card(nocturne.title)).toBeVisible();
  await page.getByLabel("Search scores").fill("");
  await page.getByText("Filters", { exact: true }).click();
  await page.getByLabel("Composer", { exact: true }).selectOption(prelude.composer);
  await expect(library.getByRole("listitem")).toHaveCount(1);
  await expect(card(prelude.title)).toBeVisible();
  await page.getByLabel("Composer", { exact: true }).selectOption("");

  const favourite = card(nocturne.title).getByRole("button", { name: "Favourite" });
  await favourite.click();
  await expect(favourite).toHaveAttribute("aria-pressed", "true");
  await page.getByLabel("Favourites only").check();
  await expect(library.getByRole("listitem")).toHaveCount(1);
  await expect(card(nocturne.title)).toBeVisible();
  await page.getByLabel("Favourites only").uncheck();

  const lists = page.getByRole("region", { name: "Setlists and collections" });
  await lists.getByLabel("Name", { exact: true }).fill("Sunday recital");
  await lists.getByRole("button", { name: "Create" }).click();
  const setlist = lists.getByRole("listitem", { name: "Sunday recital" });
  for (const title of [prelude.title, nocturne.title]) {
    await setlist.getByLabel("Add a score").selectOption({ label: title });
    await setlist.getByRole("button", { name: "Add", exact: true }).click();
  }
  await setlist.getByRole("button", { name: `Move ${nocturne.title} up` }).click();
  await expect(setlist.getByRole("listitem")).toHaveText([
    new RegExp(nocturne.title),
    new RegExp(prelude.title),
  ]);
  const nocturneHref = await card(nocturne.title)
    .getByRole("link", { name: nocturne.title })
    .getAttribute("href");
  expect(nocturneHref).toMatch(/^\/scores\/[0-9a-f-]{36}$/);
  await expect(setlist.getByRole("link", { name: "Play setlist" })).toHaveAttribute(
    "href",
    new RegExp(`^${nocturneHref}\\?setlist=[0-9a-f-]{36}$`),
  );

  const axe = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  const serious = axe.violations.filter((found) => found.impact === "serious" || found.impact === "critical");
  expect(
    serious.map((found) => `${found.id}: ${found.nodes.map((node) => node.target.join(" ")).join(", ")}`),
  ).toEqual([]);

  // Deleting a score takes it out of the setlist and deletes its file on the server.
  await card(prelude.title).getByRole("button", { name: "Delete" }).click();
  await page.getByRole("dialog", { name: "Delete score?" }).getByRole("button", { name: "Delete" }).click();
  await expect(card(prelude.title)).toHaveCount(0);
  await expect(setlist.getByRole("listitem")).toHaveText([new RegExp(nocturne.title)]);
  await expect
    .poll(async () => {
      const listed = await page.request.get("/api/scores/files");
      return filesListSchema.parse(await listed.json()).files.length;
    })
    .toBe(1);

  await card(nocturne.title).getByRole("link", { name: nocturne.title }).click();
  await expect(page).toHaveURL(new RegExp(`${nocturneHref}$`));
  await expect(page.getByRole("heading", { level: 1, name: nocturne.title })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole("navigation", { name: "Go to page" }).getByRole("status")).toHaveText(
    /^Pages? 1.* of 2$/,
  );
});

test("signed out, the library says to sign in before uploading", async ({ page }) => {
  await page.goto("/scores");
  await expect(page.getByText("Sign in to upload. Scores on this device stay available.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/account");
  await expect(page.getByLabel("Upload scores")).toHaveCount(0);
  await expect(page.getByText("No scores yet")).toBeVisible();
});
