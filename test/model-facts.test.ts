import { describe, expect, it } from 'vitest';
import { buildModel } from '../src/model/build.js';

describe('model: no dockerfile-ast in the public types', () => {
  it('keeps no parser node on instructions', () => {
    const model = buildModel('Dockerfile', 'FROM debian:12\nRUN true\n');
    for (const ins of model.instructions) expect(Object.keys(ins)).not.toContain('ast');
  });

  it('holds the body text and range of every heredoc of RUN, COPY and ADD', () => {
    const model = buildModel('Dockerfile', 'FROM debian:12\nCOPY <<A <<B /etc/\nalpha\nA\nbeta\nB\nRUN <<EOF\nEOF\n');
    const copy = model.instructions[1]!;
    expect(copy.heredocs.map((h) => [h.name, h.body?.text])).toEqual([['A', 'alpha'], ['B', 'beta']]);
    expect(copy.heredocs[1]!.body!.range.start).toEqual({ line: 5, column: 1 });
    expect(model.instructions[2]!.heredocs.map((h) => h.body)).toEqual([null]);
  });

  it('holds the keyword and range of an ONBUILD trigger', () => {
    const model = buildModel('Dockerfile', 'FROM debian:12\nONBUILD  run make\nONBUILD\n');
    expect(model.instructions[1]!.trigger).toMatchObject({ keyword: 'RUN', range: { start: { line: 2, column: 10 }, end: { line: 2, column: 13 } } });
    expect(model.instructions[2]!.trigger).toBeNull();
  });
});

describe('model: EXPOSE ports', () => {
  it('reads each port of EXPOSE, expanding variables (one variable may hold several ports)', () => {
    const model = buildModel('Dockerfile', 'FROM debian:12\nENV PORTS="80 443/udp"\nARG LATER\nEXPOSE $PORTS 9000-9002 ${LATER} 8080:80\n');
    const ports = model.instructions[3]!.ports;
    expect(ports.map((p) => [p.raw, p.value, p.spec])).toEqual([
      ['$PORTS', '80', { port: 80, endPort: 80, protocol: 'tcp' }],
      ['$PORTS', '443/udp', { port: 443, endPort: 443, protocol: 'udp' }],
      ['9000-9002', '9000-9002', { port: 9000, endPort: 9002, protocol: 'tcp' }],
      ['${LATER}', null, null],
      ['8080:80', '8080:80', null],
    ]);
  });
});

describe('model: FROM is expanded as BuildKit does', () => {
  it('removes quotes, applies modifiers and treats undeclared names as empty in the global scope', () => {
    const model = buildModel('Dockerfile', 'ARG TAG=\nFROM "python:${TAG:-3.12}-slim"\nFROM debian${SUFFIX}\n');
    expect(model.stages.map((s) => [s.image.resolved, s.image.unresolvedVars])).toEqual([
      ['python:3.12-slim', []],
      ['debian', []],
    ]);
  });
});

describe('model: Stage.windows', () => {
  const windows = (text: string): boolean[] => buildModel('Dockerfile', text).stages.map((s) => s.windows);

  it('comes from the root image, a Windows-only shell or the hadolint shell pragma, and is inherited', () => {
    expect(windows('FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS w\nFROM w\nFROM debian:12\n')).toEqual([true, true, false]);
    expect(windows('FROM python:3.12-windowsservercore\nFROM mcr.microsoft.com/dotnet/framework/aspnet:4.8\n')).toEqual([true, true]);
    expect(windows('FROM python:3.12-windowsservercore@sha256:' + 'f'.repeat(64) + '\n')).toEqual([true]);
    expect(windows('FROM my/base\nSHELL ["powershell", "-Command"]\nFROM my/base\nSHELL ["pwsh", "-Command"]\n')).toEqual([true, false]);
    expect(windows('# hadolint shell=powershell\nFROM my-windows-base\n')).toEqual([true]);
    // A tag the build passes leaves the name as written (kubernetes-engine-samples' `ARG WINDOWS_VERSION=`); not a variable's name.
    expect(windows('ARG WINDOWS_VERSION=\nFROM mcr.microsoft.com/windows/servercore:${WINDOWS_VERSION}\n')).toEqual([true]);
    expect(windows('ARG WINDOWS=\nFROM debian:${WINDOWS}\n')).toEqual([false]);
  });
});

