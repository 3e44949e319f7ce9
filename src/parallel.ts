/** Below this many files, starting worker threads costs more than it saves (its own module: --help quotes it without loading the linter). */
export const PARALLEL_MIN_FILES = 32;
