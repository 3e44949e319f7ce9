/**
 * Dependency installs driven by manifest files (`pip install -r requirements.txt`, `uv sync`, `npm ci`,
 * `go mod download`, `conda env create -f environment.yml`, …): which files each one reads, and whether it
 * builds the project itself. Shared by the build-context rules (requirements pinning, layer cache order).
 */
import type { DockerfileModel, Instruction } from '../model/types.js';
import type { SimpleCommand, Word } from '../shell/types.js';
import { type Scanned, scanOptions } from '../shell/options.js';

export type Ecosystem = 'python' | 'conda' | 'node' | 'go' | 'ruby' | 'rust' | 'php';

export interface InstallFile {
  /** Path as written (relative to the command's directory unless absolute). */
  path: string;
  /** The word that names it; null for a default file name (`conda env create` reads `environment.yml`). */
  word: Word | null;
  kind: 'requirement' | 'constraint' | 'conda-env' | 'conda-specs';
}

export interface DependencyInstall {
  instruction: Instruction;
  command: SimpleCommand;
  /** The word to point at (the subcommand, or the program for a bare `yarn`). */
  word: Word;
  ecosystem: Ecosystem;
  /** How to name the install in messages: `pip install -r requirements.txt`, `npm ci`. */
  label: string;
  /** Files named on the command line (requirements, constraints, environment files). */
  files: InstallFile[];
  /** Manifests the install reads from its directory (first the one that must exist), for `npm ci` & co. */
  manifests: string[];
  /** Installs the project from its source (`pip install .`, `uv sync`, `poetry install`), not only its dependencies. */
  buildsProject: boolean;
  /** Installs the project alone, without its dependencies (`--no-deps`, `poetry install --only-root`). */
  projectOnly: boolean;
  /** Installs named packages (`pip install torch`): no manifest involved. */
  namedPackages: boolean;
  /** The folder of the project that `pip install <path>` builds (`.`, `./pkg`, `/app`), as written. */
  projectPath: string | null;
}

/** Options that take a value, per tool (so that the value is not read as a package or file). */
const PIP_VALUED = new Set([
  '-r', '--requirement', '--requirements', '-c', '--constraint', '--constraints', '-e', '--editable', '-i', '--index-url',
  '--extra-index-url', '-f', '--find-links', '-t', '--target', '--prefix', '--root', '--trusted-host', '--cache-dir',
  '--python', '--platform', '--python-version', '--implementation', '--abi', '--src', '--upgrade-strategy', '-C',
  '--config-settings', '--config-setting', '--global-option', '--no-binary', '--only-binary', '--progress-bar',
  '--root-user-action', '--report', '--log', '--proxy', '--retries', '--timeout', '--exists-action', '--cert',
  '--client-cert', '--index', '--default-index', '--index-strategy', '--extra', '--override', '--overrides', '-p',
  '--group', '--python-platform', '--link-mode', '--exclude-newer', '--resolution', '--prerelease', '--torch-backend',
  '--keyring-provider', '--use-feature', '-b', '--build-constraint', '-P', '--upgrade-package', '--reinstall-package',
  '--directory', '--project', '--config-file', '--allow-insecure-host', '--excludes',
]);
const UV_SYNC_VALUED = new Set([
  '--extra', '--group', '--only-group', '--no-group', '--package', '-p', '--python', '--index', '--index-url',
  '--extra-index-url', '--default-index', '--directory', '--project', '--cache-dir', '--config-file', '--link-mode',
  '--exclude-newer', '--prerelease', '--resolution', '--index-strategy', '--keyring-provider', '-P', '--upgrade-package',
  '--reinstall-package', '--no-install-package', '--python-platform', '--color', '--find-links', '-f', '--env-file',
]);
const CONDA_VALUED = new Set([
  '-n', '--name', '-p', '--prefix', '-c', '--channel', '-f', '--file', '--repodata-fn', '-r', '--root-prefix',
  '--platform', '--subdir', '--solver', '--rc-file', '--log-level', '--channel-priority',
]);
const NODE_VALUED = new Set([
  '--prefix', '--registry', '--cache', '--omit', '--include', '--loglevel', '-w', '--workspace', '--cache-folder',
  '--modules-folder', '--network-timeout', '--mutex', '--cwd', '--filter', '-F', '-C', '--dir', '--store-dir',
  '--reporter', '--network-concurrency', '--child-concurrency', '--userconfig', '--install-strategy', '--fetch-timeout',
  '--fetch-retries',
]);
const POETRY_VALUED = new Set(['--with', '--without', '--only', '-E', '--extras', '-C', '--directory', '-P', '--project']);
const BUNDLE_VALUED = new Set(['--gemfile', '--path', '--jobs', '-j', '--retry', '--without', '--with', '--binstubs', '--shebang', '--standalone', '--trust-policy']);
const COMPOSER_VALUED = new Set(['-d', '--working-dir']);

