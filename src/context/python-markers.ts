/**
 * PEP 508 environment markers (`numpy<2; python_version < '3.9'`): what the stage is known to run, and whether a
 * marker holds there. pip skips a requirement whose marker is false, so the pinning rules judge only what is installed.
 * Markers are read three-valued: a variable the linter does not know (`implementation_name`, `extra`, a Python
 * version on a base image that does not name one) makes the marker unknown, and an unknown marker counts as installed.
 */
import { FactKey } from '../model/facts.js';
import type { Instruction, Stage } from '../model/types.js';
import { hasOption } from '../shell/invocation.js';
import type { SimpleCommand } from '../shell/types.js';

/** The marker variables the linter can know for an install; a missing one is unknown. */
export interface MarkerEnvironment {
  /** `X.Y`. */
  python_version?: string;
  /** `X.Y.Z`, or `X.Y` when the micro version is unknown (comparisons that depend on it are unknown). */
  python_full_version?: string;
  sys_platform?: string;
  platform_system?: string;
  os_name?: string;
  platform_machine?: string;
}

/** `platform_machine` on Linux for the platforms `FROM --platform=` names. */
const LINUX_MACHINES: Readonly<Record<string, string>> = {
  'linux/amd64': 'x86_64',
  'linux/arm64': 'aarch64',
  'linux/arm64/v8': 'aarch64',
  'linux/386': 'i686',
  'linux/ppc64le': 'ppc64le',
  'linux/s390x': 's390x',
  'linux/riscv64': 'riscv64',
};

/** Commands that install or select another Python than the base image's (a conda environment, pyenv, asdf). */
const PYTHON_SWITCHERS = new Set(['conda', 'mamba', 'micromamba', 'pyenv', 'asdf']);

/** The Python version a `python:X.Y…` (official image) tag names: `[X.Y, X.Y.Z or X.Y]`, else null. */
function officialPythonVersion(instruction: Instruction): [string, string] | null {
  const name = instruction.stage?.rootImage.name;
  if (!name || name.familiar !== 'python' || !name.tag) return null;
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?(?=$|[-.]?[a-z])/.exec(name.tag);
  if (!m) return null;
  const short = `${m[1]}.${m[2]}`;
  return [short, m[3] ? `${short}.${m[3]}` : short];
}

/**
 * The Python an install runs with, when the stage fixes it: the version in the command's name (`python3.11 -m pip`,
 * `pip3.11`), else the base image's for `pip`, `pip3`, `python3 -m pip` and `uv pip` without `--python`, and only when
 * no RUN of the stage's lineage switches to another Python (conda, pyenv) and PATH names no such one.
 */
function pythonOf(instruction: Instruction, command: SimpleCommand): [string, string] | null {
  const inv = command.invocation;
  if (inv.tool !== 'pip' && inv.tool !== 'uv') return null;
  const named = [...inv.launchers, inv.program ?? ''].map((w) => /^(?:python|pip)(\d+)\.(\d+)\b/.exec(w)).find(Boolean);
  if (named) return [`${named[1]}.${named[2]}`, `${named[1]}.${named[2]}`];
  if (command.argv[0]?.value.includes('/') && !command.argv[0].value.startsWith('/usr/local/bin/')) return null;
  if (inv.tool === 'uv' && (hasOption(inv, '--python', '-p') || instruction.state.env.has('UV_PYTHON'))) return null;
  if (/conda|mamba|pyenv|asdf/.test(instruction.state.env.get('PATH') ?? '')) return null;
  if (!instruction.stage || switchesPython(instruction.stage)) return null;
  return officialPythonVersion(instruction);
}

const SWITCHES_PYTHON = new FactKey<boolean>();

/** A RUN of the stage or a stage it is built on runs a command that installs or selects another Python. */
function switchesPython(stage: Stage): boolean {
  return stage.facts.get(SWITCHES_PYTHON, () =>
    stage.lineage.some((s) => s.instructions.some((i) => i.run?.script?.commands.some((c) => PYTHON_SWITCHERS.has(c.name ?? '')))),
  );
}

/** The marker environment of a Python install (`pip install`, `uv pip install`) in a RUN. */
export function markerEnvironment(instruction: Instruction, command: SimpleCommand): MarkerEnvironment {
  const env: MarkerEnvironment = {};
  const python = pythonOf(instruction, command);
  if (python) [env.python_version, env.python_full_version] = python;
  const stage = instruction.stage;
  if (stage?.windows) Object.assign(env, { sys_platform: 'win32', platform_system: 'Windows', os_name: 'nt' });
  else Object.assign(env, { sys_platform: 'linux', platform_system: 'Linux', os_name: 'posix' });
  const machine = stage?.platform ? LINUX_MACHINES[stage.platform.toLowerCase()] : undefined;
  if (machine && !stage?.windows) env.platform_machine = machine;
  return env;
}

// Reading a marker ------------------------------------------------------------------------------------------------

type Token = { kind: 'str' | 'var' | 'op' | '(' | ')' | 'and' | 'or'; value: string };

const TOKEN = /\s*(?:(\()|(\))|'([^']*)'|"([^"]*)"|(===|==|!=|<=|>=|~=|<|>|not\s+in\b|in\b)|(and|or)\b|([A-Za-z_][A-Za-z0-9_.]*))/y;

