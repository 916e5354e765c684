/**
 * For tests that prove work grows linearly with input (hostile input must not hang a runner):
 * the fastest of several interleaved runs of a small and a large input, compared. A linear step
 * grows about as the input does; a quadratic one as its square. The bound leaves room for a busy
 * machine and garbage collection, not for the square.
 */
export function growth<T>(small: T, large: T, run: (input: T) => void, runs = 7): number {
  let [fastSmall, fastLarge] = [Infinity, Infinity];
  for (let i = 0; i < runs; i++) {
    fastSmall = Math.min(fastSmall, timed(() => run(small)));
    fastLarge = Math.min(fastLarge, timed(() => run(large)));
  }
  return fastLarge / Math.max(fastSmall, 0.05);
}

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}
