import { z } from "zod";
import { createTermMatcher, type TermMatcher } from "../terms/find-terms-in-text";
import { listKnownTerms } from "../terms/terms.store";

/**
 * What one isolate remembers between requests, so a hot answer costs no I/O at all. Workers
 * reuse an isolate for many requests; nothing here is needed for correctness, only for speed:
 *
 * - the data version, re-read from D1 at most once a second (concurrent readers share one read),
 *   so a changed entry reaches every isolate within a second and every client through the
 *   versioned cache keys of `cached-json.ts`;
 * - the answers themselves under their versioned keys (least recently used out first, bounded by
 *   size): a key names one version, so a remembered answer is never out of date;
 * - term views, counted here and written to D1 at most once a second as one batch;
 * - the matcher of `lookupTerms` (every term, by normalized form) for the current version.
 */

export const VERSION_TTL_MS = 1000;
const MAX_ANSWER_BYTES = 16 * 1024 * 1024;
const VIEW_FLUSH_INTERVAL_MS = 1000;

export interface CachedAnswer {
  status: 200 | 404;
  etag: string;
  body: string;
  /** The entry a term answer carries, for counting views without parsing the body. */
  termId?: string | undefined;
}

const versionRowSchema = z.object({ value: z.number() });

export class IsolateMemory {
  #version: { value: number; readAtMs: number } | undefined;
  #versionRead: Promise<number> | undefined;
  readonly #answers = new Map<string, CachedAnswer>();
  #answerBytes = 0;
  readonly #pendingViews = new Map<string, number>();
  #lastFlushMs = Number.NEGATIVE_INFINITY;
  #isFlushScheduled = false;
  #termMatcher: { version: number; matcher: Promise<TermMatcher> } | undefined;

  /** Changes whenever any entry changes (migration 0002's triggers). */
  async dataVersion(db: D1Database, nowMs = Date.now()): Promise<number> {
    if (this.#version && nowMs - this.#version.readAtMs < VERSION_TTL_MS) return this.#version.value;
    this.#versionRead ??= readDataVersion(db).then(
      (value) => {
        this.#version = { value, readAtMs: Date.now() };
        this.#versionRead = undefined;
        return value;
      },
      (error: unknown) => {
        this.#versionRead = undefined;
        throw error;
      },
    );
    return this.#versionRead;
  }

  /** Every entry's term by normalized form, built once per data version. */
  async termMatcher(db: D1Database): Promise<TermMatcher> {
    const version = await this.dataVersion(db);
    if (this.#termMatcher?.version !== version) {
      const matcher = listKnownTerms(db).then(createTermMatcher);
      // A failed build is not kept: the next call tries again.
      matcher.catch(() => {
        if (this.#termMatcher?.matcher === matcher) this.#termMatcher = undefined;
      });
      this.#termMatcher = { version, matcher };
    }
    return this.#termMatcher.matcher;
  }

  getAnswer(key: string): CachedAnswer | undefined {
    const answer = this.#answers.get(key);
    if (answer) {
      // Re-inserted: a Map iterates in insertion order, so the first key is the least recent.
      this.#answers.delete(key);
      this.#answers.set(key, answer);
    }
    return answer;
  }

  rememberAnswer(key: string, answer: CachedAnswer): void {
    const size = answer.body.length * 2;
    if (size > MAX_ANSWER_BYTES / 4) return;
    const previous = this.#answers.get(key);
    if (previous) this.#answerBytes -= previous.body.length * 2;
    this.#answers.delete(key);
    this.#answers.set(key, answer);
    this.#answerBytes += size;
    for (const [oldKey, old] of this.#answers) {
      if (this.#answerBytes <= MAX_ANSWER_BYTES) break;
      this.#answers.delete(oldKey);
      this.#answerBytes -= old.body.length * 2;
    }
  }

  /**
   * Counts a view; the returned promise (for `waitUntil`) writes the pending counts, right away
   * when nothing was written in the last second, else once that second is over. Views counted
   * while a write is scheduled join it. Undefined when a write is already scheduled.
   */
  countView(db: D1Database, termId: string, nowMs = Date.now()): Promise<void> | undefined {
    this.#pendingViews.set(termId, (this.#pendingViews.get(termId) ?? 0) + 1);
    if (this.#isFlushScheduled) return undefined;
    this.#isFlushScheduled = true;
    const delayMs = Math.max(0, this.#lastFlushMs + VIEW_FLUSH_INTERVAL_MS - nowMs);
    return new Promise((resolve) => setTimeout(resolve, delayMs)).then(() => this.#flushViews(db));
  }

  async #flushViews(db: D1Database): Promise<void> {
    const views = [...this.#pendingViews];
    this.#pendingViews.clear();
    this.#isFlushScheduled = false;
    this.#lastFlushMs = Date.now();
    if (views.length === 0) return;
    const statement = db.prepare(
      // An entry deleted since it was viewed is skipped rather than failing the whole batch.
      `INSERT INTO term_views (term_id, views) SELECT ?1, ?2 WHERE EXISTS (SELECT 1 FROM terms WHERE id = ?1)
       ON CONFLICT (term_id) DO UPDATE SET views = views + excluded.views`,
    );
    await db.batch(views.map(([termId, count]) => statement.bind(termId, count)));
  }
}

async function readDataVersion(db: D1Database): Promise<number> {
  const row = await db.prepare("SELECT value FROM dictionary_meta WHERE key = 'data_version'").first();
  return versionRowSchema.parse(row).value;
}

/** The one memory of this isolate (module scope is per isolate in Workers). */
export const isolateMemory = new IsolateMemory();
