/**
 * Dependency installs driven by manifest files (`pip install -r requirements.txt`, `uv sync`, `npm ci`,
 * `go mod download`, `conda env create -f environment.yml`, …): which files each one reads, and whether it
 * builds the project itself. Shared by the build-context rules (requirements pinning, layer cache order).
 */
import { FactKey } from '../model/facts.js';
import type { DockerfileModel, Instruction } from '../model/types.js';
import { hasOption, type Invocation, optionValues } from '../shell/invocation.js';
import { runCommands } from '../shell/installs.js';
import type { SimpleCommand, Word } from '../shell/types.js';

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
  /**
   * Manifests and tool settings the install reads from its directory (first the one that must exist), for `npm ci` &
   * co.: `pnpm install --frozen-lockfile` checks the lock file against the `overrides` of `pnpm-workspace.yaml`.
   */
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

function pythonInstall(base: Pick<DependencyInstall, 'instruction' | 'command'>, inv: Invocation): DependencyInstall | null {
  if (inv.tool === 'uv' && inv.subcommand === 'sync') {
    // `uv sync`: the project from pyproject.toml and uv.lock.
    const noProject = hasOption(inv, '--no-install-project', '--no-install-workspace', '--only-dev');
    return install(base, {
      word: inv.path[0]!,
      ecosystem: 'python',
      label: 'uv sync',
      manifests: ['pyproject.toml', 'uv.lock'],
      buildsProject: !noProject,
      projectOnly: hasOption(inv, '--only-install-project', '--no-deps'),
    });
  }
  const uv = inv.tool === 'uv';
  const sub = uv ? inv.subcommand?.replace(/^pip /, '') : inv.subcommand;
  if ((uv && !inv.subcommand?.startsWith('pip ')) || (!uv && inv.program === 'pipx') || (sub !== 'install' && sub !== 'sync')) return null;
  const label = uv ? 'uv pip' : 'pip';
  const subcommand = inv.path[inv.path.length - 1]!;
  const operands = inv.operands;
  const files: InstallFile[] = [];
  for (const { value, word } of optionValues(inv, '-r', '--requirement', '--requirements')) files.push({ path: value, word, kind: 'requirement' });
  for (const { value, word } of optionValues(inv, '-c', '--constraint', '--constraints')) files.push({ path: value, word, kind: 'constraint' });
  if (sub === 'sync') for (const w of operands) files.push({ path: w.value, word: w, kind: 'requirement' });
  const editable = optionValues(inv, '-e', '--editable').map((v) => v.value);
  const projectPath = [...editable, ...(sub === 'install' ? operands.map((w) => w.value) : [])].find(isProjectPath) ?? null;
  const project = projectPath !== null;
  const named = sub === 'install' && operands.some((w) => !isProjectPath(w.value));
  const reqFile = files.find((f) => f.kind === 'requirement');
  return install(base, {
    word: subcommand,
    ecosystem: 'python',
    label: reqFile ? `${label} ${sub} -r ${reqFile.path}` : `${label} ${sub} ${project ? '.' : ''}`.trim(),
    files,
    manifests: project ? ['pyproject.toml', 'setup.py', 'setup.cfg'] : [],
    buildsProject: project,
    projectOnly: project && hasOption(inv, '--no-deps'),
    namedPackages: named,
    projectPath: projectPath?.replace(/\[[^\]]*\]$/, '') ?? null,
  });
}

function condaInstall(base: Pick<DependencyInstall, 'instruction' | 'command'>, inv: Invocation): DependencyInstall | null {
  const sub = inv.subcommand;
  if (!sub) return null;
  const envCommand = sub === 'env create' || sub === 'env update';
  const micromambaFile = inv.program === 'micromamba' && ['create', 'install', 'update'].includes(sub);
  const fileOption = optionValues(inv, '-f', '--file');
  if (!envCommand && !micromambaFile && !(['install', 'create'].includes(sub) && fileOption.length)) return null;
  const files: InstallFile[] = fileOption.map(({ value, word }) => ({
    path: value,
    word,
    kind: /\.ya?ml$/i.test(value) ? 'conda-env' : 'conda-specs',
  }));
  if (envCommand && files.length === 0) files.push({ path: 'environment.yml', word: null, kind: 'conda-env' });
  if (files.length === 0) return null;
  return install(base, {
    word: inv.path[inv.path.length - 1]!,
    ecosystem: 'conda',
    label: `${inv.program} ${inv.path.map((w) => w.value).join(' ')} -f ${files[0]!.path}`,
    files,
  });
}

