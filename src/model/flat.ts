/**
 * V8 keeps a string built by `+=` a piece at a time as a tree of cons strings, 32 bytes a piece: in the model, the
 * value of a 20-character argument weighed 500 bytes. Cutting a slice out of it flattens it once (the tree becomes
 * garbage); shorter strings are copied flat already.
 */
const CONS_MIN_LENGTH = 13;

export function flat(s: string): string {
  return s.length < CONS_MIN_LENGTH ? s : (' ' + s).slice(1);
}
