import { spawnSync } from 'node:child_process';
/**
 * The `shellcheck` rule with the real ShellCheck (Debian's, installed by `.ci/run`): exact positions through
 * continuations, heredocs and `# escape=`; the dialect per RUN; suppressions, config and `--covers`; one
 * process per run; nothing reported twice with dlint's own `shell-check`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHadolint } from '../src/config/hadolint.js';
import { rulesCovering } from '../src/coverage.js';
import { lint, type LintOptions } from '../src/lint.js';
import { lintFiles } from '../src/lint-files.js';
import { findShellCheck } from '../src/shellcheck/binary.js';
import { ResultCache } from '../src/shellcheck/result-cache.js';
import { ShellCheckSelector } from '../src/shellcheck/select.js';
import { scriptsOf } from '../src/shellcheck/scripts.js';
import { ShellCheck } from '../src/shellcheck/session.js';
import { buildModel } from '../src/model/build.js';
import { builtinRules } from '../rules/index.js';
import type { Finding } from '../src/types.js';
import { runCli } from './cli-harness.js';

const binary = findShellCheck();
if (!binary) throw new Error('these tests need the shellcheck program (apt-get install shellcheck)');
const shellcheck = new ShellCheck(binary);

/** Every level of ShellCheck's findings (the rule's default reports errors and warnings only; see 'reports…'). */
function sc(text: string, options: LintOptions = {}): Finding[] {
  const rules = { shellcheck: ['warning', { level: 'style' }] as const, ...options.rules };
  return lint(text, { contextDir: null, shellcheck, ...options, rules }).filter((f) => f.ruleId === 'shellcheck' || f.ruleId === 'shell-check');
}
/** `code@line:col-endLine:endCol`, the shape the position tests assert on. */
const at = (fs_: Finding[]): string[] =>
  fs_.map((f) => `${f.code ?? f.ruleId}@${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column}`);
const codes = (fs_: Finding[]): string[] => fs_.map((f) => f.code ?? f.ruleId);

describe('positions', () => {
  it('are exact across `\\` continuations', () => {
    const text = 'FROM debian:12\nRUN cd /app; \\\n    echo $foo \\\n      && ls\n';
    expect(at(sc(text))).toEqual(['SC2164@2:5-2:12', 'SC2154@3:10-3:14', 'SC2086@3:10-3:14']);
  });

  it('are exact with a backtick escape directive', () => {
    const text = '# escape=`\nFROM debian:12\nRUN cd /app; `\n    echo $foo `\n      && ls\n';
    expect(at(sc(text))).toEqual(['SC2164@3:5-3:12', 'SC2154@4:10-4:14', 'SC2086@4:10-4:14']);
  });

  it('are exact in heredoc bodies, with a shebang or without', () => {
    const text = 'FROM debian:12\nRUN <<EOF\ncd /app\necho $foo\nEOF\nRUN <<EOF\n#!/bin/bash\n[[ -f x ]] && cd /app\n\techo $bar\nEOF\n';
    expect(at(sc(text))).toEqual(['SC2164@3:1-3:8', 'SC2154@4:6-4:10', 'SC2086@4:6-4:10', 'SC2164@8:15-8:22', 'SC2154@9:7-9:11', 'SC2086@9:7-9:11']);
  });

  it('are exact inside `sh -c` strings, escapes included, and in exec form', () => {
    const text = 'FROM debian:12\nRUN sh -c "echo \\$HOME && [[ -d /srv ]]"\nRUN ["sh", "-c", "echo $x"]\n';
    expect(at(sc(text))).toEqual(['SC2086@2:18-2:23', 'SC3010@2:27-2:40', 'SC2154@3:24-3:26', 'SC2086@3:24-3:26']);
  });

  it('are exact in a `bash <<EOF` body, read as bash', () => {
    const text = "FROM debian:12\nRUN bash <<'EOF'\n[[ -d /srv ]] && cd /app\necho $foo\nEOF\n";
    expect(at(sc(text))).toEqual(['SC2164@3:18-3:25', 'SC2154@4:6-4:10', 'SC2086@4:6-4:10']);
  });

  it('turn ShellCheck fixes into Dockerfile edits', () => {
    const text = 'FROM debian:12\nARG V\nRUN echo $V \\\n  && ls\n';
    const [f] = sc(text);
    expect(f!.fix).toMatchObject({ safe: false, edits: [{ range: { start: { line: 3, column: 10 } }, text: '"' }, { range: { start: { line: 3, column: 12 } }, text: '"' }] });
  });
});

