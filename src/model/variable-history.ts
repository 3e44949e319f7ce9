/**
 * The build variables as each instruction sees them, without a copy per instruction: every ARG/ENV
 * appends a versioned entry, and an instruction's state is a view at a version. Copying the whole map
 * per ARG/ENV made files with thousands of them quadratic in time and memory.
 */
import type { Scope } from './words.js';
import { MapView } from './map-view.js';

/**
 * The values a name was given, oldest first. The first is kept inline and later ones in two parallel lists: most
 * names are set once, and an object per value (plus a list of them) weighed 136 bytes for each ARG and ENV name.
 */
class NameHistory {
  /** The versions of the values after the first, and those values; null while the name was set once. */
  laterVersions: number[] | null = null;
  laterValues: (string | undefined)[] | null = null;
  /** The version from which an ENV (not only an ARG) set the name; Infinity while none has. */
  envSince = Infinity;

  constructor(
    readonly firstVersion: number,
    readonly firstValue: string | undefined,
  ) {}

  add(version: number, value: string | undefined): void {
    (this.laterVersions ??= []).push(version);
    (this.laterValues ??= []).push(value);
  }

  /** Which value the name held at `version`: FIRST, the index of a later one, or NOT_SET before it was set. */
  indexAt(version: number): number {
    if (this.firstVersion > version) return NOT_SET;
    const versions = this.laterVersions;
    // The last value set at or before this version (versions are in order).
    let found = FIRST;
    let lo = 0;
    let hi = versions ? versions.length - 1 : -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (versions![mid]! <= version) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  valueAt(index: number): string | undefined {
    return index === FIRST ? this.firstValue : this.laterValues![index];
  }
}

const FIRST = -1;
const NOT_SET = -2;

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
    if (!h) this.names.set(name, (h = new NameHistory(version, value)));
    else h.add(version, value);
    if (env && h.envSince === Infinity) h.envSince = version;
  }

  /** The variables as they are now; later `set`s do not change it. */
  view(): VariableView {
    return new VariableView(this.names, this.version);
  }
}

/** A read-only map of the variables at one version, with the ENV-set names beside it. */
export class VariableView extends MapView<string | undefined> {
  readonly envNames: ReadonlySet<string>;
  private sizeCache = -1;

  constructor(
    private readonly names: ReadonlyMap<string, NameHistory>,
    private readonly version: number,
  ) {
    super();
    this.envNames = new EnvNames(names, version);
  }

  get(name: string): string | undefined {
    const h = this.names.get(name);
    const i = h ? h.indexAt(this.version) : NOT_SET;
    return i === NOT_SET ? undefined : h!.valueAt(i);
  }

  has(name: string): boolean {
    const h = this.names.get(name);
    return h !== undefined && h.indexAt(this.version) !== NOT_SET;
  }

  override get size(): number {
    if (this.sizeCache < 0) this.sizeCache = [...this.keys()].length;
    return this.sizeCache;
  }

  *entries(): MapIterator<[string, string | undefined]> {
    for (const [name, h] of this.names) {
      const i = h.indexAt(this.version);
      if (i !== NOT_SET) yield [name, h.valueAt(i)];
    }
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
