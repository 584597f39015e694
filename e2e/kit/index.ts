export {
  type Account,
  baseUrlOf,
  ownClientHeaders,
  readMagicLink,
  type StorageState,
  signInThroughUi,
  signUp,
  uniqueEmail,
} from "./accounts";
export type { Direction } from "./api-link";
export { seriousViolations } from "./axe";
export {
  type ConvergedState,
  type ConvergenceOptions,
  diffDocuments,
  waitForConvergence,
} from "./convergence";
export {
  type Channel,
  closeDevices,
  Device,
  type DeviceDocument,
  freezeTab,
  isLeaderTab,
  openDevice,
  openDevices,
  type PendingSnapshot,
  waitForBridge,
} from "./device";
export { test } from "./fixtures";
export {
  addEntry,
  deleteEntry,
  type EntryChange,
  type EntryInput,
  editEntry,
  entryForm,
  entryItem,
  entryList,
  expectEntryShown,
  findEntry,
  uniqueNotes,
} from "./logbook";
export type { PokeMode } from "./relay-link";
export { openServer, type ServerApi, type SyncedJson } from "./server";