function scan(words: readonly Word[], valued: ReadonlySet<string>): Scanned {
  return scanOptions(words, { valued });
}

function has(s: Scanned, ...names: string[]): boolean {
  return s.options.some((o) => names.includes(o.name));
}

function values(s: Scanned, ...names: string[]): { value: string; word: Word }[] {
  const out: { value: string; word: Word }[] = [];
  for (const n of names) {
    for (const o of s.options) if (o.name === n && o.value !== null) out.push({ value: o.value, word: o.valueWord ?? o.word });
  }
  return out;
}

const PYTHON = /^(python|pypy)(\d+(\.\d+)?)?$/;
/** Programs that run the rest of their command line (`conda run -n env pip …`, `poetry run pip …`). */
const LAUNCHERS: Record<string, ReadonlySet<string>> = {
  conda: new Set(['-n', '--name', '-p', '--prefix', '--cwd']),
  mamba: new Set(['-n', '--name', '-p', '--prefix', '--cwd']),
  micromamba: new Set(['-n', '--name', '-p', '--prefix', '--cwd', '-r', '--root-prefix']),
  poetry: new Set(['-C', '--directory']),
  pipenv: new Set(),
  pdm: new Set(),
  uv: new Set(['--with', '--python', '-p', '--directory', '--project', '--extra', '--group', '--env-file']),
};

/** The command a launcher runs, as a word list (program first), or null. */
function launchedArgv(cmd: SimpleCommand): Word[] | null {
  const valued = cmd.name ? LAUNCHERS[cmd.name] : undefined;
  if (!valued) return null;
  const s = scan(cmd.args, valued);
  if (s.positional[0]?.value !== 'run' || !s.positional[1]) return null;
  return cmd.args.slice(cmd.args.indexOf(s.positional[1]));
}

function baseName(w: Word): string | null {
  if (!w.literal) return null;
  return w.value.split('/').pop() ?? null;
}

/** Words after the program (and after `python -m pip`): the tool and its arguments. */
function toolArgs(argv: Word[]): { tool: string; args: Word[] } | null {
  const name = baseName(argv[0]!);
  if (!name) return null;
  if (PYTHON.test(name)) {
    const args = argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const v = args[i]!.value;
      if (v === '-m' && args[i + 1]) return { tool: args[i + 1]!.value.replace(/^pip\d.*$/, 'pip'), args: args.slice(i + 2) };
      if (/^-m\S+$/.test(v)) return { tool: v.slice(2), args: args.slice(i + 1) };
      if (!v.startsWith('-') || v === '-c') return null;
      if (v === '-W' || v === '-X') i++;
    }
    return null;
  }
  if (/^pip\d*(\.\d+)?$/.test(name)) return { tool: 'pip', args: argv.slice(1) };
  return { tool: name, args: argv.slice(1) };
}

function install(
  base: Pick<DependencyInstall, 'instruction' | 'command'>,
  fields: Partial<DependencyInstall> & Pick<DependencyInstall, 'word' | 'ecosystem' | 'label'>,
): DependencyInstall {
  return { files: [], manifests: [], buildsProject: false, projectOnly: false, namedPackages: false, projectPath: null, ...base, ...fields };
}

/** Local project paths that pip builds from source (`.`, `./`, `/app`, `.[dev]`). */
function isProjectPath(value: string): boolean {
  return /^(\.{1,2}|\.{1,2}\/\S*|\/[^\s:]*)(\[[^\]]*\])?$/.test(value) && !/\.(whl|tar\.gz|zip|txt)$/.test(value);
}

