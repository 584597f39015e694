import { expect, test } from "vitest";
import { createUploadScheduler } from "./upload-scheduler";

/** A job that runs until the test ends it, recording that it started. */
function controlledJobs() {
  const started: string[] = [];
  const finishers = new Map<string, () => void>();
  const aborted: string[] = [];
  const job = (id: string) => (signal: AbortSignal) =>
    new Promise<void>((resolve) => {
      started.push(id);
      finishers.set(id, resolve);
      signal.addEventListener("abort", () => {
        aborted.push(id);
        resolve();
      });
    });
  const finish = async (id: string) => {
    finishers.get(id)?.();
    // Let the scheduler's `finally` run and start the next job.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { started, aborted, job, finish };
}

test("runs at most the limit at once and starts the next when one ends", async () => {
  const jobs = controlledJobs();
  const scheduler = createUploadScheduler(2);
  for (const id of ["a", "b", "c", "d"]) scheduler.enqueue(id, jobs.job(id));
  expect(jobs.started).toEqual(["a", "b"]);
  await jobs.finish("b");
  expect(jobs.started).toEqual(["a", "b", "c"]);
  await jobs.finish("a");
  expect(jobs.started).toEqual(["a", "b", "c", "d"]);
});

test("a job that fails still frees its place", async () => {
  const scheduler = createUploadScheduler(1);
  const started: string[] = [];
  scheduler.enqueue("a", async () => {
    started.push("a");
    throw new Error("offline");
  });
  scheduler.enqueue("b", async () => {
    started.push("b");
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(started).toEqual(["a", "b"]);
});

test("cancel drops a waiting job and aborts a running one", async () => {
  const jobs = controlledJobs();
  const scheduler = createUploadScheduler(1);
  for (const id of ["a", "b", "c"]) scheduler.enqueue(id, jobs.job(id));
  scheduler.cancel("b");
  scheduler.cancel("a");
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(jobs.aborted).toEqual(["a"]);
  expect(jobs.started).toEqual(["a", "c"]);
});

test("clear aborts the running jobs and starts none of the waiting ones", async () => {
  const jobs = controlledJobs();
  const scheduler = createUploadScheduler(1);
  for (const id of ["a", "b"]) scheduler.enqueue(id, jobs.job(id));
  scheduler.clear();
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(jobs.aborted).toEqual(["a"]);
  expect(jobs.started).toEqual(["a"]);
});
