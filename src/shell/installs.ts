/**
 * Package installs, as every pinning and cleanup rule sees them: the invocations of a package manager whose
 * subcommand installs (per src/knowledge/commands.ts), with their package words. One reader, so a rule about
 * apt's cache and a rule about apt's pins always agree on what is an `apt-get install`.
 */
import path from 'node:path';
import { FactKey } from '../model/facts.js';
import { covers, reachingPaths } from '../model/shipping.js';
import type { DockerfileModel, Instruction, Stage } from '../model/types.js';
import { grammarOfTool } from '../knowledge/commands.js';
import type { EarlierAptInstall } from '../knowledge/apt-recommends.js';
import { basePackages } from '../knowledge/base-packages.js';
import { pythonPrefix } from '../knowledge/image-defaults.js';
import { SETUP_SCRIPTS_UPDATING_LISTS } from '../knowledge/apt-subcommands.js';
import { DOWNLOADERS } from '../knowledge/empty-input.js';
import { PREFETCH_ENV_FILES } from '../knowledge/package-indexes.js';
import { shellName } from '../shellcheck/dialect.js';
import { type CommandOption, hasOption, type Invocation, optionValue, subcommandWord } from './invocation.js';
import { positionIn } from './order.js';
import { packageName, packagesRemoved } from './removals.js';
import type { ShellScript, SimpleCommand, Word } from './types.js';

export { hasOption, optionValue } from './invocation.js';
export type { CommandOption } from './invocation.js';

export interface ToolCall {
  command: SimpleCommand;
  invocation: Invocation;
  /** The word naming what it does (`install`, the last word of `group install`); the program for a bare `yarn`. */
  subcommand: Word;
}

export interface PackageInstall extends ToolCall {
  instruction: Instruction;
  /** Words naming what to install, in order, build variables resolved (a word the linter cannot know is not `literal`). */
  packages: readonly Word[];
  /** Every option of the command, wherever it stands. */
  options: readonly CommandOption[];
}

/** Every RUN instruction whose shell was parsed, ONBUILD RUN triggers included (hadolint checks those too). */
export function runInstructions(model: DockerfileModel): Instruction[] {
  return model.instructionsWithTriggers.filter((i) => i.keyword === 'RUN' && i.run?.script);
}

const RUNS = new FactKey<readonly Instruction[]>();

/** The RUN instructions of the model (runInstructions), listed once per model, in file order. */
export function modelRuns(model: DockerfileModel): readonly Instruction[] {
  return model.facts.get(RUNS, () => runInstructions(model));
}

