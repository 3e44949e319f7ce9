/**
 * What the cache and size rules ask about package managers: which invocations install, which commands clean
 * a cache, which cache mounts a RUN has, which stages end up in the shipped image, and apt/yum settings written
 * by earlier instructions.
 */
import type { Heredoc } from 'dockerfile-ast';
import type { DockerfileModel, Instruction, Stage } from '../model/types.js';
import { expand, type Scope } from '../model/variables.js';
import { positional } from './query.js';
import type { ShellScript, SimpleCommand, Word } from './types.js';

/** An invocation of a package manager with the word that names what it does (`install`, `add`, bare `yarn`). */
export interface ManagerCall {
  command: SimpleCommand;
  /** The subcommand word; for a bare `yarn` the program word. */
  subcommand: Word;
}

/** apt-get / apt flags that take a separate value. */
export const APT_VALUED: ReadonlySet<string> = new Set([
  '-o', '--option', '-t', '--target-release', '--default-release', '-c', '--config-file', '-a', '--host-architecture',
]);
const APK_VALUED: ReadonlySet<string> = new Set([
  '-X', '--repository', '-p', '--root', '-t', '--virtual', '--arch', '--cache-dir', '--keys-dir', '--repositories-file',
]);
const RPM_VALUED: ReadonlySet<string> = new Set([
  '-c', '--config', '--installroot', '--releasever', '-x', '--exclude', '--enablerepo', '--disablerepo', '--repo',
  '--repoid', '--setopt', '-d', '--debuglevel', '-e', '--errorlevel', '--forcearch', '--downloaddir', '--destdir',
  '--color', '--rpmverbosity', '--repofrompath', '--disableplugin', '--enableplugin', '--comment', '--advisory',
  '--cve', '--bz', '--secseverity', '--sec-severity',
]);
const ZYPPER_VALUED: ReadonlySet<string> = new Set([
  '-R', '--root', '-c', '--config', '-D', '--reposd-dir', '-C', '--cache-dir', '--raw-cache-dir', '--solv-cache-dir',
  '--pkg-cache-dir', '-p', '--plus-repo', '--userdata', '-t', '--type', '-r', '--repo', '--from',
]);
const CONDA_VALUED: ReadonlySet<string> = new Set([
  '-n', '--name', '-p', '--prefix', '-c', '--channel', '-f', '--file', '--repodata-fn', '-r', '--root-prefix',
  '--platform', '--subdir', '--solver', '--rc-file', '--log-level',
]);
const YARN_VALUED: ReadonlySet<string> = new Set([
  '--cwd', '--cache-folder', '--modules-folder', '--network-timeout', '--registry', '--mutex', '--network-concurrency',
  '--global-folder', '--link-folder', '--use-yarnrc', '--otp',
]);

export const RPM_MANAGERS = ['yum', 'dnf', 'microdnf', 'tdnf'] as const;
export const CONDA_MANAGERS = ['conda', 'mamba', 'micromamba'] as const;

function named(script: ShellScript, names: readonly string[]): SimpleCommand[] {
  return script.commands.filter((c) => c.name !== null && names.includes(c.name));
}

/** `apt-get`/`apt` calls whose first positional word is one of `subcommands`. */
export function aptCalls(script: ShellScript, ...subcommands: string[]): ManagerCall[] {
  const out: ManagerCall[] = [];
  for (const command of named(script, ['apt-get', 'apt'])) {
    const sub = positional(command, APT_VALUED)[0];
    if (sub && subcommands.includes(sub.value)) out.push({ command, subcommand: sub });
  }
  return out;
}

/** `apk add`. */
export function apkAdds(script: ShellScript): ManagerCall[] {
  const out: ManagerCall[] = [];
  for (const command of named(script, ['apk'])) {
    const sub = positional(command, APK_VALUED)[0];
    if (sub?.value === 'add') out.push({ command, subcommand: sub });
  }
  return out;
}

const RPM_INSTALL = new Set(['install', 'groupinstall', 'localinstall', 'reinstall']);

/** `yum`/`dnf`/`microdnf`/`tdnf` installs, including `dnf group install` and `dnf module install`. */
export function rpmInstalls(script: ShellScript): ManagerCall[] {
  const out: ManagerCall[] = [];
  for (const command of named(script, RPM_MANAGERS)) {
    const words = positional(command, RPM_VALUED);
    const sub = words[0];
    if (!sub) continue;
    if (RPM_INSTALL.has(sub.value)) out.push({ command, subcommand: sub });
    else if (['group', 'groups', 'module'].includes(sub.value) && words[1]?.value === 'install') out.push({ command, subcommand: words[1] });
  }
  return out;
}

/** `zypper` calls whose subcommand is one of `subcommands`. */
export function zypperCalls(script: ShellScript, ...subcommands: string[]): ManagerCall[] {
  const out: ManagerCall[] = [];
  for (const command of named(script, ['zypper'])) {
    const sub = positional(command, ZYPPER_VALUED)[0];
    if (sub && subcommands.includes(sub.value)) out.push({ command, subcommand: sub });
  }
  return out;
}

