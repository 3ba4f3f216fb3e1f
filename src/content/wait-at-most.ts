/**
 * Wait for a promise, but not longer than `ms`: resolves when it settles (either way) or when the
 * time is up, whichever comes first, and never rejects. The timer is cleared once the promise
 * settles, so nothing is left running.
 */
export function waitAtMost(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    promise.then(done, done);
  });
}