/** The place in `runs` (in file order) of the first one after the instruction at `index`, found by halves. */
export function firstRunAfter(runs: readonly Instruction[], index: number): number {
  let lo = 0;
  for (let hi = runs.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.index > index) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The first RUN after `after` of an image built on `stage` (the stage, or one whose lineage holds it), null when none:
 * a look-up a rule may make for every pipe, which walks neither the RUNs before it nor the list of instructions anew.
 */
export function nextRunOf(model: DockerfileModel, after: Instruction, stage: Stage | null): Instruction | null {
  if (!stage) return null;
  const runs = modelRuns(model);
  for (let k = firstRunAfter(runs, after.index); k < runs.length; k++) if (runs[k]!.stage?.lineage.includes(stage)) return runs[k]!;
  return null;
}

export interface RunCommand {
  instruction: Instruction;
  command: SimpleCommand;
}

interface RunCommandIndex {
  all: readonly RunCommand[];
  byTool: ReadonlyMap<string, readonly RunCommand[]>;
}

/** Built once per model: a dozen rules walk the RUN commands, most of them for the calls of one tool. */
const RUN_COMMAND_INDEX = new FactKey<RunCommandIndex>();

function runCommandIndex(model: DockerfileModel): RunCommandIndex {
  return model.facts.get(RUN_COMMAND_INDEX, () => {
    const all: RunCommand[] = [];
    const byTool = new Map<string, RunCommand[]>();
    for (const instruction of runInstructions(model)) {
      for (const command of instruction.run!.script!.commands) {
        const entry = { instruction, command };
        all.push(entry);
        const tool = command.invocation.tool;
        if (tool === null) continue;
        const list = byTool.get(tool);
        if (list) list.push(entry);
        else byTool.set(tool, [entry]);
      }
    }
    return { all, byTool };
  });
}

/** Every simple command of every RUN, in file order, with its instruction. */
export function runCommands(model: DockerfileModel): readonly RunCommand[] {
  return runCommandIndex(model).all;
}

/** The script's calls of `tool` whose subcommand is one of `subcommands` ('' stands for a bare call); dry runs are not calls. */
export function callsIn(script: ShellScript, tool: string, subcommands: readonly string[]): ToolCall[] {
  const out: ToolCall[] = [];
  for (const command of script.commands) {
    const inv = command.invocation;
    if (inv.tool !== tool || inv.dryRun || !subcommands.includes(inv.subcommand ?? '')) continue;
    out.push({ command, invocation: inv, subcommand: subcommandWord(inv, command) });
  }
  return out;
}

/** Calls that fill the tool's package cache (`cacheFills` of its grammar). */
export function cacheFillsIn(script: ShellScript, tool: string): ToolCall[] {
  const grammar = grammarOfTool(tool);
  return callsIn(script, tool, grammar?.cacheFills ?? []);
}

/** Every install of packages named on the command line by `tool` (its `packageInstalls` subcommands), dry runs excepted. */
export function packageInstalls(model: DockerfileModel, tool: string): PackageInstall[] {
  const grammar = grammarOfTool(tool);
  const out: PackageInstall[] = [];
  for (const { instruction, command } of runCommandIndex(model).byTool.get(tool) ?? []) {
    const inv = command.invocation;
    if (inv.dryRun || inv.subcommand === null || !grammar?.packageInstalls?.includes(inv.subcommand)) continue;
    out.push({ instruction, command, invocation: inv, subcommand: subcommandWord(inv, command), packages: inv.operands, options: inv.options });
  }
  return out;
}

/** System package managers, by tool id of the command grammars. */
const SYSTEM_PACKAGE_TOOLS = new Set(['apt', 'apk', 'rpm']);

/** The command installs packages with a system package manager (`apt-get install`, `apk add`, `dnf install`), dry runs aside. */
export function installsSystemPackages(command: SimpleCommand): boolean {
  const inv = command.invocation;
  return inv.tool !== null && SYSTEM_PACKAGE_TOOLS.has(inv.tool) && !inv.dryRun && inv.subcommand !== null && (grammarOfTool(inv.tool)?.packageInstalls ?? []).includes(inv.subcommand);
}

/** A system package manager (apt, apk, dnf/yum…) in `stage` or a stage of the file it builds on installs one of `names` (versions aside). */
export function installsSystemPackage(stage: Stage, names: ReadonlySet<string>): boolean {
  return stage.lineage.some((s) =>
    s.instructions.some((i) =>
      i.run?.script?.commands.some((c) => SYSTEM_PACKAGE_TOOLS.has(c.invocation.tool ?? '') && c.invocation.operands.some((w) => names.has(w.value.split(/[=<>]/)[0]!))),
    ),
  );
}

/**
 * `stage` or a stage of the file it builds on upgrades every installed package with `tool` (`apt-get upgrade`,
 * `dist-upgrade`, `apk upgrade`, `dnf upgrade` without operands; dry runs aside): the image takes the archive's latest on
 * purpose, and an upgrade after an install moves a pinned package past its pin.
 */
export function upgradesEverything(stage: Stage, tool: string): boolean {
  return stage.lineage.some((s) => upgradingTools(s).has(tool));
}

/** Per stage: asked for every install, a walk of the stage's RUNs each time was quadratic (50,000 RUNs). */
const upgradingToolsOf = new WeakMap<Stage, ReadonlySet<string>>();

/** The package managers a RUN of the stage itself (not its parents) calls to upgrade every installed package. */
function upgradingTools(stage: Stage): ReadonlySet<string> {
  let tools = upgradingToolsOf.get(stage);
  if (!tools) {
    const found = new Set<string>();
    for (const i of stage.instructions)
      for (const c of i.run?.script?.commands ?? []) {
        const inv = c.invocation;
        if (inv.tool && !inv.dryRun && inv.operands.length === 0 && (grammarOfTool(inv.tool)?.fullUpgrades ?? []).includes(inv.subcommand ?? '')) found.add(inv.tool);
      }
    upgradingToolsOf.set(stage, (tools = found));
  }
  return tools;
}

/**
 * conda, mamba or micromamba in `stage` or a stage of the file it builds on installs one of `names` (channel and
 * version aside: `conda-forge::conda-build>=24`).
 */
export function installsCondaPackage(stage: Stage, names: ReadonlySet<string>): boolean {
  const installs = grammarOfTool('conda')?.packageInstalls ?? [];
  return stage.lineage.some((s) =>
    s.instructions.some((i) =>
      i.run?.script?.commands.some((c) => {
        const inv = c.invocation;
        return inv.tool === 'conda' && inv.subcommand !== null && installs.includes(inv.subcommand) && inv.operands.some((w) => names.has(w.value.split('::').pop()!.split(/[=<>!~\s]/)[0]!));
      }),
    ),
  );
}

/** The paths of each stage that reach a stage's image, per stage asked about. */
const REACHING_PATHS = new FactKey<Map<Stage, Map<Stage, Set<string>>>>();

/**
 * The install's packages are in `target`'s image: it runs in `target` or a stage `target` is built on, or, for a
 * Python install (pip, uv pip, conda), `target` takes the environment it writes to out of its stage, directly or
 * through other stages (`COPY --from=build /opt/conda /opt/conda`, `/opt/venv`, `site-packages`).
 */
export function installReaches(model: DockerfileModel, install: RunCommand, target: Stage): boolean {
  const stage = install.instruction.stage;
  // An ONBUILD trigger runs in the images built on this one.
  if (!stage || install.instruction.onbuild) return false;
  if (target.lineage.includes(stage)) return true;
  const byTarget = model.facts.get(REACHING_PATHS, () => new Map());
  let paths = byTarget.get(target);
  if (!paths) byTarget.set(target, (paths = reachingPaths(model.stages, model.stageRef, new Set([target])).paths));
  const taken = [...(paths.get(stage) ?? [])];
  return taken.length > 0 && pythonEnvironments(install).some((env) => taken.some((p) => covers(p, env) || covers(env, p)));
}

/** PATH folders of the system itself: the Python they hold lives under `/usr/lib` or `/usr/local/lib`. */
const SYSTEM_BIN = /^\/(usr\/(local\/)?)?s?bin$/;

/**
 * The folders a Python install (pip, uv pip, conda) writes its packages to: the folder an option names (`--target`,
 * `--prefix`, `--root`, conda's `-p`), the user's `~/.local` for `--user`, else the environment of the interpreter it
 * runs with: the one its path names (`/opt/venv/bin/pip`), or any it may find (a virtualenv or conda folder on PATH,
 * activated in the RUN, named by `VIRTUAL_ENV`/`CONDA_DIR`…, the base image's own conda, the system's): the linter
 * cannot tell which of them the interpreter is, so a copy of any counts.
 */
function pythonEnvironments({ instruction, command }: RunCommand): string[] {
  const inv = command.invocation;
  if (inv.tool !== 'pip' && inv.tool !== 'uv' && inv.tool !== 'conda') return [];
  const env = instruction.state.env;
  const absolute = (p: string) => path.posix.resolve(instruction.state.workdir ?? '/', p);
  const named = optionValue(inv, '-t', '--target', '--prefix', '--root', ...(inv.tool === 'conda' ? ['-p'] : []));
  if (named !== null) return [absolute(named)];
  if (hasOption(inv, '--user')) return [`${env.get('HOME') ?? '/root'}/.local`];
  const program = command.argv[0]?.value ?? '';
  const prefixes = new Set<string>();
  if (/^\/.+\/bin\/[^/]+$/.test(program)) prefixes.add(program.replace(/\/bin\/[^/]+$/, ''));
  else {
    for (const dir of (env.get('PATH') ?? '').split(':')) if (/^\/.+\/bin\/?$/.test(dir) && !SYSTEM_BIN.test(dir.replace(/\/$/, ''))) prefixes.add(dir.replace(/\/bin\/?$/, ''));
    for (const name of ['VIRTUAL_ENV', 'CONDA_PREFIX', 'CONDA_DIR', 'MAMBA_ROOT_PREFIX']) if (env.get(name)?.startsWith('/')) prefixes.add(env.get(name)!);
    // `. /opt/venv/bin/activate` in the RUN.
    for (const c of instruction.run?.script?.commands ?? []) {
      if ((c.name === '.' || c.name === 'source') && /^\/.+\/bin\/activate$/.test(c.args[0]?.value ?? '')) prefixes.add(c.args[0]!.value.replace(/\/bin\/activate$/, ''));
    }
    const image = instruction.stage?.rootImage.name;
    const own = image ? pythonPrefix(image) : null;
    if (own) prefixes.add(own);
    prefixes.add('/usr/local').add('/usr');
  }
  // The system's packages are under `lib`: a builder's `/usr/local/bin` binary is not its site-packages.
  return [...prefixes].map((p) => (p === '/usr' || p === '/usr/local' ? `${p}/lib` : path.posix.normalize(p)));
}

/** `apt-get install` / `apt install`, also through tonistiigi/xx's `xx-apt-get`. */
export function aptInstalls(model: DockerfileModel): PackageInstall[] {
  return packageInstalls(model, 'apt');
}

export function apkAdds(model: DockerfileModel): PackageInstall[] {
  return packageInstalls(model, 'apk');
}

export interface RpmInstall extends PackageInstall {
  manager: string;
}

/** `yum`/`dnf`/`microdnf`/`tdnf install`, `zypper install` (patterns, groups and modules are not packages). */
export function rpmInstalls(model: DockerfileModel): RpmInstall[] {
  const rpm = packageInstalls(model, 'rpm');
  const zypper = packageInstalls(model, 'zypper').filter((i) => {
    const type = optionValue(i.invocation, '-t', '--type');
    return !type || type === 'package';
  });
  return [...rpm, ...zypper]
    .map((i) => ({ ...i, manager: i.invocation.program! }))
    .sort((a, b) => a.instruction.index - b.instruction.index);
}

export function gemInstalls(model: DockerfileModel): PackageInstall[] {
  return packageInstalls(model, 'gem');
}

/** `conda|mamba|micromamba install|create` with its package specs (`conda env create -f` is not one). */
export function condaInstalls(model: DockerfileModel): PackageInstall[] {
  return packageInstalls(model, 'conda');
}

/** `go install` / `go get` with their package paths (`pkg`, `pkg@version`, `./...`). */
export function goInstalls(model: DockerfileModel): PackageInstall[] {
  return packageInstalls(model, 'go');
}

export interface NodeInstall extends PackageInstall {
  manager: 'npm' | 'yarn' | 'pnpm';
  global: boolean;
}

/** `npm install <pkg…>`, `yarn add` / `yarn global add`, `pnpm add` (also `pnpm install -g <pkg>`). */
export function nodeInstalls(model: DockerfileModel): NodeInstall[] {
  const out: NodeInstall[] = [];
  for (const manager of ['npm', 'yarn', 'pnpm'] as const) {
    for (const i of packageInstalls(model, manager)) {
      const global = i.options.some((o) => o.name === '-g' || o.name === '--global') || optionValue(i.invocation, '--location') === 'global' || i.invocation.subcommand === 'global add';
      out.push({ ...i, manager, global });
    }
  }
  return out.sort((a, b) => a.instruction.index - b.instruction.index);
}

export type PipTool = 'pip' | 'uv' | 'pipx' | 'uv tool';

export interface PipInstall extends PackageInstall {
  tool: PipTool;
}

/**
 * `pip install …` in all its spellings (pip, pip3, pip3.11, python3 -m pip, /opt/conda/bin/pip, `uv pip install`,
 * `pipx install`, `uv tool install`, `conda run -n env pip install`). `packages` are the requirement words; a
 * direct reference written as three words (`name @ url`) comes back as one word spanning them.
 */
export function pipInstalls(model: DockerfileModel): readonly PipInstall[] {
  return model.facts.get(PIP_INSTALLS, () => readPipInstalls(model));
}

/** Read once per model: four rules ask. */
const PIP_INSTALLS = new FactKey<readonly PipInstall[]>();

function readPipInstalls(model: DockerfileModel): PipInstall[] {
  const out: PipInstall[] = [];
  for (const i of [...packageInstalls(model, 'pip'), ...packageInstalls(model, 'uv')]) {
    const inv = i.invocation;
    const tool: PipTool = inv.tool === 'uv' ? (inv.subcommand === 'tool install' ? 'uv tool' : 'uv') : inv.program === 'pipx' ? 'pipx' : 'pip';
    out.push({ ...i, tool, packages: joinDirectReferences(i.packages) });
  }
  return out.sort((a, b) => a.instruction.index - b.instruction.index || compareStart(a.command, b.command));
}

function compareStart(a: SimpleCommand, b: SimpleCommand): number {
  return a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column;
}

/** `name @ https://…` is one requirement written as three words (PEP 508 direct reference); so are `name @url`, `name@ url`. */
function joinDirectReferences(words: readonly Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    let last: Word | undefined;
    if (next?.value === '@') last = words[i + 2];
    else if (next && ((next.value.startsWith('@') && next.value.includes('://')) || w.value.endsWith('@'))) last = next;
    if (!last) {
      out.push(w);
      continue;
    }
    out.push({
      value: `${w.value.replace(/@$/, '')} @ ${last.value.replace(/^@/, '')}`,
      literal: w.literal && last.literal,
      quoted: w.quoted || last.quoted,
      range: { start: w.range.start, end: last.range.end },
    });
    i += last === next ? 1 : 2;
  }
  return out;
}

