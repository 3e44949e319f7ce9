/**
 * Reading a command line: the launchers in front of the program (`exec`, `env X=1`, `tini --`, `uv run`,
 * `conda run -n x`, `python -m`), and the flags after it. Kept behind this small interface on purpose: a shared
 * command-line "invocation" reader is to replace it.
 */
import type { Assignment, Word } from '../../shell/types.js';
import type { Range } from '../../types.js';

/** What a command runs once the launchers are skipped. */
export interface Launch {
  /**
   * The word naming what runs: a program (its base name), a `python -m` module, or a `python <file>` script;
   * null for an interpreter that runs neither (`python -c …`, a bare `python`).
   */
  target: { kind: 'program' | 'module' | 'script'; name: string; index: number } | null;
  /** The command's own assignments (`VAR=x cmd`) and those of `env VAR=x`. */
  assignments: Assignment[];
}

/** Programs that run the command after them, with their flags that take a value. */
const PASS_THROUGH: Record<string, { valued: string[]; positional?: number; sub?: string }> = {
  exec: { valued: ['-a'] },
  nohup: { valued: [] },
  tini: { valued: ['-p', '-e'] },
  'tini-static': { valued: ['-p', '-e'] },
  'dumb-init': { valued: ['-r', '--rewrite'] },
  gosu: { valued: [], positional: 1 },
  'su-exec': { valued: [], positional: 1 },
  ddtrace: { valued: [] },
  'ddtrace-run': { valued: [] },
  uv: { valued: ['--with', '--python', '-p', '--directory', '--project', '--extra', '--group', '--env-file', '--package', '--index-url'], sub: 'run' },
  poetry: { valued: ['-C', '--directory', '-P', '--project'], sub: 'run' },
  pipenv: { valued: [], sub: 'run' },
  pdm: { valued: ['-p', '--project'], sub: 'run' },
  hatch: { valued: ['-e', '--env'], sub: 'run' },
  rye: { valued: [], sub: 'run' },
  conda: { valued: ['-n', '--name', '-p', '--prefix', '--cwd'], sub: 'run' },
  mamba: { valued: ['-n', '--name', '-p', '--prefix', '--cwd'], sub: 'run' },
  micromamba: { valued: ['-n', '--name', '-p', '--prefix', '--cwd', '-r', '--root-prefix'], sub: 'run' },
  'newrelic-admin': { valued: [], sub: 'run-program' },
  'opentelemetry-instrument': { valued: [] },
};

const PYTHON = /^(python|pypy)(\d+(\.\d+)?)?$/;

function baseName(w: Word | undefined): string | null {
  if (!w || !w.literal) return null;
  return w.value.split('/').pop() ?? null;
}

/** Skips launchers; returns the index of the real program, with `env X=Y` assignments collected. */
function skipLaunchers(words: readonly Word[], own: readonly Assignment[]): { start: number; assignments: Assignment[] } | null {
  const assignments = [...own];
  let i = 0;
  for (let depth = 0; depth < 6 && i < words.length; depth++) {
    const name = baseName(words[i]);
    if (name === null) return null;
    if (name === 'env') {
      i++;
      while (i < words.length) {
        const v = words[i]!.value;
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(v);
        if (m) assignments.push({ name: m[1]!, value: m[2]! });
        else if (v === '-u' || v === '--unset' || v === '-C' || v === '--chdir') i++;
        else if (!v.startsWith('-')) break;
        i++;
      }
      continue;
    }
    const launcher = PASS_THROUGH[name];
    if (!launcher) return { start: i, assignments };
    let k = i + 1;
    if (launcher.sub) {
      while (k < words.length && words[k]!.value.startsWith('-')) k += launcher.valued.includes(words[k]!.value) ? 2 : 1;
      if (words[k]?.value !== launcher.sub) return null;
      k++;
    }
    let positional = launcher.positional ?? 0;
    while (k < words.length) {
      const v = words[k]!.value;
      if (v === '--') {
        k++;
        break;
      }
      if (v.startsWith('-') && v !== '-') {
        // opentelemetry-instrument takes `--option value` pairs.
        k += launcher.valued.includes(v.split('=')[0]!) || (name === 'opentelemetry-instrument' && !v.includes('=')) ? 2 : 1;
        continue;
      }
      if (positional > 0) {
        positional--;
        k++;
        continue;
      }
      break;
    }
    i = k;
  }
  return i < words.length ? { start: i, assignments } : null;
}

/** What `python …` runs: `-m module`, `-mmodule`, or a script; null for `-c` or nothing. */
function pythonTarget(words: readonly Word[], start: number): Launch['target'] {
  for (let k = start + 1; k < words.length; k++) {
    const v = words[k]!.value;
    if (v === '-m') {
      const module = words[k + 1]?.value;
      return module === undefined ? null : { kind: 'module', name: module, index: k + 1 };
    }
    if (/^-m\S+$/.test(v)) return { kind: 'module', name: v.slice(2), index: k };
    if (v === '-W' || v === '-X') {
      k++;
      continue;
    }
    if (!v.startsWith('-')) return { kind: 'script', name: v, index: k };
    if (v === '-c') return null;
  }
  return null;
}

/** The launch of a command's words; null when the program cannot be known (a variable, only launchers). */
export function readLaunch(words: readonly Word[], assignments: readonly Assignment[]): Launch | null {
  const skipped = skipLaunchers(words, assignments);
  if (!skipped) return null;
  const name = baseName(words[skipped.start]);
  const target = name === null ? null : PYTHON.test(name) ? pythonTarget(words, skipped.start) : { kind: 'program' as const, name, index: skipped.start };
  return { target, assignments: skipped.assignments };
}

/** One use of a flag: the word holding its value (null when missing) and how many leading characters are the flag (`--port=`, `-p`). */
export interface FlagUse {
  word: Word | null;
  skip: number;
}

/** Every use of any of the flags, in order: `--f v`, `--f=v`, `-p8000`. */
export function flagUses(args: readonly Word[], names: readonly string[]): FlagUse[] {
  const out: FlagUse[] = [];
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    for (const n of names) {
      if (v === n) out.push({ word: args[i + 1] ?? null, skip: 0 });
      else if (v.startsWith(`${n}=`)) out.push({ word: args[i]!, skip: n.length + 1 });
      else if (/^-[A-Za-z]$/.test(n) && v.startsWith(n) && v.length > 2 && !v.startsWith('--')) out.push({ word: args[i]!, skip: 2 });
    }
  }
  return out;
}

export function hasFlag(args: readonly Word[], names: readonly string[]): boolean {
  return args.some((w) => names.includes(w.value.split('=')[0]!));
}

/** Positional words (flags and the values of known valued flags skipped). */
export function positionalWords(args: readonly Word[], valued: readonly string[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v.startsWith('-') && v !== '-') {
      if (!v.includes('=') && valued.includes(v)) i++;
      continue;
    }
    out.push(args[i]!);
  }
  return out;
}

/** Splits a variable holding arguments (`GUNICORN_CMD_ARGS`) as shlex does, into literal words. */
export function splitArgs(text: string): Word[] {
  const none: Range = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
  return (text.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((v) => ({ value: v.replace(/^(['"])(.*)\1$/, '$2'), literal: true, quoted: false, range: none }));
}
