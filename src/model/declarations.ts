/** Where a stage declares its build variables: read by the rules that follow a name back to its ARG or ENV. */
import { FactKey } from './facts.js';
import type { Instruction, KeyValue, Stage } from './types.js';

const DECLARATIONS = new FactKey<ReadonlyMap<string, readonly Instruction[]>>();

/** The ARG/ENV instructions of a stage by the names they declare, in order (built once per stage). */
export function declarationsOf(stage: Stage): ReadonlyMap<string, readonly Instruction[]> {
  return stage.facts.get(DECLARATIONS, () => {
    const byName = new Map<string, Instruction[]>();
    for (const ins of stage.instructions) {
      if (ins.keyword !== 'ARG' && ins.keyword !== 'ENV') continue;
      for (const p of ins.properties) {
        const list = byName.get(p.name) ?? [];
        if (list[list.length - 1] !== ins) list.push(ins);
        byName.set(p.name, list);
      }
    }
    return byName;
  });
}

/** The last declaration of `name` in the stage before the instruction at `index`, or null. */
export function declarationBefore(stage: Stage, name: string, index: number): KeyValue | null {
  const before = (declarationsOf(stage).get(name) ?? []).filter((i) => i.index < index).pop();
  return before?.properties.filter((p) => p.name === name).pop() ?? null;
}