export interface PipRequirement {
  /** The project name, normalized (lower case, runs of `-_.` as one `-`); null for a path, URL or unknown word. */
  name: string | null;
  /** The extras asked for (`accelerate[testing,deepspeed]`, `.[dev,test]`), lower case. */
  extras: string[];
}

/**
 * A requirement word of a pip install: `name[extra,…]` before any version, marker or direct reference (`name[x] @ git+…`),
 * or the `#egg=name[extra]` of a VCS URL.
 */
export function pipRequirement(word: string): PipRequirement {
  const egg = /#egg=([^&]+)/.exec(word)?.[1];
  const spec = (egg ?? word).replace(/\s*@.*$/, '').replace(/;.*$/, '');
  const m = /^\.{0,2}([A-Za-z0-9][A-Za-z0-9._-]*)?\s*(?:\[([^\]]*)\])?/.exec(spec.split('/').pop()!)!;
  const local = /^(\.|\/|[\w+.-]+:)/.test(spec);
  return {
    name: !local && m[1] ? m[1].toLowerCase().replace(/[-_.]+/g, '-') : null,
    extras: (m[2] ?? '').split(',').map((e) => e.trim().toLowerCase()).filter(Boolean),
  };
}

/** How a pip install reads no package index, if it reads none: told so (`--no-index`, `PIP_NO_INDEX`), or a prefetcher's env file sourced before it. */
export type OfflineInstall = 'no-index' | 'prefetch';

