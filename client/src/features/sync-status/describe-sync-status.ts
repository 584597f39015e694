import type { MessageKey } from "../../i18n/messages/en";
import type { MessageParams } from "../../i18n/translate";
import type { SyncStatus } from "../../sync/sync-status";

export interface SyncStatusText {
  readonly key: MessageKey;
  readonly params?: MessageParams;
  /** A link the message asks the user to follow (sign in again). */
  readonly link?: { readonly key: MessageKey; readonly to: "/account" };
  readonly tone: "ok" | "busy" | "quiet" | "warning";
}

/** Formats "2 min ago" in the user's language; `null` when it has never synced. */
export function formatAgo(lastSyncedAt: number, nowMs: number, locale: string): string | null {
  const seconds = Math.round((nowMs - lastSyncedAt) / 1000);
  if (seconds < 45) return null;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto", style: "short" });
  if (seconds < 3600) return format.format(-Math.round(seconds / 60), "minute");
  if (seconds < 86_400) return format.format(-Math.round(seconds / 3600), "hour");
  return format.format(-Math.round(seconds / 86_400), "day");
}

/** The one line the indicator shows for a status. */
export function describeSyncStatus(status: SyncStatus, nowMs: number, locale: string): SyncStatusText {
  if (status.error?.code === "storage_full") return { key: "sync.storageFull", tone: "warning" };
  if (status.error?.code === "signed_out_elsewhere") {
    return {
      key: "sync.signedOutElsewhere",
      link: { key: "sync.signInAgain", to: "/account" },
      tone: "warning",
    };
  }
  if (status.phase === "signed-out") return { key: "sync.localOnly", tone: "quiet" };
  if (status.phase === "offline") return { key: "sync.offline", tone: "quiet" };
  if (status.phase === "error") return { key: "sync.serverError", tone: "warning" };
  if (status.pendingCount > 0)
    return { key: "sync.pending", params: { count: status.pendingCount }, tone: "busy" };
  if (status.phase === "syncing") return { key: "sync.syncing", tone: "busy" };
  if (status.lastSyncedAt === null) return { key: "sync.synced", tone: "ok" };
  const ago = formatAgo(status.lastSyncedAt, nowMs, locale);
  return ago === null
    ? { key: "sync.synced", tone: "ok" }
    : { key: "sync.syncedAgo", params: { ago }, tone: "ok" };
}