/** conda / mamba / micromamba calls that download packages (`install`, `create`, `update`, `env create|update`). */
export function condaInstalls(script: ShellScript): ManagerCall[] {
  const out: ManagerCall[] = [];
  for (const command of named(script, CONDA_MANAGERS)) {
    const words = positional(command, CONDA_VALUED);
    const sub = words[0];
    if (!sub) continue;
    if (['install', 'create', 'update', 'upgrade'].includes(sub.value)) out.push({ command, subcommand: sub });
    else if (sub.value === 'env' && ['create', 'update'].includes(words[1]?.value ?? '')) out.push({ command, subcommand: words[1]! });
  }
  return out;
}

/** `yarn install`, bare `yarn` (which installs), `yarn add`, `yarn global add`. */
export function yarnInstalls(script: ShellScript): ManagerCall[] {
  const out: ManagerCall[] = [];
  for (const command of named(script, ['yarn'])) {
    if (command.args.some((w) => !w.literal)) continue;
    const words = positional(command, YARN_VALUED);
    const sub = words[0];
    if (!sub) {
      if (!command.args.some((w) => ['--version', '-v', '--help', '-h'].includes(w.value))) out.push({ command, subcommand: command.argv[0]! });
    }
    else if (sub.value === 'install' || sub.value === 'add') out.push({ command, subcommand: sub });
    else if (sub.value === 'global' && words[1]?.value === 'add') out.push({ command, subcommand: words[1] });
  }
  return out;
}

/** True when a `rm` (or `find … -delete`) in the script deletes a path the predicate accepts. */
export function removesPath(script: ShellScript, test: (path: string) => boolean): boolean {
  for (const cmd of script.commands) {
    if (cmd.name === 'rm' && positional(cmd).some((w) => test(w.value))) return true;
    if (cmd.name === 'find') {
      const start = cmd.args[0];
      const deletes = cmd.args.some((w) => w.value === '-delete' || w.value === '-exec' || w.value === '-execdir');
      if (start && deletes && test(start.value)) return true;
    }
  }
  return false;
}

/** A script of the image's own (`clean-layer.sh`, `/usr/local/bin/cleanup`) that we cannot read but that cleans. */
export function runsCleanupScript(script: ShellScript): boolean {
  return script.commands.some((cmd) => {
    if (!cmd.name) return false;
    if (/clean/i.test(cmd.name) && !cmd.name.includes('=')) return true;
    if (['sh', 'bash', 'dash', 'ash', 'zsh', 'source', '.'].includes(cmd.name)) {
      const file = positional(cmd)[0];
      return !!file && /clean/i.test(file.value.split('/').pop() ?? '');
    }
    return false;
  });
}

/** True when a call of one of `managers` matches the predicate on its positional words (`clean`, `all`). */
export function runsClean(script: ShellScript, managers: readonly string[], accepts: (cmd: SimpleCommand, words: string[]) => boolean): boolean {
  return named(script, managers).some((cmd) => accepts(cmd, positional(cmd).map((w) => w.value)));
}

