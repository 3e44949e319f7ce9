/**
 * The build variables as each instruction sees them, without a copy per instruction: every ARG/ENV
 * appends a versioned entry, and an instruction's state is a view at a version. Copying the whole map
 * per ARG/ENV made files with thousands of them quadratic in time and memory.
 */
import type { Scope } from './words.js';

interface Entry {
  version: number;
  value: string | undefined;
}

interface NameHistory {
  entries: Entry[];
  /** The version from which an ENV (not only an ARG) set the name; Infinity while none has. */
  envSince: number;
}

export class VariableHistory {
  private version = 0;
  private readonly names = new Map<string, NameHistory>();

  /** A new history holding `scope` (a stage built FROM another one starts with the other's variables). */
  static from(scope: Scope, envNames: ReadonlySet<string>): VariableHistory {
    const history = new VariableHistory();
    for (const [name, value] of scope) history.set(name, value, envNames.has(name));
    return history;
  }

  set(name: string, value: string | undefined, env: boolean): void {
    const version = ++this.version;
    let h = this.names.get(name);
    // A literal of one entry: most variables are set once, and an array grown from [] by push keeps 16 spare slots.
    if (!h) this.names.set(name, (h = { entries: [{ version, value }], envSince: Infinity }));
    else h.entries.push({ version, value });
    if (env && h.envSince === Infinity) h.envSince = version;
  }

  /** The variables as they are now; later `set`s do not change it. */
  view(): VariableView {
    return new VariableView(this.names, this.version);
  }
}

/** A read-only map of the variables at one version, with the ENV-set names beside it. */
export class VariableView implements ReadonlyMap<string, string | undefined> {
  readonly envNames: ReadonlySet<string>;
  private sizeCache = -1;

  constructor(
    private readonly names: ReadonlyMap<string, NameHistory>,
    private readonly version: number,
  ) {
    this.envNames = new EnvNames(names, version);
  }

  private entry(name: string): Entry | undefined {
    const entries = this.names.get(name)?.entries;
    if (!entries) return undefined;
    // The last entry at or before this version (entries are in version order).
    let lo = 0;
    let hi = entries.length - 1;
    let found: Entry | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (entries[mid]!.version <= this.version) {
        found = entries[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  get(name: string): string | undefined {
    return this.entry(name)?.value;
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  get size(): number {
    if (this.sizeCache < 0) this.sizeCache = [...this.keys()].length;
    return this.sizeCache;
  }

  *entries(): MapIterator<[string, string | undefined]> {
    for (const name of this.names.keys()) {
      const e = this.entry(name);
      if (e) yield [name, e.value];
    }
  }

  *keys(): MapIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): MapIterator<string | undefined> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[string, string | undefined]> {
    return this.entries();
  }

  forEach(callback: (value: string | undefined, key: string, map: ReadonlyMap<string, string | undefined>) => void): void {
    for (const [name, value] of this.entries()) callback(value, name, this);
  }
}

class EnvNames implements ReadonlySet<string> {
  constructor(
    private readonly names: ReadonlyMap<string, NameHistory>,
    private readonly version: number,
  ) {}

  has(name: string): boolean {
    return (this.names.get(name)?.envSince ?? Infinity) <= this.version;
  }

  get size(): number {
    return [...this.keys()].length;
  }

  *keys(): SetIterator<string> {
    for (const [name, h] of this.names) if (h.envSince <= this.version) yield name;
  }

  values(): SetIterator<string> {
    return this.keys();
  }

  *entries(): SetIterator<[string, string]> {
    for (const name of this.keys()) yield [name, name];
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.keys();
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void): void {
    for (const name of this.keys()) callback(name, name, this);
  }
}