function tokenize(marker: string): Token[] | null {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < marker.length) {
    if (/^\s*$/.test(marker.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(marker);
    if (!m) return null;
    if (m[1]) out.push({ kind: '(', value: '(' });
    else if (m[2]) out.push({ kind: ')', value: ')' });
    else if (m[3] !== undefined || m[4] !== undefined) out.push({ kind: 'str', value: m[3] ?? m[4]! });
    else if (m[5]) out.push({ kind: 'op', value: m[5].replace(/\s+/, ' ') });
    else if (m[6]) out.push({ kind: m[6] as 'and' | 'or', value: m[6] });
    else out.push({ kind: 'var', value: m[7]! });
  }
  return out;
}

/** Three-valued: true, false, or null (unknown). */
type Truth = boolean | null;

function release(version: string): number[] | null {
  return /^\d+(\.\d+)*$/.test(version) ? version.split('.').map(Number) : null;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** PEP 440 comparison of a known release against a specifier value (release segments only; else unknown). */
function versionHolds(actual: readonly number[], op: string, value: string): Truth {
  if ((op === '==' || op === '!=') && value.endsWith('.*')) {
    const prefix = release(value.slice(0, -2));
    if (!prefix) return null;
    const same = prefix.every((n, i) => actual[i] === n);
    return op === '==' ? same : !same;
  }
  const wanted = release(value);
  if (!wanted) return null;
  const d = compare(actual, wanted);
  switch (op) {
    case '<': return d < 0;
    case '<=': return d <= 0;
    case '>': return d > 0;
    case '>=': return d >= 0;
    case '==': case '===': return d === 0;
    case '!=': return d !== 0;
    case '~=': {
      if (wanted.length < 2) return null;
      return d >= 0 && wanted.slice(0, -1).every((n, i) => actual[i] === n);
    }
    default: return null;
  }
}

/**
 * `python_full_version` when only `X.Y` is known: true or false when every `X.Y.Z` gives the same answer, checked at
 * the micro versions the comparison can turn on (0, the value's own and the ones around it, a large one).
 */
function fullVersionHolds(known: string, op: string, value: string): Truth {
  const base = release(known)!;
  if (base.length >= 3) return versionHolds(base, op, value);
  const micro = release(value.replace(/\.\*$/, ''))?.[2];
  const micros = [0, 999, ...(micro === undefined ? [] : [micro - 1, micro, micro + 1].filter((n) => n >= 0))];
  const answers = new Set(micros.map((m) => versionHolds([...base, m], op, value)));
  return answers.size === 1 ? [...answers][0]! : null;
}

function holds(env: MarkerEnvironment, left: Token, op: string, right: Token): Truth {
  const value = (t: Token): string | null => (t.kind === 'str' ? t.value : (env[t.value as keyof MarkerEnvironment] ?? null));
  const l = value(left);
  const r = value(right);
  if (l === null || r === null) return null;
  if (op === 'in') return r.includes(l);
  if (op === 'not in') return !r.includes(l);
  const versionVar = [left, right].find((t) => t.kind === 'var' && /^python_(full_)?version$/.test(t.value));
  if (versionVar) {
    // The variable on the left, as PEP 440 reads `VAR op 'X'` (a literal on the left is rare: unknown).
    if (left !== versionVar) return null;
    return left.value === 'python_full_version' ? fullVersionHolds(l, op, r) : versionHolds(release(l)!, op, r);
  }
  if (op === '==' || op === '===') return l === r;
  if (op === '!=') return l !== r;
  return null;
}

/** Whether a PEP 508 marker holds in `env`: true, false, or null when it depends on what the linter does not know. */
export function markerHolds(marker: string, env: MarkerEnvironment): Truth {
  const tokens = tokenize(marker);
  if (!tokens) return null;
  let i = 0;
  const expr = (): Truth | undefined => {
    const t = tokens[i];
    if (t?.kind === '(') {
      i++;
      const inner = or();
      if (tokens[i]?.kind !== ')') return undefined;
      i++;
      return inner;
    }
    const [left, op, right] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (!left || !op || !right || op.kind !== 'op' || !['str', 'var'].includes(left.kind) || !['str', 'var'].includes(right.kind)) return undefined;
    i += 3;
    return holds(env, left, op.value, right);
  };
  /** The operands of `read` joined by `joiner`, or undefined when one is malformed. */
  const operands = (read: () => Truth | undefined, joiner: 'and' | 'or'): Truth[] | undefined => {
    const parts: Truth[] = [];
    for (;;) {
      const part = read();
      if (part === undefined) return undefined;
      parts.push(part);
      if (tokens[i]?.kind !== joiner) return parts;
      i++;
    }
  };
  const and = (): Truth | undefined => {
    const parts = operands(expr, 'and');
    return parts && (parts.includes(false) ? false : parts.includes(null) ? null : true);
  };
  const or = (): Truth | undefined => {
    const parts = operands(and, 'or');
    return parts && (parts.includes(true) ? true : parts.includes(null) ? null : false);
  };
  const result = or();
  return result === undefined || i !== tokens.length ? null : result;
}

/** The marker of a requirement (`pkg>=1; python_version < "3.9"` → `python_version < "3.9"`), or null without one. */
export function markerOf(requirement: string): string | null {
  // A `;` in a URL needs a blank before it (PEP 508), so split at the first `;` outside a direct reference's URL.
  const at = /\s@\s*\S/.test(requirement) ? requirement.search(/\s;/) : requirement.indexOf(';');
  return at < 0 ? null : requirement.slice(at + 1).trim() || null;
}

/** False when the requirement's marker is false in `env` (pip skips it); true when it holds, has none, or is unknown. */
export function requirementInstalled(requirement: string, env: MarkerEnvironment): boolean {
  const marker = markerOf(requirement);
  return marker === null || markerHolds(marker, env) !== false;
}