function normalizePath(p: string): string {
  const trimmed = p.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

/** The targets of the RUN's cache and tmpfs mounts (what never lands in the layer), variables resolved when known. */
export function cacheMountTargets(instruction: Instruction): string[] {
  const out: string[] = [];
  for (const m of instruction.run?.mounts ?? []) {
    if ((m.type !== 'cache' && m.type !== 'tmpfs') || !m.target) continue;
    const e = expand(m.target, instruction.state.env);
    out.push(normalizePath(e.unresolved.length ? m.target : e.value));
  }
  return out;
}

/** A cache/tmpfs mount at one of `dirs`, inside one, or on a folder that holds one. */
export function hasCacheMountOn(instruction: Instruction, dirs: readonly string[]): boolean {
  return cacheMountTargets(instruction).some((t) => dirs.some((d) => covers(t, d) || (t !== '/' && t.split('/').length > 2 && covers(d, t))));
}

/** `dir` is `path` or one of its ancestors. */
function covers(dir: string, path: string): boolean {
  const d = normalizePath(dir);
  const p = normalizePath(path);
  return d === p || d === '/' || p.startsWith(d + '/');
}

/** The final stage and the stages it is built `FROM`: their layers are the shipped image. */
export function shippedChain(model: DockerfileModel): Stage[] {
  return model.finalStage?.lineage ?? [];
}


/**
 * True when what `stage` leaves in one of `dirs` reaches the shipped image: the stage is the final stage or one
 * it is built from, or the shipped stages `COPY --from` it (or a stage built on it) a folder holding one of `dirs`
 * (or a folder `isRoot` accepts, for caches whose location varies, like a conda install's `pkgs`).
 */
export function cacheShips(model: DockerfileModel, stage: Stage, dirs: readonly string[], isRoot?: (path: string) => boolean): boolean {
  const shipped = shippedChain(model);
  if (shipped.includes(stage)) return true;
  for (const s of shipped) {
    for (const ins of s.instructions) {
      if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') continue;
      const from = ins.flags.find((f) => f.name.toLowerCase() === 'from')?.value;
      if (!from) continue;
      const source = model.stageRef(from, s.index);
      if (!source || !source.lineage.includes(stage)) continue;
      const words = (ins.json ?? ins.args).map((t) => t.value);
      for (const raw of words.slice(0, -1)) {
        const e = expand(raw, ins.state.env);
        if (e.unresolved.length) continue;
        const path = normalizePath(e.value.replace(/\/\.$/, ''));
        if (dirs.some((d) => covers(path, d)) || isRoot?.(path)) return true;
      }
    }
  }
  return false;
}

/** The command with `$VAR` arguments replaced by their ARG/ENV values when known (unquoted ones split into words). */
export interface ResolvedCommand {
  command: SimpleCommand;
  /** An argument could not be resolved and its name suggests it holds options (`$APT_OPTS`, `${PIP_FLAGS}`). */
  opaqueOptions: boolean;
}

const OPTION_NAME_PART = new Set(['OPT', 'OPTS', 'OPTION', 'OPTIONS', 'FLAG', 'FLAGS', 'ARG', 'ARGS', 'PARAMS', 'EXTRA']);

export function resolveArgs(cmd: SimpleCommand, scope: Scope): ResolvedCommand {
  let opaqueOptions = false;
  const argv: Word[] = [cmd.argv[0]!];
  for (const w of cmd.args) {
    if (w.literal) {
      argv.push(w);
      continue;
    }
    const e = /\$\(|`/.test(w.value) ? null : expand(w.value, scope);
    if (!e || e.unresolved.length) {
      const names = e ? e.unresolved : [];
      if (names.some((n) => n.toUpperCase().split('_').some((part) => OPTION_NAME_PART.has(part)))) opaqueOptions = true;
      argv.push(w);
      continue;
    }
    const pieces = w.quoted ? [e.value] : e.value.split(/\s+/).filter(Boolean);
    for (const value of pieces) argv.push({ ...w, value, literal: true });
  }
  return { command: { ...cmd, argv, args: argv.slice(1) }, opaqueOptions };
}

/** `yes | apt-get install …` (or `echo y |`): the answers come from the pipe. */
export function answeredByPipe(script: ShellScript, cmd: SimpleCommand): boolean {
  if (cmd.pipelineIndex <= 0) return false;
  const at = cmd.range.start;
  return script.pipelines.some((p) => {
    const first = p.commands[0];
    if (!first || !within(at, p.range)) return false;
    if (first.name === 'yes') return true;
    return (first.name === 'echo' || first.name === 'printf') && first.args.some((w) => /^y(es)?(\\n)?$/i.test(w.value));
  });
}

function within(at: { line: number; column: number }, r: { start: { line: number; column: number }; end: { line: number; column: number } }): boolean {
  const after = at.line > r.start.line || (at.line === r.start.line && at.column >= r.start.column);
  const before = at.line < r.end.line || (at.line === r.end.line && at.column < r.end.column);
  return after && before;
}

/**
 * True when an instruction before `instruction` in its stage chain writes a setting matching `setting`: an
 * `echo`/`printf` of it (`echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/…`) or a heredoc
 * holding it (`COPY <<EOF /etc/apt/apt.conf.d/…`).
 */
export function settingWrittenBefore(model: DockerfileModel, instruction: Instruction, setting: RegExp): boolean {
  if (!instruction.stage) return false;
  const chain = instruction.stage?.lineage ?? [];
  for (const ins of model.instructions) {
    if (ins.index >= instruction.index) break;
    if (!ins.stage || !chain.includes(ins.stage)) continue;
    if (ins.keyword === 'RUN' && ins.run?.script) {
      for (const cmd of ins.run.script.commands) {
        if ((cmd.name === 'echo' || cmd.name === 'printf') && setting.test(cmd.args.map((w) => w.value).join(' '))) return true;
      }
    }
    if (heredocBodies(model, ins).some((body) => setting.test(body))) return true;
  }
  return false;
}

function heredocBodies(_model: DockerfileModel, ins: Instruction): string[] {
  return ins.heredocs.flatMap((h) => (h.body ? [h.body.text] : []));
}

/** A `RUN <<EOF` instruction (its script was written as a script on purpose). */
export function isHeredocRun(ins: Instruction): boolean {
  return ins.keyword === 'RUN' && ins.heredocs.length > 0;
}

/** The stage runs on Alpine or BusyBox, whose `wget` is the BusyBox applet (no dot-progress log, nothing to install). */
export function isBusyboxBase(stage: Stage): boolean {
  const name = stage.rootImage.name;
  if (!name) return false;
  return /(^|\/)(alpine|busybox)$/.test(name.familiar) || /(^|[-.])alpine/.test(name.tag ?? '');
}