/**
 * Whether the install reads no package index: `--no-index` (uv's `--offline` too), `PIP_NO_INDEX` set for it (`ENV`,
 * an assignment before the command, an `export` earlier in the RUN; `UV_NO_INDEX`/`UV_OFFLINE` for uv), or a
 * hermetic-build prefetcher's env file (PREFETCH_ENV_FILES) sourced earlier in the RUN. Null when it may read one.
 */
export function installsOffline(install: PipInstall): OfflineInstall | null {
  const uv = install.tool === 'uv' || install.tool === 'uv tool';
  if (hasOption(install.invocation, '--no-index', ...(uv ? ['--offline'] : []))) return 'no-index';
  const names = uv ? ['UV_NO_INDEX', 'UV_OFFLINE'] : ['PIP_NO_INDEX'];
  const env = install.instruction.state.env;
  if (names.some((n) => env.has(n)) || install.command.assignments.some((a) => names.includes(a.name))) return 'no-index';
  if (uv) return null;
  for (const c of install.instruction.run?.script?.commands ?? []) {
    if (compareStart(c, install.command) >= 0) continue;
    if (c.name === 'export' && c.args.some((w) => names.some((n) => w.value.startsWith(`${n}=`)))) return 'no-index';
    const file = (c.name === '.' || c.name === 'source') && c.args[0] ? c.args[0].value.split('/').pop()! : null;
    if (file && PREFETCH_ENV_FILES.some((f) => f.file === file)) return 'prefetch';
  }
  return null;
}

