/**
 * One frozen empty list shared by every model field that is usually empty (flags, heredocs, ports, …): a file of
 * 100,000 instructions held a million empty arrays. Fields holding it are `readonly`; a push would throw.
 */
export const EMPTY: readonly never[] = Object.freeze([]);

/**
 * A list to keep in the model: the shared empty list when it is empty, else a copy of exactly its length (an array
 * grown by push keeps 16 or more spare slots, most of the memory of a one-element list).
 */
export function orEmpty<T>(list: readonly T[]): readonly T[] {
  return list.length ? list.slice() : EMPTY;
}

/** `list` as `orEmpty` keeps it, or `same` when it holds the same items: one list kept instead of two equal ones. */
export function orSame<T>(list: readonly T[], same: readonly T[]): readonly T[] {
  return list.length === same.length && list.every((x, i) => x === same[i]) ? same : orEmpty(list);
}
