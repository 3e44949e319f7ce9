import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFindings, positions, ruleFindings } from './helpers.js';

const bad = (id: string) => fixtureFindings(id, 'rules', id, 'bad.Dockerfile');
const good = (id: string) => fixtureFindings(id, 'rules', id, 'good.Dockerfile');

describe('no-sudo', () => {
  it('points at the first sudo of each RUN, in shell form, pipes, exec form and sudo -u', () => {
    const f = bad('no-sudo');
    expect(positions(f)).toEqual([[7, 5], [9, 7], [10, 6], [12, 5]]);
    expect(f[0]!.range.end).toEqual({ line: 7, column: 9 });
    expect(f[0]!.message).toContain('`sudo`');
    expect(f[0]!.message).toContain('USER root');
  });
  it('is silent on the sudo package, the sudo group, sudoers files and command -v sudo', () => {
    expect(good('no-sudo')).toEqual([]);
  });
  it('finds sudo inside $(…) and sh -c bodies, once per RUN', () => {
    expect(positions(ruleFindings('no-sudo', 'FROM debian:12\nRUN echo "$(sudo id -u)" && sh -c "sudo ls"\n'))).toEqual([[2, 13]]);
  });
  it('ignores CMD, checks ONBUILD RUN triggers (they run in every image built FROM this one, as hadolint checks them)', () => {
    expect(positions(ruleFindings('no-sudo', 'FROM debian:12\nONBUILD RUN sudo ls\nCMD sudo -E ./start.sh\n'))).toEqual([[2, 13]]);
  });
});

describe('curl-pipe-shell', () => {
  it('points at the shell that runs a download: pipes, sudo -E bash, python3 -, <(…), sh -c "$(…)"', () => {
    const f = bad('curl-pipe-shell');
    expect(positions(f)).toEqual([[5, 50], [6, 65], [7, 63], [8, 75], [9, 5], [10, 5], [13, 9]]);
    expect(f[0]!.message).toBe(
      '`sh` runs a script downloaded by `curl` without verifying it; download it to a file, check its SHA-256 (`sha256sum -c`), then run it.',
    );
    expect(f[2]!.message).toContain('`bash` runs a script downloaded by `wget`');
    expect(f[2]!.range.end).toEqual({ line: 7, column: 67 });
  });
  it('is silent on data pipes (tar, gpg, apt-key, python3 -c, bash -c), verified files and local scripts', () => {
    expect(good('curl-pipe-shell')).toEqual([]);
  });
  it('tells stdout downloads from downloads to a file', () => {
    const run = (line: string) => positions(ruleFindings('curl-pipe-shell', `FROM debian:12\nRUN ${line}\n`));
    expect(run('curl -fsSLo install.sh https://example.com/i.sh | sh')).toEqual([]);
    expect(run('curl -fsSL -o - https://example.com/i.sh | sh')).toEqual([[2, 48]]);
    expect(run('wget -O /tmp/i.sh https://example.com/i.sh | sh')).toEqual([]);
    expect(run('wget --output-document=- https://example.com/i.sh | sh')).toEqual([[2, 57]]);
    expect(run('curl -sS https://getcomposer.org/installer | php -- --install-dir=/usr/local/bin')).toEqual([[2, 50]]);
    expect(run('curl -sSL https://aka.ms/getvsdbgsh | bash /dev/stdin -v latest')).toEqual([[2, 43]]);
    expect(run('curl -sSL https://example.com/x.sh | bash x.sh')).toEqual([]);
  });
  it('finds the pipe in a heredoc script and in exec form', () => {
    expect(positions(ruleFindings('curl-pipe-shell', 'FROM debian:12\nRUN <<EOF\nset -e\ncurl -fsSL https://example.com/i.sh | bash\nEOF\n'))).toEqual([[4, 39]]);
    expect(positions(ruleFindings('curl-pipe-shell', 'FROM debian:12\nRUN ["/bin/sh", "-c", "curl -fsSL https://example.com/i.sh | sh"]\n'))).toEqual([[2, 62]]);
  });
});

