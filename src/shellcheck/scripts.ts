/**
 * The scripts of a Dockerfile as ShellCheck reads them: each RUN's shell (continuations joined, heredoc
 * bodies) and every `sh -c` / `bash <<EOF` body inside, with a preamble that names the dialect and declares
 * the build's ARG and ENV names. Only whole lines are added, so a finding's line shifts and its column does not.
 */
import type { DockerfileModel, Instruction } from '../model/types.js';
import type { Scope } from '../model/words.js';
import { shellListOptions } from '../shell/shell-options.js';
import type { MappedSource } from '../shell/source-map.js';
import { shellFacts, type ShellFacts, shellName, shellOfList } from './dialect.js';

export interface CheckedScript {
  instruction: Instruction;
  source: MappedSource;
  /** A `sh -c` or `bash <<EOF` body inside the RUN (its offsets are approximate where quotes held escapes). */
  nested: boolean;
  /** What ShellCheck reads: the script with the preamble lines. */
  text: string;
  /** Script line (0-based) after which the preamble stands: 1 below a shebang, else 0. */
  preambleAt: number;
  preambleLines: number;
  shell: ShellFacts;
  /** Cache key: of the checked text (the preamble holds the dialect and the names). */
  key: string;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Up to this many ARG and ENV names, every one is declared (ShellCheck also reads them to tell a misspelt name, SC2153,
 * from one never set, SC2154); beyond it only those the script names: declaring thousands of names before each of
 * thousands of RUNs made the scripts grow with the square of the file (a 100 KB file of ENV/RUN lines took 30 s).
 */
const ALL_NAMES_UP_TO = 200;
const REFERENCE = /\$\{?#?([A-Za-z_][A-Za-z0-9_]*)/g;

export function scriptsOf(model: DockerfileModel): CheckedScript[] {
  const out: CheckedScript[] = [];
  // ONBUILD RUN triggers too: their shell runs in every child build.
  for (const instruction of model.instructionsWithTriggers) {
    const script = instruction.keyword === 'RUN' ? instruction.run?.script : null;
    if (!script) continue;
    const image = instruction.stage?.rootImage.name ?? null;
    const env = instruction.state.env;
    // Listing thousands of names for each of thousands of RUNs would be quadratic: beyond the bound, each script's own.
    const names = hasMoreThan(env, ALL_NAMES_UP_TO) ? null : [...env.keys()].filter((n) => NAME.test(n)).sort();
    const own = shellOfList(instruction.state.shell);
    // `SHELL ["/bin/bash", "-euo", "pipefail", "-c"]` runs the script under errexit (heredoc RUNs too: BuildKit hands them to the SHELL).
    const errexit = !instruction.run!.execForm && !/^#!/.test(script.source.text) && shellListOptions(instruction.state.shell).errexit;
    if (own && script.source.text.trim()) out.push(checked(instruction, script.source, false, shellFacts(own, image), names ?? referencedNames(script.source.text, env), errexit));
    for (const body of script.nested) {
      const shell = shellName(body.shell);
      // `archive=x bash -c "mv \${archive}.tgz /opt"`: the prefix assignment is in the body's environment.
      const declared = [...new Set([...(names ?? referencedNames(body.source.text, env)), ...body.exported.filter((n) => NAME.test(n))])].sort();
      if (shell && body.source.text.trim()) out.push(checked(instruction, body.source, true, shellFacts(shell, image), declared, body.errexit));
    }
  }
  return out;
}

function checked(instruction: Instruction, source: MappedSource, nested: boolean, shell: ShellFacts, names: string[], errexit: boolean): CheckedScript {
  const shebang = /^#!/.test(source.text);
  // A heredoc's shebang names its interpreter (BuildKit runs the body as a file): ShellCheck reads it there.
  // `bash -e <<EOF`: ShellCheck reads the `-e` as a `set -e` (it then drops SC2164 and the like, as for a script that says so).
  const preamble = [...(shebang ? [] : [`# shellcheck shell=${shell.dialect}`]), ...(names.length ? [`export ${names.join(' ')}`] : []), ...(errexit ? ['set -e'] : [])];
  const lines = source.text.split('\n');
  const at = shebang ? 1 : 0;
  const text = [...lines.slice(0, at), ...preamble, ...lines.slice(at)].join('\n') + '\n';
  return {
    instruction,
    source,
    nested,
    shell,
    text,
    preambleAt: at,
    preambleLines: preamble.length,
    key: textKey(text),
  };
}

/** The scope holds more than `n` names: counted only that far (a scope's size walks every name of the file). */
function hasMoreThan(scope: Scope, n: number): boolean {
  let count = 0;
  for (const _ of scope.keys()) if (++count > n) return true;
  return false;
}

/** The build's names the script refers to (`$NAME`, `${NAME…}`, `${#NAME}`), sorted. */
function referencedNames(text: string, env: Scope): string[] {
  const used = new Set<string>();
  for (const m of text.matchAll(REFERENCE)) if (env.has(m[1]!)) used.add(m[1]!);
  return [...used].sort();
}

/**
 * The text's length and a 53-bit hash of it (cyrb53), fit for a file name: two texts of the same length collide with a
 * chance of about 10^-16. Not SHA-1: loading node:crypto for it was 3 ms of every start that checks a RUN.
 */
export function textKey(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${text.length.toString(36)}-${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}
