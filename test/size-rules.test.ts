import { describe, expect, it } from 'vitest';
import { fixtureFindings, positions, ruleFindings } from './helpers.js';

const fixture = (id: string, kind: 'bad' | 'good') => fixtureFindings(id, 'rules', id, `${kind}.Dockerfile`);

describe('apt-cleanup', () => {
  it('flags apt-get update without list removal in the shipped stages, at the install word', () => {
    const f = fixture('apt-cleanup', 'bad');
    expect(positions(f)).toEqual([[3, 31], [7, 16], [9, 13], [13, 9], [15, 52]]);
    expect(f[0]!.range.end).toEqual({ line: 3, column: 38 });
    expect(f[1]!.message).toContain('`apt-get clean` does not remove them');
    expect(f[2]!.message).toMatch(/^`apt-get update` leaves the package lists/);
    expect(f[0]!.message).toContain('rm -rf /var/lib/apt/lists/*');
    expect(f[0]!.message).toContain('--mount=type=cache,target=/var/lib/apt');
  });
  it('is silent on build stages, cache mounts, every removal form, dist-clean and cleanup scripts', () => {
    expect(fixture('apt-cleanup', 'good')).toEqual([]);
  });
  it('is silent on a builder whose only copies out are the paths a conditional COPY\'s variable may name (qdrant), not on one naming the lists', () => {
    const text = (dir: string) =>
      `FROM rust:1.88-bookworm AS builder\nRUN apt-get update && apt-get install -y --no-install-recommends clang\nFROM debian:13-slim\nARG SOURCES\nENV DIR=\${SOURCES:+${dir}}\nCOPY --from=builder \${DIR:-/null?} $DIR/\n`;
    expect(ruleFindings('apt-cleanup', text('/qdrant/src'))).toEqual([]);
    expect(positions(ruleFindings('apt-cleanup', text('/var/lib')))).toEqual([[2, 31]]);
  });
  it('names the later RUNs that install from the lists, so that deleting them alone does not break those', () => {
    const text = 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN apt-get install -y --no-install-recommends git \\\n    && rm -rf /var/lib/apt/lists/*\nRUN apt-get install -y --no-install-recommends jq\n';
    const [f] = ruleFindings('apt-cleanup', text);
    expect(f!.message).toContain('the `RUN` on line 3 installs from these lists without its own `apt-get update`: merge it into this one');
    const alone = ruleFindings('apt-cleanup', 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN echo done\n');
    expect(alone[0]!.message).not.toContain('installs from these lists');
  });
  it('counts a vendor setup script piped into a shell as the later RUN\'s own update (NodeSource\'s setup_22.x)', () => {
    const head = 'FROM debian:12\nRUN apt update && apt install -y curl\n';
    const [f] = ruleFindings('apt-cleanup', `${head}RUN curl -fsSL https://deb.nodesource.com/setup_22.x | bash - && apt install -y nodejs\n`);
    expect(f!.message).not.toContain('installs from these lists');
    expect(f!.fix?.safe).toBe(true);
    // Another script piped into a shell updates nothing the linter knows of: the install still reads these lists.
    const [g] = ruleFindings('apt-cleanup', `${head}RUN curl -fsSL https://example.com/setup.sh | bash - && apt install -y nodejs\n`);
    expect(g!.message).toContain('the `RUN` on line 3 installs from these lists');
  });
  it('flags a stage that is copied from wholesale', () => {
    const text = 'FROM debian:12 AS rootfs\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nFROM scratch\nCOPY --from=rootfs / /\n';
    expect(positions(ruleFindings('apt-cleanup', text))).toEqual([[2, 31]]);
  });
  it('accepts a tmpfs mount on the lists and skips Windows shells', () => {
    expect(ruleFindings('apt-cleanup', 'FROM debian:12\nRUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y --no-install-recommends curl\n')).toEqual([]);
    expect(ruleFindings('apt-cleanup', 'FROM debian:12\nSHELL ["powershell", "-Command"]\nRUN apt-get update\n')).toEqual([]);
  });
});

describe('apt-get-yes', () => {
  it('flags installs without -y, also behind sudo and with DEBIAN_FRONTEND set', () => {
    const f = fixture('apt-get-yes', 'bad');
    expect(positions(f)).toEqual([[3, 31], [4, 34], [5, 36]]);
    expect(f[0]!.fix).toEqual({ description: 'Add `-y`', edits: [{ range: { start: { line: 3, column: 38 }, end: { line: 3, column: 38 } }, text: ' -y' }], safe: true });
  });
  it('is silent on an install naming no package (it installs and asks nothing), not on `apt-get -f install` after a `dpkg -i` that may have failed', () => {
    expect(ruleFindings('apt-get-yes', 'FROM debian:12\nRUN apt-get update && apt-get install\n')).toEqual([]);
    expect(ruleFindings('apt-get-yes', 'FROM debian:12\nRUN dpkg -i /tmp/x.deb; apt-get -f install\n')).toHaveLength(1);
    expect(ruleFindings('apt-get-yes', 'FROM debian:12\nRUN dpkg -i /tmp/x.deb || apt-get -f install\n')).toHaveLength(1);
    expect(ruleFindings('apt-get-yes', 'FROM debian:12\nRUN dpkg -i /tmp/x.deb || true\nRUN dpkg -i /tmp/y.deb && apt-get --fix-broken install\n')).toHaveLength(1);
    // jessfraz's zoom-us: after `dpkg -i … &&` succeeded every dependency is there; nothing to install, nothing to confirm.
    expect(ruleFindings('apt-get-yes', 'FROM debian:12\nRUN curl -sSL $URL -o /tmp/z.deb \\\n\t&& dpkg -i /tmp/z.deb \\\n\t&& apt-get -f install \\\n\t&& rm /tmp/z.deb\n')).toEqual([]);
    expect(ruleFindings('apt-get-yes', 'FROM debian:12\nRUN cat /pkgs | xargs apt-get install\n')).toHaveLength(1);
  });
  it('accepts -y, --yes, -qq, -q=2, -qy, --assume-yes, yes pipes, option variables, simulation and apt.conf', () => {
    expect(fixture('apt-get-yes', 'good')).toEqual([]);
  });
  it('counts two -q as quiet level 2', () => {
    expect(ruleFindings('apt-get-yes', 'FROM debian:12\nRUN apt-get -q -q install curl\n')).toEqual([]);
    expect(positions(ruleFindings('apt-get-yes', 'FROM debian:12\nRUN apt-get -q install curl\n'))).toEqual([[2, 16]]);
  });
});

describe('apt-no-install-recommends', () => {
  it('flags installs without --no-install-recommends, through comments, continuations and exec form', () => {
    const f = fixture('apt-no-install-recommends', 'bad');
    expect(positions(f)).toEqual([[2, 31], [4, 16], [8, 47], [10, 31], [11, 31], [13, 136], [16, 31]]);
    expect(f[0]!.fix?.safe).toBe(false);
    expect(f[0]!.fix?.edits[0]!.text).toBe(' --no-install-recommends');
  });
  it('accepts recommends the author keeps on purpose in a comment, not a comment that declines them', () => {
    const inside = 'FROM debian:12\nRUN set -eux; \\\n    apt-get update; \\\n# we DO want recommends this time\n    apt-get install -y couchdb; \\\n    rm -rf /var/lib/apt/lists/*\n';
    expect(ruleFindings('apt-no-install-recommends', inside)).toEqual([]);
    const above = 'FROM debian:12\n# keep the recommended ssh client for git remotes\nRUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*\n';
    expect(ruleFindings('apt-no-install-recommends', above)).toEqual([]);
    const declined = 'FROM debian:12\n# install without recommends\nRUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*\n';
    expect(ruleFindings('apt-no-install-recommends', declined)).toHaveLength(1);
    // A comment after the install, or one separated from the RUN by a blank line, says nothing about it.
    expect(ruleFindings('apt-no-install-recommends', 'FROM debian:12\n# recommends wanted\n\nRUN apt-get update && apt-get install -y git\n')).toHaveLength(1);
  });
  it('accepts the flag anywhere, -o APT::Install-Recommends, ARG-held flags and apt.conf written earlier in the chain', () => {
    expect(fixture('apt-no-install-recommends', 'good')).toEqual([]);
  });
  it('accepts an install the RUN follows with an autoremove that drops recommends, not a plain one or one after apt-mark manual', () => {
    const run = (tail: string): string =>
      `FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl gnupg && apt-get install -y java-21-amazon-corretto-jdk=1:21 && apt-get purge -y --auto-remove ${tail} curl gnupg && rm -rf /var/lib/apt/lists/*\n`;
    expect(ruleFindings('apt-no-install-recommends', run('-o APT::AutoRemove::RecommendsImportant=false'))).toEqual([]);
    expect(ruleFindings('apt-no-install-recommends', run('-o APT::AutoRemove::RecommendsImportant=0'))).toEqual([]);
    // Without the option autoremove keeps what a manual package recommends; purge without --auto-remove removes nothing automatic.
    expect(ruleFindings('apt-no-install-recommends', run(''))).toHaveLength(1);
    expect(ruleFindings('apt-no-install-recommends', run('-o APT::AutoRemove::RecommendsImportant=true'))).toHaveLength(1);
    const manual = 'FROM debian:12\nRUN apt-get update && apt-get install -y git && apt-mark manual $KEEP && apt-get autoremove -y -o APT::AutoRemove::RecommendsImportant=false\n';
    expect(ruleFindings('apt-no-install-recommends', manual)).toHaveLength(1);
    const noAuto = 'FROM debian:12\nRUN apt-get update && apt-get install -y git && apt-get purge -y -o APT::AutoRemove::RecommendsImportant=false curl\n';
    expect(ruleFindings('apt-no-install-recommends', noAuto)).toHaveLength(1);
  });
  it('does not count one program copied out of a bin folder as shipping the builder\'s recommends, a whole folder still', () => {
    const build = 'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc && rm -rf /var/lib/apt/lists/*\nFROM debian:12\n';
    expect(ruleFindings('apt-no-install-recommends', `${build}COPY --from=build /usr/bin/apisix /usr/bin/\nCMD ["apisix"]\n`)).toEqual([]);
    expect(ruleFindings('apt-no-install-recommends', `${build}COPY --from=build /usr/bin/ /usr/bin/\nCMD ["apisix"]\n`)).toHaveLength(1);
  });
  it('is silent on an install of only packages that recommend nothing, not when one other package is named', () => {
    expect(ruleFindings('apt-no-install-recommends', 'FROM debian:12\nRUN apt-get update && apt-get install -y tzdata xz-utils=5.4.1-1 && rm -rf /var/lib/apt/lists/*\n')).toEqual([]);
    expect(ruleFindings('apt-no-install-recommends', 'FROM debian:12\nRUN apt-get update && apt-get install -y tzdata curl && rm -rf /var/lib/apt/lists/*\n')).toHaveLength(1);    // make: Depends libc6, Suggests make-doc (mage-ai's `RUN apt-get -y install make`); cmake recommends gcc and make.
    expect(ruleFindings('apt-no-install-recommends', 'FROM debian:12\nRUN apt-get update && apt-get install -y make patch && rm -rf /var/lib/apt/lists/*\n')).toEqual([]);
    expect(ruleFindings('apt-no-install-recommends', 'FROM debian:12\nRUN apt-get update && apt-get install -y make cmake && rm -rf /var/lib/apt/lists/*\n')).toHaveLength(1);
    // libaio-dev pulls libaio1 alone (ColossalAI's image); libnuma-dev's libc6-dev recommends manpages through libc-dev-bin.
    expect(ruleFindings('apt-no-install-recommends', 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y libaio-dev && rm -rf /var/lib/apt/lists/*\n')).toEqual([]);
    expect(ruleFindings('apt-no-install-recommends', 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y libnuma-dev && rm -rf /var/lib/apt/lists/*\n')).toHaveLength(1);
    // libomp5 (LLVM's OpenMP runtime, transformers' TPU image) resolves to libomp5-14: libc6 only. Beside curl (libcurl4 recommends ca-certificates) the flag matters.
    expect(ruleFindings('apt-no-install-recommends', 'FROM debian:12\nRUN apt-get update && apt-get install -y libomp5 && rm -rf /var/lib/apt/lists/*\n')).toEqual([]);
    expect(ruleFindings('apt-no-install-recommends', 'FROM debian:12\nRUN apt-get update && apt-get install -y libomp5 curl && rm -rf /var/lib/apt/lists/*\n')).toHaveLength(1);
    // rsync, jq and apt-utils pull only libraries that recommend nothing (lws' and smallstep's builders); git recommends less and ssh clients.
    expect(ruleFindings('apt-no-install-recommends', 'FROM debian:12\nRUN apt-get update && apt-get install -y rsync jq apt-utils make && rm -rf /var/lib/apt/lists/*\n')).toEqual([]);
    expect(ruleFindings('apt-no-install-recommends', 'FROM debian:12\nRUN apt-get update && apt-get install -y rsync git && rm -rf /var/lib/apt/lists/*\n')).toHaveLength(1);
    // Azure Functions' host images: sudo, binutils, libgomp1.
    expect(ruleFindings('apt-no-install-recommends', 'FROM debian:12\nRUN apt-get update && apt-get install -y sudo binutils libgomp1 && rm -rf /var/lib/apt/lists/*\n')).toEqual([]);
  });
  it('accepts the setting echoed into apt.conf.d earlier in the same RUN, not after the install', () => {
    const conf = "echo 'APT::Install-Recommends \"false\";' > /etc/apt/apt.conf.d/80recommends";
    expect(ruleFindings('apt-no-install-recommends', `FROM debian:12\nRUN ${conf} && apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n`)).toEqual([]);
    expect(ruleFindings('apt-no-install-recommends', `FROM debian:12\nRUN apt-get update && apt-get install -y curl && ${conf} && rm -rf /var/lib/apt/lists/*\n`)).toHaveLength(1);
    const yes = "echo 'APT::Get::Assume-Yes \"true\";' > /etc/apt/apt.conf.d/80forceyes";
    expect(ruleFindings('apt-get-yes', `FROM debian:12\nRUN ${yes} && apt-get update && apt-get install --no-install-recommends curl\n`)).toEqual([]);
  });
  it('keeps reporting an install whose package a later `ldd | xargs apt-mark manual` may keep', () => {
    const run = (pkgs: string) =>
      `FROM debian:12\nRUN apt-get install -y ${pkgs} && make install && apt-mark auto '.*' && ldd /usr/local/bin/app | cut -d' ' -f3 | xargs -r dpkg-query --search | cut -d: -f1 | xargs -r apt-mark manual && apt-get purge -y --auto-remove\n`;
    expect(ruleFindings('apt-no-install-recommends', run('gcc libssl-dev'))).toEqual([]);
    expect(ruleFindings('apt-no-install-recommends', run('gcc libatomic1'))).toHaveLength(1);
  });
  it('does not report an install of packages an earlier install of the stage already put there (ipex-llm finetune image)', () => {
    const first = 'FROM debian:bullseye\nRUN apt-get update && apt-get install -y curl wget gpg git';
    // The second install of the RUN adds nothing; the first keeps its finding.
    expect(positions(ruleFindings('apt-no-install-recommends', `${first} && pip install peft && apt-get update && apt-get install -y curl wget gpg\n`))).toEqual([[2, 31]]);
    expect(ruleFindings('apt-no-install-recommends', 'FROM debian:12 AS base\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nFROM base\nRUN apt-get install -y curl\n')).toEqual([]);
    // A new package that recommends what is not installed yet (gcc: libc6-dev), or another stage: the install adds packages.
    expect(ruleFindings('apt-no-install-recommends', `${first} && apt-get install -y curl gcc\n`)).toHaveLength(2);
    // Another version of an installed package, or one reinstalled after a purge whose recommends the other packages
    // kept: apt adds no recommendation of the package again.
    expect(ruleFindings('apt-no-install-recommends', `${first} && apt-get install -y curl=7.74.0-1.3\n`)).toHaveLength(1);
    expect(ruleFindings('apt-no-install-recommends', `${first} && apt-get install -y curl jq\n`)).toHaveLength(1);
    // A repository added since: the same name may install a newer version with dependencies of its own (redis.io's redis).
    expect(ruleFindings('apt-no-install-recommends', `${first} redis && echo "deb https://packages.redis.io/deb bullseye main" > /etc/apt/sources.list.d/redis.list && apt-get update && apt-get install -y redis\n`)).toHaveLength(2);
    // An earlier install under a condition may not have run (LocalAI's Vulkan-only `cmake`).
    expect(ruleFindings('apt-no-install-recommends', 'FROM debian:12\nRUN if [ "$BUILD_TYPE" = vulkan ]; then apt-get update && apt-get install -y --no-install-recommends cmake; fi\nRUN apt-get update && apt-get install -y cmake\n')).toHaveLength(1);
    expect(ruleFindings('apt-no-install-recommends', 'FROM debian:12 AS a\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nFROM debian:12\nRUN apt-get install -y curl\n')).toHaveLength(1);
  });
  it('reads what packages recommend from the Debian and Ubuntu indexes: silent when everything recommended is installed or coming (beta9 runner, git-lfs)', () => {
    const rule = 'apt-no-install-recommends';
    // beta9's runner: the base stage installs with recommends what python3.12's packages recommend (ca-certificates, libc6-dev).
    const base = 'FROM ubuntu:24.04 AS base\nRUN apt-get update && apt-get install -y curl gcc python3-dev git\n';
    expect(positions(ruleFindings(rule, `${base}FROM base AS py312\nRUN apt-get install -y python3.12 python3.12-dev\n`))).toEqual([[2, 31]]);
    // Without that stage both are reported, naming what comes only as a recommendation on the stage's release.
    const alone = ruleFindings(rule, 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y python3.12-dev\n');
    expect(alone[0]!.message).toContain('(`ca-certificates`');
    expect(alone[0]!.message).toContain('`libc-devtools`');
    // git-lfs depends on git alone: after git, installed with or without its recommends, nothing more is recommended.
    expect(ruleFindings(rule, 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends git && apt-get install -y git-lfs\n')).toEqual([]);
    expect(ruleFindings(rule, 'FROM debian:12\nRUN apt-get update && apt-get install -y git-lfs\n')[0]!.message).toContain('`less`, `openssh-client`, `patch`');
    // A recommendation named in the same install comes anyway: curl with ca-certificates still pulls the LDAP and Kerberos extras.
    expect(ruleFindings(rule, 'FROM debian:12\nRUN apt-get update && apt-get install -y curl ca-certificates\n')[0]!.message).not.toContain('`ca-certificates`');
    // Relations of the stage's release only: curl recommends bash-completion on trixie, not on bookworm.
    expect(ruleFindings(rule, 'FROM debian:13\nRUN apt-get update && apt-get install -y curl\n')[0]!.message).toContain('`bash-completion`');
    expect(ruleFindings(rule, 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n')[0]!.message).not.toContain('`bash-completion`');
    // A base whose release the linter cannot tell: reported without naming packages it cannot be sure of.
    expect(ruleFindings(rule, 'FROM example.com/app:1\nRUN apt-get update && apt-get install -y curl\n')[0]!.message).toMatch(/recommended packages; add/);
    // A package no index read knows (a vendor's): reported as before.
    expect(ruleFindings(rule, 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends git && apt-get install -y cuda-toolkit-12-4\n')).toHaveLength(1);
  });
  it('counts what buildpack-deps and the official images on it already installed (cloud-builders go image)', () => {
    const rule = 'apt-no-install-recommends';
    // golang's default variant is buildpack-deps:*-scm plus gcc: git, mercurial, subversion and gcc are there, so apt adds nothing.
    expect(ruleFindings(rule, 'FROM golang:1.22\nRUN apt-get update && apt-get install -qqy git mercurial subversion gcc\n')).toEqual([]);
    expect(ruleFindings(rule, 'FROM python:3.12-bookworm\nRUN apt-get update && apt-get install -y git curl\n')).toEqual([]);
    // The slim variant is debian:*-slim: git comes new, with what it recommends.
    expect(ruleFindings(rule, 'FROM python:3.12-slim-bookworm\nRUN apt-get update && apt-get install -y git\n')).toHaveLength(1);
    // Their packages were installed without recommends; a new package recommending one of those still counts, one that
    // recommends what is not there too (golang has no libc6-dev recommends such as manpages-dev).
    expect(ruleFindings(rule, 'FROM golang:1.22-bookworm\nRUN apt-get update && apt-get install -y build-essential\n')).toHaveLength(1);
  });
  it('reports an install naming no package only when it completes what `dpkg -i` may have left broken (nv-ingest)', () => {
    const rule = 'apt-no-install-recommends';
    // nv-ingest's nemo_retriever: `-f install` after `dpkg -i … &&` finds nothing broken; the real install is reported once.
    const after = 'FROM ubuntu:22.04\nRUN dpkg -i cuda-keyring_1.1-1_all.deb && apt update && apt-get --fix-broken install -y && apt-get -y install cuda-toolkit-13-0\n';
    expect(positions(ruleFindings(rule, after))).toEqual([[2, 103]]);
    expect(ruleFindings(rule, 'FROM debian:12\nRUN apt-get update && apt-get install -y\n')).toEqual([]);
    // A failed `dpkg -i` tolerated: `-f install` brings the missing dependencies and what they recommend.
    const fixing = ruleFindings(rule, 'FROM debian:12\nRUN dpkg -i /tmp/app.deb || apt-get -f install -y\n');
    expect(positions(fixing)).toEqual([[2, 40]]);
    expect(fixing[0]!.message).toContain('completing what `dpkg -i` may have left broken');
    expect(ruleFindings(rule, 'FROM debian:12\nRUN dpkg -i /tmp/app.deb || true\nRUN apt-get update && apt-get install --fix-broken -y\n')).toHaveLength(1);
    // Beside an install of packages on the same line: one finding, with both edits.
    const line = ruleFindings(rule, 'FROM debian:12\nRUN dpkg -i /tmp/app.deb; apt-get -f install -y && apt-get install -y curl\n');
    expect(positions(line)).toEqual([[2, 60]]);
    expect(line[0]!.fix?.edits.map((e) => e.range.start.column)).toEqual([67, 45]);
  });
  it('knows python-is-python3 and libprotobuf23 recommend nothing (frigate), and still reports python3 beside them', () => {
    const install = (packages: string) => ruleFindings('apt-no-install-recommends', `FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y ${packages} && rm -rf /var/lib/apt/lists/*\n`);
    expect(install('python-is-python3 libprotobuf23')).toEqual([]);
    // Debian 12's python3.11 recommends ca-certificates (Ubuntu 22.04's python3.10 recommends nothing).
    expect(ruleFindings('apt-no-install-recommends', 'FROM debian:12\nRUN apt-get update && apt-get install -y python3 python-is-python3 && rm -rf /var/lib/apt/lists/*\n')).toHaveLength(1);
  });
  it('knows zstd, libsndfile1 and swig recommend nothing (bookworm index), and still reports a package beside them that does', () => {
    const install = (packages: string) => ruleFindings('apt-no-install-recommends', `FROM debian:12-slim\nRUN apt-get update && apt-get install -y ${packages} && rm -rf /var/lib/apt/lists/*\n`);
    expect(install('zstd libsndfile1 swig')).toEqual([]);
    expect(install('zstd git')).toHaveLength(1);
  });
  it('knows sed, file, libseccomp-dev and Ubuntu\'s transitional netcat recommend nothing (kfp-tekton, autoscaler, pachyderm, redpanda), and still reports git beside them', () => {
    const install = (packages: string) => ruleFindings('apt-no-install-recommends', `FROM ubuntu:20.04\nRUN apt-get update && apt-get install -y ${packages} && rm -rf /var/lib/apt/lists/*\n`);
    expect(install('jq sed unzip')).toEqual([]);
    expect(install('file libseccomp-dev netcat')).toEqual([]);
    expect(install('file git')).toHaveLength(1);
    // MinerU's fonts, unixodbc-dev (great_expectations), ripgrep, libfuse2 (beta9).
    expect(install('fonts-noto-core fonts-noto-cjk fontconfig unixodbc-dev ripgrep libfuse2 bash-completion')).toEqual([]);
    expect(install('fonts-noto-core libgl1')).toHaveLength(1);
  });
  it('knows kubectl from pkgs.k8s.io recommends nothing (lws tensorrt-llm build), and still reports a package beside it that does', () => {
    const install = (packages: string) => ruleFindings('apt-no-install-recommends', `FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y ${packages} && rm -rf /var/lib/apt/lists/*\n`);
    expect(install('kubectl')).toEqual([]);
    expect(install('kubectl curl')).toHaveLength(1);
    // Its sibling kubelet's spec (same templates) recommends iptables: still reported.
    expect(install('kubelet kubectl')).toHaveLength(1);
  });
  it('knows libsystemd-dev, tzdata, ca-certificates and nsis recommend nothing (grafana agent), and still reports a package beside them that does', () => {
    const install = (packages: string) => ruleFindings('apt-no-install-recommends', `FROM debian:12\nRUN apt-get update && apt-get install -y ${packages} && rm -rf /var/lib/apt/lists/*\n`);
    expect(install('libsystemd-dev tzdata ca-certificates')).toEqual([]);
    expect(install('nsis')).toEqual([]);
    // systemd itself recommends dbus and more; curl's libraries recommend ca-certificates and the Kerberos locales.
    // (libgpg-error0 recommends its l10n package, but apt's libgcrypt20 put it in every base: apt adds nothing.)
    expect(install('libsystemd-dev systemd')).toHaveLength(1);
    expect(install('nsis curl')).toHaveLength(1);
    expect(install('nsis libgpg-error0')).toEqual([]);
  });
  it('does not take apt.conf written in another stage', () => {
    const text = 'FROM ubuntu:22.04 AS a\nRUN echo \'APT::Install-Recommends "false";\' > /etc/apt/apt.conf.d/00x\nFROM ubuntu:22.04\nRUN apt-get install -y curl\n';
    expect(positions(ruleFindings('apt-no-install-recommends', text))).toEqual([[4, 13]]);
  });
});

describe('apt-get-not-apt', () => {
  it('points at the apt word and offers apt-get', () => {
    const f = fixture('apt-get-not-apt', 'bad');
    expect(positions(f)).toEqual([[2, 5], [2, 19], [3, 5], [4, 5]]);
    expect(f[0]!.fix).toEqual({ description: 'Replace `apt` by `apt-get`', edits: [{ range: f[0]!.range, text: 'apt-get' }], safe: true });
    expect(f[2]!.fix?.safe).toBe(false);
    expect(f[3]!.fix).toBeUndefined();
    expect(f[3]!.message).toContain('`dpkg-query -l`');
  });
  it('is silent on apt-get, apt-cache, apt-key, apt-mark and the word apt in arguments', () => {
    expect(fixture('apt-get-not-apt', 'good')).toEqual([]);
  });
  it('names the stable command for `apt list`, which apt-get and apt-cache lack (maxtext), and offers no fix', () => {
    const f = ruleFindings('apt-get-not-apt', 'FROM debian:12\nRUN apt list --installed\nRUN apt list --upgradable\nRUN apt list -a python3\nRUN apt moo\n');
    expect(f.map((x) => x.message.replace(/.*; use (.*) instead\.$/, '$1'))).toEqual(['`dpkg-query -l`', '`apt-get --simulate upgrade`', '`apt-cache policy`', '`apt-get` / `apt-cache`']);
    expect(f.every((x) => x.fix === undefined)).toBe(true);
  });
  it('suggests apt-cache for search/show and does not fix quoted exec-form words', () => {
    const f = ruleFindings('apt-get-not-apt', 'FROM debian:12\nRUN apt show curl\nRUN ["apt", "install", "-y", "curl"]\n');
    expect(f[0]!.message).toContain('`apt-cache show`');
    expect(f[0]!.fix).toBeUndefined();
    expect(positions(f)).toEqual([[2, 5], [3, 6]]);
    expect(f[1]!.fix).toBeUndefined();
  });
});

describe('apk-no-cache', () => {
  it('flags apk add without --no-cache in the shipped image, with a safe fix', () => {
    const f = fixture('apk-no-cache', 'bad');
    expect(positions(f)).toEqual([[2, 23], [3, 9], [6, 23], [10, 9]]);
    expect(f[0]!.fix?.edits[0]!.text).toBe(' --no-cache');
    expect(f[0]!.message).toContain('--mount=type=cache,target=/var/cache/apk');
  });
  it('is silent on build stages, --no-cache, cache mounts (also reached by a link, `ln -s /pkg-cache /etc/apk/cache`), removal of /var/cache/apk and --no-network', () => {
    expect(fixture('apk-no-cache', 'good')).toEqual([]);
  });
});

describe('rpm-cleanup', () => {
  it('flags missing -y and missing clean all, saying which', () => {
    const f = fixture('rpm-cleanup', 'bad');
    expect(positions(f)).toEqual([[2, 9], [3, 12], [4, 14], [5, 16], [6, 31]]);
    expect(f[0]!.message).toContain('without `-y`');
    expect(f[1]!.message).toContain('`yum clean all`');
    expect(f[2]!.message).toContain('`microdnf clean all`');
  });
  it('is silent on build stages, clean all, rm of the cache, cache mounts and zypper -n / --no-confirm', () => {
    expect(fixture('rpm-cleanup', 'good')).toEqual([]);
  });
  it('offers the cache folder of the distribution\'s yum: tdnf\'s on CBL-Mariner, Azure Linux and Photon (azure-functions-docker)', () => {
    const message = (from: string, install = 'yum install -y jq') => ruleFindings('rpm-cleanup', `FROM ${from}\nRUN ${install}\n`)[0]!.message;
    expect(message('mcr.microsoft.com/dotnet/runtime:7.0-cbl-mariner2.0')).toContain('target=/var/cache/tdnf`');
    expect(message('mcr.microsoft.com/azurelinux/base/core:3.0')).toContain('target=/var/cache/tdnf`');
    expect(message('photon:5.0')).toContain('target=/var/cache/tdnf`');
    // A cache mount on tdnf's folder there is enough.
    expect(ruleFindings('rpm-cleanup', 'FROM mcr.microsoft.com/cbl-mariner/base/core:2.0\nRUN --mount=type=cache,target=/var/cache/tdnf yum install -y jq\n')).toEqual([]);
    // Elsewhere yum's own; a dnf the Dockerfile installed is dnf.
    expect(message('centos:7')).toContain('target=/var/cache/yum`');
    expect(message('mcr.microsoft.com/cbl-mariner/base/core:2.0', 'dnf install -y jq')).toContain('target=/var/cache/dnf`');
  });
  it('takes a cache folder the install names under a cache mount (modelmesh-serving), not another folder', () => {
    const run = (dir: string): string => `FROM registry.access.redhat.com/ubi9/ubi:9.5\nRUN --mount=type=cache,target=/root/.cache/dnf dnf install --setopt=cachedir=${dir} -y jq\n`;
    expect(ruleFindings('rpm-cleanup', run('/root/.cache/dnf'))).toEqual([]);
    expect(ruleFindings('rpm-cleanup', run('/var/tmp/dnf'))).toHaveLength(1);
  });
  it('is silent on a builder stage only mounted from a folder named with a variable (ROCm/vllm)', () => {
    const text = (source: string): string => `FROM registry.access.redhat.com/ubi9/ubi:9.5 AS blas\nARG V=0.3\nRUN dnf install -y gcc\nFROM registry.access.redhat.com/ubi9/ubi:9.5\nRUN --mount=type=bind,from=blas,source=${source},target=/openblas/,rw make -C /openblas install\n`;
    expect(ruleFindings('rpm-cleanup', text('/OpenBLAS-$V/'))).toHaveLength(0);
    expect(positions(ruleFindings('rpm-cleanup', text('/')))).toEqual([[3, 9]]);
  });
  it('checks zypper for the non-interactive flag and zypper clean', () => {
    const f = ruleFindings('rpm-cleanup', 'FROM opensuse/leap:15.6\nRUN zypper refresh && zypper install curl\nRUN zypper -n install vim && zypper clean --all\n');
    expect(positions(f)).toEqual([[2, 30], [2, 30]]);
    expect(f.map((x) => x.message).join('\n')).toMatch(/without `-n`[\s\S]*`zypper clean --all`/);
  });
});

describe('conda-cleanup', () => {
  it('flags installs, env create/update and a clean that keeps the packages', () => {
    const f = fixture('conda-cleanup', 'bad');
    expect(positions(f)).toEqual([[2, 11], [4, 15], [5, 61], [6, 11]]);
    expect(f[1]!.message).toMatch(/^`conda env create`/);
    expect(f[3]!.message).toContain('`mamba clean -afy`');
  });
  it('is silent on clean -afy / --all, cache mounts, rm of pkgs, build stages copied by env folder', () => {
    expect(fixture('conda-cleanup', 'good')).toEqual([]);
  });
  it('knows micromamba and builder stages whose conda root is copied out', () => {
    expect(positions(ruleFindings('conda-cleanup', 'FROM mambaorg/micromamba:1.5.10\nRUN micromamba install -y -n base python=3.11\n'))).toEqual([[2, 16]]);
    const copied = 'FROM continuumio/miniconda3:24.7.1-0 AS build\nRUN conda install -y numpy\nFROM debian:12-slim\nCOPY --from=build /opt/conda /opt/conda\n';
    expect(positions(ruleFindings('conda-cleanup', copied))).toEqual([[2, 11]]);
  });
  it('names the package cache of the conda in use, and no path when the Dockerfile does not show it', () => {
    const mount = (text: string) => /target=([^`]+)`/.exec(ruleFindings('conda-cleanup', text)[0]!.message)?.[1] ?? null;
    // mlcommons/inference's llama2-70b: Miniconda installed with `-p /opt/miniconda3`, appended to PATH.
    const miniconda = 'FROM nvidia/cuda:11.8.0-cudnn8-devel-ubuntu20.04\nRUN wget https://repo.anaconda.com/miniconda/Miniconda3-py310_23.5.2-0-Linux-x86_64.sh \\\n    && bash Miniconda3-* -b -p /opt/miniconda3\nENV PATH="$PATH:/opt/miniconda3/bin"\nRUN conda create -n llama2-70b python=3.10\n';
    expect(mount(miniconda)).toBe('/opt/miniconda3/pkgs');
    // Its vision Dockerfile: PATH set before a renamed installer runs with `-b -p /opt/anaconda3`.
    const anaconda = 'FROM ubuntu:16.04\nENV PATH /opt/anaconda3/bin:$PATH\nRUN cd /opt && wget -q https://repo.anaconda.com/miniconda/Miniconda3-4.6.14-Linux-x86_64.sh -O miniconda.sh && \\\n    /bin/bash ./miniconda.sh -b -p /opt/anaconda3 && rm miniconda.sh\nRUN conda install pytorch-cpu -c pytorch\n';
    expect(mount(anaconda)).toBe('/opt/anaconda3/pkgs');
    expect(mount('FROM ubuntu:22.04\nRUN bash Miniforge3-Linux-x86_64.sh -bfp /usr/local && conda install -y numpy\n')).toBe('/usr/local/pkgs');
    expect(mount('FROM ubuntu:22.04\nRUN bash Miniconda3-latest-Linux-x86_64.sh -b && /root/miniconda3/bin/conda install -y numpy\n')).toBe('/root/miniconda3/pkgs');
    expect(mount('FROM ubuntu:22.04\nENV CONDA_DIR=/opt/py\nENV PATH=$CONDA_DIR/bin:$PATH\nRUN conda install -y numpy\n')).toBe('/opt/py/pkgs');
    expect(mount('FROM condaforge/miniforge3:24.3.0-0\nRUN mamba install -y numpy\n')).toBe('/opt/conda/pkgs');
    expect(mount('FROM continuumio/miniconda3:24.7.1-0\nENV CONDA_PKGS_DIRS=/cache/conda\nRUN conda install -y numpy\n')).toBe('/cache/conda');
    expect(mount('FROM ubuntu:22.04\nENV MAMBA_ROOT_PREFIX=/opt/mamba\nRUN micromamba install -y -n base numpy\n')).toBe('/opt/mamba/pkgs');
    // Nothing says where this conda lives (the base image's own, a renamed installer run without `-p`).
    const unknown = ruleFindings('conda-cleanup', 'FROM ${MORPHEUS}:24.03\nRUN mamba install -y -c conda-forge jupyterlab\n');
    expect(unknown[0]!.message).toBe(
      "`mamba install` leaves the downloaded packages in `pkgs`; end the same `RUN` with `mamba clean -afy`, or use a cache mount (`RUN --mount=type=cache`) on mamba's `pkgs` folder.",
    );
    expect(mount('FROM ubuntu:22.04\nRUN bash install.sh -b -p /opt/a && bash miniconda.sh -b\nENV PATH=/opt/a/bin:$PATH\nRUN conda install -y numpy\n')).toBeNull();
    expect(mount('FROM ubuntu:22.04\nRUN sh miniconda.sh -b\nRUN conda install -y numpy\n')).toBeNull();
  });
  it('knows the cache of a conda root of any name: its mount and removal clean, a copy of the root ships it', () => {
    expect(ruleFindings('conda-cleanup', 'FROM continuumio/miniconda3:24.7.1-0\nENV CONDA_PKGS_DIRS=/cache/conda\nRUN --mount=type=cache,target=/cache/conda conda install -y numpy\n')).toEqual([]);
    expect(ruleFindings('conda-cleanup', 'FROM ubuntu:22.04\nRUN bash Miniforge3.sh -b -p /srv/py && /srv/py/bin/conda install -y numpy && rm -rf /srv/py/pkgs/*\n')).toEqual([]);
    const copied = 'FROM ubuntu:22.04 AS build\nRUN bash Miniforge3.sh -b -p /srv/py && /srv/py/bin/conda install -y numpy\nFROM ubuntu:22.04\nCOPY --from=build /srv/py /srv/py\n';
    expect(positions(ruleFindings('conda-cleanup', copied))).toEqual([[2, 59]]);
    const env = 'FROM ubuntu:22.04 AS build\nRUN bash Miniforge3.sh -b -p /srv/py && /srv/py/bin/conda create -y -p /env numpy\nFROM ubuntu:22.04\nCOPY --from=build /env /env\n';
    expect(ruleFindings('conda-cleanup', env)).toEqual([]);
  });
});

describe('yarn-cache-clean', () => {
  it('flags yarn install, yarn global add and bare yarn', () => {
    const f = fixture('yarn-cache-clean', 'bad');
    expect(positions(f)).toEqual([[4, 10], [5, 17], [6, 5]]);
    expect(f[1]!.message).toMatch(/^`yarn global add`/);
  });
  it('is silent on a RUN that only warms the cache from a bind-mounted project (discourse_dev)', () => {
    const run = (body: string) => ruleFindings('yarn-cache-clean', `FROM node:22\nUSER node\nRUN --mount=type=bind,src=/repo,from=repo,target=/tmp/clone,readwrite \\\n    ${body}\n`).length;
    expect(run('cd /tmp/clone && (if [ -f yarn.lock ]; then yarn install; else CI=1 pnpm install; fi)')).toBe(0);
    // Traps: the RUN also builds and copies out, the install runs outside the mount, or writes its modules elsewhere.
    expect(run('cd /tmp/clone && yarn install && yarn build && cp -r dist /app')).toBe(1);
    expect(run('cd /app && yarn install')).toBe(1);
    expect(run('cd /tmp/clone && yarn install --modules-folder /app/node_modules')).toBe(1);
  });
  it('is silent on build stages, yarn cache clean, cache mounts, rm of the cache and non-install commands', () => {
    expect(fixture('yarn-cache-clean', 'good')).toEqual([]);
  });
  it('asks for the clean before the RUN removes yarn again, with no fix that would run yarn after it is gone', () => {
    const f = ruleFindings('yarn-cache-clean', 'FROM alpine:3.23\nRUN apk add --no-cache nodejs yarn && \\\n    yarn global add foxx-cli@2.1.1 && \\\n    apk del yarn\nCMD ["foxx"]\n');
    expect(f.map((x) => x.message)).toEqual([
      '`yarn global add` leaves a second copy of every package in the yarn cache; run `yarn cache clean` before `apk del yarn` removes yarn, or use `RUN --mount=type=cache,target=/usr/local/share/.cache/yarn`.',
    ]);
    expect(f[0]!.fix).toBeUndefined();
  });
});

describe('useradd-large-uid', () => {
  it('flags UIDs of six digits and more, ARG values resolved', () => {
    const f = fixture('useradd-large-uid', 'bad');
    expect(positions(f)).toEqual([[3, 5], [4, 32]]);
    expect(f[1]!.message).toContain('1000001');
  });
  it('is silent with -l / --no-log-init, five-digit UIDs and unknown values', () => {
    expect(fixture('useradd-large-uid', 'good')).toEqual([]);
  });
});

describe('wget-progress', () => {
  it('flags wget without a progress or quiet option', () => {
    expect(positions(fixture('wget-progress', 'bad'))).toEqual([[2, 5], [3, 5], [4, 5]]);
  });
  it('accepts -q, -qO-, --progress, -nv, -o, --version and BusyBox wget on Alpine', () => {
    expect(fixture('wget-progress', 'good')).toEqual([]);
  });
});

describe('wget-and-curl', () => {
  it('reports once, at the second tool’s first use', () => {
    const f = fixture('wget-and-curl', 'bad');
    expect(positions(f)).toEqual([[4, 5]]);
    expect(f[0]!.message).toBe('`curl` is used here and `wget` on line 3; use one HTTP client for every download so the image ships only one.');
  });
  it('is silent when one client is removed again after its last use: the image ships only the other (beta9 worker)', () => {
    const text = (end: string) => `FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl wget\nRUN curl -fsSL https://x/a -o /a\nRUN wget https://x/b -O /b\n${end}`;
    expect(ruleFindings('wget-and-curl', text('RUN apt-get remove -y curl && apt-get autoremove -y\n'))).toEqual([]);
    expect(ruleFindings('wget-and-curl', text(''))).toHaveLength(1);
    // Removed before a later use: the later use installs nothing, but the image still needed both to build.
    expect(ruleFindings('wget-and-curl', 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl wget\nRUN apt-get remove -y curl\nRUN curl -fsSL https://x/a -o /a && wget https://x/b -O /b\n')).toHaveLength(1);
  });
  it('ignores stages that do not ship, BusyBox wget, command -v and HEALTHCHECK', () => {
    expect(fixture('wget-and-curl', 'good')).toEqual([]);
  });
  it('is silent when neither client is installed by the Dockerfile (the base image ships both)', () => {
    expect(ruleFindings('wget-and-curl', 'FROM buildpack-deps:bookworm\nRUN wget -q https://example.com/a && curl -fsSLO https://example.com/b\n')).toEqual([]);
    expect(positions(ruleFindings('wget-and-curl', 'FROM buildpack-deps:bookworm\nRUN apt-get install -y curl\nRUN wget -q https://example.com/a && curl -fsSLO https://example.com/b\n'))).toEqual([[3, 38]]);
    // A base that ships both (azure-functions-docker on `mcr.microsoft.com/dotnet/sdk:6.0`): reinstalling curl adds nothing.
    const dotnet = (from: string) => ruleFindings('wget-and-curl', `FROM ${from}\nRUN apt-get install -y curl\nRUN wget -q https://example.com/a && curl -fsSLO https://example.com/b\n`).length;
    expect(dotnet('mcr.microsoft.com/dotnet/sdk:6.0')).toBe(0);
    expect(dotnet('mcr.microsoft.com/dotnet/sdk:8.0-bookworm-slim')).toBe(0);
    // Traps: the Alpine and Azure Linux SDK images, and the runtime image, do not ship both.
    expect(dotnet('mcr.microsoft.com/dotnet/sdk:8.0-azurelinux3.0')).toBe(1);
    expect(dotnet('mcr.microsoft.com/dotnet/runtime:8.0')).toBe(1);
  });
  it('follows the final stage’s FROM chain', () => {
    const text = 'FROM debian:12 AS base\nRUN apt-get install -y curl wget\nRUN curl -fsSLO https://example.com/a\nFROM base\nRUN wget -q https://example.com/b\n';
    expect(positions(ruleFindings('wget-and-curl', text))).toEqual([[5, 5]]);
  });
});

describe('consecutive-run', () => {
  it('reports each run of short consecutive RUNs once, at its second RUN', () => {
    const f = fixture('consecutive-run', 'bad');
    expect(positions(f)).toEqual([[3, 1], [8, 1]]);
    expect(f[0]!.message).toBe('3 consecutive `RUN` instructions (lines 2–5) could be one; join their commands with `&&` in a single `RUN`.');
  });
  it('leaves stage boundaries, different mounts, long RUNs and heredocs alone', () => {
    expect(fixture('consecutive-run', 'good')).toEqual([]);
  });
});

describe('pip-no-cache-dir in build-only stages', () => {
  const at = (text: string) => positions(ruleFindings('pip-no-cache-dir', text));
  it('judges what ships: a builder stage copied from keeps its pip cache to itself', () => {
    const build = 'FROM python:3.12 AS build\nRUN pip install --prefix=/install flask\n';
    expect(at(`${build}FROM python:3.12-slim\nCOPY --from=build /install /usr/local\n`)).toEqual([]);
    // Copying the home folder (and the cache in it) out of the builder ships the cache.
    expect(at(`${build}FROM python:3.12-slim\nCOPY --from=build /root /root\n`)).toEqual([[2, 5]]);
    expect(at(`${build}FROM build\nCMD ["flask", "run"]\n`)).toEqual([[2, 5]]);
    // A stage nothing uses is a `--target` of its own (llama.cpp's `full`): it ships.
    expect(at('FROM python:3.12 AS full\nRUN pip install flask\nFROM python:3.12-slim AS server\nCMD ["python3"]\n')).toEqual([[2, 5]]);
  });
  it('takes a copied folder under /home for the home holding the cache only when the RUN\'s user may live there (kserve\'s torchserve builder, /home/venv)', () => {
    const copy = 'FROM python:3.12-slim\nCOPY --from=build /home/venv /home/venv\n';
    // Run as root: the cache is in /root, and /home/venv is only the venv.
    expect(at(`FROM python:3.12 AS build\nRUN python3 -m venv /home/venv\nRUN /home/venv/bin/pip install flask\n${copy}`)).toEqual([]);
    // Another user, whose home the linter does not know: /home/venv may be it. A HOME there, or the home copied: reported.
    expect(at(`FROM python:3.12 AS build\nUSER venv\nRUN pip install flask\n${copy}`)).toEqual([[3, 5]]);
    expect(at(`FROM python:3.12 AS build\nENV HOME=/home/venv\nRUN pip install flask\n${copy}`)).toEqual([[3, 5]]);
    expect(at('FROM python:3.12 AS build\nUSER app\nRUN pip install flask\nFROM python:3.12-slim\nCOPY --from=build /home/app /home/app\n')).toEqual([[3, 5]]);
    expect(at(`FROM python:3.12 AS build\nENV XDG_CACHE_HOME=/home/venv/cache\nRUN pip install flask\n${copy}`)).toEqual([[3, 5]]);
  });
  it('leaves a build-only stage flattened into the image after a later RUN deleted the cache, not a stage that ships its layers', () => {
    const base = 'FROM python:3.12 AS base\nRUN pip install flask\nRUN rm -rf ~/.cache/pip\n';
    expect(at(`${base}FROM scratch\nCOPY --from=base / /\nCMD ["flask", "run"]\n`)).toEqual([]);
    expect(at(`${base}CMD ["flask", "run"]\n`)).toEqual([[2, 5]]);
  });
});

describe('pip-no-cache-dir run as root with the cache in another user\'s home', () => {
  const at = (text: string) => positions(ruleFindings('pip-no-cache-dir', text));
  it('leaves an install whose cache folder (or the first folder of its path there) is another user\'s: pip turns its cache off', () => {
    // jessfraz's weechat-matrix: the home made for `user` and given to it, then pip as root with that HOME.
    expect(at('FROM alpine:3.20\nENV HOME /home/user\nRUN adduser -S user -h $HOME \\\n\t&& chown -R user $HOME \\\n\t&& pip3 install -r requirements.txt\n')).toEqual([]);
    expect(at('FROM python:3.12\nRUN useradd -m app\nENV HOME=/home/app\nRUN pip install flask\n')).toEqual([]);
    // jupyter/enterprise_gateway: docker-stacks' own `HOME=/home/jovyan` holds under `USER root`.
    expect(at('FROM jupyter/minimal-notebook:04f7f60d34a6\nUSER root\nCOPY jupyter_enterprise_gateway*.whl /tmp/\nRUN pip install /tmp/jupyter_enterprise_gateway*.whl\n')).toEqual([]);
  });
  it('reports it when the cache folder is root\'s or that user\'s own run', () => {
    // root made `~/.cache` first (a folder, a tool that caches there, a COPY), or gave the home back to root.
    const home = 'FROM python:3.12\nRUN useradd -m app\nENV HOME=/home/app\n';
    expect(at(`${home}RUN mkdir -p ~/.cache/models && pip install flask\n`)).toEqual([[4, 33]]);
    expect(at(`${home}RUN uv pip install --system ruff\nRUN pip install flask\n`)).toEqual([[5, 5]]);
    expect(at(`${home}COPY . /home/app\nRUN pip install flask\n`)).toEqual([[5, 5]]);
    expect(at(`${home}RUN chown -R root /home/app && pip install flask\n`)).toEqual([[4, 32]]);
    // Run as the home's user, or through `sudo -u`: the cache is theirs and stays in the layer.
    expect(at('FROM python:3.12\nRUN useradd -m app\nUSER app\nENV HOME=/home/app\nRUN pip install flask\n')).toEqual([[5, 5]]);
    expect(at(`${home}RUN sudo -u app pip install flask\n`)).toEqual([[4, 17]]);
    expect(at('FROM jupyter/minimal-notebook:04f7f60d34a6\nRUN pip install flask\n')).toEqual([[2, 5]]);
    // A home never made for another user (`useradd` without `-m`) is not known to be theirs.
    expect(at('FROM python:3.12\nRUN useradd app\nENV HOME=/home/app\nRUN pip install flask\n')).toEqual([[4, 5]]);
  });
});
