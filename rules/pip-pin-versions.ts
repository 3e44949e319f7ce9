import { TORCH_LOCKSTEP_PACKAGES } from '../src/knowledge/gpu-images.js';
import { defineRule } from '../src/rule.js';
import { INTERACTIVE_DEV_IMAGES, isInteractiveDevImage } from '../src/knowledge/file-purpose.js';
import { hasOption, installsOffline, pipInstalls, type PipInstall } from '../src/shell/installs.js';
import { NIGHTLY_PYTHON_INDEX } from '../src/knowledge/package-indexes.js';
import { knownValue } from '../src/shell/invocation.js';
import { normalizeName as normalize } from '../src/context/requirements.js';
import type { PythonPackages } from '../src/context/own-packages.js';
import { repositoryAddress } from '../src/context/repository.js';
import { markerEnvironment, requirementInstalled } from '../src/context/python-markers.js';
import { reportUnpinned, type UnpinnedPackage, LATEST_ON_REQUEST } from '../src/shell/unpinned.js';

interface Options {
  /** Packages accepted without a pin (normalized names, e.g. `pip`, `setuptools`, `wheel`). */
  allow?: string[];
}

/** Branch names: a VCS reference or archive at one of these follows new commits. */
/** Options naming where pip looks for packages. */
const INDEX_OPTIONS = new Set(['-i', '--index-url', '--extra-index-url', '-f', '--find-links']);

/**
 * `pip install --pre torch -f …/whl/nightly/…`, or `--index-url …/whl/nightly/cu132` (NIGHTLY_PYTHON_INDEX) with
 * every other index nightly too: the install takes the nightly build, which the image follows on purpose. Not a
 * nightly `--extra-index-url` without `--pre`, where PyPI's releases win.
 */
function fromNightlyIndex(install: PipInstall): boolean {
  const indexes = install.options.filter((o) => INDEX_OPTIONS.has(o.name));
  const nightly = (o: (typeof indexes)[number]): boolean => NIGHTLY_PYTHON_INDEX.test(o.value ?? '');
  if (hasOption(install, '--pre')) return indexes.some(nightly);
  return indexes.some((o) => ['-i', '--index-url'].includes(o.name)) && indexes.every(nightly);
}
const BRANCHES = new Set(['main', 'master', 'head', 'develop', 'dev', 'trunk', 'nightly']);
/** Build tooling that Dockerfiles often upgrade unpinned (`pip install -U pip setuptools wheel`). */
const TOOLING = new Set(['pip', 'setuptools', 'wheel', 'uv', 'pipx', 'virtualenv']);
/** A wheel or sdist file, with the extras pip accepts after it (`foo-1.0-py3-none-any.whl[all]`). */
const LOCAL_FILE = /\.(whl|tar\.gz|tgz|tar\.bz2|tar\.xz|zip|egg)(\[[^\]]*\])?$/i;
/** `name[extras] @ url` (PEP 508 direct reference; the blanks around `@` are optional). */
const DIRECT_REFERENCE = /^[A-Za-z0-9][\w.-]*\s*(?:\[[^\]]*\])?\s*@\s*(\S.*)$/s;
const REQUIREMENT = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/s;
/** A requirement pinned to one version (`httpx==0.27.2`, `httpx[socks]===0.27.2`): its name. */
const EXACT_PIN = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*===?\s*[^\s,;*]+\s*(?:;.*)?$/s;

/** A branch reference carries its URL and the package name it gives (`#egg=name`, `name @ url`), if any. */
type Verdict = { kind: 'pinned' } | { kind: 'unpinned' | 'range'; name: string; requirement: string } | { kind: 'branch'; url: string; name: string | null };

