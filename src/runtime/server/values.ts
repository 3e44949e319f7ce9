/** Values of command words, flags and variables as the server will see them, with how sure the linter is. */
import type { Stage } from '../../model/types.js';
import { expand, type Scope } from '../../model/variables.js';
import type { Assignment, Word } from '../../shell/types.js';
import type { Range } from '../../types.js';
import { flagUses } from './launch.js';

export interface Value {
  value: string;
  /** False when it rests on a guess (`${PORT:-8000}` with PORT not set in the image). */
  certain: boolean;
  /** Where it is written on the command line, when it is. */
  range: Range | null;
}

/** The variables a command runs with: the image's ENV (undefined = set to something unknown) and its own assignments. */
export interface CommandEnv {
  env: Map<string, string | undefined>;
  assignments: Assignment[];
}

/** How a command's words are read: exec-form words are passed as written, shell words are expanded in `scope`. */
export interface WordReading {
  exec: boolean;
  scope: Scope;
}

/** The runtime environment: ENV values (ARG values do not reach the container). */
export function runtimeEnv(stage: Stage | null): Map<string, string | undefined> {
  const env = new Map<string, string | undefined>();
  if (!stage) return env;
  for (const name of stage.endState.envNames) env.set(name, stage.endState.env.get(name));
  return env;
}

function resolveText(text: string, scope: Scope): { value: string; certain: boolean } | null {
  const e = expand(text, scope);
  if (e.unresolved.length === 0) return { value: e.value, certain: true };
  // `${PORT:-8000}` with PORT not set by the image: the default applies unless the container is started with PORT.
  const guessable = e.refs.every((r) => !e.unresolved.includes(r.name) || (!scope.has(r.name) && (r.modifier === ':-' || r.modifier === '-')));
  if (!guessable) return null;
  return { value: expand(text, scope, { undeclaredIsEmpty: true }).value, certain: false };
}

function wordValue(w: Word, reading: WordReading): Value | null {
  if (reading.exec) {
    // Exec form: `$PORT` reaches the program as written.
    return w.value.includes('$') ? null : { value: w.value, certain: true, range: w.range };
  }
  if (w.literal) return { value: w.value, certain: true, range: w.range };
  if (/\$\(|`/.test(w.value)) return null;
  const r = resolveText(w.value, reading.scope);
  return r ? { ...r, range: w.range } : null;
}

/** All values of a repeatable flag; null when one of them is unknown. */
export function flagValues(args: readonly Word[], names: readonly string[], reading: WordReading): Value[] | null {
  const out: Value[] = [];
  for (const use of flagUses(args, names)) {
    const v = use.word && wordValue(use.word, reading);
    if (!v) return null;
    out.push({ ...v, value: v.value.slice(use.skip) });
  }
  return out;
}

/** The last value of any of the flags; undefined when absent, null when unknown. */
export function flagValue(args: readonly Word[], names: readonly string[], reading: WordReading): Value | null | undefined {
  const use = flagUses(args, names).at(-1);
  if (!use) return undefined;
  const v = use.word && wordValue(use.word, reading);
  // `--ip='0.0.0.0'` in exec form: traitlets and click read the quotes away too.
  return v ? { ...v, value: v.value.slice(use.skip).replace(/^(['"])(.*)\1$/, '$2') } : null;
}

/** A variable the server reads: undefined when unset, null when set to something unknown. */
export function envValue(name: string, { env, assignments }: CommandEnv): Value | null | undefined {
  const a = [...assignments].reverse().find((x) => x.name === name);
  if (a) return /\$/.test(a.value) ? null : { value: a.value, certain: true, range: null };
  if (!env.has(name)) return undefined;
  const v = env.get(name);
  return v === undefined ? null : { value: v, certain: true, range: null };
}