/** `yes | apt-get install …` (or `echo y |`): the answers come from the pipe. */
export function answeredByPipe(script: ShellScript, cmd: SimpleCommand): boolean {
  if (cmd.pipelineIndex <= 0) return false;
  const at = cmd.range.start;
  return script.pipelines.some((p) => {
    const first = p.commands[0];
    if (!first || !positionIn(at, p.range)) return false;
    if (first.name === 'yes') return true;
    return (first.name === 'echo' || first.name === 'printf') && first.args.some((w) => /^y(es)?(\\n)?$/i.test(w.value));
  });
}

/**
 * A package repository added (a source list written, `add-apt-repository`, `yum-config-manager --add-repo`): the same
 * names may then install newer versions, with dependencies of their own.
 */
const REPOSITORY_FILES = /^\/etc\/(apt\/sources\.list|yum\.repos\.d\/|apk\/repositories)/;
const REPOSITORY_TOOLS: ReadonlySet<string> = new Set(['add-apt-repository', 'apt-add-repository', 'yum-config-manager', 'zypper-addrepo']);

function addsRepository(c: SimpleCommand): boolean {
  return REPOSITORY_TOOLS.has(c.name ?? '') || (c.name === 'dnf' && c.args[0]?.value === 'config-manager') || [...c.args, ...c.redirects].some((w) => REPOSITORY_FILES.test(w.value));
}