describe('shell-pipefail', () => {
  it('points at the first command of the first unprotected pipe of each RUN', () => {
    const f = bad('shell-pipefail');
    expect(positions(f)).toEqual([[2, 5], [4, 16], [6, 26], [7, 21], [9, 5], [11, 5], [13, 9], [14, 9], [16, 11], [18, 11], [20, 9], [21, 5], [23, 5], [25, 5], [27, 5], [30, 5], [31, 5], [32, 5], [34, 5], [38, 5], [45, 18], [48, 6], [50, 5]]);
    expect(f[0]!.message).toBe(
      'If `curl` fails, this pipe still succeeds when `tee` does (a pipe\'s status is its last command\'s), and the build goes on; add `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before this RUN.',
    );
    expect(f[2]!.message).toContain('start the shell with `-o pipefail`');
    expect(f[3]!.message).toContain('`grep`');
  });
  it('is silent on cannot-fail sources, yes, pipefail set by SHELL/exec form/set, inherited SHELL, heredoc Python and PowerShell', () => {
    expect(good('shell-pipefail')).toEqual([]);
  });
  it('judges the audit AJ classes: an unseen status, a fed line rejected, a path tested, a base without apt lists (items 310-314)', () => {
    const run = (text: string, from = 'debian:12') => ruleFindings('shell-pipefail', `FROM ${from}\n${text}\n`).length;
    // 311: a heredoc script without set -e: the pipe's status is thrown away by the lines after the `fi`.
    const heredoc = (head: string) => `RUN <<EOF\n${head}apt-get update\nif [ "$P" != amd64 ]; then\n\tcurl -sSf https://sh.rustup.rs | sh -s -- -y\nfi\nrm -rf /var/lib/apt/lists/*\nEOF`;
    expect(run(heredoc(''))).toBe(0);
    expect(run(heredoc('set -e\n'))).toBe(1);
    expect(run('RUN curl -fsSL https://example.com/a.conf | tee /etc/a.conf; echo done')).toBe(0);
    expect(run('RUN curl -fsSL https://example.com/a.conf | tee /etc/a.conf && echo done')).toBe(1);
    expect(run('RUN if [ -n "$X" ]; then curl -fsSL https://example.com/a.conf | tee /etc/a.conf; fi')).toBe(1);
    // 310: an empty fingerprint makes the fed line `:6:`, which gpg2 --import-ownertrust rejects.
    const fpr = 'fpr="$(gpg2 --with-colons --fingerprint aws-cli | grep \'^fpr\' | cut -d: -f10)"';
    expect(run(`RUN ${fpr} && echo "\${fpr}:6:" | gpg2 --import-ownertrust`)).toBe(0);
    expect(run(`RUN ${fpr} && echo "\${fpr}:6:" | tee /tmp/trust`)).toBe(1);
    expect(run(`RUN ${fpr} && echo "trust \${fpr}:6:" | gpg2 --import-ownertrust`)).toBe(1);
    // 312: an empty find result names /librdkafka/CMakeLists.txt, which the `[ -f ]` test rejects with `exit 1`.
    const dir = 'D=$(find /usr/local/cargo/registry/src -name "rdkafka-sys-*" -type d | head -n 1) && F="$D/librdkafka/CMakeLists.txt"';
    expect(run(`RUN ${dir} && if [ -f "$F" ]; then sed -i s/a/b/ "$F"; else echo missing && exit 1; fi`)).toBe(0);
    expect(run(`RUN ${dir} && [ -f "$F" ] || exit 1`)).toBe(0);
    expect(run(`RUN ${dir} && if [ -f "$F" ]; then sed -i s/a/b/ "$F"; fi`)).toBe(1);
    expect(run(`RUN ${dir} && if [ -f "$F" ]; then exit 1; fi`)).toBe(1);
    // 314: rust is buildpack-deps based and ships without apt lists: after a failed NodeSource download the install fails.
    const node = 'RUN curl -fsSL https://deb.nodesource.com/setup_24.x | bash - && apt-get install -y nodejs';
    expect(run(node, 'rust:1.93.0')).toBe(0);
    expect(run(`RUN apt-get update\n${node}`, 'rust:1.93.0')).toBe(1);
    expect(run(node, 'rust:1.93.0-alpine')).toBe(1);
    expect(run(node, 'example/rust:1.93.0')).toBe(1);
  });
  it('drops a `find /` feeding a cleanup, whose walk fails on what vanishes under /proc; keeps a find of a folder that may be missing', () => {
    const run = 'RUN rm -rf /opt/pkgs && find / -type d -name __pycache__ | xargs rm -rf\n';
    expect(ruleFindings('shell-pipefail', `FROM ubuntu:22.04\n${run}`)).toEqual([]);
    expect(ruleFindings('shell-pipefail', `FROM ubuntu:22.04\n${run.replace('find /', 'find /opt/app')}`)).toHaveLength(1);
  });
  it('trusts a path a `mv` of the RUN put there (its failure ending the RUN), not one it moved away', () => {
    const run = (path: string) => `RUN set -eux; mkdir -p /usr/src; mv "/usr/src/busybox-$V" /usr/src/busybox; stat -c '%Y' ${path} | tee /usr/src/epoch\n`;
    expect(ruleFindings('shell-pipefail', `FROM debian:12\n${run('/usr/src/busybox')}`)).toEqual([]);
    expect(ruleFindings('shell-pipefail', `FROM debian:12\n${run('/usr/src/other')}`)).toHaveLength(1);
  });
  it('trusts a program\'s file that a `which` or `command -v` the reader needs printed (truss\'s self_upgrade), not one no lookup vouched for', () => {
    const run = (body: string) => `FROM python:3.12\nRUN if [ "$INSTALL_METHOD" = "tool" ]; then \\\n  ${body}; \\\n  fi\n`;
    const findings = (body: string) => ruleFindings('shell-pipefail', run(body));
    expect(findings('TRUSS_BIN=$(which truss) && PYTHON_PATH=$(head -1 "$TRUSS_BIN" | sed \'s/^#!//\') && echo "$PYTHON_PATH" > /tests/.python_path')).toEqual([]);
    expect(findings('command -v truss && PYTHON_PATH=$(head -1 "$(command -v truss)" | sed \'s/^#!//\') && echo "$PYTHON_PATH" > /p')).toEqual([]);
    // The lookup only in the word read (an empty name when it fails), a lookup whose failure the reader does not need, another program's, a variable set twice.
    expect(findings('PYTHON_PATH=$(head -1 "$(which truss)" | sed \'s/^#!//\') && echo "$PYTHON_PATH" > /p')).toHaveLength(1);
    expect(findings('TRUSS_BIN=$(which truss); PYTHON_PATH=$(head -1 "$TRUSS_BIN" | sed \'s/^#!//\') && echo "$PYTHON_PATH" > /p')).toHaveLength(1);
    expect(findings('TRUSS_BIN=$(which truss) && PYTHON_PATH=$(head -1 "$(which pip)" | sed \'s/^#!//\') && echo "$PYTHON_PATH" > /p')).toHaveLength(1);
    expect(findings('TRUSS_BIN=$(which truss) && TRUSS_BIN=$(ls /opt/*/truss) && PYTHON_PATH=$(head -1 "$TRUSS_BIN" | sed \'s/^#!//\') && echo "$PYTHON_PATH" > /p')).toHaveLength(1);
  });
  it('follows an APT keyring copied into another stage whose RUN updates from a source it signs', () => {
    const key = 'FROM ubuntu:20.04 AS key-getter\nRUN curl -fsSL https://apt.example.com/key.pub | gpg --dearmor | tee /root/k.gpg\nFROM debian:bullseye\n';
    const copy = 'COPY --from=key-getter /root/k.gpg /usr/share/keyrings/k.gpg\n';
    const source = 'RUN echo "deb [signed-by=/usr/share/keyrings/k.gpg] https://apt.example.com all main" > /etc/apt/sources.list.d/x.list\nRUN mkdir -p /data && apt-get update && apt-get install -y x\n';
    expect(ruleFindings('shell-pipefail', key + copy + source)).toEqual([]);
    // Not copied, or copied but never used by a source: the failure stays hidden.
    expect(ruleFindings('shell-pipefail', key + source)).toHaveLength(1);
    expect(ruleFindings('shell-pipefail', key + copy + 'RUN apt-get update\n')).toHaveLength(1);
  });
  it('trusts the multiarch library folders of Debian and Ubuntu images, not of Alpine or Red Hat ones', () => {
    // openvino's stream_client demo: `find` over a folder libc6 fills, feeding `xargs -I`, cannot hide a failure.
    const run = "RUN mkdir /cvlib && find /lib/x86_64-linux-gnu/ -name 'libopencv*' -print | xargs -I % cp % /cvlib\n";
    expect(ruleFindings('shell-pipefail', `FROM ubuntu:22.04\n${run}`)).toEqual([]);
    expect(ruleFindings('shell-pipefail', `FROM debian:12\n${run.replace('/lib/x86_64', '/usr/lib/aarch64')}`)).toEqual([]);
    expect(ruleFindings('shell-pipefail', `FROM alpine:3.20\n${run}`)).toHaveLength(1);
    expect(ruleFindings('shell-pipefail', `FROM rockylinux:9\n${run}`)).toHaveLength(1);
    expect(ruleFindings('shell-pipefail', `FROM ubuntu:22.04\n${run.replace('/lib/x86_64-linux-gnu/', '/opt/libs/')}`)).toHaveLength(1);
  });
  it('accepts the pipefail spellings of SHELL', () => {
    for (const shell of ['"/bin/bash", "-o", "pipefail", "-c"', '"/bin/bash","-eo","pipefail","-c"', '"/bin/ash", "-euxo", "pipefail", "-c"']) {
      expect(ruleFindings('shell-pipefail', `FROM alpine:3.20\nSHELL [${shell}]\nRUN wget -qO- https://example.com/a.tgz | tar -xz\n`)).toEqual([]);
    }
  });
  it('offers `set -o pipefail` only where the RUN shell takes it, and reports it under dash', () => {
    const msg = (text: string): string => ruleFindings('shell-pipefail', text)[0]!.message;
    const pipe = 'RUN curl -fsSL https://x | tee /x\n';
    expect(msg(`FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\n${pipe}`)).not.toContain('set -o pipefail');
    expect(msg(`FROM someimage:1\n${pipe}`)).not.toContain('set -o pipefail');
    expect(msg(`FROM alpine:3.20\n${pipe}`)).toContain('(or `set -o pipefail` in it)');
    expect(msg(`FROM debian:12\nSHELL ["/bin/bash", "-c"]\n${pipe}`)).toContain('(or `set -o pipefail` in it)');
    const f = ruleFindings('shell-pipefail', 'FROM ubuntu:24.04\nRUN set -euxo pipefail; curl -fsSL https://x | tee /x\nRUN bash -c "set -o pipefail; curl -fsSL https://x | tee /x"\n');
    expect(positions(f)).toEqual([[2, 5]]);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message).toContain('Illegal option -o pipefail');
    expect(ruleFindings('shell-pipefail', 'FROM alpine:3.20\nRUN set -o pipefail; curl -fsSL https://x | tee /x\n')).toEqual([]);
  });
  it('is silent where the failure shows without pipefail, and says when it would be hidden', () => {
    const run = (line: string) => ruleFindings('shell-pipefail', `FROM debian:12\nRUN ${line}\n`).map((f) => f.message);
    // The last command fails on the empty output of a failed source (GNU and BusyBox alike).
    expect(run('grep " a.tgz$" SHA256SUMS | sha256sum -c -')).toEqual([]);
    expect(run('nvcc --version | grep -q "release 12"')).toEqual([]);
    expect(run('find /src -name "*.tar" | head -1 | tar -t')).toEqual([]);
    // Compressed streams and armour are checked whole: a cut-off download fails them too.
    expect(run('curl -fsSL https://x/a.tgz | tar -xz -C /opt')).toEqual([]);
    expect(run('wget -qO- https://x/a.tgz | tar xzf - -C /opt')).toEqual([]);
    expect(run('curl -fsSL https://x/key | gpg --dearmor -o /k.gpg')).toEqual([]);
    // Also behind a launcher that passes its stdin on (kaldi's `wget -O- … | sudo apt-key add -`).
    expect(run('wget -O- https://x/key | sudo apt-key add -')).toEqual([]);
    // An uncompressed tar fails on an archive cut inside a member (GNU: "Unexpected EOF in archive", BusyBox: "short
    // read") and on an error page (curl without -f): the failure shows.
    expect(run('curl -fsSL https://x/a.tar | tar -x')).toEqual([]);
    expect(run('curl -Ls https://x/a.tar | tar -x -C /usr/local/lib')).toEqual([]);
    expect(ruleFindings('shell-pipefail', 'FROM alpine:3.20\nRUN wget -qO- https://x/a.tar | tar -x\n')).toEqual([]);
    // grep selects from the part that arrived, with status 0.
    expect(run('curl -fsSL https://x/VERSION | grep -q 2.4')[0]).toContain('If `curl` fails midway, `grep` still succeeds on the part that arrived');
    expect(run('curl -fsSL https://x/a.tgz | tar -xzf /tmp/b.tgz')[0]).toContain("this pipe still succeeds when `tar` does (a pipe's status is its last command's)");
    // awk's END block prints on no input: the end gets a line.
    expect(run('cat /etc/os-release | awk \'END { print NR }\' | grep -q 1')).toHaveLength(1);
    // A `$(…)` whose status no command sees: pipefail would change nothing. A bare assignment's status counts.
    expect(run('echo "arch: $(curl -fsSL https://x | jq -r .arch)"')).toEqual([]);
    expect(run('export V="$(curl -fsSL https://x | jq -r .tag)"')).toEqual([]);
    expect(run('V="$(curl -fsSL https://x | jq -r .tag)" && echo "$V"')[0]).toContain('If `curl` fails, this pipe still succeeds when `jq` does');
    // The empty value of a failed source fails a later command that takes it whole, and that ends the RUN.
    expect(run('WHL="$(ls -t /dist/*.whl | head -1)" && uv pip install --system "${WHL}"')).toEqual([]);
    expect(run('set -eux; arch="$(dpkg --print-architecture | awk -F- \'{ print $NF }\')"; cp "/opt/bin-$arch" /usr/local/bin/x; tar -xf "$arch"')).toEqual([]);
    // Not when the value is unquoted (empty, it is no operand at all), tolerated (`echo`, `cd`), taken after the chain
    // (`;` without `set -e`) by a command that does not end the RUN, or downloaded (a cut download is not empty, unless
    // jq parsed it).
    expect(run('DEPS="$(scanelf --needed /opt/app | awk \'{ print $2 }\')" && apk add --no-cache $DEPS')).toHaveLength(1);
    expect(run('V="$(ls /opt | head -1)" && echo "$V"')).toHaveLength(1);
    expect(run('V="$(ls /opt | head -1)" && echo "$V"; cp "$V" /x; echo done')).toHaveLength(1);
    // Taken by a command of the RUN's last statement, whose failure is the RUN's.
    expect(run('V="$(ls /opt | head -1)" && echo "$V"; cp "$V" /x')).toEqual([]);
    expect(run('V="$(curl -fsSL https://x | head -n 1)" && wget "$V"')).toHaveLength(1);
    // Unless jq reads the download: it prints nothing of a cut-off JSON text, so the value is whole or empty.
    expect(run('V="$(curl -fsSL https://x | jq -r .url)" && wget "$V"')).toEqual([]);
    // In a URL that a failing download fetches (wget, curl -f): an empty value names nothing, and the download fails.
    const arch = 'set -eux; a="$(cat /etc/build-arch | awk -F- \'{ print $NF }\')"; ';
    expect(run(`${arch}wget -O /usr/local/bin/gosu "https://h/gosu-$a"`)).toEqual([]);
    expect(run(`${arch}curl -fsSLo /x "https://h/gosu-$a"`)).toEqual([]);
    expect(run(`${arch}curl -o /x "https://h/gosu-$a"`)).toHaveLength(1);
    // A downloaded value in a folder of a later download's URL: empty or cut off, it names a folder that is not there,
    // and the download fails (docker-selenium's msedgedriver). Not as part of a file name, nor through curl without -f
    // (unless a later command rejects the error page it saves: the AL items below).
    const latest = 'V=$(wget -qO- "https://h/LATEST_RELEASE" | tr -d "\\r") && ';
    expect(run(`${latest}wget -O /tmp/d.zip https://h/$V/driver.zip`)).toEqual([]);
    expect(run(`${latest}wget -O /tmp/d.zip "https://h/\${V}/driver.zip"`)).toEqual([]);
    expect(run(`${latest}wget -O /tmp/d.zip https://h/driver-$V.zip`)).toHaveLength(1);
    expect(run(`${latest}curl -o /tmp/d.zip https://h/$V/driver.zip`)).toHaveLength(1);
    // Also through a variable holding the URL (docker-selenium's chromedriver, in the else branch of an ARG test) or the
    // value whole: a copy, or a `$(if …; then echo "$V"; else echo "$ARG"; fi)` choosing it (its geckodriver).
    expect(run(`${latest}URL=https://h/$V/driver.zip && wget -O /tmp/d.zip $URL`)).toEqual([]);
    expect(run(`if [ -n "$A" ]; then URL=https://h/$A/d.zip; else ${latest}URL=https://h/$V/d.zip; fi && echo "$URL" && wget -O /tmp/d.zip $URL`)).toEqual([]);
    // (A line filter, which may print part of a cut-off download; jq would print nothing, and the value be whole or empty.)
    const gecko = 'L=$(curl -sk https://api/releases/latest | grep -m1 tag_name | cut -d\'"\' -f4) && ';
    const pick = (body: string) => run(`${gecko}GK=$(${body}) && wget -O /tmp/g.tgz https://h/download/\${GK}/g-\${GK}.tgz`);
    expect(pick('if [ "${A:-latest}" = latest ]; then echo "${L}"; else echo $A; fi')).toEqual([]);
    expect(run(`${gecko}C=$L && wget -O /tmp/g.tgz "https://h/download/$C/g.tgz"`)).toEqual([]);
    // Traps: the value in a file name of the URL; the URL replaced, or fetched by curl without -f; a `$(…)` that tests the
    // value (an empty one picks a fallback), filters it, or prints before it (an empty value leaves `1.0`).
    expect(run(`${latest}URL=https://h/driver-$V.zip && wget -O /tmp/d.zip $URL`)).toHaveLength(1);
    expect(run(`${latest}URL=https://h/$V/driver.zip && URL=https://h/latest/driver.zip && wget -O /tmp/d.zip $URL`)).toHaveLength(1);
    expect(run(`${latest}URL=https://h/$V/driver.zip && curl -o /tmp/d.zip $URL`)).toHaveLength(1);
    expect(pick('if [ -z "$L" ]; then echo 1.0; else echo "$L"; fi')).toHaveLength(1);
    expect(pick('echo "$L" | cut -d. -f1')).toHaveLength(1);
    expect(pick('echo 1.0; echo "$L"')).toHaveLength(1);
    expect(run(`${gecko}C=\${L:-1.0} && wget -O /tmp/g.tgz "https://h/download/$C/g.tgz"`)).toHaveLength(1);
    // Every way of testing the value for emptiness, read from the shell model (commands, `[[ ]]`, `${V:?}`).
    const found = 'V="$(find /opt/dist -name "*.whl" | head -1)" && ';
    for (const test of ['[ -n "$V" ] && pip install "$V"', 'if test -z "$V"; then exit 1; fi', '[ "$V" ] || exit 1', '[[ -n $V ]] || exit 1', 'pip install "${V:?no wheel}"', 'echo ${V?}']) {
      expect(run(`${found}${test}`), test).toEqual([]);
    }
    expect(run(`${found}echo "$V"`)).toHaveLength(1);
    expect(run(`${found}[ -n "$W" ] || exit 1`)).toHaveLength(1);
    // A `case` on the value whose catch-all item exits with a failure: an empty value stops the script.
    const lookup = 'set -eux; arch="$(cat /etc/build-arch | awk -F- \'{ print $NF }\')"; case "$arch" in amd64) url=x ;; ';
    expect(run(`${lookup}*) echo >&2 "unsupported: $arch"; exit 1 ;; esac; echo "$url"`)).toEqual([]);
    expect(run(`${lookup}*) echo unknown ;; esac; echo "$url"`)).toHaveLength(1);
    // A source that only prints a fact of the image cannot fail: the package manager's architecture or package list.
    expect(run('set -eux; a="$(dpkg --print-architecture | awk -F- \'{ print $NF }\')"; echo "$a"')).toEqual([]);
    expect(run('apt-mark showmanual | xargs apt-mark auto > /dev/null')).toEqual([]);
    // So does a listing of the whole package database (`dpkg -l`, as `dpkg-query --show`); not one of named packages.
    expect(run('dpkg -l | awk \'/^ii/ { print $2 }\' > /tmp/pkgs')).toEqual([]);
    expect(run('dpkg -l \'libssl*\' | awk \'/^ii/ { print $2 }\' > /tmp/pkgs')).toHaveLength(1);
    expect(run('apt list --installed | sed "s|/.*||" | xargs apt source --download-only')).toEqual([]);
    // find over folders of every image, whose status no action sets (`-exec … ;` is a test), and xargs running a
    // command that cannot fail (a dpkg-query miss is an answer).
    const ldd = 'find /usr/local -type f -executable -exec ldd "{}" ";" | awk \'/=>/ { print $(NF-1) }\' | sort -u | xargs -r dpkg-query --search | cut -d: -f1 | sort -u | xargs -r apt-mark manual';
    expect(run(ldd)).toEqual([]);
    expect(run('find . -name "*.go" | xargs addlicense -check')).toEqual([]);
    expect(run(ldd.replace('/usr/local', '/opt/app'))[0]).toContain('If `find` fails');
    expect(run(ldd.replace('";"', '+'))[0]).toContain('If `find` fails');
    // A walk of `/` fails on what vanishes under /proc: noise pipefail would turn into a failed build (CHANGING_FOLDERS).
    expect(run('find / -name "*.so" | xargs strip')).toEqual([]);
    expect(run('find /usr/local -name "*.pyc" -delete -print | wc -l')[0]).toContain('If `find` fails');
    expect(run('find /usr/local -newer /tmp/stamp -type f | xargs -r strip')[0]).toContain('If `find` fails');
    // xargs gives the command its operands from its input: a file reader run by it may miss them.
    expect(run('echo "$FILES" | xargs cat | sort -u > /tmp/all')[0]).toContain('If `xargs` fails');
    expect(run('find /usr/local -type f | xargs -r file | grep ELF | cut -d: -f1 | xargs strip')[0]).toContain('If `xargs` fails');
    // scanelf over a folder of every image, or a file the RUN then needs (a missing one fails it there).
    expect(run('runDeps="$(scanelf --needed --nobanner --format "%n#p" --recursive /usr/local | tr "," "\\n" | sort -u)"; apk add $runDeps')).toEqual([]);
    // A folder the official base image's build made: php's extension folder, which docker-php-ext-install fills (nextcloud).
    const php = 'RUN runDeps="$(scanelf --needed --nobanner --format "%n#p" --recursive /usr/local/lib/php/extensions | tr "," "\\n" | sort -u)" && apk add $runDeps\n';
    expect(ruleFindings('shell-pipefail', `FROM php:8.3-fpm-alpine3.22\n${php}`)).toEqual([]);
    expect(ruleFindings('shell-pipefail', `FROM alpine:3.22\n${php}`)).toHaveLength(1);
    expect(run('mv /usr/bin/envsubst /tmp/ && deps="$(scanelf --needed --nobanner /tmp/envsubst | awk \'{ print $2 }\')" && apk add $deps && mv /tmp/envsubst /usr/local/bin/')).toEqual([]);
    expect(run('deps="$(scanelf --needed --nobanner /tmp/envsubst | awk \'{ print $2 }\')" && apk add $deps; mv /tmp/envsubst /usr/local/bin/')).toHaveLength(1);
    expect(run('mv /usr/bin/envsubst /tmp/ && deps="$(scanelf --needed --nobanner /tmp/envsubst | awk \'{ print $2 }\' | xargs -r apk info --installed)" && apk add $deps && mv /tmp/envsubst /usr/local/bin/')).toEqual([]);
    // Where mv writes is not a file it needs.
    expect(run('sed "s/a/b/" /opt/b.txt | sed "s/^=/==/" > /opt/b.new && mv /opt/b.new /opt/b.txt')).toHaveLength(1);
    // A key written where APT reads keyrings, then `apt-get update` in the same RUN: a broken keyring fails it.
    const key = 'wget -O - https://apt.kitware.com/keys/k.asc | gpg --dearmor - | tee /usr/share/keyrings/k.gpg > /dev/null';
    expect(run(`${key} && echo "deb [signed-by=/usr/share/keyrings/k.gpg] https://apt.kitware.com/ubuntu/ jammy main" > /etc/apt/sources.list.d/k.list && apt-get update`)).toEqual([]);
    expect(run(key)).toHaveLength(1);
    expect(run(`${key}; apt-get update`)).toHaveLength(0); // `;` without set -e: the pipe's status is unseen (statusUnused)
    expect(run('curl -fsSL https://x/app.conf | tee /etc/app.conf && apt-get update')).toHaveLength(1);
    // The update as the first command of the next RUN, reading a source that the keyring signs.
    const lines = (text: string) => ruleFindings('shell-pipefail', `FROM debian:12\n${text}`).map((f) => f.range.start.line);
    const source = 'echo "deb [signed-by=/usr/share/keyrings/k.gpg] https://apt.kitware.com/ubuntu/ jammy main" | tee /etc/apt/sources.list.d/k.list';
    expect(lines(`RUN ${key} && \\\n  ${source}\nRUN apt-get update && apt-get install -y cmake\n`)).toEqual([]);
    // Traps: no source signed by it, the update not first or its failure not ending its RUN, a RUN between.
    expect(lines(`RUN ${key} && \\\n  ${source.replace('k.gpg', 'other.gpg')}\nRUN apt-get update && apt-get install -y cmake\n`)).toEqual([2]);
    expect(lines(`RUN ${key} && \\\n  ${source}\nRUN apt-get update || true\n`)).toEqual([2]);
    expect(lines(`RUN ${key} && \\\n  ${source}\nRUN mkdir /x\nRUN apt-get update\n`)).toEqual([2]);
    // A key given to `apt-key add` in a group that swallows its status, then an `apt-get update` of the chain over a
    // source the stage wrote without signed-by (azure-functions-docker): a missing key leaves it unsigned, and the update fails.
    const msKey = 'curl -sL https://packages.microsoft.com/keys/microsoft.asc | (OUT=$(apt-key add - 2>&1) || echo $OUT)';
    const msList = 'echo "deb [arch=amd64] https://packages.microsoft.com/repos/azure-cli/ bullseye main" > /etc/apt/sources.list.d/azure-cli.list';
    expect(run(`apt-get update && ${msList} && ${msKey} && apt-get update && apt-get install -y azure-cli`)).toEqual([]);
    // Traps: no source of the stage, a source signed by its own keyring, the update's failure not ending the RUN.
    expect(run(`${msKey} && apt-get update`)).toHaveLength(1);
    expect(run(`${msList.replace('[arch=amd64]', '[signed-by=/usr/share/keyrings/ms.gpg]')} && ${msKey} && apt-get update`)).toHaveLength(1);
    expect(run(`${msList} && ${msKey}; apt-get update`)).toHaveLength(0); // `;` without set -e: the pipe's status is unseen (statusUnused)
    // A later test asserts the value equals a literal that a failed source's output (nothing, a count of 0) is not.
    expect(run('N=$(find "$D" -name "*.cubin" | wc -l) && echo "$N" && test "${N}" -eq 1696')).toEqual([]);
    expect(run('N=$(find "$D" -name "*.cubin" | wc -l) && test "$N" -eq 0')).toHaveLength(1);
    expect(run('N=$(find "$D" -name "*.cubin" | wc -l) && echo "$N"; test "$N" = 3; echo done')).toHaveLength(1);
    // A file the pipe writes that a later command reads and fails on when it is empty (grep, sha256sum -c).
    expect(run('pip install --dry-run torch 2>&1 | tee /tmp/dry.txt && grep -oP "(?<=Would install ).*" /tmp/dry.txt > /tmp/pkgs.txt')).toEqual([]);
    expect(run('pip install --dry-run torch 2>&1 | tee /tmp/dry.txt; grep -oP "(?<=Would install ).*" /tmp/dry.txt > /tmp/pkgs.txt')).toHaveLength(0); // `;` without set -e: the pipe's status is unseen (statusUnused)
    expect(run('curl -fsSL https://x/SUMS | tee /tmp/SUMS && grep app /tmp/SUMS')).toHaveLength(1);
    // A later check of the written file against a pinned digest (NVIDIA's driver images): a cut-off download does not match.
    const sha = 'afbea87d3b979b3788ef34223aeeb323ade481128e2c133723ae99b8a51368bb';
    const gpgkey = 'curl -fsSL "https://developer.download.nvidia.com/x/CDF6BA43.pub" | sed "/^Version/d" > /etc/pki/KEY';
    expect(run(`SUM=${sha} && ${gpgkey} && echo "$SUM  /etc/pki/KEY" | sha256sum -c --strict -`)).toEqual([]);
    expect(run(`${gpgkey} && sha256sum --check <<< "${sha}  /etc/pki/KEY"`)).toEqual([]);
    // Traps: a digest from another download, another file checked, the check's failure not ending the RUN or hidden by its own pipe.
    expect(run(`SUM=$(curl -fsSL https://x/KEY.sha256) && ${gpgkey} && echo "$SUM  /etc/pki/KEY" | sha256sum -c -`)).toHaveLength(1);
    expect(run(`${gpgkey} && sha256sum -c <<< "${sha}  /etc/pki/OTHER"`)).toHaveLength(1);
    expect(run(`${gpgkey}; sha256sum -c <<< "${sha}  /etc/pki/KEY" || true`)).toHaveLength(0); // `;` without set -e: the pipe's status is unseen (statusUnused)
    expect(run(`${gpgkey} && echo "${sha}  /etc/pki/KEY" | sha256sum -c - | tee /tmp/log`)).toHaveLength(1);
    // A file the pipe writes and the script then tests for emptiness (`-s`): the failure is handled.
    expect(run('cmake --version | head -n1 | cut -d" " -f3 > /tmp/v; [ -s /tmp/v ] || echo 0.0.0 > /tmp/v')).toEqual([]);
    expect(run('cmake --version | head -n1 > /tmp/v && cat /tmp/v')).toHaveLength(1);
  });
  it('is silent on a checksum compared with one that cannot be empty, the script failing on a mismatch', () => {
    const run = (text: string) => ruleFindings('shell-pipefail', `FROM debian:12\n${text}\n`).length;
    // go.tgz by a curl without -f, which does not make it sure to exist: sha256sum may fail on it.
    const get = 'curl -sSL -o go.tgz https://dl.google.com/go/go.tgz; wget -O go.sha256 https://dl.google.com/go/go.tgz.sha256; ';
    const actual = 'actual=$(sha256sum go.tgz | awk \'{print $1}\'); ';
    const mismatch = 'if [ "$expected" != "$actual" ]; then echo >&2 mismatch; exit 1; fi';
    expect(run(`RUN set -eux; ${get}expected=$(cat go.sha256); ${actual}${mismatch}`)).toBe(0);
    expect(run(`ARG GO_SHA256=8e5f…\nRUN set -eux; ${get}${actual}[ "$actual" != "$GO_SHA256" ] && exit 1; tar -xzf go.tgz`)).toBe(0);
    expect(run(`RUN set -eux; ${get}${actual}[ "$actual" = "8e5f" ]`)).toBe(0);
    // Traps: both sides may be empty (a value from another pipe, a file no download wrote, a build value without
    // default, an `export` masking cat's failure); a mismatch that does not fail; `-ne`, which errs on an empty value.
    expect(run(`RUN set -eux; ${get}expected=$(cut -d' ' -f1 go.sha256 | tr -d ' '); ${actual}${mismatch}`)).toBe(1);
    expect(run(`RUN set -eux; ${get}expected=$(cat /tmp/go.sha256); ${actual}${mismatch}`)).toBe(1);
    expect(run(`ARG GO_SHA256\nRUN set -eux; ${get}${actual}[ "$actual" != "$GO_SHA256" ] && exit 1; tar -xzf go.tgz`)).toBe(1);
    expect(run(`RUN set -eux; ${get}export expected=$(cat go.sha256); ${actual}${mismatch}`)).toBe(1);
    expect(run(`RUN set -eux; ${get}expected=$(cat go.sha256); ${actual}if [ "$expected" != "$actual" ]; then echo >&2 mismatch; fi`)).toBe(1);
    expect(run(`RUN set -eux; ${get}${actual}[ "$actual" -ne 8 ] && exit 1; tar -xzf go.tgz`)).toBe(1);
  });
  it('knows the files that earlier RUNs wrote or read are there', () => {
    const run = (text: string) => ruleFindings('shell-pipefail', `FROM debian:12
${text}`).map((f) => f.message);
    const made = 'RUN pip list --format=freeze | grep nvidia > /tmp/nvidia.txt\n';
    expect(run(`${made}RUN head -n 5 /tmp/nvidia.txt | while read -r p; do pip install "$p"; done\n`)).toEqual([]);
    expect(run(`${made}RUN sed -n '6,10p' /tmp/nvidia.txt | while read -r p; do pip install "$p"; done\n`)).toEqual([]);
    expect(run(`${made}RUN rm /tmp/nvidia.txt\nRUN tail -n +11 /tmp/nvidia.txt | while read -r p; do pip install "$p"; done\n`)).toHaveLength(1);
    expect(run('RUN tail -n +11 /tmp/nvidia.txt | while read -r p; do pip install "$p"; done\n')).toHaveLength(1);
    // What an earlier COPY wrote is there: a file in a copied folder, a copied folder scanned.
    const copied = 'COPY entrypoint.d/ /opt/nvidia/entrypoint.d/\nRUN sed s/Server/SDK/ /opt/nvidia/entrypoint.d/10-banner.txt | sed s/^===/====/ > /tmp/b\n';
    expect(run(copied)).toEqual([]);
    expect(run('RUN sed s/Server/SDK/ /opt/nvidia/entrypoint.d/10-banner.txt | sed s/^===/====/ > /tmp/b\n')).toHaveLength(1);
  });
  it('knows a folder the script tested with `[ -d ]` is there (docker-library\'s PHP extension idiom)', () => {
    const run = (text: string) => ruleFindings('shell-pipefail', `FROM php:8.3-fpm\nRUN set -eux; ${text}\n`).length;
    const ext = 'extDir="$(php -r \'echo ini_get("extension_dir");\')"; ';
    expect(run(`${ext}[ -d "$extDir" ]; ldd "$extDir"/*.so | awk '/=>/ { print $(NF-1) }' | sort -u | xargs -r dpkg-query --search | cut -d: -f1 | sort -u | xargs -rt apt-mark manual`)).toBe(0);
    expect(run(`${ext}[ -d "$extDir" ]; runDeps="$(scanelf --needed --nobanner --format '%n#p' --recursive "$extDir" | tr ',' '\\n' | sort -u)"; apt-mark manual $runDeps`)).toBe(0);
    // Not tested: the folder may be missing.
    expect(run(`${ext}ldd "$extDir"/*.so | awk '/=>/ { print $(NF-1) }' | sort -u | xargs -r apt-mark manual`)).toBe(1);
    // Through `dpkg-query --search`, which fails on a library no package owns: pipefail would break the idiom itself.
    expect(run(`ldd "$(php -r 'echo ini_get("extension_dir");')"/*.so | awk '/=>/ { print $(NF-1) }' | sort -u | xargs -r dpkg-query --search | cut -d: -f1 | sort -u | xargs -rt apt-mark manual`)).toBe(0);
  });
  it('is silent when the chain then runs the tool the piped installer installs (a failed download fails there)', () => {
    const run = (line: string) => ruleFindings('shell-pipefail', `FROM debian:12\nRUN ${line}\n`).length;
    expect(run('curl -LsSf https://astral.sh/uv/install.sh | sh && uv python install 3.12')).toBe(0);
    // rustup's URL does not name cargo: the installers' tools are data.
    expect(run('curl -sSf https://sh.rustup.rs | sh -s -- -y && . $HOME/.cargo/env && cargo install ripgrep')).toBe(0);
    expect(run('curl -sSf https://sh.rustup.rs | sh -s -- -y')).toBe(1);
    // cpanmin.us installs cpanm (Kong's test image).
    expect(run('curl -L https://cpanmin.us | perl - App::cpanminus && cpanm --notest Test::Nginx')).toBe(0);
    expect(run('curl -L https://cpanmin.us | perl - App::cpanminus')).toBe(1);
    expect(run('set -e; curl -fsSL https://get.docker.com | sh; docker --version')).toBe(0);
    // Traps: the later command is not the tool the URL names, or a `;` without `set -e` lets the chain go on.
    expect(run('apt-get update && curl -fsSL https://deb.nodesource.com/setup_20.x | bash - && apt-get install -y nodejs')).toBe(1);
    expect(run('curl -LsSf https://astral.sh/uv/install.sh | sh; uv python install 3.12')).toBe(0); // `;` without set -e: the pipe's status is unseen (statusUnused)
  });
  it('reads the tool of a versioned installer URL, its version a build variable, through moves of the installed binary', () => {
    const run = (text: string) => ruleFindings('shell-pipefail', `FROM debian:12\n${text}\n`).length;
    const uv = (arg: string, url: string, then: string) => run(`${arg}RUN curl -LsSf "${url}" | sh && mv /root/.local/bin/uv /usr/local/bin/uv${then}`);
    expect(uv('ARG UV_VERSION=0.11.7\n', 'https://astral.sh/uv/${UV_VERSION}/install.sh', ' && uv --version')).toBe(0);
    expect(uv('ARG UV_VERSION\n', 'https://astral.sh/uv/${UV_VERSION}/install.sh', ' && uv --version')).toBe(0);
    expect(uv('', 'https://astral.sh/uv/0.11.7/install.sh', ' && uv --version')).toBe(0);
    // The tool never runs, but the move of what it installed into /root fails after a failed download.
    expect(uv('ARG UV_VERSION=0.11.7\n', 'https://astral.sh/uv/${UV_VERSION}/install.sh', ' && echo done')).toBe(0);
    // Traps: the URL names it only in a variable's name.
    expect(run('ARG UV_VERSION\nRUN curl -LsSf "https://example.com/${UV_VERSION}/install.sh" | sh && uv --version')).toBe(1);
  });
  it('is silent when a move of the chain or a COPY --from of a later stage takes what the installer wrote into /root', () => {
    const run = (text: string) => ruleFindings('shell-pipefail', `FROM debian:12 AS builder\n${text}\n`).length;
    expect(run('RUN curl -fsSL https://bun.sh/install | bash && mv /root/.bun/bin/bun /usr/local/bin/bun')).toBe(0);
    expect(run('RUN curl -sSL https://sdk.cloud.google.com | bash\nFROM alpine:3.20\nCOPY --from=builder /root/google-cloud-sdk /root/google-cloud-sdk')).toBe(0);
    // The first command of the next RUN takes it (NVIDIA Merlin's CI image copies rustc out of rustup's folder).
    const rustup = "RUN curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y\n";
    expect(run(`${rustup}RUN cp /root/.cargo/bin/rustc /usr/local/bin/`)).toBe(0);
    // Traps: not the first command of that RUN, whose failure a `;` lets go on; not a path in /root.
    expect(run(`${rustup}RUN echo x > /tmp/x; cp /root/.cargo/bin/rustc /usr/local/bin/ || true`)).toBe(1);
    expect(run(`${rustup}RUN cp /opt/rustc /usr/local/bin/`)).toBe(1);
    // Traps: a `;` lets the chain go on; the path is not in /root; an earlier COPY put it there; the RUN is not root's;
    // the COPY takes it from another stage; the pipe is no installer.
    expect(run('RUN curl -fsSL https://bun.sh/install | bash; mv /root/.bun/bin/bun /usr/local/bin/bun')).toBe(0); // `;` without set -e: the pipe's status is unseen (statusUnused)
    expect(run('RUN curl -fsSL https://bun.sh/install | bash && mv /opt/bun /usr/local/bin/bun')).toBe(1);
    expect(run('COPY bun /root/.bun/bin/bun\nRUN curl -fsSL https://bun.sh/install | bash && mv /root/.bun/bin/bun /usr/local/bin/bun')).toBe(1);
    expect(run('USER app\nRUN curl -fsSL https://bun.sh/install | bash && mv /root/.bun/bin/bun /usr/local/bin/bun')).toBe(1);
    expect(run('RUN curl -sSL https://sdk.cloud.google.com | bash\nFROM alpine:3.20 AS other\nFROM alpine:3.20\nCOPY --from=other /root/google-cloud-sdk /root/google-cloud-sdk')).toBe(1);
    expect(run('RUN curl -fsSL https://example.com/x | tee /root/x && mv /root/x /usr/local/bin/x')).toBe(1);
  });
  it('is silent when a later stage copies the program the installer URL names, wherever it put it', () => {
    const run = (text: string) => ruleFindings('shell-pipefail', `FROM alpine AS golangci\n${text}\n`).length;
    // grafana/agent's build image: the installer writes ./bin/golangci-lint, and the final stage copies it.
    const installer = 'RUN wget -O- -nv https://raw.githubusercontent.com/golangci/golangci-lint/master/install.sh | sh -s v1.54.2\n';
    expect(run(`${installer}FROM alpine\nCOPY --from=golangci /bin/golangci-lint /usr/local/bin`)).toBe(0);
    // `sh -s ARG` reads its script from stdin; the repository names the program, run later in the chain.
    expect(run(`${installer.trimEnd()} && golangci-lint --version`)).toBe(0);
    expect(run(installer)).toBe(1);
    // Traps: a path named otherwise or generically; a later RUN of the stage (or a COPY into it) may have put it there;
    // an earlier one did; the COPY reads another stage.
    expect(run(`${installer}FROM alpine\nCOPY --from=golangci /bin/lint /usr/local/bin`)).toBe(1);
    expect(run(`${installer}FROM alpine\nCOPY --from=golangci /opt/master /usr/local/bin`)).toBe(1);
    expect(run(`${installer}RUN go install github.com/golangci/golangci-lint/cmd/golangci-lint@v1.54.2 || true\nFROM alpine\nCOPY --from=golangci /bin/golangci-lint /usr/local/bin`)).toBe(1);
    expect(run(`${installer}COPY golangci-lint /bin/\nFROM alpine\nCOPY --from=golangci /bin/golangci-lint /usr/local/bin`)).toBe(1);
    expect(run(`COPY golangci-lint /bin/golangci-lint\n${installer}FROM alpine\nCOPY --from=golangci /bin/golangci-lint /usr/local/bin`)).toBe(1);
    expect(run(`${installer}FROM alpine AS other\nFROM alpine\nCOPY --from=other /bin/golangci-lint /usr/local/bin`)).toBe(1);
  });
  it('is silent when the chain then sources a file the installer writes into root\'s home, `$HOME` as `/root`', () => {
    const run = (text: string) => ruleFindings('shell-pipefail', `FROM ubuntu:22.04\n${text}\n`).length;
    // michaelfeil/infinity's ROCm image: dash exits on a script `.` cannot open, bash returns 1.
    const rustup = "RUN (curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y) && ";
    expect(run(`${rustup}(. $HOME/.cargo/env) && git clone https://x/y`)).toBe(0);
    expect(run(`${rustup}. "\${HOME}/.cargo/env" && git clone https://x/y`)).toBe(0);
    expect(run(`${rustup}source ~/.cargo/env && git clone https://x/y`)).toBe(0);
    // Traps: a start-up file the base image has (and installers append to); a `;` lets the chain go on; not root's
    // home; HOME set elsewhere; a `~` in quotes is no home.
    expect(run(`${rustup}. $HOME/.bashrc && git clone https://x/y`)).toBe(1);
    expect(run(`${rustup.replace(' && ', '; ')}(. $HOME/.cargo/env); git clone https://x/y`)).toBe(1);
    expect(run(`USER app\n${rustup}(. $HOME/.cargo/env) && git clone https://x/y`)).toBe(1);
    expect(run(`ENV HOME=/app\n${rustup}(. $HOME/.cargo/env) && git clone https://x/y`)).toBe(1);
    expect(run(`${rustup}HOME=/app && . $HOME/.cargo/env && git clone https://x/y`)).toBe(1);
    expect(run(`${rustup}. "~/.cargo/env" && git clone https://x/y`)).toBe(1);
  });
  it('is silent on a pipe fed by a listing of the whole package database or linker cache', () => {
    const run = (line: string, user = '') => ruleFindings('shell-pipefail', `FROM debian:12\n${user}RUN ${line}\n`).length;
    expect(run("dpkg-query --showformat='${Package},${Version}\\n' --show | grep mariadb | cut -d, -f1 > /tmp/pkgs")).toBe(0);
    expect(run('rpm -qa | sort > /tmp/rpms')).toBe(0);
    expect(run('ldconfig -p | grep libcuda | cut -d" " -f1 > /tmp/libs')).toBe(0);
    expect(run('ldconfig -v 2>/dev/null | grep -v ^$\'\\t\' | cut -f1 -d":" >> /etc/ld.so.conf.d/cuda.conf && ldconfig')).toBe(0);
    // grafana-image-renderer (audit AO 219): `dpkg -l` lists the whole database as dpkg-query does.
    expect(run("dpkg -l | grep -E -- '-dev|-headers' | awk '{ print $2; }' | xargs apt-get remove -y")).toBe(0);
    expect(run('dpkg --get-selections | cut -f1 > /tmp/pkgs')).toBe(0);
    // Traps: a named package may be missing; `ldconfig -v` rewrites the cache, which only root may.
    expect(run('dpkg-query --show mariadb-server | cut -f2 > /tmp/v')).toBe(1);
    expect(run('rpm -q openssl | cut -d- -f2 > /tmp/v')).toBe(1);
    expect(run("dpkg -l 'libssl*' | awk '{ print $2; }' > /tmp/v")).toBe(1);
    expect(run('ldconfig -v 2>/dev/null | cut -f1 -d":" > /tmp/dirs', 'USER app\n')).toBe(1);
  });
  it('is silent when the next RUN runs make and a recipe it reaches runs the installed tool (the Makefile read from the context)', () => {
    // greptimedb's docker/buildx Dockerfiles, built from the repository's top: `make build` runs `cargo build`.
    const dir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'dlint-make-'));
    try {
      const makefile = 'CARGO_BUILD_OPTS := --locked\n.PHONY: build\nbuild: ## Build.\n\tcargo ${CARGO_EXTENSION} build ${CARGO_BUILD_OPTS}\n\nfmt:\n\tcargo fmt\n';
      fs.writeFileSync(path.join(dir, 'Makefile'), makefile);
      fs.mkdirSync(path.join(dir, 'docker'));
      fs.mkdirSync(path.join(dir, '.git'));
      const file = path.join(dir, 'docker', 'Dockerfile');
      const run = (next: string) => {
        fs.writeFileSync(file, `FROM ubuntu:22.04\nWORKDIR /src\nSHELL ["/bin/bash", "-c"]\nRUN curl -sSf https://sh.rustup.rs | sh -s -- --default-toolchain none -y\nENV PATH=/root/.cargo/bin/:$PATH\n${next}\n`);
        // No context given: the Makefile the `make` needs tells that the repository's top is it (inferred-context).
        return ruleFindings('shell-pipefail', fs.readFileSync(file, 'utf8'), { filePath: file, contextDir: undefined }).length;
      };
      expect(run('RUN --mount=target=. make build TARGET_DIR=/out/target')).toBe(0);
      // Traps: a goal whose recipes run no cargo, a make whose failure a `;` lets go on, a Makefile not in the context.
      fs.writeFileSync(path.join(dir, 'Makefile'), makefile.replace('\tcargo ${CARGO_EXTENSION}', '\techo ${CARGO_EXTENSION}'));
      expect(run('RUN --mount=target=. make build')).toBe(1);
      fs.writeFileSync(path.join(dir, 'Makefile'), makefile);
      expect(run('RUN --mount=target=. make build; echo done')).toBe(1);
      expect(run('RUN make build')).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  it('is silent on a package listing whose package a dpkg -s or dpkg-query -W condition just found', () => {
    const run = (line: string) => ruleFindings('shell-pipefail', `FROM debian:12\nRUN ${line}\n`).length;
    // holoscan-sdk: `dpkg -L` of a package the `if dpkg -s` condition found installed.
    expect(run('for pkg in libcusparselt0 libnvshmem3; do if dpkg -s "${pkg}" >/dev/null 2>&1; then dpkg -L "${pkg}" | grep -E ".so" | uniq | tee /etc/ld.so.conf.d/${pkg}.conf; ldconfig; fi; done')).toBe(0);
    expect(run('dpkg-query -W libcudnn8 && dpkg -L libcudnn8 | tee /tmp/libs')).toBe(0);
    // The real pipe: `xargs dirname` fails only when grep selected nothing (dirname's "missing operand"), no failure to hide.
    expect(run('for pkg in libcusparselt0; do if dpkg -s "${pkg}" >/dev/null 2>&1; then dpkg -L "${pkg}" | grep -E ".so[\\\\.0-9]+" | xargs dirname | uniq | tee /etc/ld.so.conf.d/${pkg}.conf; ldconfig; fi; done')).toBe(0);
    expect(run('if dpkg -s libcudnn8; then dpkg -L libcudnn8 | xargs -r basename -a | tee /tmp/libs; fi')).toBe(0);
    // Traps: a command under xargs that reads the files named (`ldd` fails on a missing one), items read from a file.
    expect(run('if dpkg -s libcudnn8; then dpkg -L libcudnn8 | grep .so | xargs ldd | tee /tmp/libs; fi')).toBe(1);
    expect(run('if dpkg -s libcudnn8; then dpkg -L libcudnn8 | xargs -a /tmp/list dirname | tee /tmp/libs; fi')).toBe(1);
    // Traps: no such condition, a negated one, another package, a condition whose failure does not guard the listing.
    expect(run('dpkg -L libcudnn8 | tee /tmp/libs')).toBe(1);
    expect(run('if ! dpkg -s libcudnn8; then dpkg -L libcudnn8 | tee /tmp/libs; fi')).toBe(1);
    expect(run('if dpkg -s libcudnn8; then dpkg -L libcudnn9 | tee /tmp/libs; fi')).toBe(1);
    expect(run('dpkg -s libcudnn8; dpkg -L libcudnn8 | tee /tmp/libs')).toBe(1);
  });
  it('is silent where a later `||` throws the status away on purpose (issue 12)', () => {
    const run = (line: string) => ruleFindings('shell-pipefail', `FROM debian:12\nRUN ${line}\n`).length;
    expect(run("{ find /usr/local -name src | xargs -r find | grep -v '\\.hrl$' | xargs rm -v || true; }")).toBe(0);
    expect(run('curl -fsSL https://x/a.conf | tee /opt/a.conf && chmod -R a+r /opt || true')).toBe(0);
    expect(run('{ curl -fsSL https://x/a.conf | tee /opt/a.conf; } || :')).toBe(0);
    // Traps: a fallback that fails the build, a real fallback, a `|| true` of another statement.
    expect(run('curl -fsSL https://x/a.conf | tee /opt/a.conf || exit 1')).toBe(1);
    expect(run('curl -fsSL https://x/a.conf | tee /opt/a.conf || curl -fsSL https://y/a.conf | tee /opt/a.conf')).toBe(1);
    expect(run('rm -f /opt/a || true; curl -fsSL https://x/a.conf | tee /opt/a.conf')).toBe(1);
  });
  it('knows GNU cpio fails on an empty or cut archive, and BusyBox cpio does not', () => {
    const run = (from: string, line: string) => ruleFindings('shell-pipefail', `FROM ${from}\nRUN ${line}\n`).length;
    expect(run('rockylinux:9', 'rpm2cpio /tmp/d.rpm | cpio -idmv && cd usr/src/d && make')).toBe(0);
    expect(run('debian:12', 'curl -fsSL https://x/a.cpio | cpio -i --make-directories')).toBe(0);
    // BusyBox's applet exits 0 on no input; creating an archive reads names; `-F` reads a file, not the pipe.
    expect(run('alpine:3.20', 'rpm2cpio /tmp/d.rpm | cpio -idmv')).toBe(1);
    expect(run('debian:12', 'find /opt/app | cpio -o -H newc > /tmp/a.cpio')).toBe(1);
    expect(run('debian:12', 'curl -fsSL https://x/list | cpio -i -F /tmp/a.cpio')).toBe(1);
  });
  it('is silent on a bare assignment whose status no command sees, where pipefail would change nothing (O audit)', () => {
    const run = (line: string) => ruleFindings('shell-pipefail', `FROM debian:12\nRUN ${line}\n`).length;
    const meta = "V=$(curl -fsSL https://h/maven-metadata.xml | awk '/<value>/ {print $2; exit}')";
    // Followed by `;` without `set -e`: its status is only `$?` to the next statement (debezium's snapshot images).
    expect(run(`${meta}; echo "$V"; curl -fsSL -o /tmp/a.tgz "https://h/a-$V.tgz" && tar -xzf /tmp/a.tgz`)).toBe(0);
    expect(run(`for p in a b; do ${meta}; echo "$p $V"; done`)).toBe(0);
    // Seen: by `&&`, an `if` or `while` condition, as a loop body's or the RUN's last statement, under `set -e` (anywhere
    // in the script, or the SHELL's), an ERR trap, a read of `$?`.
    for (const line of [`${meta} && echo "$V"`, `if ${meta}; then echo "$V"; fi`, `while ${meta}; do echo "$V"; done`, `for p in a b; do echo "$p"; ${meta}; done`, `echo start; ${meta}`, `set -e; ${meta}; echo "$V"`, `${meta}; set -e; echo "$V"`, `trap 'exit 1' ERR; ${meta}; echo "$V"`, `${meta}; echo "status $?"`]) {
      expect(run(line), line).toBe(1);
    }
    expect(ruleFindings('shell-pipefail', `FROM debian:12\nSHELL ["/bin/bash", "-ec"]\nRUN ${meta}; echo "$V"\n`)).toHaveLength(1);
  });
  it('knows xargs runs its command once on no input, and which commands fail without the operands it would add (O audit)', () => {
    const run = (line: string, image = 'debian:12') => ruleFindings('shell-pipefail', `FROM ${image}\nRUN ${line}\n`).length;
    // strimzi's connect-build: a failed `ls` prints nothing, and `cp -t DIR` with no source fails ("missing file operand").
    const jars = 'ls /opt/kafka/libs/* -d | grep "connect-file.*jar" -o | ';
    // GNU sed -i with no file, pip with no requirement (mlrun's `pip list … | xargs python -m pip install --upgrade`).
    for (const end of ['xargs cp -t /opt/plugins', 'xargs cp -vt /opt/plugins', 'xargs mv --target-directory=/opt/plugins', 'xargs -n1 ln -s', 'xargs rm', 'xargs chmod +x', 'xargs grep -l Connector', "xargs -0 sed -i '/torch/d'", 'xargs sed -i -e s/a/b/', 'xargs python -m pip install --upgrade', 'xargs uv pip install']) {
      expect(run(jars + end), end).toBe(0);
    }
    // Nothing runs on no input (`-r`, `-I`), the command has its operands or needs none (`rm -f`), an operand the linter
    // cannot count, BusyBox's applets (not checked), a download (it can stop midway).
    for (const end of ['xargs -r cp -t /opt/plugins', 'xargs -I{} cp {} /opt/plugins', 'xargs cp /opt/a /opt/plugins', 'xargs rm -f', 'xargs chmod 755 /opt/a', 'xargs cp -t $DEST', 'xargs -r grep -l Connector', "xargs sed 's/a/b/'", 'xargs sed -i -e s/a/b/ /etc/x', 'xargs pip install -r /r.txt']) {
      expect(run(jars + end), end).toBe(1);
    }
    expect(run(`${jars}xargs cp -t /opt/plugins`, 'alpine:3.20')).toBe(1);
    expect(run('curl -fsSL https://h/list | xargs cp -t /opt/plugins')).toBe(1);
  });
  it('is silent when the next RUN naming the tool an installer piped into an interpreter installs runs it first', () => {
    const run = (text: string) => ruleFindings('shell-pipefail', `FROM ubuntu:22.04\nENV PYTHON=python3\n${text}`).length;
    const poetry = 'RUN curl -sSL https://install.python-poetry.org | POETRY_HOME=/opt/poetry $PYTHON -\nENV PATH=/opt/poetry/bin:$PATH\n';
    expect(run(`${poetry}RUN echo "Poetry:" && poetry --version\n`)).toBe(0);
    expect(run(`${poetry}COPY pyproject.toml /app/\nRUN poetry install --no-root\n`)).toBe(0);
    expect(run('RUN curl -sSL https://install.python-poetry.org | python3 - && poetry --version\n')).toBe(0);
    // Traps: never run, run after installing it another way, its failure not ending the RUN, a script that is no installer.
    expect(run(poetry)).toBe(1);
    expect(run(`${poetry}RUN pip install poetry && poetry --version\n`)).toBe(1);
    expect(run(`${poetry}RUN poetry --version; echo ok\n`)).toBe(1);
    expect(run('RUN curl -sSL https://install.python-poetry.org | python3 -c "import sys; print(sys.stdin.read())"\nRUN poetry --version\n')).toBe(1);
    // The next RUN runs the tool through `bash -l -c` (rvm, which lives in a login shell's functions).
    const rvm = 'RUN curl -sSL https://get.rvm.io | bash\n';
    expect(run(`${rvm}RUN /bin/bash -l -c "rvm install ruby-3.3 && rvm --default use ruby-3.3"\n`)).toBe(0);
    expect(run(`${rvm}RUN /bin/bash -l -c "rvm install ruby-3.3 || true; echo done"\n`)).toBe(1);
    expect(run(`${rvm}RUN /bin/bash -l -c "echo rvm"\n`)).toBe(1);
    // pyroscope: the `-c` script holds the Ruby version's variable, which the outer shell expands; still a script to read.
    expect(run(`ARG RUBY_VERSION=3.3.9\n${rvm}RUN /bin/bash -l -c "rvm install ruby-\${RUBY_VERSION} && rvm --default use ruby-\${RUBY_VERSION}"\n`)).toBe(0);
    expect(run(`ARG RUBY_VERSION=3.3.9\n${rvm}RUN /bin/bash -l -c "echo ruby-\${RUBY_VERSION}"\n`)).toBe(1);
    // rustup's `sh -s -- --default-toolchain none -y`: after `-s`, `none` is an argument of the stdin script.
    expect(run("RUN curl -sSf https://sh.rustup.rs | sh -s -- --default-toolchain none -y\nRUN cargo build --release\n")).toBe(0);
    expect(run("RUN curl -sSf https://sh.rustup.rs | sh -s -- --default-toolchain none -y\nRUN echo cargo\n")).toBe(1);
    // A script that is a command substitution's output, or a whole variable, names no command to read.
    expect(run(`${rvm}RUN /bin/bash -l -c "$(cat /tmp/script)"\n`)).toBe(1);
    // get-pip only upgrades a pip the image may have (a Python image's, one a package or venv made): a later pip proves nothing.
    const getPip = 'RUN curl -sS https://bootstrap.pypa.io/get-pip.py | python3\nRUN pip install torch\n';
    expect(ruleFindings('shell-pipefail', `FROM python:3.12\n${getPip}`)).toHaveLength(1);
    expect(run(`RUN apt-get update && apt-get install -y python3-pip\n${getPip}`)).toBe(1);
    expect(run(`RUN python3 -m venv /opt/venv\n${getPip}`)).toBe(1);
    expect(run(`COPY --from=builder /usr/local /usr/local\n${getPip}`)).toBe(1);
    // A distribution's or CUDA image has none (xinference: deadsnakes' python3.12-venv puts no pip on the PATH): a
    // failed download leaves `pip` missing and the next RUN fails.
    expect(run(`RUN apt-get install -y python3.12 python3.12-venv\n${getPip}`)).toBe(0);
    expect(ruleFindings('shell-pipefail', `FROM nvidia/cuda:13.0.2-devel-ubuntu22.04\n${getPip}`)).toHaveLength(0);
    expect(ruleFindings('shell-pipefail', 'FROM nvidia/cuda:13.0.2-devel-ubuntu22.04\nRUN curl -sS https://bootstrap.pypa.io/get-pip.py | python3\n')).toHaveLength(1);
  });
  it('is silent when a later apt-get install needs package lists that only the piped setup script could fetch again', () => {
    const run = (text: string) => ruleFindings('shell-pipefail', `FROM buildpack-deps:jammy\n${text}`).length;
    const clean = 'RUN apt-get update && apt-get install -y cmake && rm -rf /var/lib/apt/lists/*\n';
    const setup = 'curl -fsSL https://deb.nodesource.com/setup_20.x | bash -';
    // aider's benchmark image: the lists are gone, so a failed download fails `apt-get install nodejs` ("Unable to locate package").
    expect(run(`${clean}RUN ${setup} && apt-get install -y nodejs && npm init -y\n`)).toBe(0);
    expect(run(`${clean}RUN ${setup}\nRUN apt-get install -y nodejs\n`)).toBe(0);
    // Traps: lists still there (no removal, or an update since), an update of the chain, a `;` without set -e, a cache mount.
    // buildpack-deps ships without lists (shipsWithoutAptLists): no removal is needed.
    expect(run(`RUN ${setup} && apt-get install -y nodejs\n`)).toBe(0);
    expect(run(`${clean}RUN apt-get update\nRUN ${setup} && apt-get install -y nodejs\n`)).toBe(1);
    expect(run(`${clean}RUN ${setup} && apt-get update && apt-get install -y nodejs\n`)).toBe(1);
    expect(run(`${clean}RUN ${setup}; apt-get install -y nodejs\n`)).toBe(0); // `;` without set -e: the pipe's status is unseen (statusUnused)
    expect(run(`${clean}RUN --mount=type=cache,target=/var/lib/apt ${setup} && apt-get install -y nodejs\n`)).toBe(1);
    expect(run(`${clean}RUN ${setup}\nRUN echo done\n`)).toBe(1);
  });
  it('is silent when the chain then takes a folder named after the installer\'s host from the folder it ran in', () => {
    const run = (line: string) => ruleFindings('shell-pipefail', `FROM debian:12\nRUN ${line}\n`).length;
    const istio = 'curl -L https://istio.io/downloadIstio | ISTIO_VERSION=1.22.0 TARGET_ARCH=amd64 sh -';
    // kagent's devcontainer: no istio-* folder without the download, so `mv` fails.
    expect(run(`${istio} && mv istio-*/bin/istioctl /usr/local/bin/istioctl && rm -rf istio-*`)).toBe(0);
    // Traps: a folder not named after the host, a `cd` between, a `;` without set -e, nothing taken.
    expect(run(`${istio} && mv bin/istioctl /usr/local/bin/istioctl`)).toBe(1);
    expect(run(`${istio} && cd /opt && mv istio-*/bin/istioctl /usr/local/bin/istioctl`)).toBe(1);
    expect(run(`${istio}; mv istio-*/bin/istioctl /usr/local/bin/istioctl`)).toBe(0); // `;` without set -e: the pipe's status is unseen (statusUnused)
    expect(run('curl -fsSL https://claude.ai/install.sh | bash')).toBe(1);
  });
  it('is silent on a simulated upgrade feeding a selection, which reads only the package database (pipefail would fail on no pending upgrade)', () => {
    const run = (line: string) => ruleFindings('shell-pipefail', `FROM debian:12\nRUN ${line}\n`).length;
    const upgrade = (sim: string) => `apt-get update && apt-get ${sim} | grep "^Inst" | awk -F " " {'print $2'} | xargs apt-get install -y --no-install-recommends`;
    expect(run(upgrade('-s dist-upgrade'))).toBe(0);
    expect(run(upgrade('--simulate upgrade'))).toBe(0);
    // Traps: a simulated install of named packages (one may be unknown), a real upgrade.
    expect(run(upgrade('-s install foo'))).toBe(1);
    expect(run(upgrade('dist-upgrade'))).toBe(1);
  });
  it('is silent where an empty value only moves the failure to a later command of the chain', () => {
    const run = (line: string) => ruleFindings('shell-pipefail', `FROM debian:12\nRUN ${line}\n`).length;
    // A value made from the pipe's output (through a `$(…)` or a word) in a URL that `curl -f` fetches.
    const list = 'L="$(jq -r ".[].tag" /tmp/r.json | sort -rV)" && V="$(echo "$L" | head -n 1)" && F="app-${V}.tgz" && ';
    expect(run(`${list}curl -fsSLO "https://h/v\${V}/\${F}"`)).toBe(0);
    expect(run(`${list}curl -fsSLO "https://h/\${F}"`)).toBe(0);
    expect(run(`${list}curl -sSLO "https://h/\${F}"`)).toBe(1);
    // A default replaces an empty value: the URL names something.
    expect(run('L="$(jq -r .tag /tmp/r.json | head -1)" && V="${L:-1.0}" && curl -fsSLO "https://h/v${V}.tgz"')).toBe(1);
    // A pin to an empty version is an invalid requirement the install fails on; an option's value is no pin.
    const torch = 'V=$(pip show torch | awk \'/Version/{print $2}\') && ';
    for (const install of ['pip install "torchvision==$V"', 'uv pip install torchvision==${V}', 'apt-get install -y "libtorch=$V"', 'apk add "py3-torch>=$V"']) {
      expect(run(`${torch}${install}`), install).toBe(0);
    }
    expect(run(`${torch}pip install --index-url=$V torch`)).toBe(1);
    expect(run(`${torch}echo "torchvision==$V"`)).toBe(1);
    // `cd` to an empty value goes to $HOME, where `patch` and `make` find nothing to work on.
    const dir = 'D=$(pip show vllm | grep Location | awk \'{print $2}\') && cd $D && ';
    expect(run(`${dir}patch -p1 -i /tmp/fix.patch`)).toBe(0);
    expect(run(`${dir}make install`)).toBe(0);
    expect(run(`${dir}patch -d /opt/src -p1 -i /tmp/fix.patch`)).toBe(1);
    expect(run(`${dir}ls`)).toBe(1);
    expect(run('D=$(pip show vllm | grep Location | awk \'{print $2}\') && echo "$D"; cd $D; patch -p1 -i /tmp/fix.patch')).toBe(1);
  });
  it('is silent where a filter selecting nothing is an ordinary outcome that pipefail would fail on', () => {
    const run = (line: string) => ruleFindings('shell-pipefail', `FROM debian:12\nRUN ${line}\n`).length;
    expect(run("find /etc/mysql/ -name '*.cnf' -print0 | xargs -0 grep -lZE '^bind' | xargs -rt -0 sed -Ei 's/^bind/#&/'")).toBe(0);
    // A filter of the source's stream is no search of files: `ldd` failing leaves nothing to copy.
    expect(run("set -eux; ldd /workspace/app | tr -s '[:blank:]' '\\n' | grep '^/' | sort -u | xargs -r -I{} cp -v {} /deps/")).toBe(1);
    // Not after a download, whose failure pipefail should show.
    expect(run('curl -fsSL https://h/list | grep app | xargs -r apt-get install -y')).toBe(1);
    // Without `-r` the end runs on no input; `sed -r` is sed's option, not xargs's.
    expect(run("find /etc/mysql/ -name '*.cnf' | xargs grep -l '^bind' | xargs sed -i 's/^bind/#&/'")).toBe(1);
    expect(run("find /etc/mysql/ -name '*.cnf' | xargs grep -l '^bind' | xargs sed -ri 's/^bind/#&/'")).toBe(1);
    // grep reading its input: its status only says whether a line was selected; reading a file, it may miss it.
    const scan = 'scanelf --needed --nobanner --format "%n#p" --recursive /usr/local | tr "," "\\n" | sort -u';
    expect(run(`deps="$(${scan} | grep -v "^libcrypto" | awk '{ print "so:" $1 }')" && apk add $deps`)).toBe(0);
    expect(run(`deps="$(${scan} | grep -f /tmp/keep | awk '{ print "so:" $1 }')" && apk add $deps`)).toBe(1);
    expect(run('grep -v "^#" /opt/list.txt | xargs -r apt-get install -y')).toBe(1);
  });
  it('knows the folders an earlier command made, filled or walked are there', () => {
    const run = (text: string) => ruleFindings('shell-pipefail', `FROM debian:12\nENV JAVA_HOME=/usr/local/jdk\n${text}`).length;
    const conf = 'find "$JAVA_HOME/lib" -name "*.so" -exec dirname "{}" ";" | sort -u > /etc/ld.so.conf.d/jdk.conf\n';
    expect(run(`RUN set -eux; tar --extract --file /tmp/jdk.tgz --directory "$JAVA_HOME"; ${conf}`)).toBe(0);
    expect(run(`RUN set -eux; tar -xzf /tmp/jdk.tgz -C "$JAVA_HOME"; ${conf}`)).toBe(0);
    expect(run(`RUN set -eux; mkdir -p "$JAVA_HOME/lib"; ${conf}`)).toBe(0);
    // An archive made from the folder does not fill it.
    expect(run(`RUN set -eux; tar -czf /tmp/jdk.tgz -C "$JAVA_HOME" .; ${conf}`)).toBe(1);
    // A folder made empty holds nothing yet; a step whose failure does not end the RUN proves nothing.
    expect(run(`RUN set -eux; mkdir -p "$JAVA_HOME"; ${conf}`)).toBe(1);
    expect(run(`RUN tar -xzf /tmp/jdk.tgz -C "$JAVA_HOME"; ${conf}`)).toBe(1);
    expect(run(`RUN tar -xzf /tmp/jdk.tgz -C "$JAVA_HOME"\nRUN ${conf}`)).toBe(0);
    expect(run(`RUN set -eux; tar -xzf /tmp/jdk.tgz -C "$JAVA_HOME"; rm -rf "$JAVA_HOME"; ${conf}`)).toBe(1);
    // An earlier find walked the folder (and those holding it); one feeding a pipe may have failed unseen.
    const check = 'RUN find /opt/erlang -type f -name crypto.so -exec ldd "{}" ";" | awk "/libcrypto/ { exit 1 }"\n';
    expect(run(`RUN set -eux; find /opt/erlang/lib/erlang -type d -name src -exec rm -rf "{}" +\n${check}`)).toBe(0);
    expect(run(`RUN find /opt/erlang/lib -name "*.a" | xargs rm -f\n${check}`)).toBe(2);
  });
  it('knows the folder a `make install` filled after a `./configure --libdir` or `--prefix` naming it', () => {
    const run = (text: string) => ruleFindings('shell-pipefail', `FROM debian:12\nENV LIBDIR=/usr/local/tomcat/native-jni-lib\n${text}`).length;
    // docker-library/tomcat: find's folder was filled by the install, and dpkg-query's expected misses would fail under pipefail.
    const marks = 'find "$LIBDIR" -type f -executable -exec ldd "{}" ";" | awk "/=>/ { print \\$(NF-1) }" | xargs -rt readlink -e | sort -u | xargs -rt dpkg-query --search | cut -d: -f1 | sort -u | xargs -r apt-mark manual\n';
    const build = (configure: string) => `RUN set -eux; ( cd /src/native; ./configure ${configure}; make -j "$(nproc)"; make install; ); ${marks}`;
    expect(run(build('--libdir="$LIBDIR" --prefix=/usr/local/tomcat'))).toBe(0);
    expect(run(build('--prefix "$LIBDIR"'))).toBe(0);
    // Another folder, no install, or an install whose failure does not end the RUN: the folder may be missing.
    expect(run(build('--libdir=/usr/local/lib'))).toBe(1);
    expect(run(`RUN set -eux; ./configure --libdir="$LIBDIR"; make; ${marks}`)).toBe(1);
    expect(run(`RUN ./configure --libdir="$LIBDIR"; make install; ${marks}`)).toBe(1);
    expect(run(`RUN set -eux; ./configure --libdir="$LIBDIR"; make install; rm -rf "$LIBDIR"; ${marks}`)).toBe(1);
  });
  it('knows a program `make install` put in /usr/local/bin when nothing named another prefix (docker-library/redis)', () => {
    const run = (text: string, from = 'debian:12') => ruleFindings('shell-pipefail', `FROM ${from}\n${text}`).length;
    const md5 = 'serverMd5="$(md5sum /usr/local/bin/redis-server | cut -d" " -f1)"; export serverMd5\n';
    expect(run(`RUN set -eux; make -C /usr/src/redis -j "$(nproc)" all; make -C /usr/src/redis install; ${md5}`)).toBe(0);
    expect(run(`RUN set -eux; ./configure; make install; ${md5}`)).toBe(0);
    // No install, one whose failure does not end the RUN, another prefix, or a path deeper than the folder.
    expect(run(`RUN set -eux; make -C /usr/src/redis all; ${md5}`)).toBe(1);
    expect(run('RUN make -C /usr/src/redis install; md5sum /usr/local/bin/redis-server | cut -d" " -f1 > /tmp/md5; echo done\n')).toBe(0); // `;` without set -e: the pipe's status is unseen (statusUnused)
    expect(run(`RUN set -eux; make -C /usr/src/redis PREFIX=/opt/redis install; ${md5}`)).toBe(1);
    expect(run(`RUN set -eux; DESTDIR=/stage make install; ${md5}`)).toBe(1);
    expect(run(`RUN set -eux; ./configure --prefix=/opt/redis; make install; ${md5}`)).toBe(1);
    expect(run(`ENV PREFIX=/opt/redis\nRUN set -eux; make install; ${md5}`)).toBe(1);
    expect(run(`RUN set -eux; make install; md5sum /usr/local/bin/sub/redis-server | cut -d" " -f1 > /tmp/md5\n`)).toBe(1);
  });
  it('knows a file a download of the chain wrote is there (aws-neuron\'s EFA key)', () => {
    const run = (line: string) => ruleFindings('shell-pipefail', `FROM ubuntu:22.04\nRUN ${line}\n`).length;
    const show = 'cat aws-efa-installer.key | gpg --fingerprint';
    expect(run(`cd $HOME && wget https://efa-installer.amazonaws.com/aws-efa-installer.key && gpg --import aws-efa-installer.key && ${show}`)).toBe(0);
    expect(run(`cd /tmp && curl -fsSLO https://efa-installer.amazonaws.com/aws-efa-installer.key && ${show}`)).toBe(0);
    expect(run(`wget -O /tmp/k.key https://efa-installer.amazonaws.com/aws-efa-installer.key && cat /tmp/k.key | gpg --fingerprint`)).toBe(0);
    // curl without -f saves an error page; a download not stopping the script, another folder, another file, a removal.
    expect(run(`cd /tmp && curl -sSLO https://efa-installer.amazonaws.com/aws-efa-installer.key && ${show}`)).toBe(1);
    expect(run(`wget https://efa-installer.amazonaws.com/aws-efa-installer.key; ${show}`)).toBe(1);
    expect(run(`cd $HOME && wget https://efa-installer.amazonaws.com/aws-efa-installer.key && cd $OTHER && ${show}`)).toBe(1);
    expect(run(`cd /tmp && wget https://efa-installer.amazonaws.com/aws-efa-installer.key && cd /opt && ${show}`)).toBe(1);
    expect(run(`wget https://efa-installer.amazonaws.com/aws-efa-installer.key.sig && ${show}`)).toBe(1);
    expect(run(`wget -P /keys https://efa-installer.amazonaws.com/aws-efa-installer.key && ${show}`)).toBe(1);
    expect(run(`wget https://efa-installer.amazonaws.com/aws-efa-installer.key && rm aws-efa-installer.key && ${show}`)).toBe(1);
  });
  it('is silent on an APT source list a pipe writes that an install of the chain needs, for a package named after it', () => {
    const run = (line: string) => ruleFindings('shell-pipefail', `FROM debian:12\nRUN ${line}\n`).length;
    const list = (name: string) => `curl -fsSL https://nvidia.github.io/libnvidia-container/stable/deb/nvidia-container-toolkit.list | sed "s#deb https://#deb [signed-by=/usr/share/keyrings/k.gpg] https://#g" > /etc/apt/sources.list.d/${name}.list`;
    expect(run(`${list('nvidia-container-toolkit')} && apt-get update && apt-get install -y --no-install-recommends nvidia-container-toolkit-base libnvidia-container1`)).toBe(0);
    expect(run(`${list('nvidia-container-toolkit')} && apt-get update && apt-get install -y nvidia-container-toolkit`)).toBe(0);
    // A package the distribution may have too (an empty list installs it from there), no install, or not in the chain.
    expect(run(`${list('nodesource')} && apt-get update && apt-get install -y nodejs`)).toBe(1);
    expect(run(`${list('nvidia-container-toolkit')} && apt-get update`)).toBe(1);
    expect(run(`${list('nvidia-container-toolkit')}; apt-get update && apt-get install -y nvidia-container-toolkit-base`)).toBe(0); // `;` without set -e: the pipe's status is unseen (statusUnused)
  });
  it('advises `set -o pipefail` in a script another shell runs, which SHELL does not reach', () => {
    const [f] = ruleFindings('shell-pipefail', 'FROM debian:12\nRUN <<EOT bash\nset -e\ngrep -v "^#" /etc/list | xargs -r apt-mark manual\nEOT\n');
    expect(f!.message).toContain('start the script `bash` runs with `set -o pipefail`');
  });
  it('resets at a new FROM and sees pipes in a ( … ) pipeline member', () => {
    const text = 'FROM debian:12 AS a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM debian:12\nRUN (cd /src && tar -c .) | gzip > /src.tgz\n';
    expect(positions(ruleFindings('shell-pipefail', text))).toEqual([[4, 6]]);
  });
  it('judges the audit AL classes: a mismatch that fails through `||`, an error page rejected, an installer behind sudo (items 297-302)', () => {
    const run = (text: string, from = 'alpine:3.24.1') => ruleFindings('shell-pipefail', `FROM ${from}\n${text}\n`).length;
    // 297/298 (hoppscotch): a failed sha256sum leaves `actual` empty, which is not the literal digest: `|| (… && exit 1)`
    // fails the RUN, whose last statement the list is.
    const sum = 'actual=$(sha256sum npm.tgz | cut -d\' \' -f1)';
    const digest = 'b290bbb35b9e72c3ef84edbe041f28c4479c4d9ee79f555817b8caafe7ce4bba';
    expect(run(`RUN expected="${digest}" && ${sum} && [ "$actual" = "$expected" ] && echo OK || (echo "mismatch" && exit 1)`)).toBe(0);
    expect(run(`RUN case "$A" in amd64) expected="${digest}" ;; arm64) expected="${digest.replace('b', 'c')}" ;; esac && ${sum} && [ "$actual" = "$expected" ] && echo OK || (echo mismatch && exit 1)`)).toBe(0);
    expect(run(`RUN ${sum} && [ "$actual" = "${digest}" ] || exit 1`)).toBe(0);
    expect(run(`RUN ${sum} && [ "$actual" = "${digest}" ] || { echo mismatch; exit 1; }`)).toBe(0);
    // Traps: nothing may set the other side; it is another pipe's; the failing list is followed; nothing fails on a mismatch.
    expect(run(`RUN ${sum} && [ "$actual" = "$expected" ] && echo OK || (echo mismatch && exit 1)`)).toBe(1);
    expect(run(`RUN expected=$(cat npm.sha | cut -c1-64) && ${sum} && [ "$actual" = "$expected" ] && echo OK || (echo mismatch && exit 1)`)).toBe(1);
    expect(run(`RUN ${sum} && [ "$actual" = "${digest}" ] && echo OK || (echo mismatch && exit 1); echo more`)).toBe(1);
    expect(run(`RUN ${sum} && { [ "$actual" = "${digest}" ] || exit 1; } ; echo more`)).toBe(0);
    expect(run(`RUN ${sum} && ( [ "$actual" = "${digest}" ] || exit 1 ) ; echo more`)).toBe(0); // `;` without set -e: unseen
    // 300 (code-server): curl without -f saves GitHub's 404 page for an empty or cut-off version in a folder of the URL,
    // and tar rejects it in the same chain.
    const tag = 'V=$(curl -sX GET https://api.github.com/repos/coder/code-server/releases/latest | awk \'/tag_name/{print $4;exit}\' FS=\'[""]\' | sed \'s|^v||\')';
    const fetch = (url: string, then: string) => run(`RUN ${tag} && curl -o /tmp/cs.tar.gz -L "${url}" && ${then}`, 'ubuntu:24.04');
    const release = 'https://github.com/coder/code-server/releases/download/v${V}/code-server-${V}-linux-amd64.tar.gz';
    expect(fetch(release, 'tar xf /tmp/cs.tar.gz -C /app --strip-components=1')).toBe(0);
    expect(run(`RUN if [ -z \${V+x} ]; then ${tag}; fi && mkdir -p /app && curl -o /tmp/cs.tar.gz -L "${release}" && tar xf /tmp/cs.tar.gz -C /app`, 'ubuntu:24.04')).toBe(0);
    expect(run(`RUN ${tag} && cd /tmp && curl -L -o cs.zip "https://h/v\${V}/cs.zip" && unzip /tmp/cs.zip`, 'ubuntu:24.04')).toBe(0);
    // Traps: nothing reads the page, another file, an archive made rather than read, the value only in the file name or
    // the query, or the reader's failure does not end the RUN.
    expect(fetch(release, 'echo done')).toBe(1);
    expect(fetch(release, 'tar xf /tmp/other.tar.gz -C /app')).toBe(1);
    expect(fetch(release, 'tar cf /tmp/cs.tar.gz /app')).toBe(1);
    expect(fetch('https://h/dl/code-server-${V}.tar.gz', 'tar xf /tmp/cs.tar.gz -C /app')).toBe(1);
    expect(fetch('https://h/dl?version=${V}', 'tar xf /tmp/cs.tar.gz -C /app')).toBe(1);
    expect(run(`RUN ${tag} && curl -o /tmp/cs.tar.gz -L "${release}"; tar xf /tmp/cs.tar.gz -C /app; echo done`, 'ubuntu:24.04')).toBe(1);
    // 302 (devika): an installer behind `sudo -E bash -`, whose tool the next RUN runs first, by its path.
    const uv = 'RUN apt-get update && apt-get install -y curl sudo\nRUN curl -fsSL https://astral.sh/uv/install.sh | sudo -E bash -\n';
    expect(run(`${uv}RUN $HOME/.cargo/bin/uv venv`, 'debian:12')).toBe(0);
    expect(run(`${uv}RUN uv venv`, 'debian:12')).toBe(0);
    // Traps: a COPY between may bring the tool; the next RUN does not run it; xargs makes the script its arguments.
    expect(run(`${uv}COPY --from=ghcr.io/astral-sh/uv:0.8 /uv /root/.cargo/bin/\nRUN $HOME/.cargo/bin/uv venv`, 'debian:12')).toBe(1);
    expect(run(`${uv}RUN echo hi`, 'debian:12')).toBe(1);
    expect(run('RUN curl -fsSL https://astral.sh/uv/install.sh | xargs bash\nRUN uv venv', 'debian:12')).toBe(1);
  });
  it('judges a download read through jq as a source that prints nothing when it fails (audit AO items 220-225)', () => {
    const run = (text: string, from = 'alpine:3.22') => ruleFindings('shell-pipefail', `FROM ${from}\nARG V\nRUN ${text}\n`).length;
    // linuxserver's idiom: jq prints nothing of a cut-off JSON text, so a failed download leaves the value empty, and
    // `nextcloud-.tar.bz2` is an error page tar rejects (also in the query: radarr), `certbot==` an invalid requirement (swag).
    const latest = (filter: string) => `if [ -z \${V+x} ]; then V=$(curl -sX GET https://api.github.com/repos/nextcloud/server/releases | ${filter}); fi && `;
    const jq = latest("jq -r '.[] | select(.prerelease != true) | .tag_name' | sed 's|^v||g' | sort -rV | head -1");
    const tar = 'curl -o /tmp/nc.tar.bz2 -L https://download.nextcloud.com/server/releases/nextcloud-${V}.tar.bz2 && tar xf /tmp/nc.tar.bz2 -C /app';
    expect(run(`${jq}${tar}`)).toBe(0);
    expect(run(`${latest("jq -r '.[0].version'")}curl -o /tmp/r.tgz -L "https://radarr.servarr.com/v1/update/master/updatefile?version=\${V}&os=linuxmusl" && tar xzf /tmp/r.tgz -C /app`)).toBe(0);
    expect(run(`${latest("jq -r '. | .info.version'")}python3 -m venv /lsiopy && pip install -U --no-cache-dir certbot==\${V} certbot-dns-acmedns`)).toBe(0);
    // Also where a failure shows only on no input at all: jq leaves `xargs cp -t` none.
    expect(run("curl -s https://h/assets.json | jq -r '.[].name' | xargs cp -t /opt/plugins", 'debian:12')).toBe(0);
    expect(run('curl -s https://h/assets.txt | xargs cp -t /opt/plugins', 'debian:12')).toBe(1);
    // Traps: nothing rejects the file; a filter that reads raw lines (a cut-off line is a cut-off value) or prints on no
    // input; a download after jq; a filter after jq that prints on no input; the value only echoed.
    expect(run(`${jq}curl -o /tmp/nc.tar.bz2 -L https://download.nextcloud.com/server/releases/nextcloud-\${V}.tar.bz2`)).toBe(1);
    expect(run(`${latest("awk '/tag_name/{print $4;exit}' FS='[\"\"]'")}${tar}`)).toBe(1);
    for (const filter of ["jq -R '.'", "jq -r --stream '.'", "jq -rs '.[0].tag_name'", "jq -rn '\"28.0.1\"'", "jq -r .url | xargs curl -s", "jq -r .tag | awk 'END { print \"1\" }'"]) {
      expect(run(`${latest(filter)}${tar}`), filter).toBe(1);
    }
    expect(run(`${latest("jq -r '.[0].version'")}echo "$V" > /version`)).toBe(1);
  });
  it('judges a ref a git checkout switches to, with text of its own beside the value (audit AO item 226)', () => {
    // pgvecto.rs: an empty PG_RELEASE makes `git checkout REL_` fail: no such ref.
    const clone = 'git clone https://github.com/postgres/postgres.git && cd postgres && V=$(git tag | grep \'^REL_16_\' | grep -vE \'RC|BETA\' | sort -V | tail -1 | sed \'s/REL_//\') && echo $V && ';
    const run = (then: string) => ruleFindings('shell-pipefail', `FROM ubuntu:22.04\nRUN ${clone}${then}\n`).length;
    expect(run('git checkout REL_$V')).toBe(0);
    expect(run('git switch "REL_${V}"')).toBe(0);
    // Traps: `git checkout` alone (an unquoted empty value vanishes) succeeds; `-B` makes any branch; a path after `--`;
    // another git command.
    expect(run('git checkout $V')).toBe(1);
    expect(run('git checkout -B rel-$V')).toBe(1);
    expect(run('git checkout main -- src/$V')).toBe(1);
    expect(run('git log REL_$V')).toBe(1);
  });
});