describe('dialect', () => {
  const bracket = (prefix: string): string[] => codes(sc(`${prefix}\nRUN [[ -f /x ]] && echo {a,b}\n`));

  it('is the base image /bin/sh: dash on Debian, BusyBox ash on Alpine, bash on the Red Hat family, unknown elsewhere', () => {
    expect(bracket('FROM debian:12')).toEqual(['SC3010', 'SC3009']);
    // BusyBox ash (checked as dash) has `[[ ]]`, `source` and `. file args`, not brace expansion.
    expect(bracket('FROM alpine:3.20')).toEqual(['SC3009']);
    expect(codes(sc('FROM alpine:3.20\nRUN source /venv/bin/activate && . /clone.sh repo x\n'))).toEqual([]);
    // `[^.]` negates as `[!.]` does in ash (musl's fnmatch), not in dash.
    const caret = 'RUN for f in /usr/lib/postgresql/bin/[^.]*; do ln -s "$f" /usr/local/bin/; done\n';
    expect(codes(sc(`FROM alpine:3.20\n${caret}`))).toEqual([]);
    expect(codes(sc(`FROM debian:12\n${caret}`))).toEqual(['SC3026']);
    expect(bracket('FROM fedora:40')).toEqual([]);
    // An image that does not tell its /bin/sh: no portability check (it may well be bash).
    expect(bracket('FROM example.com/base:1')).toEqual([]);
    expect(sc('FROM debian:12\nRUN [[ -f /x ]]\n')[0]!.severity).toBe('error');
  });

  it('reports ShellCheck errors and warnings by default; `level` adds info and style', () => {
    const text = 'FROM debian:12\nARG DIR\nRUN cp $DIR/a /b && ls | grep x && cd /app; make\n';
    const at = (level?: string): string[] => codes(lint(text, { contextDir: null, shellcheck, ...(level ? { rules: { shellcheck: ['warning', { level }] } } : {}) }).filter((f) => f.ruleId === 'shellcheck'));
    expect(at()).toEqual(['SC2010', 'SC2164']);
    expect(at('info')).toEqual(['SC2086', 'SC2010', 'SC2164']);
    expect(at('error')).toEqual([]);
    // SC2046 is the same note as SC2086 and is rated info with it; SC2154 stands down where the script sources a file.
    expect(codes(lint('FROM debian:12\nRUN make -C $(cat /src/dir)\n', { contextDir: null, shellcheck }).filter((f) => f.ruleId === 'shellcheck'))).toEqual([]);
    expect(codes(sc('FROM alpine:3.20\nRUN apk add $(. ./APKBUILD; echo "$makedepends")\n'))).not.toContain('SC2154');
    expect(codes(sc('FROM example.com/base:1\nRUN . /clone.sh repo x\n'))).toEqual([]);
    // `bash -ex <<EOF`: the body stops at the first failure, so a `pushd` needs no `|| exit`.
    expect(codes(sc('FROM debian:12\nRUN bash -ex <<EOF\npushd /app\nmake\nEOF\n'))).toEqual([]);
    expect(codes(sc('FROM debian:12\nRUN bash -x <<EOF\npushd /app\nmake\nEOF\n'))).toEqual(['SC2164']);
    // A SHELL started with `-e` (`-euo pipefail`, `-o errexit`) runs every RUN's script so, heredocs without a shebang too.
    expect(codes(sc('FROM debian:12\nSHELL ["/bin/bash", "-euo", "pipefail", "-c"]\nRUN pushd /app; make\n'))).toEqual([]);
    expect(codes(sc('FROM debian:12\nSHELL ["/bin/bash", "-o", "errexit", "-c"]\nRUN <<EOF\npushd /app\nmake\nEOF\n'))).toEqual([]);
    expect(codes(sc('FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN pushd /app; make\n'))).toEqual(['SC2164']);
  });

  it('follows SHELL, launchers included, and a `bash -c` body is bash', () => {
    expect(bracket('FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]')).toEqual([]);
    expect(bracket('FROM debian:12\nSHELL ["conda", "run", "-n", "app", "/bin/bash", "-c"]')).toEqual([]);
    expect(codes(sc("FROM debian:12\nRUN bash -c '[[ -f /x ]]'\n"))).toEqual([]);
    expect(codes(sc('FROM debian:12\nSHELL ["bash", "-c"]\nRUN set -o pipefail && echo a | cat\n'))).toEqual([]);
  });

  it('declares ARG and ENV names, so they are not "referenced but not assigned"', () => {
    expect(codes(sc('FROM debian:12\nARG version\nENV app_home=/app\nRUN echo "$version $app_home $other"\n'))).toEqual(['SC2154']);
    // A prefix assignment is in the environment of the `bash -c` it starts: the escaped `\$` is the inner shell's to expand.
    expect(codes(sc('FROM debian:12\nRUN archive=$(basename "$URL") bash -c "mv -v /tmp/\\${archive/%.tgz/} /spark"\n'))).not.toContain('SC2154');
    expect(codes(sc('FROM debian:12\nRUN bash -c "mv -v /tmp/\\${archive/%.tgz/} /spark"\n'))).toContain('SC2154');
  });
});

describe('POSIX sh semantics ShellCheck does not model', () => {
  it('a prefix assignment on a special builtin stays set after it in POSIX sh, not in bash', () => {
    // jessfraz's fontpatcher, docker-library's old idiom: dash keeps buildDeps for the rest of the script.
    const run = "RUN buildDeps=' \\\n\t\tca-certificates git' \\\n\tset -x \\\n\t&& apt-get install -y $buildDeps \\\n\t&& apt-get purge -y $buildDeps\n";
    const sc2154 = (text: string): number => sc(text).filter((f) => f.code === 'SC2154').length;
    expect(sc2154(`FROM debian:sid-slim\n${run}`)).toBe(0);
    expect(sc2154(`FROM alpine:3.20\n${run}`)).toBe(0);
    // The Red Hat family's /bin/sh is bash started as sh, in POSIX mode.
    expect(sc2154(`FROM fedora:40\n${run}`)).toBe(0);
    expect(sc2154("FROM debian:12\nRUN sh -c 'deps=git set -x; apt-get install -y \"$deps\"'\n")).toBe(0);
    // Bash scopes it to the builtin: the variable is empty after it.
    expect(sc2154(`FROM debian:12\nSHELL ["/bin/bash", "-c"]\n${run}`)).toBe(1);
    expect(sc2154("FROM debian:12\nRUN bash -c 'deps=git set -x; apt-get install -y \"$deps\"'\n")).toBe(1);
    // Another command's prefix, a use before it, a subshell, another script, a /bin/sh the image does not tell.
    expect(sc2154('FROM debian:12\nRUN deps=git make && apt-get install -y "$deps"\n')).toBe(1);
    expect(sc2154('FROM debian:12\nRUN apt-get install -y "$deps"; deps=git set -x\n')).toBe(1);
    expect(sc2154('FROM debian:12\nRUN (deps=git set -x) && apt-get install -y "$deps"\n')).toBe(1);
    expect(sc2154("FROM debian:12\nRUN sh -c 'deps=git set -x' && apt-get install -y \"$deps\"\n")).toBe(1);
    expect(sc2154(`FROM example.com/base:1\n${run}`)).toBe(1);
  });

  it('an echo run by its path is the echo program, which takes -e', () => {
    // jessfraz's chromium: `/bin/echo -e '…\n…' > file`.
    const echo = (e: string): string[] => codes(sc(`FROM debian:12\nRUN ${e} -e 'a\\nb' > /etc/x\n`));
    expect(echo('/bin/echo')).toEqual([]);
    expect(echo('/usr/bin/echo')).toEqual([]);
    expect(echo('echo')).toEqual(['SC3036']);
    expect(codes(sc("FROM debian:12\nRUN sh -c \"/bin/echo -e 'a' && echo -e 'b'\"\n"))).toEqual(['SC3036']);
    expect(at(sc('FROM debian:12\nRUN /bin/echo "$(echo -e x)" > /y\n'))).toEqual(['SC3036@2:23-2:25']);
  });
});