/** Commands that test rather than act: what runs after them may not run at all. */
const PREDICATES: ReadonlySet<string> = new Set(['[', '[[', 'test', 'grep', 'command', 'which', 'type']);

/**
 * Every package of the install (by name; a version it names must be the one installed before) is already on the
 * system: an earlier install of the same tool in the stage, or a stage it is built on, put it there (earlier in the
 * RUN or in an earlier RUN), and nothing since removed it, marked it automatic or added a repository. Such an install
 * adds nothing.
 */
export function installedBefore(install: RunCommand): boolean {
  const stage = install.instruction.stage;
  if (!stage || install.instruction.onbuild) return false;
  return installedState(stage).repeats.has(install.command);
}

/**
 * The packages a stage's RUNs leave installed (`tool name` → the exact words), its installs that repeat earlier ones,
 * and for each apt install where the history of apt installs and removals before it ends (AptHistory).
 */
interface InstalledState {
  installed: Map<string, Set<string>>;
  repeats: Set<SimpleCommand>;
  apt: AptHistory | null;
  /** A repository was added (so far in the walk). */
  repository: boolean;
  aptBefore: Map<SimpleCommand, { history: AptHistory | null; repositoryAdded: boolean }>;
}

/**
 * The apt installs and removals of an image so far, newest first, shared by every install after them: one node per
 * event, so a file of 50,000 installs keeps 50,000 nodes, not a list per install.
 */
interface AptHistory {
  event: { install: EarlierAptInstall } | { removed: (name: string) => boolean };
  previous: AptHistory | null;
}

/** Earlier installs read back from an install, at most: beyond them the rest counts as not installed. */
const MAX_EARLIER_INSTALLS = 64;

/** The apt installs before an install whose packages are still there, and whether a repository was added before it. */
export interface AptInstallsBefore {
  installs: readonly EarlierAptInstall[];
  repositoryAdded: boolean;
}