describe('cd-in-run', () => {
  it('follows `cd -` back to the folder the last cd left (verl\'s ascend image leaves the clone again)', () => {
    const lines = (run: string) => ruleFindings('cd-in-run', `FROM python:3.12\nWORKDIR /w\nRUN git clone https://x/a.git a && git clone https://x/b.git b\n${run}\n`).map((x) => x.range.start.line);
    expect(lines('RUN cd a && make && cd "$(pip show a | awk \'{print $2}\')" && ln -s x y && cd - && cd ..')).toEqual([]);
    expect(lines('RUN cd a && make && cd "$(pip show a | awk \'{print $2}\')" && ln -s x y && cd -')).toEqual([4]);
  });
  it('flags a cd into a lasting directory used by the commands after it', () => {
    const f = bad('cd-in-run');
    expect(positions(f)).toEqual([[3, 5], [7, 24], [9, 5], [11, 5], [13, 5], [14, 5], [19, 5], [20, 5], [23, 72], [24, 5], [27, 26], [32, 31], [36, 5]]);
    expect(f[0]!.message).toBe('`cd /app` only lasts for this RUN; set `WORKDIR /app` instead and run the commands there.');
    expect(f[0]!.range.end).toEqual({ line: 3, column: 7 });
    expect(f[2]!.message).toContain('`WORKDIR $APP_HOME`');
    expect(f[4]!.message).toBe('`cd /srv` is redundant: `WORKDIR` is already `/srv`; remove it.');
    expect(f[5]!.message).toContain('`WORKDIR /srv/api`');
  });
  it('is silent on temporary builds, subshells, child shells, cd -, pushd, shell variables, a final cd, clones (also `git init DIR` + fetch), revision picks and detours a WORKDIR would not replace', () => {
    expect(good('cd-in-run')).toEqual([]);
  });
  it('leaves a RUN that builds one project and then another (modelscope\'s ascend image), unless another RUN goes there too', () => {
    const clone = 'FROM python:3.11\nRUN git clone https://x/MindSpeed.git /MindSpeed && git clone https://x/ms-swift.git /ms-swift\n';
    const run = 'RUN cd /MindSpeed && pip install -e . && pip install mcore-bridge && cd /ms-swift && pip install -e .\n';
    expect(ruleFindings('cd-in-run', `${clone}${run}RUN pip list\n`)).toEqual([]);
    // /ms-swift is the stage's project: another RUN works there too.
    expect(ruleFindings('cd-in-run', `${clone}${run}RUN cd /ms-swift && pip install -e '.[llm]'\n`).map((x) => x.range.start.line)).toEqual([3, 4]);
    // Folders the stage did not clone: the directory the script stays in is reported.
    expect(ruleFindings('cd-in-run', `FROM python:3.11\nCOPY . /src\n${run.replace('/MindSpeed', '/src/a')}RUN pip list\n`)).toHaveLength(1);
  });
  it('resolves relative directories against WORKDIR and matches globbed removals', () => {
    const text = 'FROM debian:12\nWORKDIR /build\nRUN tar -xzf /tmp/src.tgz && cd src-1.0 && make install && cd /build && rm -rf src-*\n';
    expect(ruleFindings('cd-in-run', text)).toEqual([]);
    const kept = 'FROM debian:12\nWORKDIR /build\nCOPY src src\nRUN cd src && make install && rm -rf /build/other\n';
    expect(ruleFindings('cd-in-run', kept)[0]!.message).toContain('`WORKDIR /build/src`');
  });
  it('reports once per RUN', () => {
    expect(positions(ruleFindings('cd-in-run', 'FROM debian:12\nRUN cd /a && make && cd sub && make\n'))).toEqual([[2, 5]]);
  });
  it('is silent on a cd the same RUN leaves again (docker-library php), not on one it goes deeper from', () => {
    const php = 'FROM php:8.3\nRUN docker-php-source extract && cd /usr/src/php && make && cd / && docker-php-source delete\n';
    expect(ruleFindings('cd-in-run', php)).toEqual([]);
    // Only the directory the script stays in is reported.
    expect(positions(ruleFindings('cd-in-run', 'FROM debian:12\nRUN cd /a && make && cd /b && make\n'))).toEqual([[2, 22]]);
    expect(positions(ruleFindings('cd-in-run', 'FROM debian:12\nRUN cd /usr/src/php && cd ext && make\n'))).toEqual([[2, 5]]);
  });
});