/** Installs of a whole manifest, per tool: the subcommand, and whether named operands make it something else. */
function otherInstall(base: Pick<DependencyInstall, 'instruction' | 'command'>, inv: Invocation, program: Word): DependencyInstall | null {
  const sub = inv.subcommand;
  const word = inv.path[inv.path.length - 1] ?? program;
  const global = hasOption(inv, '-g', '--global');
  switch (inv.tool) {
    case 'poetry':
      if (sub !== 'install') return null;
      return install(base, {
        word,
        ecosystem: 'python',
        label: 'poetry install',
        manifests: ['pyproject.toml', 'poetry.lock'],
        buildsProject: !hasOption(inv, '--no-root', '--no-directory'),
        projectOnly: hasOption(inv, '--only-root'),
      });
    case 'pipenv':
      if ((sub !== 'install' && sub !== 'sync') || inv.operands.length > 0) return null;
      return install(base, { word, ecosystem: 'python', label: `pipenv ${sub}`, manifests: ['Pipfile', 'Pipfile.lock'] });
    case 'npm':
      if (sub !== 'ci' && !(inv.path[0]?.value === 'install' || inv.path[0]?.value === 'i')) return null;
      if (sub !== 'ci' && (inv.operands.length > 0 || global)) return null;
      return install(base, { word, ecosystem: 'node', label: `npm ${word.value}`, manifests: ['package.json', 'package-lock.json', 'npm-shrinkwrap.json', '.npmrc'] });
    case 'yarn':
      if (sub !== null && sub !== 'install') return null;
      return install(base, { word, ecosystem: 'node', label: sub ? 'yarn install' : 'yarn', manifests: ['package.json', 'yarn.lock', '.yarnrc', '.npmrc'] });
    case 'pnpm':
      // `pnpm fetch` fills the store from the lock file alone ("package manifest is ignored", pnpm.io/cli/fetch): the
      // first step of pnpm's Docker recipe, before `COPY . .` and `pnpm install --offline`.
      if (sub === 'fetch') return install(base, { word, ecosystem: 'node', label: 'pnpm fetch', manifests: ['pnpm-lock.yaml', 'pnpm-workspace.yaml', '.npmrc'] });
      if (sub !== 'install' || inv.operands.length > 0 || global) return null;
      return install(base, { word, ecosystem: 'node', label: `pnpm ${word.value}`, manifests: ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', '.npmrc'] });
    case 'go':
      if (sub !== 'mod download') return null;
      return install(base, { word, ecosystem: 'go', label: 'go mod download', manifests: ['go.mod', 'go.sum'] });
    case 'bundle':
      if (sub !== null && sub !== 'install') return null;
      return install(base, { word, ecosystem: 'ruby', label: 'bundle install', manifests: ['Gemfile', 'Gemfile.lock'] });
    case 'cargo':
      if (sub !== 'fetch') return null;
      return install(base, { word, ecosystem: 'rust', label: 'cargo fetch', manifests: ['Cargo.toml', 'Cargo.lock'] });
    case 'composer':
      if (sub !== 'install' || inv.operands.length > 0) return null;
      return install(base, { word, ecosystem: 'php', label: 'composer install', manifests: ['composer.json', 'composer.lock'] });
    default:
      return null;
  }
}

/** Classifies one command (launchers such as `conda run` and `python -m` are commands of their own in the model). */
export function dependencyInstall(instruction: Instruction, command: SimpleCommand): DependencyInstall | null {
  const inv = command.invocation;
  const base = { instruction, command };
  if (inv.tool === 'pip' || inv.tool === 'uv') return pythonInstall(base, inv);
  if (inv.tool === 'conda') return condaInstall(base, inv);
  return otherInstall(base, inv, command.argv[0]!);
}

/** Read once per model: layer-cache-order and the dependency-file checks each ask. */
const DEPENDENCY_INSTALLS = new FactKey<readonly DependencyInstall[]>();

/** Every dependency install in every RUN, in file order. */
export function dependencyInstalls(model: DockerfileModel): readonly DependencyInstall[] {
  return model.facts.get(DEPENDENCY_INSTALLS, () => {
    const out: DependencyInstall[] = [];
    for (const { instruction, command } of runCommands(model)) {
      const found = dependencyInstall(instruction, command);
      if (found) out.push(found);
    }
    return out;
  });
}