describe('suppressions and configuration', () => {
  const text = 'FROM debian:12\nRUN cd /app; echo $HOME\n';

  it('`# dlint-ignore SC2086` and `# hadolint ignore=SC2086` drop that code only', () => {
    expect(codes(sc(text))).toEqual(['SC2164', 'SC2086']);
    expect(codes(sc(`FROM debian:12\n# dlint-ignore SC2086 -- HOME has no spaces\nRUN cd /app; echo $HOME\n`))).toEqual(['SC2164']);
    expect(codes(sc(`FROM debian:12\n# hadolint ignore=SC2164,SC2086\nRUN cd /app; echo $HOME\n`))).toEqual([]);
    expect(codes(sc(`FROM debian:12\n# dlint-ignore shellcheck\nRUN cd /app; echo $HOME\n`))).toEqual([]);
  });

  it('the rule severity, the `exclude` option and `off` apply', () => {
    expect(sc(text, { rules: { shellcheck: ['error', { level: 'style' }] } }).map((f) => f.severity)).toEqual(['error', 'error']);
    expect(codes(sc(text, { rules: { shellcheck: ['warning', { level: 'style', exclude: ['SC2164'] }] } }))).toEqual(['SC2086']);
    expect(sc(text, { rules: { shellcheck: 'off' } })).toEqual([]);
  });

  it('`rules --covers SC2086` names the rule; hadolint `ignored: [SC2086]` becomes an exclude, not the rule off', async () => {
    expect(rulesCovering('SC2086').map((r) => r.meta.id)).toEqual(['shellcheck']);
    expect(rulesCovering('SC3009').map((r) => r.meta.id)).toEqual(['shell-check', 'shellcheck']);
    const run = await runCli(['rules', '--covers', 'SC2086']);
    expect(run.stdout).toMatch(/^SC2086 is covered by shellcheck/);
    const { config } = fromHadolint({ ignored: ['SC2086', 'DL3008'] }, '.hadolint.yaml', builtinRules);
    expect(config.rules).toMatchObject({ shellcheck: ['warning', { exclude: ['SC2086'] }], 'apt-pin-versions': 'off' });
  });
});

describe('no finding twice', () => {
  it('shell-check leaves parse errors and brace expansion to ShellCheck when it runs', () => {
    const text = 'FROM debian:12\nRUN mkdir -p /srv/{a,b}\nRUN echo "unclosed\n';
    expect(codes(sc(text))).toEqual(['SC3009', 'SC1009', 'SC1073', 'SC1072']);
    expect(codes(lint(text, { contextDir: null }).filter((f) => f.ruleId === 'shell-check'))).toEqual(['shell-check', 'shell-check']);
    expect(codes(sc(text, { rules: { shellcheck: 'off' } }))).toEqual(['shell-check', 'shell-check']);
  });
});

describe('lintFiles', () => {
  it('checks every file in one ShellCheck process and says which version ran', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dlint-sc-'));
    for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(dir, `${i}.Dockerfile`), `FROM debian:12\nRUN cd /opt${i}; echo $HOME\n`);
    const shellchecks = new ShellCheckSelector();
    const results = await lintFiles([dir], { cwd: dir, shellchecks });
    expect(shellchecks.used()[0]!.processes).toBe(1);
    expect(results.map((r) => r.shellcheck)).toEqual(Array(5).fill(binary.version));
    expect(results.every((r) => r.findings.some((f) => f.code === 'SC2164'))).toBe(true);
  });

  it('`auto` without the program says so once; `on` without it is an error; `off` runs nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dlint-sc-'));
    fs.writeFileSync(path.join(dir, 'a.Dockerfile'), 'FROM debian:12\nRUN cd /app; ls\n');
    fs.writeFileSync(path.join(dir, 'b.Dockerfile'), 'FROM debian:12\nRUN cd /app; ls\n');
    fs.writeFileSync(path.join(dir, '.dlintrc.json'), JSON.stringify({ shellcheckPath: 'no-such-shellcheck' }));
    const notices: string[] = [];
    const shellchecks = new ShellCheckSelector((m) => notices.push(m));
    const results = await lintFiles([dir], { cwd: dir, shellchecks });
    expect(notices.filter((n) => n.startsWith('ShellCheck not found'))).toHaveLength(1);
    expect(results.map((r) => r.shellcheck)).toEqual([null, null]);
    await expect(lintFiles([dir], { cwd: dir, shellcheck: 'on', shellchecks })).rejects.toThrow(/shellcheck: on, but .* is not a working ShellCheck/);
    // Without a runner (the GitHub Action): nothing runs, and `on` cannot be honoured.
    await expect(lintFiles([dir], { cwd: dir, shellcheck: 'on' })).rejects.toThrow(/ShellCheck cannot run here/);
    fs.writeFileSync(path.join(dir, '.dlintrc.json'), JSON.stringify({ shellcheck: 'off' }));
    expect((await lintFiles([dir], { cwd: dir, shellchecks })).map((r) => r.shellcheck)).toEqual([null, null]);
  });
});

describe('dialect knowledge', () => {
  it('openSUSE and Fedora from quay.io have bash as /bin/sh', () => {
    for (const image of ['docker.io/opensuse/tumbleweed:latest', 'opensuse/leap:15.6', 'quay.io/fedora/fedora:44']) {
      expect(codes(sc(`FROM ${image}\nRUN rm -rf /root/.[^.]* && [[ -d /srv ]]\n`)), image).toEqual([]);
    }
  });
  it('a distribution named only in a third-party image\'s tag does not tell the RUN shell: the image may set SHELL', () => {
    const run = 'RUN conda create -y -n c python=3.12 && source activate c && echo ok\n';
    // rapidsai/ci-conda sets SHELL ["/bin/bash", …]; images built on it inherit it.
    expect(codes(sc(`FROM rapidsai/ci-conda:cuda12.5.1-ubuntu22.04-py3.12\n${run}`))).toEqual([]);
    // NVIDIA's CUDA images (a trusted publisher's base images) and official images leave /bin/sh as the RUN shell.
    expect(codes(sc(`FROM nvidia/cuda:12.4.1-devel-ubuntu22.04\n${run}`))).toEqual(['SC3046']);
    // Triton server images run RUN under bash: their children `pushd` and `source` in plain RUNs (Merlin, Triton SDK).
    expect(codes(sc('FROM nvcr.io/nvidia/tritonserver:24.08-py3-min\nRUN pushd /app && make && popd\n')).filter((c) => c.startsWith('SC3'))).toEqual([]);
    // Ascend's CANN images set SHELL ["/bin/bash", "-c"] (vllm-ascend sources set_env.sh in plain RUNs on them).
    expect(codes(sc('FROM quay.io/ascend/cann:8.5.0-910b-ubuntu22.04-py3.11\nRUN source /usr/local/Ascend/ascend-toolkit/set_env.sh && make\n'))).toEqual([]);
    expect(codes(sc('FROM swr.cn-south-1.myhuaweicloud.com/ascendhub/cann:8.3.rc1-910b-ubuntu22.04-py3.11\nRUN source /usr/local/Ascend/ascend-toolkit/set_env.sh && make\n'))).toEqual([]);
  });
});

