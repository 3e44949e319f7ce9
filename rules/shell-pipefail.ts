import {
  CHANGING_FOLDERS, CHECKED_FILES, DOWNLOADERS, type EmptyInputFailure, EMPTY_OPERAND_OK, EMPTY_STAYS_EMPTY, EXPECTS_EMPTY_INPUT, FAILS_ON_EMPTY_INPUT, FAILS_ON_MISSING_FILE, FAILS_WITHOUT_OPERANDS,
  CHECKS_OUT_REF, FIND_STATUS_ACTIONS, IMAGE_FOLDERS, REJECTS_EMPTY_FIRST_FIELD, OPERAND_STRING_TOOLS, INSTALL_SUBCOMMANDS, INSTALLER_TOOLS, LISTS_SYSTEM_STATE, MISSES_FAIL, NEEDS_FOLDER_FILES, PIP_MAKERS, PIP_PROGRAMS, PRESENT_BEFORE_INSTALLER,
  readsSystemState, SELECTING_FILTERS, SIMULATED_UPGRADE, STDIN_INTERPRETERS, WHOLE_TEXT_PARSERS, XARGS_FILE_OPTIONS, XARGS_NO_RUN_ON_EMPTY,
} from '../src/knowledge/empty-input.js';
import { LINUX_FOLDERS, officialImageFolders, ROOT_HOME_FILES } from '../src/knowledge/image-folders.js';
import { baseFolders } from '../src/context/folders.js';
import type { BuildContext } from '../src/context/build-context.js';
import { makePrograms } from '../src/context/copied-build.js';
import { NEVER_FAILS } from '../src/knowledge/word-splitting.js';
import { type SystemShell, systemShellOf } from '../src/knowledge/system-shell.js';
import { verifiesFile } from '../src/knowledge/sources.js';
import { defineRule } from '../src/rule.js';
import { shellName } from '../src/shellcheck/dialect.js';
import { existenceTested, launchedCommand, testOperands, wholeVariable } from '../src/shell/command.js';
import { downloadedFiles, failsOnHttpError } from '../src/shell/downloads.js';
import { filesRead } from '../src/shell/files-read.js';
import { type CommandOption, hasOption, resolveWords } from '../src/shell/invocation.js';
import { findStartPoints } from '../src/shell/find.js';
import { shellListOptions, shellOptions } from '../src/shell/shell-options.js';
import { comparePositions, firstInSource, rangeContains } from '../src/shell/order.js';
import { aptKeyringsInUse, aptSourceTrustsGlobalKeys } from '../src/shell/apt-sources.js';
import { firstRunAfter, modelRuns, nextRunOf, runInstructions } from '../src/shell/installs.js';
import { hasCacheMountOn } from '../src/shell/caches.js';
import { archiveRead } from '../src/shell/unpacks.js';
import { aptListsRemoved, confirmedPackages, endsItsRun, locatedProgram, witnessedFile } from '../src/shell/witnessed.js';
import { isDistributionImage } from '../src/knowledge/frozen-releases.js';
import { isCudaImage } from '../src/knowledge/gpu-images.js';
import { type Dir, resolveDir, sameDir } from '../src/shell/workdir.js';
import type { DockerfileModel, Stage } from '../src/model/types.js';
import type { ImageName } from '../src/model/image-ref.js';
import { FactKey } from '../src/model/facts.js';
import type { Pipeline, ShellScript, SimpleCommand, Word } from '../src/shell/types.js';
import type { Instruction } from '../src/model/types.js';

