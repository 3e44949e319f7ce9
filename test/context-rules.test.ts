import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { openBuildContext } from '../src/context/build-context.js';
import { isPinnedCondaSpec, parseCondaEnv } from '../src/context/conda-env.js';
import { bakeVariedArgs, hclContexts, hclStages, hclTags } from '../src/context/bake.js';
import { variedBuildArgs } from '../src/context/varied-args.js';
import { composeGivesCommand, composeGivesUser, composeServicesBuilding } from '../src/context/compose.js';
import { contextOrigin } from '../src/context/copies.js';
import { inferredContext } from '../src/context/inferred-context.js';
import { builtAccounts } from '../src/context/own-images.js';
import { yamlDocument } from '../src/context/yaml-document.js';
import { ownerOfRemote, repositoryAddress } from '../src/context/repository.js';
import { reportUnpinnedCondaFiles } from '../src/context/dependency-files.js';
import { parseDockerIgnore } from '../src/context/dockerignore.js';
import { dependencyInstalls } from '../src/context/installs.js';
import { isPinnedUrl, parseRequirements } from '../src/context/requirements.js';
import { markerHolds } from '../src/context/python-markers.js';
import { buildModel } from '../src/model/build.js';
import { runShellFacts } from '../src/shellcheck/dialect.js';
import type { ReportDescriptor } from '../src/types.js';
import { FIXTURES, fixtureFindings, positions, ruleFindings } from './helpers.js';

const temps: string[] = [];
afterEach(() => {
  for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A throwaway build context: files (path → text, or a number for a sparse file of that many bytes). */
function context(files: Record<string, string | number>): string {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'dlint-ctx-'));
  temps.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    if (typeof content === 'number') {
      fs.writeFileSync(p, '');
      fs.truncateSync(p, content);
    } else fs.writeFileSync(p, content);
  }
  return dir;
}

function lintIn(ruleId: string, dir: string, dockerfile = 'Dockerfile') {
  const file = path.join(dir, dockerfile);
  return ruleFindings(ruleId, fs.readFileSync(file, 'utf8'), { filePath: file, contextDir: dir });
}

describe('.dockerignore semantics (as moby/patternmatcher)', () => {
  const ex = (patterns: string, p: string) => parseDockerIgnore(patterns).excludes(p);
  it('anchors patterns at the context root; * stays in one folder, ** crosses folders', () => {
    expect(ex('*.md', 'README.md')).toBe(true);
    expect(ex('*.md', 'docs/guide.md')).toBe(false);
    expect(ex('**/*.md', 'docs/guide.md')).toBe(true);
    expect(ex('foo', 'a/foo')).toBe(false);
    expect(ex('*/tmp', 'a/tmp/x')).toBe(true);
    expect(ex('**/node_modules', 'a/b/node_modules/x/y')).toBe(true);
  });
  it('excludes everything under an excluded folder; strips a leading / and a trailing /', () => {
    expect(ex('data', 'data/raw/x.csv')).toBe(true);
    expect(ex('/data', 'data/x')).toBe(true);
    expect(ex('data/', 'data/x')).toBe(true);
    expect(ex('foo/**', 'foo')).toBe(false);
    expect(ex('foo/**', 'foo/x')).toBe(true);
  });
  it('lets the last matching pattern win, with ! exceptions', () => {
    expect(ex('*\n!src', 'src/app.py')).toBe(false);
    expect(ex('*\n!src', 'setup.py')).toBe(true);
    expect(ex('src\n!src/keep.py', 'src/keep.py')).toBe(false);
    expect(ex('!src/keep.py\nsrc', 'src/keep.py')).toBe(true);
  });
  it('is case-sensitive, treats regexp characters literally, skips # comments and never excludes the root', () => {
    expect(ex('README.MD', 'README.md')).toBe(false);
    expect(ex('file(1).txt', 'file(1).txt')).toBe(true);
    expect(ex('file(1).txt', 'file1.txt')).toBe(false);
    expect(ex('a+b', 'a+b')).toBe(true);
    expect(ex('# .git\n', '.git')).toBe(false);
    expect(ex('  .git  ', '.git/HEAD')).toBe(true);
    expect(ex('?.txt', 'ab.txt')).toBe(false);
    expect(ex('[a-c].txt', 'b.txt')).toBe(true);
    expect(ex('*', '.')).toBe(false);
  });
  it('names the pattern that excludes a path', () => {
    expect(parseDockerIgnore('*.log\ndocs\n').excludedBy('docs/x.md')).toBe('docs');
  });
});

describe('Compose services building a Dockerfile', () => {
  const compose = 'services:\n  app:\n    build:\n      context: ./svc\n    ports: !reset []\n    command: ["serve"]\n    user: "${UID:-1000}"\n  other:\n    build: ./elsewhere\n';
  it('reads compose files up to the top of the git repository, matching `build:` to the Dockerfile', () => {
    const dir = context({ '.git/HEAD': '', 'docker-compose.yml': compose, 'svc/Dockerfile': 'FROM python:3.12\n' });
    expect(composeServicesBuilding(path.join(dir, 'svc/Dockerfile')).map((s) => [s.name, s.command, s.user])).toEqual([['app', true, '1000']]);
  });
  it('resolves a compose file\'s paths from the folder above it where its build contexts exist (compose --project-directory)', () => {
    // authelia: internal/suites/example/compose/authelia/compose.backend.dev.yml names `context: example/compose/authelia`.
    const nested = "services:\n  backend:\n    build:\n      context: 'example/compose/authelia'\n      dockerfile: 'Dockerfile.backend'\n    command: '/resources/entrypoint-backend.sh'\n    volumes:\n      - '../..:/app:cached'\n";
    const dir = context({ '.git/HEAD': '', 'suites/example/compose/authelia/compose.backend.dev.yml': nested, 'suites/example/compose/authelia/Dockerfile.backend': 'FROM golang:1.23\nEXPOSE 9091\n' });
    const [service] = composeServicesBuilding(path.join(dir, 'suites/example/compose/authelia/Dockerfile.backend'));
    expect([service?.name, service?.command, service?.mountsSource]).toEqual(['backend', true, true]);
    // A context that exists from the compose file's own folder keeps that folder.
    const own = context({ '.git/HEAD': '', 'a/compose.yaml': 'services:\n  x:\n    build: ./svc\n', 'a/svc/Dockerfile': 'FROM python:3.12\n', 'svc/Dockerfile': 'FROM python:3.12\n' });
    expect(composeServicesBuilding(path.join(own, 'svc/Dockerfile'))).toEqual([]);
  });
  it('lets cmd-present accept a pipeline spec beside the Dockerfile that gives the command (Pachyderm\'s transform.cmd)', () => {
    const df = 'FROM node:16-buster-slim\nWORKDIR /usr/src/app\nCOPY index.js /index.js\n';
    const spec = (cmd: string) => `{"pipeline": {"name": "p"}, "transform": {${cmd}"image": "acme/datum:v2"}}`;
    expect(lintIn('cmd-present', context({ '.git/HEAD': '', Dockerfile: df, 'pipeline.json': spec('"cmd": ["node", "/index.js"], ') }))).toEqual([]);
    expect(lintIn('cmd-present', context({ '.git/HEAD': '', Dockerfile: df, 'pipelines/lab/p.yaml': 'pipeline:\n  name: p\ntransform:\n  cmd: [python, main.py]\n' }))).toEqual([]);
    // A spec without a command leaves the image's own, and so does a folder with none.
    expect(lintIn('cmd-present', context({ '.git/HEAD': '', Dockerfile: df, 'pipeline.json': spec('') }))).toHaveLength(1);
    expect(lintIn('cmd-present', context({ '.git/HEAD': '', Dockerfile: df, 'package.json': '{"name": "x"}' }))).toHaveLength(1);
  });
  it('counts only the services that build the final stage (no target, or the final stage by name)', () => {
    const services = [{ file: 'c.yml', name: 'dev', target: 'dev', command: true, user: '1000' }];
    expect(composeGivesCommand(services, 'prod')).toBe(false);
    expect(composeGivesCommand(services, 'DEV')).toBe(true);
    expect(composeGivesUser([...services, { file: 'c.yml', name: 'app', target: null, command: false, user: '0:0' }], 'dev')).toBe(false);
  });
  it('lets base-image-platform accept a constant platform every service building the file sets (pyroscope\'s .NET examples)', () => {
    const df = 'FROM --platform=linux/amd64 alpine:3.24 AS sdk\nRUN apk add --no-cache curl\nFROM --platform=linux/amd64 mcr.microsoft.com/dotnet/aspnet:8.0-alpine\nCOPY --from=sdk /x /x\n';
    const service = (name: string, platform: string) => `  ${name}:\n${platform ? `    platform: ${platform}\n` : ''}    build:\n      context: .\n      dockerfile: musl.Dockerfile\n`;
    const lines = (composeText: string) => lintIn('base-image-platform', context({ '.git/HEAD': '', 'musl.Dockerfile': df, 'docker-compose.yml': `services:\n${composeText}` }), 'musl.Dockerfile').map((f) => f.range.start.line);
    expect(lines(service('us-east', 'linux/amd64') + service('alpine', 'linux/x86_64'))).toEqual([]);
    // Another service without `platform:` builds what the flag says (pyroscope's tempo example).
    expect(lines(service('us-east', 'linux/amd64') + service('tempo', ''))).toEqual([]);
    // Services naming no platform or another one, or no compose service at all: still reported.
    expect(lines(service('tempo', ''))).toEqual([1, 3]);
    expect(lines(service('us-east', 'linux/amd64') + service('arm', 'linux/arm64'))).toEqual([1, 3]);
    expect(lintIn('base-image-platform', context({ '.git/HEAD': '', 'musl.Dockerfile': df }), 'musl.Dockerfile')).toHaveLength(2);
  });
  it('reads only the Dockerfile\'s own folder outside a repository, and skips a compose file it cannot parse', () => {
    const dir = context({ 'docker-compose.yml': compose, 'svc/Dockerfile': 'FROM python:3.12\n', 'svc/compose.yaml': 'services: [\n' });
    expect(composeServicesBuilding(path.join(dir, 'svc/Dockerfile'))).toEqual([]);
  });
});

describe('images built beside the Dockerfile', () => {
  it('finds a sibling folder with a Dockerfile or Containerfile, never above the top of the git repository', () => {
    const dir = context({ 'images/base/Containerfile': 'FROM python:3.12\n', 'images/app/Dockerfile': 'FROM acme/base\n', 'repo/.git/HEAD': '', 'repo/Dockerfile': 'FROM acme/other\n', 'other/Dockerfile': 'FROM python:3.12\n' });
    const beside = (file: string, name: string) => openBuildContext(path.dirname(path.join(dir, file)), path.join(dir, file)).builtBeside(name);
    expect(beside('images/app/Dockerfile', 'base')).toBe(true);
    expect(beside('images/app/Dockerfile', 'app')).toBe(false);
    expect(beside('images/app/Dockerfile', 'other')).toBe(false);
    // repo/ is a repository's top: `other/` beside it is no part of it.
    expect(beside('repo/Dockerfile', 'other')).toBe(false);
  });
});

describe('requirements files', () => {
  it('reads pins, ranges, URLs, VCS refs, hashes, markers, extras, continuations and includes', () => {
    const r = parseRequirements(
      [
        '# comment',
        'numpy==2.1.3',
        'torch>=2.0  # floor',
        'requests[socks]==2.32.3 ; python_version < "3.13"',
        'uvicorn==0.32.*',
        '-r base.txt',
        '-cconstraints.txt',
        '--index-url https://download.pytorch.org/whl/cpu',
        '-e .',
        './vendor/pkg',
        'tok @ git+https://github.com/o/tok@0123abcd',
        'other @ git+https://github.com/o/other',
        'hashed==1.0 \\',
        '    --hash=sha256:abc',
        'scipy --hash=sha256:def',
        'pydantic===2.10.3',
      ].join('\n'),
    );
    expect(r.entries.map((e) => [e.line, e.text, e.pinned])).toEqual([
      [2, 'numpy==2.1.3', true],
      [3, 'torch>=2.0', false],
      [4, 'requests[socks]==2.32.3', true],
      [5, 'uvicorn==0.32.*', false],
      [11, 'tok @ git+https://github.com/o/tok@0123abcd', true],
      [12, 'other @ git+https://github.com/o/other', false],
      [13, 'hashed==1.0', true],
      [15, 'scipy', true],
      [16, 'pydantic===2.10.3', true],
    ]);
    expect(r.includes).toEqual([
      { kind: 'requirement', path: 'base.txt', line: 6 },
      { kind: 'constraint', path: 'constraints.txt', line: 7 },
    ]);
  });
  it('pins VCS URLs at a commit or release tag, never at a branch', () => {
    expect(isPinnedUrl('git+https://github.com/o/r.git@v1.2.3#egg=r')).toBe(true);
    expect(isPinnedUrl('git+https://github.com/o/r.git@main')).toBe(false);
    expect(isPinnedUrl('https://example.com/r-1.0.tar.gz')).toBe(true);
  });
});

describe('conda environment files', () => {
  it('reads conda specs and the pip section with positions', () => {
    const env = parseCondaEnv('name: x\ndependencies:\n  - python=3.12\n  - numpy\n  - pip:\n    - "torch==2.5.1"\n    - tqdm\n');
    expect(env?.specs.map((s) => [s.line, s.column, s.text, s.pinned])).toEqual([
      [3, 5, 'python=3.12', true],
      [4, 5, 'numpy', false],
    ]);
    expect(env?.pip.lines).toEqual([
      { text: 'torch==2.5.1', line: 6, column: 8 },
      { text: 'tqdm', line: 7, column: 7 },
    ]);
  });
  it('knows which match specs carry a version', () => {
    expect(['numpy=1.26', 'numpy==1.26.4', 'conda-forge::numpy=1.26', 'numpy 1.26.*', 'numpy=1.26=py312h0', "numpy[version='1.26.4']"].every(isPinnedCondaSpec)).toBe(true);
    expect(['numpy', 'numpy>=1.26', 'conda-forge::numpy', 'numpy<2'].some(isPinnedCondaSpec)).toBe(false);
  });
  it('reports unpinned conda packages of an environment file the Dockerfile installs', () => {
    const dir = context({ 'environment.yml': 'dependencies:\n  - python=3.12\n  - pandas\n  - pip\n', 'app.py': '' });
    const text = 'FROM continuumio/miniconda3:24.7.1-0\nCOPY environment.yml /tmp/env.yml\nRUN conda env create -f /tmp/env.yml\n';
    const reports: ReportDescriptor[] = [];
    reportUnpinnedCondaFiles({ model: buildModel(path.join(dir, 'Dockerfile'), text), buildContext: openBuildContext(dir, path.join(dir, 'Dockerfile')), report: (d) => reports.push(d) });
    expect(reports.map((r) => [r.file, r.range.start.line, r.range.start.column])).toEqual([
      [path.join(dir, 'environment.yml'), 3, 5],
      [path.join(dir, 'environment.yml'), 4, 5],
    ]);
    expect(reports[0]!.message).toContain('RUN at');
  });
});

describe('COPY origins and dependency installs', () => {
  it('maps in-image paths back through COPY sources, destinations and WORKDIR', () => {
    const m = buildModel('Dockerfile', 'FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt .\nCOPY conf/ /etc/app/\nCOPY . /src\nCOPY --from=x /out /opt\nRUN true\n');
    const run = m.instructions[m.instructions.length - 1]!;
    expect(contextOrigin(run, '/app/requirements.txt', null)?.contextPath).toBe('requirements.txt');
    expect(contextOrigin(run, '/etc/app/a.yaml', null)?.contextPath).toBe('conf/a.yaml');
    expect(contextOrigin(run, '/src/requirements/prod.txt', null)?.contextPath).toBe('requirements/prod.txt');
    expect(contextOrigin(run, '/opt/x.txt', null)).toBeNull();
  });
  it('classifies installs that read manifests', () => {
    const m = buildModel(
      'Dockerfile',
      'FROM python:3.12\nRUN pip install -r a.txt -c c.txt && python -m pip install --no-deps -e . && uv sync --no-install-project && npm ci && yarn && go mod download && pip install torch==2.5.1\n',
    );
    expect(dependencyInstalls(m).map((i) => [i.label, i.buildsProject, i.projectOnly, i.namedPackages])).toEqual([
      ['pip install -r a.txt', false, false, false],
      ['pip install .', true, true, false],
      ['uv sync', false, false, false],
      ['npm ci', false, false, false],
      ['yarn', false, false, false],
      ['go mod download', false, false, false],
      ['pip install', false, false, true],
    ]);
  });
});

describe('requirements-pin-versions', () => {
  it('reports unpinned lines in the requirements files the Dockerfile installs, nested includes and env-file pip sections', () => {
    const f = fixtureFindings('requirements-pin-versions', 'rules/requirements-pin-versions/bad/Dockerfile');
    const base = path.join(FIXTURES, 'rules/requirements-pin-versions/bad');
    // One finding per installed file, at its first unpinned requirement; every one of them a related location.
    expect(f.map((x) => [path.relative(base, x.file), x.range.start.line, x.range.start.column])).toEqual([
      ['environment.yml', 8, 9],
      ['requirements.txt', 3, 1],
      ['requirements/common.txt', 2, 1],
      ['requirements/prod.txt', 2, 1],
      ['tools.txt', 1, 1],
    ]);
    expect(f[1]!.message).toBe(
      `4 requirements in requirements.txt are not pinned to an exact version: \`uvicorn[standard]>=0.30\`, \`numpy\`, \`pydantic~=2.9\` and \`git+https://github.com/example/tokenizer.git@main#egg=tokenizer\` (installed by RUN at ${path.join(base, 'Dockerfile')}:4); pin them with \`==\` (e.g. generate the file with \`pip-compile\` or \`uv pip compile\`), or, where the file also states the versions a library supports, install it with a constraints file of exact pins (\`-c constraints.txt\`).`,
    );
    expect(f[1]!.related!.map((r) => [path.relative(base, r.file), r.range.start.line])).toEqual([
      ['Dockerfile', 4],
      ['requirements.txt', 3],
      ['requirements.txt', 4],
      ['requirements.txt', 6],
      ['requirements.txt', 8],
    ]);
    expect(f[1]!.range.end).toEqual({ line: 3, column: 24 });
    expect(f[4]!.message).toMatch(/^Requirement `[^`]+` in tools.txt is not pinned to an exact version/);
  });
  it('is silent on pins, hashes, constraints, local paths, files from other stages, unresolved and missing files', () => {
    expect(fixtureFindings('requirements-pin-versions', 'rules/requirements-pin-versions/good/Dockerfile')).toEqual([]);
  });
  it('needs the build context', () => {
    expect(ruleFindings('requirements-pin-versions', 'FROM python:3.12\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n')).toEqual([]);
  });
  it('skips a requirement whose environment marker is false for the base image\'s Python, and only then', () => {
    const req = "mysql-connector-python~=8.4.0; python_version < '3.11'\nmysql-connector-python~=9.0.0; python_version >= '3.11'\npywin32>=306; sys_platform == 'win32'\ntomli>=2; python_full_version < '3.11.0'\n";
    // The lines of the unpinned requirements: the finding's own, or, for several, its related locations in the file.
    const lines = (dockerfile: string) =>
      lintIn('requirements-pin-versions', context({ 'requirements.txt': req, Dockerfile: dockerfile })).flatMap((x) => {
        const own = (x.related ?? []).filter((r) => r.file === x.file);
        return own.length ? own.map((r) => r.range.start.line) : [x.range.start.line];
      });
    const install = 'COPY requirements.txt /tmp/\nRUN uv pip install --system -r /tmp/requirements.txt\n';
    expect(lines(`FROM python:3.10-bookworm\n${install}`)).toEqual([1, 4]);
    expect(lines(`FROM python:3.12.4-slim\n${install}`)).toEqual([2]);
    // Traps: the base names no Python version, a conda environment or an interpreter named by the command decides.
    expect(lines(`FROM ubuntu:22.04\n${install}`)).toEqual([1, 2, 4]);
    expect(lines(`FROM python:3.10\nRUN pip install conda && conda create -y -n py python=3.12\n${install}`)).toEqual([1, 2, 4]);
    expect(lines('FROM python:3.10\nCOPY requirements.txt /tmp/\nRUN python3.12 -m pip install -r /tmp/requirements.txt\n')).toEqual([2]);
  });
  it('asks a constraints file for the files a library\'s packaging reads (setup.py, pyproject.toml, setup.cfg), and is silent when the install takes one', () => {
    // great_expectations: setup.py reads requirements.txt for install_requires and every reqs/*.txt for the extras.
    const setup = 'requirements_dir = "reqs"\nfor file_path in Path().glob(f"{requirements_dir}/*.txt"):\n    pass\nwith open("requirements.txt") as f:\n    required = f.read().splitlines()\nsetup(name="great_expectations", install_requires=required, package_data={"": ["*.txt"]})\n';
    const install = (constraint: string) =>
      `FROM python:3.9\nWORKDIR /gx\nCOPY requirements.txt requirements-dev.txt constraints-dev.txt ./\nCOPY reqs reqs\nCOPY docker/requirements.txt docker/\nRUN pip install --no-cache-dir -r requirements-dev.txt -r docker/requirements.txt${constraint}\n`;
    const files = {
      LICENSE: 'Apache-2.0\n',
      'requirements.txt': 'altair>=4.2.1,<5.0.0\n',
      'requirements-dev.txt': '--requirement requirements.txt\n--requirement reqs/requirements-dev-athena.txt\nflake8\n',
      'reqs/requirements-dev-athena.txt': 'pyathena[SQLAlchemy]>=2.0.0,<3\n',
      'docker/requirements.txt': 'jupyterlab\n',
      'constraints-dev.txt': 'protobuf==3.20\n',
    };
    const found = (extra: Record<string, string>, constraint = ' --constraint constraints-dev.txt') =>
      lintIn('requirements-pin-versions', context({ ...files, Dockerfile: install(constraint), ...extra })).map((f) => f.message.replace(/ \(installed by RUN at [^)]*\)/, ''));
    // Traps: files no packaging reads (docker/requirements.txt; requirements-dev.txt, matched by no `*.txt` without a folder).
    const others = [
      'Requirement `jupyterlab` in docker/requirements.txt is not pinned to an exact version; pin it with `==` (e.g. generate the file with `pip-compile` or `uv pip compile`), or, where the file also states the versions a library supports, install it with a constraints file of exact pins (`-c constraints.txt`).',
      'Requirement `flake8` in requirements-dev.txt is not pinned to an exact version; pin it with `==` (e.g. generate the file with `pip-compile` or `uv pip compile`), or, where the file also states the versions a library supports, install it with a constraints file of exact pins (`-c constraints.txt`).',
    ];
    expect(found({ 'setup.py': setup })).toEqual(others);
    expect(found({ 'pyproject.toml': '[project]\nname = "app"\ndynamic = ["dependencies", "optional-dependencies"]\n\n[tool.setuptools.dynamic]\ndependencies = {file = ["requirements.txt"]}\n\n[tool.setuptools.dynamic.optional-dependencies]\nathena = {file = ["reqs/requirements-dev-athena.txt"]}\n' })).toEqual(others);
    expect(found({ 'setup.cfg': '[options]\ninstall_requires = file: requirements.txt\n\n[options.extras_require]\nathena = file: reqs/requirements-dev-athena.txt\n' })).toEqual(others);
    // Without a constraints file, the library's files are reported too, with a constraints file as the advice.
    expect(found({ 'setup.py': setup }, '')).toEqual([
      others[0],
      expect.stringMatching(/^Requirement `pyathena\[SQLAlchemy\]>=2.0.0,<3` in reqs\/requirements-dev-athena.txt .*\(setup.py reads it\)/),
      others[1],
      'Requirement `altair>=4.2.1,<5.0.0` in requirements.txt is not pinned to an exact version; the file declares the package\'s dependencies (setup.py reads it), where exact pins would pin every install of the package: install it with a constraints file of exact pins instead (`-c constraints.txt`, e.g. generated with `pip-compile` or `uv pip compile`).',
    ]);
    // An application without packaging, or packaging that reads another file: every file is asked for pins.
    expect(found({}).filter((m) => m.includes('pin it with `==`'))).toHaveLength(4);
    expect(found({ 'setup.py': 'setup(name="app", install_requires=open("deps.txt").read().splitlines())\n' }).filter((m) => m.includes('pin it with `==`'))).toHaveLength(4);
  });
  it('gives one requirement the same advice as several: pins, or a constraints file for a library\'s file', () => {
    const dir = context({ 'requirements.txt': 'flask>=3\n', Dockerfile: 'FROM python:3.12\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n' });
    expect(lintIn('requirements-pin-versions', dir).map((f) => f.message)).toEqual([
      `Requirement \`flask>=3\` in requirements.txt is not pinned to an exact version (installed by RUN at ${path.join(dir, 'Dockerfile')}:3); pin it with \`==\` (e.g. generate the file with \`pip-compile\` or \`uv pip compile\`), or, where the file also states the versions a library supports, install it with a constraints file of exact pins (\`-c constraints.txt\`).`,
    ]);
  });
  it('writes the file path the way the Dockerfile path was given', () => {
    const dir = context({ 'requirements.txt': 'flask\n', Dockerfile: 'FROM python:3.12\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n' });
    const rel = path.relative(process.cwd(), dir);
    const f = ruleFindings('requirements-pin-versions', fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8'), { filePath: path.join(rel, 'Dockerfile'), contextDir: rel });
    expect(f.map((x) => x.file)).toEqual([path.join(rel, 'requirements.txt')]);
  });
});

describe('PEP 508 environment markers', () => {
  const env = { python_version: '3.10', python_full_version: '3.10', sys_platform: 'linux', platform_system: 'Linux', os_name: 'posix' };
  it.each([
    ["python_version >= '3.11'", false],
    ['python_version < "3.11" and sys_platform == "linux"', true],
    ["python_version == '3.10.*'", true],
    ["python_version ~= '3.8'", true],
    ["(python_version < '3.8' or platform_system == 'Windows')", false],
    ["python_full_version >= '3.10.0'", true],
    ["python_full_version < '3.10.5'", null],
    ["'linux' in sys_platform", true],
    ["platform_machine == 'x86_64'", null],
    ["extra == 'dev' or python_version >= '3.9'", true],
    ["extra == 'dev' and python_version >= '3.9'", null],
    ['python_version >= ', null],
  ])('%s → %s', (marker, expected) => {
    expect(markerHolds(marker, env)).toBe(expected);
  });
});