describe('word splitting (SC2086, SC2046): dropped where it cannot bite or is the intent', () => {
  const splits = (text: string): string[] => at(sc(text).filter((f) => f.code === 'SC2086' || f.code === 'SC2046'));

  it('drops lists split on purpose: installer operands, a saved package list, options variables, `$(… echo $deps)`', () => {
    const text = [
      'FROM alpine:3.20',
      'ENV DOCKER_PG_LLVM_DEPS="llvm19-dev clang19"',
      'ARG TF_SERVING_BAZEL_OPTIONS',
      'RUN runDeps="$(scanelf --needed /usr/local | sort -u)"; apk add --no-cache $runDeps $DOCKER_PG_LLVM_DEPS',
      'RUN savedAptMark="$(apt-mark showmanual)"; apt-mark auto ".*"; apt-mark manual $savedAptMark',
      'RUN bazel build ${TF_SERVING_BAZEL_OPTIONS} //tensorflow_serving/model_servers:tensorflow_model_server',
      'RUN apk add $(. ./APKBUILD; echo $makedepends) && ./configure $(test "$arch" != riscv64 && echo --with-lto)',
    ].join('\n');
    // The unknown `$makedepends` echoed inside the substitution is not a list operand itself: it stays.
    expect(splits(text)).toEqual(['SC2086@7:34-7:46']);
  });

  it('drops values the Dockerfile fixes to one word and one-word command outputs', () => {
    const text = [
      'FROM debian:12',
      'ARG PY_VER=3.11',
      'ARG GID=1000',
      'ARG VERSION',
      'ARG TARGETARCH',
      'RUN groupadd -g ${GID} app && apt-get install -y python${PY_VER} && pip install pkg==${VERSION}',
      'RUN make -j $(nproc) && chown $(id -u) /x && echo $(uname -m) $(dpkg --print-architecture) ${TARGETARCH}',
      'RUN tmp="$(mktemp -d)"; cp ${tmp}/a /b; CUDA_DASH=$(echo ${PY_VER} | cut -d. -f1,2 | tr . -); echo ${CUDA_DASH} > ${tmp}/v',
      'RUN for m in a b; do echo $m; done; REV="${PY_VER}-1"; REV=${REV%~*}; echo $REV',
    ].join('\n');
    expect(splits(text)).toEqual([]);
  });

  it('keeps them where splitting or globbing can bite: unknown or blank-holding values as one path or argument', () => {
    const text = [
      'FROM debian:12',
      'ARG SRC',
      'ENV APP_DIR="/srv/my app"',
      'RUN cp $SRC /dest && rm -rf $SRC/* && cd $APP_DIR && echo $(uname -a) && x=$(ls); cat $x',
    ].join('\n');
    expect(codes(sc(text)).filter((c) => c === 'SC2086' || c === 'SC2046')).toEqual(['SC2086', 'SC2086', 'SC2086', 'SC2046', 'SC2086']);
  });
});

