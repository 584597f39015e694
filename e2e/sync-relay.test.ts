import { expect } from "@playwright/test";
import { addEntry, expectEntryShown, findEntry, test, uniqueNotes, waitForConvergence } from "./kit";

const collections = ["practice_entries"];

test("a change shows on the other device within seconds, through a relay poke", async ({
  devices: [laptop, phone],
}) => {
  await expect.poll(() => phone.relay.openSockets, { message: "the phone's relay socket" }).toBe(1);
  const notes = uniqueNotes("poked");
  await addEntry(laptop, { notes });
  await expectEntryShown(phone, notes, 3_000);
  expect(phone.relay.deliveredPokes).toBeGreaterThan(0);
});

test("a device is not poked about its own push (it names itself with x-device-id)", async ({
  devices: [laptop, phone],
}) => {
  for (const device of [laptop, phone]) await expect.poll(() => device.relay.openSockets).toBe(1);
  const pushedWithDeviceId: (string | null)[] = [];
  laptop.page.on("request", (request) => {
    if (request.url().includes("/api/sync/practice_entries/push"))
      pushedWithDeviceId.push(request.headers()["x-device-id"] ?? null);
  });
  for (let index = 0; index < 3; index += 1) {
    const notes = uniqueNotes(`own push ${index}`);
    await addEntry(laptop, { notes });
    await expectEntryShown(phone, notes, 5_000);
  }
  await waitForConvergence([laptop, phone], { collections });
  expect(pushedWithDeviceId.length, "the laptop pushed").toBeGreaterThan(0);
  expect(pushedWithDeviceId.every((id) => id !== null && /^[A-Za-z0-9_-]{1,64}$/.test(id))).toBe(true);
  const entryPokes = (device: typeof laptop) =>
    device.relay.deliveredPokesByCollection.get("practice_entries");
  expect(entryPokes(phone), "the phone is poked about the laptop's pushes").toBeGreaterThanOrEqual(3);
  expect(entryPokes(laptop) ?? 0, "the laptop is never poked about its own pushes").toBe(0);
});

test("held pokes arrive on release; a dropped poke is made up by the next pull", async ({
  devices: [laptop, phone],
}) => {
  await expect.poll(() => phone.relay.openSockets).toBe(1);

  phone.holdPokes();
  const held = uniqueNotes("poke held");
  await addEntry(laptop, { notes: held });
  await expect.poll(() => phone.relay.heldPokes, { message: "a poke held in the proxy" }).toBeGreaterThan(0);
  expect(await findEntry(phone, held), "nothing pulls while the poke is held").toBeUndefined();
  phone.releasePokes();
  await expectEntryShown(phone, held, 3_000);

  phone.dropPokes();
  const dropped = uniqueNotes("poke dropped");
  await addEntry(laptop, { notes: dropped });
  await expect.poll(() => phone.relay.droppedPokes).toBeGreaterThan(0);
  phone.releasePokes();
  await phone.focus();
  await expectEntryShown(phone, dropped, 5_000);
  await waitForConvergence([laptop, phone], { collections });
});

test("after the relay is cut and healed the socket comes back and pokes flow again", async ({
  devices: [laptop, phone],
}) => {
  test.setTimeout(90_000);
  await expect.poll(() => phone.relay.openSockets).toBe(1);
  await phone.cut("relay");
  expect(phone.relay.openSockets).toBe(0);
  await phone.heal("relay");
  // Reconnects back off from 1 s, doubling with jitter; a short cut is healed within ~10 s.
  await expect.poll(() => phone.relay.openSockets, { timeout: 30_000 }).toBe(1);
  const notes = uniqueNotes("after the relay came back");
  await addEntry(laptop, { notes });
  await expectEntryShown(phone, notes, 3_000);
});
