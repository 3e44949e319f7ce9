/**
 * Which conda installation a `conda`/`mamba`/`micromamba` command of a RUN uses, and so where its package cache is:
 * `<root prefix>/pkgs`, unless `CONDA_PKGS_DIRS` moves it. The root is what the Dockerfile shows: the installer's
 * `-p` (Miniconda, Anaconda, Miniforge), the program's path, an activation in the RUN, PATH, `CONDA_DIR`, the base
 * image's own conda. Null when the file does not say, rather than a guess: rules then word their advice without a path.
 */
import path from 'node:path';
import { condaRootOf } from '../knowledge/image-defaults.js';
import { optionValue } from '../shell/invocation.js';
import type { SimpleCommand, Word } from '../shell/types.js';
import { declarationsOf } from './declarations.js';
import { FactKey } from './facts.js';
import type { Instruction, Stage } from './types.js';
import { processWord, type Scope } from './words.js';

/** Folder names conda installations are given by convention (`/opt/conda`, `/opt/miniconda3`, `~/miniforge3`). */
export const CONDA_ROOT_NAME = /(^|\/)(mini|ana)?(conda|forge|mamba)\d*$/i;

/** The conda installers' bash scripts (constructor's `Miniconda3-latest-Linux-x86_64.sh`, `miniforge.sh`, …). */
const INSTALLER_SCRIPT = /(conda|forge|mamba)[^/]*\.sh$|^(mini|ana)conda|^mini(forge|conda)|^mambaforge/i;

/** The folder each installer installs to under `$HOME` when run with `-b` and no `-p`. */
const INSTALLER_DEFAULTS: readonly [RegExp, string][] = [
  [/^miniconda3/i, 'miniconda3'],
  [/^anaconda3/i, 'anaconda3'],
  [/^miniforge3/i, 'miniforge3'],
  [/^mambaforge/i, 'mambaforge'],
];

const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh']);

/** Prefixes that hold more than conda: `/usr/local/bin/conda` is as often a link to `/opt/conda/bin/conda` as a root. */
const SYSTEM_PREFIX = /^\/(usr(\/local)?)?$/;

interface Installer {
  instruction: Instruction;
  command: SimpleCommand;
  /** Where it installs; null when the file does not say (a renamed script run without `-p`, a relative path). */
  prefix: string | null;
}

const INSTALLERS = new FactKey<readonly Installer[]>();

/** The conda installers the stage's own RUNs run, in order. */
function installersOf(stage: Stage): readonly Installer[] {
  return stage.facts.get(INSTALLERS, () =>
    stage.instructions.flatMap((instruction) =>
      (instruction.run?.script?.commands ?? []).flatMap((command) => {
        const prefix = installerPrefix(instruction, command);
        return prefix === undefined ? [] : [{ instruction, command, prefix }];
      }),
    ),
  );
}

/**
 * The folder a conda installer run installs to (null when unknown), or undefined when the command runs none: `bash
 * Miniconda3-latest-Linux-x86_64.sh -b -p /opt/conda`, `sh miniforge.sh -bfp /usr/local`, `./Anaconda3.sh -b`. The
 * installers read their options with `getopts "bifhkp:sut"`; `-b` (batch) or `-p` tells an installer run from a
 * script of that name sourced for another purpose.
 */
function installerPrefix(instruction: Instruction, command: SimpleCommand): string | null | undefined {
  const words = command.invocation.args;
  let script: string;
  let args: readonly Word[];
  if (command.name && SHELLS.has(command.name)) {
    const at = words.findIndex((w) => !w.value.startsWith('-'));
    // `bash -c '…'` runs a string, whose commands the script lists on their own.
    if (at < 0 || words.slice(0, at).some((w) => /^-[a-z]*c/i.test(w.value))) return undefined;
    script = words[at]!.value;
    args = words.slice(at + 1);
  } else {
    script = command.argv[0]?.value ?? '';
    args = words;
  }
  const name = script.split('/').pop() ?? '';
  if (!INSTALLER_SCRIPT.test(name)) return undefined;
  let batch = false;
  let prefix: string | null | undefined;
  for (let i = 0; i < args.length && prefix === undefined; i++) {
    const w = args[i]!;
    if (!/^-[a-z]/i.test(w.value)) break;
    for (let k = 1; k < w.value.length; k++) {
      const letter = w.value[k];
      if (letter === 'b') batch = true;
      if (letter !== 'p') continue;
      const value = k + 1 < w.value.length ? w.value.slice(k + 1) : args[++i];
      prefix = typeof value === 'string' ? value : value?.literal ? value.value : null;
      break;
    }
  }
  if (prefix !== undefined) return prefix !== null && prefix.startsWith('/') ? normalize(prefix) : null;
  if (!batch) return undefined;
  const folder = INSTALLER_DEFAULTS.find(([p]) => p.test(name))?.[1];
  const home = homeOf(instruction);
  return folder && home ? `${home}/${folder}` : null;
}

function homeOf(instruction: Instruction): string | null {
  const env = instruction.state.env;
  // Declared with a value the linter cannot know: unknown, not root's.
  if (env.has('HOME')) return absolute(env.get('HOME'), env);
  const user = instruction.state.user;
  return !user || user.resolved === 'root' || user.resolved === '0' ? '/root' : null;
}

function normalize(p: string): string {
  const n = path.posix.normalize(p);
  return n.length > 1 ? n.replace(/\/+$/, '') : n;
}