/** Judges one requirement word the way pip reads it (PEP 508 name, extras, specifier, marker; URLs; paths). */
function judge(value: string): Verdict {
  const direct = DIRECT_REFERENCE.exec(value);
  const url = direct?.[1] ?? value;
  const given = direct ? REQUIREMENT.exec(value)![1]! : (/#(?:.*&)?egg=([A-Za-z0-9][\w.-]*)/.exec(url)?.[1] ?? null);
  const branch: Verdict = { kind: 'branch', url, name: given };
  if (/^(git|hg|svn|bzr)\+/.test(url) || url.startsWith('git://')) return vcsFollowsBranch(url) ? branch : { kind: 'pinned' };
  if (url.includes('://')) return /\/archive\/(refs\/heads\/)?[^/]+\.(zip|tar\.gz)$/.test(url) && BRANCHES.has(archiveRef(url)) ? branch : { kind: 'pinned' };
  // Paths, wheel and sdist files, globs: what gets installed is what the build put there.
  if (/^[.~/]/.test(value) || value.includes('/') || LOCAL_FILE.test(value) || /[*?]/.test(value)) return { kind: 'pinned' };
  const m = REQUIREMENT.exec(value);
  if (!m) return { kind: 'pinned' };
  const name = m[1]!;
  // The extras stay in the advice: `tensorflow[and-cuda]==<version>`.
  const requirement = `${name}${m[2]?.replace(/\s+/g, '') ?? ''}`;
  const spec = m[3]!.split(';')[0]!.trim().replace(/^\((.*)\)$/, '$1');
  if (spec === '') return { kind: 'unpinned', name, requirement };
  if (/(^|,)\s*===?/.test(spec)) return { kind: 'pinned' };
  if (/^(~=|!=|<=?|>=?)/.test(spec)) return { kind: 'range', name, requirement };
  // Anything else is not a specifier pip would accept from us; say nothing.
  return { kind: 'pinned' };
}

function vcsFollowsBranch(url: string): boolean {
  const path = url.replace(/^[a-z+]+:\/\/[^/]*/, '').replace(/#.*$/, '');
  const at = path.lastIndexOf('@');
  return at < 0 || BRANCHES.has(path.slice(at + 1).toLowerCase());
}

/**
 * A branch of the project's own repository: the URL names the repository the Dockerfile is in (its `origin`
 * remote), or, with no remote known (a copied tree), it installs a package the project defines (`#egg=trl`).
 */
function ownBranch(verdict: { url: string; name: string | null }, repository: string | null, own: PythonPackages): boolean {
  if (!repository) return verdict.name !== null && own.has(verdict.name);
  const address = repositoryAddress(verdict.url);
  return address !== null && (address === repository || address.startsWith(`${repository}/`));
}

function archiveRef(url: string): string {
  return url.split('/').pop()!.replace(/\.(zip|tar\.gz)$/, '').toLowerCase();
}


export default defineRule<Options>({
  meta: {
    id: 'pip-pin-versions',
    category: 'pinning',
    severity: 'warning',
    preset: 'recommended',
    description: '`pip install` of a named package without an exact `==` pin.',
    docs: {
      why:
        '`pip install requests` installs whatever is newest on the index on the day of the build, so the same Dockerfile produces different images and a release upstream can break a rebuild. Pin each package with `==` (ranges such as `>=` or `~=` still move), install from a pinned requirements or constraints file (`-r`, `-c`), or install a local path, wheel file (also with extras: `./app-1.0-py3-none-any.whl[all]`), direct URL or VCS reference at a tag or commit. `pip install --upgrade pip setuptools wheel` is reported too: those upgrades change the build tooling itself; list such packages in the `allow` option if you accept them unpinned. A requirement whose environment marker is false for the image (`"tomli>=2; python_version < \'3.11\'"` on `python:3.12`) is not reported: pip skips it. Values the linter cannot know (`torch==${TORCH_VERSION}`, `$(cat packages.txt)`) are not reported, nor `torchvision` and `torchaudio` installed unpinned next to an exactly pinned `torch` (their releases require one exact torch, so the torch pin fixes them too), nor a requirement whose name the same install pins exactly elsewhere (`httpx==0.27.2 httpx[socks]`: pip merges the requirements of one name, so the extra takes that version), nor pre-releases taken from a nightly index, one with `nightly` in its URL (`pip install --pre torch -f https://download.pytorch.org/whl/nightly/…`, or `--index-url https://download.pytorch.org/whl/nightly/cu132` or ONNX Runtime\'s `…/_packaging/ort-cuda-13-nightly/pypi/simple/` without `--pre` when every index of the install is nightly: pip takes a pre-release unasked when the index has nothing else; not a nightly `--extra-index-url` without `--pre`, where PyPI\'s releases win): the image follows the nightly build on purpose, and old nightlies leave that index, so a pin would break the build. Nor are offline installs: `--no-index`, `PIP_NO_INDEX`, or an install after sourcing a hermetic build\'s prefetch env file (`source /tmp/hermeto.env`, Konflux\'s `/cachi2/cachi2.env`: pip then finds only the packages prefetched from hash-locked requirement files, so a range resolves to the one prefetched release). Nor the project\'s own package, named in the `pyproject.toml` (`[project]` or `[tool.poetry]`), `setup.py` or a setup script named so (`plugin_setup.py`) (`setup(name=…)`, also through a dict spread into the call, `setup(**config)`, or a variable assigned in the file a literal or a conditional expression of literals, each branch then one of the project\'s names: `"deepsparse" if is_release else "deepsparse-nightly"`; an f-string is a pattern of names, its placeholders any part, when a literal of three characters or more starts it: `f"jax-rocm{rocm_version}-plugin"` names `jax_rocm60_plugin`) or `setup.cfg` of the Dockerfile\'s folder, a folder above it up to the project\'s root, or a folder a few levels under that root or under the top of the git repository holding it (a repository of several packages, `python/kserve/pyproject.toml`, also for a sample with its own `setup.py` in `docs/samples/`; not vendored, test or example folders such as `third_party/`, `tests/` or `examples/`): an image that installs it follows the project\'s own releases, which the project versions itself. Likewise a VCS URL or archive at a branch of the project\'s own repository (the `origin` remote of the git repository the Dockerfile is in; without one, a URL naming an own package, `#egg=trl`): `pip install "git+https://github.com/huggingface/trl.git#egg=trl"` in trl\'s own development image follows the project\'s own development on purpose; another repository\'s branch, of the same account too, is reported. Not reported in an interactive development environment (' + INTERACTIVE_DEV_IMAGES + '): each developer rebuilds it, nothing ships from it, and a pin only makes it break sooner.' + ' ' + LATEST_ON_REQUEST,
      bad: 'RUN pip install --no-cache-dir flask gunicorn "numpy>=1.26"',
      good: 'RUN pip install --no-cache-dir flask==3.0.3 gunicorn==22.0.0 numpy==1.26.4\nRUN pip install --no-cache-dir -r requirements.txt',
      options: '`allow`: package names accepted without a pin, e.g. `["pip", "setuptools", "wheel"]` (default: none).',
    },
    fixable: false,
    covers: ['DL3013'],
    options: {
      type: 'object',
      properties: {
        allow: { type: 'array', items: { type: 'string' }, uniqueItems: true, description: 'Package names accepted without a pin.' },
      },
      additionalProperties: false,
    },
  },
  check({ model, buildContext, options, report }) {
    if (isInteractiveDevImage(model)) return;
    const allow = new Set((options.allow ?? []).map(normalize));
    // The project's own package follows its releases, which the project versions itself.
    const own: PythonPackages = buildContext?.projectPythonPackages() ?? new Set<string>();
    // Its own repository's branch too: the image follows the project's own development, which it versions itself.
    const repository = buildContext?.repositoryAddress() ?? null;
    for (const install of pipInstalls(model)) {
      // A Dev Container's stage (Stage.devEnvironment) is a development environment too.
      if (install.instruction.stage?.devEnvironment) continue;
      const env = install.instruction.state.env;
      // A constraints file pins whatever the command line names; offline installs (`--no-index`, a hermetic build's
      // sourced prefetch env) take what the build put there.
      if (hasOption(install, '-c', '--constraint', '--override', '--from', '--dry-run') || installsOffline(install)) continue;
      if (env.has('PIP_CONSTRAINT') || env.has('UV_CONSTRAINT')) continue;
      if (install.command.assignments.some((a) => a.name === 'PIP_CONSTRAINT')) continue;
      if (fromNightlyIndex(install)) continue;
      // The three kinds get their own finding each: their advice differs.
      const unpinned: UnpinnedPackage[] = [];
      const ranges: UnpinnedPackage[] = [];
      const branches: UnpinnedPackage[] = [];
      let tooling = false;
      // `torch==2.7.1 torchvision torchaudio`: their releases require one exact torch, so the torch pin pins them. Also
      // `torch==${TORCH_VERSION}` whose default is empty: the build passes the version (a bare build fails on `torch==`).
      const torchPinned = install.packages.some((pkg) => /^["']?torch\s*===?\s*[^\s,;]*["']?$/i.test(pkg.value));
      const markerEnv = markerEnvironment(install.instruction, install.command);
      // `httpx==0.27.2 … httpx[socks]`: pip merges the requirements of one name, so an exact pin of that name elsewhere in
      // the same install fixes the version of the others too (extras add only their dependencies, as with `httpx[socks]==0.27.2`).
      const exactlyPinned = new Set<string>();
      for (const pkg of install.packages) for (const value of knownValue(pkg)) {
        const pin = EXACT_PIN.exec(value);
        if (pin && requirementInstalled(value, markerEnv)) exactlyPinned.add(normalize(pin[1]!));
      }
      for (const pkg of install.packages) for (const value of knownValue(pkg)) {
        // pip skips a requirement whose environment marker is false for the image's Python.
        if (!requirementInstalled(value, markerEnv)) continue;
        const verdict = judge(value);
        if (verdict.kind === 'pinned') continue;
        if (verdict.kind !== 'branch' && exactlyPinned.has(normalize(verdict.name))) continue;
        if (verdict.kind === 'unpinned' && torchPinned && TORCH_LOCKSTEP_PACKAGES.has(normalize(verdict.name))) continue;
        if (verdict.kind === 'branch') {
          if (ownBranch(verdict, repository, own)) continue;
          branches.push({ range: pkg.range, shown: value, message: `\`${value}\` follows a branch, so each build may get new code; point it at a tag or commit.` });
          continue;
        }
        if (allow.has(normalize(verdict.name)) || own.has(normalize(verdict.name))) continue;
        const isTooling = TOOLING.has(normalize(verdict.name));
        tooling ||= verdict.kind === 'unpinned' && isTooling;
        const hint = `\`${verdict.requirement}==<version>\`${isTooling ? " (or list it in this rule's `allow` option)" : ''}`;
        if (verdict.kind === 'range') {
          ranges.push({ range: pkg.range, shown: value, message: `\`${value}\` allows a range of versions; pin one exactly with ${hint}.` });
        } else {
          const shown = value.split(';')[0]!.trim();
          unpinned.push({ range: pkg.range, shown, message: `Python package \`${shown}\` is not pinned; install ${hint}.` });
        }
      }
      const allowHint = tooling ? " (or list the build tooling in this rule's `allow` option)" : '';
      reportUnpinned(report, install, unpinned, (list, n) => `${n} Python packages are not pinned: ${list}; install each as \`name==<version>\`${allowHint}.`);
      reportUnpinned(report, install, ranges, (list, n) => `${n} requirements allow a range of versions: ${list}; pin each exactly with \`name==<version>\`.`);
      reportUnpinned(report, install, branches, (list, n) => `${n} references follow a branch, so each build may get new code: ${list}; point each at a tag or commit.`);
    }
  },
});
