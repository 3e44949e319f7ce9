/**
 * V8 keeps a string built by `+=` a piece at a time as a tree of cons strings, 32 bytes a piece: in the model, the
 * value of a 20-character argument weighed 500 bytes. `normalize` flattens it and returns the flat string itself
 * when it is normal already (Latin-1 text always is); a slice would keep a 32-byte view on a copy. Shorter strings
 * are copied flat already.
 */
const CONS_MIN_LENGTH = 13;

export function flat(s: string): string {
  if (s.length < CONS_MIN_LENGTH) return s;
  const normal = s.normalize();
  return normal === s ? normal : (' ' + s).slice(1);
}