export default defineRule({
  meta: {
    id: 'shell-pipefail',
    category: 'runtime',
    severity: 'warning',
    preset: 'recommended',
    description: '`RUN` with a pipe but without `pipefail`, so a failure on the left of the pipe does not fail the build.',
    docs: {
      why:
        'A pipeline\'s exit status is that of its last command: in `curl -fsSL https://… | tee /etc/app.conf` a failed download still lets `tee` succeed, the step "succeeds" and the image is built without the file. `pipefail` makes the pipeline fail when any command in it fails. Debian and Ubuntu run `RUN` with `/bin/sh` (dash), which rejects `set -o pipefail` ("Illegal option -o pipefail": the build fails, and this rule reports it); switch the shell with `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (Alpine, which has no bash, also when the build passes its version: `golang:${GO_VERSION}-alpine3.23`: `SHELL ["/bin/ash", "-eo", "pipefail", "-c"]`), or start the script with `set -o pipefail` where the shell supports it (bash, BusyBox ash: the message offers it only there).\n\nOnly pipes that would really hide a failure are reported. Not reported: a pipe whose last command fails on empty input when the command feeding it failed having printed nothing (`grep " app.tgz$" SHA256SUMS | sha256sum -c -`, `… | grep -q 2.4` as a smoke test, an awk self-test whose `END` fails unless a rule saw the line it looks for: `openssl list -providers | awk \'/fips/ {f=1} END { exit !f }\'`, `END { if (!found) exit 1 }`, not when `BEGIN` sets the flag, `… | tar -x`, `… | gpg --dearmor`; GNU and BusyBox tools alike; `ls /opt/libs/* -d | grep connect-file | xargs cp -t /opt/plugins`, as `xargs` without `-r` or `-I` runs its command once with no item, GNU findutils\' and BusyBox\'s alike, and `cp -t`, `mv -t`, `ln`, `rm` without `-f`, `chmod`, `chown`, GNU `sed -i` ("no input files") and `pip install` ("You must give at least one requirement") fail without the operands it would add, GNU coreutils\' (not in Alpine images); `rpm2cpio x.rpm | cpio -idmv` with GNU cpio, not in Alpine images, whose BusyBox cpio exits 0 on no input), except that a download (`curl`, `wget`) can also stop midway: then only an end that checks its input is whole notices (`tar -x`, compressed or not, which fails on an archive cut inside a member: GNU tar\'s "Unexpected EOF in archive", BusyBox\'s "short read"; `gunzip`, `gpg --dearmor`, GNU `cpio -i`, which wants the trailer that ends an archive), while `grep -q` or `sha256sum -c` still succeeds on the part that arrived and is reported. Not reported either: pipes fed only by commands that cannot fail (`echo`, `printf`, `cat` of a heredoc, text filters that read no file: `echo "$V" | cut -d. -f1,2 | tr -d .`, reads of a fact of the image: `uname -m`, `nproc`, `dpkg --print-architecture`, `apk --print-arch`, `apt-mark showmanual`, `dpkg-query --search`, `apk info`, listings of the whole package database or linker cache that name no package or file: `dpkg-query --show`, `dpkg -l` (`dpkg -l | grep -E -- \'-dev|-headers\' | awk \'{ print $2; }\' | xargs apt-get remove -y`), `rpm -qa`, `ldconfig -p`, a simulated upgrade `apt-get -s dist-upgrade | grep "^Inst" | …` (with `pipefail`, `grep` would fail the build whenever nothing is to upgrade), and `ldconfig -v` as root (a named package may be missing: `dpkg-query --show nosuch` fails), a package that a `dpkg -s P` or `dpkg-query -W P` the reader needs (an `&&` chain or an `if` condition before it) just found: `if dpkg -s "$pkg" >/dev/null 2>&1; then dpkg -L "$pkg" | … | tee …`, `xargs dirname` and `xargs basename` (without `-a`), which work on their operands as strings and fail only when given none, that is on an empty input, an outcome of the commands feeding them, judged on their own (`dpkg -L "$pkg" | grep -E ".so" | xargs dirname | uniq | tee …`), and readers of local paths that are there: `find /usr/local -type f -exec ldd \'{}\' \';\'` over a folder every image has (`-exec … \';\'` is a test, its status never find\'s) or every image of its distribution has (Debian\'s and Ubuntu\'s `/usr/src`, `/etc/apt`, the multiarch library folders: `find /lib/x86_64-linux-gnu/ -name \'libopencv*\' | xargs -I % cp % /cvlib` on `ubuntu:22.04`, a Dockerfile built for that architecture; not on Alpine or the Red Hat family, which have no such folder), `scanelf --recursive /usr/local`, a folder the official base image\'s build made (`scanelf --recursive /usr/local/lib/php/extensions` on `php`), `head` of a file an earlier RUN wrote, a file a download of the chain wrote that fails on an HTTP error (`wget https://…/aws-efa-installer.key && cat aws-efa-installer.key | gpg --fingerprint`, `wget -O F`, `curl -fO`, `curl -fo F`; not `curl` without `-f`, which saves an error page, nor in another folder), what an earlier `COPY`/`ADD` wrote, a file the same RUN then moves, a folder the script tested with `[ -d "$extDir" ]` and what is in it: `ldd "$extDir"/*.so`, a program\'s file that a `which X` or `command -v X` the reader needs (an `&&` chain or an `if` condition before it) printed, read as `$(which X)` again or through a variable set to it and nothing else (`TRUSS_BIN=$(which truss) && PYTHON_PATH=$(head -1 "$TRUSS_BIN" | sed \'s/^#!//\')`), a path an earlier command made (`mkdir -p`) or put there (`mv "/usr/src/busybox-$V" /usr/src/busybox`, then `stat -c %Y /usr/src/busybox`), a folder it filled and what is in it (`tar -x -C "$JAVA_HOME"`, then `find "$JAVA_HOME/lib" -exec dirname \'{}\' \';\'`) or walked with `find` (and the folders holding it), or installed into by a `make install` after a `./configure` of the same RUN that names it with `--libdir` or `--prefix` (`./configure --libdir="$TOMCAT_NATIVE_LIBDIR"; make install`, then `find "$TOMCAT_NATIVE_LIBDIR" -type f -executable -exec ldd \'{}\' \';\'`), its failure ending its RUN, and a program in `/usr/local/bin`, the default prefix, after a `make install` that nothing sent elsewhere (`make -C /usr/src/redis install`, then `md5sum /usr/local/bin/redis-server | cut -d\' \' -f1`; not after `make PREFIX=/opt/x install`, `DESTDIR=…`, `./configure --prefix=…`, cmake\'s `-DCMAKE_INSTALL_PREFIX=…` or such a variable in the environment); and `grep` reading what the pipe feeds it, whose non-zero status only says it selected no line: `scanelf … | sort -u | grep -v \'^$\' | awk …`); a pipe ending in `| true`, or followed by a `||` whose command always succeeds (`{ find … | xargs rm -v || true; }`, `|| :`, `|| exit 0`, `|| echo skipped`, also around a `{ …; }` group and after `&&`: `a | b && c || true`, where the `||` catches either failure), which throw the status away on purpose, so that `pipefail` would change nothing (a fallback that fails, `|| exit 1`, is no such `||`); `yes | …`, which `pipefail` would break (`yes` is killed by SIGPIPE when the reader exits), a pipe through `dpkg-query --search` (`ldd … | xargs -r dpkg-query --search | cut -d: -f1 | sort -u | xargs -r apt-mark manual`, docker-library\'s idiom), which fails on any path no package owns, so that `pipefail` would fail the build on an expected miss (unless a `find` that may search a missing folder feeds it, not one over a folder that is there, as above); and a best-effort edit `find … | xargs grep -lZ … | xargs -r sed -i …` that downloads nothing, where finding no file is an ordinary outcome that `pipefail` would turn into a failed build; a `find /` (or over `/proc`, `/sys`, `/dev`) in a pipe that downloads nothing (`find / -type d -name __pycache__ | xargs rm -rf`), whose walk fails on entries that vanish under `/proc`, so that its status is noise `pipefail` would turn into a failed build; and a pipe in a `$(…)` whose status no command sees (`echo "$(a | b)"`, `export X="$(a | b)"`), where `pipefail` would change nothing. A pipe in a bare assignment\'s `$(…)` counts, as in hadolint: `v="$(curl -fsSL https://… | jq -r .tag)" && …` hides a failed download just the same; but not when a `;` or a new line follows the assignment and no `set -e` (in the script or the SHELL), ERR trap or `$?` reads its status (`v=$(curl … | jq -r .tag); curl -fsSLO "https://…/$v.tgz"`, also in a loop body, not as its last statement, nor as an `if` or `while` condition): that status is only `$?` to the next statement, and `pipefail` would change nothing (`&&` or `set -e` would); the same holds for any pipe ending such a statement, also the last of an `if` branch whose `if` is followed (a `RUN <<EOF` script without `set -e`: `if …; then curl … | sh; fi`, then more lines); nor when the pipe downloads nothing and the script then tests the variable for emptiness (`[ -n "$v" ]`, `${v:?}`, a `case "$v"` whose catch-all item exits with a failure), or hands it whole and quoted to a later command of the same `&&` chain, of the RUN\'s last statement, or under `set -e`, that fails on an empty operand (`WHL=$(ls -t dist/*.whl | head -1) && pip install "$WHL"`): a failed source printed nothing, and the script handles that or stops there. The same holds for a value used in a URL that `wget` or `curl -f` then fetches (`wget "https://…/gosu-$dpkgArch"`: a URL naming nothing fails the download), or that `curl` without `-f` saves to a file a later command of the chain rejects when it holds an error page: `tar` or `unzip` extracting it, `gunzip` or `gpg --import` reading it, a check against a pinned digest (`curl -o /tmp/cs.tgz -L "https://…/download/v${V}/cs-${V}.tgz" && tar xf /tmp/cs.tgz -C /app`); for a value a download printed, only when it is in the name of a folder of that URL\'s path: `V=$(wget -qO- https://…/LATEST_RELEASE | tr -d "\\r") && wget "https://…/$V/driver.zip"`, `…/download/v${V}/…`, where an empty or cut-off value names a folder that is not there (not in its file name, `driver-$V.zip`), also through the variables the script makes from it (`LATEST="$(echo "$LIST" | head -n 1)" && curl -fsSLO "https://…/v${LATEST}/app-${LATEST}.tgz"`; not through `${V:-default}`; for a downloaded value, a variable set to a URL it is a whole path segment of, `URL=https://…/$V/driver.zip && wget $URL`, or to the value whole, `C=$V`, `GK=$(if [ "$ARG" = latest ]; then echo "$V"; else echo "$ARG"; fi)`, not a `$(…)` that tests or filters the value or prints before it), for a folder the script then enters with `cd` before a command of the chain that works on its files (`DIR=$(pip show vllm | grep Location | awk \'{print $2}\') && cd $DIR && patch -p1 -i fix.patch`: an empty value sends `cd` to `$HOME`, where `patch` or `make` finds nothing), for a version a package manager installs (`pip install "torchvision==$V"`, `apt-get install "pkg=$V"`: a pin to an empty version is an invalid requirement), for a ref a `git checkout` or `git switch` checks out with text of its own beside the value (`git checkout REL_$PG_RELEASE`: an empty value names no ref; not `git checkout $V`, which an empty value leaves a checkout of nothing, nor a branch `-B` makes), for a file the pipe writes that the script tests with `-s` (`cmake --version | head -n1 > /tmp/v; [ -s /tmp/v ] || …`), and for a value a later test asserts equals a literal (`N=$(find … | wc -l) && test "$N" -eq 1696`), or a later existence test of it or of a path starting with it fails the RUN on a missing file (`D=$(find … | head -n 1) && F="$D/x/CMakeLists.txt" && if [ -f "$F" ]; then …; else exit 1; fi`, `|| exit 1`), or it is the first field of a line `echo` feeds to a program that rejects an empty one (`echo "${fpr}:6:" | gpg2 --import-ownertrust`, `echo "$SUM  f" | sha256sum -c`), or compares with a value that cannot be empty, failing the RUN on a mismatch (`expected=$(cat go.sha256); actual=$(sha256sum go.tgz | awk \'{print $1}\'); if [ "$expected" != "$actual" ]; then exit 1; fi`, also `[ "$actual" = "$expected" ] || exit 1` and, where that list ends the RUN, `actual=$(sha256sum npm.tgz | cut -d\' \' -f1) && [ "$actual" = "$expected" ] && echo OK || (echo mismatch && exit 1)`: a literal, a build ARG/ENV with a non-empty value, a variable the script sets only to non-empty literals (`expected="b290…"`, also in the items of a `case`), or `$(cat F)` of a file an earlier download of the RUN wrote; not a value from another pipe, which may be as empty). Wherever a download is judged apart above for printing part of its data, one that `jq` reads (not with `--stream`, `--seq`, `-R`, `-n` or `-s`), followed only by filters that print nothing on no input, counts as a source that prints nothing when it fails: jq prints nothing of an unfinished JSON text, so a failed download leaves the value empty, never cut off (linuxserver\'s `if [ -z ${V+x} ]; then V=$(curl -sX GET https://api.github.com/repos/…/releases | jq -r \'.[0].tag_name\'); fi && curl -o /tmp/a.tar.bz2 -L "https://…/app-${V}.tar.bz2" && tar xf /tmp/a.tar.bz2`, also with the value in the URL\'s query, or `pip install certbot==${V}`). A file the pipe writes that a later command of the RUN fails on when it is empty shows the failure too (`pip install --dry-run … | tee /tmp/out && grep \'Would install\' /tmp/out`), and so does a check of it against a pinned digest (`curl -fsSL https://…/KEY.pub | sed … > /etc/pki/KEY && echo "$SUM  /etc/pki/KEY" | sha256sum -c -`, `sha256sum -c <<< "<sha256>  F"`, the digest a literal or a variable set only to one: a cut-off file does not match), and so does an APT keyring (`wget -O- …/key | gpg --dearmor | tee /usr/share/keyrings/k.gpg && … && apt-get update`: a broken key fails the update, even after a cut-off download), also when the update is the first command of the next RUN and reads a source that a `deb [signed-by=/usr/share/keyrings/k.gpg] …` line written by the stage (`echo … | tee /etc/apt/sources.list.d/x.list`, `echo … > …`) signs with that keyring, or when a later stage copies the keyring (`COPY --from=key-getter /root/k.gpg /usr/share/keyrings/k.gpg`) and a RUN of that stage updates, its failure ending that RUN, from a source signed by the copy; so does a key handed to `apt-key add -` (also in a group that swallows its status: `curl -sL …/microsoft.asc | (OUT=$(apt-key add - 2>&1) || echo $OUT)`) when a later `apt-get update` of the chain reads a source the stage wrote without `signed-by=` (`echo "deb …" > /etc/apt/sources.list.d/x.list`, `add-apt-repository`), which apt checks with its global keys: a missing key leaves it unsigned and the update fails; so does an APT source list under `/etc/apt/sources.list.d/` when a later `apt-get install` of the chain installs a package named after it (`curl -fsSL …/nvidia-container-toolkit.list | sed … > /etc/apt/sources.list.d/nvidia-container-toolkit.list && apt-get update && apt-get install nvidia-container-toolkit-base`: an empty list leaves the package unknown and the install fails; not a package named otherwise, which the distribution may have too: `nodesource.list`, then `apt-get install nodejs`). An installer piped into a shell or an interpreter reading its script from stdin (also one a launcher starts: `| sudo -E bash -`) is not reported either when a command running the tool its URL names follows it in the same chain (`curl -fsSL https://astral.sh/uv/install.sh | sh && uv python install 3.12`, also with a version in the URL and moves of the binary between: `https://astral.sh/uv/${UV_VERSION}/install.sh | sh && mv /root/.local/bin/uv /usr/local/bin/ && uv --version`; rustup\'s `sh.rustup.rs` installs `cargo`, `rustc` and `rustup`, `cpanmin.us` installs `cpanm`), or is the first command of the next RUN naming the tool (also by its path: `RUN $HOME/.cargo/bin/uv venv`; with no `COPY` or `ADD` naming it between, which may bring it another way; or of the script that RUN\'s first command, a shell, runs with `-c`: `curl -sSL https://get.rvm.io | bash`, then `RUN /bin/bash -l -c "rvm install ruby-${RUBY_VERSION} && rvm --default use ruby-${RUBY_VERSION}"`, variables in a double-quoted script included; or a `make` whose goals\' recipes, in the project\'s Makefile read from the build context, run the tool: `curl … https://sh.rustup.rs | sh -s -- --default-toolchain none -y`, then `RUN --mount=target=. make build` whose `build` recipe runs `cargo build`) and its failure fails that RUN (`curl -sSL https://install.python-poetry.org | python3 -`, then `RUN poetry --version`): a failed download installs nothing, that command fails ("poetry: not found"), and the build still stops, at most one step later; not for a tool the image may have before the installer runs (`get-pip.py`\'s `pip`, unless the base is a distribution\'s own or a CUDA image, `nvidia/cuda:13.0.2-devel-ubuntu22.04`, and nothing of the stage before names pip, runs `ensurepip`, makes a virtual environment or conda installation, or copies from another image or stage). So too when a later `apt-get install` of a package name (the next apt command of the chain, or the first command of the next RUN) reads package lists that an earlier command of the stage removed (`rm -rf /var/lib/apt/lists/*`) or that the base image ships without (Debian, Ubuntu and the official images built on them: `rust:1.93.0`, `python`, `node`) and nothing but the piped script fetched again (`curl -fsSL https://deb.nodesource.com/setup_20.x | bash - && apt-get install -y nodejs`): a failed download leaves them empty and the install fails ("Unable to locate package"); and when a later command of the chain that fails on a missing file takes a relative path, in the folder the installer ran in, named after a word of its URL\'s host (`curl -L https://istio.io/downloadIstio | sh - && mv istio-*/bin/istioctl /usr/local/bin/`). The same holds, for an installer run as root, when a later command of the chain that fails on a missing file takes a path in `/root`, where such installers write, that nothing before made (`curl -fsSL https://bun.sh/install | bash && mv /root/.bun/bin/bun /usr/local/bin/bun`, also `$HOME`, root\'s `/root`, read by `.`: `(curl … https://sh.rustup.rs | sh -s -- -y) && (. $HOME/.cargo/env)`; not a start-up file the base image has, `~/.bashrc`, `~/.profile`), or the first command of the next RUN does, its failure ending that RUN (`curl … https://sh.rustup.rs | sh -s -- -y`, then `RUN cp /root/.cargo/bin/rustc /usr/local/bin/`), or a later stage copies one from this stage (`COPY --from=builder /root/google-cloud-sdk …`); and, run as any user, when a later stage copies from this stage a file named after the program the installer\'s URL names, wherever it put it, that nothing else of the stage names (`wget -O- …/golangci/golangci-lint/master/install.sh | sh -s v1.54.2`, then `COPY --from=golangci /bin/golangci-lint …`). In a script another shell runs (`RUN <<EOF bash`, `bash -c \'…\'`), which `SHELL` does not reach, the message advises `set -o pipefail` at the top of that script.',
      bad: 'RUN curl -fsSL https://example.com/app.conf | tee /etc/app.conf',
      good: 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/app.conf | tee /etc/app.conf',
    },
    fixable: false,
    covers: ['DL4006'],
  },
  check({ model, buildContext, report }) {
    for (const instruction of runInstructions(model)) {
      const support = pipefailSupport(instruction);
      // dash rejects `set -o pipefail` ("Illegal option -o pipefail") and the RUN fails.
      if (support === 'rejects') {
        for (const set of instruction.run!.script!.commands.filter(setsPipefailOption)) {
          report({
            range: set.range,
            severity: 'error',
            message: `\`/bin/sh\` is dash in this image, which rejects \`set -o pipefail\` ("Illegal option -o pipefail") and fails the build; use \`SHELL ["/bin/bash", "-o", "pipefail", "-c"]\` before this RUN instead.`,
          });
        }
      }
      // SHELL does not apply to exec form: there the JSON names the shell (the model reads its flags).
      if (!instruction.run!.execForm && shellListOptions(instruction.state.shell).pipefail) continue;
      const script = instruction.run!.script!;
      const files = new Files(model, instruction);
      const busybox = busyBoxImage(instruction);
      const unprotected = script.pipelines.filter(
        (p) =>
          !p.pipefail && !assignmentStatusUnseen(p, instruction) && hiddenFailure(p, files, busybox) && !emptinessChecked(p, script) && !pathTested(p, script) && !emptyValueFails(p, instruction) && !outputFileChecked(p, script) && !fileCheckedLater(p, script, busybox, instruction) && !valueAsserted(p, script, instruction) && !installedToolRunsLater(p, model, instruction, buildContext) && !installedPathUsedLater(p, model, instruction, files) && !listsRefreshedOnlyByPipe(p, model, instruction) && !keyringCheckedNextRun(p, model, instruction) && !globalKeyCheckedByUpdate(p, script, instruction),
      );
      // One finding per RUN, at the first such pipe: one SHELL line fixes them all.
      const pipe = firstInSource(unprotected);
      if (!pipe) continue;
      const { source, midway } = hiddenFailure(pipe, files, busybox)!;
      const last = lastCommand(pipe);
      // `set -o pipefail` only where the RUN's shell is known to take it (not dash, nor a shell dlint cannot name).
      const orSet = support === 'accepts' ? ' (or `set -o pipefail` in it)' : '';
      // In a script another shell runs (`RUN <<EOF bash`, `bash -c '…'`), SHELL does not reach: the script says it.
      const head = pipe.commands[0]!;
      const nested = script.commands.find((c) => c.name === head.name && comparePositions(c.range.start, head.range.start) === 0)?.wrappedBy ?? null;
      const fix = nested && TAKES_PIPEFAIL[nested]
        ? `start the script \`${nested}\` runs with \`set -o pipefail\``
        : instruction.run!.execForm
          ? 'start the shell with `-o pipefail` (`["/bin/bash", "-o", "pipefail", "-c", "…"]`)'
          : `add \`SHELL ["${shellFor(instruction)}", "-o", "pipefail", "-c"]\` before this RUN${orSet}`;
      report({
        range: pipe.commands[0]!.argv[0]!.range,
        message: midway
          ? `If \`${nameOf(source)}\` fails midway, \`${nameOf(last)}\` still succeeds on the part that arrived (it fails only on no input at all), and the build goes on; ${fix}.`
          : `If \`${nameOf(source)}\` fails, this pipe still succeeds when \`${nameOf(last)}\` does (a pipe's status is its last command's), and the build goes on; ${fix}.`,
      });
    }
  },
});

/** Whether a shell takes `set -o pipefail`, by program name (dash does not). */
const TAKES_PIPEFAIL: Readonly<Record<string, boolean>> = { bash: true, ash: true, busybox: true, zsh: true, ksh: true, mksh: true, dash: false };
const SYSTEM_SHELL_TAKES_PIPEFAIL: Readonly<Record<SystemShell, boolean>> = { bash: true, busybox: true, dash: false };

/**
 * Whether the shell that runs the RUN's script takes `set -o pipefail`: the program the SHELL (or the exec form)
 * names, and for `/bin/sh` the program the base image links it to.
 */
