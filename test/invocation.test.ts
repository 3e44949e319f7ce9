/**
 * The command reader as tables: a command line in, the invocation rules see out. Shapes follow hadolint's shell
 * tests (flags with and without values, clusters, `--`, wrappers) plus the launchers and tools dlint knows.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../src/model/build.js';
import { lint } from '../src/lint.js';
import type { SimpleCommand } from '../src/shell/types.js';
import { dirPath } from '../src/shell/workdir.js';

/** The commands of a RUN (the last instruction), with the ARG/ENV lines before it. */
function commandsOf(run: string, prelude = ''): SimpleCommand[] {
  const m = buildModel('Dockerfile', `FROM debian:12\n${prelude}${run}\n`);
  return m.instructions[m.instructions.length - 1]!.script?.commands ?? [];
}

/** The innermost command whose program the grammar table knows (or the last command). */
function invocationOf(run: string, prelude = '') {
  const commands = commandsOf(run, prelude);
  const inv = [...commands].reverse().find((c) => c.invocation.tool !== null)?.invocation ?? commands[commands.length - 1]!.invocation;
  return {
    tool: inv.tool,
    program: inv.program,
    subcommand: inv.subcommand,
    options: inv.options.map((o) => (o.value === null ? o.name : `${o.name}=${o.value}`)),
    operands: inv.operands.map((w) => w.value),
    launchers: inv.launchers,
  };
}

