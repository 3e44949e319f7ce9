/**
 * One frozen empty list shared by every model field that is usually empty (flags, heredocs, ports, …): a file of
 * 100,000 instructions held a million empty arrays. Fields holding it are `readonly`; a push would throw.
 */
export const EMPTY: readonly never[] = Object.freeze([]);

/** `list`, or the shared empty list when it is empty. */
export function orEmpty<T>(list: T[]): readonly T[] {
  return list.length ? list : EMPTY;
}
