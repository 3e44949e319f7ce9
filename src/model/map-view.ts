/**
 * A read-only map computed on demand: a subclass gives `get`, `has` and `entries`, and the rest of `ReadonlyMap` is
 * derived from them (the variables at one version, a scope with names set over it).
 */
export abstract class MapView<V> implements ReadonlyMap<string, V> {
  abstract get(name: string): V | undefined;
  abstract has(name: string): boolean;
  abstract entries(): MapIterator<[string, V]>;

  get size(): number {
    return [...this.keys()].length;
  }

  *keys(): MapIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [name, value] of this.entries()) callback(value, name, this);
  }
}
