/**
 * Engine work that can pause for corpus texts. A corpus loaded by a worker just started
 * may hold its texts in storage still (`Corpus.attachTextChunks`); the engine then says,
 * before it reads any, which docs' texts it needs next, so that only those are loaded.
 */

/** A run of engine work: it yields the docs whose texts it reads next, and returns `T`. */
export type Steps<T> = Generator<readonly number[], T, void>;

/** Run `steps` to the end at once: every text they read is in memory. */
export function finishNow<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Run `steps` to the end, waiting for `load` to bring in the texts each step asks for. */
export async function finishLoading<T>(
  steps: Steps<T>,
  load: (docs: readonly number[]) => Promise<void>,
): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await load(step.value);
  }
}