describe('invocation reader', () => {
  it.each([
    // Package managers: options that take values never read as packages or subcommands.
    ['RUN apt-get update && apt-get -yt bookworm install curl', { tool: 'apt', program: 'apt-get', subcommand: 'install', options: ['-y', '-t=bookworm'], operands: ['curl'], launchers: [] }],
    ['RUN apt-get install -y --no-install-recommends -o Dpkg::Options::=--force-confdef curl=8.5.0-2', { tool: 'apt', program: 'apt-get', subcommand: 'install', options: ['-y', '--no-install-recommends', '-o=Dpkg::Options::=--force-confdef'], operands: ['curl=8.5.0-2'], launchers: [] }],
    ['RUN apt-get -qq install -- -weird-name', { tool: 'apt', program: 'apt-get', subcommand: 'install', options: ['-q', '-q'], operands: ['-weird-name'], launchers: [] }],
    ['RUN apt-get install -q=2 git', { tool: 'apt', program: 'apt-get', subcommand: 'install', options: ['-q=2'], operands: ['git'], launchers: [] }],
    ['RUN /usr/bin/apt-get install --target-release=bookworm-backports git', { tool: 'apt', program: 'apt-get', subcommand: 'install', options: ['--target-release=bookworm-backports'], operands: ['git'], launchers: [] }],
    ['RUN xx-apt-get install -y gcc', { tool: 'apt', program: 'xx-apt-get', subcommand: 'install', options: ['-y'], operands: ['gcc'], launchers: [] }],
    ['RUN dnf -yd 1 install curl', { tool: 'rpm', program: 'dnf', subcommand: 'install', options: ['-y', '-d=1'], operands: ['curl'], launchers: [] }],
    ['RUN yum groupinstall -y "Development Tools"', { tool: 'rpm', program: 'yum', subcommand: 'group install', options: ['-y'], operands: ['Development Tools'], launchers: [] }],
    ['RUN dnf module install -y nodejs:20', { tool: 'rpm', program: 'dnf', subcommand: 'module install', options: ['-y'], operands: ['nodejs:20'], launchers: [] }],
    ['RUN zypper -n in -t pattern devel_basis', { tool: 'zypper', program: 'zypper', subcommand: 'install', options: ['-n', '-t=pattern'], operands: ['devel_basis'], launchers: [] }],
    ['RUN apk add --no-cache -t .build-deps gcc musl-dev', { tool: 'apk', program: 'apk', subcommand: 'add', options: ['--no-cache', '-t=.build-deps'], operands: ['gcc', 'musl-dev'], launchers: [] }],
    ['RUN conda env create -n app -f environment.yml', { tool: 'conda', program: 'conda', subcommand: 'env create', options: ['-n=app', '-f=environment.yml'], operands: [], launchers: [] }],
    ['RUN micromamba install -y -n base -c conda-forge numpy=1.26', { tool: 'conda', program: 'micromamba', subcommand: 'install', options: ['-y', '-n=base', '-c=conda-forge'], operands: ['numpy=1.26'], launchers: [] }],
    ['RUN npm install --save false lodash', { tool: 'npm', program: 'npm', subcommand: 'install', options: ['--save=false'], operands: ['lodash'], launchers: [] }],
    ['RUN npm i -g pnpm@9', { tool: 'npm', program: 'npm', subcommand: 'install', options: ['-g'], operands: ['pnpm@9'], launchers: [] }],
    ['RUN yarn global add --cache-folder /tmp/y serve', { tool: 'yarn', program: 'yarn', subcommand: 'global add', options: ['--cache-folder=/tmp/y'], operands: ['serve'], launchers: [] }],
    ['RUN yarn', { tool: 'yarn', program: 'yarn', subcommand: null, options: [], operands: [], launchers: [] }],
    ['RUN go install -ldflags "-s -w" golang.org/x/tools/gopls@v0.16.0', { tool: 'go', program: 'go', subcommand: 'install', options: ['-ldflags=-s -w'], operands: ['golang.org/x/tools/gopls@v0.16.0'], launchers: [] }],
    ['RUN go mod download', { tool: 'go', program: 'go', subcommand: 'mod download', options: [], operands: [], launchers: [] }],
    ['RUN gem install bundler -v 2.5.0 -- --with-cflags=-O2', { tool: 'gem', program: 'gem', subcommand: 'install', options: ['-v=2.5.0'], operands: ['bundler'], launchers: [] }],
    // pip in all its spellings: the launchers are listed, the tool is pip.
    ['RUN pip3.11 install --no-cache-dir -r requirements.txt', { tool: 'pip', program: 'pip3.11', subcommand: 'install', options: ['--no-cache-dir', '-r=requirements.txt'], operands: [], launchers: [] }],
    ['RUN python -Im pip install -r requirements.txt', { tool: 'pip', program: 'pip', subcommand: 'install', options: ['-r=requirements.txt'], operands: [], launchers: ['python -m'] }],
    ['RUN python3 -mpip install torch', { tool: 'pip', program: 'pip', subcommand: 'install', options: [], operands: ['torch'], launchers: ['python3 -m'] }],
    ['RUN python3.11 -W ignore -m pip install torch', { tool: 'pip', program: 'pip', subcommand: 'install', options: [], operands: ['torch'], launchers: ['python3.11 -m'] }],
    ['RUN conda run -n app --no-capture-output pip install flask', { tool: 'pip', program: 'pip', subcommand: 'install', options: [], operands: ['flask'], launchers: ['conda run'] }],
    ['RUN sudo -H -u app env PIP_NO_CACHE_DIR=1 /opt/conda/bin/pip install flask', { tool: 'pip', program: 'pip', subcommand: 'install', options: [], operands: ['flask'], launchers: ['sudo', 'env'] }],
    ['RUN ${CONDA_DIR}/bin/pip install flask', { tool: 'pip', program: 'pip', subcommand: 'install', options: [], operands: ['flask'], launchers: [] }],
    ['RUN uv pip install --system -r requirements.txt', { tool: 'uv', program: 'uv', subcommand: 'pip install', options: ['--system', '-r=requirements.txt'], operands: [], launchers: [] }],
    ['RUN uv run --with rich python -m pip install torch', { tool: 'pip', program: 'pip', subcommand: 'install', options: [], operands: ['torch'], launchers: ['uv run', 'python -m'] }],
    ['RUN poetry run pip install .', { tool: 'pip', program: 'pip', subcommand: 'install', options: [], operands: ['.'], launchers: ['poetry run'] }],
    ['RUN echo a b | xargs -n1 pip install', { tool: 'pip', program: 'pip', subcommand: 'install', options: [], operands: [], launchers: ['xargs'] }],
    // Other tools. hadolint's shell shapes: a repeated option keeps every value.
    ['RUN useradd -u 12345 -u 67890 luser', { tool: 'useradd', program: 'useradd', subcommand: null, options: ['-u=12345', '-u=67890'], operands: ['luser'], launchers: [] }],
    ['RUN useradd -l -u 10001 -g app -m app', { tool: 'useradd', program: 'useradd', subcommand: null, options: ['-l', '-u=10001', '-g=app', '-m'], operands: ['app'], launchers: [] }],
    ['RUN wget -nv -O /tmp/x.tgz https://example.com/x.tgz', { tool: 'wget', program: 'wget', subcommand: null, options: ['-n=v', '-O=/tmp/x.tgz'], operands: ['https://example.com/x.tgz'], launchers: [] }],
    ['RUN curl -fsSL -o /tmp/k https://example.com/k', { tool: 'curl', program: 'curl', subcommand: null, options: ['-f', '-s', '-S', '-L', '-o=/tmp/k'], operands: ['https://example.com/k'], launchers: [] }],
    ['RUN timeout 10 gosu app rm -rf /tmp/x', { tool: 'rm', program: 'rm', subcommand: null, options: ['-r', '-f'], operands: ['/tmp/x'], launchers: ['timeout', 'gosu'] }],
    // Unknown programs still get their options and operands split.
    ['RUN mytool --level 3 -xv input', { tool: null, program: 'mytool', subcommand: null, options: ['--level', '-x', '-v'], operands: ['3', 'input'], launchers: [] }],
    // Exec form and `sh -c` bodies go through the same reader.
    ['RUN ["apt-get", "install", "-y", "curl"]', { tool: 'apt', program: 'apt-get', subcommand: 'install', options: ['-y'], operands: ['curl'], launchers: [] }],
    ['RUN ["/bin/sh", "-c", "pip install flask"]', { tool: 'pip', program: 'pip', subcommand: 'install', options: [], operands: ['flask'], launchers: [] }],
    ['RUN bash -c "apk add curl"', { tool: 'apk', program: 'apk', subcommand: 'add', options: [], operands: ['curl'], launchers: [] }],
    // The container's commands too: CMD, ENTRYPOINT, HEALTHCHECK (shell and exec form).
    // Model servers' options come from their catalogue entries.
    ['CMD exec tini -- uvicorn app:app --port 8000', { tool: 'server:uvicorn', program: 'uvicorn', subcommand: null, options: ['--port=8000'], operands: ['app:app'], launchers: ['exec', 'tini'] }],
    ['CMD ["python3", "-m", "vllm.entrypoints.openai.api_server", "--model", "m", "--host", "0.0.0.0"]', { tool: 'server:vllm.entrypoints.openai.api_server', program: 'vllm.entrypoints.openai.api_server', subcommand: null, options: ['--model=m', '--host=0.0.0.0'], operands: [], launchers: ['python3 -m'] }],
    ['HEALTHCHECK --interval=30s CMD curl -fsS http://localhost:8000/health || exit 1', { tool: 'curl', program: 'curl', subcommand: null, options: ['-f', '-s', '-S'], operands: ['http://localhost:8000/health'], launchers: [] }],
    ['HEALTHCHECK CMD ["wget", "-qO-", "http://localhost/"]', { tool: 'wget', program: 'wget', subcommand: null, options: ['-q', '-O=-'], operands: ['http://localhost/'], launchers: [] }],
  ])('%s', (run, expected) => {
    expect(invocationOf(run)).toEqual(expected);
  });

  it('reads options and packages from build variables, and not from variables the script sets itself', () => {
    expect(invocationOf('RUN apt-get install $APT_OPTS $PKGS', 'ARG APT_OPTS="-y --no-install-recommends"\nARG PKGS="curl git"\n')).toMatchObject({
      options: ['-y', '--no-install-recommends'],
      operands: ['curl', 'git'],
    });
    expect(invocationOf('RUN PKGS=wget && apt-get install -y $PKGS', 'ARG PKGS=curl\n').operands).toEqual(['$PKGS']);
    const opaque = commandsOf('RUN apt-get install $APT_FLAGS curl', 'ARG APT_FLAGS\n').find((c) => c.invocation.tool === 'apt')!;
    expect(opaque.invocation.opaqueOptions).toBe(true);
  });

  it.each([
    ['RUN apt-get install -s postgresql-17-jit', true],
    ['RUN apt-get --simulate install curl', true],
    ['RUN apt-get install -y curl', false],
    ['RUN apk add -s curl', true],
    ['RUN conda install --dry-run numpy', true],
    ['RUN pip install --dry-run torch', false],
  ])('dry run: %s', (run, dryRun) => {
    expect(commandsOf(run).find((c) => c.invocation.tool !== null)!.invocation.dryRun).toBe(dryRun);
  });

  it('does not read a launcher where the program runs nothing', () => {
    expect(commandsOf('RUN command -v pip && python -c "import pip"').map((c) => c.name)).toEqual(['command', 'python']);
  });

  it('tracks the working directory of each command (cd, subshells, pushd/popd)', () => {
    const dirs = commandsOf('RUN cd /src && make && (cd sub && make) && make install && pushd /opt && popd && ls', 'WORKDIR /app\n').map(
      (c) => `${c.name}@${dirPath(c.cwd) ?? '?'}`,
    );
    expect(dirs).toEqual(['cd@/app', 'make@/src', 'cd@/src', 'make@/src/sub', 'make@/src', 'pushd@/src', 'popd@/opt', 'ls@/src']);
  });
});