describe('cd-in-run: detours a WORKDIR would not replace', () => {
  it('leaves a cd into a clone the RUN makes, unless another RUN of the stage goes there too', () => {
    const run = (lines: string) => ruleFindings('cd-in-run', `FROM debian:12\n${lines}\n`).length;
    expect(run('RUN git clone https://github.com/x/y.git /opt/y && cd /opt/y && git checkout v${VERSION}')).toBe(0);
    expect(run('RUN git clone -b v1 https://github.com/x/y.git /opt/y && cd /opt/y && make install')).toBe(0);
    expect(run('RUN cd /opt && git clone --depth 1 https://github.com/x/y && cd y && make install')).toBe(0);
    expect(run('RUN git clone https://github.com/x/y.git /opt/y && cd /opt/y && make\nRUN cd /opt/y && make install')).toBe(2);
    // A clone elsewhere does not make the cd's folder the RUN's own.
    expect(run('COPY . /src\nRUN git clone https://github.com/x/y.git /opt/y && cd /src && make')).toBe(1);
  });
  const at = (text: string) => positions(ruleFindings('cd-in-run', text));
  it('is silent on RUNs that go into different projects of one workspace, not on one project visited again', () => {
    const workspace = 'FROM debian:12\nWORKDIR /ws\nRUN git clone https://example.com/a.git && git clone https://example.com/b.git\n';
    expect(at(`${workspace}RUN cd a && make install\nRUN cd b && make install\n`)).toEqual([]);
    expect(at(`${workspace}RUN cd a && make\nRUN cd /ws/a && make install\n`)).toEqual([[4, 5], [5, 5]]);
    // A project inside another is one WORKDIR and a `cd` from there.
    expect(at(`${workspace}RUN cd a && make\nRUN cd a/sub && make install\n`)).toEqual([[4, 5], [5, 5]]);
    // Without a WORKDIR, projects at absolute paths each take a WORKDIR of their own.
    expect(at('FROM debian:12\nRUN cd /opt/a && make install\nRUN cd /opt/b && make install\n')).toEqual([[2, 5], [3, 5]]);
  });
  it('is silent on several projects the stage unpacked, cloned or made itself, each built in its own RUN, not on one project visited again', () => {
    const libs = 'FROM debian:12\nRUN tar -C /opt -xf /opt/snappy.tar.gz\nRUN cd /opt/snappy-1.1.3 && make install\n';
    expect(at(`${libs}RUN git clone https://x/gflags.git /opt/gflags\nRUN cd /opt/gflags && make install\n`)).toEqual([]);
    expect(at(`${libs}RUN mkdir -p /src/icu && tar -C /src/icu -xf /opt/icu.tgz\nRUN cd /src/icu && make install\n`)).toEqual([]);
    // One folder the stage made, gone into again: the stage's project.
    expect(at('FROM debian:12\nRUN mkdir -p /app\nRUN cd /app && make\nRUN cd /app && make install\n')).toEqual([[3, 5], [4, 5]]);
    // A folder inside the same unpacked tree is the same project.
    expect(at(`${libs}RUN mkdir -p /opt/snappy-1.1.3/build && cd /opt/snappy-1.1.3/build && make\n`)).toEqual([[3, 5], [4, 41]]);
    // A folder of the base image (/opt itself, /usr/local/bin) is none of the stage's projects.
    expect(at(`${libs}RUN mkdir -p /opt && cd /opt && make\n`)).toEqual([[3, 5], [4, 22]]);
  });
  it('is silent on a folder a later RUN of the stage deletes, not on one it keeps', () => {
    const gcc = 'FROM debian:12\nRUN cd /opt/gcc-10.3.0/build && make install\n';
    expect(at(`${gcc}RUN rm -rf /opt/gcc-10.3.0\n`)).toEqual([]);
    expect(at(`${gcc}RUN rm -rf /opt/gcc-10.3.0/build/tmp /opt/gcc-10.3.0.tar.gz\n`)).toEqual([[2, 5]]);
  });
  it('is silent on a cd the RUN leaves with `cd -`, and on a cd that runs only when a test passes', () => {
    expect(at('FROM debian:12\nRUN tar -xzf pkgs.tar.gz; cd pkgs; dpkg -i ./*.deb; cd -; apt-get install -f -y\n')).toEqual([]);
    // A WORKDIR cannot be conditional: it would create and enter the folder in every build.
    expect(at('FROM debian:12\nRUN if [ "$SOURCES" = true ]; then mkdir -p /legal/src && cd /legal/src && apt-get source --download-only bash && tar -czf ../src.tgz .; fi\n')).toEqual([]);
    expect(at('FROM debian:12\nRUN mkdir -p /legal/src && cd /legal/src && make && make install\n')).toEqual([[2, 28]]);
  });
  it('is silent on one RUN in a folder inside the WORKDIR when later steps run in the WORKDIR itself', () => {
    // khoj: `WORKDIR /app`, one `cd src` for collectstatic, the entrypoint in /app: a WORKDIR would need another back.
    const app = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\n';
    expect(at(`${app}RUN cd src && python3 manage.py collectstatic --noinput\nENTRYPOINT ["gunicorn", "src.main:app"]\n`)).toEqual([]);
    expect(at(`${app}RUN cd server && make gen-server && pip install --no-cache-dir .\nRUN pip install --no-cache-dir gunicorn==23.0.0\n`)).toEqual([]);
    // Nothing after it runs in the WORKDIR, or the folder is gone into again: the folder is where the stage works.
    expect(at(`${app}RUN cd src && make\n`)).toEqual([[4, 5]]);
    expect(at(`${app}RUN cd src && make\nRUN cd src && make install\nCMD ["src/app"]\n`)).toEqual([[4, 5], [5, 5]]);
  });
  it('takes a WORKDIR whose value it cannot resolve as the stage\'s own for a cd into a folder inside it (xtuner)', () => {
    // `ARG CODESPACE` without a default: the WORKDIR's value comes at build time; `cd hopper` is a folder inside it.
    const fa = 'FROM cuda AS setup\nARG CODESPACE=/root/codespace\nFROM setup AS flash_attn\nARG CODESPACE\nWORKDIR ${CODESPACE}/flash-attention\n';
    expect(at(`${fa}RUN cd hopper && pip wheel -w /tmp/fa3 --no-deps .\nRUN pip wheel -w /tmp/fa --no-deps .\n`)).toEqual([]);
    // Nothing later runs in the WORKDIR (a WORKDIR of its own follows), or the folder is gone into again: reported.
    expect(at(`${fa}RUN cd hopper && pip wheel -w /tmp/fa3 --no-deps .\nWORKDIR /other\nRUN make\n`)).toEqual([[6, 5]]);
    expect(at(`${fa}RUN cd hopper && make\nRUN cd hopper && make install\nCMD ["make"]\n`)).toEqual([[6, 5], [7, 5]]);
  });
  it('is silent on a cd into a folder an archive extracted by the same RUN made, not into one there before (RocketChat)', () => {
    // docker-library style: download, unpack, build in the unpacked folder, purge the build tools, in one RUN.
    const rc = 'FROM node:22-bookworm-slim\nWORKDIR /app\nRUN curl -fSL https://example.com/rc.tgz -o rc.tgz && tar zxf rc.tgz && rm rc.tgz && cd bundle/programs/server && npm install && apt-get purge -y --auto-remove\n';
    expect(at(rc)).toEqual([]);
    expect(at('FROM debian:12\nWORKDIR /build\nRUN curl -fsSL https://example.com/app.tgz | tar -xz && cd app-1.0 && make install\n')).toEqual([]);
    expect(at('FROM debian:12\nWORKDIR /build\nRUN curl -fsSLO https://example.com/app.zip && unzip app.zip -d out && cd out/app && make install\n')).toEqual([]);
    // Extracted to an absolute path: a WORKDIR set before the RUN leaves the unpacking as it is. Reported.
    expect(at('FROM debian:12\nRUN curl -fsSL https://example.com/app.tgz | tar -xz -C /opt/app && cd /opt/app && make install\n')).toEqual([[2, 69]]);
    // A folder an earlier instruction made, a base image folder, the folder extracted into when the archive only
    // adds to it, a `mkdir -p` (WORKDIR makes the folder too), or an unpacked folder another RUN goes into: reported.
    expect(at('FROM debian:12\nCOPY . /app\nRUN tar -xzf /tmp/deps.tgz -C / && cd /app && make\n')).toEqual([[3, 36]]);
    expect(at('FROM debian:12\nWORKDIR /app\nCOPY src src\nRUN tar -xzf /tmp/deps.tgz && cd src && make\n')).toEqual([[4, 31]]);
    expect(at('FROM debian:12\nCOPY . /app\nRUN tar -xzf /tmp/deps.tgz && cd app && make\n')).toEqual([[3, 31]]);
    // Earlier ADDs of single files (MIOpen's `ADD rbuild.ini /rbuild.ini`, a URL) make no folder: the GitHub archive's
    // `<repo>-<ref>` folder is the extraction's, under the base image's directory.
    const ck = 'RUN wget -O ck.tar.gz https://github.com/ROCm/ck/archive/${CK}.tar.gz && tar zxvf ck.tar.gz && cd ck-${CK} && make install\n';
    expect(at(`FROM ubuntu:22.04\nARG CK=4215\nADD rbuild.ini /rbuild.ini\nADD https://example.com/a.tar.gz /tmp/a.tar.gz\n${ck}`)).toEqual([]);
    // A folder copied in (`COPY src /ck-4215`), or an archive ADD extracts, may be the folder: reported.
    expect(at(`FROM ubuntu:22.04\nARG CK=4215\nADD ck.tar.gz /\n${ck}`)).toHaveLength(1);
    expect(at(`FROM ubuntu:22.04\nARG CK=4215\nCOPY ck /ck-4215\n${ck}`)).toHaveLength(1);
    expect(at('FROM debian:12\nRUN tar -xzf /tmp/x.tgz -C / && cd /usr/local && make\n')).toEqual([[2, 33]]);
    expect(at('FROM debian:12\nWORKDIR /app\nRUN tar -xzf /tmp/x.tgz && cd /app && make\n')).toEqual([[3, 28]]);
    expect(at('FROM debian:12\nRUN mkdir -p /opt/app && cd /opt/app && make\n')).toEqual([[2, 26]]);
    expect(at('FROM debian:12\nRUN tar -xzf /tmp/x.tgz -C /opt/app && cd /opt/app && make\nRUN cd /opt/app && make install\n')).toEqual([[2, 40], [3, 5]]);
  });
  it('is silent on a cd into a folder of the PATH (TensorRT NGC CLI download), not into one inside /usr/local', () => {
    const ngc = 'FROM ubuntu:22.04\nRUN cd /usr/local/bin && wget https://ngc.nvidia.com/downloads/ngccli_cat_linux.zip && unzip ngccli_cat_linux.zip && chmod u+x ngc-cli/ngc && rm ngccli_cat_linux.zip && echo "no-apikey" | ngc-cli/ngc config set\n';
    expect(at(ngc)).toEqual([]);
    expect(at('FROM ubuntu:22.04\nRUN cd /usr/local/src && ./configure && make install\n')).toEqual([[2, 5]]);
  });
  it('judges only the commands that run in the directory: not those after a cd it cannot follow', () => {
    expect(at('FROM debian:12\nRUN cd /builddir && apt-get source gdal && cd "$(ls -d /builddir/gdal-*)" && debuild -b\n')).toEqual([]);
    expect(at('FROM debian:12\nRUN cd /builddir && make -j"$(nproc)" && cd "$(ls -d /builddir/gdal-*)" && debuild -b\n')).toEqual([[2, 5]]);
  });
});