describe('masked exit status (SC2155)', () => {
  it('is dropped when the substitution runs only commands that do not fail in a build', () => {
    const text = 'FROM debian:12\nRUN export GNUPGHOME="$(mktemp -d)"; export V="$(git describe)"; echo "$GNUPGHOME $V"\n';
    expect(at(sc(text).filter((f) => f.code === 'SC2155'))).toEqual(['SC2155@2:45-2:46']);    // `dpkg --print-architecture` reads the system (the pipefail rule's data); `dpkg -s pkg` can fail.
    const arch = sc('FROM debian:12\nRUN export ARCH="$(dpkg --print-architecture)"; export S="$(dpkg -s curl)"; echo "$ARCH $S"\n');
    expect(at(arch.filter((f) => f.code === 'SC2155'))).toEqual(['SC2155@2:56-2:57']);
  });
  it('is dropped for `$(cat F)` of a file an earlier RUN of the stage wrote, kept for a file nothing wrote', () => {
    const text = (file: string) => `FROM debian:12\nRUN echo "$(python3 -c 'print(1)')" > /tmp/paths\nRUN export P="$(cat ${file})" && echo "$P"\n`;
    expect(sc(text('/tmp/paths')).filter((f) => f.code === 'SC2155')).toEqual([]);
    expect(sc(text('/tmp/other')).filter((f) => f.code === 'SC2155')).toHaveLength(1);
  });
  it('is dropped when the substitution is a pipe ending in a filter that reads only the pipe (its status is the filter\'s)', () => {
    const codes2155 = (run: string, shell = '') => sc(`FROM debian:12\n${shell}RUN ${run}\n`).filter((f) => f.code === 'SC2155').length;
    expect(codes2155(`export PY=$(python3 -V | awk '{print $2}' | cut -d. -f1,2) && echo "$PY"`)).toBe(0);
    // Under pipefail the pipe's status is the first failure's: the mask hides it. An awk program that exits on purpose, or a grep, can fail.
    expect(codes2155(`export PY=$(python3 -V | awk '{print $2}') && echo "$PY"`, 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\n')).toBe(1);
    expect(codes2155(`export PY=$(python3 -V | awk '/3.12/ {f=1} END {exit !f}') && echo "$PY"`)).toBe(1);
    expect(codes2155(`export PY=$(python3 -V | grep 3.12) && echo "$PY"`)).toBe(1);
  });
});

describe('literal braces (SC1083)', () => {
  it('is dropped in a word that writes `${…}` with its `$` escaped, and kept for other literal braces', () => {
    const lines = (run: string) => sc(`FROM debian:12\nRUN ${run}\n`).filter((f) => f.code === 'SC1083').map((f) => f.range.start.column);
    expect(lines('echo pytest --junit-xml=/a/junit.\\${RANK:-\\${OMPI_RANK:-0}}.xml \\${@:2} > /pytest.sh')).toEqual([]);
    // Once per word: its `}` repeats what its `{` said.
    expect(lines('echo {a} > /x')).toEqual([10]);
    expect(lines('echo {a} b} > /x')).toEqual([10, 15]);
  });
  it('is dropped in an argument of awk or jq, whose program the word is (`awk {\'print $2\'}`)', () => {
    const lines = (run: string) => sc(`FROM debian:12
RUN ${run}
`).filter((f) => f.code === 'SC1083').map((f) => f.range.start.column);
    expect(lines("dpkg -l | awk -F \" \" {'print $2'} | head -n 3")).toEqual([]);
    expect(lines("awk {'print $1'} /etc/hosts && echo foo}")).toEqual([44]);
  });
});

describe('brace expansion under dash (SC3009)', () => {
  it('is dropped in a URL curl globs itself, and kept in curl\'s other words, with --globoff and for wget', () => {
    const cols = (run: string) => sc(`FROM debian:12\nRUN ${run}\n`).filter((f) => f.code === 'SC3009').map((f) => f.range.start.column);
    // grafana/k6: dash passes `{,.sig}` on and curl fetches the archive and its signature.
    expect(cols('curl -fsSL --remote-name-all \\\n  "https://awscli.amazonaws.com/awscli-exe-linux-x86_64-2.26.5.zip"{,.sig}')).toEqual([]);
    expect(cols('curl -fsSL -O https://example.com/x.zip{,.sha256}')).toEqual([]);
    // Trap: not a URL curl globs, or a tool that does not glob.
    expect(cols('curl -fsSL -g -O https://example.com/x.zip{,.sha256}')).toHaveLength(1);
    expect(cols('curl -fsSL -o /tmp/x{1,2} https://example.com/x')).toHaveLength(1);
    expect(cols('wget https://example.com/x.zip{,.sha256}')).toHaveLength(1);
  });
  it('agrees with shell-check\'s own brace check, which runs without ShellCheck', () => {
    const own = (run: string) => lint(`FROM debian:12\nRUN ${run}\n`, { contextDir: null }).filter((f) => f.ruleId === 'shell-check');
    expect(own('curl -fsSL -O https://example.com/x.zip{,.sha256}')).toEqual([]);
    expect(own('wget https://example.com/x.zip{,.sha256}')).toHaveLength(1);
  });
});

describe('space after = (SC1007)', () => {
  it('is dropped when the next word is another assignment, and kept when it is a command', () => {
    const cols = (run: string) => sc(`FROM debian:12\nRUN ${run}\n`).filter((f) => f.code === 'SC1007').map((f) => f.range.start.column);
    expect(cols("ARCH= OPENSSL_ARCH='linux*' && echo \"$ARCH$OPENSSL_ARCH\"")).toEqual([]);
    expect(cols('ARCH= \\\n  OPENSSL_ARCH= && echo "$ARCH$OPENSSL_ARCH"')).toEqual([]);
    expect(cols('sh -c "ARCH= OPENSSL_ARCH=x; echo \\$ARCH\\$OPENSSL_ARCH"')).toEqual([]);
    expect(cols('FOO= bar')).toEqual([9]);
    expect(cols('A= B= env')).toEqual([10]);
  });
});

describe('decimals in a comparison (SC2072)', () => {
  it('is dropped on an operand of a string operator, and kept on an arithmetic one', () => {
    const cols = (run: string) => sc(`FROM debian:12\nRUN ${run}\n`, { rules: { 'shell-check': 'off' } }).filter((f) => f.code === 'SC2072').map((f) => f.range.start.column);
    expect(cols('if [[ "$PY_PADDED" > "3.12" ]]; then echo new; fi')).toEqual([]);
    expect(cols('v=$(. /etc/os-release; echo "$VERSION_ID"); [[ 24.04 < "$v" ]] && echo new')).toEqual([]);
    expect(cols('[ "$PY" \\> 3.12 ] && echo new')).toEqual([]);
    expect(cols('if [[ "$PY" -gt 3.12 ]]; then echo new; fi')).toEqual([21]);
    expect(cols('[ "$PY" -lt "3.12" ] && echo old')).toEqual([17]);
  });
});

describe('else if (SC1075)', () => {
  it('is dropped where the nested if begins its own line, and kept on the line of its else', () => {
    const cols = (run: string) => sc(`FROM debian:12\nRUN ${run}\n`).filter((f) => f.code === 'SC1075').map((f) => f.range.start.column);
    expect(cols('if [ -f /a ]; then echo a; else \\\n    if [ -f /b ]; then echo b; fi; \\\n  fi')).toEqual([]);
    expect(cols('if [ -f /a ]; then echo a; else if [ -f /b ]; then echo b; fi; fi')).toEqual([32]);
  });
});

describe('a declaration joined by a continuation (SC2316)', () => {
  const sc2316 = (run: string, from = 'debian:12') => sc(`FROM ${from}\nRUN ${run}\n`).filter((f) => f.code === 'SC2316');
  it('is dropped where the repeated builtin begins its own line and the joined command declares what the separate ones would', () => {
    // neon's compute-node.Dockerfile: a `;` forgotten in each case branch; bash, dash and BusyBox ash export both.
    const neon = 'case "${PG_VERSION:?}" in \\\n    "v17") \\\n        export POSTGIS_VERSION=3.5.0 \\\n        export POSTGIS_CHECKSUM=ca698a22 \\\n    ;; \\\n    *) \\\n        echo "unexpected PostgreSQL version" && exit 1 \\\n    ;; \\\n    esac && \\\n    echo "${POSTGIS_CHECKSUM} postgis.tar.gz"';
    expect(sc2316(neon)).toEqual([]);
    expect(sc('FROM debian:12\nSHELL ["/bin/bash", "-euo", "pipefail", "-c"]\nARG PG_VERSION\nRUN ' + neon + '\n').filter((f) => f.code === 'SC2316')).toEqual([]);
    expect(sc2316('export A=1 \\\n  export B=2 \\\n  export C=$(nproc) && echo "$A$B$C"')).toEqual([]);
  });
  it('is kept, saying what happens, where the joined command differs, and on one line', () => {
    const message = (run: string) => sc2316(run).map((f) => `${f.range.start.line}:${f.range.start.column} ${f.message}`);
    // Every word is expanded before any variable is set: B gets A's old value.
    expect(message('export A=1 \\\n  export B=$A/x && echo "$B"')).toEqual([
      '3:3 SC2316: The `\\` continuation joins this line to the one before into one `export` command, which expands every value before it sets any: `B=$A/x` reads `A` as it was before `A=1`; end the line before with `&&` or `;`.',
    ]);
    expect(sc2316('export A=1 \\\n  export B=$((A + 1)) && echo "$B"')).toHaveLength(1);
    expect(sc2316('export A=1 \\\n  export B="$(dirname "$A")" && echo "$B"')).toHaveLength(1);
    expect(message('export A=1 \\\n  readonly B=2 && echo "$B"')).toEqual([
      '3:3 SC2316: The `\\` continuation joins this line to the one before into one `export` command: `readonly` becomes the name of a variable, and `B` is exported, not made read-only; end the line before with `&&` or `;`.',
    ]);
    expect(message('declare -x A=1 \\\n  declare -x B=2', 'fedora:40')).toEqual([
      '3:3 SC2316: The `\\` continuation joins this line to the one before into one `declare` command, which takes `-x` for the name of a variable and fails; end the line before with `&&` or `;`.',
    ]);
    expect(message('declare -r A=1 \\\n  declare B=2', 'fedora:40')).toEqual([
      '3:3 SC2316: The `\\` continuation joins this line to the one before into one `declare` command: `B` also gets the first `declare`\'s option `-r`; end the line before with `&&` or `;`.',
    ]);
    // Not a continuation artefact: ShellCheck's own message.
    expect(message('export A=1 export B=2')).toEqual([
      '2:16 SC2316: This applies export to the variable named export, which is probably not what you want. Use a separate command or the appropriate `declare` options instead.',
    ]);
  });
});

describe('cd without || exit (SC2164)', () => {
  it('is dropped on the RUN\'s last command, whose failure is the RUN\'s status, and kept before other commands', () => {
    const codes2164 = (run: string) => sc(`FROM debian:12\nRUN ${run}\n`).filter((f) => f.code === 'SC2164').map((f) => f.range.start.column);
    expect(codes2164('cd /workspace')).toEqual([]);
    expect(codes2164('mkdir -p /w; cd /w')).toEqual([]);
    expect(codes2164('cd /w; make')).toHaveLength(1);
  });
  it('is dropped on a cd into a folder the same shell made, and kept for other folders', () => {
    const codes2164 = (run: string) => sc(`FROM debian:12\nRUN ${run}\n`).filter((f) => f.code === 'SC2164').length;
    expect(codes2164('mkdir -p /src/app/; cd /src/app; make')).toBe(0);
    expect(codes2164('mkdir -p /src; cd /src/app; make')).toBe(1);
    expect(codes2164('cd /src; mkdir -p /src; make')).toBe(1);
  });
  it('is dropped on a cd into a folder sure to exist: a standard folder of the base image, a WORKDIR, a COPY destination, an earlier mkdir', () => {
    const count = (text: string) => sc(text).filter((f) => f.code === 'SC2164').length;
    expect(count('FROM debian:12\nRUN cd /opt; unzip -q x.zip\nRUN cd /usr/local/bin; ls\nRUN cd /usr/src; ls\n')).toBe(0);
    // Alpine makes no /usr/src; an image of no known distribution has the folders every distribution has.
    expect(count('FROM alpine:3.20\nRUN cd /usr/src; ls\n')).toBe(1);
    expect(count('FROM example/base:1\nRUN cd /opt; ls\nRUN cd /usr/src; ls\n')).toBe(1);
    expect(count('FROM scratch\nCOPY sh /bin/sh\nRUN cd /opt; ls\n')).toBe(1);
    expect(count('FROM debian:12\nWORKDIR /app/src\nWORKDIR /\nRUN cd /app; ls\n')).toBe(0);
    expect(count('FROM debian:12\nCOPY app.jar /srv/app/app.jar\nRUN cd /srv/app; ls\n')).toBe(0);
    expect(count('FROM debian:12\nCOPY app.jar /srv/app\nRUN cd /srv/app; ls\n')).toBe(1);
    expect(count('FROM debian:12\nRUN mkdir -p /build/x\nRUN cd /build; ls\n')).toBe(0);
    expect(count('FROM debian:12 AS base\nRUN mkdir -p /build/x\nFROM base\nRUN cd /build/x; ls\n')).toBe(0);
    // Taken away since, or never shown.
    expect(count('FROM debian:12\nRUN mkdir -p /build/x\nRUN rm -rf /build; cd /build/x; ls\n')).toBe(1);
    expect(count('FROM debian:12\nRUN mkdir -p /build/x\nRUN rm -rf /build/*; cd /build/x; ls\n')).toBe(1);
    expect(count('FROM debian:12\nRUN cd /nowhere; ls\n')).toBe(1);
  });
});

describe('ShellCheck notes that cannot matter in their RUN', () => {
  const count = (code: string, text: string) => sc(text).filter((f) => f.code === code).length;
  it('drops SC2174 when the folder holding each operand is there, and keeps it when -p makes more than one', () => {
    expect(count('SC2174', 'FROM debian:12\nRUN mkdir -p -m0770 /var/solr; ls\n')).toBe(0);
    expect(count('SC2174', 'FROM debian:12\nRUN mkdir --parents --mode=0777 /var/lib/vector\n')).toBe(0);
    // apt's own folder is in every Debian image: only `keyrings` is made, and the mode reaches it.
    expect(count('SC2174', 'FROM debian:12\nRUN mkdir -p -m 755 /etc/apt/keyrings; ls\n')).toBe(0);
    expect(count('SC2174', 'FROM alpine:3.22\nRUN mkdir -p -m 755 /etc/apt/keyrings; ls\n')).toBe(1);
    expect(count('SC2174', 'FROM debian:12\nRUN mkdir -p -m 0700 /run/user/1000\n')).toBe(1);
    expect(count('SC2174', 'FROM debian:12\nRUN mkdir -p -m 0700 /var/a /opt/b/c\n')).toBe(1);
    expect(count('SC2174', 'FROM debian:12\nWORKDIR /app\nRUN mkdir -p -m 0700 data\n')).toBe(0);
  });
  it('drops SC2068 on an array the script assigns with one-word elements, and keeps it for one that may split', () => {
    // corretto's al2 images: rpm file names built from an ARG version and the rpm architecture.
    const al2 = (elements: string, use = 'for rpm in ${RPM_LIST[@]}; do curl -fO "https://example.com/${rpm}"; done') =>
      `FROM amazonlinux:2\nARG version=11.0.31.11-1\nSHELL ["/bin/bash", "-c"]\nRUN ARCH="$(rpm --query --queryformat='%{ARCH}' rpm)" && RPM_LIST=(${elements}) && ${use}\n`;
    expect(count('SC2068', al2('"java-11-amazon-corretto-headless-$version.amzn2.${ARCH}.rpm" "java-11-amazon-corretto-$version.amzn2.${ARCH}.rpm"'))).toBe(0);
    expect(count('SC2068', al2('a.rpm b.rpm', 'rpm -i ${RPM_LIST[@]}'))).toBe(0);
    // An element with a blank, a glob, or a value the linter cannot know splits or expands.
    expect(count('SC2068', al2('"a b.rpm" c.rpm'))).toBe(1);
    expect(count('SC2068', al2('*.rpm'))).toBe(1);
    expect(count('SC2068', al2('"$EXTRA" c.rpm'))).toBe(1);
    // An array the script does not assign itself.
    expect(count('SC2068', 'FROM amazonlinux:2\nSHELL ["/bin/bash", "-c"]\nRUN for rpm in ${RPM_LIST[@]}; do rpm -i "$rpm"; done\n')).toBe(1);
  });
  it('drops SC2206 on a dotted version split into an array by a replacement with blanks, and keeps it where a value may glob or split', () => {
    // NVIDIA's gpu-driver-container: CUDA_VERSION is the CUDA base image's ENV, a dotted version.
    const cuda = (element: string, args = '') =>
      `FROM nvcr.io/nvidia/cuda:12.6.2-base-ubi8\n${args}SHELL ["/bin/bash", "-c"]\nRUN V_ARRAY=(${element}) && dnf install -y cuda-compat-\${V_ARRAY[0]}-\${V_ARRAY[1]}\n`;
    expect(count('SC2206', cuda('${CUDA_VERSION//./ }'))).toBe(0);
    expect(count('SC2206', cuda('${DRIVER_VERSION//./ }', "ARG DRIVER_VERSION=''\n"))).toBe(0);
    // A value that may hold a glob character, one the linter cannot know, or no replacement at all.
    expect(count('SC2206', cuda('${PATTERN//./ }', 'ARG PATTERN=a*.b\n'))).toBe(1);
    expect(count('SC2206', cuda('${STUFF//./ }'))).toBe(1);
    expect(count('SC2206', cuda('$CUDA_VERSION'))).toBe(1);
  });
  it('drops SC2043 on a loop over one literal word, and keeps it for a quoted glob or list', () => {
    expect(count('SC2043', 'FROM debian:12\nRUN for key in 24C975CBA61A024EE1B631787C3D57159FC2F927; do gpg --recv-keys "$key"; done\n')).toBe(0);
    expect(count('SC2043', 'FROM debian:12\nRUN for target in module-perl; do make rules-$target; done\n')).toBe(0);
    const kept = sc('FROM debian:12\nARG A\nARG B\nRUN for f in "*.txt"; do rm "$f"; done; for x in "$A $B"; do echo "$x"; done\n');
    expect(kept.filter((f) => f.code === 'SC2043' || f.code === 'SC2066')).toHaveLength(2);
  });
  it('drops SC2115 when the variable is an ARG or ENV with a known non-empty value the script does not assign', () => {
    expect(count('SC2115', 'FROM debian:12\nENV SONARQUBE_HOME=/opt/sonarqube\nRUN set -u; rm -rf ${SONARQUBE_HOME}/bin/*\n')).toBe(0);
    expect(count('SC2115', 'FROM debian:12\nARG DIR=/opt/app\nRUN rm -rf "$DIR"/*\n')).toBe(0);
    expect(count('SC2115', 'FROM debian:12\nARG DIR=""\nRUN rm -rf "$DIR"/*\n')).toBe(1);
    expect(count('SC2115', 'FROM debian:12\nARG DIR\nRUN rm -rf "$DIR"/*\n')).toBe(1);
    expect(count('SC2115', 'FROM debian:12\nENV DIR=/opt/app\nRUN DIR="$(cat /dir)"; rm -rf "$DIR"/*\n')).toBe(1);  });
  it('drops SC2115 when the script set the variable to a non-empty value before the rm, where the rm runs', () => {
    // solr's: set in the `if` that holds the rm, to a literal or a `$(mktemp -d)`.
    expect(count('SC2115', 'FROM debian:12\nRUN set -ex; if [ -z "$SKIP" ]; then export GNUPGHOME="/tmp/gnupg_home"; mkdir -p "$GNUPGHOME"; if [ -n "$KEYS" ]; then rm -rf "$GNUPGHOME"/*; fi; fi\n')).toBe(0);
    expect(count('SC2115', 'FROM debian:12\nRUN GNUPGHOME="$(mktemp -d)" && export GNUPGHOME && rm -rf "$GNUPGHOME"/*\n')).toBe(0);
    // Traps: set only in a branch the rm is not in, set after it, or also set to something that may be empty.
    expect(count('SC2115', 'FROM debian:12\nARG X\nRUN if [ -n "$X" ]; then export D=/tmp/d; fi; rm -rf "$D"/*\n')).toBe(1);
    expect(count('SC2115', 'FROM debian:12\nRUN rm -rf "$D"/*; export D=/tmp/d\n')).toBe(1);
    expect(count('SC2115', 'FROM debian:12\nRUN export D=/tmp/d; D="$(cat /dir)"; rm -rf "$D"/*\n')).toBe(1);
  });
  it('drops SC2038 on a find of exact names in install folders, and keeps it for patterns, `find .` and the project', () => {
    expect(count('SC2038', 'FROM debian:12\nRUN find /usr/local -name examples | xargs rm -rf\n')).toBe(0);
    expect(count('SC2038', 'FROM debian:12\nRUN find /usr/local \\( -name test -o -name tests \\) | xargs rm -rf\n')).toBe(0);
    expect(count('SC2038', "FROM debian:12\nRUN find /usr/share -name '*.rst' | xargs rm -f\n")).toBe(1);
    expect(count('SC2038', "FROM debian:12\nRUN find /usr/local -regex '/usr/local/lib/erlang/.*/\\(man\\|examples\\)' | xargs rm -rf\n")).toBe(0);
    expect(count('SC2038', "FROM debian:12\nRUN find /usr/local -regex '.*/ex.*' | xargs rm -rf\n")).toBe(1);
    expect(count('SC2038', 'FROM debian:12\nRUN find /usr/local -type f | xargs strip\n')).toBe(1);
    expect(count('SC2038', 'FROM debian:12\nRUN find . -name examples | xargs rm -rf\n')).toBe(1);
    expect(count('SC2038', 'FROM debian:12\nRUN find /tmp/src -name examples | xargs rm -rf\n')).toBe(1);
    expect(count('SC2038', 'FROM debian:12\nCOPY . /opt/app\nRUN find /opt -name examples | xargs rm -rf\n')).toBe(1);
    expect(count('SC2038', 'FROM debian:12\nWORKDIR /usr/src/app\nRUN find /usr/src -name examples | xargs rm -rf\n')).toBe(1);
    // Each `-o` branch tests a name; `-type` and `-maxdepth` beside them select no other entry.
    expect(count('SC2038', 'FROM debian:12\nRUN find /usr/local -maxdepth 3 -type d -name test -or -name ext | xargs rm -rf\n')).toBe(0);
    expect(count('SC2038', 'FROM debian:12\nRUN find /usr/local -type f -o -name ext | xargs rm -rf\n')).toBe(1);
  });
  it('drops SC2038 on exact names in RubyGems\' folder from `$(ruby -e "puts Gem.dir")`, only as deep as its layout', () => {
    const gems = (from: string, find: string, env = '') =>
      count('SC2038', `FROM ${from}\n${env}RUN export GEM_DIR=$(ruby -e 'puts Gem.dir') && ${find} | xargs -r rm -rfv\n`);
    const names = '-type d -name test -or -name ext -or -name spec -or -name benchmark';
    expect(gems('ruby:3.4-slim', `find $GEM_DIR -maxdepth 3 ${names}`)).toBe(0);
    expect(gems('ruby:3.4-slim', `find $GEM_DIR/gems -maxdepth 2 ${names}`)).toBe(0);
    // Traps: deeper than the layout (a gem's own folders), no depth limit, a pattern, a variable set otherwise, a GEM_HOME
    // with a blank or in the project.
    expect(gems('ruby:3.4-slim', `find $GEM_DIR -maxdepth 4 ${names}`)).toBe(1);
    expect(gems('ruby:3.4-slim', `find $GEM_DIR ${names}`)).toBe(1);
    expect(gems('ruby:3.4-slim', 'find $GEM_DIR -maxdepth 3 -name "*.so"')).toBe(1);
    expect(count('SC2038', `FROM ruby:3.4-slim\nRUN export GEM_DIR=$(pwd) && find $GEM_DIR -maxdepth 3 ${names} | xargs -r rm -rfv\n`)).toBe(1);
    expect(gems('ruby:3.4-slim', `find $GEM_DIR -maxdepth 3 ${names}`, 'ENV GEM_HOME="/opt/my gems"\n')).toBe(1);
    expect(gems('ruby:3.4-slim', `find $GEM_DIR -maxdepth 3 ${names}`, 'WORKDIR /app\nENV GEM_HOME=/app/vendor\n')).toBe(1);
  });
});

describe('the ShellCheck version, kept in the cache folder', () => {
  it('is asked once per binary and asked again when the binary changes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dlint-sc-version-'));
    const saved = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = path.join(dir, 'cache');
    try {
      const bin = path.join(dir, 'shellcheck');
      // Written by a child shell: a file this multi-threaded process had open for writing could not be run at once (ETXTBSY).
      const write = (text: string): void => void spawnSync('sh', ['-c', 'printf "%s" "$1" > "$2" && chmod 755 "$2"', 'sh', text, bin]);
      write('#!/bin/sh\necho "version: 9.9.9"\n');
      expect(findShellCheck(bin)?.version).toBe('9.9.9');
      // The same binary, now impossible to run (chmod leaves its size and time): the kept version answers.
      fs.chmodSync(bin, 0o644);
      expect(findShellCheck(bin)?.version).toBe('9.9.9');
      // Changed (another size): asked again, and it cannot run.
      write('#!/bin/sh\necho "version: 10.0.0"\n');
      fs.chmodSync(bin, 0o644);
      expect(findShellCheck(bin)).toBeNull();
    } finally {
      if (saved === undefined) delete process.env.XDG_CACHE_HOME;
      else process.env.XDG_CACHE_HOME = saved;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('ShellCheck results, kept in the cache folder between CLI runs', () => {
  it('a script checked before starts no ShellCheck; another script, binary or SHELLCHECK_OPTS does', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dlint-sc-kept-'));
    const saved = { cache: process.env.XDG_CACHE_HOME, opts: process.env.SHELLCHECK_OPTS };
    process.env.XDG_CACHE_HOME = path.join(dir, 'cache');
    delete process.env.SHELLCHECK_OPTS;
    try {
      // The real ShellCheck behind a script that counts the checks (not `--version`).
      const bin = path.join(dir, 'shellcheck');
      const log = path.join(dir, 'log');
      const wrapper = `#!/bin/sh\n[ "$1" = --version ] || echo check >> '${log}'\nexec '${binary.path}' "$@"\n`;
      // Written by a child shell: a file this multi-threaded process had open for writing could not be run at once (ETXTBSY).
      spawnSync('sh', ['-c', 'printf "%s" "$1" > "$2" && chmod 755 "$2"', 'sh', wrapper, bin]);
      fs.writeFileSync(path.join(dir, '.dlintrc.json'), JSON.stringify({ shellcheckPath: bin }));
      fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM debian:12\nRUN cd /app; echo $HOME\n');
      const checks = (): number => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').length - 1 : 0);
      const lint = (): ReturnType<typeof runCli> => runCli(['--format', 'json', 'Dockerfile'], { cwd: dir });

      const first = await lint();
      expect(first.stdout).toContain('SC2164');
      expect(checks()).toBe(1);
      expect(await lint()).toEqual(first);
      expect(checks()).toBe(1);
      // A new RUN: only its script is checked.
      fs.appendFileSync(path.join(dir, 'Dockerfile'), 'RUN cd /app; ls\n');
      await lint();
      expect(checks()).toBe(2);
      await lint();
      expect(checks()).toBe(2);
      // ShellCheck reads SHELLCHECK_OPTS: other options, other results.
      process.env.SHELLCHECK_OPTS = '--severity=error';
      expect((await lint()).stdout).not.toContain('SC2164');
      expect(checks()).toBe(3);
      delete process.env.SHELLCHECK_OPTS;
      // Another binary at the same path (another size): asked again.
      spawnSync('sh', ['-c', 'printf "%s" "$1" > "$2" && chmod 755 "$2"', 'sh', `${wrapper}# v2\n`, bin]);
      expect((await lint()).stdout).toContain('SC2164');
      expect(checks()).toBe(4);
    } finally {
      for (const [name, value] of [['XDG_CACHE_HOME', saved.cache], ['SHELLCHECK_OPTS', saved.opts]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a kept result answers only for the same text (a hash collision is a miss)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dlint-sc-kept-'));
    const saved = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = dir;
    try {
      const cache = ResultCache.open(binary, [])!;
      cache.put([{ key: 'k', text: 'echo a\n', comments: [] }]);
      expect(cache.get('k', 'echo a\n')).toEqual([]);
      expect(cache.get('k', 'echo b\n')).toBeNull();
    } finally {
      if (saved === undefined) delete process.env.XDG_CACHE_HOME;
      else process.env.XDG_CACHE_HOME = saved;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the preamble of declared names', () => {
  it('declares every ARG and ENV name up to 200, beyond that only those the script refers to', () => {
    const envs = (n: number) => Array.from({ length: n }, (_, i) => `ENV v${i}=x`).join('\n');
    const text = (n: number) => `FROM debian:12\n${envs(n)}\nRUN echo "$v3" "\${v7:-}" "\${#v9}" && echo $unset\n`;
    const preamble = (n: number) => scriptsOf(buildModel('Dockerfile', text(n))).map((s) => s.text.split('\n')[1]);
    // BuildKit's predefined proxy ARGs are among them.
    expect(preamble(150)[0]!.split(' ')).toEqual(expect.arrayContaining(['export', 'v0', 'v149', 'HTTP_PROXY']));
    expect(preamble(300)).toEqual(['export v3 v7 v9']);
    // The names still count: the declared ones are set, the undeclared one is not (SC2154; ShellCheck leaves upper-case names alone).
    expect(sc(text(300)).filter((f) => f.code === 'SC2154').map((f) => f.message)).toEqual([expect.stringContaining('unset')]);
  });
});