describe('model: Stage.entrypoint and Stage.cmd', () => {
  const lines = (text: string): [number | null, number | null][] =>
    buildModel('Dockerfile', text).stages.map((s) => [s.entrypoint?.range.start.line ?? null, s.cmd?.range.start.line ?? null]);

  it('are inherited through FROM <stage>; an ENTRYPOINT clears a CMD this stage did not set before it', () => {
    const text = 'FROM debian:12 AS a\nCMD ["a"]\nFROM a AS b\nENTRYPOINT ["b"]\nFROM b AS c\nCMD ["c"]\nENTRYPOINT ["c"]\nFROM a\n';
    expect(lines(text)).toEqual([[null, 2], [4, null], [7, 6], [null, 2]]);
  });
});

describe('model: Stage.user and rolling releases', () => {
  const users = (text: string): [string | null, string, boolean | null][] =>
    buildModel('Dockerfile', text).stages.map((s) => [s.user.name, s.user.source, s.user.root]);

  it('is the last USER through FROM <stage>, else the base image\'s default user, else sudo evidence, else root', () => {
    expect(users('FROM debian:12 AS a\nUSER app\nFROM a\nFROM a\nUSER ${U}\nFROM a\nUSER 0:0\n')).toEqual([
      ['app', 'instruction', false], ['app', 'instruction', false], [null, 'instruction', null], ['0:0', 'instruction', true],
    ]);
    expect(users('FROM gitpod/workspace-full:latest AS g\nFROM g\nFROM gcr.io/distroless/static:nonroot\nFROM bitnami/minideb:bookworm\n')).toEqual([
      ['gitpod', 'base-image', false], ['gitpod', 'base-image', false], ['65532', 'base-image', false], [null, 'unset', true],
    ]);
    expect(users('FROM my/devbox AS a\nRUN sudo true\nFROM a\nFROM python:3.12\nRUN sudo true\n')).toEqual([
      [null, 'sudo', false], [null, 'sudo', false], [null, 'unset', true],
    ]);
  });

  it('marks rolling-release bases, for any tag of Tumbleweed and the rolling tags of the others', () => {
    const rolling = (text: string): (string | null)[] => buildModel('Dockerfile', text).stages.map((s) => s.rootImage.rollingRelease?.distribution ?? null);
    expect(rolling('FROM opensuse/tumbleweed AS a\nFROM a\nFROM registry.opensuse.org/opensuse/tumbleweed:20250316\nFROM opensuse/leap:15.6\n')).toEqual([
      'openSUSE Tumbleweed', 'openSUSE Tumbleweed', 'openSUSE Tumbleweed', null,
    ]);
    expect(rolling('FROM fedora:rawhide\nFROM fedora:42\nFROM archlinux\nFROM debian:sid-slim\nFROM alpine:edge\nFROM alpine:3.22\n')).toEqual([
      'Fedora Rawhide', null, 'Arch Linux', 'Debian sid', 'Alpine edge', null,
    ]);
    expect(rolling('FROM cgr.dev/chainguard/wolfi-base\nFROM chainguard/node:latest-dev\nFROM ghcr.io/wolfi-dev/sdk\nFROM cgr.dev/other/app\n')).toEqual([
      'Wolfi', 'Wolfi', 'Wolfi', null,
    ]);
  });

  it('reads the Debian or Ubuntu release a base names (debianRelease), for the package data keyed by release', () => {
    const release = (text: string): (string | null)[] => buildModel('Dockerfile', text).stages.map((s) => s.rootImage.debianRelease);
    expect(release('FROM buildpack-deps:bookworm-scm AS a\nFROM a\nFROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nFROM ubuntu:24.04\nFROM debian:12.5-slim\n')).toEqual([
      'bookworm', 'bookworm', 'jammy', 'noble', 'bookworm',
    ]);
    expect(release('FROM launcher.gcr.io/google/debian12\nFROM python:3.12-slim-trixie\nFROM alpine:3.22\nFROM acme/app:1.0\nFROM ubuntu\n')).toEqual([
      'bookworm', 'trixie', null, null, null,
    ]);
  });
});