describe('pointless-commands', () => {
  it('points at each pointless command, also behind sudo', () => {
    const f = bad('pointless-commands');
    expect(positions(f)).toEqual([[5, 5], [6, 5], [7, 5], [8, 5], [8, 20], [9, 5], [10, 5], [11, 5], [11, 34], [11, 51], [12, 5], [13, 5]]);
    expect(f[0]!.message).toBe(
      '`service` manages services of a running system, which has no lasting effect in an image build; start services from `CMD`/`ENTRYPOINT` at run time instead.',
    );
    expect(f[1]!.message).toContain('remove it from the RUN');
    expect(f.every((x) => x.severity === 'info')).toBe(true);
    expect(positions(ruleFindings('pointless-commands', 'FROM debian:12\nRUN sudo service nginx reload\n'))).toEqual([[2, 10]]);
  });
  it('is silent on package names, ssh-keygen, command -v, batch vim, text and services used for build-time setup', () => {
    expect(good('pointless-commands')).toEqual([]);
  });
  const at = (text: string) => positions(ruleFindings('pointless-commands', `FROM ubuntu:24.04\n${text}\n`));
  it('keeps a service start that the same RUN uses: a client, a package install, or work before its stop', () => {
    // ONLYOFFICE DocumentServer: postgres started so that psql creates the user and database kept in the image.
    expect(at('RUN service postgresql restart && sudo -u postgres psql -c "CREATE USER ds;" && rm -rf /var/lib/apt/lists/*')).toEqual([]);
    expect(at('RUN service postgresql start && apt-get install -y /tmp/documentserver.deb && dropdb -U ds ds')).toEqual([]);
    expect(at("RUN service postgresql start && su - postgres -c '/usr/bin/createdb app'")).toEqual([]);
    expect(at('RUN service mysql start && /opt/app/bin/migrate && service mysql stop')).toEqual([]);
  });
  it('keeps a stop of a service the build started: in the RUN, an earlier RUN, or a package install that policy-rc.d lets start it', () => {
    expect(at('RUN echo "#!/bin/sh\\nexit 0" > /usr/sbin/policy-rc.d && apt-get -yq install nginx redis-server && service redis-server stop && service nginx stop')).toEqual([]);
    expect(at('RUN echo "#!/bin/sh\\nexit 0" > /usr/sbin/policy-rc.d && apt-get -yq install supervisor\nRUN apt-get -yq install /tmp/ds.deb && service supervisor stop')).toEqual([]);
    expect(at('RUN rm -f /usr/sbin/policy-rc.d && apt-get install -y nginx && service nginx stop')).toEqual([]);
    // The bare start is reported; the stop, in a later RUN of the stage or of a stage built on it, is not.
    expect(at('RUN service postgresql start\nRUN service postgresql stop')).toEqual([[2, 5]]);
    expect(positions(ruleFindings('pointless-commands', 'FROM ubuntu:24.04 AS db\nRUN service postgresql start\nFROM db\nRUN service postgresql stop\n'))).toEqual([[2, 5]]);
  });
  it('still reports a start whose effect ends with its RUN, and a stop of a service nothing started', () => {
    expect(at('RUN apt-get install -y nginx && service nginx start')).toEqual([[2, 33]]);
    expect(at('RUN service ssh start && echo started > /dev/null')).toEqual([[2, 5]]);
    // Waiting is no use of the service: the start is reported, the stop of what it started is not.
    expect(at('RUN service mysql start && sleep 5 && service mysql stop')).toEqual([[2, 5]]);
    // psql uses postgres, not mysql; apt keeps services from starting while policy-rc.d says `exit 101`.
    expect(at('RUN service mysql start && psql -c "select 1"')).toEqual([[2, 5]]);
    const stop = ruleFindings('pointless-commands', 'FROM ubuntu:24.04\nRUN apt-get install -y apache2 && service apache2 stop\n');
    expect(positions(stop)).toEqual([[2, 35]]);
    expect(stop[0]!.message).toBe('`service` manages services of a running system, which has no lasting effect in an image build; remove it from the RUN.');
    // A start in another stage (not one this stage is built on) started nothing here.
    expect(at('RUN service mysql start\nFROM ubuntu:24.04\nRUN service mysql stop')).toEqual([[2, 5], [4, 5]]);
  });
});