/** The apt installs before `install` in its stage and the stages it is built on whose packages are still installed. */
export function aptInstallsBefore(install: RunCommand): AptInstallsBefore {
  const stage = install.instruction.stage;
  const before = stage ? installedState(stage).aptBefore.get(install.command) : undefined;
  if (!before) return { installs: [], repositoryAdded: false };
  return { installs: installsOf(before.history), repositoryAdded: before.repositoryAdded };
}

/** The apt installs whose packages the stage (with the stages it is built on) leaves installed: an image built on it has them. */
export function aptInstallsLeft(stage: Stage): readonly EarlierAptInstall[] {
  return installsOf(installedState(stage).apt);
}

/** The installs of a history whose packages are still there, newest first, at most MAX_EARLIER_INSTALLS. */
function installsOf(history: AptHistory | null): EarlierAptInstall[] {
  const installs: EarlierAptInstall[] = [];
  // Walking back, a removal takes its packages out of every install before it.
  const removals: ((name: string) => boolean)[] = [];
  for (let h = history; h && installs.length < MAX_EARLIER_INSTALLS; h = h.previous) {
    const e = h.event;
    if ('removed' in e) removals.push(e.removed);
    else installs.push({ names: e.install.names.filter((n) => !removals.some((gone) => gone(n))), recommends: e.install.recommends });
  }
  return installs;
}

/** `--no-install-recommends`, `--install-recommends=no`, or `-o APT::Install-Recommends=false`. */
export function skipsRecommends(inv: Invocation): boolean {
  return inv.options.some(
    (o) =>
      o.name === '--no-install-recommends' ||
      (o.name === '--install-recommends' && /^(false|0|no|off)$/i.test(o.value ?? '')) ||
      ((o.name === '-o' || o.name === '--option') && NO_RECOMMENDS_CONFIG.test(o.value ?? '')),
  );
}

/** apt's setting that turns recommends off (`APT::Install-Recommends "false";`), on the command line or in a config file. */
export const NO_RECOMMENDS_CONFIG = /APT::Install-Recommends\s*[=\s]\s*"?(false|0|no|off)\b/i;

const INSTALLED = new FactKey<InstalledState>();

/** One pass over the stage's RUNs, from what its parent stage left installed: a file of many installs stays linear. */
function installedState(stage: Stage): InstalledState {
  return stage.facts.get(INSTALLED, () => {
    const parent = stage.lineage[1];
    const installed = new Map(parent ? [...installedState(parent).installed].map(([k, v]) => [k, new Set(v)]) : []);
    const repeats = new Set<SimpleCommand>();
    // A stage on an external image starts with what that image installed (base-packages.ts: buildpack-deps and the
    // official images on it), without its recommends.
    const image = stage.image.name ?? stage.image.shapeName;
    let apt: AptHistory | null = parent ? installedState(parent).apt : { event: { install: { names: basePackages(image), recommends: false } }, previous: null };
    let repository = parent ? installedState(parent).repository : false;
    const aptBefore: InstalledState['aptBefore'] = new Map();
    const dropApt = (removed: (name: string) => boolean): void => {
      apt = { event: { removed }, previous: apt };
    };
    for (const ins of stage.instructions) {
      if (ins.keyword !== 'RUN' || ins.onbuild || !ins.run?.script) continue;
      for (const c of ins.run.script.commands) {
        const inv = c.invocation;
        const tool = inv.tool;
        if (addsRepository(c)) {
          installed.clear();
          repository = true;
        }
        if (c.name === 'apt-mark' && c.args[0]?.value === 'auto') {
          for (const w of c.args.slice(1))
            if (w.value === '.*' || !w.literal) {
              installed.clear();
              dropApt(() => true);
            } else {
              installed.delete(`apt ${packageName('apt', w.value)}`);
              dropApt((n) => n === packageName('apt', w.value));
            }
        }
        const removed = packagesRemoved(c);
        if (removed) {
          if (removed.unknown) installed.clear();
          for (const name of removed.names) installed.delete(`${removed.tool} ${name}`);
          if (removed.tool === 'apt') dropApt((n) => removed.unknown || removed.names.has(n));
          continue;
        }
        if (!tool || inv.dryRun || inv.subcommand === null) continue;
        const key = (word: string) => `${tool} ${packageName(tool, word)}`;
        if (grammarOfTool(tool)?.packageInstalls?.includes(inv.subcommand)) {
          const words = inv.operands;
          if (words.length > 0 && words.every((w) => w.literal && (installed.get(key(w.value))?.has(w.value) || (w.value === packageName(tool, w.value) && installed.has(key(w.value)))))) repeats.add(c);
          if (tool === 'apt') aptBefore.set(c, { history: apt, repositoryAdded: repository });
          // Not an install under a test (`if [ "$BUILD_TYPE" = vulkan ]`, `command -v x ||`): it may not have run.
          if (c.runsIf.some((r) => PREDICATES.has(r.name ?? ''))) continue;
          for (const w of words) if (w.literal) installed.set(key(w.value), (installed.get(key(w.value)) ?? new Set<string>()).add(w.value));
          if (tool === 'apt') apt = { event: { install: { names: words.filter((w) => w.literal).map((w) => packageName('apt', w.value)), recommends: !skipsRecommends(inv) } }, previous: apt };
        }
      }
    }
    return { installed, repeats, apt, repository, aptBefore };
  });
}

