import { test as base } from "@playwright/test";
import { type Account, baseUrlOf, signUp, uniqueEmail } from "./accounts";
import { closeDevices, type Device, openDevices } from "./device";

/**
 * `test` with a fresh account per test and two of its devices ("laptop" and "phone"), opened
 * with the partition kit and closed afterwards.
 *
 * @example
 * test("…", async ({ devices: [laptop, phone] }) => { await phone.cut("relay"); … });
 */
export const test = base.extend<{ account: Account; devices: [Device, Device] }>({
  account: async ({ browser, baseURL }, use, testInfo) => {
    const slug = testInfo.title
      .replace(/[^a-z]+/gi, "-")
      .slice(0, 24)
      .toLowerCase();
    await use(await signUp(browser, uniqueEmail(slug), { baseURL: baseUrlOf({ baseURL }) }));
  },
  devices: async ({ browser, account }, use, testInfo) => {
    // Opening two browser contexts and loading the app twice is setup, not the story under test.
    testInfo.setTimeout(testInfo.timeout + 30_000);
    const [laptop, phone] = await openDevices(browser, account, 2);
    if (laptop === undefined || phone === undefined) throw new Error("openDevices(2) gave fewer devices");
    await use([laptop, phone]);
    await closeDevices([laptop, phone]);
  },
});
