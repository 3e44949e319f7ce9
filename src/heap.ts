/**
 * The heap's growth while a huge Dockerfile is linted (issue 11). After each full collection V8 sets the next limit
 * at a multiple of what survived (up to 4× while the heap grows fast), and the lint of a huge file is mostly a model
 * growing: the limit ran far ahead of what was alive (peak RSS 460 MB on a 5 MB file whose model is about 220 MB).
 * Its young generation also doubles up to 2 × 16 MB while most of what is allocated survives (the model). For huge
 * inputs only, the old generation's limit grows by a fifth over what survived and the young one keeps its size: more
 * collections (each full one marks the model built so far: about a fifth more CPU on the 5 MB file), a peak close to
 * what is alive. Smaller inputs keep V8's growth: a lint barely grows their heap, and they keep their speed.
 */
import v8 from 'node:v8';

/** From a Dockerfile of this many characters (a model is about 45× its text). */
export const HUGE_INPUT_CHARS = 1024 * 1024;

/** `fn` run with the tighter heap growth when `chars` (the largest file's) is huge; V8's defaults after. */
export function withTightHeap<T>(chars: number, fn: () => T): T {
  if (chars < HUGE_INPUT_CHARS) return fn();
  v8.setFlagsFromString('--heap-growing-percent=20');
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  try {
    return fn();
  } finally {
    // V8's defaults: 0 is its own growing factor.
    v8.setFlagsFromString('--heap-growing-percent=0');
    v8.setFlagsFromString('--semi-space-growth-factor=2');
  }
}
