/**
 * Package-manager facts shared by the pinning and cleanup rules: which words of a command are packages.
 * Each manager's options are parsed the way the tool parses them (which options take a value, option clusters,
 * `--`), so a flag's value is never mistaken for a package.
 */
import type { DockerfileModel, Instruction } from '../model/types.js';
import { expand } from '../model/variables.js';
import { makeCommand } from './command.js';
import { commands } from './query.js';
import { type CommandOption, type OptionGrammar, scanOptions as scan } from './options.js';
import type { SimpleCommand, Word } from './types.js';

export type { CommandOption } from './options.js';


export interface PackageInstall {
  instruction: Instruction;
  command: SimpleCommand;
  /** The word naming the subcommand (`install`). */
  subcommand: Word;
  /** Words naming what to install, in order (they may hold expansions: check `literal`). */
  packages: Word[];
  /** Every option of the command, wherever it stands. */
  options: CommandOption[];
}

/** True when one of the named options was given (`--no-cache-dir`, `-c`, …). */
export function hasOption(install: { options: CommandOption[] }, ...names: string[]): boolean {
  return install.options.some((o) => names.includes(o.name));
}

/** The value of the first of the named options that was given, or null. */
export function optionValue(install: { options: CommandOption[] }, ...names: string[]): string | null {
  return install.options.find((o) => names.includes(o.name))?.value ?? null;
}

/**
 * What a package word stands for: its text when literal; when it holds build variables (ARG/ENV) whose values
 * are known, the expanded text, split on blanks as the shell splits an unquoted expansion. Null when the value
 * cannot be known (`$(…)`, shell variables, ARGs without a default).
 */
