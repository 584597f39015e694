export type PushLane = <Result>(run: () => Promise<Result>) => Promise<Result>;

/**
 * A queue that runs one task at a time in call order; a failed task does not stop the next.
 *
 * @example
 * const lane = createPushLane();
 * await Promise.all([lane(() => push(a)), lane(() => push(b))]); // b is sent after a's answer
 */
export function createPushLane(): PushLane {
  let tail: Promise<unknown> = Promise.resolve();
  return (run) => {
    const result = tail.then(run);
    tail = result.catch(() => undefined);
    return result;
  };
}