function pythonInstall(base: Pick<DependencyInstall, 'instruction' | 'command'>, tool: string, args: Word[]): DependencyInstall | null {
  const isUv = tool === 'uv';
  const s0 = scan(args, isUv ? UV_SYNC_VALUED : PIP_VALUED);
  let sub = 0;
  let label = 'pip';
  if (isUv) {
    const first = s0.positional[0];
    if (first?.value === 'sync' || first?.value === 'install') {
      // `uv sync`: the project from pyproject.toml and uv.lock.
      if (first.value !== 'sync') return null;
      const noProject = has(s0, '--no-install-project', '--no-install-workspace', '--only-dev');
      return install(base, {
        word: first,
        ecosystem: 'python',
        label: 'uv sync',
        manifests: ['pyproject.toml', 'uv.lock'],
        buildsProject: !noProject,
        projectOnly: has(s0, '--only-install-project', '--no-deps'),
      });
    }
    if (first?.value !== 'pip') return null;
    sub = 1;
    label = 'uv pip';
  } else if (tool !== 'pip') return null;
  const s = scan(args, PIP_VALUED);
  const subcommand = s.positional[sub];
  if (!subcommand || !['install', 'sync'].includes(subcommand.value)) return null;
  const operands = s.positional.slice(sub + 1);
  const files: InstallFile[] = [];
  for (const { value, word } of values(s, '-r', '--requirement', '--requirements')) files.push({ path: value, word, kind: 'requirement' });
  for (const { value, word } of values(s, '-c', '--constraint', '--constraints')) files.push({ path: value, word, kind: 'constraint' });
  if (subcommand.value === 'sync') for (const w of operands) files.push({ path: w.value, word: w, kind: 'requirement' });
  const editable = values(s, '-e', '--editable').map((v) => v.value);
  const projectPath = [...editable, ...(subcommand.value === 'install' ? operands.map((w) => w.value) : [])].find(isProjectPath) ?? null;
  const project = projectPath !== null;
  const named = subcommand.value === 'install' && operands.some((w) => !isProjectPath(w.value));
  const reqFile = files.find((f) => f.kind === 'requirement');
  return install(base, {
    word: subcommand,
    ecosystem: 'python',
    label: reqFile ? `${label} ${subcommand.value} -r ${reqFile.path}` : `${label} ${subcommand.value} ${project ? '.' : ''}`.trim(),
    files,
    manifests: project ? ['pyproject.toml', 'setup.py', 'setup.cfg'] : [],
    buildsProject: project,
    projectOnly: project && has(s, '--no-deps'),
    namedPackages: named,
    projectPath: projectPath?.replace(/\[[^\]]*\]$/, '') ?? null,
  });
}

function condaInstall(base: Pick<DependencyInstall, 'instruction' | 'command'>, tool: string, args: Word[]): DependencyInstall | null {
  const s = scan(args, CONDA_VALUED);
  const [a, b] = s.positional;
  if (!a) return null;
  const envCommand = a.value === 'env' && b && ['create', 'update'].includes(b.value);
  const micromambaFile = tool === 'micromamba' && ['create', 'install', 'update'].includes(a.value);
  const fileOption = values(s, '-f', '--file');
  if (!envCommand && !micromambaFile && !(['install', 'create'].includes(a.value) && fileOption.length)) return null;
  const files: InstallFile[] = fileOption.map(({ value, word }) => ({
    path: value,
    word,
    kind: /\.ya?ml$/i.test(value) ? 'conda-env' : 'conda-specs',
  }));
  if (envCommand && files.length === 0) files.push({ path: 'environment.yml', word: null, kind: 'conda-env' });
  if (files.length === 0) return null;
  return install(base, {
    word: envCommand ? b! : a,
    ecosystem: 'conda',
    label: `${tool} ${envCommand ? `env ${b!.value}` : a.value} -f ${files[0]!.path}`,
    files,
  });
}

