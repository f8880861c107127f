/**
 * Runs the actions of shortcut keys in the order the keys came. Paste waits (for the browser's paste
 * event, then for the clipboard and the parser's module, loaded on the first paste): a key pressed
 * meanwhile ran first, on the design before the paste. Ctrl+V then Ctrl+Z undid the edit before the
 * paste and kept the copy; Ctrl+V then Delete deleted the selection the copy was pasted after. While
 * a run waits, the runs after it wait behind it.
 */
export interface KeyActionQueue {
  /** Runs `run` now when nothing waits, else once what waits has ended. A promise it returns holds back later runs until it settles. */
  run(run: () => unknown): void;
  /** Whether a run is waiting or waited for. */
  readonly busy: boolean;
}

export function createKeyActionQueue(): KeyActionQueue {
  let tail: Promise<void> | null = null;
  const hold = (pending: PromiseLike<unknown>) => {
    // a failed run is reported, and does not stop the keys after it
    const settled: Promise<void> = Promise.resolve(pending).then(
      () => undefined,
      (error: unknown) => reportError(error),
    );
    tail = settled;
    void settled.then(() => {
      if (tail === settled) tail = null;
    });
  };
  return {
    run(run) {
      if (tail) {
        hold(tail.then(run));
        return;
      }
      const result = run();
      if (result instanceof Promise) hold(result);
    },
    get busy() {
      return tail !== null;
    },
  };
}