/**
 * `curl -fsSL https://deb.nodesource.com/setup_22.x | bash -`: the shell at the end of a pipe runs a vendor's setup
 * script that updates the package index itself (`scripts`; by default apt's, SETUP_SCRIPTS_UPDATING_LISTS).
 */
export function runsUpdatingSetupScript(cmd: SimpleCommand, script: ShellScript, scripts: readonly RegExp[] = SETUP_SCRIPTS_UPDATING_LISTS): boolean {
  // `| sudo -E bash -`: the shell the launcher starts.
  const shell = cmd.launches ?? cmd;
  if (cmd.pipelineIndex <= 0 || !shell.name || shellName(shell.name) === null || !scripts.length) return false;
  const pipe = script.pipelines.find((p) => p.commands.includes(cmd));
  return !!pipe && pipe.commands.some((c) => c.pipelineIndex < cmd.pipelineIndex && c.name !== null && DOWNLOADERS.has(c.name) && c.invocation.args.some((w) => scripts.some((re) => re.test(w.value))));
}

/** No package on the command line, nor from `xargs` (`xargs apt-get install -y < packages.txt`). */
export function namesNoPackage(install: SimpleCommand): boolean {
  return install.invocation.operands.length === 0 && install.wrappedBy !== 'xargs';
}

/** `-f` / `--fix-broken`: installs the missing dependencies of packages dpkg left unconfigured. */
export function fixesBroken(inv: Invocation): boolean {
  return inv.options.some((o) => o.name === '-f' || o.name === '--fix-broken');
}

const FIRST_DEB_INSTALL = new FactKey<ReadonlyMap<Stage, number>>();

/**
 * A `dpkg -i` (`--install`, `--unpack`) may have left packages with missing dependencies before `install` (an
 * `apt-get -f install`): earlier in its RUN and not among the commands whose success it needs (after `dpkg -i x.deb &&`
 * dpkg succeeded, so every dependency was there), or in an earlier RUN of the stage or a stage it is built on.
 */
export function mayLeaveBroken(model: DockerfileModel, ins: Instruction, install: SimpleCommand): boolean {
  const commands = ins.run!.script!.commands;
  const before = commands.slice(0, commands.indexOf(install));
  if (before.some((c) => installsDeb(c) && !install.runsIf.includes(c))) return true;
  // The first RUN of each stage that installs a .deb, found once per model.
  const first = model.facts.get(FIRST_DEB_INSTALL, () => {
    const out = new Map<Stage, number>();
    for (const i of modelRuns(model)) if (i.stage && !out.has(i.stage) && i.run!.script!.commands.some(installsDeb)) out.set(i.stage, i.index);
    return out;
  });
  return (ins.stage?.lineage ?? []).some((s) => (first.get(s) ?? Infinity) < ins.index);
}

function installsDeb(c: SimpleCommand): boolean {
  return c.name === 'dpkg' && c.args.some((w) => w.value === '--install' || w.value === '--unpack' || /^-[a-zA-Z]*i/.test(w.value));
}
