/** Below this many files, starting worker threads costs more than it saves (its own module: --help quotes it without loading the linter). */
export const PARALLEL_MIN_FILES = 32;

/**
 * Worker threads when `--jobs` is not given: one core is left to the main thread and V8's own threads (GC, compiler),
 * which a one-thread run already keeps busy. On 2 cores two workers made the 812-file corpus slower (4.3 s against 3.5 s
 * wall, 7.6 s against 5.2 s CPU: each worker warms its own JIT), so there it lints in one thread.
 */
export function defaultJobs(cores: number): number {
  return Math.max(1, cores - 1);
}