function pipefailSupport(instruction: Instruction): 'accepts' | 'rejects' | 'unknown' {
  const argv0 = instruction.run!.execForm ? instruction.json?.[0]?.value : instruction.state.shell[0];
  const program = (argv0 ?? '').split('/').pop() ?? '';
  const image = shellImage(instruction);
  const system = program === 'sh' && image ? systemShellOf(image) : null;
  const takes = program === 'sh' ? (system ? SYSTEM_SHELL_TAKES_PIPEFAIL[system] : undefined) : TAKES_PIPEFAIL[program];
  return takes === undefined ? 'unknown' : takes ? 'accepts' : 'rejects';
}

/** `set -o pipefail`, `set -euxo pipefail` run by the RUN's own shell (not a `bash -c` child). */
function setsPipefailOption(cmd: SimpleCommand): boolean {
  return cmd.name === 'set' && cmd.wrappedBy === null && shellOptions(cmd.args.map((w) => w.value)).pipefail;
}

/** Alpine has no bash by default: its BusyBox ash knows pipefail. */
function shellFor(instruction: Instruction): string {
  return busyBoxImage(instruction) ? '/bin/ash' : '/bin/bash';
}

/** The RUN's base image is known to have BusyBox's shell and tools (Alpine). */
function busyBoxImage(instruction: Instruction): boolean {
  const image = shellImage(instruction);
  return !!image && systemShellOf(image) === 'busybox';
}

/**
 * The image that tells which `/bin/sh` and tools the RUN has: the root image, or, when build arguments the linter cannot
 * resolve stand in its tag only (`golang:${GO_VERSION}-alpine3.23`, a version the project's builds pass), its shape when
 * that is Alpine or BusyBox, which its known words say for any value (and there is no bash to advise); not a shape whose
 * tag is all unknown (`golang:${TAG}`, which may be `1.26-alpine` as well as Debian's dash).
 */
function shellImage(instruction: Instruction): ImageName | null {
  const root = instruction.stage?.rootImage;
  if (instruction.stage?.windows || !root) return null;
  return root.name ?? (root.shapeName && systemShellOf(root.shapeName) === 'busybox' ? root.shapeName : null);
}

/** Commands that produce their output without a way to fail that matters to the build. */
const CANNOT_FAIL = new Set(['echo', 'printf', 'true', ':']);

function nameOf(cmd: SimpleCommand): string {
  return cmd.name ?? cmd.argv[0]!.value;
}

function lastCommand(pipe: Pipeline): SimpleCommand {
  const last = Math.max(...pipe.commands.map((c) => c.pipelineIndex));
  return pipe.commands.find((c) => c.pipelineIndex === last)!;
}

interface Hidden {
  /** The first command before the last whose failure the pipe would hide. */
  source: SimpleCommand;
  /** Hidden only when the download stops midway: the last command fails on no input at all. */
  midway: boolean;
}

/** The failure this pipe would hide, or null; `busybox`: the image's tools are BusyBox's. */
function hiddenFailure(pipe: Pipeline, files: Files, busybox: boolean): Hidden | null {
  // `echo "$(a | b)"`: the substitution's status is lost whatever the shell options; pipefail would not help.
  if (pipe.statusDiscarded) return null;
  const last = Math.max(...pipe.commands.map((c) => c.pipelineIndex));
  // `rm -rf /root/.cache | true`: the status is thrown away on purpose (as `|| true` would); pipefail would undo that.
  if (pipe.commands.some((c) => c.pipelineIndex === last && (c.name === 'true' || c.name === ':'))) return null;
  const sources = pipe.commands.filter((c) => c.pipelineIndex < last);
  // `yes | apt-get …`: with pipefail, yes dies of SIGPIPE and the step fails; without it nothing is hidden.
  if (sources.some((c) => c.name === 'yes')) return null;
  // `find … | xargs grep -lZ … | xargs -r sed -i …`: the end expects an empty selection, which pipefail would fail on.
  if (expectsEmptySelection(pipe, last)) return null;
  // `ldd … | xargs -r dpkg-query --search | … | xargs -r apt-mark manual`: a path no package owns fails dpkg-query,
  // which the idiom expects; pipefail would fail the build on it. A `find` feeding it may search a missing folder
  // (not one that is there: `find "$TOMCAT_NATIVE_LIBDIR" …` after the `make install` that filled it).
  if (pipe.commands.some(missIsExpected) && !pipe.commands.some((c) => c.name === 'find' && !cannotFail(c, pipe, files))) return null;
  // `find / -name __pycache__ | xargs rm -rf`: a walk of `/` fails on what vanishes under /proc, so its status is
  // noise that pipefail would turn into a failed build (not when the pipe downloads, whose failure is no noise).
  const download = pipe.commands.some((c) => c.name !== null && DOWNLOADERS.has(c.name));
  const source = sources.find((c) => !cannotFail(c, pipe, files) && (download || !walksChangingFolder(c)));
  if (!source) return null;
  // `grep x SUMS | sha256sum -c -`: a source that failed printing nothing leaves the members after it nothing to
  // read, and the last one fails on that: the failure shows without pipefail.
  const after = pipe.commands.filter((c) => c.pipelineIndex > source.pipelineIndex && c.wrappedBy === null);
  const middle = after.filter((c) => c.pipelineIndex < last);
  const end = after.filter((c) => c.pipelineIndex === last);
  const failure = end.length === 1 && middle.every(staysEmpty) ? endFailure(end[0]!, busybox) : null;
  if (failure === 'whole') return null;
  // A download can stop midway: then only an end that checks its input is whole notices (unless jq between prints nothing of a cut-off text).
  if (failure === 'empty' && !(source.name !== null && DOWNLOADERS.has(source.name) && mayPrintPart(pipe, true))) return null;
  return { source, midway: failure === 'empty' };
}

/** A `find` that walks `/` or a kernel folder (CHANGING_FOLDERS), its status set by nothing else (no `-delete`, no `-exec … +`). */
function walksChangingFolder(cmd: SimpleCommand): boolean {
  return cmd.name === 'find' && !!findReads(cmd)?.some((w) => w.literal && CHANGING_FOLDERS.has(w.value.replace(/(.)\/+$/, '$1')));
}

/** The member, or the command `xargs` runs for it, is one of MISSES_FAIL (`xargs -r dpkg-query --search`). */
function missIsExpected(c: SimpleCommand): boolean {
  const run = c.name === 'xargs' ? c.launches : c;
  const options = run?.name ? MISSES_FAIL[run.name] : undefined;
  return !!run && !!options && run.args.some((w) => options.includes(w.value));
}

/**
 * A search of the files found (`xargs grep -l`) after the first member, feeding an end that expects no input
 * (`xargs -r`), in a pipe that downloads nothing.
 */
function expectsEmptySelection(pipe: Pipeline, last: number): boolean {
  const end = pipe.commands.find((c) => c.pipelineIndex === last && c.wrappedBy === null);
  const options = end?.name ? EXPECTS_EMPTY_INPUT[end.name] : undefined;
  if (!end || !options || !ownOptions(end).some((o) => options.includes(o.name))) return false;
  // A failed download is no ordinary outcome: pipefail should show it.
  if (pipe.commands.some((c) => c.name !== null && DOWNLOADERS.has(c.name))) return false;
  // `xargs grep -l` searches the files found for a line: finding none is an ordinary outcome (not so for a filter of a
  // stream, `ldd app | grep '^/' | xargs -r cp`, which reads what the source printed).
  return pipe.commands.some((c) => c.pipelineIndex > 0 && c.pipelineIndex < last && c.name === 'xargs' && !!c.launches?.name && c.launches.name in SELECTING_FILTERS);
}

/** A launcher's own options: those before the command it runs (`xargs -r sed -ri`: sed's `-r` is not xargs's). */
function ownOptions(cmd: SimpleCommand): CommandOption[] {
  const run = cmd.launches?.argv[0]?.range.start;
  return cmd.invocation.options.filter((o) => !run || comparePositions(o.word.range.start, run) < 0);
}

/**
 * `V=$(curl -fsSL https://… | jq -r .tag); curl -fsSLO "https://…/v$V.tgz"`, a heredoc script's `if …; then curl … |
 * sh; fi` followed by more lines: a bare assignment or a pipe followed by another statement of its list, whose status
 * is only `$?` to the next one; without `set -e` (in the script, a shell it starts or the SHELL), an ERR trap or a read
 * of `$?`, no command sees it, and pipefail would change nothing.
 */
