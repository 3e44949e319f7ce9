import path from 'node:path';
import type { BuildContext } from '../src/context/build-context.js';
import { contextOrigin, type ContextOrigin, imagePathOf, instructionsBefore, workdirOf } from '../src/context/copies.js';
import { loadDockerIgnore } from '../src/context/dockerignore.js';
import { type DependencyInstall, dependencyInstalls } from '../src/context/installs.js';
import { contextLooksRight } from '../src/context/scan.js';
import type { Instruction } from '../src/model/types.js';
import { defineRule } from '../src/rule.js';

/** Files an install may need besides the source: manifests, locks, requirement lists, environment files. */
const MANIFEST = /^(requirements.*\.(txt|in)|constraints.*\.txt|.*\.lock|pyproject\.toml|setup\.(py|cfg)|Pipfile(\.lock)?|environment.*\.ya?ml|env.*\.ya?ml|conda.*\.ya?ml|package(-lock)?\.json|npm-shrinkwrap\.json|yarn\.lock|\.yarnrc(\.yml)?|pnpm-lock\.yaml|pnpm-workspace\.yaml|\.npmrc|go\.(mod|sum)|Gemfile(\.lock)?|Cargo\.(toml|lock)|composer\.(json|lock)|README.*|LICENSE.*|\.python-version)$/i;
/** In a `requirements/` (or `deps/`, `constraints/`) folder every `.txt` is a requirements list. */
const REQUIREMENTS_DIR = /(^|\/)(requirements|constraints|deps|dependencies)(\/|$)/i;
const HOUSEKEEPING = /^(\.dockerignore|.*dockerfile.*|containerfile.*|docker-compose.*|compose\.ya?ml|\.gitignore|\.git|\.github)$/i;

/** How to install only the dependencies, per tool, before the source is copied. */
const DEPS_ONLY: Record<string, string> = {
  'uv sync': '`uv sync --no-install-project`',
  'poetry install': '`poetry install --no-root`',
  'pip install .': '`pip install -r requirements.txt`',
  'uv pip install .': '`uv pip install -r requirements.txt`',
};

/** True when every file under `dir` (bounded walk) is a manifest: a folder such as `requirements/`. */
function onlyManifests(context: BuildContext, dir: string): boolean {
  const ignore = loadDockerIgnore(context);
  let budget = 500;
  const walk = (rel: string): boolean => {
    for (const name of context.list(rel)) {
      if (--budget < 0) return false;
      const child = rel ? `${rel}/${name}` : name;
      if (ignore?.excludes(child) || HOUSEKEEPING.test(name)) continue;
      if (context.isDirectory(child)) {
        if (!walk(child)) return false;
      } else if (!MANIFEST.test(name) && !(REQUIREMENTS_DIR.test(rel) && /\.(txt|in)$/.test(name))) return false;
    }
    return true;
  };
  return walk(dir);
}

interface Need {
  /** In-image path of the file the install reads. */
  imagePath: string;
  origin: ContextOrigin;
}

