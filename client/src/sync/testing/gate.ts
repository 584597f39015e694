/**
 * A gate that test requests wait at while it is held: a push or pull "in flight" until released.
 *
 * @example
 * const gate = createGate();
 * const release = gate.hold();
 * await gate.passed(); // waits until release()
 */
export function createGate(): { passed(): Promise<void>; hold(): () => void } {
  let held: Promise<void> | undefined;
  return {
    passed: () => held ?? Promise.resolve(),
    hold() {
      let release = () => {};
      held = new Promise((resolve) => {
        release = () => {
          held = undefined;
          resolve();
        };
      });
      return release;
    },
  };
}