describe('dockerignore-missing', () => {
  it('flags COPY . without a .dockerignore', () => {
    const f = fixtureFindings('dockerignore-missing', 'rules/dockerignore-missing/bad/Dockerfile');
    expect(positions(f)).toEqual([[5, 6]]);
    expect(f[0]!.message).toBe('`COPY . .` copies the whole build context and there is no .dockerignore; add a .dockerignore that excludes `.git`, caches, virtualenvs, data and checkpoints.');
  });
  for (const trap of ['with-ignore/Dockerfile', 'named-copies/Dockerfile', 'other-context/Dockerfile', 'frontend/Dockerfile', 'only-dockerfile/Dockerfile', 'specific-ignore/Dockerfile.prod', 'from-stage/Dockerfile']) {
    it(`is silent on ${trap}`, () => {
      expect(fixtureFindings('dockerignore-missing', 'rules/dockerignore-missing/good', trap)).toEqual([]);
    });
  }
  it('flags a .dockerignore that lets .git and large checkpoints through', () => {
    const dir = context({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.dockerignore': '__pycache__/\n',
      'weights/model.safetensors': 60 * 1024 * 1024,
      'small.pt': 1024,
      'app.py': '',
      Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\n',
    });
    const f = lintIn('dockerignore-missing', dir);
    expect(positions(f)).toEqual([[3, 6]]);
    expect(f[0]!.message).toBe('`COPY . .` copies the whole build context and .dockerignore does not exclude `.git`, `weights/model.safetensors` (60 MB); add them to .dockerignore.');
  });
  it('names large files in the missing-file message, and is silent when .dockerignore covers them', () => {
    const files = { 'data/train.parquet': 80 * 1024 * 1024, 'app.py': '', Dockerfile: 'FROM python:3.12-slim\nADD . /app\n' };
    expect(lintIn('dockerignore-missing', context(files))[0]!.message).toContain('so `data/` (80 MB) go into the image');
    expect(lintIn('dockerignore-missing', context({ ...files, '.dockerignore': '.git\ndata\n' }))).toEqual([]);
  });
  it('is silent without a .dockerignore when the context holds only plain files (nothing a developer\'s copy grows)', () => {
    const df = 'FROM apache/spark:3.5.1\nCOPY . /opt/spark/conf/\n';
    expect(lintIn('dockerignore-missing', context({ Dockerfile: df, 'README.md': '', 'hive-site.xml': '', 'spark.yaml': '', 'start.sh': '' }))).toEqual([]);
    // A folder, a manifest, code or a .env file beside it: a developer's copy grows caches, virtualenvs or secrets there.
    for (const extra of ['conf/spark.yaml', 'requirements.txt', '.env', 'setup.py']) {
      expect(lintIn('dockerignore-missing', context({ Dockerfile: df, 'hive-site.xml': '', [extra]: '' })), extra).toHaveLength(1);
    }
    // One helper Python script beside shell scripts (stable-diffusion-webui-docker's `config.py`): nothing imports it, so
    // no `__pycache__` grows; a second module or a manifest beside it is a project's code.
    const helpers = { Dockerfile: df, 'clone.sh': '', 'entrypoint.sh': '', 'config.py': '' };
    expect(lintIn('dockerignore-missing', context(helpers))).toEqual([]);
    expect(lintIn('dockerignore-missing', context({ ...helpers, 'job.py': '' }))).toHaveLength(1);
    expect(lintIn('dockerignore-missing', context({ ...helpers, 'requirements.txt': '' }))).toHaveLength(1);
    expect(lintIn('dockerignore-missing', context({ Dockerfile: df, 'clone.sh': '', 'entrypoint.sh': '', 'job.js': '' }))).toHaveLength(1);
  });
  it('does not ask to exclude .git when a later RUN runs git in the copied folder (repo2docker)', () => {
    const git = { '.git/HEAD': 'ref: refs/heads/main\n', '.dockerignore': '__pycache__/\n', 'setup.py': '' };
    const df = (run: string) => `FROM alpine:3.21\nADD . /tmp/src\n${run}\n`;
    expect(lintIn('dockerignore-missing', context({ ...git, Dockerfile: df('RUN cd /tmp/src && git clean -xfd && git status') }))).toEqual([]);
    expect(lintIn('dockerignore-missing', context({ ...git, Dockerfile: df('RUN git -C /tmp/src describe --tags > /VERSION') }))).toEqual([]);
    // Or a RUN that bind-mounts the context and runs git there (buildx's version stage).
    const mounted = (run: string) => `FROM golang:1.24\nWORKDIR /src\n${run}\nADD . /tmp/src\n`;
    expect(lintIn('dockerignore-missing', context({ ...git, Dockerfile: mounted('RUN --mount=type=bind,target=. <<EOT\n  VERSION=$(git describe --tags)\n  echo "$VERSION" > /tmp/.version\nEOT') }))).toEqual([]);
    expect(lintIn('dockerignore-missing', context({ ...git, Dockerfile: mounted('RUN --mount=type=bind,target=/mnt git -C /opt status') }))).toHaveLength(1);
    expect(lintIn('dockerignore-missing', context({ ...git, Dockerfile: mounted('RUN --mount=type=bind,from=builder,target=. git describe --tags') }))).toHaveLength(1);
    // git elsewhere (a clone of its own, or another folder) does not read the context's .git.
    expect(lintIn('dockerignore-missing', context({ ...git, Dockerfile: df('RUN cd /opt && git clone https://example.com/x.git && git -C x status') }))).toHaveLength(1);
    expect(lintIn('dockerignore-missing', context({ ...git, Dockerfile: df('RUN cd /tmp/src && pip install .') }))).toHaveLength(1);
    expect(lintIn('dockerignore-missing', context({ ...git, Dockerfile: df('RUN cd /tmp/src && git config --global user.name ci && pip install .') }))).toHaveLength(1);
    // `pre-commit install` writes the copy's `.git/hooks` (camel's .container/Dockerfile); `validate-config` needs no repository.
    expect(lintIn('dockerignore-missing', context({ ...git, Dockerfile: df('RUN cd /tmp/src && pip install pre-commit && pre-commit install') }))).toEqual([]);
    expect(lintIn('dockerignore-missing', context({ ...git, Dockerfile: df('RUN cd /tmp/src && pre-commit validate-config') }))).toHaveLength(1);
    expect(lintIn('dockerignore-missing', context({ ...git, Dockerfile: df('RUN mkdir /opt/x && cd /opt/x && git init && pre-commit install') }))).toHaveLength(1);
    // `safe.directory` for the copied folder is there only so git runs in it (huggingface/chat-ui: `npm run build` runs `git rev-parse HEAD`).
    const js = { '.git/HEAD': '', '.dockerignore': 'node_modules\n', 'package.json': '{}', Dockerfile: 'FROM node:20 AS builder\nWORKDIR /app\nCOPY . .\nRUN git config --global --add safe.directory /app && npm run build\n' };
    expect(lintIn('dockerignore-missing', context(js))).toEqual([]);
    // Another folder marked safe says nothing about the copy.
    expect(lintIn('dockerignore-missing', context({ ...js, Dockerfile: js.Dockerfile.replace('safe.directory /app', 'safe.directory /opt/other') }))).toHaveLength(1);
    // Without a .dockerignore the advice leaves .git out.
    const [none] = lintIn('dockerignore-missing', context({ '.git/HEAD': '', 'app.py': '', Dockerfile: df('RUN cd /tmp/src && git status') }));
    expect(none!.message).toBe('`ADD . /tmp/src` copies the whole build context and there is no .dockerignore; add a .dockerignore that excludes caches, virtualenvs, data and checkpoints.');
  });
  it('does not ask to exclude .git from a .dockerignore that a sibling Dockerfile running git on its copy shares (thanos)', () => {
    const e2e = 'FROM golang:1.26 AS builder\nWORKDIR /src\nCOPY . /src\nRUN go build ./cmd/app\nFROM golang:1.26\nCOPY --from=builder /go/bin/app /bin/app\n';
    const multi = 'FROM golang:1.26-alpine AS builder\nWORKDIR $GOPATH/src/example.com/app\nCOPY . $GOPATH/src/example.com/app\nRUN git update-index --refresh; make build\n';
    const files = { '.git/HEAD': '', '.dockerignore': 'data/\n', 'go.mod': 'module example.com/app\n', 'Dockerfile.e2e-tests': e2e, 'Dockerfile.multi-stage': multi };
    expect(lintIn('dockerignore-missing', context(files), 'Dockerfile.e2e-tests')).toEqual([]);
    // Its own ignore file, or no sibling running git, keeps the advice.
    expect(lintIn('dockerignore-missing', context({ ...files, 'Dockerfile.e2e-tests.dockerignore': 'data/\n' }), 'Dockerfile.e2e-tests')).toHaveLength(1);
    expect(lintIn('dockerignore-missing', context({ ...files, 'Dockerfile.multi-stage': multi.replace('git update-index --refresh; ', '') }), 'Dockerfile.e2e-tests')).toHaveLength(1);
  });
  it('does not ask to exclude .git when the copied Python project versions from git or its setup.py runs git', () => {
    const df = 'FROM python:3.12\nWORKDIR /opt/prefect\n# requires full git history for versions to generate correctly\nCOPY . ./\nRUN uv build --sdist\n';
    const unignored = { '.git/HEAD': '', 'src/app.py': '', Dockerfile: df };
    const base = { ...unignored, '.dockerignore': '__pycache__/\n' };
    for (const [file, text] of [
      ['pyproject.toml', '[build-system]\nrequires = ["hatchling", "versioningit"]\n'],
      ['pyproject.toml', '[build-system]\nrequires = ["setuptools>=64", "setuptools_scm>=8"]\n'],
      ['setup.cfg', '[options]\nsetup_requires = pbr\n'],
      // great_expectations: versioneer computes the version with `git describe` when `pip install .` builds it.
      ['setup.cfg', '[versioneer]\nVCS = git\nstyle = pep440\nversionfile_source = great_expectations/_version.py\n'],
      ['setup.py', 'import subprocess\nsha = subprocess.check_output(["git", "rev-parse", "--short", "HEAD"])\n'],
    ]) {
      expect(lintIn('dockerignore-missing', context({ ...base, [file!]: text! })), text).toEqual([]);
    }
    // Without a .dockerignore the rule still asks for one, without `.git` in it.
    const [none] = lintIn('dockerignore-missing', context({ ...unignored, 'pyproject.toml': 'requires = ["hatch-vcs"]\n' }));
    expect(none!.message).toContain('excludes caches, virtualenvs');
    // A project with a fixed version, or a setup.py that only names git, still gets `.git` named.
    for (const text of ['[project]\nversion = "1.0"\n', 'url = "https://github.com/x/y.git"\n']) {
      expect(lintIn('dockerignore-missing', context({ ...base, 'pyproject.toml': text }))[0]!.message).toContain('does not exclude `.git`');
    }
  });
  it('does not ask to exclude .git when the Maven build uses the git-commit-id plugin (Apache Zeppelin), and says where a build-only stage\'s copy goes', () => {
    const df = 'FROM eclipse-temurin:11-jdk AS builder\nADD . /workspace/app\nWORKDIR /workspace/app\nRUN ./mvnw -B package && mv target/app /opt/app\nFROM ubuntu:22.04\nCOPY --from=builder /opt/app /opt/app\n';
    const files = { '.git/HEAD': '', '.dockerignore': 'target/\n', mvnw: '', Dockerfile: df };
    const pom = (artifact: string) => `<project><build><pluginManagement><plugins><plugin>\n  <groupId>pl.project13.maven</groupId>\n  <artifactId>${artifact}</artifactId>\n</plugin></plugins></pluginManagement></build></project>\n`;
    expect(lintIn('dockerignore-missing', context({ ...files, 'pom.xml': pom('git-commit-id-plugin') }))).toEqual([]);
    expect(lintIn('dockerignore-missing', context({ ...files, 'pom.xml': pom('git-commit-id-maven-plugin') }))).toEqual([]);
    // Trap: another plugin; .git is named.
    expect(lintIn('dockerignore-missing', context({ ...files, 'pom.xml': pom('maven-checkstyle-plugin') }))[0]!.message).toContain('does not exclude `.git`');
    // Without a .dockerignore: the builder stage ships nothing of the context, which is only sent to the builder.
    const { ['.dockerignore']: _, ...unignored } = files;
    expect(lintIn('dockerignore-missing', context({ ...unignored, 'pom.xml': pom('maven-checkstyle-plugin') }))[0]!.message).toContain('so `.git` are sent to the builder on every build');
    // Trap: a final stage that copies the whole copied folder ships it.
    const shipped = df.replace('COPY --from=builder /opt/app /opt/app', 'COPY --from=builder /workspace/app /workspace/app');
    expect(lintIn('dockerignore-missing', context({ ...unignored, Dockerfile: shipped, 'pom.xml': pom('maven-checkstyle-plugin') }))[0]!.message).toContain('so `.git` go into the image');
    // Trap: a later stage built as an image copies the whole context too.
    const dev = `${df}FROM ubuntu:22.04 AS dev\nCOPY . /src\n`;
    expect(lintIn('dockerignore-missing', context({ ...unignored, Dockerfile: dev, 'pom.xml': pom('maven-checkstyle-plugin') }))[0]!.message).toContain('so `.git` go into the image');
  });
  it('does not ask to exclude .git when the copied CMake, Meson or Gradle build reads git (fluent-bit\'s FLB_GIT_HASH)', () => {
    const df = 'FROM debian:bookworm-slim AS builder\nWORKDIR /src/fluent-bit/\nCOPY . ./\nWORKDIR /src/fluent-bit/build/\nRUN cmake .. && make -j 4\n';
    const files = { '.git/HEAD': '', '.dockerignore': '# We need the git commit info\n# .git\nbuild/**\n', 'src/main.c': '', Dockerfile: df };
    const fluentBit = 'find_package(Git)\nexecute_process(COMMAND\n  "${GIT_EXECUTABLE}" -c log.showSignature=false log -1 --format=%H\n  WORKING_DIRECTORY "${FLB_ROOT}"\n  OUTPUT_VARIABLE FLB_GIT_HASH\n  ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)\n';
    for (const [file, text] of [
      ['CMakeLists.txt', fluentBit],
      ['CMakeLists.txt', 'execute_process(COMMAND git describe --tags --always OUTPUT_VARIABLE VERSION)\n'],
      ['CMakeLists.txt', 'include(GetGitRevisionDescription)\nget_git_head_revision(GIT_REFSPEC GIT_SHA1)\n'],
      ['meson.build', "version_h = vcs_tag(input: 'version.h.in', output: 'version.h')\n"],
      ['build.gradle', "plugins {\n  id 'com.gorylenko.gradle-git-properties' version '2.4.1'\n}\n"],
    ]) {
      expect(lintIn('dockerignore-missing', context({ ...files, [file!]: text! })), text).toEqual([]);
    }
    // git run to fetch or patch something else, or a project that only names git, reads no `.git` of the project's.
    for (const text of [
      'execute_process(COMMAND git clone https://github.com/x/y.git deps/y)\n',
      'ExternalProject_Add(y GIT_REPOSITORY https://github.com/x/y.git PATCH_COMMAND git apply y.patch)\n',
      'find_package(Git)\nmessage(STATUS "Run `git submodule update --init` first")\n',
    ]) {
      expect(lintIn('dockerignore-missing', context({ ...files, 'CMakeLists.txt': text }))[0]!.message, text).toContain('does not exclude `.git`');
    }
  });
  it('does not ask to exclude .git when the make goal a RUN runs stamps the version from git (lws, smallstep)', () => {
    const files = { '.git/HEAD': '', '.dockerignore': 'bin/\n', 'go.mod': 'module example.com/app\n', 'cmd/main.go': 'package main\n' };
    const run = (make: string, extra = '') => `FROM golang:1.26 AS builder\n${extra}WORKDIR /workspace\nCOPY . .\nRUN ${make}\nFROM gcr.io/distroless/static\nCOPY --from=builder /workspace/bin/manager /manager\n`;
    // lws: `build` reads LD_FLAGS, which holds `$(shell git rev-parse HEAD)` and GIT_TAG from `git describe`; `all` is the default goal.
    const lws = "GO_CMD ?= go\nGIT_TAG ?= $(shell git describe --tags --dirty --always)\nLD_FLAGS += -X 'pkg.GitVersion=$(GIT_TAG)'\nLD_FLAGS += -X 'pkg.GitCommit=$(shell git rev-parse HEAD)'\n\n.PHONY: all\nall: build\n\nfmt:\n\t$(GO_CMD) fmt ./...\n\nbuild: fmt ## Build manager binary.\n\t$(GO_BUILD_ENV) $(GO_CMD) build -ldflags=\"$(LD_FLAGS)\" -o bin/manager cmd/main.go\n";
    expect(lintIn('dockerignore-missing', context({ ...files, Makefile: lws, Dockerfile: run("make build GO_BUILD_ENV='CGO_ENABLED=0'") }))).toEqual([]);
    expect(lintIn('dockerignore-missing', context({ ...files, Makefile: lws, Dockerfile: run('make') }))).toEqual([]);
    // smallstep: the goal is a target named with variables, its VERSION set from git in a conditional branch, then re-assigned.
    const step = "PKG?=example.com/app/cmd/step-ca\nBINNAME?=step-ca\nQ=$(if $V,,@)\nPREFIX?=\nifdef GITHUB_REF\nVERSION ?= $(shell echo $(GITHUB_REF) | sed 's/^refs\\/tags\\///')\nelse\nVERSION ?= $(shell [ -d .git ] && git describe --tags --always --dirty=\"-dev\")\nendif\nVERSION := $(shell echo $(VERSION) | sed 's/^v//')\nLDFLAGS := -ldflags='-w -X \"main.Version=$(VERSION)\"'\n\ndownload:\n\t$Q go mod download\n\n$(PREFIX)bin/$(BINNAME): download\n\t$Q mkdir -p $(@D)\n\t$Q go build -v -o $(PREFIX)bin/$(BINNAME) $(LDFLAGS) $(PKG)\n";
    expect(lintIn('dockerignore-missing', context({ ...files, Makefile: step, Dockerfile: run('make V=1 bin/step-ca', 'RUN apk add --no-cache git make\n') }))).toEqual([]);
    // A goal that reads no git-set variable, git only in a release target, a `:=` from git that the goal's recipe never
    // reads (run on every make, but its empty value reaches nothing built), or a version the command line or ENV gives:
    // `.git` is not needed.
    const release = 'VERSION := $(shell git describe --tags)\nbuild:\n\tgo build -o bin/manager ./cmd\nrelease:\n\tgit tag v$(VERSION) && git push --tags\n';
    const given = 'VERSION ?= $(shell git describe --tags)\nbuild:\n\tgo build -ldflags "-X main.version=$(VERSION)" -o bin/manager ./cmd\n';
    for (const [makefile, dockerfile] of [
      [lws, run('make fmt')],
      [release, run('make build')],
      [given, run('make build VERSION=1.2.3')],
      [given, run('make build', 'ENV VERSION=1.2.3\n')],
      [lws, run('cd /opt && make build')],
    ]) {
      expect(lintIn('dockerignore-missing', context({ ...files, Makefile: makefile!, Dockerfile: dockerfile! }))[0]?.message, dockerfile).toContain('does not exclude `.git`');
    }
  });
  it('does not ask to exclude .git when a cargo build of the copy runs a build script that reads git (openobserve, parseable)', () => {
    const gitScript = 'use std::process::Command;\nfn main() {\n    let out = Command::new("git").args(["describe", "--tags", "--abbrev=0"]).output().unwrap();\n    println!("cargo:rustc-env=GIT_VERSION={}", String::from_utf8(out.stdout).unwrap());\n}\n';
    const plainScript = 'fn main() {\n    println!("cargo:rustc-check-cfg=cfg(tokio_unstable)");\n}\n';
    const pkg = (name: string, rest = '') => `[package]\nname = "${name}"\nversion = "0.1.0"\n\n${rest}`;
    const base = { '.git/HEAD': '', '.dockerignore': 'target/\n', 'src/main.rs': 'fn main() {}\n' };
    const df = (run = 'RUN cargo build --release') => `FROM rust:1.96 AS builder\nWORKDIR /app\nCOPY . .\n${run}\nFROM debian:trixie-slim\nCOPY --from=builder /app/target/release/app /app\n`;
    // openobserve: the root package's build.rs is plain; the workspace crate it depends on (`config.workspace = true`,
    // a path in `[workspace.dependencies]`) runs `git describe` in its build.rs.
    const openobserve = {
      ...base,
      'build.rs': plainScript,
      'Cargo.toml': pkg('app', '[dependencies]\nconfig.workspace = true\nserde = "1"\n\n[workspace]\nmembers = ["src/config", "src/tools"]\n\n[workspace.dependencies]\nconfig = { path = "src/config" }\n'),
      'src/config/Cargo.toml': pkg('config', '[build-dependencies]\nchrono.workspace = true\n'),
      'src/config/build.rs': gitScript,
      'src/config/src/lib.rs': '',
      'src/tools/Cargo.toml': pkg('tools'),
    };
    // parseable: vergen-gitcl as a build dependency, its entry over several lines.
    const parseable = { ...base, 'build.rs': 'use vergen_gitcl::{Emitter, GitclBuilder};\nfn main() {}\n', 'Cargo.toml': pkg('app', '[build-dependencies]\nanyhow = "1.0"\nvergen-gitcl = { version = "9.1.0", features = [\n    "build",\n    "cargo",\n] }\n') };
    const silent: [string, Record<string, string>][] = [
      ['openobserve', { ...openobserve, Dockerfile: df() }],
      ['parseable', { ...parseable, Dockerfile: df() }],
      ['build.rs of the root package', { ...base, 'build.rs': gitScript, 'Cargo.toml': pkg('app'), Dockerfile: df('RUN cargo build --release --locked') }],
      ['cargo install --path', { ...base, 'build.rs': gitScript, 'Cargo.toml': pkg('app'), Dockerfile: df('RUN cargo install --locked --path .') }],
      ['--manifest-path', { ...base, 'server/build.rs': gitScript, 'server/Cargo.toml': pkg('server'), Dockerfile: df('RUN cargo build --manifest-path server/Cargo.toml') }],
      ['virtual workspace, member glob, shadow-rs', { ...base, 'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\n', 'crates/cli/Cargo.toml': pkg('cli', '[build-dependencies]\nshadow-rs = "1"\n'), 'crates/cli/build.rs': 'fn main() { shadow_rs::ShadowBuilder::builder().build().unwrap(); }\n', Dockerfile: df() }],
      ['vergen with its git feature, inherited', { ...base, 'build.rs': plainScript, 'Cargo.toml': pkg('app', '[build-dependencies]\nvergen = { workspace = true }\n\n[workspace]\n\n[workspace.dependencies]\nvergen = { version = "8", features = ["build", "git", "gitcl"] }\n'), Dockerfile: df() }],
      ['a make goal running cargo', { ...base, 'build.rs': gitScript, 'Cargo.toml': pkg('app'), Makefile: 'build:\n\tcargo build --release\n', Dockerfile: df('RUN make build') }],
    ];
    for (const [name, files] of silent) expect(lintIn('dockerignore-missing', context(files)), name).toEqual([]);
    // Builds that do not read git: a plain build script, git run to clone something else, vergen without git, git2 used
    // at run time, a workspace member the built package does not depend on, a crate from a registry, no cargo build.
    const reported: [string, Record<string, string>][] = [
      ['plain build.rs', { ...base, 'build.rs': plainScript, 'Cargo.toml': pkg('app'), Dockerfile: df() }],
      ['git clone', { ...base, 'build.rs': 'use std::process::Command;\nfn main() { Command::new("git").args(["clone", "https://example.com/x.git"]).status().unwrap(); }\n', 'Cargo.toml': pkg('app'), Dockerfile: df() }],
      ['vergen without git', { ...base, 'build.rs': plainScript, 'Cargo.toml': pkg('app', '[build-dependencies]\nvergen = { version = "8.3", features = ["build", "cargo"] }\n'), Dockerfile: df() }],
      ['git2 at run time', { ...base, 'build.rs': plainScript, 'Cargo.toml': pkg('app', '[dependencies]\ngit2 = "0.20"\n'), Dockerfile: df() }],
      ['member not built', { ...openobserve, 'Cargo.toml': openobserve['Cargo.toml'].replace('config.workspace = true\n', ''), Dockerfile: df() }],
      ['cargo install from a registry', { ...base, 'build.rs': gitScript, 'Cargo.toml': pkg('app'), Dockerfile: df('RUN cargo install ripgrep') }],
      ['no cargo build', { ...parseable, Dockerfile: df('RUN ls') }],
      ['cargo build elsewhere', { ...parseable, Dockerfile: df('RUN cd /opt/other && cargo build') }],
    ];
    for (const [name, files] of reported) expect(lintIn('dockerignore-missing', context(files))[0]?.message, name).toContain('does not exclude `.git`');
  });
  it('does not ask to exclude .git when the copied Go module reads the VCS stamp of its build (gatekeeper\'s vcs.revision)', () => {
    const version = 'package version\n\nimport "runtime/debug"\n\nfunc Revision() string {\n\tinfo, _ := debug.ReadBuildInfo()\n\tfor _, s := range info.Settings {\n\t\tif s.Key == "vcs.revision" {\n\t\t\treturn s.Value\n\t\t}\n\t}\n\treturn "unknown"\n}\n';
    const files = { '.git/HEAD': '', '.dockerignore': '**/*.log\n', 'go.mod': 'module example.com/gatekeeper\n', 'main.go': 'package main\n', 'cmd/gator/gator.go': 'package main\n', 'pkg/version/version.go': version };
    const manager = 'FROM golang:1.26 AS builder\nWORKDIR /go/src/example.com/gatekeeper\nCOPY . .\nRUN --mount=type=cache,target=/root/.cache/go-build go build -a -ldflags "${LDFLAGS}" -o manager\n';
    const gator = 'FROM golang:1.26 AS builder\nCOPY . /go/src/example.com/gatekeeper\nWORKDIR /go/src/example.com/gatekeeper/cmd/gator\nRUN go build -a -o /gator\n';
    expect(lintIn('dockerignore-missing', context({ ...files, Dockerfile: manager }))).toEqual([]);
    expect(lintIn('dockerignore-missing', context({ ...files, Dockerfile: gator }))).toEqual([]);
    // The same through a make goal that runs `go build`.
    const make = 'FROM golang:1.26 AS builder\nWORKDIR /src\nCOPY . .\nRUN make manager\n';
    expect(lintIn('dockerignore-missing', context({ ...files, Makefile: 'manager:\n\tGO111MODULE=on go build -o bin/manager .\n', Dockerfile: make }))).toEqual([]);
    // A sibling Dockerfile sharing the .dockerignore: its build needs .git too.
    expect(lintIn('dockerignore-missing', context({ ...files, Dockerfile: manager, 'crd.Dockerfile': 'FROM alpine:3.21\nCOPY . /src\n' }), 'crd.Dockerfile')).toEqual([]);
    // Code that never reads the stamp (or only in a test or vendored code), or a build that turns stamping off: `.git` is not needed.
    const unread = { ...files, 'pkg/version/version.go': 'package version\n\nvar Version = "dev"\n' };
    for (const [name, ctx] of [
      ['no reader', { ...unread, Dockerfile: manager }],
      ['test only', { ...unread, 'pkg/version/version_test.go': version, Dockerfile: manager }],
      ['vendored', { ...unread, 'vendor/example.com/v/v.go': version, Dockerfile: manager }],
      ['-buildvcs=false', { ...files, Dockerfile: manager.replace('go build -a', 'go build -buildvcs=false -a') }],
      ['GOFLAGS', { ...files, Dockerfile: manager.replace('COPY . .', 'ENV GOFLAGS=-buildvcs=false\nCOPY . .') }],
      ['go install of another module', { ...files, Dockerfile: manager.replace(/RUN .*/, 'RUN go install golang.org/x/tools/cmd/stringer@latest') }],
    ] as const) {
      expect(lintIn('dockerignore-missing', context(ctx))[0]?.message, name).toContain('does not exclude `.git`');
    }
  });
  it('takes a RUN that cds into the Dockerfile\'s own folder inside the copy as a build from a parent folder (intel-extension-for-pytorch)', () => {
    const df = 'FROM ubuntu:22.04\nWORKDIR /root\nCOPY . ./ipex\nRUN cd ipex/examples/cpu/llm && bash tools/env_setup.sh\n';
    const own = path.join(context({ 'examples/cpu/llm/Dockerfile': df, 'examples/cpu/llm/tools/env_setup.sh': '', 'examples/cpu/llm/requirements.txt': '' }), 'examples/cpu/llm');
    const findings = (run: string) => ruleFindings('dockerignore-missing', df.replace(/RUN .*/, run), { filePath: path.join(own, 'Dockerfile'), contextDir: own });
    expect(findings('RUN cd ipex/examples/cpu/llm && bash tools/env_setup.sh')).toEqual([]);
    // A cd elsewhere in the copy says nothing of where the context is.
    expect(findings('RUN cd ipex/tools && bash env_setup.sh')).toHaveLength(1);
  });
  it('needs the build context', () => {
    expect(ruleFindings('dockerignore-missing', 'FROM python:3.12\nCOPY . .\n')).toEqual([]);
  });
  it('does not take a source the build fills in (an empty ARG default) for the whole context', () => {
    const files = { 'app.py': '', Dockerfile: 'FROM python:3.12-slim\nARG SOURCE_DIR=""\nCOPY ${SOURCE_DIR} /app/code\n' };
    expect(lintIn('dockerignore-missing', context(files))).toEqual([]);
  });
});

describe('copy-ignored-file', () => {
  it('flags sources that .dockerignore excludes (files, folders, globs, leading and trailing slashes)', () => {
    const f = fixtureFindings('copy-ignored-file', 'rules/copy-ignored-file/bad/Dockerfile');
    expect(positions(f)).toEqual([[3, 6], [4, 6], [5, 6], [6, 6], [7, 5]]);
    expect(f[0]!.message).toBe('`COPY notes.txt`: the source is excluded by .dockerignore (pattern `*.txt`), so the build cannot find it; remove the pattern or add `!notes.txt` to .dockerignore.');
    expect(f[2]!.message).toContain('every file it matches is excluded');
  });
  it('is silent on exceptions, partly re-included folders, globs with a kept match, other stages, heredocs, URLs and missing files', () => {
    expect(fixtureFindings('copy-ignored-file', 'rules/copy-ignored-file/good/Dockerfile')).toEqual([]);
  });
  it('uses <Dockerfile>.dockerignore beside the Dockerfile instead of the context one', () => {
    const dir = context({ '.dockerignore': '', 'Dockerfile.dev.dockerignore': 'app.py\n', 'app.py': '', 'Dockerfile.dev': 'FROM python:3.12\nCOPY app.py /app/\n' });
    const f = lintIn('copy-ignored-file', dir, 'Dockerfile.dev');
    expect(f.map((x) => x.message)).toEqual([
      '`COPY app.py`: the source is excluded by Dockerfile.dev.dockerignore (pattern `app.py`), so the build cannot find it; remove the pattern or add `!app.py` to Dockerfile.dev.dockerignore.',
    ]);
  });
});