describe('model: ONBUILD triggers', () => {
  const text = 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nONBUILD RUN apt-get install curl\nONBUILD ENV A=1\nONBUILD USER app\nONBUILD CMD ["x"]\nONBUILD ONBUILD RUN make\n';

  it('are instructions linked to their ONBUILD, read with the state at the ONBUILD, outside the stage', () => {
    const model = buildModel('Dockerfile', text);
    const onbuild = model.instructions[2]!;
    const run = onbuild.trigger!.instruction!;
    expect([run.keyword, run.onbuild, run.index, run.stage]).toEqual(['RUN', onbuild, onbuild.index, model.stages[0]]);
    expect(run.state.shell).toEqual(['/bin/bash', '-c']);
    expect(run.script!.commands.map((c) => c.name)).toEqual(['apt-get']);
    expect(run.range.start).toEqual({ line: 3, column: 9 });
    expect(model.instructions[6]!.trigger).toMatchObject({ keyword: 'ONBUILD', instruction: null });
    expect(model.stages[0]!.instructions.some((i) => i.onbuild)).toBe(false);
    expect(model.instructionsWithTriggers.map((i) => i.keyword)).toEqual(['FROM', 'SHELL', 'ONBUILD', 'RUN', 'ONBUILD', 'ENV', 'ONBUILD', 'USER', 'ONBUILD', 'CMD', 'ONBUILD']);
  });

  it('change no build state and are not the stage CMD', () => {
    const stage = buildModel('Dockerfile', text).stages[0]!;
    expect([stage.endState.user, stage.endState.env.has('A'), stage.cmd, stage.entrypoint]).toEqual([null, false, null, null]);
  });
});