export function wordValues(word: Word, instruction: Instruction): string[] | null {
  if (word.literal) return [word.value];
  if (/\$\(|`|\$\{?[0-9@*#?$!-]/.test(word.value)) return null;
  const e = expand(word.value, instruction.state.env);
  if (e.unresolved.length || e.value.includes('$') || e.refs.some((r) => setInScript(r.name, instruction.argsText))) return null;
  return word.quoted ? [e.value] : e.value.split(/\s+/).filter(Boolean);
}

/** The RUN script itself (re)assigns the variable (`X=…`, `export X=…`, `for X in`, `read X`): its ARG/ENV value may not hold. */
function setInScript(name: string, script: string): boolean {
  return new RegExp(`(^|[^\\w$])${name}=|\\bfor\\s+${name}\\b|\\bread\\b[^;&|\\n]*\\b${name}\\b`).test(script);
}


/** The program's base name, also when its folder is a variable (`${CONDA_DIR}/bin/pip`). */
function programName(cmd: SimpleCommand): string | null {
  if (cmd.name) return cmd.name;
  const last = cmd.argv[0]!.value.split('/').pop()!;
  return /^[\w.+-]+$/.test(last) ? last : null;
}

/** Launchers that run the rest of their command line in an environment: `conda run -n env pip install …`. */
const LAUNCHERS: Record<string, OptionGrammar> = {
  conda: { valued: new Set(['-n', '--name', '-p', '--prefix', '--cwd', '--live-stream', '-r', '--root-prefix', '--rc-file', '--log-level']) },
  poetry: { valued: new Set(['-C', '--directory', '-P', '--project']) },
  pipenv: { valued: new Set(['--python']) },
  uv: {
    valued: new Set([
      '--with', '--with-editable', '--with-requirements', '--python', '-p', '--extra', '--group', '--only-group', '--package',
      '--env-file', '--directory', '--project', '--index', '--index-url', '--extra-index-url', '--default-index', '--cache-dir',
      '--no-group', '--config-file', '--color',
    ]),
  },
};
LAUNCHERS.mamba = LAUNCHERS.conda!;
LAUNCHERS.micromamba = LAUNCHERS.conda!;
LAUNCHERS.pdm = LAUNCHERS.pipenv!;

function launched(cmd: SimpleCommand): SimpleCommand | null {
  const name = programName(cmd);
  const grammar = name ? LAUNCHERS[name] : undefined;
  if (!grammar) return null;
  const { positional } = scan(cmd.args, grammar);
  const run = positional[0];
  const first = positional[1];
  if (run?.value !== 'run' || !first) return null;
  const argv = cmd.args.slice(cmd.args.indexOf(first));
  return makeCommand(argv, [], { start: first.range.start, end: cmd.range.end }, name, cmd.pipelineIndex);
}

/** Every command of every RUN, plus the commands that `conda run`, `poetry run`, … start. */
function* runCommands(model: DockerfileModel): Generator<{ instruction: Instruction; command: SimpleCommand }> {
  for (const at of commands(model)) {
    yield at;
    for (let inner = launched(at.command); inner; inner = launched(inner)) yield { instruction: at.instruction, command: inner };
  }
}

interface Matched extends PackageInstall {
  manager: string;
  /** The subcommand words that matched (`['global', 'add']`). */
  path: readonly string[];
}

/** Commands of the named programs whose leading positional words are one of `subcommands`. */
function installs(
  model: DockerfileModel,
  names: readonly string[],
  grammar: OptionGrammar,
  subcommands: readonly (readonly string[])[],
): Matched[] {
  const out: Matched[] = [];
  for (const { instruction, command } of runCommands(model)) {
    const manager = programName(command);
    if (!manager || !names.includes(manager)) continue;
    const { options, positional } = scan(command.args, grammar);
    const sub = subcommands.find((s) => s.every((word, i) => positional[i]?.literal && positional[i]!.value === word));
    if (!sub) continue;
    out.push({ instruction, command, manager, path: sub, subcommand: positional[sub.length - 1]!, packages: positional.slice(sub.length), options });
  }
  return out;
}

// apt ---------------------------------------------------------------------------------------------------------

/** apt-get / apt options that take a value (the value is not a package). */
const APT: OptionGrammar = {
  valued: new Set(['-o', '--option', '-t', '--target-release', '--default-release', '-c', '--config-file', '-a', '--host-architecture']),
};

/** `apt-get install` / `apt install`, also through tonistiigi/xx's cross-compiling `xx-apt-get`. */
export function aptInstalls(model: DockerfileModel): PackageInstall[] {
  return installs(model, ['apt-get', 'apt', 'xx-apt-get', 'xx-apt'], APT, [['install']]);
}

// pip ---------------------------------------------------------------------------------------------------------

/** pip's general and `install` options that take a value, plus uv's (`uv pip install` accepts most of pip's). */
const PIP: OptionGrammar = {
  valued: new Set([
    // general options
    '--python', '--log', '--log-file', '--keyring-provider', '--proxy', '--retries', '--timeout', '--exists-action',
    '--trusted-host', '--cert', '--client-cert', '--cache-dir', '--use-feature', '--use-deprecated', '--resume-retries',
    // install options
    '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-t', '--target', '--platform', '--python-version',
    '--implementation', '--abi', '--root', '--prefix', '--src', '--upgrade-strategy', '-C', '--config-settings',
    '--global-option', '--install-option', '--no-binary', '--only-binary', '--progress-bar', '--root-user-action',
    '--report', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '--group', '-b', '--build', '--build-constraint',
    // uv pip install
    '--override', '--overrides', '--excludes', '--index', '--default-index', '--index-strategy', '--resolution', '--prerelease',
    '--exclude-newer', '--config-setting', '--python-platform', '--link-mode', '--reinstall-package', '-P', '--upgrade-package',
    '--refresh-package', '--no-build-package', '--no-binary-package', '--only-binary-package', '--extra', '--torch-backend',
    '--directory', '--project', '--config-file', '--color', '--allow-insecure-host', '--no-build-isolation-package',
    '-p', '--fork-strategy', '--with-requirements', '--with', '--with-editable', '--from', '--suffix', '--pip-args',
    '--preinstall', '--spec', '--python-preference',
  ]),
};

const PYTHON = /^(python|pypy|py)(\d+(\.\d+)?)?$/;
/** python's own options that take a value (`python -W ignore -m pip …`). */
const PYTHON_VALUED = new Set(['-W', '-X', '-Q']);

export type PipTool = 'pip' | 'uv' | 'pipx' | 'uv tool';

export interface PipInstall extends PackageInstall {
  tool: PipTool;
}

/** The arguments after `pip` / `python -m pip` / `uv pip` / `pipx`, with which tool runs them. */
function pipArgs(cmd: SimpleCommand): { tool: 'pip' | 'uv' | 'pipx'; args: Word[] } | null {
  const name = programName(cmd);
  if (name && /^pip(\d+(\.\d+)*)?$/.test(name)) return { tool: 'pip', args: cmd.args };
  if (name === 'pipx') return { tool: 'pipx', args: cmd.args };
  if (name === 'uv') return { tool: 'uv', args: cmd.args };
  // `python3 -m pip …`, also `$PYTHON -m pip …` and `python$PY_VERSION -m pip …` when variables name the interpreter.
  const variable = name === null && /^(\$\{?\w+\}?|(.*\/)?python[\w.${}]*)$/.test(cmd.argv[0]!.value);
  if (!(name && PYTHON.test(name)) && !variable) return null;
  const args = cmd.args;
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (!v.startsWith('-') || v === '-' || v.startsWith('-c')) return null;
    if (PYTHON_VALUED.has(v)) {
      i++;
      continue;
    }
    const m = /^-[A-Za-z]*m(.*)$/.exec(v);
    if (!m) continue;
    const module = m[1] || args[i + 1]?.value;
    const rest = args.slice(m[1] ? i + 1 : i + 2);
    if (module === 'pip' || module === 'pip3') return { tool: 'pip', args: rest };
    if (module === 'uv') return { tool: 'uv', args: rest };
    if (module === 'pipx') return { tool: 'pipx', args: rest };
    return null;
  }
  return null;
}

/**
 * `pip install …` in all its spellings (pip, pip3, pip3.11, python3 -m pip, /opt/conda/bin/pip, `uv pip install`,
 * `pipx install`, `uv tool install`, `conda run -n env pip install`). `packages` are the requirement words; a
 * direct reference written as three words (`name @ url`) comes back as one word spanning them.
 */
export function pipInstalls(model: DockerfileModel): PipInstall[] {
  const out: PipInstall[] = [];
  for (const { instruction, command } of runCommands(model)) {
    const call = pipArgs(command);
    if (!call) continue;
    const { options, positional } = scan(call.args, PIP);
    let tool: PipTool = call.tool;
    let sub = 0;
    if (tool === 'uv') {
      const first = positional[0]?.value;
      if (first === 'tool') tool = 'uv tool';
      else if (first !== 'pip') continue;
      sub = 1;
    }
    const subcommand = positional[sub];
    if (!subcommand?.literal || subcommand.value !== 'install') continue;
    out.push({ instruction, command, tool, subcommand, packages: joinDirectReferences(positional.slice(sub + 1)), options });
  }
  return out;
}

/** `name @ https://…` is one requirement written as three words (PEP 508 direct reference); so are `name @url`, `name@ url`. */
function joinDirectReferences(words: Word[]): Word[] {
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

// npm, yarn, pnpm ---------------------------------------------------------------------------------------------

/** npm/yarn/pnpm options that take a value (npm reads most others as booleans). */
const NODE: OptionGrammar = {
  valued: new Set([
    '--prefix', '--registry', '--cache', '--userconfig', '--globalconfig', '--tag', '--omit', '--include', '--loglevel',
    '-w', '--workspace', '--install-strategy', '--before', '--location', '--fetch-retries', '--fetch-retry-mintimeout',
    '--fetch-retry-maxtimeout', '--fetch-timeout', '--network-timeout', '--proxy', '--https-proxy', '--cafile', '--python',
    '--arch', '--platform', '--os', '--cpu', '--libc', '--maxsockets', '--user-agent', '--script-shell', '--auth-type',
    '--otp', '--access', '--scope', '--save-prefix', '--depth', '--cache-folder', '--modules-folder', '--global-folder',
    '--mutex', '--link-folder', '--cwd', '--filter', '-F', '-C', '--dir', '--store-dir', '--reporter', '--virtual-store-dir',
    '--node-linker', '--network-concurrency', '--child-concurrency', '--use-yarnrc',
  ]),
};

const NPM_INSTALL = ['install', 'i', 'add', 'in', 'ins', 'inst', 'insta', 'instal', 'isnt', 'isnta', 'isntal', 'isntall'];

export interface NodeInstall extends PackageInstall {
  manager: 'npm' | 'yarn' | 'pnpm';
  global: boolean;
}

/** `npm install <pkg…>`, `yarn add` / `yarn global add`, `pnpm add` (also `pnpm install -g <pkg>`). */
export function nodeInstalls(model: DockerfileModel): NodeInstall[] {
  const subs: Record<NodeInstall['manager'], string[][]> = {
    npm: NPM_INSTALL.map((s) => [s]),
    yarn: [['global', 'add'], ['add']],
    pnpm: [['add'], ['install'], ['i']],
  };
  const out: NodeInstall[] = [];
  for (const manager of ['npm', 'yarn', 'pnpm'] as const) {
    for (const i of installs(model, [manager], NODE, subs[manager])) {
      const global = hasOption(i, '-g', '--global') || optionValue(i, '--location') === 'global' || i.path[0] === 'global';
      // npm reads `--flag true|false` as the flag's value.
      const packages = i.packages.filter((w) => !(/^(true|false)$/.test(w.value) && isBareOption(i.command.args[i.command.args.indexOf(w) - 1])));
      out.push({ ...i, manager, global, packages });
    }
  }
  return out.sort((a, b) => a.instruction.index - b.instruction.index);
}

function isBareOption(w: Word | undefined): boolean {
  return !!w && w.value.startsWith('-') && !w.value.includes('=');
}

// apk ---------------------------------------------------------------------------------------------------------

const APK: OptionGrammar = {
  valued: new Set([
    '-t', '--virtual', '-X', '--repository', '--repositories-file', '-p', '--root', '--arch', '--cache-dir', '--keys-dir',
    '--wait', '--cache-max-age', '--timeout',
  ]),
};

export function apkAdds(model: DockerfileModel): PackageInstall[] {
  return installs(model, ['apk', 'xx-apk'], APK, [['add']]);
}

// yum, dnf, microdnf, tdnf, zypper -----------------------------------------------------------------------------

const DNF: OptionGrammar = {
  valued: new Set([
    '--enablerepo', '--disablerepo', '--setopt', '--installroot', '--releasever', '-c', '--config', '--repo', '--repoid',
    '-x', '--exclude', '--forcearch', '--downloaddir', '--destdir', '-d', '--debuglevel', '-e', '--errorlevel',
    '--rpmverbosity', '--color', '--repofrompath', '--comment', '--advisory', '--advisories', '--bz', '--bzs', '--cve',
    '--cves', '--sec-severity', '--secseverity', '--disableplugin', '--enableplugin', '--platform-id',
  ]),
};

const ZYPPER: OptionGrammar = {
  valued: new Set([
    '-R', '--root', '-D', '--reposd-dir', '-C', '--cache-dir', '--raw-cache-dir', '--solv-cache-dir', '--pkg-cache-dir',
    '-c', '--config', '-t', '--type', '-r', '--repo', '--from', '--download',
  ]),
};

export interface RpmInstall extends PackageInstall {
  manager: 'yum' | 'dnf' | 'microdnf' | 'tdnf' | 'zypper';
}

/** `yum`/`dnf`/`tdnf install|in`, `microdnf install`, `zypper install|in` (patterns, groups and modules are not packages). */
export function rpmInstalls(model: DockerfileModel): RpmInstall[] {
  const out: RpmInstall[] = [];
  for (const i of installs(model, ['yum', 'dnf', 'microdnf', 'tdnf'], DNF, [['install'], ['in']])) {
    if (i.manager === 'microdnf' && i.subcommand.value === 'in') continue;
    out.push({ ...i, manager: i.manager as RpmInstall['manager'] });
  }
  for (const i of installs(model, ['zypper'], ZYPPER, [['install'], ['in']])) {
    const type = optionValue(i, '-t', '--type');
    if (type && type !== 'package') continue;
    out.push({ ...i, manager: 'zypper' });
  }
  return out.sort((a, b) => a.instruction.index - b.instruction.index);
}

// gem ---------------------------------------------------------------------------------------------------------

const GEM: OptionGrammar = {
  valued: new Set([
    '-v', '--version', '-i', '--install-dir', '-n', '--bindir', '-s', '--source', '--platform', '-g', '--file',
    '--build-root', '-P', '--trust-policy', '--without', '--target-rbconfig',
  ]),
  dropAfterDoubleDash: true,
};

export function gemInstalls(model: DockerfileModel): PackageInstall[] {
  return installs(model, ['gem'], GEM, [['install'], ['i']]);
}

// conda, mamba, micromamba ------------------------------------------------------------------------------------

const CONDA: OptionGrammar = {
  valued: new Set([
    '-c', '--channel', '-n', '--name', '-p', '--prefix', '--file', '-f', '--solver', '--repodata-fn', '--clone', '--subdir',
    '--platform', '-r', '--root-prefix', '--rc-file', '--revision', '--category', '--experimental', '--channel-alias',
    '--relocate-prefix', '--cwd', '--log-level', '--channel-priority',
  ]),
};

/** `conda|mamba|micromamba install|create` with its package specs (`conda env create -f` is not one). */
export function condaInstalls(model: DockerfileModel): PackageInstall[] {
  return installs(model, ['conda', 'mamba', 'micromamba'], CONDA, [['install'], ['create']]);
}

// go ----------------------------------------------------------------------------------------------------------

const GO: OptionGrammar = {
  valued: new Set([
    '-ldflags', '-gcflags', '-asmflags', '-gccgoflags', '-tags', '-o', '-mod', '-modfile', '-p', '-buildmode', '-compiler',
    '-installsuffix', '-pkgdir', '-toolexec', '-overlay', '-pgo', '-C', '-exec', '-coverpkg', '-covermode',
  ]),
  singleDashLong: true,
};

/** `go install` / `go get` with their package paths (`pkg`, `pkg@version`, `./...`). */
export function goInstalls(model: DockerfileModel): PackageInstall[] {
  return installs(model, ['go', 'xx-go'], GO, [['install'], ['get']]);
}