/** The files the install reads, with the COPY that brought each from the context. */
function needs(install: DependencyInstall, context: BuildContext | null): Need[] {
  const out: Need[] = [];
  const add = (written: string): void => {
    const imagePath = imagePathOf(install.instruction, install.command, written);
    const origin = imagePath === null ? null : contextOrigin(install.instruction, imagePath, context);
    if (imagePath !== null && origin?.copy) out.push({ imagePath, origin });
  };
  for (const f of install.files) if (!/^[a-z]+:\/\//i.test(f.path) && (!f.word || f.word.literal)) add(f.path);
  if (install.manifests.length && !install.files.length) add(path.posix.join(install.projectPath ?? '.', install.manifests[0]!));
  return out;
}

/** The install copies a folder (the whole context or one holding the manifest) rather than the manifest alone. */
function folderCopy(need: Need, context: BuildContext | null): boolean {
  const source = need.origin.source;
  if (!source || source.path === null || source.glob) return false;
  if (source.path === '') return true;
  // A folder other than the context root: only with the context on disk can we tell it holds more than manifests.
  return context !== null && need.origin.contextPath !== source.path && context.isDirectory(source.path) && !onlyManifests(context, source.path);
}

/** Commands that create a folder in a RUN (`git clone URL pkg`, `tar -xf x.tgz`, `mkdir pkg`, `cp -r src pkg`). */
const CREATES = new Set(['git', 'wget', 'curl', 'tar', 'unzip', 'mkdir', 'cp', 'mv', 'ln']);

/** `git clone … pkg` then `pip install ./pkg`: the project folder was made by a RUN after the copy, not copied. */
function madeByRun(install: DependencyInstall, copy: Instruction): boolean {
  const top = install.projectPath?.replace(/^\.\//, '').split('/')[0];
  if (!top || top === '.' || top === '..' || install.projectPath!.startsWith('/')) return false;
  const runs = [...instructionsBefore(install.instruction).filter((i) => i.keyword === 'RUN' && instructionsBefore(i).includes(copy)), install.instruction];
  return runs.some((i) =>
    (i.run?.script?.commands ?? []).some(
      (c) => c !== install.command && CREATES.has(c.name ?? '') && c.args.some((w) => w.value === top || w.value.endsWith(`/${top}`) || w.value.endsWith(`/${top}.git`)),
    ),
  );
}

function plainBase(instruction: Instruction): boolean {
  const name = instruction.stage?.rootImage.name;
  return !!name && (name.namespace === 'library' || name.familiar === 'nvidia/cuda');
}

function sameImage(a: Instruction, b: Instruction): boolean {
  return a === b || instructionsBefore(b).includes(a);
}

function suggestion(install: DependencyInstall, need: Need, context: BuildContext | null): string {
  const copy = need.origin.copy!;
  const source = need.origin.source!;
  const relDir = path.posix.dirname(need.origin.contextPath);
  const inSource = source.path ? path.posix.relative(source.path, relDir) : relDir;
  const destDir = copy.dest === null ? '.' : path.posix.join(copy.dest, inSource === '.' ? '' : inSource);
  const workdir = workdirOf(copy.instruction);
  const dest = destDir.replace(/\/+$/, '') === workdir.replace(/\/+$/, '') ? './' : `${destDir.replace(/\/+$/, '')}/`;
  let files: string[];
  if (install.files.length) files = [need.origin.contextPath];
  else {
    const dir = relDir === '.' ? '' : `${relDir}/`;
    const present = context ? install.manifests.filter((m) => context.exists(`${dir}${m}`)).map((m) => `${dir}${m}`) : [];
    // Without the context: the manifest every project of the kind has (pip builds need only pyproject.toml).
    const canonical = install.manifests.slice(0, /^(uv )?pip /.test(install.label) ? 1 : 2);
    files = present.length ? present : canonical.map((m) => `${dir}${m}`);
  }
  return `COPY ${files.join(' ')} ${dest}`;
}

export default defineRule({
  meta: {
    id: 'layer-cache-order',
    category: 'size',
    severity: 'warning',
    preset: 'recommended',
    description: 'The whole build context is copied before a dependency install that only needs the manifest.',
    docs: {
      why:
        'Docker reuses a layer only while everything before it is unchanged. With `COPY . .` before `pip install -r requirements.txt`, editing any source file invalidates the `COPY` layer and the install after it: every build downloads and installs all dependencies again (for AI images, gigabytes of torch and CUDA wheels). Copy the dependency manifest alone first, install, then copy the rest. The rule knows pip (`-r`, `pip install .`), uv (`uv sync`, `uv pip install -r`, `uv pip sync`), poetry, pipenv, conda environment files, npm, yarn, pnpm, `go mod download`, bundler, `cargo fetch` and composer, follows `COPY`/`WORKDIR`/`cd` to see which copy brought the manifest, and names the manifest files the context really holds. It is silent when the manifest was copied and installed before the source (`pip install --no-deps .` or `uv sync` after that is the usual second step), for builds of the project itself (`go build`, `npm run build`), and for folders that hold only manifests.',
      bad: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["python", "main.py"]',
      good: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["python", "main.py"]',
    },
    fixable: false,
    covers: [],
  },
  check({ model, buildContext, report }) {
    const context = buildContext && contextLooksRight(model, buildContext) ? buildContext : null;
    const installs = dependencyInstalls(model);
    const reported = new Set<Instruction>();
    for (const install of installs) {
      if (install.projectOnly) continue;
      for (const need of needs(install, context)) {
        const copy = need.origin.copy!;
        if (reported.has(copy.instruction) || !folderCopy(need, context) || madeByRun(install, copy.instruction)) continue;
        if (need.origin.source!.path === '' && context && onlyManifests(context, '')) continue;
        // Dependencies already installed before the folder was copied: this is the second, cheap step.
        const earlier = installs.filter((i) => i !== install && i.ecosystem === install.ecosystem && sameImage(i.instruction, copy.instruction) && i.instruction !== copy.instruction);
        // A base image other than a plain language/OS/CUDA one (or one that cannot be resolved) may already hold the
        // dependencies of the project being built.
        if (install.buildsProject && (earlier.length || !plainBase(install.instruction))) continue;
        if (!install.buildsProject && earlier.some((i) => i.label === install.label || needs(i, context).some((n) => n.origin.contextPath === need.origin.contextPath))) continue;
        if (install.ecosystem !== 'python' && install.ecosystem !== 'conda' && earlier.length) continue;
        reported.add(copy.instruction);
        const source = need.origin.source!;
        const written = `${copy.instruction.keyword} ${copy.instruction.argsText}`;
        const shown = written.length <= 40 && !written.includes('\n') ? written : `${copy.instruction.keyword} ${source.token.value}`;
        const what = `\`${shown}\` copies ${source.path === '' ? 'the whole build context' : `the whole \`${source.token.value}\` folder`}`;
        const copyFirst = `copy the manifest first (\`${suggestion(install, need, context)}\`)`;
        const fix = install.buildsProject
          ? `${copyFirst}, install the dependencies alone (${DEPS_ONLY[install.label] ?? 'from the manifest'}), then copy the rest and install the project`
          : `${copyFirst} and install before copying the rest`;
        report({
          range: source.token.range,
          message: `${what} before \`${install.label}\` (line ${install.instruction.range.start.line}), so any source change re-runs the install; ${fix}.`,
          related: [{ range: install.instruction.range, message: `the \`${install.label}\` this copy invalidates` }],
        });
      }
    }
  },
});