function assignmentStatusUnseen(pipe: Pipeline, instruction: Instruction): boolean {
  if (!pipe.assignmentStatusUnused && !pipe.statusUnused) return false;
  const script = instruction.run!.script!;
  const shell = instruction.run!.execForm ? [] : instruction.state.shell;
  if (shellListOptions(shell).errexit || script.nested.some((n) => n.errexit)) return false;
  if (script.commands.some((c) => (c.name === 'set' && shellOptions(c.args.map((w) => w.value)).errexit) || (c.name === 'trap' && c.args.some((w) => w.value === 'ERR')))) return false;
  return ![script.source, ...script.nested.map((n) => n.source)].some((s) => /\$\{?\?/.test(s.text));
}

/**
 * A download of the pipe that fails midway can leave part of its data at the pipe's end (a cut-off value or file), unlike
 * a source that prints nothing when it fails: so unless every download feeds a parser that reads each document whole
 * before printing anything of it (WHOLE_TEXT_PARSERS: `curl -sL https://…/releases | jq -r '.[0].tag_name'`; jq prints
 * nothing for an unfinished JSON text, nor for no input), and only filters that print nothing on no input follow it (up
 * to the end, whose output the value or file is; `reader`: up to the end, which reads what they print).
 */
function mayPrintPart(pipe: Pipeline, reader = false): boolean {
  const downloads = pipe.commands.filter((c) => c.name !== null && DOWNLOADERS.has(c.name));
  if (!downloads.length) return false;
  const after = Math.max(...downloads.map((c) => c.pipelineIndex));
  const end = reader ? Math.max(...pipe.commands.map((c) => c.pipelineIndex)) : Infinity;
  const parser = pipe.commands.find((c) => c.pipelineIndex > after && c.pipelineIndex < end && c.wrappedBy === null && parsesWholeText(c));
  return !parser || !pipe.commands.every((c) => c.pipelineIndex <= parser.pipelineIndex || c.pipelineIndex >= end || c.wrappedBy !== null || staysEmpty(c));
}

/** `jq -r '.[0].version'`: a parser of WHOLE_TEXT_PARSERS reading its stdin (no file operand, no `-f` program file), without an option that prints otherwise. */
function parsesWholeText(cmd: SimpleCommand): boolean {
  const entry = cmd.name ? WHOLE_TEXT_PARSERS[cmd.name] : undefined;
  if (!entry || hasOption(cmd.invocation, ...entry.printsOtherwise, ...entry.programFile)) return false;
  return cmd.invocation.operands.length <= 1;
}

/**
 * `V="$(find /opt -name '*.whl' 2>/dev/null | head -1)" && if [ -n "$V" ]; …`: the script tests the variable for
 * emptiness, and a source that failed printed nothing, so the script handles the failure (pipefail would turn
 * that handled case into a failed build). Not for a download, which can fail after printing part of its data.
 */
function emptinessChecked(pipe: Pipeline, script: ShellScript): boolean {
  const name = pipe.assignedTo;
  if (!name || mayPrintPart(pipe)) return false;
  return script.guarded.includes(name);
}

/**
 * `fpr="$(gpg2 --with-colons --fingerprint aws-cli | grep '^fpr' | cut -d: -f10)" && echo "${fpr}:6:" | gpg2
 * --import-ownertrust`: `cmd` is an `echo` whose one word starts with the value as the first field of a line, piped into
 * a program that fails on a line whose first field is empty (REJECTS_EMPTY_FIRST_FIELD), that pipe's status being the
 * program's (not thrown away): an empty value fails there.
 */
function fedLineRejected(cmd: SimpleCommand, name: string, script: ShellScript): boolean {
  if (cmd.name !== 'echo' || cmd.pipelineIndex !== 0 || cmd.args.length !== 1) return false;
  const own = script.pipelines.find((p) => p.commands.includes(cmd));
  if (!own || own.statusDiscarded) return false;
  const reader = lastCommand(own);
  const entry = REJECTS_EMPTY_FIRST_FIELD.find((e) => reader.name !== null && e.programs.includes(reader.name) && hasOption(reader.invocation, ...e.options));
  if (!entry || reader.pipelineIndex !== 1) return false;
  const value = cmd.args[0]!.value;
  return [`$${name}${entry.separator}`, `\${${name}}${entry.separator}`].some((start) => value.startsWith(start));
}

/**
 * `D=$(find /usr/local/cargo/registry/src -name "rdkafka-sys-*" -type d | head -n 1) && F="$D/librdkafka/CMakeLists.txt"
 * && if [ -f "$F" ]; then …; else exit 1; fi`: a later existence test (`-e`, `-f`, `-s`, `-r`) of the value, or of a
 * path starting with it (`"$D/…"`, directly or through a variable set only to such a path), that ends the RUN when the
 * file is missing: an `exit 1` that does not need it follows in the same statement (`else exit 1`, `|| exit 1`).
 * A source that failed printed nothing, and an empty value names no file (`""`) or a path under `/` that is not there:
 * the script handles the failure. Not for a download, which can fail after printing part of its data.
 */
function pathTested(pipe: Pipeline, script: ShellScript): boolean {
  const name = pipe.assignedTo;
  if (!name || mayPrintPart(pipe)) return false;
  const startsWith = (w: Word, n: string) => new RegExp(`^\\$(\\{${n}\\}|${n}(?![A-Za-z0-9_]))(/|$)`).test(w.value);
  const after = (w: Word) => comparePositions(w.range.start, pipe.range.end) > 0;
  const names = [name, ...new Set(script.bindings.filter((b) => b.value && !b.loop && after(b.value) && startsWith(b.value, name) && b.value.value.includes('/')).map((b) => b.name))]
    .filter((n) => n === name || script.bindings.filter((b) => b.name === n).length === 1);
  return script.commands.some((test) => {
    const tested = comparePositions(test.range.start, pipe.range.end) > 0 ? existenceTested(test) : null;
    if (!tested || !names.some((n) => startsWith(tested, n))) return false;
    if (test.orElse !== null && mismatchEndsRun(test, pipe, script)) return true;
    // An `exit 1` of the same statement that runs without the test's success: `else exit 1`, `|| exit 1`.
    const statement = script.statements.find((s) => s.range && rangeContains(s.range, test.range));
    return !!statement?.range && script.commands.some((c) => failingExit(c) && comparePositions(c.range.start, test.range.end) > 0 && rangeContains(statement.range!, c.range) && !c.runsIf.includes(test));
  });
}

/**
 * `N=$(find "$DIR" -name '*.cubin' | wc -l) && test "$N" -eq 1696`: a later test, its failure ending the RUN (also
 * through the `||` after it: mismatchEndsRun), asserts the value equals a literal other than empty or 0, which the
 * output of a failed source (nothing, or a count of 0) does not: the failure shows there. So too a checksum compared
 * with one that cannot be empty, the script failing on a mismatch: `actual=$(sha256sum go.tgz | awk '{print $1}'); if
 * [ "$expected" != "$actual" ]; then exit 1; fi`, `actual=$(sha256sum go.tgz | cut -d' ' -f1) && [ "$actual" =
 * "$expected" ] && echo OK || (echo mismatch && exit 1)`.
 */
function valueAsserted(pipe: Pipeline, script: ShellScript, instruction: Instruction): boolean {
  const name = pipe.assignedTo;
  if (!name) return false;
  return script.commands.some((cmd) => {
    if (comparePositions(cmd.range.start, pipe.range.end) <= 0) return false;
    const [a, op, b, ...rest] = testOperands(cmd) ?? [];
    if (!a || !op || !b || rest.length) return false;
    const [value, other] = wholeVariable(a) === name ? [a, b] : [b, a];
    if (wholeVariable(value) !== name) return false;
    if (['=', '==', '-eq'].includes(op.value)) return ((other.literal && !['', '0'].includes(other.value)) || (op.value !== '-eq' && cannotBeEmpty(other, cmd, pipe, script, instruction))) && mismatchEndsRun(cmd, pipe, script);
    // `[ "$A" != "$B" ] && exit 1`: a string test (`-ne` errs on an empty value, and an error is false).
    return op.value === '!=' && cannotBeEmpty(other, cmd, pipe, script, instruction) && script.commands.some((c) => failingExit(c) && c.runsIf.includes(cmd));
  });
}

/**
 * A failure of the test ends the RUN: its own (failureEndsScript), or the fallback a `||` after it runs when the test
 * runs after the pipe in an `&&` chain (or under `set -e`): an exit of the RUN's shell (`[ "$v" = 42 ] || exit 1`, `||
 * { echo bad; exit 1; }`), or a failing last operand of a list that is the RUN's last statement, or any under `set -e`
 * (`… && [ "$actual" = "$expected" ] && echo OK || (echo mismatch && exit 1)`: the subshell's exit fails the list).
 */
function mismatchEndsRun(test: SimpleCommand, pipe: Pipeline, script: ShellScript): boolean {
  if (failureEndsScript(test, pipe, script)) return true;
  if (!script.errexit && !test.runsIf.some((c) => pipe.commands.includes(c))) return false;
  if (test.orElse === 'exits') return !test.subshell;
  if (test.orElse !== 'fails') return false;
  const last = script.statements[script.statements.length - 1];
  return script.errexit || (!!last?.range && rangeContains(last.range, test.range));
}

/** `exit 1`: an exit of the RUN's own shell with a literal status other than 0, which ends the RUN wherever it runs. */
function failingExit(cmd: SimpleCommand): boolean {
  const status = cmd.args[0];
  return cmd.name === 'exit' && !cmd.subshell && cmd.args.length === 1 && !!status?.literal && /^[0-9]+$/.test(status.value) && Number(status.value) !== 0;
}

/**
 * A word whose value cannot be empty where the pipe's is compared with it (by `test`): a literal, a build ARG or ENV
 * with a non-empty value the script does not assign, a variable the script's shell sets only to non-empty literals, one
 * of them before the test (`expected="b290…" && actual=$(sha256sum npm.tgz | cut -d' ' -f1)`, also in the items of a
 * `case`), or one it sets only by bare assignments of `$(cat F)`, F a file an earlier download of the script wrote
 * (`wget -O go.sha256 …; expected=$(cat go.sha256)`), each failure ending the RUN. Not a value from another pipe or a
 * filter, which may be as empty as the pipe's.
 */
function cannotBeEmpty(word: Word, test: SimpleCommand, pipe: Pipeline, script: ShellScript, instruction: Instruction): boolean {
  if (word.literal) return word.value !== '';
  const name = wholeVariable(word);
  if (!name || name === pipe.assignedTo) return false;
  const bindings = script.bindings.filter((b) => b.name === name);
  if (!bindings.length) return !!instruction.state.env.get(name);
  if (!script.assigned.includes(name)) return false;
  if (bindings.every((b) => !b.loop && !b.elements && !!b.value?.literal && b.value.value !== '')) return bindings.some((b) => comparePositions(b.value!.range.end, test.range.start) <= 0);
  return (
    bindings.every((b) => {
      const e = b.value?.expansions?.length === 1 ? b.value.expansions[0]! : null;
      const [cat] = e?.whole && e.name === null ? e.commands : [];
      if (!cat || e!.commands.length !== 1 || cat.name !== 'cat' || cat.pipelineIndex !== -1 || !failureEndsScript(cat, pipe, script)) return false;
      // A bare assignment: no `export`/`local` holds the word and masks cat's failure.
      if (script.commands.some((c) => c.args.some((w) => rangeContains(w.range, b.value!.range)))) return false;
      const [file, ...more] = cat.invocation.operands;
      return !!file?.literal && !more.length && downloadedBefore(file.value, cat, pipe, script);
    })
  );
}

/** An earlier command of the script downloaded the file (`wget -O F`, `curl -o F`, `wget URL`), its failure ending the RUN. */
function downloadedBefore(file: string, before: SimpleCommand, pipe: Pipeline, script: ShellScript): boolean {
  return script.commands.some((c) => comparePositions(c.range.start, before.range.start) < 0 && downloadedFiles(c).includes(file) && failureEndsScript(c, pipe, script));
}

/**
 * `WHL=$(ls -t dist/*.whl | head -1) && uv pip install "$WHL"`: a source that failed printed nothing, and a later
 * command that takes the empty value whole as an operand fails on it, ending the RUN (the same `&&` chain, the RUN's
 * last statement, or `set -e` in force): the failure shows without pipefail. Not for a download, which can fail after
 * printing part of its data (unless the value is in the path of a later download's URL: segmentInDownload),
 * nor for an unquoted `$WHL`, which an empty value removes from the command (`apk add $runDeps` then adds nothing).
 */
function emptyValueFails(pipe: Pipeline, instruction: Instruction): boolean {
  const script = instruction.run!.script!;
  const name = pipe.assignedTo;
  if (!name) return false;
  const busybox = busyBoxImage(instruction);
  if (mayPrintPart(pipe)) {
    return script.commands.some(
      (cmd) =>
        cmd.name !== null && DOWNLOADERS.has(cmd.name) && comparePositions(cmd.range.start, pipe.range.end) > 0 && (failureEndsScript(cmd, pipe, script) || endsItsRun(cmd, instruction)) &&
        segmentInDownload(cmd, segmentCarriers(name, pipe, cmd, script)) && failingDownload(cmd, pipe, instruction, busybox),
    );
  }
  const derived = derivedVariables(name, pipe, script);
  return script.commands.some((cmd) => {
    if (cmd.name === null || comparePositions(cmd.range.start, pipe.range.end) <= 0) return false;
    if (cmd.name === 'cd') return wrongFolderFails(cmd, name, pipe, script);
    if (fedLineRejected(cmd, name, script)) return failureEndsScript(cmd, pipe, script) || endsItsRun(cmd, instruction);
    if (EMPTY_OPERAND_OK.has(cmd.name)) return false;
    const whole = cmd.args.some((w) => wholeVariable(w) === name && w.expansions![0]!.quoted);
    if (!whole && !derived.some((d) => (inDownloadUrl(cmd, d) && failingDownload(cmd, pipe, instruction, busybox)) || pinnedTo(cmd, d) || checksOutRef(cmd, d))) return false;
    return failureEndsScript(cmd, pipe, script) || endsItsRun(cmd, instruction);
  });
}

/**
 * The variable and those the script later gives a value made from its value (`V="$(echo "$LIST" | head -n 1)"`,
 * `FILE="app-${V}.tar.gz"`), which a failed source's empty value leaves empty or naming nothing: the thing to look for
 * in a later download's URL. Not through `${V:-default}`, which replaces an empty value.
 */
function derivedVariables(name: string, pipe: Pipeline, script: ShellScript): string[] {
  const names = [name];
  const uses = (w: Word): boolean =>
    w.expansions?.some((e) => (e.name !== null ? names.includes(e.name) && e.derived === 'value' : e.commands.some((c) => c.args.some(uses)))) ?? false;
  for (const binding of script.bindings) {
    if (binding.loop || !binding.value || names.includes(binding.name) || comparePositions(binding.value.range.start, pipe.range.end) <= 0) continue;
    if (uses(binding.value)) names.push(binding.name);
  }
  return names;
}

/**
 * `DIST_DIR=$(pip show vllm | grep Location | awk '{print $2}') && cd $DIST_DIR && patch -p1 -i fix.patch`: an empty
 * value sends `cd` to `$HOME`, where a later command that works on the folder's files (NEEDS_FOLDER_FILES) fails,
 * ending the RUN: the failure shows there.
 */
function wrongFolderFails(cd: SimpleCommand, name: string, pipe: Pipeline, script: ShellScript): boolean {
  if (!cd.args.some((w) => wholeVariable(w) === name) || !failureEndsScript(cd, pipe, script)) return false;
  return script.commands.some((cmd) => {
    const needs = cmd.name ? NEEDS_FOLDER_FILES[cmd.name] : undefined;
    return needs !== undefined && comparePositions(cmd.range.start, cd.range.end) > 0 && cmd.subshell === cd.subshell && !hasOption(cmd.invocation, ...needs.elsewhere) && failureEndsScript(cmd, pipe, script);
  });
}

/**
 * `pip install "torchvision==$V"`, `apt-get install "pkg=$V"`: the value is the version a package manager installs
 * (INSTALL_SUBCOMMANDS), and an empty one is an invalid requirement (`torchvision==`), which fails the install.
 */
function pinnedTo(cmd: SimpleCommand, name: string): boolean {
  const inv = cmd.invocation;
  if (!inv.tool || !INSTALL_SUBCOMMANDS.includes(inv.subcommand ?? '')) return false;
  return inv.operands.some((w) => {
    if (w.value.startsWith('-') || !w.expansions?.some((e) => e.name === name && e.derived === 'value')) return false;
    // What stands before the value: a package name and a version operator (`pkg==`, `pkg>=`, `pkg=`).
    const at = w.value.search(new RegExp(`\\$\\{?${name}\\b`));
    return at > 0 && /[\w\]][=<>~!]?=$/.test(w.value.slice(0, at));
  });
}

/**
 * `git checkout REL_$PG_RELEASE`: the value is in the ref a checkout (CHECKS_OUT_REF) switches to, with text of its own
 * beside it, so that an empty value leaves a name no branch or tag has (`REL_`) and the checkout fails; not a branch
 * the call makes (`-B rel-$V`), which any name suits, nor an unquoted `$V` alone, which an empty value removes.
 */
