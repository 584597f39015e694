import { userPrefix } from "../files/score-file";
import type { ScoreFilesStore } from "../files/score-files.store";

/** R2 lists and deletes at most 1,000 keys a call; D1 rows go in pages of the same size. */
const PAGE = 1000;

/**
 * Removes everything the scores worker holds for a user: every R2 object under the user's prefix
 * (orphans of interrupted uploads or deletes included) and every `score_files` row. Paged, so any
 * number of files fits; idempotent, so a retried account deletion finishes the job. Objects go
 * first: if a call dies midway, the rows still show there is something left to delete.
 */
export async function deleteUserData(
  deps: { store: ScoreFilesStore; bucket: R2Bucket },
  userId: string,
  pageSize = PAGE,
): Promise<{ deletedFiles: number }> {
  const prefix = userPrefix(userId);
  let cursor: string | undefined;
  do {
    const listing = await deps.bucket.list({
      prefix,
      limit: pageSize,
      ...(cursor === undefined ? {} : { cursor }),
    });
    const keys = listing.objects.map((object) => object.key);
    if (keys.length > 0) await deps.bucket.delete(keys);
    cursor = listing.truncated ? listing.cursor : undefined;
  } while (cursor !== undefined);

  let deletedFiles = 0;
  for (;;) {
    const deleted = await deps.store.deleteSomeOfUser(userId, pageSize);
    deletedFiles += deleted;
    if (deleted < pageSize) return { deletedFiles };
  }
}