describe('model: what of each stage ships', () => {
  const shipped = (text: string): Record<string, [boolean, readonly string[]]> =>
    Object.fromEntries(buildModel('Dockerfile', text).stages.map((s) => [s.name ?? String(s.index), [s.buildOnly, s.shippedPaths]]));

  it('ships build targets and their bases whole, and of the other stages what shipped stages take from them', () => {
    const text = [
      'FROM debian:12 AS base',
      'FROM base AS build',
      'FROM build AS test',
      'RUN --mount=from=wheels,target=/w pip install /w/dist/*.whl',
      'FROM debian:12 AS wheels',
      'FROM debian:12 AS dev',
      'FROM scratch AS export',
      'COPY --from=test /app/report /report',
      'FROM base AS final',
      'WORKDIR /srv',
      'COPY --from=build /usr/local/lib/python3.*/site-packages app/lib/',
      'COPY --from=export / /',
    ].join('\n');
    expect(shipped(text)).toEqual({
      base: [false, ['/']],
      build: [true, ['/usr/local/lib', '/app/report']],
      test: [true, ['/app/report']],
      // What a mount of it reads may land anywhere in a stage that ships something.
      wheels: [true, ['/dist/*.whl']],
      dev: [false, ['/']],
      export: [true, ['/']],
      final: [false, ['/']],
    });
  });

  it('reads a source naming an unknown variable as a glob there', () => {
    expect(shipped('FROM debian:12 AS zip\nFROM debian:12\nARG V\nCOPY --from=zip /opt/${V}/lib "/srv/${V}" /app/\n').zip).toEqual([true, ['/opt', '/srv']]);
  });

  it('keeps a folder named by a variable beside literal text as folders of that shape, not the root', () => {
    // ROCm/vllm Dockerfile.ppc64le: only the OpenBLAS build tree of the builder stage is mounted, its dnf cache stays behind.
    expect(shipped('FROM debian:12 AS zip\nFROM debian:12\nARG V\nCOPY --from=zip /opt/app-${V}/lib /app/\n').zip).toEqual([true, ['/opt/app-*']]);
    const text = 'FROM ubi9 AS blas\nARG V=1\nRUN dnf install -y gcc\nFROM ubi9\nRUN --mount=type=bind,from=blas,source=/OpenBLAS-$V/,target=/openblas/,rw make -C /openblas install\n';
    expect(shipped(text).blas).toEqual([true, ['/OpenBLAS-*']]);
  });

  it('keeps a file name with a variable in it as files of that shape, not the whole folder', () => {
    // apache/tika-docker: only the jar leaves the stage that downloaded it with apt's tools.
    expect(shipped('FROM debian:12 AS fetch\nFROM debian:12\nARG V\nCOPY --from=fetch /tika-server-${V}.jar /srv/\n').fetch).toEqual([true, ['/tika-server-*.jar']]);
  });

  it('reads a source whose variable may take only a few values as each of them, and an unknown one as any path', () => {
    // qdrant: the conditional COPY hack `ENV DIR=${SOURCES:+/qdrant/src}` then `COPY --from=builder ${DIR:-/null?} $DIR/`.
    const hack = (env: string) => `FROM debian:12 AS builder\nRUN apt-get update && apt-get install -y cmake\nFROM debian:12\nARG SOURCES\n${env}\nCOPY --from=builder \${DIR:-/null?} $DIR/\nCOPY --from=builder /qdrant/qdrant /qdrant/qdrant\n`;
    expect(shipped(hack('ENV DIR=${SOURCES:+/qdrant/src}')).builder).toEqual([true, ['/null?', '/qdrant/src', '/qdrant/qdrant']]);
    // A later ENV with a known value ends the choice; a stage built FROM the one that made it keeps it.
    expect(shipped(hack('ENV DIR=${SOURCES:+/usr/local/cargo/registry/src}\nENV DIR=/usr/lib')).builder).toEqual([true, ['/usr/lib', '/qdrant/qdrant']]);
    const inherited = 'FROM debian:12 AS builder\nFROM debian:12 AS runtime\nARG SOURCES\nENV DIR=${SOURCES:+/qdrant/src}\nFROM runtime\nCOPY --from=builder ${DIR:-/null?} $DIR/\n';
    expect(shipped(inherited).builder).toEqual([true, ['/null?', '/qdrant/src']]);
    // A variable whose own value lands in the path may be anything: the whole stage may ship.
    expect(shipped(hack('ENV DIR=${SOURCES:-/qdrant/src}')).builder).toEqual([true, ['/']]);
    expect(shipped(hack('ENV DIR=$SOURCES')).builder).toEqual([true, ['/']]);
    const model = buildModel('Dockerfile', hack('ENV DIR=${SOURCES:+/qdrant/src}'));
    const copy = model.instructions.find((i) => i.keyword === 'COPY')!.copy!;
    expect([copy.sources[0]!.value, copy.sources[0]!.values, copy.dest!.values]).toEqual([null, ['/null?', '/qdrant/src'], ['/', '/qdrant/src/']]);
  });

  it('leaves out of the parents of a stage a file it wrote whole with a compiler, which they never ship', () => {
    // ollama: `build` on `base` on `base-${TARGETARCH}` writes /bin/ollama, the one file the images take from it.
    const text = (out: string) => `FROM almalinux:8 AS base-arm64\nRUN yum install -y epel-release\nFROM base-\${TARGETARCH} AS base\nFROM base AS build\nRUN go build -o ${out} .\nFROM scratch\nCOPY --from=build /bin/ollama /bin/ollama\n`;
    expect(shipped(text('/bin/ollama'))).toMatchObject({ 'base-arm64': [true, []], base: [true, []], build: [true, ['/bin/ollama']] });
    // Written elsewhere, or into a folder (`-o /bin/`, `-o /bin`): the copied file may be a package's, from the parents.
    for (const out of ['/tmp/ollama', '/bin/', '/bin']) expect(shipped(text(out))['base-arm64']).toEqual([true, ['/bin/ollama']]);
  });

  it('counts every earlier stage a FROM naming a build variable may be as its base', () => {
    const text = 'FROM debian:12 AS base-amd64\nFROM debian:12 AS base-arm64\nFROM debian:12 AS other\nFROM base-${TARGETARCH} AS final\nCOPY --from=other /x /x\n';
    expect(shipped(text)).toMatchObject({ 'base-amd64': [false, ['/']], 'base-arm64': [false, ['/']], other: [true, ['/x']] });
  });
});