/** The four contradictions users saw before the one reader (issue 10), as regressions. */
describe('rules that contradicted each other', () => {
  const rulesOn = (text: string, files: Record<string, string> = {}): string[] => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dlint-inv-'));
    for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), body);
    const findings = lint(text, { preset: 'strict', contextDir: dir, filePath: path.join(dir, 'Dockerfile') });
    fs.rmSync(dir, { recursive: true, force: true });
    return [...new Set(findings.map((f) => f.ruleId))].sort();
  };
  it('apt-get -yt bookworm install: pinning and --no-install-recommends both see the install', () => {
    expect(rulesOn('FROM debian:12\nRUN apt-get update && apt-get -yt bookworm install curl\n')).toEqual(
      expect.arrayContaining(['apt-pin-versions', 'apt-no-install-recommends', 'apt-cleanup']),
    );
  });
  it('dnf -yd 1 install: pinning and cleanup both see the install', () => {
    expect(rulesOn('FROM fedora:40\nRUN dnf -yd 1 install curl\n')).toEqual(expect.arrayContaining(['rpm-pin-versions', 'rpm-cleanup']));
  });
  it('python -Im pip install -r: the requirements file is opened', () => {
    const rules = rulesOn('FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt .\nRUN python -Im pip install -r requirements.txt\n', { 'requirements.txt': 'flask\n' });
    expect(rules).toEqual(expect.arrayContaining(['pip-no-cache-dir', 'requirements-pin-versions']));
  });
  it('ONBUILD RUN apt-get install: the RUN rules see the trigger', () => {
    expect(rulesOn('FROM debian:12\nONBUILD RUN apt-get install curl\n')).toEqual(expect.arrayContaining(['apt-pin-versions', 'apt-get-yes', 'apt-no-install-recommends']));
  });
});