/** A known absolute path from a build variable or an assignment's value; null otherwise. */
function absolute(value: string | undefined, scope: Scope): string | null {
  if (value === undefined) return null;
  const e = value.includes('$') ? processWord(value, scope) : { value, unresolved: [] };
  return e.unresolved.length === 0 && e.value.startsWith('/') && !e.value.includes('$') ? normalize(e.value) : null;
}

/** The inherited part of PATH (the base image's, which the linter cannot see). */
const BASE_PATH = Symbol('base PATH');

/** The folders of PATH at the instruction, in order, from the ENVs of its stage's lineage; BASE_PATH for the base's. */
function pathEntries(instruction: Instruction): (string | typeof BASE_PATH)[] {
  let entries: (string | typeof BASE_PATH)[] = [BASE_PATH];
  const stage = instruction.stage;
  if (!stage) return entries;
  for (const s of [...stage.lineage].reverse()) {
    for (const env of declarationsOf(s).get('PATH') ?? []) {
      if (s === stage && env.index >= instruction.index) break;
      if (env.keyword !== 'ENV') continue;
      for (const p of env.properties) {
        if (p.name !== 'PATH' || p.rawValue === null) continue;
        // The values of one ENV are expanded with the variables before it, its own earlier pairs excluded.
        const value = p.value ?? processWord(p.rawValue, env.state.env).value;
        const previous = entries;
        entries = value.split(':').flatMap((dir) => (/^\$\{?PATH\}?$/.test(dir) ? previous : dir.startsWith('/') && !dir.includes('$') ? [normalize(dir)] : []));
      }
    }
  }
  return entries;
}

/**
 * The root prefix of the conda installation `command` (a `conda`, `mamba` or `micromamba` of the RUN `instruction`)
 * uses, when the Dockerfile shows it; null otherwise.
 */
export function condaRoot(instruction: Instruction, command: SimpleCommand): string | null {
  const env = instruction.state.env;
  const program = command.name ?? '';
  const image = instruction.stage?.rootImage.name ?? null;
  const own = image ? condaRootOf(image, program) : null;
  const setting = (name: string) => absolute(command.assignments.find((a) => a.name === name)?.value ?? env.get(name), env);
  if (program === 'micromamba') {
    const root = optionValue(command.invocation, '-r', '--root-prefix');
    if (root !== null) return root.startsWith('/') ? normalize(root) : null;
    return setting('MAMBA_ROOT_PREFIX') ?? own;
  }
  const lineage = instruction.stage ? [...instruction.stage.lineage].reverse() : [];
  const commands = instruction.run?.script?.commands ?? [];
  const before = commands.slice(0, Math.max(0, commands.indexOf(command)));
  const installers = lineage
    .flatMap(installersOf)
    .filter((i) => i.instruction.index < instruction.index || (i.instruction === instruction && before.includes(i.command)));
  const installed = new Set(installers.flatMap((i) => (i.prefix ? [i.prefix] : [])));
  // `/opt/conda/bin/conda install …`, `${CONDA_DIR}/bin/conda …`.
  const named = binPrefix(absolute(command.argv[0]?.value, env));
  if (named && (!SYSTEM_PREFIX.test(named) || installed.has(named))) return named;
  // `. /opt/conda/etc/profile.d/conda.sh`, `source /opt/conda/bin/activate` or `eval "$(/opt/conda/bin/conda shell.bash hook)"` before it.
  for (const c of [...before].reverse()) {
    const activated =
      c.name === '.' || c.name === 'source'
        ? /^(\/.+)\/(etc\/profile\.d\/conda\.sh|bin\/activate)$/.exec(absolute(c.args[0]?.value, env) ?? '')?.[1]
        : c.invocation.tool === 'conda' && /^shell\b/.test(c.invocation.subcommand ?? '') ? binPrefix(absolute(c.argv[0]?.value, env)) : null;
    if (activated) return normalize(activated);
  }
  const condaDir = setting('CONDA_DIR');
  const known = (root: string) => installed.has(root) || root === condaDir || root === own || (!SYSTEM_PREFIX.test(root) && CONDA_ROOT_NAME.test(root) && !root.includes('/envs/'));
  // The first conda on PATH.
  for (const entry of pathEntries(instruction)) {
    if (entry === BASE_PATH) {
      if (own) return own;
      continue;
    }
    const root = binPrefix(`${entry}/conda`);
    if (root && known(root)) return root;
  }
  // Nothing on PATH says which: one installation the file knows of is the one.
  const candidates = new Set([...installed, ...(condaDir ? [condaDir] : []), ...(own ? [own] : [])]);
  return candidates.size === 1 && installers.every((i) => i.prefix) ? [...candidates][0]! : null;
}

/** `/opt/conda` of `/opt/conda/bin/conda` or `/opt/conda/condabin/conda`; null for another path. */
function binPrefix(program: string | null): string | null {
  const m = program ? /^(\/.*?)\/(bin|condabin)\/[^/]+$/.exec(program) : null;
  return m ? normalize(m[1] || '/') : null;
}

/**
 * The package cache of the conda installation `command` uses (`/opt/miniconda3/pkgs`), or of `CONDA_PKGS_DIRS` (its
 * first folder); null when the Dockerfile does not show it.
 */
export function condaPackageCache(instruction: Instruction, command: SimpleCommand): string | null {
  const dirs = command.assignments.find((a) => a.name === 'CONDA_PKGS_DIRS')?.value ?? instruction.state.env.get('CONDA_PKGS_DIRS');
  if (dirs !== undefined) return absolute(dirs.split(',')[0]?.trim(), instruction.state.env);
  const root = condaRoot(instruction, command);
  return root === null ? null : `${root === '/' ? '' : root}/pkgs`;
}
