import { expect, test } from "@playwright/test";
import { tinyPdf } from "../edge-services/scores/src/test-support/fixtures";
import {
  addEntry,
  baseUrlOf,
  closeDevices,
  openDevice,
  openServer,
  signInThroughUi,
  uniqueEmail,
} from "./kit";

test.describe.configure({ timeout: 120_000 });

/**
 * Account deletion across every service, through the app's confirmation step: the api asks the
 * scores and dictionary workers (RPC with service tokens) to delete the user's data before its own
 * rows, so a 204 here means every service did. Afterwards the old session is dead everywhere, the
 * uploaded file is gone, and the same email signs in to a fresh, empty account.
 */
test("deleting the account removes its documents and files; signing in again starts empty", async ({
  browser,
  page,
  baseURL,
}) => {
  const base = baseUrlOf({ baseURL });
  const email = uniqueEmail("delete-account");
  const account = await signInThroughUi(page, email, base);

  // Data in the api (a synced practice entry) and in the scores worker (a PDF in R2 + D1).
  const notes = `before deletion ${Date.now()}`;
  const laptop = await openDevice(browser, account, { name: "A", baseURL: base });
  await addEntry(laptop, { notes });
  const server = await openServer(account);
  await expect
    .poll(async () => (await server.pullAll("practice_entries")).some((entry) => entry.notes === notes))
    .toBe(true);
  await server.dispose();
  await closeDevices([laptop]);

  const upload = await page.request.post(`${base}/api/scores/files`, {
    data: Buffer.from(tinyPdf({ pages: ["Prelude in C"], title: "Prelude" })),
    headers: { origin: base, "content-type": "application/pdf" },
  });
  expect(upload.status()).toBe(201);
  const { id: fileId } = (await upload.json()) as { id: string };
  expect((await page.request.get(`${base}/api/scores/files/${fileId}/content`)).status()).toBe(200);

  // The confirmation step: the button stays disabled until the email is typed.
  await page.goto("/account");
  await page.getByRole("button", { name: "Delete account…" }).click();
  const confirm = page.getByRole("button", { name: "Delete my account permanently" });
  await expect(confirm).toBeDisabled();
  await page.getByLabel(`Type ${email} to confirm`).fill(email);
  await confirm.click();
  await expect(page.getByRole("button", { name: "Email me a sign-in link" })).toBeVisible();

  // The old session is over for every worker.
  const oldSession = await browser.newContext({ storageState: account.storageState });
  expect((await oldSession.request.get(`${base}/api/auth/me`)).status()).toBe(401);
  expect((await oldSession.request.get(`${base}/api/scores/files/${fileId}`)).status()).toBe(401);
  await oldSession.close();

  // The same email now makes a new, empty account: no documents, no files.
  const again = await signInThroughUi(page, email, base);
  expect(again.userId).not.toBe(account.userId);
  expect((await page.request.get(`${base}/api/scores/files/${fileId}`)).status()).toBe(404);
  const files = await page.request.get(`${base}/api/scores/files`);
  expect(((await files.json()) as { files: unknown[] }).files).toEqual([]);
  const fresh = await openServer(again);
  expect(await fresh.pullAll("practice_entries")).toEqual([]);
  await fresh.dispose();
});

test("the confirmation step cannot be passed with another email, and cancel keeps the account", async ({
  page,
  baseURL,
}) => {
  const base = baseUrlOf({ baseURL });
  const email = uniqueEmail("keep-account");
  await signInThroughUi(page, email, base);
  await page.getByRole("button", { name: "Delete account…" }).click();
  await page.getByLabel(`Type ${email} to confirm`).fill(`other-${email}`);
  await expect(page.getByRole("button", { name: "Delete my account permanently" })).toBeDisabled();
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.reload();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  expect((await page.request.get(`${base}/api/auth/me`)).status()).toBe(200);
});
