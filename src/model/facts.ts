/**
 * Facts read from a model or a stage when first asked for and kept with it: the RUN commands by tool, pip installs,
 * detected servers and the like, which several rules ask for (issue 11).
 *
 * They are not kept in a module's WeakMap keyed by the model: V8's young-generation collection treats every value of
 * a long-lived WeakMap as live, whatever its key, so each model whose facts were asked for (through them, its
 * instructions and scripts) was copied and promoted at each collection while later files were linted. Those
 * collections took about a sixth of a warm lint of the corpus; kept here, the facts die with their model.
 */
export class Facts {
  #values: Map<FactKey<unknown>, unknown> | null = null;

  /** The fact `key` of this model or stage: `read` the first time it is asked for. */
  get<T>(key: FactKey<T>, read: () => T): T {
    const values = (this.#values ??= new Map());
    if (values.has(key)) return values.get(key) as T;
    const value = read();
    values.set(key, value);
    return value;
  }
}

/** One kind of fact, made once by the module that reads it; `T` is the fact's type. */
export class FactKey<T> {
  declare readonly type: T;
}
