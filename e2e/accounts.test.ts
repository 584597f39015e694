import { expect, test } from "@playwright/test";
import {
  addEntry,
  baseUrlOf,
  closeDevices,
  expectEntryShown,
  openDevice,
  openDevices,
  openServer,
  signInThroughUi,
  uniqueEmail,
  waitForConvergence,
} from "./kit";

test.describe.configure({ timeout: 90_000 });

test("signs in with a magic link from the dev mailbox", async ({ page, baseURL }) => {
  const email = uniqueEmail("magic-link");
  await signInThroughUi(page, email, baseUrlOf({ baseURL }));
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.getByRole("status", { name: "Sync status" })).not.toHaveText("Saved on this device");
});

test("what was made before signing in joins the account and reaches a second device", async ({
  browser,
  baseURL,
}) => {
  const base = baseUrlOf({ baseURL });
  const notes = `made signed out ${Date.now()}`;
  const laptop = await openDevice(browser, null, { name: "A", baseURL: base });
  await addEntry(laptop, { notes });
  await expect(laptop.page.getByRole("status", { name: "Sync status" })).toHaveText("Saved on this device");

  const account = await signInThroughUi(laptop.page, uniqueEmail("before-sign-in"), base);
  const [phone] = await openDevices(browser, account, 1);
  if (phone === undefined) throw new Error("openDevices opened no device");
  await expectEntryShown(phone, notes);
  await waitForConvergence([laptop, phone], { collections: ["practice_entries"], account });

  const server = await openServer(account);
  const onServer = (await server.pullAll("practice_entries")).filter((entry) => entry.notes === notes);
  await server.dispose();
  expect(onServer, "exactly one copy on the server").toHaveLength(1);
  await closeDevices([laptop, phone]);
});