describe('shell-check', () => {
  it('reports state-only RUNs, brace expansion under dash/BusyBox and parse errors', () => {
    const f = bad('shell-check');
    expect(positions(f)).toEqual([[2, 5], [3, 5], [5, 5], [6, 5], [7, 14], [10, 12], [13, 5], [14, 10], [16, 11], [17, 31]]);
    expect(f[0]!.message).toBe(
      'This RUN only changes its own shell (`set -eux`), which ends with it: no later instruction sees the change; put `set -eux` at the start of each RUN that needs it, or set the options with `SHELL`.',
    );
    expect(f[1]!.message).toContain('use `ENV` for variables');
    expect(f[4]!.message).toContain('`/srv/app/{data,logs,tmp}` relies on brace expansion, which `/bin/sh` (dash)');
    expect(f[4]!.range.end).toEqual({ line: 7, column: 38 });
    expect(f[6]!.severity).toBe('error');
    expect(f[6]!.message).toBe('The shell in this RUN cannot be parsed: "done" can only be used to end a loop; fix the shell syntax.');
    expect(f[7]!.message).toContain('reached EOF without closing quote');
    expect(f[8]!.message).toContain('BusyBox ash');
  });
  it('is silent on real work, quoted braces, bash, Red Hat images, other-language heredocs and comment lines', () => {
    expect(good('shell-check')).toEqual([]);
  });
  it('reports removing the root directory as an error, not other folders or a quoted glob', () => {
    const run = (line: string) => ruleFindings('shell-check', `FROM debian:12\nRUN ${line}\n`);
    const [plain] = run('rm -rf /');
    expect(plain!.severity).toBe('error');
    expect(plain!.message).toBe(
      '`rm` removes the root directory: GNU rm refuses it ("it is dangerous to operate recursively on \'/\'") and the RUN fails; a rm without that protection deletes the image\'s whole filesystem; name the folders to delete instead.',
    );
    expect(positions([plain!])).toEqual([[2, 12]]);
    expect(run('rm -rf --no-preserve-root /')[0]!.message).toContain('`--no-preserve-root` lets rm delete');
    expect(run('apt-get clean && rm -fr /*')[0]!.message).toContain('`/*` expands to every top-level folder');
    expect(run('rm --recursive --force //')).toHaveLength(1);
    expect(run('sudo rm -rf /')).toHaveLength(1);
    for (const ok of ['rm -rf /tmp/*', 'rm -rf /var/lib/apt/lists/*', 'rm -f /', 'rm -rf "/*"', 'rm -rf ./*', 'echo rm -rf /']) expect(run(ok)).toEqual([]);
  });
  it('parses CRLF files, the backtick escape directive and exec-form bodies without false errors', () => {
    expect(ruleFindings('shell-check', 'FROM debian:12\r\nRUN echo a \\\r\n    && echo b\r\n')).toEqual([]);
    expect(ruleFindings('shell-check', '# escape=`\nFROM debian:12\nRUN echo "a" `\n    && echo "b"\n')).toEqual([]);
    expect(ruleFindings('shell-check', 'FROM debian:12\nRUN ["/bin/sh", "-c", "echo \\"quoted\\" && ls"]\n')).toEqual([]);
    expect(positions(ruleFindings('shell-check', 'FROM debian:12\nRUN ["/bin/sh", "-c", "echo \'open"]\n'))).toHaveLength(1);
  });
  it('reads only the first heredoc when dockerfile-ast cannot see the others', () => {
    const text = 'FROM debian:12\nRUN <<EOF 3<<IN awk -f -\nBEGIN { print 1 }\nEOF\n';
    expect(ruleFindings('shell-check', text).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('shell forms every shell-safety rule understands', () => {
  const at = (id: string, text: string) => positions(ruleFindings(id, text));
  it('reads heredoc scripts, and not heredocs fed to other interpreters', () => {
    expect(at('no-sudo', 'FROM debian:12\nRUN <<EOF\nset -e\nsudo apt-get update\nEOF\n')).toEqual([[4, 1]]);
    expect(at('no-sudo', 'FROM debian:12\nRUN python3 <<EOF\nprint("sudo make me a sandwich")\nEOF\n')).toEqual([]);
    expect(at('cd-in-run', 'FROM debian:12\nRUN <<-EOT\n\tcd /app\n\tmake\nEOT\n')).toEqual([[3, 2]]);
    expect(at('pointless-commands', 'FROM debian:12\nRUN <<EOF\n#!/usr/bin/env python3\nimport os; os.system("ps")\nEOF\n')).toEqual([]);
  });
  it('reads CRLF files and the backtick escape directive', () => {
    expect(at('pointless-commands', 'FROM debian:12\r\nRUN apt-get update \\\r\n && service nginx start\r\n')).toEqual([[3, 5]]);
    expect(at('shell-pipefail', '# escape=`\nFROM debian:12\nRUN curl -fsSL https://example.com/a.conf `\n  | tee /a.conf\n')).toEqual([[3, 5]]);
  });
  it('skips comment lines inside continuations', () => {
    expect(at('curl-pipe-shell', 'FROM debian:12\nRUN curl -fsSL https://example.com/i.sh \\\n# | sh would be bad\n  | tar -x\n')).toEqual([]);
  });
  it('stays silent under PowerShell and cmd', () => {
    const win = 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\n';
    expect(at('no-sudo', `${win}SHELL ["powershell", "-Command"]\nRUN sudo ls | Out-Null; cd C:\\app; ps\n`)).toEqual([]);
    expect(at('cd-in-run', `${win}RUN cd C:\\app && dir\n`)).toEqual([]);
    expect(at('shell-check', `${win}RUN if exist C:\\x type nul > C:\\y\n`)).toEqual([]);
  });
  it('checks ONBUILD RUN triggers at the trigger', () => {
    expect(at('curl-pipe-shell', 'FROM debian:12\nONBUILD RUN curl -fsSL https://example.com/i.sh | sh\n')).toEqual([[2, 51]]);
  });
});

describe('shell-pipefail advice', () => {
  it('suggests ash on Alpine, which has no bash', () => {
    const f = ruleFindings('shell-pipefail', 'FROM python:3.12-alpine\nRUN wget -qO- https://example.com/a.conf | tee /a.conf\n');
    expect(f[0]!.message).toContain('`SHELL ["/bin/ash", "-o", "pipefail", "-c"]`');
    // Docker Hub's `alpine/` tool images are Alpine too.
    const g = ruleFindings('shell-pipefail', 'FROM alpine/git:2.47.2\nRUN wget -qO- https://example.com/a.conf | tee /a.conf\n');
    expect(g[0]!.message).toContain('`SHELL ["/bin/ash", "-o", "pipefail", "-c"]`');
  });
  it('suggests ash on an Alpine variant whose version the builds pass (audit AO 217, 218: golang:${GO_VERSION}-alpine3.23 has no bash)', () => {
    const pipe = 'RUN go list -mod=readonly -u -m -json all | go-mod-outdated -update -direct\n';
    const msg = (from: string) => ruleFindings('shell-pipefail', `ARG GO_VERSION\nFROM ${from} AS base\nFROM base\n${pipe}`)[0]!.message;
    expect(msg('golang:${GO_VERSION}-alpine3.23')).toContain('`SHELL ["/bin/ash", "-o", "pipefail", "-c"]` before this RUN (or `set -o pipefail` in it)');
    // Trap: a tag that is all unknown may name any variant: the usual advice, and no claim about `set -o pipefail`.
    expect(msg('golang:${GO_VERSION}')).toContain('`SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before this RUN.');
    expect(ruleFindings('shell-pipefail', `ARG GO_VERSION\nFROM golang:\${GO_VERSION}\nRUN set -o pipefail; wget -qO- https://x/a | tee /a\n`)).toEqual([]);
  });
});

describe('cd-in-run: a folder a plain mkdir of the RUN creates', () => {
  it('is not reported: a WORKDIR set before the RUN would make that mkdir fail', () => {
    const run = (line: string) => ruleFindings('cd-in-run', `FROM debian:12\nRUN ${line}\n`).length;
    expect(run('set -eux; mkdir /opt/pypy; tar -x -C /opt/pypy -f /tmp/pypy.tar.bz2; cd /opt/pypy/lib/pypy3.11; ./pypy -m compileall .')).toBe(0);
    expect(run('set -eux; mkdir -p /opt/pypy; tar -x -C /opt/pypy -f /tmp/pypy.tar.bz2; cd /opt/pypy/lib/pypy3.11; ./pypy -m compileall .')).toBe(1);
  });
});

describe('cd-in-run: the stage makes the folder its WORKDIR right after', () => {
  it('is not reported when the next instruction sets that WORKDIR, and is when another instruction comes first', () => {
    const run = (text: string) => ruleFindings('cd-in-run', `FROM node:22\n${text}`).length;
    expect(run('RUN mkdir -p /var/lib/ghost && cd /var/lib/ghost && npm install ghost-cli\nENV NODE_ENV=production\nWORKDIR /var/lib/ghost\n')).toBe(0);
    expect(run('RUN mkdir -p /var/lib/ghost && cd /var/lib/ghost && npm install ghost-cli\nRUN echo done\nWORKDIR /var/lib/ghost\n')).toBe(1);
    expect(run('RUN mkdir -p /var/lib/ghost && cd /var/lib/ghost && npm install ghost-cli\nWORKDIR /srv\n')).toBe(1);
  });
  it('passes over instructions no working directory changes (zabbix: EXPOSE between), not a COPY or a relative VOLUME', () => {
    const run = (between: string) => ruleFindings('cd-in-run', `FROM node:22\nRUN cd /usr/share/zabbix/ && rm -rf tests && find locale -name "*.sh" -delete\n${between}WORKDIR /usr/share/zabbix\nCMD ["node"]\n`).length;
    expect(run('EXPOSE 8080/TCP 8443/TCP\n')).toBe(0);
    expect(run('USER 1997\nSTOPSIGNAL SIGQUIT\nHEALTHCHECK CMD curl -f http://localhost/\nVOLUME /var/lib/zabbix\n')).toBe(0);
    expect(run('EXPOSE 8080/TCP\nCOPY conf /etc/zabbix/\n')).toBe(1);
    expect(run('VOLUME data\n')).toBe(1);
    expect(run('')).toBe(0);
    expect(ruleFindings('cd-in-run', 'FROM node:22\nRUN cd /usr/share/zabbix/ && rm -rf tests && find locale -name "*.sh" -delete\nCMD ["node"]\n')).toHaveLength(1);
  });
});