/**
 * Every rule about a package manager sees the same installs: each line below is wrong for every rule about its
 * tool (unpinned, no cleanup, no `-y`, no `--no-install-recommends`…), so each of those rules must report it.
 */
describe('rules agree on what is an install', () => {
  const RULES: Record<string, string[]> = {
    apt: ['apt-pin-versions', 'apt-no-install-recommends', 'apt-get-yes', 'apt-cleanup'],
    rpm: ['rpm-pin-versions', 'rpm-cleanup'],
    apk: ['apk-pin-versions', 'apk-no-cache'],
    pip: ['pip-pin-versions', 'pip-no-cache-dir'],
    conda: ['conda-pin-versions', 'conda-cleanup'],
    yarn: ['npm-pin-versions', 'yarn-cache-clean'],
  };
  const LINES: [string, string, string][] = [
    ['apt', 'debian:12', 'RUN apt-get update && apt-get install curl'],
    ['apt', 'debian:12', 'RUN apt-get update && apt-get -qt bookworm install curl'],
    ['apt', 'debian:12', 'RUN apt-get update && apt-get -o Debug::NoLocking=1 install curl'],
    ['apt', 'debian:12', 'RUN sudo apt-get update && sudo -E apt-get install curl'],
    ['apt', 'debian:12', 'RUN apt-get update && env DEBIAN_FRONTEND=noninteractive /usr/bin/apt-get install curl'],
    ['apt', 'debian:12', 'RUN ["/bin/sh", "-c", "apt-get update && apt-get install curl"]'],
    ['apt', 'debian:12', 'RUN bash -c "apt-get update && apt-get install curl"'],
    ['apt', 'debian:12', 'RUN <<EOF\napt-get update\napt-get install curl\nEOF'],
    ['rpm', 'fedora:40', 'RUN dnf install curl'],
    ['rpm', 'fedora:40', 'RUN dnf -d 1 install curl'],
    ['rpm', 'fedora:40', 'RUN yum --setopt=tsflags=nodocs install curl'],
    ['rpm', 'fedora:40', 'RUN sudo dnf --enablerepo crb install curl'],
    ['apk', 'alpine:3.22', 'RUN apk add curl'],
    ['apk', 'alpine:3.22', 'RUN apk -U add curl'],
    ['apk', 'alpine:3.22', 'RUN apk add -t .deps curl'],
    ['apk', 'alpine:3.22', 'RUN apk --repository http://dl-cdn.alpinelinux.org/alpine/edge/community add curl'],
    ['pip', 'python:3.12', 'RUN pip install flask'],
    ['pip', 'python:3.12', 'RUN python -m pip install flask'],
    ['pip', 'python:3.12', 'RUN python3 -Im pip install flask'],
    ['pip', 'python:3.12', 'RUN python3 -mpip install flask'],
    ['pip', 'python:3.12', 'RUN sudo -H pip3 install flask'],
    ['pip', 'python:3.12', 'RUN /usr/local/bin/pip install --index-url https://pypi.org/simple flask'],
    ['pip', 'continuumio/miniconda3:24.1.2-0', 'RUN conda run -n base pip install flask'],
    ['conda', 'continuumio/miniconda3:24.1.2-0', 'RUN conda install -y numpy'],
    ['conda', 'continuumio/miniconda3:24.1.2-0', 'RUN conda install -n base -c conda-forge -y numpy'],
    ['conda', 'mambaorg/micromamba:1.5.8', 'RUN micromamba install -y -n base numpy'],
    ['yarn', 'node:20', 'RUN yarn add lodash'],
    ['yarn', 'node:20', 'RUN yarn global add --prefix /usr/local serve'],
  ];
  it.each(LINES)('%s: FROM %s / %s', (tool, image, line) => {
    const findings = lint(`FROM ${image}\n${line}\nUSER 1000\nCMD ["app"]\n`, { preset: 'strict', contextDir: null });
    const reported = new Set(findings.filter((f) => f.range.start.line >= 2).map((f) => f.ruleId));
    expect(RULES[tool]!.filter((id) => !reported.has(id))).toEqual([]);
  });
});