describe('layer-cache-order: stale package index', () => {
  const at = (text: string) => positions(ruleFindings('layer-cache-order', text));
  it('reports an install in a later RUN than the update, also in a stage built on it', () => {
    const f = ruleFindings('layer-cache-order', 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n');
    expect(positions(f)).toEqual([[3, 13]]);
    expect(f[0]!.message).toBe(
      '`apt-get install` reads the package index of `apt-get update` on line 2, a separate RUN that the build cache reuses unchanged: once that index is older than the repository, the install fails to fetch packages (404) or installs outdated ones; use `apt-get update && apt-get install …` in the same RUN.',
    );
    expect(at('FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN apt-get install -y git\n')).toEqual([[3, 13]]);
    expect(at('FROM debian:12 AS base\nRUN apt-get update\nFROM base\nRUN apt-get install -y git\n')).toEqual([[4, 13]]);
    expect(ruleFindings('layer-cache-order', 'FROM alpine:3.20\nRUN apk update\nRUN apk add curl\n')[0]!.message).toContain('use `apk add --no-cache …`');
  });
  it('takes a vendor setup script that updates the index itself for the update (NodeSource\'s setup_20.x)', () => {
    const node = 'RUN curl -fsSL https://deb.nodesource.com/setup_20.x | sudo -E bash -\n';
    const f = ruleFindings('layer-cache-order', `FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n${node}RUN apt-get install -y nodejs\n`);
    expect(positions(f)).toEqual([[3, 13], [5, 13]]);
    expect(f[1]!.message).toMatch(/^`apt-get install` reads the package index of the setup script `curl -fsSL https:\/\/deb\.nodesource\.com\/setup_20\.x \| sudo -E bash -` \(which updates it\) on line 4,/);
    // In the same RUN, the script's update is the install's own.
    expect(at(`FROM debian:12\nRUN apt-get update\nRUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash - && apt-get install -y nodejs\n`)).toEqual([]);
  });
  it('is silent when the install updates itself, fetches a fresh index, or no stale index stays in a layer', () => {
    expect(at('FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN apt-get update && apt-get install -y git\n')).toEqual([]);
    expect(at('FROM debian:12\nRUN apt-get update && rm -rf /var/lib/apt/lists/*\nRUN apt-get install -y git\n')).toEqual([]);
    expect(at('FROM alpine:3.20\nRUN apk update\nRUN apk add --no-cache curl\nRUN apk add -U git\n')).toEqual([]);
    expect(at('FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt apt-get update\nRUN --mount=type=cache,target=/var/lib/apt apt-get install -y git\n')).toEqual([]);
    expect(at('FROM fedora:40\nRUN dnf makecache\nRUN dnf install -y git\n')).toEqual([]);
    expect(at('FROM debian:12\nRUN apt-get update && /tmp/clean-layer.sh\nRUN apt-get install -y git\n')).toEqual([]);
    expect(at('FROM debian:12\nRUN apt-get update\nRUN xx-apt-get install -y gcc\n')).toEqual([]);
    // add-apt-repository runs `apt update` itself after adding the source (unless -n / --no-update).
    expect(at('FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y software-properties-common\nRUN add-apt-repository -y ppa:deadsnakes/ppa && apt-get install -y python3.12\n')).toEqual([]);
    expect(at('FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y software-properties-common\nRUN add-apt-repository -n -y ppa:deadsnakes/ppa && apt-get install -y python3.12\n')).toEqual([[3, 60]]);
  });
  it('is silent when every apt source is a frozen release\'s archive, whose lists never change', () => {
    // typesense's `ubuntu:14.10` builder, its sources pointed at old-releases.
    const oldReleases = "RUN sed -i -re 's/([a-z]{2}\\.)?archive.ubuntu.com|security.ubuntu.com/old-releases.ubuntu.com/g' /etc/apt/sources.list\nRUN apt-get update && apt-get install -y tar\nRUN apt-get install -y git\n";
    expect(at(`FROM ubuntu:14.10\n${oldReleases}`)).toEqual([]);
    expect(at('FROM debian:10\nRUN apt-get update\nRUN apt-get install -y git\n')).toEqual([]);
    expect(at('FROM debian:12\nRUN rm /etc/apt/sources.list && rm -rf /etc/apt/sources.list.d/* && echo "deb http://archive.debian.org/debian buster main" > /etc/apt/sources.list\nRUN apt-get update\nRUN apt-get install -y git\n')).toEqual([]);
    // Traps: a live release, a live source beside the frozen base's, a `sed` to some other mirror (suites unknown).
    expect(at(`FROM ubuntu:24.04\n${oldReleases}`)).toEqual([[4, 13]]);
    expect(at('FROM nvidia/cuda:11.8.0-devel-ubuntu18.04\nRUN apt-get update\nRUN apt-get install -y git\n')).toEqual([[3, 13]]);
    expect(at('ARG BASE_IMAGE=ubuntu:20.04\nFROM ${BASE_IMAGE}\nRUN apt-get update\nRUN apt-get install -y git\n')).toEqual([[4, 13]]);
    expect(at('FROM debian:10\nRUN echo "deb http://deb.example.com/apt stable main" > /etc/apt/sources.list.d/x.list\nRUN apt-get update\nRUN apt-get install -y git\n')).toEqual([[4, 13]]);
    expect(at("FROM ubuntu:18.04\nRUN sed -i 's/bionic/jammy/g' /etc/apt/sources.list && apt-get update\nRUN apt-get install -y git\n")).toEqual([[3, 13]]);
  });
  it('is silent on an Official Image built on buildpack-deps of a frozen release, which adds no apt source (gcc:10.3.0-buster), past a build\'s configure scripts', () => {
    const tail = 'RUN apt-get update && apt-get install -y zlib1g-dev\nRUN cd /opt/openssl && sh ./config && ./configure && cd /opt/icu && ./runConfigureICU Linux\nRUN apt-get install -y unzip\n';
    expect(at(`FROM gcc:10.3.0-buster\n${tail}`)).toEqual([]);
    expect(at(`FROM python:3.9-buster\n${tail}`)).toEqual([]);
    // Traps: an image that adds its vendor's repository (PostgreSQL's apt.postgresql.org), a live release, a script that may add sources.
    expect(at(`FROM postgres:13-bullseye\n${tail}`)).toEqual([[4, 13]]);
    expect(at(`FROM gcc:14-bookworm\n${tail}`)).toEqual([[4, 13]]);
    expect(at(`FROM gcc:10.3.0-buster\n${tail.replace('./runConfigureICU Linux', 'bash ./setup-repos.sh')}`)).toEqual([[4, 13]]);
  });
  it('is silent when the stage points its sources at the archive host, whatever the base, and a repository it adds is for the base\'s own release', () => {
    // cloud-builders' javac: a vendor's stretch image from a build argument, its sources moved to archive.debian.org.
    const archive = "RUN sed -i s/deb.debian.org/archive.debian.org/g /etc/apt/sources.list && \\\n   sed -i 's|security.debian.org|archive.debian.org/debian-security/|g' /etc/apt/sources.list && \\\n   sed -i '/stretch-updates/d' /etc/apt/sources.list\n";
    const docker = 'add-apt-repository "deb [arch=amd64] https://download.docker.com/linux/debian $(lsb_release -cs) stable"';
    const build = (base: string, sed = archive, repo = docker) => at(`ARG BASE_IMAGE=${base}\nFROM \${BASE_IMAGE}\n${sed}RUN apt-get update && ${repo} && apt-get -y update && apt-get -y install docker-ce\nRUN apt-get -y install python3-dev\n`);
    expect(build('launcher.gcr.io/google/openjdk8')).toEqual([]);
    expect(at(`FROM launcher.gcr.io/google/openjdk8\n${archive}RUN apt-get update\nRUN apt-get install -y git\n`)).toEqual([]);
    // Traps: no sed to the archive host, a sed away from it, a repository of a live suite, a CUDA base (NVIDIA's live repository).
    expect(build('launcher.gcr.io/google/openjdk8', '')).toEqual([[4, 16]]);
    expect(build('launcher.gcr.io/google/openjdk8', "RUN sed -i 's/archive.debian.org/deb.debian.org/g' /etc/apt/sources.list\n")).toEqual([[5, 16]]);
    expect(build('launcher.gcr.io/google/openjdk8', archive, 'add-apt-repository "deb https://download.docker.com/linux/debian bookworm stable"')).toEqual([[7, 16]]);
    expect(build('launcher.gcr.io/google/openjdk8', archive, 'add-apt-repository "deb https://example.com/apt $(cat /etc/suite) main"')).toEqual([[7, 16]]);
    const oldReleases = "RUN sed -i 's/archive.ubuntu.com/old-releases.ubuntu.com/g' /etc/apt/sources.list\n";
    expect(build('nvidia/cuda:10.2-devel-ubuntu18.04', oldReleases)).toEqual([[5, 16]]);
    expect(build('acme/base:1', oldReleases)).toEqual([]);
  });
});

describe('layer-cache-order: an update rebuilt at every edit of the Dockerfile', () => {
  const lines = (dir: string, file = 'Dockerfile') => lintIn('layer-cache-order', dir, file).map((f) => f.range.start.line);
  const go = { 'main.go': 'package main\n', 'go.mod': 'module x\n' };
  it('is silent when a copy before the update takes the Dockerfile from the context (smallstep\'s Dockerfile.hsm)', () => {
    const df = 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends gcc\n';
    expect(lines(context({ ...go, Dockerfile: df }))).toEqual([]);
    // A folder holding the Dockerfile, built from the top of the project.
    expect(lines(context({ ...go, 'docker/Dockerfile': df.replace('COPY . .', 'COPY docker/ /src/docker/') }), 'docker/Dockerfile')).toEqual([]);
  });
  it('still reports when nothing before the update depends on the Dockerfile\'s text, or something after it keys the install alone', () => {
    const df = 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends gcc\n';
    // The ignore file leaves the Dockerfile out of the copy.
    expect(lines(context({ ...go, '.dockerignore': 'Dockerfile\n', Dockerfile: df }))).toEqual([5]);
    // Only other files copied.
    expect(lines(context({ ...go, Dockerfile: df.replace('COPY . .', 'COPY go.mod main.go ./') }))).toEqual([5]);
    // A file copied, or a build argument declared, between the update and the install changes the install's cache alone.
    expect(lines(context({ ...go, Dockerfile: df.replace('RUN apt-get install', 'COPY go.mod /tmp/\nRUN apt-get install') }))).toEqual([6]);
    expect(lines(context({ ...go, Dockerfile: df.replace('RUN apt-get install', 'ARG GCC=gcc\nRUN apt-get install') }))).toEqual([6]);
    // Without the context the linter cannot tell what the copy takes.
    expect(positions(ruleFindings('layer-cache-order', df))).toEqual([[5, 13]]);
  });
  it('is silent after a copy from a stage rebuilt with the Dockerfile whose build stamps the time, not one whose output may be the same bytes', () => {
    const df = (run: string) =>
      `FROM golang:1.22 AS builder\nWORKDIR /src\nCOPY . .\n${run}\n\nFROM debian:12\nCOPY --from=builder /src/bin/step-ca /usr/local/bin/step-ca\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends opensc\n`;
    const stamped = "DATE := $(shell date -u '+%Y-%m-%d %H:%M UTC')\nbin/step-ca:\n\tgo build -ldflags='-X \"main.BuildTime=$(DATE)\"' -o bin/step-ca .\n";
    expect(lines(context({ ...go, Makefile: stamped, 'docker/Dockerfile.hsm': df('RUN make bin/step-ca') }), 'docker/Dockerfile.hsm')).toEqual([]);
    expect(lines(context({ ...go, Dockerfile: df('RUN go build -ldflags "-X main.date=$(date -u +%FT%T)" -o bin/step-ca .') }))).toEqual([]);
    // A reproducible build: BuildKit finds the copied binary unchanged and reuses the update.
    expect(lines(context({ ...go, Makefile: 'bin/step-ca:\n\tgo build -o bin/step-ca .\n', Dockerfile: df('RUN make bin/step-ca') }))).toEqual([9]);
    expect(lines(context({ ...go, Dockerfile: df('RUN go build -o bin/step-ca .') }))).toEqual([9]);
  });
});

describe('layer-cache-order: a folder of nothing but the Dockerfile that the project builds from there', () => {
  // intel's torchrec inference example (audit AP item 169): docker/ holds only the Dockerfile, whose `COPY . .` takes
  // it before the update, and the README one folder above says to build it from there, `nvidia-docker build -t torchrec .`.
  const df = 'FROM ubuntu:22.04\nCOPY . .\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends git\n';
  const lines = (readme: string, more: Record<string, string> = {}) => {
    const dir = context({ LICENSE: 'MIT\n', 'CMakeLists.txt': 'project(inference)\n', 'README.md': readme, 'docker/Dockerfile': df, ...more });
    const file = path.join(dir, 'docker/Dockerfile');
    return ruleFindings('layer-cache-order', df, { filePath: file, contextDir: path.dirname(file), defaultContext: true }).map((f) => f.range.start.line);
  };
  it('is silent where a README builds it with no file named and its folder as the context (nvidia-docker builds as docker does)', () => {
    expect(lines('Use the Dockerfile in the docker directory. Run it via:\n\n```\nsudo nvidia-docker build -t torchrec .\nsudo nvidia-docker run -it torchrec:latest\n```\n')).toEqual([]);
    expect(lines('```bash\ncd docker && docker build -t torchrec .\n```\n')).toEqual([]);
  });
  it('still reports where no build names that folder as the context, or one names the file from the folder above', () => {
    expect(lines('Build it yourself.\n')).toEqual([4]);
    expect(lines('```bash\ncd server && docker build -t torchrec .\n```\n')).toEqual([4]);
    // The README's `.` builds the Dockerfile of its own folder.
    expect(lines('```\ndocker build -t torchrec .\n```\n', { Dockerfile: 'FROM ubuntu:22.04\n' })).toEqual([4]);
    // A script of the project builds it from the folder above (`-f docker/Dockerfile .`): the context is not docker/.
    expect(lines('```bash\ncd docker && docker build -t torchrec .\n```\n', { 'build.sh': 'docker build -f docker/Dockerfile -t torchrec .\n' })).toEqual([4]);
  });
});

describe('layer-cache-order', () => {
  it('flags whole-context and folder copies before manifest installs, naming the manifest to copy first', () => {
    const f = fixtureFindings('layer-cache-order', 'rules/layer-cache-order/bad/Dockerfile');
    expect(positions(f)).toEqual([[3, 6], [9, 6], [14, 6], [20, 6], [27, 6], [32, 6], [37, 6], [43, 6]]);
    expect(f[0]!.message).toBe(
      '`COPY . .` copies the whole build context before `pip install -r requirements.txt` (line 4), so any source change re-runs the install; copy the manifest first (`COPY requirements.txt ./`) and install before copying the rest.',
    );
    expect(f[1]!.message).toContain('(`COPY package.json package-lock.json ./`)');
    expect(f[2]!.message).toContain('install the dependencies alone (`uv sync --no-install-project`)');
  });
  it('is silent when the manifest was installed first, for project builds, named packages and manifest-only folders', () => {
    expect(fixtureFindings('layer-cache-order', 'rules/layer-cache-order/good/Dockerfile')).toEqual([]);
  });
  it('asks for a stub target with the Cargo manifests, which `cargo fetch` cannot read alone, and offers no edit', () => {
    // cargo 1.x: `cargo fetch` over a Cargo.toml without src/ stops at "no targets specified in the manifest".
    const dir = context({ 'Cargo.toml': '[package]\nname = "x"\nversion = "0.1.0"\n', 'Cargo.lock': '', 'src/main.rs': 'fn main() {}\n', Dockerfile: 'FROM rust:1.83\nWORKDIR /app\nCOPY . .\nRUN cargo fetch\nRUN cargo build --release\n' });
    const f = lintIn('layer-cache-order', dir);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain("(`COPY Cargo.toml Cargo.lock ./`, with a stub target (`RUN mkdir -p src && echo 'fn main() {}' > src/main.rs`");
    expect(f[0]!.message).toContain('cargo-chef');
    expect(f[0]!.fix).toBeUndefined();
  });
  it('works without the context for the whole-context copy', () => {
    const f = ruleFindings('layer-cache-order', 'FROM python:3.12\nCOPY . /app\nRUN pip install -r /app/requirements/prod.txt\n');
    expect(f.map((x) => x.message)).toEqual([
      '`COPY . /app` copies the whole build context before `pip install -r /app/requirements/prod.txt` (line 3), so any source change re-runs the install; copy the manifest first (`COPY requirements/prod.txt /app/requirements/`) and install before copying the rest.',
    ]);
  });
  it('names the dependency install the project can run: its requirements.txt, else its pyproject.toml (camel multi-toolkit)', () => {
    const df = "FROM python:3.12\nCOPY . /app\nWORKDIR /app\nRUN pip install --no-cache-dir -e '.[all]'\n";
    const [bare] = lintIn('layer-cache-order', context({ Dockerfile: df, 'pyproject.toml': '[project]\nname = "x"\n', 'uv.lock': '', 'main.py': '' }));
    expect(bare!.message).toContain('`uv pip install --system -r pyproject.toml` can');
    expect(bare!.message).not.toContain('requirements.txt');
    const [listed] = lintIn('layer-cache-order', context({ Dockerfile: df, 'pyproject.toml': '[project]\nname = "x"\n', 'requirements.txt': 'numpy==2.1.0\n', 'main.py': '' }));
    expect(listed!.message).toContain('install the dependencies alone (`pip install -r requirements.txt`)');
  });
  it('copies the requirements file it tells the dependency install to read (semantic-router fleet-sim)', () => {
    const df = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY src/sim/ /app/\nRUN python -m pip install --no-cache-dir ".[api]"\nCMD ["sim"]\n';
    const files = { Dockerfile: df, 'src/sim/pyproject.toml': '[project]\nname = "sim"\n', 'src/sim/sim/__init__.py': '' };
    const [listed] = lintIn('layer-cache-order', context({ ...files, 'src/sim/requirements.txt': '-r requirements-base.txt\nfastapi==0.115.0\n', 'src/sim/requirements-base.txt': 'numpy==2.1.0\n' }));
    expect(listed!.message).toContain('(`COPY src/sim/pyproject.toml src/sim/requirements.txt src/sim/requirements-base.txt ./`), install the dependencies alone (`pip install -r requirements.txt`)');
    // Without a requirements file the advice names none to copy.
    const [bare] = lintIn('layer-cache-order', context(files));
    expect(bare!.message).toContain('(`COPY src/sim/pyproject.toml ./`)');
    expect(bare!.message).not.toContain('requirements.txt');
  });
  it('names the lists a requirements file includes with it, so the suggested copy installs', () => {
    const dir = context({
      Dockerfile: 'FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements-cpu.txt\nCMD ["python", "app.py"]\n',
      'requirements-cpu.txt': '-r requirements-common.txt\ntorch==2.5.1\n',
      'requirements-common.txt': '-c constraints.txt\nnumpy==2.1.0\n',
      'constraints.txt': 'numpy==2.1.0\n',
      'app.py': 'print(1)\n',
    });
    const [f] = lintIn('layer-cache-order', dir);
    expect(f!.message).toContain('(`COPY requirements-cpu.txt requirements-common.txt constraints.txt ./`)');
  });
  it('follows an include relative to the including list when the Dockerfile is in a subfolder built from the top (vllm docker/Dockerfile.tpu)', () => {
    const dir = context({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'docker/Dockerfile.tpu': 'FROM python:3.12\nWORKDIR /workspace/vllm\nCOPY . .\nRUN python3 -m pip install -r requirements/tpu.txt\n',
      'requirements/tpu.txt': '# Common dependencies\n-r common.txt\ncmake>=3.26.1\n',
      'requirements/common.txt': 'numpy==2.1.0\n',
      'setup.py': '',
      'vllm/__init__.py': '',
    });
    const file = path.join(dir, 'docker/Dockerfile.tpu');
    const [f] = ruleFindings('layer-cache-order', fs.readFileSync(file, 'utf8'), { filePath: file, contextDir: path.join(dir, 'docker'), defaultContext: true });
    expect(f!.message).toContain('(`COPY requirements/tpu.txt requirements/common.txt /workspace/vllm/requirements/`)');
  });
  it('is silent when the node install runs the project\'s own install scripts, which may read its source (`prepare`: tsc)', () => {
    const files = (scripts: string) => ({
      Dockerfile: 'FROM node:18\nWORKDIR /code\nCOPY . /code/\nRUN npm ci\nRUN npm run build\n',
      'package.json': `{"name": "app", "scripts": {${scripts}}}`,
      'package-lock.json': '{}',
      'tsconfig.json': '{}',
      'src/main.ts': '',
    });
    expect(lintIn('layer-cache-order', context(files('"build": "ng build", "prepare": "npm run compile", "compile": "tsc"')))).toEqual([]);
    expect(lintIn('layer-cache-order', context(files('"postinstall": "ngcc"')))).toEqual([]);
    // Scripts that an install does not run, or an install told not to run any, keep the advice.
    expect(lintIn('layer-cache-order', context(files('"build": "ng build", "test": "ng test"')))).toHaveLength(1);
    // Install scripts that read no project file: pnpm's only-allow guard, husky's hook setup.
    expect(lintIn('layer-cache-order', context(files('"preinstall": "npx only-allow pnpm", "prepare": "husky install"')))).toHaveLength(1);
    const ignored = files('"prepare": "npm run compile"');
    expect(lintIn('layer-cache-order', context({ ...ignored, Dockerfile: ignored.Dockerfile.replace('npm ci', 'npm ci --ignore-scripts') }))).toHaveLength(1);
  });
  it('is silent for `go mod download` of a module whose go.mod replaces modules with folders of the project', () => {
    const files = (gomod: string) => ({
      Dockerfile: 'FROM golang:1.23\nWORKDIR /app\nCOPY . /app/\nRUN go mod download\nRUN go build -o /bin/app .\n',
      'go.mod': gomod,
      'go.sum': '',
      'main.go': 'package main\n',
      'apis/go.mod': 'module example.com/apis\n',
    });
    // external-secrets: `replace ( example.com/apis => ./apis … )`: go.mod and go.sum alone fail the download.
    expect(lintIn('layer-cache-order', context(files('module example.com/app\n\nreplace (\n\texample.com/apis => ./apis\n)\n')))).toEqual([]);
    expect(lintIn('layer-cache-order', context(files('module example.com/app\nreplace example.com/apis => ../apis // sibling\n')))).toEqual([]);
    // A replace with another module version, or a local one commented out, keeps the advice.
    expect(lintIn('layer-cache-order', context(files('module example.com/app\nreplace example.com/apis => example.com/apis v1.2.0\n// replace example.com/x => ./x\n')))).toHaveLength(1);
  });
  it('reads the install scripts of the package.json the install reads, in a folder of a context above the Dockerfile\'s', () => {
    // kubeflow's frontend/Dockerfile, built with `-f frontend/Dockerfile .`: COPY . . then WORKDIR ./frontend, npm ci.
    const files = (scripts: string) => ({
      '.git/config': '',
      'frontend/Dockerfile': 'FROM node:22-slim\nWORKDIR /src\nCOPY . .\nWORKDIR /src/frontend\nRUN npm ci\nRUN npm run build\n',
      'frontend/package.json': `{"name": "app", "scripts": {${scripts}}}`,
      'frontend/package-lock.json': '{}',
      'frontend/src/index.ts': '',
    });
    const lint = (dir: string) => {
      const file = path.join(dir, 'frontend/Dockerfile');
      return ruleFindings('layer-cache-order', fs.readFileSync(file, 'utf8'), { filePath: file, contextDir: path.join(dir, 'frontend'), defaultContext: true });
    };
    expect(lint(context(files('"postinstall": "npm ci --prefix ./server && patch-package"')))).toEqual([]);
    const [f] = lint(context(files('"build": "vite build"')));
    expect(f!.message).toContain('(`COPY frontend/package.json frontend/package-lock.json /src/frontend/`)');
  });
  it('does not blame a copy that a RUN before the install deletes (pytorch/serve replaces it by a clone on request)', () => {
    const text = 'FROM python:3.12-slim\nCOPY ./ serve\nRUN if [ "$LOCAL_CHANGES" = false ]; then rm -rf /serve; git clone https://github.com/pytorch/serve /serve; fi\nWORKDIR /serve\nRUN pip install -r requirements/developer.txt\n';
    expect(ruleFindings('layer-cache-order', text)).toEqual([]);
    expect(ruleFindings('layer-cache-order', text.replace('rm -rf /serve; ', ''))).toHaveLength(1);
  });
  it('does not blame the copy for a project that a RUN cloned', () => {
    const text = 'FROM python:3.12-slim\nCOPY . .\nRUN git clone https://github.com/example/kit.git kit\nRUN pip install -e ./kit/python\n';
    expect(ruleFindings('layer-cache-order', text)).toEqual([]);
    expect(ruleFindings('layer-cache-order', text.replace('./kit/python', '.'))).toHaveLength(1);
  });
  it('names pnpm-workspace.yaml and .npmrc with a pnpm install, and the members of a workspace', () => {
    const files = { 'package.json': '{}', 'pnpm-lock.yaml': '', 'pnpm-workspace.yaml': 'overrides:\n  glob: 13.0.6\n', '.npmrc': '', 'src/main.ts': '' };
    const dockerfile = 'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN pnpm install --frozen-lockfile\n';
    const [f] = lintIn('layer-cache-order', context({ ...files, Dockerfile: dockerfile }));
    expect(f!.message).toContain('(`COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./`) and install');
    expect(f!.fix).toBeDefined();
    const [w] = lintIn('layer-cache-order', context({ ...files, 'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n", Dockerfile: dockerfile }));
    expect(w!.message).toContain("./`, and each workspace package's `package.json` into its folder)");
    expect(w!.fix).toBeUndefined();
  });
  it('reads the install scripts of the workspace members a node install covers (hoppscotch sh-admin, audit AL item 159)', () => {
    // The root's guards (only-allow, husky) read no project file; a member's `postinstall` runs gql-codegen over its source.
    const files = (web: string, extra: Record<string, string> = {}) => ({
      'package.json': '{"name": "root", "scripts": {"preinstall": "npx only-allow pnpm", "prepare": "husky"}}',
      'pnpm-lock.yaml': '',
      'pnpm-workspace.yaml': "packages:\n  - 'packages/**'\n",
      'packages/web/package.json': `{"name": "web", "scripts": {${web}}}`,
      'packages/web/src/query.graphql': '',
      'packages/api/package.json': '{"name": "api", "dependencies": {"web": "workspace:*"}, "scripts": {"build": "tsc"}}',
      'packages/api/src/main.ts': '',
      Dockerfile: 'FROM node:22\nWORKDIR /app\nRUN npm i -g pnpm\nCOPY . .\nRUN pnpm install --frozen-lockfile\nRUN pnpm run build\n',
      ...extra,
    });
    const codegen = files('"postinstall": "pnpm run gql-codegen"');
    expect(lintIn('layer-cache-order', context(codegen))).toEqual([]);
    // No member runs an install script: the manifests alone install, the advice stands.
    expect(lintIn('layer-cache-order', context(files('"build": "vite build"')))).toHaveLength(1);
    // A member the build context leaves out (.dockerignore), or that pnpm never takes (a `test` folder), runs nothing.
    expect(lintIn('layer-cache-order', context({ ...codegen, '.dockerignore': 'packages/web\n' }))).toHaveLength(1);
    const inTest = Object.fromEntries(Object.entries(codegen).map(([k, v]) => [k.replace('packages/web/', 'packages/test/web/'), v]));
    expect(lintIn('layer-cache-order', context(inTest))).toHaveLength(1);
    // A filter covers the members it selects, with their workspace dependencies after `...`.
    const run = (install: string) => context({ ...codegen, Dockerfile: codegen.Dockerfile.replace('pnpm install --frozen-lockfile', install) });
    expect(lintIn('layer-cache-order', run('pnpm install --frozen-lockfile --filter api'))).toHaveLength(1);
    expect(lintIn('layer-cache-order', run('pnpm install --frozen-lockfile --filter api...'))).toEqual([]);
    expect(lintIn('layer-cache-order', run('pnpm install --frozen-lockfile --filter web'))).toEqual([]);
    expect(lintIn('layer-cache-order', run("pnpm install --frozen-lockfile -F '{packages/api}'"))).toHaveLength(1);
    expect(lintIn('layer-cache-order', run('pnpm install --frozen-lockfile --filter=./packages/web'))).toEqual([]);
    expect(lintIn('layer-cache-order', run('pnpm install --frozen-lockfile --ignore-scripts'))).toHaveLength(1);
    // pnpm installs the whole workspace from a member's folder too.
    expect(lintIn('layer-cache-order', context({ ...codegen, Dockerfile: 'FROM node:22\nWORKDIR /app\nCOPY . .\nWORKDIR /app/packages/api\nRUN pnpm install\n' }))).toEqual([]);
    // npm reads its members from `workspaces` in package.json, not from pnpm-workspace.yaml.
    const npm = { ...codegen, 'package.json': '{"name": "root", "workspaces": ["packages/*"]}', 'package-lock.json': '{}', Dockerfile: 'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci\n' };
    expect(lintIn('layer-cache-order', context(npm))).toEqual([]);
    expect(lintIn('layer-cache-order', context({ ...npm, 'package.json': '{"name": "root"}' }))).toHaveLength(1);
  });
  it('never names a manifest that .dockerignore leaves out of the build context (hoppscotch .npmrc)', () => {
    const files = { 'package.json': '{}', 'pnpm-lock.yaml': '', '.npmrc': 'engine-strict=true\n', 'src/main.ts': '', Dockerfile: 'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN pnpm install --frozen-lockfile\n' };
    const [f] = lintIn('layer-cache-order', context({ ...files, '.dockerignore': 'node_modules\n.npmrc\n' }));
    expect(f!.message).toContain('(`COPY package.json pnpm-lock.yaml ./`) and install');
    expect(f!.fix!.edits[0]!.text).toBe('COPY package.json pnpm-lock.yaml ./');
    expect(lintIn('layer-cache-order', context(files))[0]!.message).toContain('(`COPY package.json pnpm-lock.yaml .npmrc ./`) and install');
  });
  it("takes pnpm's Docker recipe as the cache-friendly order: `pnpm fetch` after the lock file alone (hoppscotch prod.Dockerfile, audit AL item 161)", () => {
    const files = { 'package.json': '{"name": "app"}', 'pnpm-lock.yaml': '', 'src/main.ts': '' };
    const recipe = 'FROM node:22\nWORKDIR /app\nCOPY pnpm-lock.yaml ./\nRUN pnpm fetch --prod\nCOPY . .\nRUN pnpm install -r --offline --prod\n';
    expect(lintIn('layer-cache-order', context({ ...files, Dockerfile: recipe }))).toEqual([]);
    expect(ruleFindings('layer-cache-order', recipe)).toEqual([]);
    // The fetch itself after the whole context: every source change fetches again. It needs the lock file only.
    const late = 'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN pnpm fetch --prod\nRUN pnpm install -r --offline --prod\n';
    const f = lintIn('layer-cache-order', context({ ...files, 'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n", Dockerfile: late }));
    expect(f.map((x) => x.message)).toEqual([
      '`COPY . .` copies the whole build context before `pnpm fetch` (line 4), so any source change re-runs the install; copy the manifest first (`COPY pnpm-lock.yaml pnpm-workspace.yaml ./`) and install before copying the rest.',
    ]);
  });
  it('names only the manifests the context holds, and gives examples when the context is unknown', () => {
    const dockerfile = 'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm install\n';
    expect(lintIn('layer-cache-order', context({ 'package.json': '{}', 'index.js': '', Dockerfile: dockerfile }))[0]!.message).toContain('(`COPY package.json ./`)');
    const [f] = ruleFindings('layer-cache-order', dockerfile);
    expect(f!.message).toContain('copy the manifests first (e.g. `package.json`, `package-lock.json`: those the project has) and install');
    expect(f!.fix).toBeUndefined();
  });
  it('says to split a RUN whose other commands read the source, and offers no fix there', () => {
    const files = { 'requirements.txt': 'torch==2.5.1\n', 'setup.py': '', 'app.py': '' };
    const shared = 'FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt && python3 setup.py develop\n';
    const [f] = lintIn('layer-cache-order', context({ ...files, Dockerfile: shared }));
    expect(f!.message).toContain(
      'split the RUN: copy the manifest first (`COPY requirements.txt ./`), run `pip install -r requirements.txt` alone, then copy the rest and run the rest of the RUN (`python3 setup.py develop` reads the source).',
    );
    expect(f!.fix).toBeUndefined();
    expect(ruleFindings('layer-cache-order', 'FROM node:22\nCOPY . .\nRUN npm ci && npm run build\n')[0]!.message).toContain('(`npm run build` reads the source)');
    // Commands that only configure the tool or name no project file leave the advice as it was.
    const alone = lintIn('layer-cache-order', context({ ...files, Dockerfile: shared.replace('python3 setup.py develop', 'pip config set global.index-url https://x') }));
    expect(alone[0]!.message).toContain('(`COPY requirements.txt ./`) and install before copying the rest.');
  });
  it('suggests the manifests that exist for a project install', () => {
    const dir = context({ 'pyproject.toml': '[project]\nname = "x"\n', 'setup.cfg': '', 'app.py': '', Dockerfile: 'FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN pip install .\n' });
    expect(lintIn('layer-cache-order', dir)[0]!.message).toContain('(`COPY pyproject.toml setup.cfg ./`)');
  });
});

describe('conda-pin-versions (environment files)', () => {
  it('reports conda packages without a version in an environment file the Dockerfile installs', () => {
    const f = fixtureFindings('conda-pin-versions', 'rules/requirements-pin-versions/bad/Dockerfile');
    expect(f.map((x) => [path.basename(x.file), x.range.start.line, x.range.start.column])).toEqual([['environment.yml', 6, 5]]);
    expect(f[0]!.message).toMatch(/^Conda package `pip` in environment\.yml has no version \(installed by RUN at .*Dockerfile:12\); pin it as `pip=<version>`\.$/);
  });
  it('says a range allows several versions rather than none', () => {
    const dir = context({ 'environment.yml': 'name: app\ndependencies:\n  - numpy~=1.22.0\n', Dockerfile: 'FROM continuumio/miniconda3:24.7.1-0\nCOPY environment.yml .\nRUN conda env create -f environment.yml && conda clean -afy\n' });
    expect(lintIn('conda-pin-versions', dir).map((f) => f.message)).toEqual([expect.stringMatching(/^Conda package `numpy~=1\.22\.0` in environment\.yml allows a range of versions \(installed by RUN at .*\); pin it as `numpy=<version>`\.$/)]);
  });
});

describe('stages Compose and Bake build as images (size rules judge what ships)', () => {
  const df = 'FROM debian:12 AS builder\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12\nCOPY --from=builder /app /app\n';
  it('judges a build-only stage only when a Compose service or a Bake target builds it', () => {
    expect(lintIn('apt-no-install-recommends', context({ Dockerfile: df }))).toEqual([]);
    const compose = 'services:\n  dev:\n    build:\n      context: .\n      target: builder\n';
    expect(lintIn('apt-no-install-recommends', context({ Dockerfile: df, 'compose.yaml': compose }))).toHaveLength(1);
    expect(lintIn('apt-no-install-recommends', context({ Dockerfile: df, 'docker-bake.hcl': 'target "dev" {\n  target = "builder"\n}\n' }))).toHaveLength(1);
    expect(lintIn('apt-no-install-recommends', context({ Dockerfile: df, 'docker-bake.json': '{"target": {"dev": {"target": "Builder"}}}' }))).toHaveLength(1);
  });
  it('reads the stage of each HCL target, not other attributes nor comments', () => {
    expect(hclStages('target "a" {\n  # target = "old"\n  target = "runtime"\n  tags = ["x"]\n}\ntarget "b" { target = "dev" }\n')).toEqual(['runtime', 'dev']);
  });
});

describe('a base image from an argument the Bake targets pass several values (a test matrix)', () => {
  // tonistiigi/xx: `ARG TEST_BASE_IMAGE=${TEST_BASE_TYPE}` with the placeholder default `alpine`; Bake passes debian and fedora.
  const df =
    'ARG TEST_BASE_TYPE=alpine\nARG TEST_BASE_IMAGE=${TEST_BASE_TYPE}\n' +
    'FROM ${TEST_BASE_IMAGE} AS test-base-alpine\nRUN apk add --no-cache bash\n' +
    'FROM ${TEST_BASE_IMAGE} AS test-base-debian\nRUN apt-get update && apt-get install -y --no-install-recommends bash && rm -rf /var/lib/apt/lists/*\n' +
    'FROM ${TEST_BASE_IMAGE} AS test-base-rhel\nRUN dnf install -y bash && dnf clean all\nRUN x=abc; echo "${x:0:1}"\n' +
    'FROM test-base-${TEST_BASE_TYPE} AS test-base\nWORKDIR /work\n';
  const bake = (args: string) =>
    `target "test-src" {\n  context = "src"\n}\ntarget "test-alpine" {\n  inherits = ["test-src"]\n}\n` +
    `target "test-debian" {\n  inherits = ["test-src"]\n  args = {\n${args}  }\n}\n` +
    `target "test-base" {\n  inherits = ["test-\${TEST_BASE_TYPE}"]\n  output = ["type=cacheonly"]\n}\n`;
  const project = (files: Record<string, string>) => context({ '.git/config': '', 'src/Dockerfile': df, ...files });
  const rules = (dir: string) =>
    ['base-image-tag', 'apk-pin-versions', 'apt-pin-versions', 'rpm-pin-versions'].flatMap((id) => lintIn(id, dir, 'src/Dockerfile')).map((f) => `${f.ruleId}:${f.range.start.line}`);

  it('judges the default when no Bake file passes the argument another value', () => {
    // The default `alpine` has no tag: it fixes no release either, so the pin rules stay silent (BaseImage.unknownRelease).
    expect(rules(project({}))).toEqual(['base-image-tag:3', 'base-image-tag:5', 'base-image-tag:7']);
    // A target of another Dockerfile passing other values says nothing of this one.
    expect(rules(project({ 'docker-bake.hcl': bake('    TEST_BASE_IMAGE = "debian:bookworm"\n').replace('context = "src"', 'context = "other"') }))).toHaveLength(3);
  });
  it('judges no release when the targets building it pass several values, also to the argument its default reads', () => {
    expect(rules(project({ 'docker-bake.hcl': bake('    TEST_BASE_IMAGE = "debian:bookworm"\n') }))).toEqual([]);
    expect(rules(project({ 'docker-bake.hcl': bake('    TEST_BASE_TYPE = "debian"\n') }))).toEqual([]);
    expect(rules(project({ 'docker-bake.json': '{"target": {"a": {"context": "src"}, "b": {"context": "src", "args": {"TEST_BASE_IMAGE": "fedora:40"}}}}' }))).toEqual([]);
  });
  it('takes a target whose Dockerfile the run names (`dockerfile = "${DOCKERFILE}"`) as building the one in its context that declares its stage (ONLYOFFICE)', () => {
    const only = 'ARG BASE_VERSION=24.04\nARG BASE_IMAGE=ubuntu:$BASE_VERSION\nFROM ${BASE_IMAGE} AS documentserver\nRUN apt-get update && apt-get install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/*\n';
    const target = (name: string, stage: string, args: string) => `target "${name}" {\n  target = "${stage}"\n  dockerfile = "\${DOCKERFILE}"\n  args = {\n${args}  }\n}\n`;
    const bake = (stage: string) => 'variable "DOCKERFILE" {\n  default = ""\n}\nvariable "BASE_VERSION" {\n  default = ""\n}\n' +
      target('documentserver', stage, '    "PRODUCT_NAME": "${PRODUCT_NAME}"\n') + target('documentserver-ucs', stage, '    "BASE_VERSION": "${BASE_VERSION}"\n');
    const lint = (files: Record<string, string>) => lintIn('apt-pin-versions', context({ '.git/config': '', Dockerfile: only, ...files }));
    expect(lint({ 'docker-bake.hcl': bake('documentserver') })).toEqual([]);
    // A stage the file does not declare: the targets build another Dockerfile, and the default release stays pinned.
    expect(lint({ 'docker-bake.hcl': bake('documentserver-stable') })).toHaveLength(1);
    // A variable with a plain default names that file.
    expect(lint({ 'docker-bake.hcl': bake('documentserver').replace('default = ""', 'default = "Dockerfile.other"') })).toHaveLength(1);
  });
  it('reads each target with what it inherits; a value Bake computes is one more value', () => {
    const dir = project({ 'docker-bake.hcl': bake('    TEST_BASE_TYPE = "debian"\n    TEST_BASE_IMAGE = TEST_BASE_IMAGE\n    "OTHER" = "x"\n') });
    expect([...bakeVariedArgs(path.join(dir, 'src/Dockerfile'))].sort()).toEqual(['OTHER', 'TEST_BASE_IMAGE', 'TEST_BASE_TYPE']);
    // Every target passes the same value: the file is built for that one only.
    const same = project({ 'docker-bake.hcl': 'target "a" {\n  context = "src"\n  args = { TEST_BASE_IMAGE = "debian:12" }\n}\n' });
    expect([...bakeVariedArgs(path.join(same, 'src/Dockerfile'))]).toEqual([]);
  });
  it('keeps a stage named from the argument (`FROM test-base-${TEST_BASE_TYPE}`) the stage its default names', () => {
    const varied = buildModel('Dockerfile', df, new Set(['TEST_BASE_TYPE']));
    expect(varied.stages[3]!.parent?.name).toBe('test-base-alpine');
    expect(varied.stages[2]!.rootImage.unknownRelease).toBe(true);
    expect(varied.stages[2]!.rootImage.name).toBeNull();
    // ShellCheck then reads the RHEL stage's script as POSIX sh, not as the default's BusyBox ash (dash).
    expect(runShellFacts(varied.stages[2]!.instructions[2]!)).toMatchObject({ dialect: 'sh', known: false });
    expect(runShellFacts(buildModel('Dockerfile', df).stages[2]!.instructions[2]!)).toMatchObject({ dialect: 'dash' });
  });
});

describe('a base image from an argument the project\'s workflows pass several values (a CI matrix)', () => {
  // LocalAI: image.yml runs the reusable image_build.yml over `base-image` rows, which passes `BASE_IMAGE=${{ inputs.base-image }}`.
  const df = 'ARG BASE_IMAGE=ubuntu:24.04\nFROM ${BASE_IMAGE}\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n';
  const reusable =
    'on:\n  workflow_call:\n    inputs:\n      base-image:\n        type: string\n        required: true\n' +
    'jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v7\n        with:\n          context: .\n          file: ./Dockerfile\n' +
    '          build-args: |\n            BASE_IMAGE=${{ inputs.base-image }}\n            OTHER=x\n';
  const caller = (...bases: string[]) =>
    'on: push\njobs:\n  images:\n    uses: ./.github/workflows/image_build.yml\n    with:\n      base-image: ${{ matrix.base-image }}\n' +
    `    strategy:\n      matrix:\n        include:\n${bases.map((b) => `          - base-image: "${b}"\n`).join('')}`;
  const project = (files: Record<string, string>) => context({ '.git/config': '', Dockerfile: df, '.github/workflows/image_build.yml': reusable, ...files });
  const pins = (dir: string) => lintIn('apt-pin-versions', dir).map((f) => f.range.start.line);

  it('judges no release when the matrix rows pass several base images, through a reusable workflow\'s inputs', () => {
    const dir = project({ '.github/workflows/image.yml': caller('ubuntu:24.04', 'nvcr.io/nvidia/l4t-jetpack:r36.4.0') });
    expect(pins(dir)).toEqual([]);
    expect([...variedBuildArgs(path.join(dir, 'Dockerfile'))]).toEqual(['BASE_IMAGE']);
  });
  it('reads rows a job computes from a matrix kept as data in .github/ (LocalAI\'s backend-matrix.yml)', () => {
    const computed = caller().replace(/ {4}strategy:[^]*$/, "    strategy:\n      matrix: ${{ fromJson(needs.plan.outputs.matrix) }}\n");
    const data = (bases: string[]) => `include:\n${bases.map((b) => `  - base-image: "${b}"\n    backend: x\n`).join('')}`;
    expect(pins(project({ '.github/workflows/backend.yml': computed, '.github/backend-matrix.yml': data(['ubuntu:24.04', 'rocm/dev-ubuntu-24.04:7.2.1']) }))).toEqual([]);
    expect(pins(project({ '.github/workflows/backend.yml': computed, '.github/backend-matrix.yml': data(['ubuntu:24.04', 'ubuntu:24.04']) }))).toEqual([3]);
  });
  it('judges the default when every row passes the same base, or the rows build another file', () => {
    expect(pins(project({ '.github/workflows/image.yml': caller('ubuntu:24.04', 'ubuntu:24.04') }))).toEqual([3]);
    expect(pins(project({ '.github/workflows/image.yml': caller('ubuntu:24.04') }))).toEqual([3]);
    const other = project({ '.github/workflows/image.yml': caller('ubuntu:24.04', 'ubuntu:22.04'), '.github/workflows/image_build.yml': reusable.replace('./Dockerfile', './other/Dockerfile') });
    expect(pins(other)).toEqual([3]);
    // A value the linter cannot fill is no second value.
    expect(pins(project({ '.github/workflows/image.yml': caller('ubuntu:24.04').replace('include:\n', 'include:\n          - base-image: ${{ vars.BASE }}\n') }))).toEqual([3]);
  });
  it('judges no release when the rows pass a version that puts the image on several releases (Homebrew\'s `ubuntu:"${version}"`), not a version within one', () => {
    const workflow = (values: string[], from: string) =>
      'on: push\njobs:\n  docker:\n    strategy:\n      matrix:\n        version: [' + values.map((v) => `"${v}"`).join(', ') + ']\n    steps:\n      - uses: docker/build-push-action@v7\n        with:\n          context: .\n          build-args: |\n            version=${{ matrix.version }}\n' + `# ${from}\n`;
    const file = (from: string) => `ARG version=24.04\nFROM ${from}\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n`;
    const lint = (values: string[], from: string) => pins(context({ '.git/config': '', Dockerfile: file(from), '.github/workflows/docker.yml': workflow(values, from) }));
    expect(lint(['22.04', '24.04', '26.04'], 'ubuntu:"${version}"')).toEqual([]);
    // CUDA versions of one Ubuntu release: the release is fixed, the pins hold.
    expect(lint(['12.4.1', '12.6.3'], 'nvidia/cuda:${version}-runtime-ubuntu22.04')).toEqual([3]);
    expect(lint(['24.04', '24.04'], 'ubuntu:${version}')).toEqual([3]);
  });
  it('keeps the kind of image the default names for who the container runs as, not for its reference or release', () => {
    // LocalAI's API server: every row (`ubuntu:24.04`, the Jetson base) runs it as root; the default's image says so.
    const server = 'ARG BASE_IMAGE=ubuntu:24.04\nFROM ${BASE_IMAGE}\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nEXPOSE 8080\nCMD ["/app/server"]\n';
    const rows = { '.github/workflows/image.yml': caller('ubuntu:24.04', 'nvcr.io/nvidia/l4t-jetpack:r36.4.0') };
    const dir = project({ ...rows, Dockerfile: server });
    expect(lintIn('non-root-user', dir).map((f) => f.range.start.line)).toEqual([2]);
    expect(pins(dir)).toEqual([]);
    // A default the platform runs unprivileged (AWS Lambda's base), or a USER the file sets, still passes.
    const lambda = server.replace('ubuntu:24.04', 'public.ecr.aws/lambda/python:3.12');
    expect(lintIn('non-root-user', project({ ...rows, Dockerfile: lambda }))).toEqual([]);
    expect(lintIn('non-root-user', project({ ...rows, Dockerfile: server.replace('EXPOSE', 'USER 10001\nEXPOSE') }))).toEqual([]);
    // An untagged default names the image as written only for its own build: base-image-tag does not judge it.
    const untagged = project({ ...rows, Dockerfile: server.replace('ubuntu:24.04', 'ubuntu') });
    expect(lintIn('base-image-tag', untagged)).toEqual([]);
    expect(lintIn('base-image-tag', context({ Dockerfile: server.replace('ubuntu:24.04', 'ubuntu') }))).toHaveLength(1);
  });
});

describe('secrets-in-arg-env: a dead ARG (no value, nothing reads it) that a build of the project passes', () => {
  const df = 'FROM ubi8\nARG PRIVATE_KEY\nRUN rm -f /etc/yum.repos.d/cuda.repo\n';
  const makefile = (args: string) => `build:\n\tdocker build ${args} --file rhel8/Dockerfile --tag driver .\n`;
  it('reports it when some build passes it: the value is recorded in the history though nothing reads it', () => {
    // One recipe passes it, another does not: the first records it.
    const two = makefile('--build-arg PRIVATE_KEY=$(KEY)') + makefile('--build-arg CUDA_VERSION=12').replace('build:', 'other:');
    expect(lintIn('secrets-in-arg-env', context({ '.git/config': '', 'rhel8/Dockerfile': df, Makefile: two }), 'rhel8/Dockerfile')).toHaveLength(1);
    const workflow = 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker build --build-arg PRIVATE_KEY -f rhel8/Dockerfile .\n';
    expect(lintIn('secrets-in-arg-env', context({ '.git/config': '', 'rhel8/Dockerfile': df, '.github/workflows/ci.yml': workflow }), 'rhel8/Dockerfile')).toHaveLength(1);
  });
  it('is silent when the project\'s builds pass other arguments only, or it has none', () => {
    expect(lintIn('secrets-in-arg-env', context({ '.git/config': '', 'rhel8/Dockerfile': df, Makefile: makefile('--build-arg CUDA_VERSION=12') }), 'rhel8/Dockerfile')).toEqual([]);
    expect(lintIn('secrets-in-arg-env', context({ '.git/config': '', 'rhel8/Dockerfile': df }), 'rhel8/Dockerfile')).toEqual([]);
  });
});

describe('go-pin-versions: a moving version from a build argument every build of the project passes (go-nvml)', () => {
  const df = 'FROM golang:1.24\nARG C_FOR_GO_TAG=main\nRUN go install github.com/xlab/c-for-go@${C_FOR_GO_TAG}\n';
  const makefile = (args: string) => `build:\n\tdocker build ${args} --file docker/Dockerfile.devel --tag devel .\n`;
  const lint = (files: Record<string, string>) => lintIn('go-pin-versions', context({ '.git/config': '', 'docker/Dockerfile.devel': df, ...files }), 'docker/Dockerfile.devel');
  it('is silent when every build passes it (the default is not what is built), reported otherwise', () => {
    expect(lint({ Makefile: makefile('--build-arg C_FOR_GO_TAG=$(C_FOR_GO_TAG)') })).toEqual([]);
    expect(lint({ Makefile: makefile('--build-arg OTHER=1') })).toHaveLength(1);
    expect(lint({})).toHaveLength(1);
  });
});

describe('undefined-var: an ARG without a default in FROM that every build of the project passes (required by design)', () => {
  const df = 'ARG ALPINE_IMAGE\nARG REPO\nARG TAG\nFROM $REPO/builder:$TAG AS builder\nFROM $ALPINE_IMAGE\nCOPY --from=builder /bin/app /bin/app\n';
  const makefile = (args: string) => `build:\n\tdocker build ${args} --file cmd/app/Dockerfile --tag app .\n`;
  const lines = (dir: string) => lintIn('undefined-var', dir, 'cmd/app/Dockerfile').map((f) => f.range.start.line);

  it('is silent when the Makefile, Bake targets, Compose services or workflows all pass it', () => {
    // nuclio: the Makefile passes the per-architecture ALPINE_IMAGE and the builder image it builds in the same run.
    expect(lines(context({ '.git/config': '', 'cmd/app/Dockerfile': df, Makefile: makefile('--build-arg ALPINE_IMAGE=$(ALPINE) --build-arg REPO=$(REPO) --build-arg TAG=$(TAG)') }))).toEqual([]);
    // A workflow's build action, and a run step passing it from its environment (`--build-arg TAG`).
    const workflow = 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          file: cmd/app/Dockerfile\n          build-args: |\n            ALPINE_IMAGE=alpine:3.20\n            REPO=ghcr.io/org\n            TAG=1\n' +
      '      - run: docker build --build-arg ALPINE_IMAGE=alpine:3.20 --build-arg REPO=x --build-arg TAG -f cmd/app/Dockerfile .\n';
    expect(lines(context({ '.git/config': '', 'cmd/app/Dockerfile': df, '.github/workflows/ci.yml': workflow }))).toEqual([]);
    // llama_deploy: the Bake target beside the file passes each image from a variable with a default.
    const bake = 'variable "ALPINE" {\n  default = "alpine:3.20"\n}\ntarget "default" {\n  dockerfile = "Dockerfile"\n  args = {\n    ALPINE_IMAGE = "${ALPINE}"\n    REPO = "x"\n    TAG = "1"\n  }\n}\n';
    expect(lines(context({ '.git/config': '', 'cmd/app/Dockerfile': df, 'cmd/app/docker-bake.hcl': bake }))).toEqual([]);
    const compose = 'services:\n  app:\n    build:\n      context: .\n      dockerfile: cmd/app/Dockerfile\n      args:\n        - ALPINE_IMAGE=alpine:3.20\n        - REPO=x\n        - TAG\n';
    expect(lines(context({ '.git/config': '', 'cmd/app/Dockerfile': df, 'compose.yaml': compose }))).toEqual([]);
  });
  it('reads a Compose file that shares its settings through many nested anchors (sentry self-hosted), list-form args from `.env`', () => {
    // Some 30 services merge `*sentry_defaults`, which merges further anchors (past the YAML library's default alias
    // budget); `- SENTRY_IMAGE` takes its value from `.env`: every build passes it.
    const sentry = 'ARG SENTRY_IMAGE\nFROM ${SENTRY_IMAGE}\nCOPY . /usr/src/sentry\n';
    const compose = (args: string) =>
      'x-restart: &restart_policy\n  restart: unless-stopped\nx-healthy: &healthy\n  condition: service_healthy\nx-sentry-defaults: &sentry_defaults\n  <<: *restart_policy\n' +
      `  image: sentry-self-hosted-local\n  build:\n    context: ./sentry\n    args:\n${args}  depends_on:\n    redis:\n      <<: *healthy\n    kafka:\n      <<: *healthy\n    postgres:\n      <<: *healthy\nservices:\n` +
      Array.from({ length: 30 }, (_, i) => `  worker-${i}:\n    <<: *sentry_defaults\n    command: run consumer ${i}\n`).join('');
    const sentryLines = (text: string) => lintIn('undefined-var', context({ '.git/config': '', '.env': 'SENTRY_IMAGE=ghcr.io/getsentry/sentry:nightly\n', 'sentry/Dockerfile': sentry, 'docker-compose.yml': text }), 'sentry/Dockerfile').map((f) => f.range.start.line);
    expect(sentryLines(compose('      - SENTRY_IMAGE\n'))).toEqual([]);
    // The same services passing another argument: reported.
    expect(sentryLines(compose('      - OTHER=1\n'))).toEqual([2]);
  });
  it('reads a document whose aliases expand exponentially ("billion laughs") as none', () => {
    let text = 'a0: &a0 {x: 1}\n';
    for (let i = 1; i < 12; i++) text += `a${i}: &a${i} {${Array.from({ length: 10 }, (_, j) => `k${j}: *a${i - 1}`).join(', ')}}\n`;
    expect(yamlDocument(text)).toBeNull();
  });
  it('reads a build\'s file named under a variable folder with the written folders before it (vector\'s build-docker.sh beside its Makefile\'s cross images)', () => {
    const cross = 'ARG TARGET=x86_64-unknown-linux-musl\nARG CROSS_DIGEST\n\nFROM ghcr.io/cross-rs/${TARGET}@${CROSS_DIGEST}\nRUN /bootstrap.sh\n';
    const crossMakefile = (args: string) => `CONTAINER_TOOL ?= $(shell docker version >/dev/null 2>&1 && echo docker || echo podman)\ncross-image-%:\n\t$(CONTAINER_TOOL) build ${args} --file scripts/cross/Dockerfile --tag vector-cross-env:$* .\n`;
    const script = (file: string) => `#!/usr/bin/env bash\nbuild() {\n  local BASE="$1"\n  local DOCKERFILE="${file}"\n  docker build --tag "vector:$BASE" target/artifacts -f "$DOCKERFILE"\n}\nbuild alpine\nbuild debian\n`;
    const crossLines = (files: Record<string, string>) => lintIn('undefined-var', context({ '.git/config': '', 'scripts/cross/Dockerfile': cross, ...files }), 'scripts/cross/Dockerfile').map((f) => f.range.start.line);
    const passing = crossMakefile('--build-arg TARGET=$* --build-arg CROSS_DIGEST=$(CROSS_DIGEST_$*)');
    // The Makefile passes a digest from its table; build-docker.sh builds distribution/docker/<base>/Dockerfile only.
    expect(crossLines({ Makefile: passing, 'scripts/build-docker.sh': script('distribution/docker/$BASE/Dockerfile') })).toEqual([]);
    // A script whose variable folder may be scripts/cross (or any folder): a build of this file without them.
    expect(crossLines({ Makefile: passing, 'scripts/build-docker.sh': script('scripts/$BASE/Dockerfile') })).toEqual([4]);
    expect(crossLines({ Makefile: passing, 'scripts/build-docker.sh': script('$ROOT/Dockerfile') })).toEqual([4]);
    // A value the build passes is judged as it is: a version after `@` is no digest (cloud-builders' `node@${NODE_VERSION}`).
    expect(crossLines({ Makefile: crossMakefile('--build-arg TARGET=$* --build-arg CROSS_DIGEST=0.2.5') })).toEqual([4]);
    expect(crossLines({ Makefile: crossMakefile('--build-arg TARGET=$* --build-arg CROSS_DIGEST=sha256:6d8f6e2b') })).toEqual([]);
    // An empty value passed leaves the image name empty too.
    expect(lines(context({ '.git/config': '', 'cmd/app/Dockerfile': df, Makefile: makefile('--build-arg ALPINE_IMAGE= --build-arg REPO=r --build-arg TAG=t') }))).toEqual([5]);
  });
  it('reads a Bake target whose context is named from the folder Bake runs in above the Bake file (temporal\'s `bake -f docker/docker-bake.hcl` from the top)', () => {
    const alpine = 'ARG ALPINE_TAG\n\nFROM alpine:${ALPINE_TAG}\nRUN apk add --no-cache tzdata\n';
    const bake = (args: string, context = 'docker') => `variable "ALPINE_TAG" {\n  default = "3.23.4"\n}\ntarget "server" {\n  context = "${context}"\n  dockerfile = "targets/server.Dockerfile"\n  args = {\n${args}  }\n}\n`;
    const serverLines = (files: Record<string, string>) => lintIn('undefined-var', context({ '.git/config': '', 'docker/targets/server.Dockerfile': alpine, ...files }), 'docker/targets/server.Dockerfile').map((f) => f.range.start.line);
    expect(serverLines({ 'docker/docker-bake.hcl': bake('    ALPINE_TAG = "${ALPINE_TAG}"\n') })).toEqual([]);
    // The target passes another argument, or its path is there from no folder Bake may run in: reported.
    expect(serverLines({ 'docker/docker-bake.hcl': bake('    OTHER = "x"\n') })).toEqual([3]);
    expect(serverLines({ 'docker/docker-bake.hcl': bake('    ALPINE_TAG = "${ALPINE_TAG}"\n', 'images') })).toEqual([3]);
    // Where the path is there from the Bake file's own folder, that is the file the target builds, not one above.
    expect(serverLines({ 'docker/docker-bake.hcl': bake('    ALPINE_TAG = "${ALPINE_TAG}"\n'), 'docker/docker/targets/server.Dockerfile': alpine })).toEqual([3]);
  });
  it('reads a workflow build whose file is one of the choices of a `cond && \'a\' || \'b\'` expression (pgvecto.rs)', () => {
    const job = (file: string, args: string) => 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        rootless: ["true", "false"]\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n' +
      `          file: ${file}\n          build-args: |\n${args}`;
    const passing = '            ALPINE_IMAGE=alpine:3.20\n            REPO=x\n            TAG=1\n';
    const choice = (a: string, b: string) => `\${{ matrix.rootless == 'true' && './${a}' || './${b}' }}`;
    // pgvecto.rs: release_enterprise.yml builds pg-cnpg/Dockerfile with its arguments; release.yml picks one of two other files by an expression.
    const files = (picked: string) => ({ '.git/config': '', 'cmd/app/Dockerfile': df, '.github/workflows/enterprise.yml': job('./cmd/app/Dockerfile', passing), '.github/workflows/release.yml': job(picked, '            REPO=x\n') });
    expect(lines(context(files(choice('cmd/other/rootless.Dockerfile', 'cmd/other/Dockerfile'))))).toEqual([]);
    // A choice that is this file, and an expression of another form (its value may be any file): that build passes REPO only.
    expect(lines(context(files(choice('cmd/other/rootless.Dockerfile', 'cmd/app/Dockerfile'))))).toEqual([4, 5]);
    expect(lines(context(files('${{ steps.pick.outputs.file }}')))).toEqual([4, 5]);
  });
  it('reads the arguments a script gathers in a variable for its build (intel ai-containers\' `$DOCKER_BUILD_ARGS`), as launch scripts\' flags are', () => {
    const script = 'BUILD_ARGS="--build-arg ALPINE_IMAGE=alpine:3.20 --build-arg REPO=x"\ndocker build $BUILD_ARGS --build-arg TAG=1 -f cmd/app/Dockerfile .\n';
    expect(lines(context({ '.git/config': '', 'cmd/app/Dockerfile': df, 'build.sh': script }))).toEqual([]);
    expect(lines(context({ '.git/config': '', 'cmd/app/Dockerfile': df, 'build.sh': script.replace('--build-arg REPO=x', '') }))).toEqual([4]);
  });
  it('reads the workflows of the repository above a project folder with its own README (kubeflow\'s frontend/)', () => {
    const workflow = 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          file: frontend/Dockerfile\n          build-args: |\n            NODE_VERSION=${{ steps.node.outputs.version }}\n';
    const dir = context({
      '.git/config': '',
      '.github/workflows/images.yml': workflow,
      'frontend/README.md': '# frontend\n',
      'frontend/package.json': '{}',
      'frontend/Dockerfile': 'ARG NODE_VERSION\nARG BASE_IMAGE=alpine\nFROM node:${NODE_VERSION}-slim AS build\nFROM node:${NODE_VERSION}-${BASE_IMAGE}\n',
    });
    expect(lintIn('undefined-var', dir, 'frontend/Dockerfile')).toEqual([]);
  });
  it('reads the builds of CircleCI\'s and GitLab CI\'s configurations (pachyderm\'s etcd mirror, built by CircleCI alone)', () => {
    const etcd = 'ARG ETCD_VERSION\nFROM gcr.io/etcd-development/etcd:$ETCD_VERSION\n';
    const etcdLines = (files: Record<string, string>) => lintIn('undefined-var', context({ '.git/config': '', 'Dockerfile.etcd': etcd, ...files }), 'Dockerfile.etcd').map((f) => f.range.start.line);
    // A `run` step's `command`, CircleCI's `<< pipeline.parameters.X >>` filled before the shell runs.
    const circle = (build: string) => `version: 2.1\njobs:\n  release-etcd:\n    docker:\n      - image: cimg/base:stable\n    steps:\n      - checkout\n      - run:\n          name: update etcd image\n          command: |\n            docker buildx create --name etcd --use\n            ${build}\n`;
    const passing = 'docker buildx build --build-arg ETCD_VERSION=<< pipeline.parameters.etcd-image-version >> -f Dockerfile.etcd -t pachyderm/etcd:<< pipeline.parameters.etcd-image-version >> --push .';
    expect(etcdLines({ '.circleci/config.yml': circle(passing) })).toEqual([]);
    // The string form of `run`, in a reusable command, and a GitLab job's script.
    expect(etcdLines({ '.circleci/config.yml': `version: 2.1\ncommands:\n  mirror:\n    steps:\n      - run: docker build --build-arg ETCD_VERSION=<< parameters.version >> -f Dockerfile.etcd .\n` })).toEqual([]);
    expect(etcdLines({ '.gitlab-ci.yml': 'stages: [build]\nvariables:\n  ETCD_VERSION: v3.5.5\nmirror:\n  stage: build\n  script:\n    - docker login -u "$CI_REGISTRY_USER" "$CI_REGISTRY"\n    - docker build --build-arg ETCD_VERSION -f Dockerfile.etcd -t "$CI_REGISTRY_IMAGE/etcd:$ETCD_VERSION" .\n' })).toEqual([]);
    // Their tags name the project's own images, as a workflow's do.
    const dir = context({ '.git/config': '', 'Dockerfile.etcd': etcd, '.circleci/config.yml': circle(passing) });
    expect([...builtAccounts(path.join(dir, 'Dockerfile.etcd'))]).toEqual(['pachyderm']);
  });
  it('keeps the finding when a CircleCI or GitLab build of the file passes it not', () => {
    const etcd = 'ARG ETCD_VERSION\nFROM gcr.io/etcd-development/etcd:$ETCD_VERSION\n';
    const etcdLines = (files: Record<string, string>) => lintIn('undefined-var', context({ '.git/config': '', 'Dockerfile.etcd': etcd, ...files }), 'Dockerfile.etcd').map((f) => f.range.start.line);
    // One job passes it, another builds the file without it; a build of another file says nothing of this one.
    const two = 'version: 2.1\njobs:\n  a:\n    steps:\n      - run: docker build --build-arg ETCD_VERSION=<< pipeline.parameters.v >> -f Dockerfile.etcd .\n  b:\n    steps:\n      - run:\n          command: docker build -f Dockerfile.etcd -t etcd:dev .\n';
    expect(etcdLines({ '.circleci/config.yml': two })).toEqual([2]);
    expect(etcdLines({ '.gitlab-ci.yml': 'build:\n  script: docker build --build-arg ETCD_VERSION=v3 -f Dockerfile.other .\n' })).toEqual([2]);
  });
  it('reads the arguments cross-rs passes the custom Dockerfile a Cross.toml names (CROSS_BASE_IMAGE, build-args)', () => {
    // openobserve: Cross.ent.toml gives both musl targets `cross/Dockerfile.ent.musl`, which is `FROM $CROSS_BASE_IMAGE`.
    const cross = 'ARG CROSS_BASE_IMAGE\nFROM $CROSS_BASE_IMAGE\nRUN apt-get update\n';
    const config = '[target.aarch64-unknown-linux-musl]\ndockerfile = "cross/Dockerfile.ent.musl"\n\n[target.x86_64-unknown-linux-musl]\ndockerfile = "cross/Dockerfile.ent.musl"\n';
    const crossLines = (files: Record<string, string>) => lintIn('undefined-var', context({ '.git/config': '', 'cross/Dockerfile.ent.musl': cross, ...files }), 'cross/Dockerfile.ent.musl').map((f) => f.range.start.line);
    expect(crossLines({ 'Cross.ent.toml': config })).toEqual([]);
    // The table form, with build-args, and Cargo.toml's cross metadata.
    const table = (prefix: string) => `[${prefix}target.x86_64-unknown-linux-gnu.dockerfile]\nfile = "./cmd/app/Dockerfile"\nbuild-args = { ALPINE_IMAGE = "alpine:3.20", REPO = "x" }\n`;
    expect(lines(context({ '.git/config': '', 'cmd/app/Dockerfile': df.replace(':$TAG', ':1'), 'Cross.toml': table('') }))).toEqual([]);
    expect(lines(context({ '.git/config': '', 'cmd/app/Dockerfile': df.replace(':$TAG', ':1'), 'Cargo.toml': '[package]\nname = "app"\n\n' + table('package.metadata.cross.') }))).toEqual([]);
    // An argument neither cross nor the config passes, another file the config names, and no config: reported.
    expect(lines(context({ '.git/config': '', 'cmd/app/Dockerfile': df, 'Cross.toml': table('') }))).toEqual([4]);
    expect(crossLines({ 'Cross.toml': config.replaceAll('Dockerfile.ent.musl', 'Dockerfile.oss.musl') })).toEqual([2]);
    expect(crossLines({})).toEqual([2]);
  });
  it('keeps the finding when a build of the file passes it not, or the project has no build of the file it can read', () => {
    expect(lines(context({ '.git/config': '', 'cmd/app/Dockerfile': df }))).toEqual([4, 5]);
    // One recipe passes ALPINE_IMAGE, another builds the file without it; TAG is passed by neither.
    const two = makefile('--build-arg ALPINE_IMAGE=$(ALPINE) --build-arg REPO=$(REPO)') + makefile('--build-arg REPO=$(REPO)').replace('build:', 'other:');
    expect(lines(context({ '.git/config': '', 'cmd/app/Dockerfile': df, Makefile: two }))).toEqual([4, 5]);
    // A README's `docker build` of the file with no argument is a build too.
    const readme = '# app\n\n```sh\ndocker build -f cmd/app/Dockerfile .\n```\n';
    expect(lines(context({ '.git/config': '', 'cmd/app/Dockerfile': df, Makefile: makefile('--build-arg ALPINE_IMAGE=a --build-arg REPO=r --build-arg TAG=t'), 'README.md': readme }))).toEqual([4, 5]);
    // Builds of another Dockerfile say nothing of this one.
    expect(lines(context({ '.git/config': '', 'cmd/app/Dockerfile': df, Makefile: makefile('--build-arg ALPINE_IMAGE=a --build-arg REPO=r --build-arg TAG=t').replace('cmd/app/', 'cmd/other/') }))).toEqual([4, 5]);
  });
  // dokku: extensionless bash scripts of a plugin build the Dockerfiles of its dockerfiles/ folder through a wrapper
  // function and the engine in a variable, in an `if` line, the file named under a variable folder.
  const plugin = 'ARG APP_IMAGE\nFROM $APP_IMAGE\nCOPY . /app\n';
  const dokkuBuild = (file: string, args: string) =>
    `#!/usr/bin/env bash\nset -eo pipefail\nrelease() {\n  if ! suppress_output "$DOCKER_BIN" image build "\${DOCKER_BUILD_ARGS[@]}" $GLOBAL_ARGS -f "$PLUGIN_AVAILABLE_PATH/herokuish/dockerfiles/${file}" ${args} -t "$IMAGE" "$TMP_WORK_DIR"; then\n    return 1\n  fi\n}\n`;
  const dokku = (scripts: Record<string, string>, dockerfile: string) =>
    lintIn('undefined-var', context({ LICENSE: '', 'plugins/herokuish/dockerfiles/release.Dockerfile': plugin, 'plugins/herokuish/dockerfiles/pre-release.Dockerfile': plugin, ...scripts }), `plugins/herokuish/dockerfiles/${dockerfile}`).map((f) => f.range.start.line);
  it('reads the builds of extensionless sh/bash scripts, through an engine variable or a wrapper, in if lines (dokku\'s plugins)', () => {
    const passes = dokkuBuild('pre-release.Dockerfile', '--build-arg APP_IMAGE="$IMAGE"') + dokkuBuild('release.Dockerfile', '--build-arg APP_IMAGE="$IMAGE"');
    expect(dokku({ 'plugins/herokuish/builder-release': passes }, 'release.Dockerfile')).toEqual([]);
    expect(dokku({ 'plugins/herokuish/builder-release': passes }, 'pre-release.Dockerfile')).toEqual([]);
    // `${CONTAINER_ENGINE}` after sudo, `$PODMAN`, and an engine a plain assignment names.
    const engines = ['sudo "${CONTAINER_ENGINE}" build', '$PODMAN build', 'DOCKER_CMD=podman\n$DOCKER_CMD buildx build', 'CE=docker\n"$CE" image build'];
    for (const engine of engines) {
      const script = `#!/bin/sh\n${engine} --build-arg APP_IMAGE=x -f plugins/herokuish/dockerfiles/release.Dockerfile .\n`;
      expect(dokku({ 'plugins/herokuish/build': script }, 'release.Dockerfile'), engine).toEqual([]);
    }
  });
  it('keeps the dokku-style finding when a readable build of the file passes it not, or the script is none', () => {
    // pre-release is built without it (the release build says nothing of it); release is built both with and without.
    const some = dokkuBuild('pre-release.Dockerfile', '') + dokkuBuild('release.Dockerfile', '--build-arg APP_IMAGE="$IMAGE"');
    expect(dokku({ 'plugins/herokuish/builder-release': some }, 'pre-release.Dockerfile')).toEqual([2]);
    expect(dokku({ 'plugins/herokuish/builder-release': some }, 'release.Dockerfile')).toEqual([]);
    expect(dokku({ 'plugins/herokuish/builder-release': some, 'plugins/herokuish/pre-build': dokkuBuild('release.Dockerfile', '') }, 'release.Dockerfile')).toEqual([2]);
    // A file without a sh/bash shebang is not read as a script; an echoed command builds nothing.
    const passes = dokkuBuild('release.Dockerfile', '--build-arg APP_IMAGE="$IMAGE"');
    expect(dokku({ 'plugins/herokuish/builder-release': passes.replace('#!/usr/bin/env bash', '#!/usr/bin/env python3') }, 'release.Dockerfile')).toEqual([2]);
    expect(dokku({ 'plugins/herokuish/build': '#!/bin/bash\necho docker build --build-arg APP_IMAGE=x -f plugins/herokuish/dockerfiles/release.Dockerfile .\n' }, 'release.Dockerfile')).toEqual([2]);
    // A variable whose name says nothing of an engine is not read as one.
    expect(dokku({ 'plugins/herokuish/build': '#!/bin/bash\n$TOOL build --build-arg APP_IMAGE=x -f plugins/herokuish/dockerfiles/release.Dockerfile .\n' }, 'release.Dockerfile')).toEqual([2]);
  });
});

describe('stages no build of the project names (dead stages: rules about the image skip them)', () => {
  // `leftover` is used by no stage and built by no target; `legacy` only by `leftover`.
  const df =
    'FROM debian:12 AS legacy\nRUN apt-get update && apt-get install -y gcc\n' +
    'FROM legacy AS leftover\nADD https://example.com/tool.tar.gz /tmp/\n' +
    'FROM debian:12 AS debug\nRUN apt-get update && apt-get install -y gdb\n' +
    'FROM debian:12 AS production\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n';
  const workflow = (target: string, extra = '') =>
    `jobs:\n  build:\n${extra}    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          file: docker/Dockerfile\n          target: ${target}\n`;
  const project = (files: Record<string, string>) => context({ LICENSE: 'MIT\n', 'docker/Dockerfile': df, ...files });
  const lines = (ruleId: string, dir: string) => lintIn(ruleId, dir, 'docker/Dockerfile').map((f) => f.range.start.line);

  it('keeps judging every stage when the project names no target, or one it cannot read', () => {
    expect(lines('apt-no-install-recommends', project({}))).toEqual([2, 6]);
    expect(lines('add-remote-url', project({}))).toEqual([4]);
    expect(lines('apt-no-install-recommends', project({ '.github/workflows/ci.yml': workflow('${{ inputs.target }}') }))).toEqual([2, 6]);
  });
  it('skips a stage no other stage uses when the workflows name targets of the file and not it, and the stages only it uses', () => {
    const dir = project({ '.github/workflows/ci.yml': workflow('production') });
    expect(lines('apt-no-install-recommends', dir)).toEqual([]);
    expect(lines('add-remote-url', dir)).toEqual([]);
  });
  it('judges the stages a build names: a matrix value, a script or Makefile --target, a workflow run step', () => {
    const matrix = '    strategy:\n      matrix:\n        target: [production]\n        include:\n          - target: debug\n';
    expect(lines('apt-no-install-recommends', project({ '.github/workflows/ci.yml': workflow('${{ matrix.target }}', matrix) }))).toEqual([6]);
    expect(lines('apt-no-install-recommends', project({ 'docker/build.sh': 'docker build --target=debug -t org/app:debug .\n' }))).toEqual([6]);
    expect(lines('apt-no-install-recommends', project({ Makefile: 'debug:\n\tdocker buildx build -f docker/Dockerfile --target leftover .\n' }))).toEqual([2]);
    const run = 'jobs:\n  b:\n    steps:\n      - run: docker build -f docker/Dockerfile --target debug .\n';
    expect(lines('apt-no-install-recommends', project({ '.github/workflows/ci.yml': run }))).toEqual([6]);
  });
  it('counts a target only for the Dockerfile its build reads', () => {
    // The workflow builds `debug` of another file: this file's `debug` is built by nothing.
    const other = 'jobs:\n  b:\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          context: other\n          target: debug\n';
    expect(lines('apt-no-install-recommends', project({ '.github/workflows/ci.yml': other }))).toEqual([]);
    // A Compose service's target counts beside them.
    const compose = 'services:\n  dev:\n    build:\n      context: ..\n      dockerfile: docker/Dockerfile\n      target: debug\n';
    expect(lines('apt-no-install-recommends', project({ '.github/workflows/ci.yml': other, 'docker/compose.yaml': compose }))).toEqual([6]);
  });
});

describe('development files Compose runs over the live source (interactive development images)', () => {
  const df = 'FROM python:3.12-slim\nWORKDIR /home/src\nRUN pip install --no-cache-dir watchdog\n';
  const compose = (dockerfile: string, volumes: string) =>
    `x-server: &server\n  build:\n    context: .\n    dockerfile: ./${dockerfile}\n${volumes}services:\n  server:\n    <<: *server\n  py:\n    <<: *server\n`;
  const mount = '  volumes:\n    - .:/home/src\n    - ~/.aws:/root/.aws\n';
  const pins = (dockerfile: string, files: Record<string, string>) => lintIn('pip-pin-versions', context({ LICENSE: 'MIT\n', [dockerfile]: df, ...files }), dockerfile);
  it('does not ask a development file for pins when every Compose service building it mounts the source over it (merge keys read)', () => {
    expect(pins('dev.Dockerfile', { 'docker-compose.yml': compose('dev.Dockerfile', mount) })).toEqual([]);
    const longSyntax = '  volumes:\n    - type: bind\n      source: ./\n      target: /home/src\n';
    expect(pins('dev.Dockerfile', { 'docker-compose.yml': compose('dev.Dockerfile', longSyntax) })).toEqual([]);
  });
  it('still asks when the source is not mounted, when one service runs the image as built, or when the file is not a development file', () => {
    expect(pins('dev.Dockerfile', { 'docker-compose.yml': compose('dev.Dockerfile', '  volumes:\n    - data:/data\n    - /var/run/docker.sock:/var/run/docker.sock\n') })).toHaveLength(1);
    const twoServices = `services:\n  dev:\n    build: {context: ., dockerfile: dev.Dockerfile}\n    volumes: [".:/home/src"]\n  demo:\n    build: {context: ., dockerfile: dev.Dockerfile}\n`;
    expect(pins('dev.Dockerfile', { 'compose.yaml': twoServices })).toHaveLength(1);
    // A project may run its shipped Dockerfile over the source for development too (redash's compose.yaml).
    expect(pins('Dockerfile', { 'docker-compose.yml': compose('Dockerfile', mount) })).toHaveLength(1);
  });

  // authelia's integration suites: `Dockerfile.backend`/`.frontend`, built only by `compose.*.dev.yml` beside them,
  // whose paths resolve from `internal/suites` (compose --project-directory).
  const suite = 'suites/example/compose/authelia';
  const backend = 'FROM golang:1.23-alpine\nARG USER_ID\nRUN adduser -u ${USER_ID} -D dev && apk --no-cache add gcc git musl-dev\nUSER dev\nEXPOSE 9091\n';
  const frontend = 'FROM node:22-alpine\nARG USER_ID\nRUN apk --no-cache add git && adduser -u ${USER_ID} -D dev\nUSER dev\nEXPOSE 3000\n';
  const service = (dockerfile: string, tail: string) => `services:\n  app:\n    build:\n      context: 'example/compose/authelia'\n      dockerfile: '${dockerfile}'\n    command: '/resources/entrypoint.sh'\n${tail}`;
  const suiteFindings = (rule: string, dockerfile: string, composeFile: string, tail: string) =>
    lintIn(rule, context({ '.git/HEAD': '', 'web/package.json': '{}', [`${suite}/${dockerfile}`]: dockerfile.endsWith('backend') ? backend : frontend, [`${suite}/${composeFile}`]: service(dockerfile, tail) }), `${suite}/${dockerfile}`);
  const overRepository = "    volumes:\n      - './example/compose/authelia/resources:/resources'\n      - '../..:/app:cached'\n";
  const overWorkingFolder = "    working_dir: '/app'\n    volumes:\n      - '../../web:/app'\n      - '/app/node_modules'\n";
  it('counts a Dockerfile only development Compose files build (`compose.backend.dev.yml`), run over the source or with a project folder over its working folder', () => {
    for (const rule of ['apk-pin-versions', 'numeric-user']) {
      expect(suiteFindings(rule, 'Dockerfile.backend', 'compose.backend.dev.yml', overRepository)).toEqual([]);
      expect(suiteFindings(rule, 'Dockerfile.frontend', 'compose.frontend.dev.yml', overWorkingFolder)).toEqual([]);
    }
  });
  it('not a production Compose file, one mounting only configuration, nor a project folder mounted elsewhere than the working folder', () => {
    // The trap: `compose.yml` runs the shipped image with its configuration mounted.
    const config = "    volumes:\n      - './example/compose/authelia/resources/configuration.yml:/config/configuration.yml:ro'\n";
    for (const rule of ['apk-pin-versions', 'numeric-user']) {
      expect(suiteFindings(rule, 'Dockerfile.backend', 'compose.yml', config)).toHaveLength(1);
      expect(suiteFindings(rule, 'Dockerfile.backend', 'compose.backend.dev.yml', config)).toHaveLength(1);
      // Over the source, but by a file that is not a development one by name (`.local` builds shipped images too).
      expect(suiteFindings(rule, 'Dockerfile.backend', 'compose.yml', overRepository)).toHaveLength(1);
      expect(suiteFindings(rule, 'Dockerfile.backend', 'docker-compose.local.yml', overRepository)).toHaveLength(1);
    }
    expect(suiteFindings('apk-pin-versions', 'Dockerfile.frontend', 'compose.frontend.dev.yml', overWorkingFolder.replace("'../../web:/app'", "'../../web:/srv/web'"))).toHaveLength(1);
  });
});

describe('images a script beside them launches over the working tree (interactive development images)', () => {
  const df = 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends cmake && rm -rf /var/lib/apt/lists/*\n';
  const pins = (files: Record<string, string>) => lintIn('apt-pin-versions', context({ LICENSE: 'MIT\n', 'docker/ubuntu.Dockerfile': df, ...files }), 'docker/ubuntu.Dockerfile');
  // NVIDIA TensorRT's docker/launch.sh: the flags gathered in a variable, then `docker run $docker_args`.
  const launch = 'arg_tag=trt\ndocker_args="--gpus all -v ${PWD}:/workspace/TensorRT --rm -it $arg_tag:latest"\ndocker run $docker_args\n';
  it('does not ask for pins in an image run with -it over the working tree by a script in its folder', () => {
    expect(pins({ 'docker/launch.sh': launch })).toEqual([]);
    expect(pins({ 'docker/run.sh': 'docker run --rm -ti -v "$(pwd)":/src trt bash\n' })).toEqual([]);
  });
  it('still asks when the script mounts only data, runs it detached, pushes it, or lives elsewhere', () => {
    expect(pins({ 'docker/run.sh': 'docker run --rm -it -v "$(pwd)/data":/data trt\n' })).toHaveLength(1);
    expect(pins({ 'docker/run.sh': 'docker run -d -v ${PWD}:/srv trt\n' })).toHaveLength(1);
    expect(pins({ 'docker/launch.sh': launch, 'docker/release.sh': 'docker push acme/trt:1.0\n' })).toHaveLength(1);
    expect(pins({ 'scripts/launch.sh': launch })).toHaveLength(1);
    // feast's offline builds run a registry's tool over the tree, then their own image without a mount.
    const hermeto = 'alias hermeto=\'docker run --rm -ti -v "$PWD:$PWD:Z" -w "$PWD" quay.io/konflux-ci/hermeto:0.25.0\'\ndocker run --rm -ti trt feast version\n';
    expect(pins({ 'docker/build.sh': hermeto })).toHaveLength(1);
  });
  // MLCommons inference: the tree given by a variable, `--mount`, nvidia-docker, flags gathered in variables, Makefiles.
  it('does not ask when the tree is mounted through a variable, --mount or a Makefile recipe', () => {
    const mount = 'REPO="$(dirname "$(dirname "$PWD")")"\ndocker build . -f ubuntu.Dockerfile -t llm/dev\nnvidia-docker run -it --rm --mount type=bind,source=$REPO,target=$REPO -w "$PWD" llm/dev\n';
    expect(pins({ 'docker/launch.sh': mount })).toEqual([]);
    const flags = 'ROOT=$(dirname "$(dirname "$(realpath "$0")")")\nFLAGS="--rm -i"\nif [ -t 0 ]; then\n  FLAGS="--rm -it"\nfi\ndocker run "$FLAGS" -v "$ROOT:/workspace" -v "/home/scratch:/home/scratch" dev\n';
    expect(pins({ 'docker/launch.sh': flags })).toEqual([]);
    const checkout = 'ROOT_DIR=$HOME/mlcommons/inference # the checkout\nMODEL_DIR=$HOME/mlcommons/model\ndocker run --gpus all -it \\\n  -v "$MODEL_DIR":/root/model \\\n  -v "$ROOT_DIR":/root/mlcommons \\\n  dlrm-gpu\n';
    expect(pins({ 'docker/run_docker_gpu.sh': checkout })).toEqual([]);
    const makefile =
      'HOST_VOL ?= ${PWD}\nCONTAINER_VOL ?= /workspace\nifeq ($(HAS_GPU),)\n\tDOCKER_RUN_CMD := docker run\nelse\n\tDOCKER_RUN_CMD := nvidia-docker run\nendif\n\n' +
      'build_docker:\n\t@docker build --build-arg UID=$(UID) -t kits19 -f ubuntu.Dockerfile .\n\n' +
      'launch_docker:\n\t@$(DOCKER_RUN_CMD) --rm -it -w $(CONTAINER_VOL) -v $(HOST_VOL):$(CONTAINER_VOL) -v ${HOME}:/mnt/${HOME} kits19\n';
    expect(pins({ 'docker/Makefile': makefile })).toEqual([]);
  });
  it('does not ask when a script below or above the folder builds this very Dockerfile and launches it', () => {
    const below =
      'SCRIPT_DIR=$(dirname "$(realpath "$0")")\nWORK_DIR=${WORK_DIR:-$SCRIPT_DIR/../..}\nOPTS="--rm -it --ipc=host"\n' +
      'docker build -f "$SCRIPT_DIR/../ubuntu.Dockerfile" -t dev "$SCRIPT_DIR/../.."\ndocker run $OPTS -v "${WORK_DIR}:/work" dev\n';
    expect(pins({ 'docker/launch_scripts/launch_ubuntu.sh': below })).toEqual([]);
    // deepseek-r1's launchers then layer a user image from a Dockerfile they write themselves.
    const layered = below.replace('docker run', 'USER_DOCKERFILE="$SCRIPT_DIR/Dockerfile.user.tmp"\ncat > "$USER_DOCKERFILE" <<EOF\nFROM dev\nEOF\ndocker build --file "$USER_DOCKERFILE" -t dev-user "$SCRIPT_DIR"\ndocker run');
    expect(pins({ 'docker/launch_scripts/launch_ubuntu.sh': layered })).toEqual([]);
    const above = 'WORK_DIR=$(dirname "$(realpath "$0")")\ndocker build -f "$WORK_DIR/docker/ubuntu.Dockerfile" -t dev "$WORK_DIR"\ndocker run --rm -it -v "$WORK_DIR:/workspace" dev\n';
    expect(pins({ 'launch.sh': above })).toEqual([]);
  });
  it('does not ask when a script elsewhere in the repository builds this very Dockerfile by its path and launches it', () => {
    const elsewhere = 'docker build -f docker/ubuntu.Dockerfile -t dev .\ndocker run --rm -it -v "$PWD:/workspace" dev\n';
    expect(pins({ 'scripts/dev.sh': elsewhere })).toEqual([]);
    // Still asked: it builds another Dockerfile, or its folder pushes the image.
    expect(pins({ 'docker/other.Dockerfile': df, 'scripts/dev.sh': elsewhere.replace('ubuntu.Dockerfile', 'other.Dockerfile') })).toHaveLength(1);
    expect(pins({ 'scripts/dev.sh': elsewhere.replaceAll(' dev', ' acme/trt'), 'scripts/release.sh': 'docker push acme/trt:1.0\n' })).toHaveLength(1);
  });
  it('still asks when the mounts are data, models, home or fixed host folders, or only a comment launches', () => {
    expect(pins({ 'docker/run.sh': 'DATA_DIR=$HOME/datasets/kits\ndocker run -it -v "$DATA_DIR":/workspace -v /raid/src:/src trt\n' })).toHaveLength(1);
    expect(pins({ 'docker/run.sh': 'CKPT=$1\ndocker run -it -v /data:/data -v "$CKPT":/root/model trt\n' })).toHaveLength(1);
    expect(pins({ 'docker/run.sh': 'docker run -it -v ${HOME}:/mnt/${HOME} -v $HOME/.ssh:/root/.ssh trt\n' })).toHaveLength(1);
    // librdkafka's packaging/tools: usage comments that run someone else's image.
    expect(pins({ 'docker/build-deb.sh': '# Usage:\n#   docker run -it -v $PWD:/v ubuntu:16.04 /v/build-deb.sh\nmake deb\n' })).toHaveLength(1);
  });
  it('still asks when the launcher runs another Dockerfile of the folder, lives below without building this one, or its folder pushes', () => {
    const dev = { 'docker/dev.Dockerfile': df, 'docker/run.sh': 'docker build -f dev.Dockerfile -t dev .\ndocker run -it -v $PWD:/src dev\n' };
    expect(pins(dev)).toHaveLength(1);
    expect(pins({ 'docker/tools/run.sh': 'docker run -it -v $PWD:/src trt\n' })).toHaveLength(1);
    const above = 'WORK_DIR=$(dirname "$(realpath "$0")")\ndocker build -f "$WORK_DIR/docker/ubuntu.Dockerfile" -t acme/trt .\ndocker run --rm -it -v "$WORK_DIR:/workspace" acme/trt\n';
    expect(pins({ 'launch.sh': above, 'release.sh': 'docker buildx build --push -t acme/trt -f docker/ubuntu.Dockerfile .\n' })).toHaveLength(1);
    expect(pins({ 'docker/launch.sh': launch, 'docker/Makefile': 'release:\n\t$(DOCKER) push acme/trt:1.0\n' })).toHaveLength(1);
  });
  it('reads the engine as every project reader does: a variable named as one, its own options first, a wrapper command', () => {
    // `$DOCKER` given by the caller's environment, `docker --context`, `retry docker run` (a command of the system's).
    for (const run of ['$DOCKER run -it -v $PWD:/src trt', 'docker --context dev run -it -v $PWD:/src trt', 'retry docker run -it -v $PWD:/src trt']) expect(pins({ 'docker/run.sh': `${run}\n` }), run).toEqual([]);
    expect(pins({ 'docker/run.sh': '$TOOL run -it -v $PWD:/src trt\n' })).toHaveLength(1);
  });
  // holoscan-sdk's `./run`: a bash script without an extension, the engine a variable defaulting to itself, the docker
  // call behind a function that logs and runs its arguments, `--interactive` with `-t` from a variable.
  const run =
    '#!/bin/bash\nexport DOCKER_EXE=${DOCKER_EXE:-"docker"}\nTOP=$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")\n[ -t 1 ] && export USE_TTY="--tty" || export USE_TTY=""\n' +
    'run_command() {\n    local cmd="$*"\n    echo "${cmd}"\n    if [ "${DRY}" != "true" ]; then\n        "$@"\n    fi\n}\n' +
    'build_image() {\n    run_command $DOCKER_EXE build --network=host ${TOP}\n}\nlaunch() {\n    run_command $DOCKER_EXE run --rm --interactive ${USE_TTY} -v ${TOP}:/workspace/sdk sdk-build bash\n}\n';
  it('reads a bash script without an extension and a docker call behind a wrapper function (holoscan-sdk ./run)', () => {
    const root = (files: Record<string, string>) => lintIn('apt-pin-versions', context({ LICENSE: 'MIT\n', Dockerfile: df, ...files }), 'Dockerfile');
    expect(root({ run })).toEqual([]);
    // Without the shebang it is no script; a function that does not run its arguments is no wrapper; no `-t`, no terminal.
    expect(root({ run: run.replace('#!/bin/bash\n', '') })).toHaveLength(1);
    expect(root({ run: run.replace('        "$@"\n', '        echo done\n') })).toHaveLength(1);
    expect(root({ run: run.replace(' ${USE_TTY}', '') })).toHaveLength(1);
    // Another Dockerfile it only builds (`-f runtime/Dockerfile`) is not the one it launches.
    const both = run.replace('${TOP}\n}', '${TOP}\n    run_command $DOCKER_EXE build -f ${TOP}/runtime/Dockerfile ${TOP}\n}');
    expect(lintIn('apt-pin-versions', context({ LICENSE: 'MIT\n', Dockerfile: df, 'runtime/Dockerfile': df, run: both }), 'runtime/Dockerfile')).toHaveLength(1);
    expect(lintIn('apt-pin-versions', context({ LICENSE: 'MIT\n', Dockerfile: df, 'runtime/Dockerfile': df, run: both }), 'Dockerfile')).toEqual([]);
  });
  // great_expectations' tasks.py (audit AM items 100, 236, 252): `invoke docker` builds docker/Dockerfile.tests under a
  // local name in one branch and runs it -it with the checkout mounted in the other.
  const tasks = [
    'import os',
    'from invoke import task',
    '@task',
    'def docker(ctx, name="dev", build=False):',
    '    root = os.path.dirname(os.path.realpath(__file__))',
    '    cmds = ["docker"]',
    '    if build:',
    '        cmds.extend(["buildx", "build", "-f", "docker/ubuntu.Dockerfile", f"--tag {name}:latest", "."])',
    '    else:',
    '        cmds.extend(["run", "-it", "--rm", "--mount", f"type=bind,source={root},target=/work", f"{name}:latest", "bash"])',
    '    ctx.run(" ".join(cmds), pty=True)',
    '',
  ].join('\n');
  it('does not ask when a task runner\'s file above builds this very Dockerfile and launches it over the tree (invoke, just)', () => {
    expect(pins({ 'tasks.py': tasks })).toEqual([]);
    expect(pins({ justfile: 'image := "dev"\nshell:\n    docker build -f docker/ubuntu.Dockerfile -t {{image}} .\n    docker run --rm -it -v {{justfile_directory()}}:/src {{image}}\n' })).toEqual([]);
  });
  it('still asks when that task runner pushes the image, runs it without a terminal or over no tree, or builds another file', () => {
    expect(pins({ 'tasks.py': `${tasks}@task\ndef release(ctx):\n    ctx.run("docker push acme/dev:1.0")\n` })).toHaveLength(1);
    expect(pins({ 'tasks.py': tasks.replace('"-it", ', '"-d", ') })).toHaveLength(1);
    expect(pins({ 'tasks.py': tasks.replace('f"type=bind,source={root},target=/work"', '"type=bind,source=/data,target=/work"') })).toHaveLength(1);
    expect(pins({ 'tasks.py': tasks.replace('docker/ubuntu.Dockerfile', 'docker/ubuntu.Dockerfile.gpu'), 'docker/ubuntu.Dockerfile.gpu': df })).toHaveLength(1);
  });
});

describe('images a script beside them builds only to make files with (artifact builders)', () => {
  // TransformerEngine's build_tools/wheel_utils: launch_x86.sh builds the wheel builder, runs it, and copies the wheels out.
  const df = 'FROM quay.io/pypa/manylinux_2_28_x86_64\nCOPY . /src/\nRUN dnf -y install glog-devel\nCMD ["/bin/bash", "-c", "bash /src/build_wheels.sh"]\n';
  const launch = 'docker build --no-cache -t "x86_wheel" -f build_tools/wheel_utils/Dockerfile.x86 .\ndocker run --runtime=nvidia --gpus=all "x86_wheel"\ndocker cp $(docker ps -aq | head -1):/wheelhouse x86_wheelhouse\n';
  const project = (files: Record<string, string>) => context({ LICENSE: 'MIT\n', 'build_tools/wheel_utils/Dockerfile.x86': df, ...files });
  const findings = (rule: string, files: Record<string, string>) => lintIn(rule, project(files), 'build_tools/wheel_utils/Dockerfile.x86');
  it('asks for no user nor a smaller image where the script copies the files out of the container', () => {
    for (const rule of ['non-root-user', 'rpm-cleanup']) expect(findings(rule, { 'build_tools/wheel_utils/launch_x86.sh': launch })).toEqual([]);
    // A prompt still fails the build.
    const prompting = project({ 'build_tools/wheel_utils/launch_x86.sh': launch });
    fs.writeFileSync(path.join(prompting, 'build_tools/wheel_utils/Dockerfile.x86'), df.replace('dnf -y install', 'dnf install'));
    expect(lintIn('rpm-cleanup', prompting, 'build_tools/wheel_utils/Dockerfile.x86')[0]!.message).toContain('without `-y`');
  });
  it('nor where a run in the foreground leaves them in the working tree it bind-mounts (a composite action, GitHub expressions and all)', () => {
    const action = [
      'runs:',
      '  using: composite',
      '  steps:',
      '    - shell: bash',
      '      run: |',
      '        docker build -t te-build -f build-tools/.github/actions/build-wheel/Dockerfile --build-arg PY=${{ inputs.python-version }} .',
      '    - shell: bash',
      '      run: |',
      '        EXIT_CODE=$(docker run \\',
      '            --rm --volume $(pwd):/workspace \\',
      '            te-build bash /workspace/build.sh | tail -n 1)',
      '',
    ].join('\n');
    const image = 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y cmake && rm -rf /var/lib/apt/lists/*\n';
    const dir = context({ LICENSE: 'MIT\n', '.github/actions/build-wheel/Dockerfile': image, '.github/actions/build-wheel/action.yml': action });
    expect(lintIn('apt-no-install-recommends', dir, '.github/actions/build-wheel/Dockerfile')).toEqual([]);
    fs.writeFileSync(path.join(dir, '.github/actions/build-wheel/action.yml'), action.replace('--volume $(pwd):/workspace', '--volume /data:/data'));
    expect(lintIn('apt-no-install-recommends', dir, '.github/actions/build-wheel/Dockerfile')).toHaveLength(1);
  });
  it('reads the run and the copy as every project reader does: `docker container cp`, options in a variable not known before the image', () => {
    for (const rule of ['non-root-user', 'rpm-cleanup']) expect(findings(rule, { 'build_tools/wheel_utils/launch_x86.sh': launch.replace('docker cp', 'docker container cp') })).toEqual([]);
    const mounted = 'docker build -t "x86_wheel" -f build_tools/wheel_utils/Dockerfile.x86 .\ndocker run $DOCKER_ARGS --rm -v $(pwd)/wheelhouse:/wheelhouse x86_wheel\n';
    expect(findings('non-root-user', { 'build_tools/wheel_utils/launch_x86.sh': mounted })).toEqual([]);
    expect(findings('non-root-user', { 'build_tools/wheel_utils/launch_x86.sh': mounted.replace('-v $(pwd)/wheelhouse:/wheelhouse ', '') })).toHaveLength(1);
  });
  it('still asks when the image is pushed, published by another build, run as a service, or not the one the script builds', () => {
    const beside = (more: Record<string, string>) => ({ 'build_tools/wheel_utils/launch_x86.sh': launch, ...more });
    expect(findings('non-root-user', beside({ 'build_tools/wheel_utils/release.sh': 'docker push acme/wheel:1.0\n' }))).toHaveLength(1);
    const workflow = 'jobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          file: build_tools/wheel_utils/Dockerfile.x86\n          tags: ghcr.io/acme/wheel-builder:latest\n          push: true\n';
    expect(findings('non-root-user', beside({ '.github/workflows/image.yml': workflow }))).toHaveLength(1);
    expect(findings('non-root-user', { 'build_tools/wheel_utils/launch_x86.sh': launch.replace('--gpus=all', '--gpus=all -p 8000:8000') })).toHaveLength(1);
    expect(findings('non-root-user', { 'build_tools/wheel_utils/launch_x86.sh': launch.replace('Dockerfile.x86', 'Dockerfile.aarch') })).toHaveLength(1);
    expect(findings('rpm-cleanup', { 'build_tools/wheel_utils/launch_x86.sh': launch.replace(/docker cp .*\n/, '') })).toHaveLength(1);
    expect(findings('non-root-user', beside({ 'build_tools/wheel_utils/compose.yaml': 'services:\n  wheels:\n    build:\n      context: ../..\n      dockerfile: build_tools/wheel_utils/Dockerfile.x86\n' }))).toHaveLength(1);
  });
  // kserve's docs/apis: the root Makefile (which pushes other images) builds the docs generator under a local name and
  // runs it once over folders of the tree.
  const generator = 'FROM golang:1.25\nRUN go install example.com/gen-docs@v1.0.0\nENTRYPOINT ["gen-docs"]\nCMD ["-out-file", "./apidocs/README.md"]\n';
  const makefile = (build: string, run: string) =>
    `ENGINE ?= docker\nARCH ?=\napidocs:\n\t\${ENGINE} buildx build \${ARCH} ${build} . && \\\n\t\${ENGINE} run ${run}\ndocker-push:\n\tdocker push acme/controller:latest\n`;
  const run = '-it --rm -v $(CURDIR)/pkg/apis:/src/pkg/apis -v ${PWD}/docs/apis:/out apidocs-gen';
  const docs = (make: string) => lintIn('non-root-user', context({ LICENSE: 'MIT\n', 'docs/apis/Dockerfile': generator, Makefile: make }), 'docs/apis/Dockerfile');
  it('nor where a Makefile above builds it under a local name by its path, and runs it once over folders of the tree', () => {
    expect(docs(makefile('-f docs/apis/Dockerfile --rm -t apidocs-gen', run))).toEqual([]);
  });
  it('still asks when the Makefile above names it for a registry or retags it, runs it as a service, or builds another file', () => {
    expect(docs(makefile('-f docs/apis/Dockerfile -t acme/apidocs-gen', run.replace('apidocs-gen', 'acme/apidocs-gen')))).toHaveLength(1);
    expect(docs(`${makefile('-f docs/apis/Dockerfile -t apidocs-gen', run)}release:\n\tdocker tag apidocs-gen acme/apidocs:1\n`)).toHaveLength(1);
    expect(docs(makefile('-f docs/apis/Dockerfile -t apidocs-gen', run.replace('--rm', '-d')))).toHaveLength(1);
    expect(docs(makefile('-f docs/apis/Dockerfile -t apidocs-gen', run.replace('-it --rm', '-p 8080:8080')))).toHaveLength(1);
    expect(docs(makefile('-f Dockerfile -t apidocs-gen', run))).toHaveLength(1);
    expect(docs(makefile('-f docs/apis/Dockerfile -t apidocs-gen', '--rm -v /data:/out apidocs-gen'))).toHaveLength(1);
  });
  // kubeflow's backend/api: the Makefile beside builds and runs the generator through `${CONTAINER_ENGINE}`, and pushes
  // it the same way (its `push` target): a published image, not an artifact builder.
  const kfp = (more: string) =>
    `CONTAINER_ENGINE ?= docker\nIMAGE_TAG=kfp-api-generator\nREMOTE_IMAGE=ghcr.io/kubeflow/kfp-api-generator\ngenerate:\n\t\${CONTAINER_ENGINE} build ../.. -t $(IMAGE_TAG) -f Dockerfile\n\t\${CONTAINER_ENGINE} run --rm -v $(CURDIR)/out:/go/out $(IMAGE_TAG) /go/gen.sh\n${more}`;
  const kfpApi = (make: string) => lintIn('apt-cleanup', context({ LICENSE: 'MIT\n', 'backend/api/Dockerfile': 'FROM golang:1.26\nRUN apt-get update -y && apt-get install -y jq\n', 'backend/api/Makefile': make }), 'backend/api/Dockerfile');
  it('nor where the Makefile beside runs it through an engine variable over the tree', () => {
    expect(kfpApi(kfp(''))).toEqual([]);
  });
  it('nor where the engine variable has no value in the Makefile, as for the images the project builds (ENGINE_VARIABLE)', () => {
    expect(kfpApi(kfp('').replace('CONTAINER_ENGINE ?= docker\n', ''))).toEqual([]);
    expect(kfpApi(kfp('').replaceAll('${CONTAINER_ENGINE}', '${TOOL}'))).toHaveLength(1);
  });
  it('still asks when that Makefile pushes or retags it through the engine variable', () => {
    expect(kfpApi(kfp('push:\n\t${CONTAINER_ENGINE} push $(REMOTE_IMAGE)\n'))).toHaveLength(1);
    expect(kfpApi(kfp('release:\n\t${CONTAINER_ENGINE} tag $(IMAGE_TAG) $(REMOTE_IMAGE)\n'))).toHaveLength(1);
  });
  // pachyderm's python-sdk: the Makefile streams the package into the docs generator and the HTML out of it as tar,
  // and proto/generate-protos.sh does the same with the .proto files and the generated code (audit AL items 19, 59,
  // 215, 216, 262, 263).
  const docsImage = 'FROM python:3.11-slim\nWORKDIR /home\nCOPY pyproject.toml .\nRUN python3 -m pip install -q poetry==1.4.2 && poetry install\nCOPY docs docs\nENTRYPOINT ["./docs/entrypoint.sh"]\n';
  const docsMake = (run: string) => `docs:\n\tdocker build -t pachyderm-sdk-docs -f Dockerfile.docs-generation .\n\trm -rf docs/pachyderm_sdk\n\t${run}\n`;
  const sdkDocs = (rule: string, make: string, more: Record<string, string> = {}) =>
    lintIn(rule, context({ LICENSE: 'MIT\n', 'python-sdk/Dockerfile.docs-generation': docsImage, 'python-sdk/Makefile': make, ...more }), 'python-sdk/Dockerfile.docs-generation');
  const streamed = 'tar cf - pachyderm_sdk | docker run -i pachyderm-sdk-docs | tar -xf -';
  it('nor where the files go in and out as a tar stream, through the run\'s standard input and output', () => {
    for (const rule of ['non-root-user', 'pip-no-cache-dir']) expect(sdkDocs(rule, docsMake(streamed)), rule).toEqual([]);
    // Into an archive file, or through a script that goes to its own folder to build.
    expect(sdkDocs('non-root-user', docsMake('tar cf - pachyderm_sdk | docker run -i pachyderm-sdk-docs > html.tar'))).toEqual([]);
    const proto = 'FROM python:3.8-slim\nRUN apt-get update -y && apt-get install git -y\nCOPY entrypoint.sh /bin\nENTRYPOINT ["/bin/entrypoint.sh"]\nWORKDIR /work\n';
    const generate =
      '#!/bin/bash\nset -e\nSCRIPT_DIR=$( cd -- "$( dirname -- "${BASH_SOURCE[0]}" )" &> /dev/null && pwd )\ncd "${SCRIPT_DIR}"\ndocker build -t pachyderm_python_proto:python-sdk .\ncd ../..\n' +
      'find src -regex ".*\\.proto" \\\n  | xargs tar cf - \\\n  | docker run -i pachyderm_python_proto:python-sdk \\\n  | tar -C python-sdk/pachyderm_sdk -xf -\n';
    const protos = (rule: string, script: string) => lintIn(rule, context({ LICENSE: 'MIT\n', 'python-sdk/proto/Dockerfile': proto, 'python-sdk/proto/generate-protos.sh': script }), 'python-sdk/proto/Dockerfile');
    for (const rule of ['non-root-user', 'apt-cleanup', 'apt-no-install-recommends']) expect(protos(rule, generate), rule).toEqual([]);
    // Output kept in a log, thrown away, or read by a command that makes no files is no file made.
    expect(protos('apt-cleanup', generate.replace('  | tar -C python-sdk/pachyderm_sdk -xf -', '  | tail -n 1'))).toHaveLength(1);
    expect(protos('apt-cleanup', generate.replace('  | tar -C python-sdk/pachyderm_sdk -xf -', '  | tar -tvf -'))).toHaveLength(1);
  });
  it('still asks when a streaming run keeps only a log, serves, runs detached, or the image is pushed', () => {
    expect(sdkDocs('non-root-user', docsMake('docker run -i pachyderm-sdk-docs > docs-build.log'))).toHaveLength(1);
    expect(sdkDocs('non-root-user', docsMake('docker run -i pachyderm-sdk-docs > /dev/null'))).toHaveLength(1);
    expect(sdkDocs('non-root-user', docsMake(streamed.replace('-i', '-i -p 8000:8000')))).toHaveLength(1);
    expect(sdkDocs('non-root-user', docsMake('docker run -d pachyderm-sdk-docs > container.id'))).toHaveLength(1);
    expect(sdkDocs('non-root-user', `${docsMake(streamed)}release:\n\tdocker tag pachyderm-sdk-docs pachyderm/sdk-docs\n\tdocker push pachyderm/sdk-docs\n`)).toHaveLength(1);
  });
  // redpanda's tools/p/p: a bash script without an extension builds the image from its own folder and runs the tool
  // over the working tree, the engine docker or podman (audit AL items 21, 62).
  const plang = 'from ubuntu:noble\nrun apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y \\\n  wget default-jre dotnet-sdk-8.0\nrun dotnet tool install --global P\n';
  const p =
    '#!/bin/bash\nset -e\nthis_dir="$(realpath $(dirname "$0"))"\nimage=plang\nif which docker >/dev/null 2>&1; then\n  docker=docker\nelif which podman >/dev/null 2>&1; then\n  docker=podman\nfi\n' +
    '${docker} build -t ${image} ${this_dir}\n${docker} run \\\n  --volume ${PWD}:${PWD}:rw,z \\\n  --workdir ${PWD} \\\n  --rm \\\n  --tty \\\n  ${image} \\\n  p ${*}\n';
  const tool = (rule: string, script: string, more: Record<string, string> = {}) => lintIn(rule, context({ LICENSE: 'MIT\n', 'tools/p/Dockerfile': plang, 'tools/p/p': script, ...more }), 'tools/p/Dockerfile');
  it('nor where a bash script without an extension builds it from its own folder and runs it over the working tree', () => {
    for (const rule of ['apt-cleanup', 'apt-no-install-recommends']) expect(tool(rule, p), rule).toEqual([]);
    expect(tool('apt-cleanup', p.replace('${this_dir}', '"$(dirname "$0")"'))).toEqual([]);
  });
  it('still asks when that script is no shell script, builds from another folder, or its folder pushes', () => {
    expect(tool('apt-cleanup', p.replace('#!/bin/bash\n', ''))).toHaveLength(1);
    expect(tool('apt-cleanup', p.replace('this_dir="$(realpath $(dirname "$0"))"', 'this_dir="$(realpath $(dirname "$0")/..)"'))).toHaveLength(1);
    expect(tool('apt-cleanup', p, { 'tools/p/release.sh': 'docker push acme/plang:1\n' })).toHaveLength(1);
  });
  // armada's magefiles (audit AM items 172, 173): a helper runs the engine, another builds a Dockerfile by its path
  // under the name it is given, and the target runs that image over the working tree to write the jar.
  const builder = 'FROM eclipse-temurin:11-jdk\nRUN apt-get update && apt-get install -y --no-install-recommends maven && rm -rf /var/lib/apt/lists/*\nCOPY scripts/build-java-client.sh /\nENTRYPOINT ["/build-java-client.sh"]\n';
  const dockerGo =
    'package main\n\nfunc dockerRun(args ...string) error {\n\treturn sh.Run("docker", args...)\n}\n\n' +
    'func dockerBuildImage(imageTag string, dockerFile string) error {\n\tdockerArgs := []string{"buildx", "build", "-t", imageTag, "-f", dockerFile}\n\tdockerArgs = append(dockerArgs, ".")\n\treturn dockerRun(dockerArgs...)\n}\n';
  const javaGo = (image: string, run: string) =>
    `package main\n\nconst builder = "${image}"\n\nfunc BuildJava() error {\n\tif err := dockerBuildImage(builder, "./build/java-client/Dockerfile"); err != nil {\n\t\treturn err\n\t}\n` +
    `\twd, err := os.Getwd()\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn dockerRun("run", ${run}, builder)\n}\n`;
  const mounted = '"--rm", "-v", fmt.Sprintf("%s:/build", wd), "-w", "/build"';
  const mage = (java: string) =>
    lintIn('non-root-user', context({ LICENSE: 'MIT\n', 'build/java-client/Dockerfile': builder, 'magefiles/docker.go': dockerGo, 'magefiles/java.go': java }), 'build/java-client/Dockerfile');
  it('nor where a task runner\'s file at the root builds it by its path under a local name and runs it over the tree (mage)', () => {
    expect(mage(javaGo('java-client-builder', mounted))).toEqual([]);
  });
  it('still asks when that task names it for a registry, runs it detached or serving, or mounts no tree', () => {
    // A test task running the image another task builds (armada's airflow tests: `--entrypoint python3 … -m pytest`).
    const split = javaGo('java-client-builder', mounted).replace('\twd, err := os.Getwd()', '\treturn nil\n}\n\nfunc TestJava() error {\n\twd, err := os.Getwd()');
    expect(mage(split)).toHaveLength(1);
    expect(mage(javaGo('ghcr.io/acme/java-client-builder', mounted))).toHaveLength(1);
    expect(mage(javaGo('java-client-builder', mounted.replace('"--rm"', '"-d"')))).toHaveLength(1);
    expect(mage(javaGo('java-client-builder', `${mounted}, "-p", "8080:8080"`))).toHaveLength(1);
    expect(mage(javaGo('java-client-builder', '"--rm", "-v", "/data:/build"'))).toHaveLength(1);
  });
  // kubernetes/autoscaler's builder/: cluster-autoscaler's Makefile, in a sibling folder, builds it by its folder under a
  // local name and runs it over its own tree to build the binaries there.
  const autoscalerBuilder = 'FROM golang:1.26.0\nENV GOPATH=/gopath/\nRUN apt-get update && apt-get --yes install libseccomp-dev\nCMD ["/bin/bash"]\n';
  const sibling = (build: string, run = 'docker run ${RM_FLAG} -v `pwd`:/gopath/src/k8s.io/autoscaler/cluster-autoscaler/:Z autoscaling-builder:latest \\\n\t\tbash -c \'make build-arch-amd64\'') =>
    `REGISTRY?=gcr.io/k8s-staging-autoscaling\nifdef DOCKER_RM\n  RM_FLAG=--rm\nelse\n  RM_FLAG=\nendif\ndocker-builder:\n\tdocker build --network=\${DOCKER_NETWORK} -t ${build}\n` +
    `build-in-docker: docker-builder\n\t${run}\npush-image:\n\tdocker push $(REGISTRY)/cluster-autoscaler:dev\n`;
  const autoscaler = (rule: string, files: Record<string, string>) => lintIn(rule, context({ LICENSE: 'Apache\n', 'builder/Dockerfile': autoscalerBuilder, 'other/Dockerfile': autoscalerBuilder, ...files }), 'builder/Dockerfile');
  it('nor where a Makefile elsewhere in the repository builds it by its path under a local name and runs it over the tree', () => {
    expect(autoscaler('apt-cleanup', { 'cluster-autoscaler/Makefile': sibling('autoscaling-builder ../builder') })).toEqual([]);
    // Its packages still want pins: the binaries released are built in it (TransformerEngine's wheel builders, audit AD).
    expect(autoscaler('apt-pin-versions', { 'cluster-autoscaler/Makefile': sibling('autoscaling-builder ../builder') })).toHaveLength(1);
  });
  it('still asks when that Makefile names it for a registry, builds another folder, runs it without the tree, or is vendored', () => {
    const cleanup = (make: Record<string, string>) => autoscaler('apt-cleanup', make);
    expect(cleanup({ 'cluster-autoscaler/Makefile': sibling('acme/autoscaling-builder ../builder') })).toHaveLength(1);
    expect(cleanup({ 'cluster-autoscaler/Makefile': sibling('autoscaling-builder ../other') })).toHaveLength(1);
    expect(cleanup({ 'cluster-autoscaler/Makefile': sibling('autoscaling-builder ../builder', 'docker run --rm autoscaling-builder:latest make test') })).toHaveLength(1);
    expect(cleanup({ 'vendor/acme/Makefile': sibling('autoscaling-builder ../../builder') })).toHaveLength(1);
  });
});

describe('images a Makefile builds under a local name by a variable\'s value, then copies files out of a created container (artifact builders)', () => {
  // openvino model_server's src/custom_nodes (audit AQ items 40, 292): the Makefile beside picks `Dockerfile.$(DIST_OS)`
  // in `ifeq` branches and takes the .so out with `docker cp $$(docker create …):…`.
  const redhat = 'ARG BASE_IMAGE\nFROM $BASE_IMAGE\nRUN dnf install -y gcc make\nCOPY . /custom_nodes\nRUN make -C /custom_nodes\n';
  const nodes = (out: string, dist = 'DIST_OS=ubuntu', more = '') =>
    `BASE_OS ?= ubuntu22\nifeq ($(BASE_OS),ubuntu22)\n  ${dist}\nendif\nifeq ($(BASE_OS),redhat)\n  DIST_OS=redhat\nendif\n\nall:\n\tfor NODE in $(NODES); do \\\n\t\tdocker build -f Dockerfile.$(DIST_OS) -t custom_node_build_image:latest --build-arg NODE=$$NODE . || exit 1 ; \\\n\t\t${out} ; \\\n\tdone\n${more}`;
  const copyOut = 'docker cp $$(docker create --rm custom_node_build_image:latest):/custom_nodes/lib/libnode.so ./lib/ || exit 1';
  const cleanup = (make: string, file = 'src/custom_nodes/Dockerfile.redhat') =>
    lintIn('rpm-cleanup', context({ LICENSE: 'Apache\n', 'src/custom_nodes/Dockerfile.redhat': redhat, 'src/custom_nodes/Dockerfile.centos': redhat, 'src/custom_nodes/Makefile': make }), file);
  it('asks for no clean where the Makefile beside builds it as one value of its `-f` variable and copies a file out of a created container', () => {
    expect(cleanup(nodes(copyOut))).toEqual([]);
  });
  it('still asks when no value of the variable names the file, nothing is copied out, or the image is pushed', () => {
    expect(cleanup(nodes(copyOut), 'src/custom_nodes/Dockerfile.centos')).toHaveLength(1);
    expect(cleanup(nodes('mkdir -p ./lib'))).toHaveLength(1);
    expect(cleanup(nodes(copyOut, 'DIST_OS=ubuntu', 'push:\n\tdocker tag custom_node_build_image acme/custom-node\n\tdocker push acme/custom-node\n'))).toHaveLength(1);
  });
  // Its root Makefile's cpu_extension target (item 293): it goes to the example's folder (a project of its own, README
  // and Makefile) on the build's line, builds `Dockerfile.$(DIST_OS)` there and copies the library out.
  const root = (build: string) =>
    `BASE_OS ?= ubuntu24\nDIST_OS ?= $(BASE_OS)\nifeq ($(BASE_OS),redhat)\n  DIST_OS=redhat\nendif\ncpu_extension:\n\t${build} \\\n\t\t--build-arg BASE_IMAGE=$(BASE_IMAGE) .\n\tmkdir -p ./lib/$(OS)\n\tdocker cp $$(docker create --rm sample_cpu_extension:latest):/workspace/libcustom_relu_cpu_extension.so ./lib/$(OS)\nrelease:\n\tdocker push openvino/model_server:latest\n`;
  const extension = (make: string) =>
    lintIn('rpm-cleanup', context({ '.git/config': '', LICENSE: 'Apache\n', Makefile: make, 'src/example/Ext/README.md': '# Ext\n', 'src/example/Ext/Makefile': 'all:\n\tg++ -shared ext.cpp -o libext.so\n', 'src/example/Ext/Dockerfile.redhat': redhat }), 'src/example/Ext/Dockerfile.redhat');
  it('nor where a Makefile elsewhere goes to its folder on the build\'s line and builds it by a variable\'s value under a local name', () => {
    expect(extension(root('cd src/example/Ext && \\\n\tdocker build -f Dockerfile.$(DIST_OS) -t sample_cpu_extension:latest'))).toEqual([]);
  });
  it('still asks when that build names it for a registry, or goes to another folder', () => {
    const build = 'cd src/example/Ext && \\\n\tdocker build -f Dockerfile.$(DIST_OS) -t sample_cpu_extension:latest';
    expect(extension(root(build).replaceAll('sample_cpu_extension:latest', 'acme/sample_cpu_extension:latest'))).toHaveLength(1);
    expect(extension(root(build.replace('src/example/Ext', 'src/example/Other')))).toHaveLength(1);
  });
});

describe('a tool\'s image with a leftover EXPOSE, every run of which gives its command and writes into a mounted folder (artifact builders)', () => {
  // traefik's webui/buildx.Dockerfile (audit AQ items 128, 214): the root Makefile builds it as `traefik-webui` and runs
  // it only with `yarn build:prod` and `chown` over the bind-mounted webui/static.
  const webui = 'FROM node:24-alpine3.22\nWORKDIR /src/webui\nCOPY package.json yarn.lock ./\nRUN corepack enable && yarn install\nCOPY . .\nEXPOSE 8080\n';
  const runs = [
    `docker run --rm -v "$(PWD)/webui/static":'/src/webui/static' traefik-webui yarn build:prod`,
    `docker run --rm -v "$(PWD)/webui/static":'/src/webui/static' traefik-webui chown -R $(shell id -u):$(shell id -g) ./static`,
  ];
  const make = (run: readonly string[]) =>
    `build-webui-image:\n\tdocker build -t traefik-webui -f webui/buildx.Dockerfile webui\n\nwebui/static/index.html:\n\t$(MAKE) build-webui-image\n${run.map((r) => `\t${r}\n`).join('')}\nimage:\n\tdocker build -t traefik/traefik .\n\tdocker push traefik/traefik\n`;
  const findings = (rule: string, run: readonly string[], image = webui) =>
    lintIn(rule, context({ '.git/config': '', LICENSE: 'MIT\n', Makefile: make(run), 'webui/buildx.Dockerfile': image }), 'webui/buildx.Dockerfile');
  it('asks for no command nor user', () => {
    for (const rule of ['cmd-present', 'non-root-user']) expect(findings(rule, runs), rule).toEqual([]);
  });
  it('still asks when a run publishes its port, keeps the image\'s command, runs detached or mounts no folder of the tree, or it checks its health', () => {
    expect(findings('non-root-user', [...runs, 'docker run --rm -p 8080:8080 -v "$(PWD)/webui/static":/src/webui/static traefik-webui yarn dev'])).toHaveLength(1);
    expect(findings('non-root-user', [...runs, 'docker run --rm -v "$(PWD)/webui/static":/src/webui/static traefik-webui'])).toHaveLength(1);
    expect(findings('non-root-user', [...runs, 'docker run -d -v "$(PWD)/webui/static":/src/webui/static traefik-webui yarn dev'])).toHaveLength(1);
    expect(findings('non-root-user', [...runs, 'docker run --rm traefik-webui yarn build:prod'])).toHaveLength(1);
    expect(findings('cmd-present', runs, webui.replace('EXPOSE 8080\n', 'EXPOSE 8080\nHEALTHCHECK CMD wget -q -O- localhost:8080\n'))).toHaveLength(1);
  });
});

describe('images a script in a folder above goes elsewhere to build, then streams their output into a file (artifact builders)', () => {
  // qdrant's tools/schema2openapi (audit AP item 217): tools/generate_openapi_models.sh goes to the project's root,
  // builds the folder under a local name and pipes the run's output through sed into a file of the tree.
  const converter = 'FROM node:lts-alpine\nWORKDIR /app\nCOPY . .\nRUN npm install\nCMD ["node", "convert.js"]\n';
  const piped = "docker run --rm \\\n    schema2openapi | sed -e 's%#/definitions/%#/components/schemas/%g' >./openapi/models.json";
  const script = (run: string, cd = 'cd "$(dirname "$0")/../"') => `#!/usr/bin/env bash\nset -e\n# Ensure current path is project root\n${cd}\n\ndocker build tools/schema2openapi --tag schema2openapi\n\n${run}\n`;
  const openapi = (text: string) =>
    lintIn('non-root-user', context({ LICENSE: 'Apache\n', 'Cargo.toml': '[package]\n', 'tools/schema2openapi/Dockerfile': converter, 'tools/generate_openapi_models.sh': text }), 'tools/schema2openapi/Dockerfile');
  it('asks for no user where the script builds it from where its `cd` went and streams the output through a filter into a file', () => {
    expect(openapi(script(piped))).toEqual([]);
    expect(openapi(script(piped, 'cd "$(dirname "${BASH_SOURCE[0]}")"/.. || exit 1'))).toEqual([]);
    expect(openapi(script('docker run --rm schema2openapi | jq . | tee ./openapi/models.json'))).toEqual([]);
  });
  it('still asks when the output reaches only the terminal or a log, passes a filter that keeps a few lines, or the build names no such folder', () => {
    expect(openapi(script("docker run --rm schema2openapi | sed -e 's/a/b/'"))).toHaveLength(1);
    expect(openapi(script("docker run --rm schema2openapi | sed -e 's/a/b/' > convert.log"))).toHaveLength(1);
    expect(openapi(script('docker run --rm schema2openapi | tail -n 1 > status.txt'))).toHaveLength(1);
    // Read from the script's own folder, or from a folder above the root, `tools/schema2openapi` is not this folder.
    expect(openapi(script(piped, ''))).toHaveLength(1);
    expect(openapi(script(piped, 'cd "$(dirname "$0")/../.."'))).toHaveLength(1);
    // A `cd` inside a function runs only when called.
    expect(openapi(script(piped, 'goto_root() {\n  cd "$(dirname "$0")/../"\n}'))).toHaveLength(1);
  });
});

describe('Dockerfiles a Dev Container configuration builds (interactive development images)', () => {
  const df = 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*\n';
  const devcontainer = (dockerfile: string) => `{\n  // presidio's layout\n  "name": "Analyzer",\n  "build": { "dockerfile": "${dockerfile}", "context": "../../analyzer" }\n}\n`;
  const pins = (files: Record<string, string>) => lintIn('apt-pin-versions', context({ '.git/config': '', 'analyzer/Dockerfile.dev': df, 'analyzer/Dockerfile': df, ...files }), 'analyzer/Dockerfile.dev');
  it('does not ask for pins in the Dockerfile a devcontainer.json builds', () => {
    expect(pins({ '.devcontainer/analyzer/devcontainer.json': devcontainer('../../analyzer/Dockerfile.dev') })).toEqual([]);
  });
  it('still asks of a Dockerfile no configuration builds, and of one it shares with the published images', () => {
    expect(pins({ '.devcontainer/analyzer/devcontainer.json': devcontainer('../../analyzer/Dockerfile') })).toHaveLength(1);
    const shared = lintIn('apt-pin-versions', context({ '.git/config': '', 'analyzer/Dockerfile': df, '.devcontainer/devcontainer.json': devcontainer('../analyzer/Dockerfile') }), 'analyzer/Dockerfile');
    expect(shared).toHaveLength(1);
    expect(pins({})).toHaveLength(1);
  });
});

describe('the stage a Dev Container builds as its target (development stages of a shipped Dockerfile)', () => {
  // frigate's docker/main/Dockerfile: `FROM deps AS devcontainer` beside the shipped `FROM deps AS frigate`.
  const df = [
    'FROM debian:12 AS deps',
    'RUN apt-get update && apt-get install -y --no-install-recommends python3 && rm -rf /var/lib/apt/lists/*',
    'FROM debian:12 AS node-tools',
    'RUN apt-get update && apt-get install -y --no-install-recommends nodejs && rm -rf /var/lib/apt/lists/*',
    'FROM deps AS devcontainer',
    'COPY --from=node-tools /usr/bin/node /usr/bin/node',
    'RUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*',
    'CMD ["sleep", "infinity"]',
    'FROM deps AS frigate',
    'RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
    'CMD ["python3", "-m", "frigate"]',
    '',
  ].join('\n');
  const compose = (service: string, target: string) => `services:\n  ${service}:\n    build:\n      context: .\n      dockerfile: docker/main/Dockerfile\n      target: ${target}\n    volumes:\n      - .:/workspace/frigate:cached\n`;
  // JSON with comments and a trailing comma, as devcontainer.json is written.
  const viaCompose = (service: string) => `{\n  "name": "Frigate Devcontainer",\n  // the Compose setup\n  "dockerComposeFile": "../docker-compose.yml",\n  "service": "${service}", /* the one worked in */\n  "workspaceFolder": "/workspace/frigate",\n}\n`;
  const viaBuild = (dockerfile: string, target: string) => `{\n  "build": { "dockerfile": "${dockerfile}", "context": "..", "target": "${target}" }\n}\n`;
  const lines = (rule: string, files: Record<string, string>, dockerfile = 'docker/main/Dockerfile') =>
    lintIn(rule, context({ '.git/config': '', 'docker/main/Dockerfile': df, 'docker/other/Dockerfile': df, ...files }), dockerfile).map((f) => f.range.start.line);
  it('does not ask for pins nor fewer recommends in that stage and the stages only it uses', () => {
    const files = { 'docker-compose.yml': compose('devcontainer', 'devcontainer'), '.devcontainer/devcontainer.json': viaCompose('devcontainer') };
    // The shipped stage and its parent stay judged.
    expect(lines('apt-pin-versions', files)).toEqual([2, 10]);
    expect(lines('apt-no-install-recommends', files)).toEqual([]);
    expect(lines('apt-pin-versions', { '.devcontainer/devcontainer.json': viaBuild('../docker/main/Dockerfile', 'devcontainer') })).toEqual([2, 10]);
  });
  it('still asks of every stage without such a configuration, or when it names another Dockerfile or another service', () => {
    const all = [2, 4, 7, 10];
    expect(lines('apt-pin-versions', { 'docker-compose.yml': compose('devcontainer', 'devcontainer') })).toEqual(all);
    expect(lines('apt-no-install-recommends', { 'docker-compose.yml': compose('devcontainer', 'devcontainer') })).toEqual([7]);
    expect(lines('apt-pin-versions', { '.devcontainer/devcontainer.json': viaBuild('../docker/other/Dockerfile', 'devcontainer') })).toEqual(all);
    // A Compose service the configuration does not work in.
    const other = { 'docker-compose.yml': `${compose('tools', 'devcontainer')}  web:\n    build: .\n`, '.devcontainer/devcontainer.json': viaCompose('web') };
    expect(lines('apt-pin-versions', other)).toEqual(all);
    // The configuration's service builds the other Dockerfile: this one's stage of that name is not its target.
    const elsewhere = { 'docker-compose.yml': compose('devcontainer', 'devcontainer').replace('docker/main/', 'docker/other/'), '.devcontainer/devcontainer.json': viaCompose('devcontainer') };
    expect(lines('apt-pin-versions', elsewhere)).toEqual(all);
    expect(lines('apt-pin-versions', elsewhere, 'docker/other/Dockerfile')).toEqual([2, 10]);
    // The final stage as the target: a build without `--target`, the published one too, makes it.
    expect(lines('apt-pin-versions', { '.devcontainer/devcontainer.json': viaBuild('../docker/main/Dockerfile', 'frigate') })).toEqual(all);
  });
  it('still asks of a stage the target shares with the shipped image', () => {
    // `node-tools` also copied into the shipped stage: it ships, so it is judged; the target's own install (line 6) is not.
    const shared = df.replace('COPY --from=node-tools /usr/bin/node /usr/bin/node\n', '').replace('FROM deps AS frigate\n', 'FROM deps AS frigate\nCOPY --from=node-tools /usr/bin/node /usr/bin/node\n');
    const dir = context({ '.git/config': '', 'docker/main/Dockerfile': shared, '.devcontainer/devcontainer.json': viaBuild('../docker/main/Dockerfile', 'devcontainer') });
    expect(lintIn('apt-pin-versions', dir, 'docker/main/Dockerfile').map((f) => f.range.start.line)).toEqual([2, 4, 10]);
  });
  it('reports a requirements file both install at the shipped stage\'s install', () => {
    const image = [
      'FROM python:3.12-slim AS devcontainer',
      'COPY requirements.txt .',
      'RUN pip install --no-cache-dir -r requirements.txt',
      'FROM python:3.12-slim AS app',
      'COPY requirements.txt .',
      'RUN pip install --no-cache-dir -r requirements.txt',
      '',
    ].join('\n');
    const project = (files: Record<string, string>) => context({ '.git/config': '', Dockerfile: image, 'requirements.txt': 'flask\n', ...files });
    const found = lintIn('requirements-pin-versions', project({ '.devcontainer/devcontainer.json': viaBuild('../Dockerfile', 'devcontainer') }));
    expect(found.map((f) => f.related?.[0]?.range.start.line)).toEqual([6]);
    expect(lintIn('requirements-pin-versions', project({})).map((f) => f.related?.[0]?.range.start.line)).toEqual([3]);
  });
});

describe('Dockerfiles a Cursor environment.json builds (cloud-agent development environments)', () => {
  const df = 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*\n';
  const env = (dockerfile: string) => `{\n  "name": "langfuse",\n  "build": { "dockerfile": "${dockerfile}", "context": ".." }\n}\n`;
  const pins = (files: Record<string, string>, file = '.cursor/Dockerfile') => lintIn('apt-pin-versions', context({ '.git/config': '', '.cursor/Dockerfile': df, 'Dockerfile': df, ...files }), file);
  it('does not ask for pins in the Dockerfile of .cursor/ that environment.json builds', () => {
    expect(pins({ '.cursor/environment.json': env('Dockerfile') })).toEqual([]);
  });
  it('still asks without the configuration, and of a Dockerfile it shares with the published image', () => {
    expect(pins({})).toHaveLength(1);
    expect(pins({ '.cursor/environment.json': env('../Dockerfile') }, 'Dockerfile')).toHaveLength(1);
  });
});

describe('version folders the project no longer builds (retired: only errors are reported)', () => {
  const df = 'FROM debian:12\nMAINTAINER me\nRUN apt-get update && apt-get install -y curl\nUSER app\n';
  const makefile = 'IMAGES := \\\n\tv1.19/debian:v1.19.3-debian,edge\n# <Dockerfile>:<version>\n';
  const found = (files: Record<string, string>, file: string) => {
    const dir = context({ LICENSE: 'MIT\n', 'v1.18/debian/Dockerfile': df, 'v1.19/debian/Dockerfile': df, 'v1.2/debian/Dockerfile': df, ...files });
    return lint(fs.readFileSync(path.join(dir, file), 'utf8'), { filePath: path.join(dir, file), contextDir: path.dirname(path.join(dir, file)) }).map((f) => f.ruleId);
  };
  it('reports only errors in a version folder older than the one the builds name', () => {
    expect(found({ Makefile: makefile }, 'v1.18/debian/Dockerfile')).toEqual([]);
    expect(found({ Makefile: makefile }, 'v1.2/debian/Dockerfile')).toEqual([]);
    expect(found({ Makefile: makefile }, 'v1.19/debian/Dockerfile')).toEqual(expect.arrayContaining(['apt-pin-versions', 'maintainer-deprecated']));
    const workflow = 'jobs:\n  b:\n    strategy:\n      matrix:\n        include:\n          - dockerfile: v1.19/debian\n';
    expect(found({ '.github/workflows/linux.yml': workflow }, 'v1.18/debian/Dockerfile')).toEqual([]);
  });
  it('keeps judging every folder when the builds name this one too, or no version folder at all', () => {
    expect(found({ Makefile: `${makefile}OLD := v1.18/debian\n` }, 'v1.18/debian/Dockerfile')).toContain('apt-pin-versions');
    // A tag of one of its releases names it too.
    expect(found({ Makefile: `${makefile}OLD_TAG := v1.18.5-debian\n` }, 'v1.18/debian/Dockerfile')).toContain('apt-pin-versions');
    expect(found({ '.github/workflows/ci.yml': 'jobs:\n  b:\n    steps:\n      - run: ./generate.sh\n' }, 'v1.18/debian/Dockerfile')).toContain('apt-pin-versions');
    // A build that names only an older folder leaves a newer one alone (not yet built is not retired).
    expect(found({ Makefile: 'IMAGES := v1.18/debian\n' }, 'v1.19/debian/Dockerfile')).toContain('apt-pin-versions');
  });
  it('retires a patch release folder that has a newer patch of the same series beside it, with no build file', () => {
    const releases = (file: string) => {
      const dir = context({ LICENSE: 'MIT\n', 'alpine/3.6.0/Dockerfile': df, 'alpine/3.6.16/Dockerfile': df, 'alpine/3.5.5.1/Dockerfile': df, 'alpine/3.5.7/Dockerfile': df, 'alpine/3.7.1/Dockerfile': df });
      return lint(df, { filePath: path.join(dir, file), contextDir: path.dirname(path.join(dir, file)) }).map((f) => f.ruleId);
    };
    expect(releases('alpine/3.6.0/Dockerfile')).toEqual([]);
    expect(releases('alpine/3.5.5.1/Dockerfile')).toEqual([]);
    // The newest patch of each series is the one the project still publishes, whatever the older series.
    expect(releases('alpine/3.6.16/Dockerfile')).toContain('apt-pin-versions');
    expect(releases('alpine/3.5.7/Dockerfile')).toContain('apt-pin-versions');
    expect(releases('alpine/3.7.1/Dockerfile')).toContain('apt-pin-versions');
  });
});

describe('Compose files elsewhere in the repository, and services that run the built image by name', () => {
  const df = 'FROM python:3.12-slim\nCOPY . /app\nEXPOSE 8000\n';
  const compose = (command: string) => `services:\n  api:\n    build:\n      context: ../..\n      dockerfile: api/docker/Dockerfile.gh\n${command}`;
  const found = (files: Record<string, string>) => lintIn('cmd-present', context({ '.git/HEAD': '', 'api/docker/Dockerfile.gh': df, ...files }), 'api/docker/Dockerfile.gh');
  it('reads a compose file in a folder of its own (`hosting/compose/`), not only in the folders above the Dockerfile', () => {
    expect(found({ 'hosting/compose/docker-compose.yml': compose('    command: ["uvicorn", "app:app"]\n') })).toEqual([]);
    expect(found({ 'hosting/compose/docker-compose.yml': compose('') })).toHaveLength(1);
  });
  it('skips vendored folders', () => {
    expect(found({ 'node_modules/x/docker-compose.yml': compose('    command: ["serve"]\n') })).toHaveLength(1);
  });
  it('counts the services that run, by `image:`, what a placeholder service builds (command and mounts)', () => {
    const file =
      'services:\n  .api:\n    image: acme-dev-api:latest\n    build:\n      context: ../..\n      dockerfile: api/docker/Dockerfile.gh\n    command: ["true"]\n' +
      '  api:\n    image: acme-dev-api:latest\n    command: ["uvicorn", "app:app", "--reload"]\n    volumes:\n      - ../..:/app\n' +
      '  worker:\n    image: acme-dev-api:latest\n    command: python -m worker\n    volumes:\n      - ../..:/app\n';
    const dir = context({ '.git/HEAD': '', 'api/docker/Dockerfile.gh': df, 'hosting/dev/docker-compose.yml': file });
    const services = composeServicesBuilding(path.join(dir, 'api/docker/Dockerfile.gh'));
    expect(services.map((s) => [s.name, s.command, s.mountsSource])).toEqual([['api', true, true], ['worker', true, true]]);
    expect(lintIn('cmd-present', dir, 'api/docker/Dockerfile.gh')).toEqual([]);
    // A builder that runs something itself still counts, and here gives no command.
    const running = file.replace('    command: ["true"]\n', '');
    expect(lintIn('cmd-present', context({ '.git/HEAD': '', 'api/docker/Dockerfile.gh': df, 'hosting/dev/docker-compose.yml': running }), 'api/docker/Dockerfile.gh')).toHaveLength(1);
  });
});

describe('a development image whose running services mount the folders it copies over their copies', () => {
  const df = 'FROM python:3.12-slim\nWORKDIR /app\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nCOPY ./api/ee /app/ee/\nCOPY ./api/oss /app/oss/\n';
  const compose = (volumes: string) =>
    'services:\n  .api:\n    image: acme-dev-api:latest\n    build:\n      context: ../..\n      dockerfile: api/docker/Dockerfile.dev\n    command: ["true"]\n' +
    `  api:\n    image: acme-dev-api:latest\n    command: ["uvicorn", "app:app", "--reload"]\n    volumes:\n${volumes}`;
  const found = (volumes: string) =>
    lintIn('apt-pin-versions', context({ '.git/HEAD': '', 'api/docker/Dockerfile.dev': df, 'hosting/dev/docker-compose.yml': compose(volumes) }), 'api/docker/Dockerfile.dev');
  it('counts `../../api/ee:/app/ee` over `COPY ./api/ee /app/ee/` as running over the live source', () => {
    expect(found('      - ../../api/ee:/app/ee\n      - ../../api/oss:/app/oss\n')).toEqual([]);
  });
  it('not a mount of the folder elsewhere, nor of another folder there', () => {
    expect(found('      - ../../api/ee:/data\n')).toHaveLength(1);
    expect(found('      - ../../api/logs:/app/ee\n')).toHaveLength(1);
  });
});

describe('a base image the project builds itself (own-base.ts)', () => {
  const workflow = (file: string) =>
    `jobs:\n  build:\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          file: ${file}\n          tags: ghcr.io/acme/api:\${{ github.sha }}\n`;
  const wrapper = 'FROM ghcr.io/acme/api:latest\nENV PORT=8000\nCMD ["gunicorn", "app:app", "--bind", "0.0.0.0:8000"]\n';
  const base = (tail: string) => `FROM python:3.12-slim\nRUN useradd --uid 10001 app\nCOPY . /app\n${tail}`;
  const lintWrapper = (rule: string, files: Record<string, string>) =>
    lintIn(rule, context({ LICENSE: 'MIT\n', 'hosting/api/Dockerfile': wrapper, ...files }), 'hosting/api/Dockerfile');
  it('non-root-user: the own base\'s final USER is the wrapper\'s default user', () => {
    const built = { '.github/workflows/build.yml': workflow('api/docker/Dockerfile.gh') };
    expect(lintWrapper('non-root-user', { ...built, 'api/docker/Dockerfile.gh': base('EXPOSE 8000\nUSER 10001\n') })).toEqual([]);
    expect(lintWrapper('non-root-user', { ...built, 'api/docker/Dockerfile.gh': base('EXPOSE 8000\n') })).toHaveLength(1);
    expect(lintWrapper('non-root-user', { ...built, 'api/docker/Dockerfile.gh': base('USER 10001\nUSER root\n') })).toHaveLength(1);
  });
  it('expose-present: the port the own base EXPOSEs counts, another does not', () => {
    const built = { '.github/workflows/build.yml': workflow('api/docker/Dockerfile.gh') };
    expect(lintWrapper('expose-present', { ...built, 'api/docker/Dockerfile.gh': base('EXPOSE 8000\n') })).toEqual([]);
    expect(lintWrapper('expose-present', { ...built, 'api/docker/Dockerfile.gh': base('EXPOSE 9000\n') })).toHaveLength(1);
  });
  it('apt-pin-versions: an own base built on a frozen release (Debian 11) is frozen too; one on a live release is not', () => {
    const built = { '.github/workflows/build.yml': workflow('api/docker/Dockerfile.gh') };
    const aptWrapper = 'FROM ghcr.io/acme/api:latest\nRUN apt-get update && apt-get install -y --no-install-recommends git\n';
    const lint = (from: string) => lintIn('apt-pin-versions', context({ LICENSE: 'MIT\n', 'hosting/api/Dockerfile': aptWrapper, ...built, 'api/docker/Dockerfile.gh': `FROM ${from}\nCOPY . /app\n` }), 'hosting/api/Dockerfile');
    expect(lint('python:3.9-bullseye')).toEqual([]);
    expect(lint('python:3.12-bookworm')).toHaveLength(1);
    // A release the own base fixes (a digest) takes no advice to pin the floating `latest`; a floating root keeps it.
    const pinned = lint('golang:1.22@sha256:0d1d3a794be25f809dd2cb3160d8c73276c4056a9f8242a138e908ddeee7b6b6');
    expect(pinned).toHaveLength(1);
    expect(pinned[0]!.message).not.toContain('pin the base image too');
    expect(lint('acme/base:latest')[0]!.message).toContain('pin the base image too');
  });
  it('apt-pin-versions: a build argument defaulting to a bare local image no Dockerfile of the project builds fixes no release (triton\'s Dockerfile.QA on `tritonserver`)', () => {
    const qa = (base: string) => `ARG BASE_IMAGE=${base}\nFROM $BASE_IMAGE\nRUN apt-get update && apt-get install -y --no-install-recommends curl gdb\n`;
    const lint = (text: string, files: Record<string, string> = {}) => lintIn('apt-pin-versions', context({ LICENSE: 'MIT\n', 'Dockerfile.QA': text, ...files }), 'Dockerfile.QA');
    // build.py makes `tritonserver` on whichever Ubuntu release it is asked for; the QA image takes that one.
    expect(lint(qa('tritonserver'))).toEqual([]);
    expect(lint(qa('tritonserver:latest'))).toEqual([]);
    // Found for certain (a Compose service tags its build with it), the own base's Dockerfile fixes the release.
    const compose = 'services:\n  base:\n    image: tritonserver\n    build:\n      context: .\n      dockerfile: base.Dockerfile\n';
    expect(lint(qa('tritonserver'), { 'compose.yaml': compose, 'base.Dockerfile': 'FROM ubuntu:24.04\nRUN useradd app\n' })).toHaveLength(1);
    // A tag, the name written in the FROM itself, or a vendor's image without a tag (pin the base too): still reported.
    expect(lint(qa('tritonserver:24.04-py3'))).toHaveLength(1);
    expect(lint('FROM tritonserver\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n')).toHaveLength(1);
    expect(lint(qa('nvcr.io/nvidia/tritonserver'))[0]!.message).toContain('pin the base image too');
  });
  it('apt-no-install-recommends: what the own base installed is there (its recommends too, when it took them)', () => {
    const built = { '.github/workflows/build.yml': workflow('api/docker/Dockerfile.gh') };
    const aptWrapper = 'FROM ghcr.io/acme/api:latest\nRUN apt-get update && apt-get install -y git-lfs\n';
    const lint = (base: string) => lintIn('apt-no-install-recommends', context({ LICENSE: 'MIT\n', 'hosting/api/Dockerfile': aptWrapper, ...built, 'api/docker/Dockerfile.gh': base }), 'hosting/api/Dockerfile');
    expect(lint('FROM debian:12\nRUN apt-get update && apt-get install -y git\n')).toEqual([]);
    // A base without git: git-lfs brings it, with what it recommends.
    expect(lint('FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n')).toHaveLength(1);
  });
  it('apt-pin-versions: an own base a Cloud Build configuration builds, which upgrades every package (cloud-builders gcloud on gcloud-slim)', () => {
    const config = "steps:\n- name: 'gcr.io/cloud-builders/docker'\n  args: ['build', '--tag=gcloud-slim', '-f', 'Dockerfile.slim', '.']\n- name: 'gcr.io/cloud-builders/docker'\n  args: ['build', '--tag=gcr.io/$PROJECT_ID/gcloud', '.']\n";
    const lint = (slim: string) =>
      lintIn('apt-pin-versions', context({ '.git/config': '', 'gcloud/cloudbuild.yaml': config, 'gcloud/Dockerfile.slim': slim, 'gcloud/Dockerfile': 'FROM gcloud-slim\nRUN apt-get update && apt-get install -y --no-install-recommends default-jre\n' }), 'gcloud/Dockerfile');
    expect(lint('FROM ubuntu:22.04\nRUN apt-get update && apt-get dist-upgrade -y\n')).toEqual([]);
    // A base that does not upgrade keeps the finding; its release is fixed, so no advice to pin the base.
    const kept = lint('FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.81.0-1ubuntu1.20\n');
    expect(kept).toHaveLength(1);
    expect(kept[0]!.message).not.toContain('pin the base image too');
  });
  it('apt-pin-versions: a root Makefile recipe that cds into the base\'s folder builds it (docker-selenium\'s `cd ./Base && docker buildx build -t $(NAME)/base …`)', () => {
    const make = (recipe: string) => `NAME := $(or $(NAME),$(NAME),selenium)\nBUILD_ARGS := $(BUILD_ARGS)\nbase:\n\t${recipe}\n`;
    const node = 'ARG NAMESPACE=selenium\nARG VERSION=latest\nFROM ${NAMESPACE}/base:${VERSION}\nRUN apt-get update && apt-get install -y --no-install-recommends xvfb\n';
    const lint = (makefile: string, root = 'FROM ubuntu:noble-20240904.1\n') =>
      lintIn('apt-pin-versions', context({ LICENSE: 'MIT\n', Makefile: makefile, 'Base/Dockerfile': root, 'NodeBase/Dockerfile': node }), 'NodeBase/Dockerfile');
    const built = lint(make('cd ./Base && docker buildx build $(BUILD_ARGS) --build-arg VERSION=1 -t $(NAME)/base:$(TAG_VERSION) .'));
    expect(built).toHaveLength(1);
    expect(built[0]!.message).not.toContain('pin the base image too');
    // Built on a frozen release, the own base's packages have one version for good.
    expect(lint(make('cd ./Base && docker build -t $(NAME)/base:1 .'), 'FROM ubuntu:20.04\n')).toEqual([]);
    // A recipe whose folder is not known (no `cd`, or `cd $(DIR)`) names no file: the floating tag keeps its advice.
    expect(lint(make('docker build -t $(NAME)/base:1 .'))[0]!.message).toContain('pin the base image too');
    expect(lint(make('cd $(DIR) && docker build -t $(NAME)/base:1 .'))[0]!.message).toContain('pin the base image too');
  });
  it('apt-pin-versions: a variant Dockerfile beside the linted one builds the family\'s `<version>-<variant>` tag (Azure\'s java17-build)', () => {
    const config = '[remote "origin"]\n\turl = https://github.com/acme/functions-docker.git\n';
    const tools = 'FROM ghcr.io/acme/java:4-java17-build\nRUN apt-get update && apt-get install -y --no-install-recommends git\n';
    const lint = (files: Record<string, string>) => lintIn('apt-pin-versions', context({ '.git/config': config, 'host/4/java/java17/java17-core-tools.Dockerfile': tools, ...files }), 'host/4/java/java17/java17-core-tools.Dockerfile');
    expect(lint({ 'host/4/java/java17/java17-build.Dockerfile': 'FROM mcr.microsoft.com/dotnet/sdk:6.0\n' })).toEqual([]);
    // Another variant's file, or a tag whose leading words name no folder of the path, is no match.
    expect(lint({ 'host/4/java/java17/java17-slim.Dockerfile': 'FROM mcr.microsoft.com/dotnet/sdk:6.0\n' })).toHaveLength(1);
    const other = tools.replace('4-java17-build', '3-java17-build');
    expect(lintIn('apt-pin-versions', context({ '.git/config': config, 'host/4/java/java17/java17-core-tools.Dockerfile': other, 'host/4/java/java17/java17-build.Dockerfile': 'FROM mcr.microsoft.com/dotnet/sdk:6.0\n' }), 'host/4/java/java17/java17-core-tools.Dockerfile')).toHaveLength(1);
  });
  it('a Dockerfile beside the linted one named after the own image\'s repository builds it; its frozen release (and sources) carry to the images built on it (typesense)', () => {
    const config = '[remote "origin"]\n\turl = https://github.com/acme/acme.git\n';
    const gcc = "FROM ubuntu:12.04\nRUN sed -i -re 's/([a-z]{2}\\.)?archive.ubuntu.com|security.ubuntu.com/old-releases.ubuntu.com/g' /etc/apt/sources.list\nRUN apt-get update && apt-get install -y build-essential\n";
    const dev = 'FROM acme/ubuntu-12-04-gcc:v10.1.0\nRUN apt-get update && apt-get install -y zlib1g-dev\nRUN cd /opt/openssl && sh ./config && ./configure && make\nRUN apt-get -y install git\n';
    const debugger_ = 'FROM acme/acme-development:29-DEC-2021-1\nRUN apt-get install -y texinfo\n';
    const files = (base = gcc) => ({ '.git/config': config, 'docker/ubuntu-12-04-gcc.Dockerfile': base, 'docker/development.Dockerfile': dev, 'docker/debugger.Dockerfile': debugger_ });
    const lint = (rule: string, file: string, base?: string) => lintIn(rule, context(files(base)), `docker/${file}`);
    expect(lint('apt-pin-versions', 'development.Dockerfile')).toEqual([]);
    expect(lint('layer-cache-order', 'development.Dockerfile')).toEqual([]);
    // Two own bases down (`acme-development` is `development.Dockerfile`, the account's name left out).
    expect(lint('apt-pin-versions', 'debugger.Dockerfile')).toEqual([]);
    // Bad: an own base on a live release; one that adds a vendor's live repository keeps the stale index reported.
    expect(lint('apt-pin-versions', 'development.Dockerfile', 'FROM ubuntu:24.04\n')).toHaveLength(2);
    expect(lint('layer-cache-order', 'development.Dockerfile', 'FROM ubuntu:24.04\n')).toHaveLength(1);
    const vendor = `${gcc}RUN echo "deb https://apt.example.com/repo stable main" > /etc/apt/sources.list.d/x.list\n`;
    expect(lint('layer-cache-order', 'development.Dockerfile', vendor)).toHaveLength(1);
    // An image of another account is no own base, whatever file is named after it.
    const other = { '.git/config': config, 'docker/ubuntu-12-04-gcc.Dockerfile': gcc, 'docker/development.Dockerfile': dev.replace('acme/', 'other/') };
    expect(lintIn('layer-cache-order', context(other), 'docker/development.Dockerfile')).toHaveLength(1);
  });
  it('exec-form-cmd: the own base\'s SHELL runs a shell-form CMD, named in the message, with no exec-form fix', () => {
    const built = { '.github/workflows/build.yml': workflow('api/docker/Dockerfile.gh') };
    const cmdWrapper = 'FROM ghcr.io/acme/api:latest\nCMD uvicorn app:app --port 7860\n';
    const lint = (tail: string) => lintIn('exec-form-cmd', context({ LICENSE: 'MIT\n', 'hosting/api/Dockerfile': cmdWrapper, ...built, 'api/docker/Dockerfile.gh': `FROM python:3.12-slim\n${tail}` }), 'hosting/api/Dockerfile');
    const conda = lint('SHELL ["conda", "run", "--no-capture-output", "-p", "/app/env", "/bin/bash", "-c"]\n');
    expect(conda).toHaveLength(1);
    expect(conda[0]!.message).toContain('runs under `conda run --no-capture-output -p /app/env /bin/bash -c`');
    expect(conda[0]!.fix).toBeUndefined();
    // bash execs the lone command; without a SHELL, Debian's dash keeps the shell.
    expect(lint('SHELL ["/bin/bash", "-c"]\n')).toEqual([]);
    expect(lint('')[0]!.message).toContain('runs under `/bin/sh -c`');
  });
  it('only a certain match: two files build the repository, or none that exists, and it is unknown', () => {
    const files = { 'api/docker/Dockerfile.gh': base('USER 10001\n'), 'api/docker/Dockerfile.alt': base('') };
    expect(lintWrapper('non-root-user', { '.github/workflows/build.yml': workflow('api/docker/Dockerfile.gh'), '.github/workflows/alt.yml': workflow('api/docker/Dockerfile.alt'), ...files })).toHaveLength(1);
    expect(lintWrapper('non-root-user', { '.github/workflows/build.yml': workflow('api/docker/Missing'), 'api/docker/Dockerfile.gh': base('USER 10001\n') })).toHaveLength(1);
  });
  it('a workflow `run` step: `docker build -t app .` (the context\'s Dockerfile) then `docker tag app acme/app` to push it', () => {
    const run = (build: string) => `jobs:\n  push:\n    steps:\n      - run: |\n          ${build}\n          docker tag autotrain:latest ghcr.io/acme/api:latest\n          docker push ghcr.io/acme/api:latest\n`;
    const lintRoot = (files: Record<string, string>) => lintIn('non-root-user', context({ LICENSE: 'MIT\n', 'Dockerfile.api': wrapper, ...files }), 'Dockerfile.api');
    expect(lintRoot({ '.github/workflows/docker.yml': run('docker build -t autotrain:latest .'), Dockerfile: base('USER 10001\n') })).toEqual([]);
    expect(lintRoot({ '.github/workflows/docker.yml': run('docker build -t autotrain:latest .'), Dockerfile: base('EXPOSE 8000\n') })).toHaveLength(1);
    // The new name of another image than the one built, or a context from a variable: the file is not known.
    expect(lintRoot({ '.github/workflows/docker.yml': run('docker build -t other:latest .'), Dockerfile: base('USER 10001\n') })).toHaveLength(1);
    expect(lintRoot({ '.github/workflows/docker.yml': run('docker build -t autotrain:latest "$DIR"'), Dockerfile: base('USER 10001\n') })).toHaveLength(1);
  });
  it('a compose service\'s `image:` beside `build:` names the file too', () => {
    const compose = 'services:\n  api:\n    image: ghcr.io/acme/api:dev\n    build:\n      context: ../api\n      dockerfile: docker/Dockerfile.gh\n';
    expect(lintWrapper('non-root-user', { 'compose/docker-compose.yml': compose, '.git/HEAD': '', 'api/docker/Dockerfile.gh': base('USER 10001\n') })).toEqual([]);
  });
  it('an image family of the project\'s own account: `kafka/<tag>/Dockerfile` for `FROM acme/kafka:<tag>`', () => {
    const config = '[remote "origin"]\n\turl = https://github.com/acme/images.git\n';
    const connect = 'FROM acme/kafka:0.6\nEXPOSE 8083\nCMD ["start"]\n';
    const kafka = (user: string) => `FROM centos:7\nRUN useradd kafka\n${user}EXPOSE 9092\nCMD ["start"]\n`;
    const lintConnect = (files: Record<string, string>) => lintIn('non-root-user', context({ '.git/config': config, 'connect/0.6/Dockerfile': connect, ...files }), 'connect/0.6/Dockerfile');
    expect(lintConnect({ 'kafka/0.6/Dockerfile': kafka('USER kafka\n'), 'kafka/0.7/Dockerfile': kafka('') })).toEqual([]);
    expect(lintConnect({ 'kafka/0.6/Dockerfile': kafka(''), 'kafka/0.7/Dockerfile': kafka('USER kafka\n') })).toHaveLength(1);
    // Another account's image is not the project's, whatever its folders.
    expect(lintIn('non-root-user', context({ '.git/config': config, 'connect/0.6/Dockerfile': connect.replace('acme/', 'other/'), 'kafka/0.6/Dockerfile': kafka('USER kafka\n') }), 'connect/0.6/Dockerfile')).toHaveLength(1);
  });
});

describe('pip-no-cache-dir on a base whose own ENV turns pip\'s cache off', () => {
  const pip = 'RUN pip install flask==3.0.0\n';
  it('the project\'s own base, which a script builds from a path named from the repository\'s top, on Red Hat\'s Python image (feast\'s yarn-builder)', () => {
    const script = 'cd $(git rev-parse --show-toplevel)\ndocker build \\\n  --tag yarn-builder \\\n  -f sdk/offline/Dockerfile.builder.yarn \\\n  sdk/offline\n';
    const lint = (builder: string, extra: Record<string, string> = {}) =>
      lintIn('pip-no-cache-dir', context({ '.git/HEAD': '', 'sdk/offline/build.sh': script, 'sdk/offline/Dockerfile.builder.yarn': builder, 'sdk/offline/Dockerfile.binary': `FROM yarn-builder:latest\n${pip}`, ...extra }), 'sdk/offline/Dockerfile.binary');
    expect(lint('FROM registry.access.redhat.com/ubi9/python-312-minimal:latest\nUSER 0\nRUN microdnf install -y npm && microdnf clean all\nUSER 1001\n')).toEqual([]);
    // Its own ENV counts too; a base that sets neither keeps the finding.
    expect(lint('FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1\n')).toEqual([]);
    expect(lint('FROM python:3.12-slim\n')).toHaveLength(1);
    // A path that two folders of the way up both have does not say which file the script builds.
    expect(lint('FROM registry.access.redhat.com/ubi9/python-312-minimal:latest\n', { 'sdk/offline/sdk/offline/Dockerfile.builder.yarn': 'FROM python:3.12-slim\n' })).toHaveLength(1);
  });
  it('an image a build argument names, as the project\'s Compose file passes it from its `.env` (getsentry/self-hosted\'s SENTRY_IMAGE)', () => {
    const compose = (args: string) => `services:\n  web:\n    image: sentry-self-hosted-local\n    build:\n      context: ./sentry\n      args:\n${args}`;
    const df = 'ARG SENTRY_IMAGE\nFROM ${SENTRY_IMAGE}\n' + pip;
    const lint = (files: Record<string, string>) => lintIn('pip-no-cache-dir', context({ '.git/HEAD': '', 'sentry/Dockerfile': df, ...files }), 'sentry/Dockerfile');
    expect(lint({ 'docker-compose.yml': compose('        - SENTRY_IMAGE\n'), '.env': '# images\nSENTRY_IMAGE=ghcr.io/getsentry/sentry:nightly\n' })).toEqual([]);
    expect(lint({ 'docker-compose.yml': compose('        SENTRY_IMAGE: ${SENTRY_IMAGE:-ghcr.io/getsentry/sentry:nightly}\n') })).toEqual([]);
    // Another image passed, no value to read, or builds that pass different ones: the base is not known to turn it off.
    expect(lint({ 'docker-compose.yml': compose('        - SENTRY_IMAGE\n'), '.env': 'SENTRY_IMAGE=python:3.12\n' })).toHaveLength(1);
    expect(lint({ 'docker-compose.yml': compose('        - SENTRY_IMAGE\n') })).toHaveLength(1);
    const two = compose('        - SENTRY_IMAGE=ghcr.io/getsentry/sentry:nightly\n') + '  worker:\n    build:\n      context: ./sentry\n      args:\n        - SENTRY_IMAGE=python:3.12\n';
    expect(lint({ 'docker-compose.yml': two })).toHaveLength(1);
  });
  it('reads a Compose file whose services share anchors past the YAML library\'s default alias limit', () => {
    const deps = 'x-healthy: &healthy\n  condition: service_healthy\nx-defaults: &defaults\n  build:\n    context: ./sentry\n  depends_on:\n    redis:\n      <<: *healthy\n    kafka:\n      <<: *healthy\n';
    const services = Array.from({ length: 60 }, (_, i) => `  s${i}:\n    <<: *defaults\n`).join('');
    const dir = context({ '.git/HEAD': '', 'docker-compose.yml': `${deps}services:\n${services}`, 'sentry/Dockerfile': 'FROM python:3.12\n' });
    expect(composeServicesBuilding(path.join(dir, 'sentry/Dockerfile'))).toHaveLength(60);
  });
});

describe('a base layer of the project\'s own image family (builtOnByFamily)', () => {
  // browserless's docker/base: an app layer with a port and no command, which every browser image is built FROM.
  const base = 'FROM ubuntu:24.04\nRUN useradd -r blessuser\nWORKDIR /usr/src/app\nCOPY package.json ./\nRUN npm ci\nEXPOSE 3000\n';
  const chrome = (from: string) => `ARG VERSION=latest\nFROM ${from}:$VERSION AS builder\nRUN npm run build\nFROM ${from}:$VERSION\nCOPY --from=builder /usr/src/app/build ./build\nUSER blessuser\nCMD ["node", "build/index.js"]\n`;
  const origin = '[remote "origin"]\n\turl = https://github.com/acme/browser.git\n';
  const found = (files: Record<string, string>) => {
    const dir = context({ '.git/config': origin, 'docker/base/Dockerfile': base, ...files });
    return ['non-root-user', 'cmd-present'].flatMap((rule) => lintIn(rule, dir, 'docker/base/Dockerfile')).map((f) => f.ruleId);
  };
  it('asks no user nor command of a layer the project\'s other Dockerfiles are built FROM', () => {
    // The family folder named after the repository of the project's own account.
    expect(found({ 'docker/chrome/Dockerfile': chrome('ghcr.io/acme/base') })).toEqual([]);
    // Or a workflow that builds the file with that repository's tag.
    const workflow = 'jobs:\n  base:\n    steps:\n      - run: docker build -f ./docker/base/Dockerfile -t ghcr.io/other/layer:1 .\n';
    expect(found({ 'docker/chrome/Dockerfile': chrome('ghcr.io/other/layer'), '.github/workflows/base.yml': workflow })).toEqual([]);
  });
  it('still asks when no Dockerfile of the project is built on it, or when it starts something of its own', () => {
    expect(found({})).toEqual(['non-root-user', 'cmd-present']);
    // Another account's `base` is not this folder's image.
    expect(found({ 'docker/chrome/Dockerfile': chrome('ghcr.io/other/base') })).toEqual(['non-root-user', 'cmd-present']);
    // An application others extend (a debug variant FROM it) runs itself: its user is its own to set.
    const dir = context({ '.git/config': origin, 'docker/base/Dockerfile': `${base}CMD ["node", "server.js"]\n`, 'docker/chrome/Dockerfile': chrome('ghcr.io/acme/base') });
    expect(lintIn('non-root-user', dir, 'docker/base/Dockerfile')).toHaveLength(1);
  });
});

describe('images the project\'s workflows run jobs in (CI images)', () => {
  const df = 'FROM nvidia/cuda:12.6.3-cudnn-devel-ubuntu22.04\nRUN pip install --no-cache-dir torch==2.5.1\n';
  const build =
    'env:\n  REGISTRY: orgname\njobs:\n  build:\n    strategy:\n      matrix:\n        image-name: [runner-gpu, runner-cpu]\n    steps:\n' +
    '      - uses: docker/build-push-action@v6\n        with:\n          context: ./docker/${{ matrix.image-name }}\n          tags: ${{ env.REGISTRY }}/${{ matrix.image-name }}:latest\n';
  const tests = (image: string) => `jobs:\n  test:\n    container:\n      image: ${image}\n    steps:\n      - run: pytest\n`;
  const found = (files: Record<string, string>) => lintIn('gpu-devel-final-stage', context({ LICENSE: 'MIT\n', 'docker/runner-gpu/Dockerfile': df, ...files }), 'docker/runner-gpu/Dockerfile');
  it('counts an image a workflow builds from the file and a job runs in as a CI image', () => {
    expect(found({ '.github/workflows/build.yml': build, '.github/workflows/test.yml': tests('orgname/runner-gpu') })).toEqual([]);
  });
  it('not an image only built, nor one a job runs in that is built from another file', () => {
    expect(found({ '.github/workflows/build.yml': build })).toHaveLength(1);
    expect(found({ '.github/workflows/build.yml': build, '.github/workflows/test.yml': tests('docker.io/orgname/runner-cpu:latest') })).toHaveLength(1);
  });
});

describe('named build contexts from Bake and Compose files (copy-from-stage)', () => {
  it('reads the keys of contexts objects in HCL, also behind a condition, and none from other attributes', () => {
    const hcl = 'target "a" {\n  # contexts = { old = "x" }\n  contexts = {\n    proxy = "p" // the proxy\n    "logo" = "l"\n  }\n  args = { ASSETS = "a" }\n}\ntarget "b" {\n  contexts = X != Y ? {\n    "binaries" = "target:bin"\n  } : null\n}\n';
    expect(hclContexts(hcl)).toEqual(['proxy', 'logo', 'binaries']);
  });
  it('silences --from of a context a Bake (HCL or JSON) or Compose file passes, and only that name', () => {
    const df = 'FROM alpine:3.20\nCOPY --from=proxy a /a\nCOPY --from=scripts b /b\nCOPY --from=base c /c\nCOPY --from=assets d /d\n';
    const dir = context({
      'Dockerfile': df,
      'docker-bake.hcl': 'target "x" {\n  contexts = { proxy = "container-template/proxy" }\n}\n',
      'docker-bake.override.json': '{"target": {"x": {"contexts": {"scripts": "container-template"}}}}',
      'compose.yaml': 'services:\n  app:\n    build:\n      context: .\n      additional_contexts:\n        - base=service:base\n',
    });
    expect(lintIn('copy-from-stage', dir).map((f) => f.message)).toEqual([expect.stringContaining('`--from=assets` matches no stage')]);
  });
  it('reads a Bake file of any name beside the Dockerfile (passed with --file), not one of another name above it', () => {
    // frigate's docker/rockchip/rk.hcl: `contexts = { rootfs = "target:rootfs" }`, built by `docker buildx bake --file=docker/rockchip/rk.hcl`.
    const df = 'FROM debian:12\nCOPY --from=rootfs / /\n';
    const hcl = 'target rk {\n  dockerfile = "docker/rockchip/Dockerfile"\n  contexts = {\n    rootfs = "target:rootfs"\n  }\n}\n';
    expect(lintIn('copy-from-stage', context({ 'Dockerfile': df, 'rk.hcl': hcl }))).toEqual([]);
    const above = context({ '.git/HEAD': '', 'sub/Dockerfile': df, 'rk.hcl': hcl, 'docker-bake.hcl': 'target "x" {\n  contexts = { other = "o" }\n}\n' });
    expect(lintIn('copy-from-stage', path.join(above, 'sub'))).toHaveLength(1);
  });
  it('silences --from of a context a build script, Makefile recipe or workflow passes with --build-context to a build of this file', () => {
    // certbot's tools/docker/build.sh: `docker buildx build --target certbot-plugin --build-context plugin-src=… -f "${WORK_DIR}/Dockerfile"`.
    const df = 'FROM python:3.12 AS certbot\nFROM certbot AS certbot-plugin\nCOPY --from=plugin-src . /opt/plugin\nCOPY --from=assets a /a\nCOPY --from=docs d /d\nCOPY --from=other o /o\n';
    const dir = context({
      'LICENSE': 'MIT',
      'tools/docker/Dockerfile': df,
      'tools/docker/build.sh': 'for plugin in dns-a dns-b; do\n  docker buildx build --target certbot-plugin \\\n    --build-context plugin-src="${REPO_ROOT}/certbot-${plugin}" \\\n    -f "${WORK_DIR}/Dockerfile" .\ndone\n',
      'Makefile': 'image:\n\tdocker build --build-context=assets=./static -f tools/docker/Dockerfile .\n',
      '.github/workflows/build.yml': 'jobs:\n  b:\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          file: tools/docker/Dockerfile\n          build-contexts: |\n            docs=./docs\n',
      // A build of another Dockerfile passes `other`: not this file's context.
      'tools/docker/images.sh': 'docker build --build-context other=../o -f tools/other/Dockerfile .\n',
    });
    expect(lintIn('copy-from-stage', dir, 'tools/docker/Dockerfile').map((f) => f.message)).toEqual([expect.stringContaining('`--from=other` matches no stage')]);
  });
  it('reads a Makefile or script elsewhere in the repository whose build names this very file from where its recipe moved to', () => {
    // pachyderm's examples/spouts/go-rabbitmq-spout/Makefile builds Dockerfile.go-rabbitmq-spout at the repository's root.
    const df = 'FROM golang:1.23-alpine AS builder\nCOPY --from=examples / examples/\n';
    const recipe = (line: string, cd = '../../..') => `docker-image:\n\t@cd ${cd}; ${line}\n\t@docker push acme/spout:1\n`;
    const build = 'docker build -t acme/spout:1 --build-context examples=examples -f Dockerfile.spout .';
    const found = (files: Record<string, string>) => lintIn('copy-from-stage', context({ '.git/HEAD': '', 'Dockerfile.spout': df, 'Dockerfile.other': 'FROM alpine:3.20\n', ...files }), 'Dockerfile.spout');
    expect(found({ 'examples/spouts/rabbit/Makefile': recipe(build) })).toEqual([]);
    // A script runs from its own folder or the repository's top.
    expect(found({ 'scripts/images.sh': `${build}\n` })).toEqual([]);
    // Still reported: a build that passes no such context, builds another file, or whose `cd` leads elsewhere; a vendored Makefile.
    expect(found({ 'examples/spouts/rabbit/Makefile': recipe(build.replace('--build-context examples=examples ', '')) })).toHaveLength(1);
    expect(found({ 'examples/spouts/rabbit/Makefile': recipe(build.replace('Dockerfile.spout', 'Dockerfile.other')) })).toHaveLength(1);
    expect(found({ 'examples/spouts/rabbit/Makefile': recipe(build, '..') })).toHaveLength(1);
    expect(found({ 'vendor/acme/spout/Makefile': recipe(build) })).toHaveLength(1);
  });
});

describe('local images the project\'s scripts make (copy-from-stage)', () => {
  it('silences --from of an image a script tags or builds, and only that name', () => {
    // triton's python_backend inferentia/qa: the script tags the build image before building Dockerfile.QA.
    const df = 'FROM ubuntu:22.04\nCOPY --from=tritonserver_build /tmp/tritonbuild /opt/b\nCOPY --from=tritonserver_sdk /sdk /sdk\nCOPY --from=tritonserver_bild /x /x\n';
    const script = 'export BUILD_IMAGE=tritonserver_build\ndocker tag tritonserver_buildbase "${BUILD_IMAGE}"\ndocker build -t tritonserver_sdk -f Dockerfile.sdk .\ndocker build -t tritonserver_qa -f Dockerfile.QA .\n';
    const found = (files: Record<string, string>) => lintIn('copy-from-stage', context({ 'LICENSE': 'MIT', 'qa/Dockerfile.QA': df, ...files }), 'qa/Dockerfile.QA').map((f) => f.message);
    expect(found({ 'qa/setup.sh': script })).toEqual([expect.stringContaining('`--from=tritonserver_bild` matches no stage')]);
    expect(found({})).toHaveLength(3);
  });
});

describe('cd-in-run on the project\'s own base image', () => {
  const origin = '[remote "origin"]\n\turl = https://github.com/mage-ai/mage-ai.git\n';
  // mage-ai's integrations/openssl: built on the project's image, whose Dockerfile sets `WORKDIR /home/src` for its app.
  const build = 'RUN wget https://www.openssl.org/source/openssl-1.1.1g.tar.gz\nRUN tar -zxf openssl-1.1.1g.tar.gz\nRUN cd openssl-1.1.1g && ./config && make && make install\nRUN ldconfig\n';
  const found = (from: string, rest = '') => lintIn('cd-in-run', context({ '.git/config': origin, Dockerfile: `FROM ${from}\n${build}${rest}` })).length;

  it('is not reported when the image keeps the directory the project\'s base image starts in: a WORKDIR would move its command', () => {
    expect(found('mageai/mageai:latest')).toBe(0);
  });
  it('is reported on another account\'s image, and when the stage sets its own WORKDIR', () => {
    expect(found('someone/python-base:3.10')).toBe(1);
    expect(found('mageai/mageai:latest', 'WORKDIR /home/src\nCMD ["/app/run_app.sh"]\n')).toBe(1);
  });
});

describe('the repository owner (official-base-image trusts the project\'s own images)', () => {
  const config = (url: string): string => `[core]\n\tbare = false\n[remote "upstream"]\n\turl = https://github.com/other/fork.git\n[remote "origin"]\n\turl = ${url}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`;

  it('reads the origin remote\'s account from https, scp-like and ssh URLs, and none from a local path', () => {
    expect(ownerOfRemote(config('https://github.com/hpcaitech/ColossalAI.git'))).toBe('hpcaitech');
    expect(ownerOfRemote(config('git@github.com:OpenNMT/CTranslate2.git'))).toBe('OpenNMT');
    expect(ownerOfRemote(config('ssh://git@gitlab.com/jina-ai/clip-as-service'))).toBe('jina-ai');
    expect(ownerOfRemote(config('/srv/git/project.git'))).toBeNull();
    expect(ownerOfRemote('[core]\n\tbare = false\n')).toBeNull();
  });

  it('gives one address for a remote\'s URL and a pip VCS URL of the same repository', () => {
    for (const url of ['https://github.com/HuggingFace/trl.git', 'git@github.com:huggingface/trl.git', 'ssh://git@github.com:22/huggingface/trl', 'git+https://github.com/huggingface/trl.git@main#egg=trl[vlm]', 'git+ssh://git@github.com/huggingface/trl@refs/pull/1/head']) {
      expect(repositoryAddress(url)).toBe('github.com/huggingface/trl');
    }
    expect(repositoryAddress('https://gitlab.com/group/sub/app/-/archive/main/app-main.tar.gz')).toBe('gitlab.com/group/sub/app/-/archive/main/app-main.tar.gz');
    expect(repositoryAddress('/srv/git/project.git')).toBeNull();
    expect(repositoryAddress('file:///srv/git/project.git')).toBeNull();
  });

  it('does not report an image of the owning account, from a folder below the repository root', () => {
    const dir = context({
      '.git/config': config('https://github.com/hpcaitech/ColossalAI.git'),
      'examples/images/diffusion/Dockerfile': 'FROM hpcaitech/pytorch-cuda:2.1.0-12.1.0\nFROM ghcr.io/hpcaitech/runtime:1\nFROM someone/pytorch-cuda:1\n',
    });
    const found = lintIn('official-base-image', path.join(dir, 'examples/images/diffusion'));
    expect(found.map((f) => f.range.start.line)).toEqual([3]);
  });

  it('compares accounts without case or dashes, and reads a worktree\'s common config', () => {
    const dir = context({
      'main/.git/config': config('git@github.com:jina-ai/clip-as-service.git'),
      'main/.git/worktrees/wt/commondir': '../..\n',
      'wt/.git': 'gitdir: ../main/.git/worktrees/wt\n',
      'wt/Dockerfiles/Dockerfile': 'FROM jinaai/jina:3-py38\nFROM jina/other:1\n',
    });
    expect(lintIn('official-base-image', path.join(dir, 'wt/Dockerfiles')).map((f) => f.range.start.line)).toEqual([2]);
  });

  it('leaves the project\'s own image on a floating tag to base-image-tag\'s exemption, not another account\'s', () => {
    const dir = context({
      '.git/config': config('https://github.com/neuml/txtai.git'),
      'docker/api/Dockerfile': 'ARG BASE_IMAGE=neuml/txtai-cpu\nFROM $BASE_IMAGE\nCOPY config.yml .\nCMD ["uvicorn", "txtai.api:app"]\nFROM neuml/txtai-gpu:latest\nFROM someone/txtai:latest\n',
    });
    expect(lintIn('base-image-tag', path.join(dir, 'docker/api')).map((f) => f.range.start.line)).toEqual([6]);
  });

  it('takes an Amazon ECR Public alias as an account, compared as the other registries\' accounts are', () => {
    const dir = context({
      '.git/config': config('https://github.com/buildkite/agent.git'),
      'packaging/docker/alpine/Dockerfile': 'FROM public.ecr.aws/buildkite/agent-base:alpine\nFROM public.ecr.aws/someone/agent-base:alpine\n',
    });
    expect(lintIn('official-base-image', path.join(dir, 'packaging/docker/alpine')).map((f) => f.range.start.line)).toEqual([2]);
  });

  it('takes an organisation named for the project\'s images as its account (owncloud-docker publishes owncloud/…)', () => {
    const dir = context({ '.git/config': config('https://github.com/owncloud-docker/server.git'), 'v22.04/Dockerfile': 'FROM owncloud/base:22.04\nFROM other/base:22.04\n' });
    expect(lintIn('official-base-image', path.join(dir, 'v22.04')).map((f) => f.range.start.line)).toEqual([2]);
  });

  it('takes an image named for the repository under the organisation\'s name without its kind suffix as the project\'s own (langchain/langgraph-api in langchain-ai/langgraph)', () => {
    const df = 'FROM langchain/langgraph-api:latest-py3.12\nFROM langchainai/other:1\nFROM langchain/other:1\nFROM lang/langgraph-api:1\nFROM someone/langgraph-api:1\n';
    const dir = context({ '.git/config': config('https://github.com/langchain-ai/langgraph.git'), 'libs/sdk-py/integration/Dockerfile': df });
    // The squashed owner (`langchainai`) was already the project's. Under `langchain`, only an image named for the
    // repository: the plain name may be someone else's account. Another account, or a shorter prefix, is not.
    expect(lintIn('official-base-image', path.join(dir, 'libs/sdk-py/integration')).map((f) => f.range.start.line)).toEqual([3, 4, 5]);
    // Only the listed suffixes, after a separator: `langchain-tools` says no `langchain` account is its own.
    const notOwn = context({ '.git/config': config('https://github.com/langchain-tools/langgraph.git'), Dockerfile: 'FROM langchain/langgraph-api:1\n' });
    expect(lintIn('official-base-image', notOwn)).toHaveLength(1);
  });

  it('takes a namespace named for the repository, its owner and name joined, as the project\'s own on any registry (MinerU\'s Aliyun registry)', () => {
    const acr = 'crpi-vofi3w62lkohhxsp.cn-shanghai.personal.cr.aliyuncs.com';
    const df = `FROM ${acr}/opendatalab-mineru/corex:4.4.0\nFROM ${acr}/opendatalab/corex:4.4.0\nFROM ${acr}/someone-mineru/corex:1\nFROM ${acr}/opendatalab-other/corex:1\n`;
    const dir = context({ '.git/config': config('https://github.com/opendatalab/MinerU.git'), 'docker/china/corex.Dockerfile': df });
    // The owner's name alone is not the project's off the account registries; nor another repository's name.
    expect(lintIn('official-base-image', path.join(dir, 'docker/china'), 'corex.Dockerfile').map((f) => f.range.start.line)).toEqual([2, 3, 4]);
    // In anyone else's repository the same image is reported.
    const other = context({ '.git/config': config('https://github.com/someone/app.git'), Dockerfile: `FROM ${acr}/opendatalab-mineru/corex:4.4.0\n` });
    expect(lintIn('official-base-image', other)).toHaveLength(1);
  });

  it('reports the image of another account, and any image outside a git repository', () => {
    const dir = context({ Dockerfile: 'FROM hpcaitech/pytorch-cuda:2.1.0-12.1.0\n' });
    expect(lintIn('official-base-image', dir)).toHaveLength(1);
  });

  it('without .git, trusts the accounts the project tags its builds with (a README beside the Dockerfile)', () => {
    const dir = context({
      'docker/test-images/zipkin-activemq/README.md':
        '## zipkin-activemq\n\nTo build `openzipkin/zipkin-activemq:test`, run:\n```bash\n$ DOCKER_FILE=docker/test-images/zipkin-activemq/Dockerfile build-bin/docker/docker_build openzipkin/zipkin-activemq:test\n```\n',
      'docker/test-images/zipkin-activemq/Dockerfile': 'FROM ghcr.io/openzipkin/java:21 AS install\nFROM openzipkin/alpine:3\nFROM ghcr.io/someone/java:21\n',
    });
    expect(lintIn('official-base-image', path.join(dir, 'docker/test-images/zipkin-activemq')).map((f) => f.range.start.line)).toEqual([3]);
  });

  it('learns nothing from images a README pulls, runs or builds FROM, nor from compose services without build:', () => {
    const dir = context({
      'README.md':
        '```sh\ndocker pull someone/base:1\ndocker run -it --rm -t someone/base:1\ndocker tag someone/base:1 other/base:1\n./build_image.sh -bi vendor/base:1 -g\n```\n```dockerfile\nFROM vendor/base:1\n```\nBuild it with `docker build -t vendor/app .`.\n',
      'compose.yaml': 'services:\n  db:\n    image: someone/db:1\n',
      LICENSE: 'MIT\n',
      Dockerfile: 'FROM someone/base:1\nFROM vendor/base:1\nFROM other/base:1\nFROM someone/db:1\n',
    });
    expect(builtAccounts(path.join(dir, 'Dockerfile'))).toEqual(new Set());
    expect(lintIn('official-base-image', dir)).toHaveLength(4);
  });

  it('reads scripts, Makefile recipes, compose, Bake, skaffold and the root\'s workflows, up to the project root only', () => {
    const dir = context({
      'outside/build.sh': 'docker build -t stranger/app:1 .\n',
      'outside/proj/LICENSE': 'MIT\n',
      'outside/proj/Makefile': 'REGISTRY ?= ghcr.io/makeorg\nTAG := 1\nOTHER += x\nimage:\n\t@docker buildx build --platform linux/amd64 \\\n\t  --tag $(REGISTRY)/app:$(TAG) --tag $$(whoami)/app .\n',
      'outside/proj/.github/workflows/release.yml':
        'jobs:\n  push:\n    steps:\n      - uses: docker/metadata-action@v5\n        with:\n          images: |\n            name=metaorg/app,enable=true\n            ghcr.io/${{ github.repository_owner }}/app\n      - uses: docker/build-push-action@v6\n        with:\n          tags: pushorg/app:latest,pushorg/app:1\n',
      'outside/proj/svc/compose.yaml': 'services:\n  app:\n    build: .\n    image: composeorg/app:dev\n',
      'outside/proj/svc/docker-bake.hcl': 'variable "REPO" {\n  default = "bakeorg"\n}\ntarget "app" {\n  tags = ["${REPO}/app:1", "${UNSET}/x:1"]\n}\n',
      'outside/proj/svc/skaffold.yaml': 'apiVersion: skaffold/v4beta6\nbuild:\n  artifacts:\n    - image: quay.io/skaffoldorg/app\n',
      'outside/proj/svc/run.sh': 'IMAGE=scriptorg/app\nif true; then\n  sudo podman build -f Dockerfile -t "$IMAGE:$TAG" .\nfi\ndocker build -t docker.io/plain -t library/python:x -t localhost:5000/team/app .\n',
      'outside/proj/svc/Dockerfile': 'FROM scratch\n',
    });
    expect([...builtAccounts(path.join(dir, 'outside/proj/svc/Dockerfile'))].sort()).toEqual(['bakeorg', 'composeorg', 'makeorg', 'metaorg', 'pushorg', 'scriptorg', 'skaffoldorg']);
  });

  it('fills `${{ env.NAME }}` in a workflow\'s metadata-action images and reads Blacksmith\'s build-push-action fork', () => {
    const dir = context({
      LICENSE: 'MIT\n',
      '.github/workflows/docker.yml':
        'env:\n  BASE_IMAGE_NAME: envorg/app-base\njobs:\n  build:\n    env:\n      META: jobmeta/app\n    steps:\n      - uses: docker/metadata-action@v6\n        with:\n          images: |\n            ${{ env.META }}\n      - uses: useblacksmith/build-push-action@v2\n        with:\n          file: Dockerfile.base\n          tags: ${{ env.BASE_IMAGE_NAME }}\n      - uses: someone/other-action@v1\n        with:\n          tags: otherorg/app\n',
      Dockerfile: 'FROM scratch\n',
    });
    expect([...builtAccounts(path.join(dir, 'Dockerfile'))].sort()).toEqual(['envorg', 'jobmeta']);
  });

  it('expands Makefile variables named in values, and reads `docker tag` targets in recipes and scripts', () => {
    const dir = context({
      LICENSE: 'MIT\n',
      Makefile:
        'BUILD_TAG := $(shell git describe --always)\nRUNTIME_IMAGE := gcr.io/vorvan/h2oai/runtime:$(BUILD_TAG)\nREG = $(shell cat registry.txt)\nHIDDEN ?= $(REG)/hidden\n' +
        'build:\n\tdocker build -t $(RUNTIME_IMAGE) -f Dockerfile .\n\tdocker build -t $(HIDDEN):1 .\npush:\n\tdocker tag $(RUNTIME_IMAGE) ghcr.io/tagorg/runtime:latest\n\tdocker tag $(RUNTIME_IMAGE) $(REG)/runtime:1\n',
      'release.sh': 'OWNER=scripttag\nIMAGE="quay.io/${OWNER}/app"\ndocker image tag app:dev "$IMAGE:1"\n',
      'docs/Dockerfile.delta': 'FROM gcr.io/vorvan/h2oai/runtime:0.2.1\nFROM ghcr.io/tagorg/runtime:1\nFROM quay.io/scripttag/app:1\nFROM gcr.io/stranger/runtime:1\n',
    });
    expect([...builtAccounts(path.join(dir, 'docs/Dockerfile.delta'))].sort()).toEqual(['scripttag', 'tagorg', 'vorvan']);
    expect(lintIn('official-base-image', path.join(dir, 'docs'), 'Dockerfile.delta').map((f) => f.range.start.line)).toEqual([4]);
  });

  it('without a project root in reach reads the Dockerfile\'s own folder only; with an origin remote, also the build files', () => {
    const loose = context({ 'README.md': '```\ndocker build -t aboveorg/app .\n```\n', 'a/b/Dockerfile': 'FROM aboveorg/base:1\n' });
    expect(lintIn('official-base-image', path.join(loose, 'a/b'))).toHaveLength(1);
    const cloned = context({
      '.git/config': config('https://github.com/hpcaitech/ColossalAI.git'),
      'build.sh': 'docker build -t otherorg/app .\n',
      Dockerfile: 'FROM otherorg/base:1\nFROM hpcaitech/base:1\nFROM thirdorg/base:1\n',
    });
    // An organisation may publish under another account than its repository's (`ghcr.io/onnxmlir` for `onnx/onnx-mlir`).
    expect(lintIn('official-base-image', cloned).map((f) => f.range.start.line)).toEqual([3]);
  });

  it('takes a README\'s Docker Hub badge for the project\'s own account', () => {
    // whisper-asr-webservice: the repository is ahmetoner's, the images are published as onerahmet/*.
    const dir = context({
      '.git/config': config('https://github.com/ahmetoner/whisper-asr-webservice.git'),
      'README.md': '![Docker Pulls](https://img.shields.io/docker/pulls/onerahmet/openai-whisper-asr-webservice.svg)\n\nSee https://hub.docker.com/r/someone/else too.\n',
      Dockerfile: 'FROM onerahmet/ffmpeg:n7.1 AS ffmpeg\nFROM someone/else:1\n',
    });
    expect([...builtAccounts(path.join(dir, 'Dockerfile'))]).toEqual(['onerahmet']);
    expect(lintIn('official-base-image', dir).map((f) => f.range.start.line)).toEqual([2]);
  });

  it('reads the tags of Bake targets with variables\' defaults', () => {
    expect(hclTags('variable "R" { default = "org" }\n# tags = ["commented/x"]\ntarget "a" {\n  tags = [\n    "${R}/a:1",\n    "${T}/b",\n  ]\n}\n')).toEqual(['org/a:1', '${T}/b']);
  });

  it('reads the Bake files a workflow\'s bake-action builds from its workdir, the run\'s environment over their defaults', () => {
    // llama_deploy: the release workflow bakes `docker/docker-bake.hcl`, whose IMAGE_NAME defaults to its Docker Hub image.
    const bake = 'variable "IMAGE_NAME" {\n    default = "llamaindex/llama-deploy"\n}\nvariable "IMAGE_TAG_SUFFIX" {\n    default = "local"\n}\ntarget "default" {\n    dockerfile = "Dockerfile.base"\n    tags = ["${IMAGE_NAME}:${IMAGE_TAG_SUFFIX}"]\n}\n';
    const workflow = (stepEnv: string, inputs = '          workdir: docker\n') =>
      'env:\n  DOCKER_REPO_NAME: llamaindex/llama-deploy\njobs:\n  build-and-push:\n    steps:\n      - uses: docker/bake-action@v5\n' + stepEnv + '        with:\n' + inputs + '          targets: all\n          push: true\n';
    const project = (flow: string) =>
      context({
        '.git/config': config('https://github.com/run-llama/llama_deploy.git'),
        '.github/workflows/docker_release.yml': flow,
        'docker/docker-bake.hcl': bake,
        'examples/google_cloud_run/Dockerfile': 'FROM llamaindex/llama-deploy:main\nFROM someone/llama-deploy:main\n',
      });
    const tagSuffix = '        env:\n          IMAGE_TAG_SUFFIX: ${{ steps.meta.outputs.version }}\n';
    const dir = project(workflow(tagSuffix));
    expect([...builtAccounts(path.join(dir, 'examples/google_cloud_run/Dockerfile'))]).toEqual(['llamaindex']);
    expect(lintIn('official-base-image', path.join(dir, 'examples/google_cloud_run')).map((f) => f.range.start.line)).toEqual([2]);
    // The files it names, from its workdir; `set` tags.
    const named = project(workflow('', '          workdir: docker\n          files: ./docker-bake.hcl\n          set: |\n            *.tags=setorg/app:1\n'));
    expect([...builtAccounts(path.join(named, 'examples/google_cloud_run/Dockerfile'))].sort()).toEqual(['llamaindex', 'setorg']);
    // The environment names the image instead: its value is not known, and the default is not what is pushed.
    const overridden = project(workflow('        env:\n          IMAGE_NAME: ${{ vars.IMAGE }}\n'));
    expect(lintIn('official-base-image', path.join(overridden, 'examples/google_cloud_run')).map((f) => f.range.start.line)).toEqual([1, 2]);
    // Without a workdir the action bakes the root's files, which are not there.
    expect(lintIn('official-base-image', path.join(project(workflow('', '')), 'examples/google_cloud_run'))).toHaveLength(2);
  });
});

describe('the project\'s own Python packages (pip-pin-versions follows the project\'s releases)', () => {
  it('reads pyproject.toml [project] and [tool.poetry], setup.py setup() and setup.cfg [metadata] names up to the project root', () => {
    const dir = context({
      '.git/config': '[remote "origin"]\n\turl = https://github.com/SYSTRAN/faster-whisper.git\n',
      'setup.py': 'import os\nsetup(\n    name="faster-whisper",\n    version=version,\n)\n',
      'sdk/pyproject.toml': '[build-system]\nrequires = ["hatchling"]\n\n[project]\nname = "Acme_SDK"  # the client\nversion = "1.0"\n\n[tool.other]\nname = "not-this"\n',
      'sdk/setup.cfg': '[metadata]\nname = acme.cfg\n',
      'sdk/docker/Dockerfile': 'FROM python:3.12-slim\nRUN pip install --no-cache-dir faster-whisper acme-sdk acme-cfg requests\n',
      'other/pyproject.toml': '[tool.poetry]\nname = "elsewhere"\n',
    });
    const found = lintIn('pip-pin-versions', path.join(dir, 'sdk/docker'));
    expect(found.map((f) => f.message)).toEqual(['Python package `requests` is not pinned; install `requests==<version>`.']);
  });

  it('reads a setup() name given through a variable, and the packages of the root\'s subfolders (not vendored or test ones)', () => {
    const setup = (name: string): string => `from setuptools import setup\nif __name__ == "__main__":\n    name = "${name}"\n    if "--override-name" in sys.argv:\n        name = sys.argv.pop()\n    setup(\n        name=name,\n        version=version,\n    )\n`;
    const dir = context({
      LICENSE: 'Apache-2.0\n',
      'setup.py': setup('torchserve'),
      'model-archiver/setup.py': setup('torch-model-archiver'),
      'workflow-archiver/pyproject.toml': '[project]\nname = "torch-workflow-archiver"\n',
      'third_party/lib/setup.py': setup('vendored-lib'),
      'third_party/setup.py': setup('vendored-pkg'),
      'tests/setup.py': setup('test-pkg'),
      'docker/Dockerfile': 'FROM python:3.12-slim\nRUN pip install --no-cache-dir torchserve torch-model-archiver torch-workflow-archiver vendored-pkg test-pkg\n',
    });
    const found = lintIn('pip-pin-versions', path.join(dir, 'docker'));
    expect(found.map((f) => f.message)).toEqual(['2 Python packages are not pinned: `vendored-pkg` and `test-pkg`; install each as `name==<version>`.']);
    // A name computed at run time is not known.
    const computed = context({ LICENSE: 'MIT\n', 'setup.py': 'name = get_name()\nsetup(name=name)\n', Dockerfile: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir get-name\n' });
    expect(lintIn('pip-pin-versions', computed)).toHaveLength(1);
  });

  it('takes every literal branch of a conditional expression a setup() name variable is assigned, not one with a computed branch', () => {
    // deepsparse's setup.py: one project published under three names.
    const setup = '_PACKAGE_NAME = (\n    "deepsparse-ent"\n    if is_enterprise\n    else "deepsparse"\n    if is_release\n    else "deepsparse-nightly"\n)\nsetup(\n    name=_PACKAGE_NAME,\n)\n';
    const dir = context({
      LICENSE: 'Apache-2.0\n',
      'setup.py': setup,
      'docker/Dockerfile': 'FROM python:3.12-slim\nRUN pip install --no-cache-dir "deepsparse-nightly[server]" "deepsparse[server]" deepsparse-ent requests\n',
    });
    expect(lintIn('pip-pin-versions', path.join(dir, 'docker')).map((f) => f.message)).toEqual(['Python package `requests` is not pinned; install `requests==<version>`.']);
    const oneLine = context({ LICENSE: 'MIT\n', 'setup.py': 'NAME = "app-gpu" if gpu else "app"  # flavour\nsetup(name=NAME)\n', Dockerfile: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir app-gpu app\n' });
    expect(lintIn('pip-pin-versions', oneLine)).toEqual([]);
    const computed = context({ LICENSE: 'MIT\n', 'setup.py': 'NAME = "app" if gpu else get_name()\nsetup(name=NAME)\n', Dockerfile: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir app\n' });
    expect(lintIn('pip-pin-versions', computed)).toHaveLength(1);
  });

  it('exempts the project\'s own package in a requirements file too (requirements-pin-versions), not the others there', () => {
    const dir = context({
      LICENSE: 'Apache-2.0\n',
      'setup.py': '_PACKAGE_NAME = "deepsparse" if is_release else "deepsparse-nightly"\nsetup(name=_PACKAGE_NAME)\n',
      'examples/app/requirements.txt': 'deepsparse[transformers]>=1.5.2\n',
      'examples/app/Dockerfile': 'FROM python:3.10-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n',
      'examples/other/requirements.txt': 'deepsparse[transformers]>=1.5.2\nnumpy>=1.26\n',
      'examples/other/Dockerfile': 'FROM python:3.10-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n',
    });
    expect(lintIn('requirements-pin-versions', path.join(dir, 'examples/app'))).toEqual([]);
    expect(lintIn('requirements-pin-versions', path.join(dir, 'examples/other')).map((f) => f.message)).toEqual([
      expect.stringContaining('Requirement `numpy>=1.26` in requirements.txt'),
    ]);
  });

  it('finds a package defined a few folders below the root, with setup(**metadata), not an example\'s or one deeper than that', () => {
    // ipex-llm: `python/llm/setup.py` builds `metadata = dict(name='ipex_llm', …)`; the root pyproject.toml names the older BigDL.
    const dir = context({
      LICENSE: 'Apache-2.0\n',
      'pyproject.toml': '[tool.poetry]\nname = "BigDL"\n',
      'python/llm/setup.py': 'def setup_package():\n    metadata = dict(\n        name=\'ipex_llm\',\n        version=VERSION,\n    )\n    setup(**metadata)\n',
      'python/llm/example/app/setup.py': 'setup(name="example-app")\n',
      'a/b/c/d/setup.py': 'setup(name="too-deep")\n',
      'docker/llm/Dockerfile': 'FROM python:3.11-slim\nRUN pip install --no-cache-dir --pre --upgrade ipex-llm[all] example-app too-deep\n',
    });
    expect(lintIn('pip-pin-versions', path.join(dir, 'docker/llm')).map((f) => f.message)).toEqual(['2 Python packages are not pinned: `example-app` and `too-deep`; install each as `name==<version>`.']);
  });

  it('reads the packages of the git repository a sample project sits in: kserve\'s docs/samples/kafka/ (own README and setup.py) and python/kserve/', () => {
    const dir = context({
      '.git/config': '[remote "origin"]\n\turl = https://github.com/kserve/kserve.git\n',
      'python/kserve/pyproject.toml': '[project]\nname = "kserve"\n',
      'docs/samples/kafka/README.md': '# Kafka sample\n',
      'docs/samples/kafka/setup.py': 'setup(name="transformer")\n',
      'docs/samples/other/setup.py': 'setup(name="other-sample")\n',
      'docs/samples/kafka/transformer.Dockerfile': 'FROM python:3.9-slim\nRUN pip install --no-cache-dir kserve other-sample requests\n',
    });
    // Another sample's package (samples are left out) and a package no folder defines are still reported.
    expect(lintIn('pip-pin-versions', path.join(dir, 'docs/samples/kafka'), 'transformer.Dockerfile').map((f) => f.message)).toEqual(['2 Python packages are not pinned: `other-sample` and `requests`; install each as `name==<version>`.']);
    // Without a git repository around it, the sample is its own project: the packages beside it are not its own.
    const bare = context({
      'python/kserve/pyproject.toml': '[project]\nname = "kserve"\n',
      'docs/samples/kafka/README.md': '# Kafka sample\n',
      'docs/samples/kafka/setup.py': 'setup(name="transformer")\n',
      'docs/samples/kafka/transformer.Dockerfile': 'FROM python:3.9-slim\nRUN pip install --no-cache-dir kserve\n',
    });
    expect(lintIn('pip-pin-versions', path.join(bare, 'docs/samples/kafka'), 'transformer.Dockerfile')).toHaveLength(1);
  });

  it('accepts a branch of the project\'s own repository (trl\'s dev image), not another repository\'s, of the same account too', () => {
    const files = {
      'pyproject.toml': '[project]\nname = "trl"\n',
      'README.md': '# TRL\n',
      'docker/trl-dev/Dockerfile':
        'FROM python:3.12-slim\nRUN pip install --no-cache-dir "git+https://github.com/huggingface/trl.git#egg=trl[liger,peft,vlm]"\n' +
        'RUN pip install --no-cache-dir "git+https://github.com/huggingface/transformers.git" "trl @ git+https://github.com/someone/trl@main"\n',
    };
    const dir = context({ ...files, '.git/config': '[remote "origin"]\n\turl = git@github.com:HuggingFace/trl.git\n' });
    expect(lintIn('pip-pin-versions', path.join(dir, 'docker/trl-dev')).map((f) => f.range.start.line)).toEqual([3]);
    expect(lintIn('pip-pin-versions', path.join(dir, 'docker/trl-dev'))[0]!.message).toContain('2 references follow a branch');
    // Without a remote (a copied tree), a URL naming a package the project defines is its own; one naming none is not.
    const bare = context({ ...files, 'docker/trl-dev/Dockerfile': 'FROM python:3.12-slim\nRUN pip install --no-cache-dir "git+https://github.com/huggingface/trl.git#egg=trl" "git+https://github.com/huggingface/peft.git"\n' });
    expect(lintIn('pip-pin-versions', path.join(bare, 'docker/trl-dev')).map((f) => f.message)).toEqual([
      '`git+https://github.com/huggingface/peft.git` follows a branch, so each build may get new code; point it at a tag or commit.',
    ]);
  });

  it('takes an f-string setup() name as a pattern (jax\'s ROCm plugins, from plugin_setup.py too), not one a placeholder opens', () => {
    // jax: `jax_plugins/rocm/plugin_setup.py` and `setup.py` name the wheels `jax-rocm{rocm_version}-plugin` and `-pjrt`,
    // which the wheel build fills in (`jax_rocm60_plugin`).
    const plugin = (kind: string): string => `rocm_version = 0  # placeholder\nproject_name = f"jax-rocm{rocm_version}-${kind}"\nsetup(\n    name=project_name,\n)\n`;
    const dir = context({
      LICENSE: 'Apache-2.0\n',
      'setup.py': 'setup(name="jax")\n',
      'jax_plugins/rocm/plugin_setup.py': plugin('plugin'),
      'jax_plugins/rocm/setup.py': plugin('pjrt'),
      'jax_plugins/other/setup.py': 'setup(name=f"{prefix}-plugin")\n',
      'build/rocm/Dockerfile': 'FROM python:3.12-slim\nRUN pip install --find-links /wheelhouse jax jax_rocm60_plugin jax_rocm60_pjrt jax-cuda12-plugin acme-plugin\n',
    });
    // Traps: another family of the same project's names, and a pattern a placeholder opens (it would match anyone's plugin).
    expect(lintIn('pip-pin-versions', path.join(dir, 'build/rocm')).map((f) => f.message)).toEqual([
      '2 Python packages are not pinned: `jax-cuda12-plugin` and `acme-plugin`; install each as `name==<version>`.',
    ]);
  });

  it('reads a setup() name from a dict literal spread into the call (great_expectations\' `setup(**config)`)', () => {
    const setup = 'config = {\n    "description": "Always know what to expect from your data.",\n    "package_data": {"great_expectations": ["**/py.typed"]},\n    "name": "great_expectations",\n}\n\nsetup(**config)\n';
    const dir = context({
      LICENSE: 'Apache-2.0\n',
      'setup.py': setup,
      'assets/partners/anthonydb/requirements.txt': 'great_expectations\npyarrow\n',
      'assets/partners/anthonydb/Dockerfile': 'FROM python:3.9-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n',
    });
    expect(lintIn('requirements-pin-versions', path.join(dir, 'assets/partners/anthonydb')).map((f) => f.message)).toEqual([expect.stringContaining('Requirement `pyarrow` in requirements.txt')]);
    // A dict whose name is computed names nothing.
    const computed = context({ LICENSE: 'MIT\n', 'setup.py': 'config = {"name": get_name()}\nsetup(**config)\n', Dockerfile: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir get-name\n' });
    expect(lintIn('pip-pin-versions', computed)).toHaveLength(1);
  });

  it('still reports the same packages in a project that does not define them', () => {
    const dir = context({
      '.git/config': '[remote "origin"]\n\turl = https://github.com/someone/app.git\n',
      'pyproject.toml': '[project]\nname = "app"\n',
      'Dockerfile': 'FROM python:3.12-slim\nRUN pip install --no-cache-dir faster-whisper\n',
    });
    expect(lintIn('pip-pin-versions', dir)).toHaveLength(1);
  });
});

describe('non-root-user: SageMaker serving targets', () => {
  it('exempts a final stage named as the SageMaker target, not its EC2 sibling', () => {
    const file = (stage: string) => `FROM python:3.11-slim AS runtime\nRUN pip install --no-cache-dir flask==3.0.0\nFROM runtime AS ${stage}\nCOPY sagemaker_entrypoint.sh /usr/bin/serve\nENTRYPOINT ["/usr/bin/serve"]\n`;
    expect(lintIn('non-root-user', context({ 'sagemaker_entrypoint.sh': '#!/bin/sh\nexec python3 -m app\n', Dockerfile: file('sglang-sagemaker') }))).toEqual([]);
    expect(lintIn('non-root-user', context({ 'sagemaker_entrypoint.sh': '#!/bin/sh\nexec python3 -m app\n', Dockerfile: file('sglang-ec2') }))).toHaveLength(1);
  });
});

describe('non-root-user: supervisord\'s programs', () => {
  const image = (conf: string, files: Record<string, string> = {}) =>
    lintIn('non-root-user', context({ 'supervisord.conf': conf, ...files, Dockerfile: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends supervisor cron nginx && rm -rf /var/lib/apt/lists/*\nCOPY cron.sh /usr/local/bin/\nCOPY supervisord.conf /etc/supervisor/conf.d/app.conf\nCMD ["supervisord", "-n", "--configuration=/etc/supervisor/conf.d/app.conf"]\n' }));
  it('reads the configuration and the scripts its programs run from the build context', () => {
    // nginx steps down; a copied script that ends by running cron must be root.
    const cron = { 'cron.sh': '#!/bin/sh\nprintenv > /etc/environment\nexec cron -f\n' };
    expect(image('[program:nginx]\ncommand=nginx -g "daemon off;"\n[program:cron]\ncommand=/usr/local/bin/cron.sh\n', cron)).toEqual([]);
    // An application left to run as root, a script that ends otherwise, or programs from files not read: reported.
    expect(image('[program:nginx]\ncommand=nginx\n[program:app]\ncommand=python3 /app/main.py\n')).toHaveLength(1);
    expect(image('[program:cron]\ncommand=/usr/local/bin/cron.sh\n', { 'cron.sh': '#!/bin/sh\nexec python3 /app/jobs.py\n' })).toHaveLength(1);
    expect(image('[include]\nfiles = /etc/supervisor/conf.d/*.conf\n[program:nginx]\ncommand=nginx\n')).toHaveLength(1);
    expect(image('[supervisord]\nnodaemon=true\n')).toHaveLength(1);
  });
});

describe('non-root-user: a start script that ends by running cron', () => {
  it('accepts sentry\'s cron image, whose entrypoint execs cron (it runs each crontab as its owner), not one that execs the application', () => {
    const dockerfile = 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends cron && rm -rf /var/lib/apt/lists/*\nCOPY entrypoint.sh /entrypoint.sh\nENTRYPOINT ["/entrypoint.sh"]\n';
    expect(lintIn('non-root-user', context({ 'entrypoint.sh': '#!/bin/bash\nprintenv > /etc/environment\nexec cron -f -l -L 15\n', Dockerfile: dockerfile }))).toEqual([]);
    expect(lintIn('non-root-user', context({ 'entrypoint.sh': '#!/bin/bash\nservice cron status || true\nexec python3 /app/main.py\n', Dockerfile: dockerfile }))).toHaveLength(1);
  });
});

describe('non-root-user: a start script copied in through a builder stage', () => {
  // openlit: the builder takes the client's folder from the context; the final stage copies its scripts from the builder.
  const dockerfile =
    'FROM alpine:3.21 AS builder\nRUN apk add --no-cache nodejs npm\nWORKDIR /app/client\nCOPY ./client/ .\nRUN npm install && npm run build\n' +
    'FROM node:18-bullseye-slim\nRUN apt-get update && apt-get install -y --no-install-recommends cron && rm -rf /var/lib/apt/lists/*\nWORKDIR /app/client\nCOPY --from=builder /app/client/.next/standalone ./\nCOPY --from=builder /app/client/scripts ./scripts\nEXPOSE 3000\nCMD ["/app/client/scripts/entrypoint.sh"]\n';
  it('reads the script where the builder took it from the context: `service cron start` needs root', () => {
    expect(lintIn('non-root-user', context({ 'client/scripts/entrypoint.sh': '#!/bin/bash\nset -e\nprisma migrate deploy\nservice cron start\nexec node /app/client/server.js\n', Dockerfile: dockerfile }))).toEqual([]);
  });
  it('still reports a script that starts no service, and one the builder made itself', () => {
    expect(lintIn('non-root-user', context({ 'client/scripts/entrypoint.sh': '#!/bin/bash\nset -e\nprisma migrate deploy\nexec node /app/client/server.js\n', Dockerfile: dockerfile }))).toHaveLength(1);
    // The builder's RUN made the script: its text is not known.
    const made = dockerfile.replace('COPY ./client/ .\n', 'COPY ./client/package.json .\nRUN mkdir scripts && printf "service cron start" > scripts/entrypoint.sh\n');
    expect(lintIn('non-root-user', context({ 'client/scripts/entrypoint.sh': '#!/bin/bash\nservice cron start\n', 'client/package.json': '{}', Dockerfile: made }))).toHaveLength(1);
  });
});

describe('non-root-user: a start script that loads kernel modules', () => {
  it('accepts a driver container whose start script runs modprobe/insmod (CAP_SYS_MODULE is root\'s), not one that only mentions it', () => {
    const dockerfile = 'FROM ubuntu:22.04\nCOPY driver-start.sh /usr/local/bin/\nENTRYPOINT ["driver-start.sh"]\n';
    expect(lintIn('non-root-user', context({ 'driver-start.sh': '#!/bin/bash\nset -e\nload() {\n    modprobe -a i2c_core ipmi_msghandler\n    insmod ./acme.ko\n}\nload\nexec sleep infinity\n', Dockerfile: dockerfile }))).toEqual([]);
    // A comment, or a message naming it, loads nothing: the application still runs as root.
    expect(lintIn('non-root-user', context({ 'driver-start.sh': '#!/bin/bash\n# options are passed to modprobe\necho "see modprobe.d"\nexec python3 /app/main.py\n', Dockerfile: dockerfile }))).toHaveLength(1);
  });
  it('accepts a start script that starts a daemon needing root (tailscaled in kernel mode, k3s), and K3s as the command', () => {
    const dockerfile = 'FROM ubuntu:24.04\nRUN curl -fsSL https://tailscale.com/install.sh | sh -\nWORKDIR /app\nCOPY . .\nENTRYPOINT ["/app/start.sh"]\n';
    expect(lintIn('non-root-user', context({ 'start.sh': '#!/bin/bash\ntailscaled --port=41641 --state=/var/lib/tailscale/tailscaled.state &\ntailscale up --ssh\nexec python3 app.py\n', Dockerfile: dockerfile }))).toEqual([]);
    // Userspace networking runs unprivileged: the app still runs as root for nothing.
    expect(lintIn('non-root-user', context({ 'start.sh': '#!/bin/bash\ntailscaled --tun=userspace-networking &\nexec python3 app.py\n', Dockerfile: dockerfile }))).toHaveLength(1);
    expect(ruleFindings('non-root-user', 'FROM rancher/k3s:v1.31.5-k3s1 AS k3s\nFROM nvidia/cuda:12.8.0-base-ubuntu22.04\nCOPY --from=k3s /bin /bin\nENTRYPOINT ["/bin/k3s"]\nCMD ["agent"]\n')).toEqual([]);
  });
  it('accepts a host installer whose start script chroots into the host\'s root or enters its namespaces (pachyderm\'s NVIDIA driver installer)', () => {
    const dockerfile = 'FROM ubuntu:20.04\nADD install.sh .\nCMD sudo ./install.sh NVIDIA-Linux-x86_64-375.51.run\n';
    expect(lintIn('non-root-user', context({ 'install.sh': '#!/bin/bash\ncp "$1" /rootfs\nchroot /rootfs ./install-nvidia-driver.sh "$1"\n', Dockerfile: dockerfile }))).toEqual([]);
    expect(lintIn('non-root-user', context({ 'install.sh': '#!/bin/sh\nnsenter -t 1 -m -u -n -i sh -c "systemctl restart kubelet"\n', Dockerfile: dockerfile }))).toEqual([]);
    expect(lintIn('non-root-user', context({ 'install.sh': '#!/bin/bash\n# no chroot here\nexec python3 /app/main.py\n', Dockerfile: dockerfile }))).toHaveLength(1);
  });
});

describe('non-root-user: a cron daemon as the command an entrypoint script runs', () => {
  it('accepts smallstep\'s renewer: `USER root`, an entrypoint that ends with exec "$@", crond as the CMD; not an application there', () => {
    const dockerfile = (cmd: string): string =>
      `FROM smallstep/step-cli\nUSER root\nADD crontab /var/spool/cron/crontabs/root\nCOPY entrypoint.sh /\nENTRYPOINT ["/entrypoint.sh"]\n${cmd}\n`;
    const files = { 'entrypoint.sh': '#!/bin/sh\nstep ca root /var/local/step/root_ca.crt\nexec "$@"\n', crontab: '* * * * * step ca renew --force site.crt site.key\n' };
    expect(lintIn('non-root-user', context({ ...files, Dockerfile: dockerfile('CMD ["/usr/sbin/crond", "-l", "2", "-f"]') }))).toEqual([]);
    expect(lintIn('non-root-user', context({ ...files, Dockerfile: dockerfile('CMD ["busybox", "crond", "-f"]') }))).toEqual([]);
    expect(lintIn('non-root-user', context({ ...files, Dockerfile: dockerfile('CMD ["python3", "/app/jobs.py"]') }))).toHaveLength(1);
  });
});

describe('non-root-user: a CI agent started by the image\'s own entrypoint script', () => {
  // Buildkite's agent images: the script is copied under a bare name and runs the agent through tini and a wrapper.
  const dockerfile =
    'FROM public.ecr.aws/buildkite/agent-base:alpine\nRUN curl -Lfs -o /usr/local/bin/ssh-env-config.sh https://raw.githubusercontent.com/buildkite/docker-ssh-env-config/master/ssh-env-config.sh && chmod +x /usr/local/bin/ssh-env-config.sh\n' +
    'COPY ./buildkite-agent.cfg /buildkite/buildkite-agent.cfg\nCOPY ./entrypoint.sh /usr/local/bin/buildkite-agent-entrypoint\nVOLUME /buildkite\nENTRYPOINT ["buildkite-agent-entrypoint"]\nCMD ["start"]\n';
  const script = (last: string): string => `#!/usr/bin/env bash\nset -euo pipefail\nif [[ -d /docker-entrypoint.d ]]; then\n  /bin/run-parts --exit-on-error /docker-entrypoint.d\nfi\n${last}\n`;
  it('accepts buildkite-agent run past `exec`, `tini --` and ssh-env-config.sh: it runs its jobs on the host\'s Docker as root', () => {
    expect(lintIn('non-root-user', context({ 'entrypoint.sh': script('exec /sbin/tini -- ssh-env-config.sh /usr/local/bin/buildkite-agent "$@"'), 'buildkite-agent.cfg': 'name="%hostname-%spawn"\n', Dockerfile: dockerfile }))).toEqual([]);
  });
  it('still reports another program run so, and a file under that name that is no script', () => {
    expect(lintIn('non-root-user', context({ 'entrypoint.sh': script('exec /sbin/tini -- ssh-env-config.sh /usr/local/bin/myapp "$@"'), 'buildkite-agent.cfg': '', Dockerfile: dockerfile }))).toHaveLength(1);
    expect(lintIn('non-root-user', context({ 'entrypoint.sh': 'exec buildkite-agent "$@"\n', 'buildkite-agent.cfg': '', Dockerfile: dockerfile }))).toHaveLength(1);
  });
});

describe('non-root-user: a start script that hands over to the official image\'s entrypoint', () => {
  const script = '#!/bin/sh\nset -eu\nmkdir -p /data\nchown -R redis:redis /data\nexec /usr/local/bin/docker-entrypoint.sh "$@"\n';
  const dockerfile = (cmd: string): string =>
    `FROM redis:8.2.1\nCOPY entrypoint.sh /usr/local/bin/railway-redis-entrypoint.sh\nRUN chmod +x /usr/local/bin/railway-redis-entrypoint.sh\nUSER root\nENTRYPOINT ["/usr/local/bin/railway-redis-entrypoint.sh"]\n${cmd}`;
  it('accepts `USER root` when the script execs docker-entrypoint.sh with the server it steps down for', () => {
    expect(lintIn('non-root-user', context({ 'entrypoint.sh': script, Dockerfile: dockerfile('CMD ["redis-server"]\n') }))).toEqual([]);
    const named = '#!/bin/sh\nchown -R redis /data\nexec docker-entrypoint.sh redis-server --appendonly yes\n';
    expect(lintIn('non-root-user', context({ 'entrypoint.sh': named, Dockerfile: dockerfile('') }))).toEqual([]);
  });
  it('still reports another command, or a docker-entrypoint.sh of the image\'s own', () => {
    expect(lintIn('non-root-user', context({ 'entrypoint.sh': script, Dockerfile: dockerfile('CMD ["python3", "/app/worker.py"]\n') }))).toHaveLength(1);
    const own = context({
      'entrypoint.sh': script,
      'docker-entrypoint.sh': '#!/bin/sh\nexec "$@"\n',
      Dockerfile: `FROM redis:8.2.1\nCOPY docker-entrypoint.sh /usr/local/bin/\nCOPY entrypoint.sh /start.sh\nUSER root\nENTRYPOINT ["/start.sh"]\nCMD ["redis-server"]\n`,
    });
    expect(lintIn('non-root-user', own)).toHaveLength(1);
  });
});

describe('non-root-user: a start script that steps down through a program named by its path', () => {
  it('reads `/usr/bin/setpriv --reuid …` in the copied entrypoint as a step-down, not a word merely ending in a dropper', () => {
    const dir = context({
      'entrypoint.sh': '#!/bin/bash\nset -e\n/usr/bin/setpriv --reuid "${APP_UID}" --regid "${APP_GID}" --init-groups "$@"\n',
      Dockerfile: 'FROM ubuntu:24.04\nCOPY entrypoint.sh /scripts/entrypoint.sh\nENTRYPOINT ["/scripts/entrypoint.sh"]\nCMD ["/opt/app/bin/app", "start"]\n',
    });
    expect(lintIn('non-root-user', dir)).toEqual([]);
    const other = context({
      'entrypoint.sh': '#!/bin/bash\necho mysetpriv "$@"\nexec "$@"\n',
      Dockerfile: 'FROM ubuntu:24.04\nCOPY entrypoint.sh /scripts/entrypoint.sh\nENTRYPOINT ["/scripts/entrypoint.sh"]\nCMD ["/opt/app/bin/app", "start"]\n',
    });
    expect(lintIn('non-root-user', other)).toHaveLength(1);
  });
});

describe('non-root-user: a start script that only prints', () => {
  const image = (script: string, extra = '') =>
    lintIn('non-root-user', context({ 'hello-world.sh': script, Dockerfile: `FROM alpine\nCOPY hello-world.sh /\n${extra}CMD ["/hello-world.sh"]\n` }));
  it('accepts Cloud Build\'s helloworld example, whose script echoes a line with the time: nothing runs to protect', () => {
    expect(image('#!/bin/sh\necho "Hello, world! The time is $(date)."\n')).toEqual([]);
    expect(image('#!/bin/sh\nset -e\nprintf \'%s\\n\' "built on $(hostname)" >&2\nexit 0\n')).toEqual([]);
  });
  it('still reports a script that writes a file, runs anything else or substitutes a program\'s output, and one with a port', () => {
    expect(image('#!/bin/sh\necho "nameserver 1.1.1.1" > /etc/resolv.conf\n')).toHaveLength(1);
    expect(image('#!/bin/sh\necho starting\nexec python3 -m http.server\n')).toHaveLength(1);
    expect(image('#!/bin/sh\necho "$(curl -fsS http://metadata/token)"\n')).toHaveLength(1);
    expect(image('#!/bin/sh\necho "Hello"\n', 'EXPOSE 8080\n')).toHaveLength(1);
  });
});

describe('non-root-user: runit\'s services', () => {
  // jessfraz's postfix: runsvdir, started by a copied bootstrap script, runs the services copied into /etc/service.
  const postfix = '#!/bin/bash\nset -e\nif [[ -f "/usr/libexec/postfix/master" ]]; then\n\tcmd="/usr/libexec/postfix/master"\nfi\nif [[ -f "/usr/lib/postfix/master" ]]; then\n\tcmd="/usr/lib/postfix/master"\nfi\n"$cmd" -c /etc/postfix -d 2>&1\n';
  const dockerfile = (extra = '') =>
    `FROM alpine:3.20\nRUN apk add --no-cache postfix rsyslog runit\nCOPY service /etc/service\nCOPY runit_bootstrap /usr/sbin/runit_bootstrap\n${extra}ENTRYPOINT ["/usr/sbin/runit_bootstrap"]\n`;
  const image = (services: Record<string, string>, extra = '') =>
    lintIn('non-root-user', context({ 'runit_bootstrap': '#!/bin/sh\n\nexec /sbin/runsvdir /etc/service\n', ...Object.fromEntries(Object.entries(services).map(([k, v]) => [`service/${k}/run`, v])), Dockerfile: dockerfile(extra) }));
  it('reads each service\'s run script: Postfix\'s master (through the variable its script sets) and rsyslogd must start as root', () => {
    expect(image({ postfix, rsyslog: '#!/bin/bash\nset -e\n\nexec rsyslogd -n\n' })).toEqual([]);
    // A service that steps down itself counts too.
    expect(image({ postfix, app: '#!/bin/sh\nexec chpst -u app python3 /app/main.py\n' })).toEqual([]);
  });
  it('still reports an application left to run as root, services a RUN adds, or a service whose program is not known', () => {
    expect(image({ postfix, app: '#!/bin/sh\nexec python3 /app/main.py\n' })).toHaveLength(1);
    expect(image({ postfix }, 'RUN ln -s /etc/sv/app /etc/service/app\n')).toHaveLength(1);
    expect(image({ app: '#!/bin/sh\nif [ -n "$DEBUG" ]; then cmd=/usr/lib/postfix/master; else cmd=/app/server; fi\n"$cmd"\n' })).toHaveLength(1);
  });
});

describe('the build context inferred from the COPY sources, when none is given', () => {
  const wrapper = 'FROM fedora:44\nCOPY container-images/gpu/oneAPI.repo /etc/yum.repos.d/\nCOPY --chmod=755 container-images/gpu/entrypoint.sh /usr/bin/\nENTRYPOINT ["/usr/bin/entrypoint.sh"]\n';
  const tree = (files: Record<string, string> = {}) =>
    context({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'container-images/gpu/Containerfile': wrapper,
      'container-images/gpu/oneAPI.repo': '[oneAPI]\n',
      'container-images/gpu/entrypoint.sh': '#!/usr/bin/env bash\nsource /opt/intel/oneapi/setvars.sh\nif [ $# -gt 0 ]; then\n    exec "$@"\nfi\n',
      ...files,
    });
  const model = (text: string) => buildModel('Containerfile', text);
  it('is the nearest folder up to the repository\'s top from which every source exists (ramalama builds from its top)', () => {
    const dir = tree();
    const folder = path.join(dir, 'container-images/gpu');
    expect(inferredContext(model(wrapper), folder)).toBe(dir);
    // Its entrypoint, read from there, only wraps the command it is given: no CMD, port or health check.
    const file = path.join(folder, 'Containerfile');
    expect(ruleFindings('non-root-user', wrapper, { filePath: file, contextDir: undefined })).toEqual([]);
    expect(ruleFindings('non-root-user', wrapper, { filePath: file, contextDir: folder, defaultContext: true })).toEqual([]);
  });
  it('is the folder holding the Makefile a `make` reads from a bind mount of the context (greptimedb\'s docker/buildx)', () => {
    const text = 'FROM ubuntu:22.04\nWORKDIR /greptimedb\nRUN --mount=target=. make build TARGET_DIR=/out/target\n';
    const dir = tree({ Makefile: 'build:\n\tcargo build\n', 'docker/buildx/Dockerfile': text });
    expect(inferredContext(model(text), path.join(dir, 'docker/buildx'))).toBe(dir);
    // Traps: a make of a Makefile named with `-f`, or one of a folder not from the context, says nothing.
    expect(inferredContext(model(text.replace('make build', 'make -f /opt/x.mk build')), path.join(dir, 'docker/buildx'))).toBe(path.join(dir, 'docker/buildx'));
    expect(inferredContext(model('FROM ubuntu:22.04\nWORKDIR /greptimedb\nRUN make build\n'), path.join(dir, 'docker/buildx'))).toBe(path.join(dir, 'docker/buildx'));
  });
  it('stays the Dockerfile\'s folder when its sources are there, when not every source is found above, or outside a git repository', () => {
    const dir = tree({ 'container-images/gpu/local.conf': 'x\n' });
    const folder = path.join(dir, 'container-images/gpu');
    expect(inferredContext(model('FROM fedora:44\nCOPY local.conf oneAPI.repo /etc/\n'), folder)).toBe(folder);
    // `local.conf` is not at the top: the sources are not all written from one folder.
    expect(inferredContext(model('FROM fedora:44\nCOPY local.conf container-images/gpu/oneAPI.repo /etc/\n'), folder)).toBe(folder);
    // Globs, variables, URLs and other stages' files say nothing of where the build runs.
    expect(inferredContext(model('FROM fedora:44\nCOPY --from=build /out/app /app\nCOPY ${SRC}/x /x\nADD https://example.com/a.tgz /a\n'), folder)).toBe(folder);
    const loose = context({ 'images/gpu/Containerfile': wrapper, 'container-images/gpu/oneAPI.repo': 'x\n', 'container-images/gpu/entrypoint.sh': 'exec "$@"\n' });
    expect(inferredContext(model(wrapper), path.join(loose, 'images/gpu'))).toBe(path.join(loose, 'images/gpu'));
  });
  it('is no folder above the Dockerfile\'s own when a script builds it from a folder beside it (`-f ../common/int-1.Dockerfile .`)', () => {
    // great_expectations' partner tests: `cd assets/partners/rubenshift; ../common/run-1.sh`; the root's requirements.txt is another file.
    const text = 'FROM python:3.9-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n';
    const files = {
      '.git/HEAD': 'ref: refs/heads/main\n',
      'requirements.txt': 'altair>=4.2.1\n',
      'assets/partners/common/int-1.Dockerfile': text,
      'assets/partners/rubenshift/requirements.txt': 'pytest==7.0.1\n',
    };
    const folder = (dir: string) => path.join(dir, 'assets/partners/common');
    const built = context({ ...files, 'assets/partners/common/run-1.sh': 'set -e\n\ndocker build -t integration_test -f ../common/int-1.Dockerfile .\n' });
    expect(inferredContext(model(text), folder(built), path.join(folder(built), 'int-1.Dockerfile'))).toBe(folder(built));
    // Traps: without that script, or with one building from the folder above, the nearest folder holding the sources.
    const bare = context(files);
    expect(inferredContext(model(text), folder(bare), path.join(folder(bare), 'int-1.Dockerfile'))).toBe(bare);
    const above = context({ ...files, 'assets/partners/requirements.txt': 'x\n', 'assets/partners/common/run-1.sh': 'docker build -f ../partners/common/int-1.Dockerfile .\n' });
    expect(inferredContext(model(text), folder(above), path.join(folder(above), 'int-1.Dockerfile'))).toBe(path.join(above, 'assets/partners'));
  });
  it('is not inferred when the user gave the context (`--context`, config `context`)', () => {
    const dir = tree();
    const folder = path.join(dir, 'container-images/gpu');
    expect(ruleFindings('non-root-user', wrapper, { filePath: path.join(folder, 'Containerfile'), contextDir: folder })).toHaveLength(1);
  });
});

describe('own images named by a build script\'s variable with a default, and the owner\'s own registry host', () => {
  it('reads `REGISTRY_PATH=${REGISTRY_PATH:-quay.io/org}` and `${VAR:-default}` in tags, and `podman farm build`', () => {
    const dir = context({
      LICENSE: 'MIT\n',
      'container_build.sh': 'REGISTRY_PATH=${REGISTRY_PATH:-quay.io/ramalama}\nbuild() {\n  podman farm build -t "$REGISTRY_PATH"/"${target}" -f "${target}"/Containerfile .\n}\n',
      'release.sh': 'docker build -t "${REGISTRY:-ghcr.io/defaultorg}/app:1" .\n',
      'images/cuda-vllm/Containerfile': 'FROM quay.io/ramalama/cuda:latest\nFROM ghcr.io/defaultorg/base:1\nFROM quay.io/stranger/cuda:1\n',
    });
    expect([...builtAccounts(path.join(dir, 'images/cuda-vllm/Containerfile'))].sort()).toEqual(['defaultorg', 'ramalama']);
    expect(lintIn('official-base-image', path.join(dir, 'images/cuda-vllm'), 'Containerfile').map((f) => f.range.start.line)).toEqual([3]);
  });
  it('trusts a registry whose domain is the repository owner\'s name, not a shared registry or a top-level domain of that name', () => {
    const origin = (url: string) => `[remote "origin"]\n\turl = ${url}\n`;
    const dir = context({
      '.git/config': origin('https://github.com/sonatype/docker-nexus3.git'),
      'build-images/Dockerfile':
        'FROM sonatype.repo.sonatype.app/docker-all/python:3.13-alpine\nFROM registry.sonatype.co.uk/base:1\nFROM sonatype.example.com/tool:3\nFROM quay.io/someone/app:1\n',
    });
    expect(lintIn('official-base-image', path.join(dir, 'build-images')).map((f) => f.range.start.line)).toEqual([3, 4]);
    const aws = context({ '.git/config': origin('https://github.com/aws/tools.git'), Dockerfile: 'FROM public.ecr.aws/someone/app:1\n' });
    expect(lintIn('official-base-image', aws)).toHaveLength(1);
    const quay = context({ '.git/config': origin('https://github.com/quay/tools.git'), Dockerfile: 'FROM quay.io/someone/app:1\n' });
    expect(lintIn('official-base-image', quay)).toHaveLength(1);
  });
  it('takes a vendor\'s own registry as the own registry of the vendor\'s GitHub organisations (mcr.microsoft.com in microsoft, Azure)', () => {
    const origin = (url: string) => `[remote "origin"]\n\turl = ${url}\n`;
    const df = 'FROM mcr.microsoft.com/azureml/promptflow/promptflow-runtime:latest\nCOPY ./requirements.txt ./\n';
    for (const owner of ['microsoft', 'Azure']) {
      expect(lintIn('base-image-tag', context({ '.git/config': origin(`https://github.com/${owner}/promptflow.git`), Dockerfile: df })), owner).toEqual([]);
    }
    // In anyone else's repository, or another vendor's registry, the floating tag is still reported.
    expect(lintIn('base-image-tag', context({ '.git/config': origin('https://github.com/someone/app.git'), Dockerfile: df }))).toHaveLength(1);
    expect(lintIn('base-image-tag', context({ '.git/config': origin('https://github.com/microsoft/app.git'), Dockerfile: 'FROM nvcr.io/nvidia/pytorch:latest\n' }))).toHaveLength(1);
  });
  it('takes Google\'s own namespaces of gcr.io as the registry of Google\'s organisations, not all of gcr.io', () => {
    const origin = (url: string) => `[remote "origin"]\n\turl = ${url}\n`;
    const df = 'FROM gcr.io/cloud-builders/npm\nFROM launcher.gcr.io/google/debian11\nFROM gcr.io/google.com/cloudsdktool/cloud-sdk:slim\n';
    for (const owner of ['GoogleCloudPlatform', 'google', 'googleapis', 'GoogleContainerTools']) {
      expect(lintIn('base-image-tag', context({ '.git/config': origin(`https://github.com/${owner}/cloud-builders-community.git`), Dockerfile: df })), owner).toEqual([]);
    }
    // Another owner's repository, or a Cloud customer's project on gcr.io in Google's: still reported.
    expect(lintIn('base-image-tag', context({ '.git/config': origin('https://github.com/someone/app.git'), Dockerfile: 'FROM gcr.io/cloud-builders/npm\n' }))).toHaveLength(1);
    expect(lintIn('base-image-tag', context({ '.git/config': origin('https://github.com/GoogleCloudPlatform/app.git'), Dockerfile: 'FROM gcr.io/acme-prod/api\n' }))).toHaveLength(1);
    // distroless has no version tags: Google's own samples are asked for its digest too.
    expect(lintIn('base-image-tag', context({ '.git/config': origin('https://github.com/GoogleCloudPlatform/app.git'), Dockerfile: 'FROM gcr.io/distroless/static-debian12\n' }))).toHaveLength(1);
  });
});

describe('Dockerfile fragments a script of the project joins (from-first, pin rules, copy-from-stage, shipped stages)', () => {
  // modelscope's docker/Dockerfile.extra_install: no FROM; build_image.py splices it under the `FROM {base_image}` it picks.
  const extra = 'ENV DEBIAN_FRONTEND=noninteractive\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n';
  const names = (dir: string, rule: string, file: string) => lintIn(rule, dir, file).map((f) => f.ruleId);
  it('a file a Python script reads as text is a fragment: no from-first, and its installs are on a base it does not fix', () => {
    const dir = context({
      'LICENSE': 'MIT',
      'docker/Dockerfile.extra_install': extra,
      'docker/build_image.py': "with open('docker/Dockerfile.extra_install', 'r') as f:\n    extra = f.read()\nwith open('./Dockerfile', 'w') as f:\n    f.write(template.replace('{extra}', extra))\n",
    });
    expect(names(dir, 'from-first', 'docker/Dockerfile.extra_install')).toEqual([]);
    expect(names(dir, 'apt-pin-versions', 'docker/Dockerfile.extra_install')).toEqual([]);
  });
  it('a script that only builds the file, or writes it, makes no fragment of it', () => {
    for (const script of ['docker build -f docker/Dockerfile.extra_install .\n', "open('docker/Dockerfile.extra_install', 'w').write(text)\n"]) {
      const dir = context({ 'LICENSE': 'MIT', 'docker/Dockerfile.extra_install': extra, [script.startsWith('docker') ? 'docker/build.sh' : 'docker/gen.py']: script });
      expect(names(dir, 'from-first', 'docker/Dockerfile.extra_install')).toEqual(['from-first']);
      expect(names(dir, 'apt-pin-versions', 'docker/Dockerfile.extra_install')).toEqual(['apt-pin-versions']);
    }
  });

  // goharbor/harbor's tests/test-engine-image: build.sh joins Dockerfile.common, which defines `tool_builder`, before
  // the file it builds, through variables set in an if/else.
  const common = 'FROM ubuntu:22.04 as tool_builder\nRUN apt-get update && apt-get install -y wget curl\nRUN wget -O /tool/a https://example.com/a && curl -fsSLo /tool/b https://example.com/b\n';
  const buildSh = '#!/bin/bash\nCMD_BASE="cat Dockerfile.common"\nSRC_FILE=""\nDST_FILE=Dockerfile\nif [ "$1" == "api" ]; then\n    SRC_FILE=Dockerfile.api_test\nelse\n    SRC_FILE=Dockerfile.ui_test\nfi\n$CMD_BASE $SRC_FILE >> $DST_FILE\ndocker build -t org/e2e:$2 .\n';
  const apiTest = 'FROM photon:4.0\nCOPY --from=tool_builder /tool/a /usr/local/bin/a\nCOPY --from=tool_buildr /tool/b /usr/local/bin/b\n';
  it('copy-from-stage accepts a stage of a fragment joined before, and only that', () => {
    const dir = context({ 'Dockerfile.common': common, 'Dockerfile.api_test': apiTest, 'Dockerfile.ui_test': apiTest, 'build.sh': buildSh });
    for (const file of ['Dockerfile.api_test', 'Dockerfile.ui_test']) {
      expect(lintIn('copy-from-stage', dir, file).map((f) => f.message)).toEqual([expect.stringContaining('`--from=tool_buildr` matches no stage')]);
    }
    const alone = context({ 'Dockerfile.common': common, 'Dockerfile.api_test': apiTest, 'build.sh': 'docker build -f Dockerfile.api_test .\n' });
    expect(lintIn('copy-from-stage', alone, 'Dockerfile.api_test')).toHaveLength(2);
  });
  it('the stages of a fragment joined before others are build-only unless a later file builds FROM one', () => {
    const rules = ['apt-no-install-recommends', 'apt-cleanup', 'wget-and-curl'];
    const joined = context({ 'Dockerfile.common': common, 'Dockerfile.api_test': apiTest, 'Dockerfile.ui_test': apiTest, 'build.sh': buildSh });
    expect(rules.flatMap((r) => names(joined, r, 'Dockerfile.common'))).toEqual([]);
    const based = context({ 'Dockerfile.common': common, 'Dockerfile.app': 'FROM tool_builder\nCMD ["a"]\n', 'build.sh': 'cat Dockerfile.common Dockerfile.app > Dockerfile\n' });
    expect(rules.flatMap((r) => names(based, r, 'Dockerfile.common'))).toEqual(rules);
    // The last file of the join is the image: its stages ship.
    const last = context({ 'Dockerfile.common': common, 'Dockerfile.head': 'ARG X=1\n', 'build.sh': 'cat Dockerfile.head Dockerfile.common > Dockerfile\n' });
    expect(rules.flatMap((r) => names(last, r, 'Dockerfile.common'))).toEqual(rules);
  });
});

describe('Cloud Build builders (a cloudbuild.yaml beside the Dockerfile builds the image and a step runs it)', () => {
  const image = 'FROM alpine:3.21\nRUN apk add --no-cache hugo\nENTRYPOINT ["hugo"]\n';
  const build = (tag: string) => `steps:\n- name: 'gcr.io/cloud-builders/docker'\n  args: ['build', '--tag=${tag}', '.']\nimages: ['${tag}']\n`;
  const userFindings = (files: Record<string, string>) => lintIn('non-root-user', context({ 'hugo/Dockerfile': image, ...files }), 'hugo/Dockerfile');
  it('accepts a builder that Cloud Build runs as a step, as root over its root-owned /workspace', () => {
    // The step names the image with the other spelling of the substitution, and without its tag.
    const runs = `${build('gcr.io/${PROJECT_ID}/hugo:latest')}`.replace('images:', "- name: 'gcr.io/$PROJECT_ID/hugo'\n  args: ['--help']\nimages:");
    expect(userFindings({ 'hugo/cloudbuild.yaml': runs })).toEqual([]);
    // Or a configuration of its examples runs it (klar, wrangler: the folder's own only builds and pushes).
    expect(userFindings({ 'hugo/cloudbuild.yaml': build('gcr.io/$PROJECT_ID/hugo'), 'hugo/examples/cloudbuild-version.yml': "steps:\n- name: 'gcr.io/$PROJECT_ID/hugo:latest'\n  args: ['version']\n" })).toEqual([]);
  });
  it('still reports an image the configuration only builds and pushes, or whose run is of another image', () => {
    expect(userFindings({ 'hugo/cloudbuild.yaml': build('gcr.io/$PROJECT_ID/hugo') })).toHaveLength(1);
    expect(userFindings({ 'hugo/cloudbuild.yaml': build('gcr.io/$PROJECT_ID/hugo'), 'hugo/examples/cloudbuild.yaml': "steps:\n- name: 'gcr.io/$PROJECT_ID/hugo-extended'\n" })).toHaveLength(1);
    // A deploy step that runs gcloud, not the image built: a service deployed to Cloud Run.
    const deploy = build('gcr.io/$PROJECT_ID/hugo').replace('images:', "- name: 'gcr.io/cloud-builders/gcloud'\n  args: ['run', 'deploy', 'hugo', '--image', 'gcr.io/$PROJECT_ID/hugo']\nimages:");
    expect(userFindings({ 'hugo/cloudbuild.yaml': deploy })).toHaveLength(1);
    // A step runs the image, but the configuration builds another Dockerfile.
    const other = build('gcr.io/$PROJECT_ID/hugo').replace("'--tag=", "'-f', 'Dockerfile.prod', '--tag=").replace('images:', "- name: 'gcr.io/$PROJECT_ID/hugo'\nimages:");
    expect(userFindings({ 'hugo/cloudbuild.yaml': other })).toHaveLength(1);
  });
  // google/paxml's pip_package: submitted from the repository's top, `cloudbuild-release.yaml` builds the file by its
  // path from there and a later step runs the image over /workspace.
  const fromTop = (file: string, tag: string, runner: string) =>
    `steps:\n- name: 'gcr.io/cloud-builders/docker'\n  args: ['build', '-t', '${tag}', '-f', '${file}', '.', '--build-arg', 'wheel_folder=\${_WHEEL_FOLDER}']\n- name: '${runner}'\n  entrypoint: 'bash'\n  args: ['-c', 'mv \${_WHEEL_FOLDER}/*.whl .']\n`;
  const substituted = 'gcr.io/${PROJECT_ID}/${_IMAGE_NAME}';
  it('accepts a builder a configuration named for its use builds by its path from the submitted folder, and runs', () => {
    expect(userFindings({ 'hugo/cloudbuild-release.yaml': fromTop('hugo/Dockerfile', substituted, substituted) })).toEqual([]);
    expect(userFindings({ 'hugo/cloudbuild.yaml': fromTop('./hugo/Dockerfile', substituted, substituted) })).toEqual([]);
    // A name without a substitution of the configuration's own may be run by an example's.
    expect(userFindings({ 'hugo/cloudbuild.yaml': fromTop('hugo/Dockerfile', 'gcr.io/$PROJECT_ID/hugo', 'gcr.io/cloud-builders/docker'), 'hugo/examples/cloudbuild.yaml': "steps:\n- name: 'gcr.io/$PROJECT_ID/hugo'\n" })).toEqual([]);
  });
  it('accepts an example that a configuration up to two folders above builds from a step\'s `dir` and runs (cloud-builders git)', () => {
    const config = "steps:\n- name: 'gcr.io/cloud-builders/docker'\n  args: ['build', '--tag=version_file', '.']\n  dir: 'examples/version-file'\n- name: 'version_file'\n  args: ['VERSION']\n  dir: 'examples/version-file'\n";
    const files = { '.git/config': '', 'git/cloudbuild.yaml': config, 'git/examples/version-file/Dockerfile': image };
    expect(lintIn('non-root-user', context(files), 'git/examples/version-file/Dockerfile')).toEqual([]);
    // A `dir` from a substitution (`${_BUILD_DIRECTORY}`, empty by default) is the configuration's own folder (envsubst).
    const own = "steps:\n- name: 'gcr.io/cloud-builders/docker'\n  dir: ${_BUILD_DIRECTORY}\n  args: ['build', '--tag=gcr.io/${PROJECT_ID}/hugo', '.']\n- name: 'gcr.io/${PROJECT_ID}/hugo'\n  dir: ${_BUILD_DIRECTORY}\n";
    expect(userFindings({ 'hugo/cloudbuild.yaml': own })).toEqual([]);
    // Built there and only pushed, or built from another folder: reported.
    expect(lintIn('non-root-user', context({ ...files, 'git/cloudbuild.yaml': config.split("- name: 'version_file'")[0]! }), 'git/examples/version-file/Dockerfile')).toHaveLength(1);
    expect(lintIn('non-root-user', context({ ...files, 'git/cloudbuild.yaml': config.replaceAll('examples/version-file', 'examples/other') }), 'git/examples/version-file/Dockerfile')).toHaveLength(1);
  });
  it('still reports another file built by path, and a user substitution run by another configuration', () => {
    expect(userFindings({ 'hugo/cloudbuild-release.yaml': fromTop('other/hugo/Dockerfile.release', substituted, substituted) })).toHaveLength(1);
    expect(userFindings({ 'hugo/cloudbuild-release.yaml': fromTop('../hugo/Dockerfile', substituted, substituted) })).toHaveLength(1);
    // `$_IMAGE_NAME` has its value in the configuration that sets it: another one's step may run another image.
    const buildOnly = fromTop('hugo/Dockerfile', substituted, 'gcr.io/cloud-builders/docker');
    expect(userFindings({ 'hugo/cloudbuild.yaml': buildOnly, 'hugo/examples/cloudbuild.yaml': `steps:\n- name: '${substituted}'\n` })).toHaveLength(1);
  });
});

describe('advice a publisher declines in its own repositories (declined-advice.ts)', () => {
  const origin = (owner: string) => `[remote "origin"]\n\turl = https://github.com/${owner}/redis.git\n`;
  // docker-library/redis's Debian variant: a dependency from apt, the user by name, a legacy ENV.
  const dockerfile = 'FROM debian:bookworm-slim\nENV REDIS_VERSION 7.4.2\nRUN apt-get update && apt-get install -y --no-install-recommends tzdata && rm -rf /var/lib/apt/lists/*\nRUN useradd -r redis\nUSER redis\nCMD ["redis-server"]\n';
  const found = (ruleId: string, owner: string) => lintIn(ruleId, context({ '.git/config': origin(owner), Dockerfile: dockerfile })).length;

  it('is not given in the Docker Official Images\' sources: pins of dependent packages, a numeric USER, ENV key=value', () => {
    for (const id of ['apt-pin-versions', 'numeric-user', 'legacy-key-value']) expect(found(id, 'docker-library'), id).toBe(0);
  });
  it('is given in anyone else\'s repository', () => {
    for (const id of ['apt-pin-versions', 'numeric-user', 'legacy-key-value']) expect(found(id, 'acme'), id).toBe(1);
  });
});

describe('words a build file replaces in the Dockerfile with sed (substituted-words)', () => {
  // rook's images/ceph: the Makefile copies the Dockerfile and replaces BASEIMAGE before building it.
  const makefile = "BASEIMAGE = $(REGISTRY_NAME)/ceph/ceph:$(CEPH_VERSION)\ndo.build:\n\t@cp Dockerfile $(BUILD_CONTEXT_DIR)\n\t@cd $(BUILD_CONTEXT_DIR) && $(SED_IN_PLACE) 's|BASEIMAGE|$(BASEIMAGE)|g' Dockerfile\n";
  const dockerfile = '# see Makefile for the BASEIMAGE definition\nFROM BASEIMAGE\nRUN apt-get install -y wget\n';
  const findings = (files: Record<string, string>) => {
    const dir = context(files);
    const file = path.join(dir, 'Dockerfile');
    return lint(fs.readFileSync(file, 'utf8'), { filePath: file, contextDir: dir }).map((f) => `${f.range.start.line} ${f.ruleId} ${f.severity}`);
  };
  it('reads `FROM BASEIMAGE` as a placeholder template, and checks the other lines', () => {
    const found = findings({ Makefile: makefile, Dockerfile: dockerfile });
    expect(found.filter((f) => f.startsWith('2 '))).toEqual(['2 syntax-error info']);
    expect(found).toContain('3 apt-no-install-recommends info');
  });
  it('reads a generator above a folder of templates that fills its `${NAME}`s with sed (dify-sandbox\'s docker/generate.sh)', () => {
    const generate = 'TEMPLATES_DIR="${SCRIPT_DIR}/templates"\nTEMPLATE_FILE="${TEMPLATES_DIR}/${ENVIRONMENT}.dockerfile"\nsed_args=(\n    "-e" "s|\\${APT_MIRROR}|${APT_MIRROR}|g"\n    "-e" "s/\\${TARGETARCH}/${ARCHITECTURE}/g"\n)\nsed "${sed_args[@]}" "$TEMPLATE_FILE" > "$OUTPUT_FILE"\n';
    const template = 'ARG APT_MIRROR="http://deb.debian.org/debian testing main"\nARG TARGETARCH\nARG CODENAME=bookworm\nFROM debian:12\nRUN echo "deb ${APT_MIRROR}" > /etc/apt/sources.list\nRUN echo ${TARGETARCH} $TARGETARCH\nRUN echo ${CODENAME}\n';
    const lines = (files: Record<string, string>) => {
      const dir = context({ '.git/config': '', 'docker/templates/production.dockerfile': template, ...files });
      return lintIn('undefined-var', dir, 'docker/templates/production.dockerfile').map((f) => `${f.range.start.line}:${f.range.start.column}`);
    };
    // Its `${NAME}`s are the generator's; `$TARGETARCH` (which sed leaves) and `${CODENAME}` (which it does not replace) are not.
    expect(lines({ 'docker/generate.sh': generate })).toEqual(['6:24', '7:10']);
    // No generator, or one naming another folder: every global ARG the stages do not re-declare.
    expect(lines({})).toEqual(['5:10', '6:10', '6:24', '7:10']);
    expect(lines({ 'docker/generate.sh': generate.replace('/templates"', '/other"') })).toEqual(['5:10', '6:10', '6:24', '7:10']);
  });
  it('keeps the error when no build file replaces the word in this Dockerfile', () => {
    const error = ['2 syntax-error error'];
    expect(findings({ Dockerfile: dockerfile }).filter((f) => f.startsWith('2 '))).toEqual(error);
    // A sed of another file, or a substitution of another word.
    expect(findings({ Makefile: makefile.replace("g' Dockerfile", "g' values.yaml"), Dockerfile: dockerfile }).filter((f) => f.startsWith('2 '))).toEqual(error);
    expect(findings({ Makefile: makefile.replace('s|BASEIMAGE|', 's|IMAGE_TAG|'), Dockerfile: dockerfile }).filter((f) => f.startsWith('2 '))).toEqual(error);
  });
});
