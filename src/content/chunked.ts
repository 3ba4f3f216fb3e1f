/**
 * Run work over a list in slices of a few milliseconds, yielding to the page between slices, so no
 * task we add to the main thread runs long (target: well under 50 ms, the long-task threshold).
 */
const SLICE_MS = 8;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function forEachChunked<T>(items: Iterable<T>, work: (item: T) => void, signal: AbortSignal): Promise<boolean> {
  let sliceStart = performance.now();
  for (const item of items) {
    if (signal.aborted) return false;
    work(item);
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  return !signal.aborted;
}
