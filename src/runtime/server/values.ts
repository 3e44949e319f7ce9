/** Values of command words, flags and variables as the server will see them, with how sure the linter is. */
import type { Stage } from '../../model/types.js';
import { processWord, type Scope } from '../../model/words.js';
import type { CommandOption, Invocation } from '../../shell/invocation.js';
import type { Assignment } from '../../shell/types.js';
import type { Range } from '../../types.js';

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
  assignments: readonly Assignment[];
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
  const e = processWord(text, scope, { keepQuotes: true });
  if (e.unresolved.length === 0) return { value: e.value, certain: true };
  // `${PORT:-8000}` with PORT not set by the image: the default applies unless the container is started with PORT.
  const guessable = e.variables.every((r) => !e.unresolved.includes(r.name) || (!scope.has(r.name) && (r.modifier === ':-' || r.modifier === '-')));
  if (!guessable) return null;
  return { value: processWord(text, scope, { keepQuotes: true, undeclaredIsEmpty: true }).value, certain: false };
}

/** An option's value as the server sees it: exec-form words are passed as written, shell words expanded. */
function optionText(o: CommandOption, reading: WordReading): Value | null {
  const word = o.valueWord;
  if (o.value === null || word === null) return null;
  const range = word.range;
  if (reading.exec) return o.value.includes('$') ? null : { value: o.value, certain: true, range };
  if (word.literal) return { value: o.value, certain: true, range };
  if (/\$\(|`/.test(o.value)) return null;
  const r = resolveText(o.value, reading.scope);
  return r ? { ...r, range } : null;
}

/** All values of a repeatable option; null when one of them is unknown. */
export function optionValuesSeen(args: Invocation, names: readonly string[], reading: WordReading): Value[] | null {
  const out: Value[] = [];
  for (const o of args.options) {
    if (!names.includes(o.name)) continue;
    const v = optionText(o, reading);
    if (!v) return null;
    out.push(v);
  }
  return out;
}

/** The last value of any of the options; undefined when absent, null when unknown. */
export function optionValueSeen(args: Invocation, names: readonly string[], reading: WordReading): Value | null | undefined {
  const o = args.options.filter((x) => names.includes(x.name)).at(-1);
  if (!o) return undefined;
  const v = optionText(o, reading);
  // `--ip='0.0.0.0'` in exec form: traitlets and click read the quotes away too.
  return v ? { ...v, value: v.value.replace(/^(['"])(.*)\1$/, '$2') } : null;
}

/** A variable the server reads: undefined when unset, null when set to something unknown. */
export function envValue(name: string, { env, assignments }: CommandEnv): Value | null | undefined {
  const a = [...assignments].reverse().find((x) => x.name === name);
  if (a) return /\$/.test(a.value) ? null : { value: a.value, certain: true, range: null };
  if (!env.has(name)) return undefined;
  const v = env.get(name);
  return v === undefined ? null : { value: v, certain: true, range: null };
}