function otherInstall(base: Pick<DependencyInstall, 'instruction' | 'command'>, tool: string, args: Word[], program: Word): DependencyInstall | null {
  switch (tool) {
    case 'poetry': {
      const s = scan(args, POETRY_VALUED);
      const sub = s.positional[0];
      if (sub?.value !== 'install') return null;
      return install(base, {
        word: sub,
        ecosystem: 'python',
        label: 'poetry install',
        manifests: ['pyproject.toml', 'poetry.lock'],
        buildsProject: !has(s, '--no-root', '--no-directory'),
        projectOnly: has(s, '--only-root'),
      });
    }
    case 'pipenv': {
      const s = scan(args, new Set(['--python']));
      const sub = s.positional[0];
      if (!sub || !['install', 'sync'].includes(sub.value) || s.positional.length > 1) return null;
      return install(base, { word: sub, ecosystem: 'python', label: `pipenv ${sub.value}`, manifests: ['Pipfile', 'Pipfile.lock'] });
    }
    case 'npm': {
      const s = scan(args, NODE_VALUED);
      const sub = s.positional[0];
      if (!sub) return null;
      if (sub.value === 'ci' || (['install', 'i'].includes(sub.value) && s.positional.length === 1 && !has(s, '-g', '--global'))) {
        return install(base, { word: sub, ecosystem: 'node', label: `npm ${sub.value}`, manifests: ['package.json', 'package-lock.json', 'npm-shrinkwrap.json'] });
      }
      return null;
    }
    case 'yarn': {
      const s = scan(args, NODE_VALUED);
      const sub = s.positional[0];
      if (sub && sub.value !== 'install') return null;
      return install(base, { word: sub ?? program, ecosystem: 'node', label: sub ? 'yarn install' : 'yarn', manifests: ['package.json', 'yarn.lock'] });
    }
    case 'pnpm': {
      const s = scan(args, NODE_VALUED);
      const sub = s.positional[0];
      if (!sub || !['install', 'i'].includes(sub.value) || s.positional.length > 1 || has(s, '-g', '--global')) return null;
      return install(base, { word: sub, ecosystem: 'node', label: `pnpm ${sub.value}`, manifests: ['package.json', 'pnpm-lock.yaml'] });
    }
    case 'go': {
      const s = scan(args, new Set(['-modfile', '-C']));
      const [mod, download] = s.positional;
      if (mod?.value !== 'mod' || download?.value !== 'download') return null;
      return install(base, { word: download, ecosystem: 'go', label: 'go mod download', manifests: ['go.mod', 'go.sum'] });
    }
    case 'bundle': {
      const s = scan(args, BUNDLE_VALUED);
      const sub = s.positional[0];
      if (sub && sub.value !== 'install') return null;
      return install(base, { word: sub ?? program, ecosystem: 'ruby', label: 'bundle install', manifests: ['Gemfile', 'Gemfile.lock'] });
    }
    case 'cargo': {
      const sub = scan(args, new Set(['--manifest-path', '--target'])).positional[0];
      if (sub?.value !== 'fetch') return null;
      return install(base, { word: sub, ecosystem: 'rust', label: 'cargo fetch', manifests: ['Cargo.toml', 'Cargo.lock'] });
    }
    case 'composer': {
      const s = scan(args, COMPOSER_VALUED);
      const sub = s.positional[0];
      if (sub?.value !== 'install' || s.positional.length > 1) return null;
      return install(base, { word: sub, ecosystem: 'php', label: 'composer install', manifests: ['composer.json', 'composer.lock'] });
    }
    default:
      return null;
  }
}

/** Classifies one command (looking through `conda run`, `poetry run`, … launchers). */
export function dependencyInstall(instruction: Instruction, command: SimpleCommand): DependencyInstall | null {
  let argv: Word[] | null = command.argv;
  for (let depth = 0; argv && depth < 3; depth++) {
    const inner = launchedArgv({ ...command, name: baseName(argv[0]!), argv, args: argv.slice(1) });
    if (!inner) break;
    argv = inner;
  }
  if (!argv?.length) return null;
  const call = toolArgs(argv);
  if (!call) return null;
  const base = { instruction, command };
  if (call.tool === 'pip' || call.tool === 'uv') return pythonInstall(base, call.tool, call.args);
  if (['conda', 'mamba', 'micromamba'].includes(call.tool)) return condaInstall(base, call.tool, call.args);
  return otherInstall(base, call.tool, call.args, argv[0]!);
}

/** Every dependency install in every RUN, in file order. */
export function dependencyInstalls(model: DockerfileModel): DependencyInstall[] {
  const out: DependencyInstall[] = [];
  for (const instruction of model.instructions) {
    if (instruction.keyword !== 'RUN' || !instruction.run?.script) continue;
    for (const command of instruction.run.script.commands) {
      const found = dependencyInstall(instruction, command);
      if (found) out.push(found);
    }
  }
  return out;
}