function checksOutRef(cmd: SimpleCommand, name: string): boolean {
  const inv = cmd.invocation;
  if (inv.tool !== CHECKS_OUT_REF.tool || !CHECKS_OUT_REF.subcommands.includes(inv.subcommand ?? '') || hasOption(inv, ...CHECKS_OUT_REF.creates)) return false;
  const ref = inv.operands[0];
  if (!ref || ref.value === '--' || !ref.expansions?.some((e) => e.name === name && e.derived === 'value')) return false;
  // What stays of the word when the value is empty: the text around it (`"$V"` alone is an operand emptyValueFails reads whole).
  const rest = ref.value.replace(new RegExp(`\\$(\\{${name}\\}|${name}(?![A-Za-z0-9_]))`, 'g'), '').replace(/["']/g, '');
  return rest.length > 0;
}

/**
 * A URL naming nothing fails the RUN: the download fails on an HTTP error (wget, curl with `-f`), or it saves the
 * error page to a file that a later command of the RUN rejects (errorPageRejected: `curl -o F -L "…/v$V/app-$V.tgz"
 * && tar xf F`).
 */
function failingDownload(cmd: SimpleCommand, pipe: Pipeline, instruction: Instruction, busybox: boolean): boolean {
  return failsOnHttpError(cmd) || errorPageRejected(cmd, pipe, instruction, busybox);
}

/**
 * `curl -o /tmp/code-server.tar.gz -L "https://…/download/v${V}/code-server-${V}-linux-amd64.tar.gz" && tar xf
 * /tmp/code-server.tar.gz -C /app`: a download that saves an HTTP error's page (curl without `-f`) to a file, which a
 * later command of the RUN, its failure ending it, checks whole and rejects, being no archive or key: the archive tar
 * or unzip reads, a file `gunzip` or `gpg --import` reads, a check against a pinned digest (checksumVerifies).
 */
function errorPageRejected(download: SimpleCommand, pipe: Pipeline, instruction: Instruction, busybox: boolean): boolean {
  const saved = downloadedFiles(download);
  const places = saved.map((f) => resolveDir(f, download.cwd)).filter((d): d is Dir => d !== null && d.root !== '?');
  if (!places.length) return false;
  const script = instruction.run!.script!;
  const reads = (reader: SimpleCommand, path: string) => {
    const at = resolveDir(path, reader.cwd);
    return !!at && places.some((p) => sameDir(p, at));
  };
  return script.commands.some((reader) => {
    if (comparePositions(reader.range.start, download.range.end) <= 0) return false;
    const archive = archiveRead(reader);
    const rejects =
      (archive !== null && reads(reader, archive)) ||
      (emptyFileFailure(reader, busybox) === 'whole' && reader.invocation.operands.some((w) => w.literal && reads(reader, w.value))) ||
      checksumVerifies(reader, saved, script, instruction);
    return rejects && (failureEndsScript(reader, pipe, script) || endsItsRun(reader, instruction));
  });
}

/** `wget -O /usr/local/bin/gosu "https://…/gosu-$dpkgArch"`: the value is part of a URL a download fetches. */
function inDownloadUrl(cmd: SimpleCommand, name: string): boolean {
  if (cmd.name === null || !DOWNLOADERS.has(cmd.name)) return false;
  return cmd.args.some((w) => w.value.includes('://') && w.expansions?.some((e) => e.name === name && e.derived === 'value'));
}

/**
 * `V=$(wget -qO- https://…/LATEST_RELEASE | tr -d '\r') && wget "https://…/$V/driver.zip"`: the value is in a folder
 * of the path of a URL the download fetches (valueInUrlPath); an empty value or one a cut-off download left partial
 * names a folder that is not there, so the download (failingDownload) fails however much of the value arrived. Also through
 * the variables that carry the value whole (segmentCarriers): `wget -O /tmp/d.zip $URL` after `URL=https://…/$V/driver.zip`.
 */
function segmentInDownload(cmd: SimpleCommand, carriers: Carriers): boolean {
  return cmd.args.some((w) => valueInUrlPath(w, carriers.values) || carriers.urls.has(wholeVariable(w) ?? ''));
}

/** What carries a downloaded value whole: variables holding the value itself, and variables holding a URL with it in its path. */
interface Carriers {
  values: Set<string>;
  urls: Set<string>;
}

/**
 * A URL with one of the variables, plain (`$V`, `${V}`; not derived: `${V:-x}`), in the name of a folder of its path
 * (`https://…/$V/driver.zip`, `…/download/v${V}/app.tgz`; not its host, query or file name: `driver-$V.zip`): an
 * empty or cut-off value names a folder that is not there.
 */
function valueInUrlPath(w: Word, names: ReadonlySet<string>): boolean {
  const path = /^[a-z][a-z0-9+.-]*:\/\/[^/]*\/([^?#]*)/i.exec(w.value)?.[1];
  if (!path) return false;
  const segments = path.split('/');
  return [...names].some((n) => {
    const plain = new RegExp(`\\$(\\{${n}\\}|${n}(?![A-Za-z0-9_]))`);
    return segments.some((segment, i) => i < segments.length - 1 && plain.test(segment));
  });
}

/**
 * The variables that carry the pipe's value whole to `at`, by the bare assignments between them: the pipe's own, a
 * copy of one (`X=$V`, `X="${V}"`), a `$(…)` that prints one alone and names none elsewhere, before which it prints
 * nothing (docker-selenium's `GK_VERSION=$(if [ "$ARG" = latest ]; then echo "${LATEST}"; else echo $ARG; fi)`: where
 * the value is used, it is used whole), and (`urls`) a URL with one as a whole path segment (`URL=https://…/$V/d.zip`),
 * or a copy of such a variable. A variable given any other value between them carries it no more.
 */
function segmentCarriers(name: string, pipe: Pipeline, at: SimpleCommand, script: ShellScript): Carriers {
  const carriers: Carriers = { values: new Set([name]), urls: new Set() };
  const between = script.bindings
    .filter((b) => b.value !== null && comparePositions(b.value.range.start, pipe.range.end) > 0 && comparePositions(b.value.range.start, at.range.start) < 0)
    .sort((a, b) => comparePositions(a.value!.range.start, b.value!.range.start));
  for (const binding of between) {
    const value = binding.value!;
    const copied = wholeVariable(value);
    const echoed = binding.loop ? null : echoedAlone(value, script, new Set([...carriers.values, ...carriers.urls]));
    const kind = binding.loop
      ? null
      : (copied && carriers.values.has(copied)) || (echoed && carriers.values.has(echoed))
        ? 'values'
        : (copied && carriers.urls.has(copied)) || (echoed && carriers.urls.has(echoed)) || valueInUrlPath(value, carriers.values)
          ? 'urls'
          : null;
    carriers.values.delete(binding.name);
    carriers.urls.delete(binding.name);
    if (kind) carriers[kind].add(binding.name);
  }
  return carriers;
}

/** Commands that print nothing: a `$(…)`'s tests and no-ops. */
const SILENT = new Set(['[', 'test', 'true', ':']);

/**
 * The variable a `$(…)` that is the whole word prints alone (`$(if …; then echo "$V"; else echo other; fi)`): one of
 * `names` is named by one command of it only, an `echo` of that variable alone, outside any pipe, before which the
 * substitution runs nothing that prints (after it, a further line would make the value no folder's name); null otherwise.
 */
function echoedAlone(word: Word, script: ShellScript, names: ReadonlySet<string>): string | null {
  const [sub, ...rest] = word.expansions ?? [];
  if (!sub || rest.length || !sub.whole || sub.name !== null) return null;
  const mentions = (w: Word): boolean => w.expansions?.some((e) => (e.name !== null && names.has(e.name)) || e.commands.some((c) => [...c.args, ...c.redirects].some(mentions))) ?? false;
  const naming = script.commands.filter((c) => rangeContains(sub.range, c.range) && [...c.args, ...c.redirects].some(mentions));
  const echo = naming.length === 1 ? naming[0]! : null;
  if (!echo || echo.name !== 'echo' || !sub.commands.includes(echo) || echo.args.length !== 1 || echo.redirects.length || echo.pipelineIndex !== -1) return null;
  const printed = wholeVariable(echo.args[0]!);
  if (!printed || !names.has(printed)) return null;
  return sub.commands.every((c) => comparePositions(c.range.start, echo.range.start) >= 0 || (c.name !== null && SILENT.has(c.name))) ? printed : null;
}

/**
 * `cmake --version | head -n1 > /tmp/v; [ -s /tmp/v ] || echo 0.0.0 > /tmp/v`: the pipe writes a file that the script
 * then tests for emptiness (`-s`), and a source that failed printed nothing: the script handles that. Not for a
 * download, which can fail after printing part of its data.
 */
function outputFileChecked(pipe: Pipeline, script: ShellScript): boolean {
  if (mayPrintPart(pipe)) return false;
  const files = lastCommand(pipe).redirects.filter((w) => w.literal && w.value !== '/dev/null').map((w) => w.value);
  if (!files.length) return false;
  return script.commands.some(
    (c) => (c.name === '[' || c.name === 'test') && comparePositions(c.range.start, pipe.range.end) > 0 && c.args.some((w, i) => w.value === '-s' && files.includes(c.args[i + 1]?.value ?? '')),
  );
}

/** The files the pipe's last command writes: its redirections, `tee`'s operands, `dd`'s `of=` (GitHub CLI's keyring idiom). */
function filesWritten(last: SimpleCommand): string[] {
  const named = last.name === 'tee' ? last.invocation.operands : last.name === 'dd' ? last.args.filter((w) => w.value.startsWith('of=')) : [];
  return [...last.redirects, ...named].filter((w) => w.literal).map((w) => (last.name === 'dd' && w.value.startsWith('of=') ? w.value.slice(3) : w.value));
}

/**
 * The pipe writes a file (`tee F`, `> F`, `dd of=F`) that a later command of the RUN, its failure ending the RUN, checks and fails
 * on when it is empty, so a failed source shows there: `wget -O- https://…/key | gpg --dearmor | tee
 * /usr/share/keyrings/k.gpg && … && apt-get update` (CHECKED_FILES: a cut-off key fails too; a source list that an
 * `apt-get install` of a package named after it needs), `pip install --dry-run …
 * 2>&1 | tee /tmp/out && grep 'Would install' /tmp/out` (a reader of FAILS_ON_EMPTY_INPUT, not after a download,
 * which can leave the file cut off rather than empty, unless the reader checks its input whole).
 */
function fileCheckedLater(pipe: Pipeline, script: ShellScript, busybox: boolean, instruction: Instruction): boolean {
  const last = lastCommand(pipe);
  const written = filesWritten(last).filter((f) => f !== '/dev/null');
  if (!written.length) return false;
  const download = mayPrintPart(pipe);
  return script.commands.some((cmd) => {
    if (comparePositions(cmd.range.start, pipe.range.end) <= 0 || !failureEndsScript(cmd, pipe, script)) return false;
    if (CHECKED_FILES.some((c) => written.some((f) => c.path.test(f) && (!c.product || installsProduct(cmd, f))) && cmd.invocation.tool === c.tool && cmd.invocation.subcommand === c.subcommand)) return true;
    if (checksumVerifies(cmd, written, script, instruction)) return true;
    const failure = emptyFileFailure(cmd, busybox);
    return failure !== null && (failure === 'whole' || !download) && cmd.invocation.operands.some((w) => w.literal && written.includes(w.value));
  });
}

/** A SHA-1, SHA-2 or MD5 digest in hex (32 to 128 digits): a pinned checksum. */
const HEX_DIGEST = /^[0-9a-f]{32,128}$/i;

/**
 * `echo "$SUM  /etc/pki/rpm-gpg/KEY" | sha256sum -c --strict -`, `sha256sum -c <<< "<sha>  /k"`: a check of a file the
 * pipe wrote against a pinned digest (a literal, or a variable whose only value is one: a script's assignment, an
 * ARG or ENV), fed as a checksum line on stdin (a here-string, or `echo`/`printf` piped into it). An empty or cut-off
 * file does not match, and the check fails (verifiesFile: with `-c`/`--check`). Not a digest from another download or
 * a file, which may be as wrong.
 */
function checksumVerifies(cmd: SimpleCommand, written: readonly string[], script: ShellScript, instruction: Instruction): boolean {
  if (!verifiesFile(cmd) || !cmd.name?.endsWith('sum')) return false;
  const own = cmd.pipelineIndex >= 0 ? script.pipelines.find((p) => p.commands.includes(cmd)) : undefined;
  // Its status must be its pipe's: `… | sha256sum -c | tee log` hides a mismatch too.
  if (own && lastCommand(own) !== cmd) return false;
  const feeders = own?.commands.filter((c) => c.pipelineIndex < cmd.pipelineIndex) ?? [];
  const lines = [...cmd.redirects, ...feeders.filter((c) => c.name === 'echo' || c.name === 'printf').flatMap((c) => c.args)];
  const pinned = (token: string): boolean => {
    if (HEX_DIGEST.test(token)) return true;
    const name = /^\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))$/.exec(token);
    const variable = name?.[1] ?? name?.[2];
    if (!variable) return false;
    const bindings = script.bindings.filter((b) => b.name === variable);
    if (!bindings.length) return HEX_DIGEST.test(instruction.state.env.get(variable) ?? '');
    return bindings.every((b) => !b.loop && !!b.value?.literal && HEX_DIGEST.test(b.value.value));
  };
  // A line `<digest>  <file>` (or `<digest> *<file>`, binary mode) naming a file the pipe wrote.
  return lines.some((w) => {
    const [digest, file, ...rest] = w.value.trim().split(/\s+/);
    return !!digest && !!file && !rest.length && pinned(digest) && written.includes(file.replace(/^\*/, ''));
  });
}

/** `apt-get install nvidia-container-toolkit-base` after a pipe wrote `…/nvidia-container-toolkit.list`: a package named after the file (CHECKED_FILES' `product`). */
function installsProduct(cmd: SimpleCommand, file: string): boolean {
  const product = file.split('/').pop()!.replace(/\.[^.]+$/, '');
  return cmd.invocation.operands.some((w) => w.literal && (w.value === product || w.value.startsWith(`${product}-`)));
}

/**
 * `curl -sL https://…/microsoft.asc | (OUT=$(apt-key add - 2>&1) || echo $OUT) && apt-get update`: the pipe's last
 * member hands its input to `apt-key add` (also inside a group or a `$(…)` that swallows its status), and a later
 * `apt-get update` of the script, its failure ending it, reads a source the stage wrote without `signed-by=` (an
 * `echo "deb …" > /etc/apt/sources.list.d/x.list`, `add-apt-repository`), which apt checks with the global keys: a
 * missing or cut-off key leaves that source unsigned and the update fails ("NO_PUBKEY", "is not signed").
 */
function globalKeyCheckedByUpdate(pipe: Pipeline, script: ShellScript, instruction: Instruction): boolean {
  const last = Math.max(...pipe.commands.map((c) => c.pipelineIndex));
  const feeders = pipe.commands.filter((c) => c.pipelineIndex === last - 1);
  if (!feeders.length) return false;
  const fed = feeders.reduce((a, c) => (comparePositions(c.range.end, a) > 0 ? c.range.end : a), feeders[0]!.range.end);
  // The commands of the last member, with those of a substitution or group in it.
  const end = script.commands.filter((c) => rangeContains(pipe.range, c.range) && comparePositions(c.range.start, fed) > 0);
  const addsKey = end.some((c) => c.name === 'apt-key' && c.invocation.operands[0]?.value === 'add' && ['-', '/dev/stdin'].includes(c.invocation.operands[1]?.value ?? ''));
  if (!addsKey) return false;
  return script.commands.some(
    (c) =>
      comparePositions(c.range.start, pipe.range.end) > 0 && c.invocation.tool === 'apt' && c.invocation.subcommand === 'update' && failureEndsScript(c, pipe, script) && aptSourceTrustsGlobalKeys(instruction, c),
  );
}

/**
 * `wget -O- https://…/key | gpg --dearmor | tee /usr/share/keyrings/k.gpg > /dev/null && echo "deb [signed-by=/usr/share/keyrings/k.gpg] …" | tee
 * /etc/apt/sources.list.d/x.list`, then `RUN apt-get update && …`: the next RUN of the image starts with an `apt-get
 * update` (its failure ending that RUN) that reads a source signed by the keyring the pipe writes, so an empty or
 * cut-off key fails it ("is not signed"), and the build stops one step later. The same holds for a keyring a later
 * stage copies (`COPY --from=key-getter /root/k.gpg /usr/share/keyrings/k.gpg`) when a RUN of that stage runs such an
 * update with a source signed by the copy.
 */
function keyringCheckedNextRun(pipe: Pipeline, model: DockerfileModel, instruction: Instruction): boolean {
  const last = lastCommand(pipe);
  const apt = CHECKED_FILES.find((c) => c.tool === 'apt' && c.subcommand === 'update')!;
  const written = filesWritten(last).filter((f) => f.startsWith('/'));
  const keyrings = written.filter((k) => apt.path.test(k));
  if (!written.length || !instruction.stage) return false;
  const stage = instruction.stage;
  const isUpdate = (c: SimpleCommand) => c.invocation.tool === apt.tool && c.invocation.subcommand === apt.subcommand;
  if (keyrings.length) {
    const next = nextRunOf(model, instruction, stage);
    const first = next?.run!.script!.commands.find((c) => !c.name || !CANNOT_FAIL.has(c.name));
    if (first && isUpdate(first) && endsItsRun(first, next!) && keyrings.some((k) => aptKeyringsInUse(next!, first).has(k))) return true;
  }
  // A `COPY --from` names the stage (or one built on it) by name or number.
  const names = new Set(model.instructions.filter((i) => i.stage?.lineage.includes(stage)).flatMap((i) => [i.stage!.name, String(i.stage!.index)]));
  return model.instructions.some((copy) => {
    const dest = copy.copy?.dest?.value;
    if (copy.index <= instruction.index || !copy.copy || !copy.stage || !dest || !apt.path.test(dest) || !names.has(copy.flags.find((f) => f.name.toLowerCase() === 'from')?.value ?? '')) return false;
    if (copy.copy.sources.length !== 1 || !written.includes(copy.copy.sources[0]!.value ?? '')) return false;
    const target = copy.stage;
    const key = dest;
    return runInstructions(model).some(
      (i) => i.index > copy.index && !!i.stage?.lineage.includes(target) && i.run!.script!.commands.some((c) => isUpdate(c) && endsItsRun(c, i) && aptKeyringsInUse(i, c).has(key)),
    );
  });
}

/**
 * `curl -fsSL https://astral.sh/uv/install.sh | sh && uv python install 3.12`: an installer piped into a shell or an
 * interpreter reading its script from stdin (`curl -sSL https://install.python-poetry.org | python3 -`), then a
 * command that runs the tool the URL names and whose failure fails the build: one of the same chain (or under `set
 * -e`), or the first command of the next RUN of the image that names the tool (`RUN echo "Poetry:" && poetry
 * --version`). A failed download installs nothing, and that command fails ("poetry: not found"): pipefail would only
 * move the error, at most one step earlier.
 */
function installedToolRunsLater(pipe: Pipeline, model: DockerfileModel, instruction: Instruction, context: BuildContext | null): boolean {
  const script = instruction.run!.script!;
  if (!runsScriptFromStdin(lastCommand(pipe), instruction)) return false;
  const tools = installerTools(pipe, model, instruction);
  if (!tools.size) return false;
  const named = (w: { value: string | null } | null | undefined) => !!w?.value && tools.has(w.value.split('/').pop()!.toLowerCase());
  if (script.commands.some((cmd) => named(cmd.argv[0]!) && comparePositions(cmd.range.start, pipe.range.end) > 0 && failureEndsScript(cmd, pipe, script))) return true;
  // The next RUN of the image that names the tool at all (`pip install poetry` would install it another way).
  const stage = instruction.stage;
  if (makeRunsToolNext(model, instruction, tools, context, named)) return true;
  const next = stage ? firstRunNaming(model, tools, instruction, stage) : undefined;
  const first = next?.run!.script!.commands.find((c) => !c.name || !CANNOT_FAIL.has(c.name));
  if (!first || !endsItsRun(first, next!) || copiedBetween(model, instruction, next!, named)) return false;
  if (named(first.argv[0]!)) return true;
  const body = shellBodyFirst(first, next!);
  return !!body && named(body.argv[0]!) && next!.run!.script!.commands.every((c) => c === body || !rangeContains(first.range, c.range) || c === first || named(c.argv[0]!) || c.runsIf.includes(body));
}

/**
 * `curl … https://sh.rustup.rs | sh -s -- -y`, then `RUN --mount=target=. make build` whose `build` recipe runs
 * `cargo build`: the next RUN of the image starts with a `make` whose reached recipes (the project's Makefile, read
 * from the build context: makePrograms) start the tool, and its failure ends that RUN. A failed download installs
 * nothing, the recipe fails ("cargo: not found"), and so does make.
 */
function makeRunsToolNext(model: DockerfileModel, instruction: Instruction, tools: ReadonlySet<string>, context: BuildContext | null, named: (w: { value: string | null }) => boolean): boolean {
  const next = nextRunOf(model, instruction, instruction.stage);
  const first = next?.run!.script!.commands.find((c) => !c.name || !CANNOT_FAIL.has(c.name));
  if (!first || !endsItsRun(first, next!)) return false;
  const programs = makePrograms(next!, first, context);
  return !!programs && [...programs].some((p) => tools.has(p.toLowerCase())) && !copiedBetween(model, instruction, next!, named);
}


/** For each program name (lowercased), the RUNs of the model whose commands name it (a word's last path segment), in file order. */
const RUNS_NAMING = new FactKey<ReadonlyMap<string, readonly Instruction[]>>();

/**
 * The first RUN after `after` of an image built on `stage` whose commands name one of the tools (a word whose last
 * path segment it is: `poetry`, `$HOME/.cargo/bin/uv`); from an index made once per model, so that each installer's
 * look-up does not walk the rest of the file.
 */
function firstRunNaming(model: DockerfileModel, tools: ReadonlySet<string>, after: Instruction, stage: Stage): Instruction | undefined {
  const index = model.facts.get(RUNS_NAMING, () => {
    const byName = new Map<string, Instruction[]>();
    for (const run of modelRuns(model)) {
      for (const c of run.run!.script!.commands) {
        for (const w of c.argv) {
          const name = w.value.split('/').pop()!.toLowerCase();
          const list = byName.get(name);
          if (!list) byName.set(name, [run]);
          else if (list[list.length - 1] !== run) list.push(run);
        }
      }
    }
    return byName;
  });
  let next: Instruction | undefined;
  for (const tool of tools) {
    const list = index.get(tool) ?? [];
    for (let k = firstRunAfter(list, after.index); k < list.length && (!next || list[k]!.index < next.index); k++) {
      if (list[k]!.stage?.lineage.includes(stage)) {
        next = list[k];
        break;
      }
    }
  }
  return next;
}

/**
 * `COPY --from=ghcr.io/astral-sh/uv:0.8 /uv /bin/` between the installer's RUN and the one that runs the tool: a COPY or
 * ADD of the image that names the tool (a source or the destination), which may put it there without the installer.
 */
function copiedBetween(model: DockerfileModel, installer: Instruction, runner: Instruction, named: (w: { value: string | null }) => boolean): boolean {
  const lineage = runner.stage?.lineage ?? [];
  // A generic word of the URL names no program (`COPY --from=builder /install /usr/local`).
  const program = (w: { value: string | null } | null) => !!w?.value && named(w) && !GENERIC_HOST_WORDS.has(w.value.split('/').pop()!.toLowerCase()) && !GENERIC_PATH_WORDS.has(w.value.split('/').pop()!.toLowerCase());
  // Only the instructions between (`index` is the place in the list): per pipe, no walk of the whole file.
  return model.instructions.slice(installer.index + 1, runner.index).some((i) => !!i.copy && !!i.stage && lineage.includes(i.stage) && [i.copy.dest, ...i.copy.sources].some(program));
}

/**
 * The programs an installer the pipe runs installs: the words of its URL (INSTALLER_TOOLS adds what rustup's installs),
 * not a shell or interpreter, nor one the image may have before it (PRESENT_BEFORE_INSTALLER; get-pip.py's pip only
 * where the stage has no pip: pipMayBePresent).
 */
function installerTools(pipe: Pipeline, model: DockerfileModel, instruction: Instruction, whole = false): Set<string> {
  // Asked only for a pip the URL names: pipMayBePresent walks the stage.
  let pipless: boolean | undefined;
  const noPip = () => (pipless ??= !pipMayBePresent(pipe, model, instruction));
  return new Set(
    installerUrlWords(pipe, whole)
      .filter((w) => shellName(w) === null && !STDIN_INTERPRETERS.test(w) && (!PRESENT_BEFORE_INSTALLER.has(w) || (PIP_PROGRAMS.has(w) && noPip())))
      .flatMap((w) => [w, ...(INSTALLER_TOOLS[w] ?? [])]),
  );
}

/**
 * The words of the URLs the pipe's downloads fetch (`https://astral.sh/uv/install.sh` → https, astral, sh, uv,
 * install), lowercased, and their hyphenated words whole (`…/golangci/golangci-lint/master/install.sh` →
 * golangci-lint: a repository named after its program); `whole`: those only, not their parts (`lint`).
 */
function installerUrlWords(pipe: Pipeline, whole = false): string[] {
  return pipe.commands
    .filter((c) => c.name !== null && DOWNLOADERS.has(c.name))
    .flatMap((c) => c.invocation.args.filter((w) => w.value.includes('://')).flatMap((w) => {
      const words = urlText(w).toLowerCase().split(/[^a-z0-9_-]+/);
      return whole ? words : [...words.flatMap((p) => p.split('-')), ...words.filter((p) => p.includes('-'))];
    }))
    .filter(Boolean);
}

/**
 * The stage may have a pip before the pipe (get-pip.py's `pip` would then prove nothing): unless its base is an image
 * known to ship none (a distribution's own, NVIDIA's CUDA images) and nothing of the stage before it names pip, runs
 * ensurepip, makes a virtual environment or conda installation (PIP_MAKERS) or copies from another image or stage.
 */
function pipMayBePresent(pipe: Pipeline, model: DockerfileModel, instruction: Instruction): boolean {
  const root = instruction.stage?.rootImage.name;
  if (!root || !(isDistributionImage(root) || isCudaImage(root))) return true;
  const lineage = instruction.stage!.lineage;
  const earlier = model.instructions.filter((i) => i.index <= instruction.index && i.stage !== null && lineage.includes(i.stage));
  return earlier.some((i) => {
    if (i.copy && i.flags.some((f) => f.name.toLowerCase() === 'from')) return true;
    const commands = i.run?.script?.commands.filter((c) => i !== instruction || comparePositions(c.range.end, pipe.range.start) <= 0) ?? [];
    return commands.some((c) => c.argv.some((w) => PIP_MAKERS.test(w.value)));
  });
}

/**
 * `RUN apt-get update && … && rm -rf /var/lib/apt/lists/*`, then `RUN curl -fsSL https://deb.nodesource.com/setup_20.x
 * | bash - && apt-get install -y nodejs`: an installer piped into a shell, after which an `apt-get install` of a
 * package name (the next apt command of the chain, or the first command of the next RUN of the image, its failure
 * ending that RUN) reads package lists that an earlier command of the stage removed and that nothing but the pipe
 * could have fetched again (aptListsRemoved). A failed download runs no script, the lists stay empty, and the install
 * fails ("Unable to locate package"): pipefail would only move the error, at most one step earlier.
 */
function listsRefreshedOnlyByPipe(pipe: Pipeline, model: DockerfileModel, instruction: Instruction): boolean {
  if (!pipe.commands.some((c) => c.name !== null && DOWNLOADERS.has(c.name)) || !runsScriptFromStdin(lastCommand(pipe), instruction)) return false;
  if (hasCacheMountOn(instruction, ['/var/lib/apt'])) return false;
  const script = instruction.run!.script!;
  const apt = (c: SimpleCommand) => c.invocation.tool === 'apt' && ['update', 'install'].includes(c.invocation.subcommand ?? '');
  const installsName = (c: SimpleCommand) => c.invocation.subcommand === 'install' && c.invocation.operands.some((w) => w.literal && w.value !== 'install' && !w.value.startsWith('-') && !w.value.includes('/'));
  // The install first, then the lists (aptListsRemoved walks the stage).
  const removed = () => aptListsRemoved(model, instruction, pipe.range.start);
  const next = script.commands.find((c) => comparePositions(c.range.start, pipe.range.end) > 0 && apt(c));
  if (next) return installsName(next) && failureEndsScript(next, pipe, script) && removed();
  const later = nextRunOf(model, instruction, instruction.stage);
  const first = later?.run!.script!.commands.find((c) => !c.name || !CANNOT_FAIL.has(c.name));
  return !!first && apt(first) && installsName(first) && endsItsRun(first, later!) && !hasCacheMountOn(later!, ['/var/lib/apt']) && removed();
}

/**
 * `/bin/bash -l -c "rvm install ruby-3.3 && rvm --default use ruby-3.3"`: the first command of the body a shell runs
 * with `-c` (null for another command). The shell's status is its body's: with every later command of the body naming
 * the same tool or needing this one (an `&&` chain after it), a failure of this one fails the shell.
 */
function shellBodyFirst(cmd: SimpleCommand, instruction: Instruction): SimpleCommand | null {
  if (!cmd.name || shellName(cmd.name) === null || !cmd.args.some((w) => /^-[a-z]*c[a-z]*$/.test(w.value))) return null;
  return instruction.run!.script!.commands.find((c) => c !== cmd && c.wrappedBy === cmd.name && rangeContains(cmd.range, c.range) && (!c.name || !CANNOT_FAIL.has(c.name))) ?? null;
}

/**
 * `curl -fsSL https://bun.sh/install | bash && mv /root/.bun/bin/bun /usr/local/bin/bun`: an installer piped into a
 * shell, run as root, writes into `/root`; a later command of the RUN that fails on a missing file (FAILS_ON_MISSING_FILE,
 * `. $HOME/.cargo/env` too: root's `$HOME` is `/root`) takes a path there that nothing before the pipe made (nor the
 * base image: ROOT_HOME_FILES), its failure ending the RUN, or a later stage copies such a path from this stage
 * (`COPY --from=builder /root/google-cloud-sdk …`), or one named after the program the installer's URL names, wherever
 * it put it, that nothing else of the stage names (`COPY --from=golangci /bin/golangci-lint …`). A failed download
 * installs nothing, and that step fails: pipefail would only move the error, at most one step earlier.
 */
function installedPathUsedLater(pipe: Pipeline, model: DockerfileModel, instruction: Instruction, files: Files): boolean {
  if (!pipe.commands.some((c) => c.name !== null && DOWNLOADERS.has(c.name)) || !runsScriptFromStdin(lastCommand(pipe), instruction)) return false;
  const root = files.asRoot();
  const script = instruction.run!.script!;
  const stage = instruction.stage;
  // Only a later stage's copy asks (pipMayBePresent walks the stage).
  let tools: Set<string> | null = null;
  // A later command of the RUN or instruction of the stage (before `until`) naming it, which may have put it there
  // another way (`go install …/golangci-lint@v1.54.2`, `COPY golangci-lint /bin/`).
  const namedAfter = (base: string, until: number) => {
    const names = (w: { value: string | null } | null | undefined) => !!w?.value?.includes(base);
    if (script.commands.some((c) => comparePositions(c.range.start, pipe.range.end) > 0 && c.argv.some(names))) return true;
    return model.instructions.some(
      (i) => i.index > instruction.index && i.index < until && !!stage && !!i.stage?.lineage.includes(stage) && (!!i.run?.script?.commands.some((c) => c.argv.some(names)) || (!!i.copy && [i.copy.dest, ...i.copy.sources].some(names))),
    );
  };
  // In `/root`, where an installer run as root writes; or, for a later stage's copy (`COPY --from=golangci
  // /bin/golangci-lint …`), named after the program its URL names, wherever it put it, when nothing after the pipe names
  // it; not made before the pipe.
  const installed = (path: string | null, copied = false, until = instruction.index + 1) => {
    if (!path || !path.startsWith('/')) return false;
    const file = path.replace(/(.)\/+$/, '$1');
    const base = file.split('/').pop()!;
    const tool = () => copied && !/[*?[]/.test(base) && (tools ??= installerTools(pipe, model, instruction, true)).has(base) && !GENERIC_HOST_WORDS.has(base) && !GENERIC_PATH_WORDS.has(base) && !namedAfter(base, until);
    return ((root && file.startsWith('/root/') && !ROOT_HOME_FILES.has(file)) || tool()) && !files.madeBefore(file, pipe);
  };
  const named = installerFolderWords(pipe);
  const installer = lastCommand(pipe);
  // `curl -L https://istio.io/downloadIstio | sh - && mv istio-*/bin/istioctl /usr/local/bin/`: a relative path in the
  // folder the installer ran in, named after a word of its URL's host (no `cd` between).
  const madeHere = (w: Word, cmd: SimpleCommand) => {
    const first = w.value.replace(/^(\.\/)+/, '').split('/')[0]!.toLowerCase();
    if (w.value.startsWith('/') || !named.some((n) => first.startsWith(n) && !/[a-z0-9]/.test(first.charAt(n.length)))) return false;
    const between = script.commands.filter((c) => comparePositions(c.range.start, pipe.range.end) > 0 && comparePositions(c.range.start, cmd.range.start) < 0);
    return !between.some((c) => c.name === 'cd' || c.name === 'pushd' || c.name === 'popd') && sameDir(cmd.cwd, installer.cwd);
  };
  // `(. $HOME/.cargo/env)`: a path in the home folder, `/root` for root (the script's `$HOME`, unless an ENV or the script sets it).
  const path = (w: Word, where: Instruction) => inHome(w, where, runsAsRoot(where) && !where.state.env.has('HOME')) ?? (w.literal ? w.value : null);
  const takesInstalled = (cmd: SimpleCommand, where: Instruction, here: boolean) => missingFileOperands(cmd).some((w) => installed(path(w, where)) || (here && w.literal && madeHere(w, cmd)));
  const moved = script.commands.some((cmd) => comparePositions(cmd.range.start, pipe.range.end) > 0 && failureEndsScript(cmd, pipe, script) && takesInstalled(cmd, instruction, true));
  if (moved || !stage) return moved;
  // `RUN cp /root/.cargo/bin/rustc /usr/local/bin/` as the first command of the next RUN of the image, its failure ending that RUN.
  const next = nextRunOf(model, instruction, stage);
  const first = next?.run!.script!.commands.find((c) => !c.name || !CANNOT_FAIL.has(c.name));
  if (first && takesInstalled(first, next!, false) && endsItsRun(first, next!)) return true;
  // A `COPY --from` names the stage (or one built on it) by name or number; its source is read from that stage's root.
  const copies = copiesFrom(model).filter((i) => i.index > instruction.index);
  if (!copies.length) return false;
  const names = new Set(model.instructions.filter((i) => i.stage?.lineage.includes(stage)).flatMap((i) => [i.stage!.name, String(i.stage!.index)]));
  return copies.some((i) => names.has(i.flags.find((f) => f.name.toLowerCase() === 'from')?.value ?? '') && i.copy!.sources.some((s) => installed(s.value, true, i.index)));
}

const COPIES_FROM = new FactKey<readonly Instruction[]>();

/** The `COPY --from`/`ADD --from` instructions of the model, listed once (an installer's look-up need not walk the file). */
function copiesFrom(model: DockerfileModel): readonly Instruction[] {
  return model.facts.get(COPIES_FROM, () => model.instructions.filter((i) => !!i.copy && i.flags.some((f) => f.name.toLowerCase() === 'from')));
}

/** The instruction runs as root: no USER, or USER root (a base image's own default user aside). */
function runsAsRoot(instruction: Instruction): boolean {
  const user = instruction.state.user;
  return user === null || /^(root|0)(:|$)/.test(user.resolved ?? '');
}

/**
 * `$HOME/.cargo/env`, `~/.cargo/env`: the path in `/root` when the RUN's home is root's (`rootHome`: the RUN runs as
 * root and no ENV sets HOME) and its script does not set HOME; null otherwise.
 */
function inHome(w: Word, instruction: Instruction, rootHome: boolean): string | null {
  const home = /^(?:\$HOME|\$\{HOME\}|~)(\/[^$`~]*)?$/.exec(w.value);
  if (!home || !rootHome || (w.value.startsWith('~') && w.quoted) || w.expansions?.some((e) => e.name !== 'HOME')) return null;
  if (instruction.run!.script!.bindings.some((b) => b.name === 'HOME')) return null;
  return `/root${home[1] ?? ''}`;
}

/** The operands a command fails on when they name no file (FAILS_ON_MISSING_FILE): all, all but the last (`mv`'s target), or the first (`.`'s script). */
function missingFileOperands(cmd: SimpleCommand): readonly Word[] {
  const reads = cmd.name ? FAILS_ON_MISSING_FILE[cmd.name] : undefined;
  const operands = cmd.invocation.operands;
  return !reads ? [] : reads === 'sources' ? operands.slice(0, -1) : reads === 'first' ? operands.slice(0, 1) : operands;
}

/** Words of a URL's path or scheme that name no program (`master` of `…/golangci-lint/master/install.sh`). */
const GENERIC_PATH_WORDS = new Set(['http', 'https', 'com', 'org', 'io', 'net', 'dev', 'master', 'main', 'head', 'latest', 'stable', 'release', 'bin', 'scripts', 'script', 'installer', 'refs', 'heads', 'tags']);

/** Generic words of a URL's host: none names what an installer unpacks. */
const GENERIC_HOST_WORDS = new Set(['www', 'get', 'raw', 'download', 'downloads', 'dl', 'install', 'github', 'githubusercontent', 'gitlab', 'objects', 'cdn', 'static', 'releases', 'packages', 'storage', 'googleapis', 'amazonaws', 's3']);

/**
 * The words of the hosts of the pipe's download URLs, without the top-level domain and generic words (`istio` of
 * `https://istio.io/downloadIstio`): the name an installer gives the folder it unpacks into the current one.
 */
function installerFolderWords(pipe: Pipeline): string[] {
  return pipe.commands
    .filter((c) => c.name !== null && DOWNLOADERS.has(c.name))
    .flatMap((c) => c.invocation.args.flatMap((w) => {
      const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(urlText(w))?.[1];
      return host ? host.toLowerCase().split('.').slice(0, -1) : [];
    }))
    .filter((w) => w.length >= 3 && !GENERIC_HOST_WORDS.has(w));
}

/**
 * A URL's text with build variables resolved, and without what the linter cannot know (`https://astral.sh/uv/${UV_VERSION}/install.sh`
 * → `https://astral.sh/uv//install.sh`): a variable's name is no word of the URL.
 */
function urlText(w: Word): string {
  return w.literal ? w.value : w.value.replace(/\$(\{[^}]*\}|[A-Za-z_][A-Za-z0-9_]*|\([^)]*\))/g, '');
}

/** A shell's `-s` among its own options (before `--` or the first word that is no option): the script is stdin. */
function readsScriptOption(shell: SimpleCommand): boolean {
  const end = shell.args.findIndex((w) => w.value === '--' || !w.value.startsWith('-'));
  return shell.args.slice(0, end < 0 ? undefined : end).some((w) => /^-[a-bd-z]*s[a-bd-z]*$/.test(w.value));
}

/**
 * `sh`, `bash -s -- -y`, `python3 -`, `$PYTHON -` (an ENV naming the interpreter): a shell or interpreter running the
 * script on its stdin, also one a launcher starts with that stdin (`sudo -E bash -`; not `xargs`, which makes the input
 * its arguments).
 */
function runsScriptFromStdin(end: SimpleCommand, instruction: Instruction): boolean {
  let cmd = end;
  while (cmd.launches && cmd.name !== 'xargs') cmd = cmd.launches;
  const program = resolveWords([cmd.argv[0]!], { scope: instruction.state.env, scriptText: instruction.run!.script!.source.text }).words[0]!;
  const name = program.literal ? program.value.split('/').pop()! : null;
  if (!name) return false;
  // `sh -s -- --default-toolchain none -y`: with `-s` the words after the options are the stdin script's arguments.
  if (shellName(name) !== null) return readsScriptOption(cmd) || !cmd.invocation.operands.some((w) => !w.value.startsWith('-'));
  if (!STDIN_INTERPRETERS.test(name)) return false;
  // The first word that is no option is the script: `-` (stdin) or none; `-c` and `-m` run something else.
  const script = cmd.args.find((w) => !w.value.startsWith('-') || w.value === '-' || /^-[cm]/.test(w.value));
  return !script || script.value === '-';
}

/** The command's failure ends the RUN that ran the pipe before it: `set -e`, or the pipe's own and-or list without `||`. */
function failureEndsScript(cmd: SimpleCommand, pipe: Pipeline, script: ShellScript): boolean {
  if (script.errexit) return true;
  const statement = script.statements.find((s) => s.range && rangeContains(s.range, pipe.range));
  return statement !== undefined && !statement.or && statement.range !== null && rangeContains(statement.range, cmd.range);
}

/**
 * How the pipe's last command fails on no input. `xargs` runs its command once with no item (unless
 * XARGS_NO_RUN_ON_EMPTY), which fails when it needs operands it was not written with (FAILS_WITHOUT_OPERANDS: `xargs
 * cp -t /opt/plugins`) or fails on its empty stdin (`xargs grep -l x`): only on no input at all. Other launchers
 * (`sudo tar -x`): as the command they run.
 */
function endFailure(end: SimpleCommand, busybox: boolean): 'empty' | 'whole' | null {
  if (end.name !== 'xargs' || !end.launches) return emptyInputFailure(launchedCommand(end), busybox);
  if (ownOptions(end).some((o) => XARGS_NO_RUN_ON_EMPTY.includes(o.name))) return null;
  const run = launchedCommand(end);
  return (!busybox && failsWithoutOperands(run)) || emptyInputFailure(run, busybox) ? 'empty' : null;
}

/** Run with no operand beyond those written, the command fails (FAILS_WITHOUT_OPERANDS); not when an operand is a value the linter cannot count. */
function failsWithoutOperands(cmd: SimpleCommand): boolean {
  const { tool, subcommand } = cmd.invocation;
  const entry = (tool && subcommand ? FAILS_WITHOUT_OPERANDS[`${tool} ${subcommand}`] : undefined) ?? (cmd.name ? FAILS_WITHOUT_OPERANDS[cmd.name] : undefined);
  const operands = cmd.invocation.operands;
  if (!entry || (entry.unless && hasOption(cmd.invocation, ...entry.unless)) || operands.some((w) => !w.literal)) return false;
  if (entry.only && !hasOption(cmd.invocation, ...entry.only)) return false;
  const needed = entry.given && hasOption(cmd.invocation, ...entry.given) ? entry.operands - 1 : entry.operands;
  const target = entry.target ? cmd.invocation.options.find((o) => entry.target!.includes(o.name)) : undefined;
  if (!target) return operands.length < needed;
  // `-t DIR`, `-vt DIR`, `--target-directory DIR`: the folder is the next word, read as an operand; a source is needed.
  const w = target.word.value;
  const folderNext = target.name.startsWith('--') ? w === target.name : /^-[a-zA-Z]+$/.test(w) && w.endsWith(target.name.slice(1));
  return operands.length - (folderNext ? 1 : 0) < 1;
}

/** How the pipe's last command fails: on an empty input only, on a truncated one too ('whole'), or never (null). */
function emptyInputFailure(cmd: SimpleCommand, busybox: boolean): 'empty' | 'whole' | null {
  const entry = emptyInputEntry(cmd, busybox);
  if (!entry || (entry.fileOptions && hasOption(cmd.invocation, ...entry.fileOptions))) return null;
  // `tar -xz`, `tar xzf -`, `tar --extract --file=-`: extracting or listing the archive on stdin.
  if (entry.archive && archiveRead(cmd) !== '-') return null;
  return entry.whole ? 'whole' : 'empty';
}

/** How a program fails on an empty file it is given to read, as emptyInputFailure (tar and cpio aside: they read a file only through their own option). */
function emptyFileFailure(cmd: SimpleCommand, busybox: boolean): 'empty' | 'whole' | null {
  const entry = emptyInputEntry(cmd, busybox);
  return !entry || entry.archive || entry.fileOptions || entry.program ? null : entry.whole ? 'whole' : 'empty';
}

/** The FAILS_ON_EMPTY_INPUT entry of the command, when it is called with the options the entry asks for (and it fails so in this image). */
function emptyInputEntry(cmd: SimpleCommand, busybox: boolean): EmptyInputFailure | null {
  const entry = FAILS_ON_EMPTY_INPUT.find((e) => cmd.name !== null && e.programs.includes(cmd.name));
  if (!entry || (entry.options && !hasOption(cmd.invocation, ...entry.options)) || (entry.notBusyBox && busybox)) return null;
  // The program is the one operand: a second names a file, read instead of stdin.
  const operands = cmd.invocation.operands;
  return !entry.program || (operands.length === 1 && operands[0]!.literal && entry.program(operands[0]!.value)) ? entry : null;
}

/** Prints nothing when it reads nothing (awk only without `BEGIN`/`END`, which print on their own). */
function staysEmpty(cmd: SimpleCommand): boolean {
  if (!cmd.name || !EMPTY_STAYS_EMPTY.has(cmd.name)) return false;
  return !/^(g|m)?awk$/.test(cmd.name) || !cmd.args.some((w) => /\b(BEGIN|END)\b/.test(w.value));
}

/** Whether the command cannot fail; `files` null when xargs gives it operands from its input, which may name anything. */
function cannotFail(cmd: SimpleCommand, pipe: Pipeline, files: Files | null): boolean {
  if (cmd.name && (CANNOT_FAIL.has(cmd.name) || cmd.name in NEVER_FAILS)) return true;
  // `dpkg --print-architecture | awk -F- '{ print $NF }'`, `apt-mark showmanual | xargs apt-mark auto`.
  if (readsSystemState(cmd.name, cmd.args[0]?.value)) return true;
  // `apt-get -s dist-upgrade | grep "^Inst" | …`: a simulated upgrade reads the package database and lists only.
  if (simulatesUpgrade(cmd)) return true;
  if (files && listsSystemState(cmd, files)) return true;
  // `if dpkg -s "$pkg"; then dpkg -L "$pkg" | …`: a package the condition just found installed.
  if (confirmedPackages(cmd)) return true;
  // `… | xargs -r dpkg-query --search | …`: xargs fails only when the command it runs does.
  // `… | grep -E '\.so' | xargs dirname`: a string tool fails only with no operand, that is on an empty input.
  if (cmd.name === 'xargs') return cmd.launches !== null && (cannotFail(cmd.launches, pipe, null) || (!!cmd.launches.name && OPERAND_STRING_TOOLS.has(cmd.launches.name) && !readsItemsFromFile(cmd, cmd.launches)));
  if (!files) return false;
  // `echo "$V" | cut -d. -f1,2`, `cat <<EOF | …`: a reader of no file, or only of files that are there.
  const read = cmd.name === 'find' ? findReads(cmd) : filesRead(cmd);
  return read !== null && read.every((w) => (w.literal && files.present(w.value, pipe, cmd)) || files.underTestedFolder(w, pipe) || files.located(w, cmd));
}

/** `xargs -a list dirname`: xargs's own options (the words before the command it runs) read the items from a file. */
function readsItemsFromFile(xargs: SimpleCommand, launched: SimpleCommand): boolean {
  const own = xargs.args.filter((w) => comparePositions(w.range.start, launched.argv[0]!.range.start) < 0);
  return own.some((w) => !w.literal || XARGS_FILE_OPTIONS.some((o) => w.value === o || w.value.startsWith(`${o}=`)) || /^-[A-Za-z]*a/.test(w.value));
}

/** `apt-get -s dist-upgrade`, `apt-get --simulate upgrade`: a simulated upgrade of the installed packages, naming none (SIMULATED_UPGRADE). */
function simulatesUpgrade(cmd: SimpleCommand): boolean {
  const inv = cmd.invocation;
  if (inv.tool !== 'apt' || !(SIMULATED_UPGRADE.subcommands as readonly string[]).includes(inv.subcommand ?? '') || !hasOption(inv, ...SIMULATED_UPGRADE.options)) return false;
  return !inv.operands.some((w) => w.value !== inv.subcommand);
}

/** `dpkg-query --showformat='${Package}\n' --show`, `ldconfig -v` as root: a listing of the whole package database or linker cache (LISTS_SYSTEM_STATE). */
function listsSystemState(cmd: SimpleCommand, files: Files): boolean {
  const entry = cmd.name ? LISTS_SYSTEM_STATE[cmd.name] : undefined;
  if (!entry || cmd.invocation.operands.length) return false;
  const used = entry.options.filter((o) => cmd.args.some((w) => w.value === o));
  return used.length > 0 && (files.asRoot() || !used.some((o) => entry.rootOnly?.includes(o)));
}

/**
 * The folders `find` walks (none: the current one, which is there), when no action of its own sets its status
 * (FIND_STATUS_ACTIONS, `-exec … +`); null otherwise. `-exec ldd '{}' ';'` is a test: ldd's status never is find's.
 */
function findReads(cmd: SimpleCommand): readonly Word[] | null {
  const args = cmd.invocation.args;
  if (args.some((w, i) => FIND_STATUS_ACTIONS.has(w.value) || (/^-exec(dir)?$/.test(w.value) && args.slice(i + 1).find((t) => t.value === ';' || t.value === '+')?.value === '+'))) return null;
  return findStartPoints(cmd);
}


/**
 * What the RUN can tell about a path a pipe's source reads: it is there when it is a folder of every image or one its official base image's build made, the
 * current folder, a file that an earlier RUN of the stage (or an earlier command of this one) wrote or read by
 * redirection or `tee` or downloaded and nothing removed since, or what an earlier COPY/ADD wrote; or a later command of this RUN,
 * ending it on failure, needs it too.
 */
class Files {
  constructor(private readonly model: DockerfileModel, private readonly instruction: Instruction) {}

  /** The RUN runs as root: no USER, or USER root (a base image's own default user aside). */
  asRoot(): boolean {
    return runsAsRoot(this.instruction);
  }

  /** `reader`: the command reading it, in whose folder a relative path is. */
  present(name: string, pipe: Pipeline, reader: SimpleCommand): boolean {
    const path = name.replace(/(.)\/+$/, '$1');
    if (path === '-' || path === '.' || IMAGE_FOLDERS.has(path)) return true;
    if (!path.startsWith('/')) return this.downloadedHere(path, reader, pipe);
    if (officialImageFolders(this.instruction.stage?.rootImage.name?.familiar).includes(path)) return true;
    // A folder every base image of its distribution has (Debian's `/usr/src`, `/lib/x86_64-linux-gnu`).
    if (!LINUX_FOLDERS.has(path) && baseFolders(this.instruction).has(path)) return true;
    return this.witnessed(path, pipe) || this.neededLater(path, pipe) || this.copiedInto(path);
  }

  /**
   * `"$extDir"`, or a path in it (`"$extDir"/*.so`), where the script tested `[ -d "$extDir" ]` before the pipe and that
   * test failing would have ended it (docker-library's PHP extension idiom: the folder holds what the RUN just built).
   */
  underTestedFolder(word: Word, pipe: Pipeline): boolean {
    const name = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))(\/.*)?$/.exec(word.value);
    const variable = name?.[1] ?? name?.[2];
    if (!variable) return false;
    const script = this.instruction.run!.script!;
    return script.commands.some((cmd) => {
      if ((cmd.name !== '[' && cmd.name !== 'test') || cmd.subshell || comparePositions(cmd.range.start, pipe.range.start) >= 0) return false;
      const at = cmd.args.findIndex((w) => w.value === '-d');
      const tested = at >= 0 ? cmd.args[at + 1]?.value : undefined;
      return (tested === `$${variable}` || tested === `\${${variable}}`) && failureEndsScript(cmd, pipe, script);
    });
  }

  /** `"$TRUSS_BIN"` after `TRUSS_BIN=$(which truss) &&`: a program's file that a lookup the reader needs printed (locatedProgram). */
  located(word: Word, reader: SimpleCommand): boolean {
    return locatedProgram(this.instruction.run!.script!, reader, word);
  }

  /** Made before the pipe by this stage (not merely needed later): written, made, filled or copied in. */
  madeBefore(path: string, pipe: Pipeline): boolean {
    return this.witnessed(path, pipe) || this.copiedInto(path);
  }

  /** A COPY or ADD of the stage (or a stage it is built on) wrote it or a folder holding it: `COPY --from=builder /opt/erlang /opt/erlang`. */
  private copiedInto(path: string): boolean {
    const lineage = this.instruction.stage?.lineage ?? [];
    return lineage.some((s) =>
      s.instructions.some((i) => {
        const dest = i.index < this.instruction.index ? i.copy?.dest?.value?.replace(/(.)\/+$/, '$1') : undefined;
        return !!dest && dest.startsWith('/') && dest !== '/' && (path === dest || path.startsWith(`${dest}/`));
      }),
    );
  }

  private witnessed(path: string, pipe: Pipeline): boolean {
    return witnessedFile(this.model, this.instruction, path, pipe.range.start);
  }

  /**
   * `wget https://…/aws-efa-installer.key && … && cat aws-efa-installer.key | gpg --fingerprint`: a relative path that
   * a download of this RUN wrote before the pipe, in the folder the reader runs in, its failure stopping the script
   * (the same `&&` chain, or `set -e`), and not removed since. A folder the linter cannot name (after `cd $HOME`) is
   * the same only when no `cd`, `pushd` or `popd` came between.
   */
  private downloadedHere(name: string, reader: SimpleCommand, pipe: Pipeline): boolean {
    const script = this.instruction.run!.script!;
    const before = script.commands.filter((c) => comparePositions(c.range.start, pipe.range.start) < 0);
    const at = resolveDir(name, reader.cwd);
    if (!at) return false;
    const writes = (c: SimpleCommand) => downloadedFiles(c).map((f) => resolveDir(f, c.cwd)).some((d) => d !== null && sameDir(d, at));
    const last = before.map((c) => failsOnHttpError(c) && writes(c) && failureEndsScript(c, pipe, script)).lastIndexOf(true);
    if (last < 0) return false;
    const between = before.slice(last + 1);
    if (between.some((c) => c.name === 'rm' && c.invocation.operands.some((w) => !w.literal || w.value === name || w.value.includes('*')))) return false;
    return at.root !== '?' || (!before[last]!.subshell && !between.some((c) => c.name === 'cd' || c.name === 'pushd' || c.name === 'popd'));
  }

  /** A later command of this RUN that fails on a missing file takes it, and its failure ends the RUN. */
  private neededLater(path: string, pipe: Pipeline): boolean {
    const script = this.instruction.run!.script!;
    return script.commands.some((cmd) => {
      const reads = cmd.name ? FAILS_ON_MISSING_FILE[cmd.name] : undefined;
      if (!reads || comparePositions(cmd.range.start, pipe.range.end) <= 0) return false;
      return missingFileOperands(cmd).some((w) => w.literal && w.value === path) && failureEndsScript(cmd, pipe, script);
    });
  }
}
