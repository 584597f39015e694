import { expect, test } from "@playwright/test";
import { baseUrlOf, signUp, uniqueEmail } from "./kit";

test.describe.configure({ timeout: 90_000 });

test("the account page lists signed-in devices and signs another one out", async ({ browser, baseURL }) => {
  const base = baseUrlOf({ baseURL });
  const email = uniqueEmail("devices");
  const phoneAccount = await signUp(browser, email, { baseURL: base });
  const phone = await browser.newContext({ baseURL: base, storageState: phoneAccount.storageState });
  const laptopAccount = await signUp(browser, email, { baseURL: base });
  const laptop = await browser.newContext({ baseURL: base, storageState: laptopAccount.storageState });

  const page = await laptop.newPage();
  await page.goto("/account");
  const devices = page.getByRole("region", { name: "Signed-in devices" });
  await expect(devices.getByRole("listitem")).toHaveCount(2);
  await expect(devices.getByRole("listitem").first()).toContainText("this device");

  // Both sessions come from the same browser type: the other one is the item not marked current.
  await devices
    .getByRole("listitem")
    .nth(1)
    .getByRole("button", { name: /^Sign out / })
    .click();
  await expect(devices.getByRole("listitem")).toHaveCount(1);
  await expect(devices.getByRole("button", { name: "Sign out all other devices" })).toBeHidden();

  // The phone's session has ended on the server; the laptop's has not.
  expect((await phone.request.get(`${base}/api/auth/me`)).status()).toBe(401);
  expect((await laptop.request.get(`${base}/api/auth/me`)).status()).toBe(200);

  // Signing in again on the phone, then "all other devices" from the laptop.
  const phoneAgain = await signUp(browser, email, { baseURL: base });
  const phone2 = await browser.newContext({ baseURL: base, storageState: phoneAgain.storageState });
  await page.reload();
  await expect(devices.getByRole("listitem")).toHaveCount(2);
  await devices.getByRole("button", { name: "Sign out all other devices" }).click();
  await expect(devices.getByRole("listitem")).toHaveCount(1);
  expect((await phone2.request.get(`${base}/api/auth/me`)).status()).toBe(401);
  expect((await laptop.request.get(`${base}/api/auth/me`)).status()).toBe(200);

  await Promise.all([phone.close(), phone2.close(), laptop.close()]);
});
