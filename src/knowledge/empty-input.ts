import { LINUX_FOLDERS } from './image-folders.js';

/**
 * Programs that exit non-zero when their standard input is empty, so at the end of a pipe they fail it when the
 * command feeding them failed before printing anything. Checked against GNU coreutils 9.1, tar 1.34, gzip, xz,
 * bzip2, zstd, grep, GnuPG 2.2 and BusyBox 1.35 (Alpine's tools): each fails on `printf '' | …`.
 * A download can also stop midway: only programs that check their input is whole (`whole`) fail on the part that
 * arrived. A cut gzip, xz, bzip2 or zstd stream or ASCII-armoured key fails; so does an uncompressed tar cut inside a
 * member (GNU tar 1.34: "Unexpected EOF in archive", status 2; BusyBox 1.35: "short read", status 1), which is where
 * a cut-off download stops but for the rare cut exactly at a member's end.
 */
export interface EmptyInputFailure {
  programs: readonly string[];
  /** Only when one of these options is given (`sha256sum -c`, `gzip -d`); any call when absent. */
  options?: readonly string[];
  /** Reads an archive from stdin: only when extracting or listing without a `-f` other than `-` (tar). */
  archive?: boolean;
  /** Also fails on a truncated input (a stream format with an end marker or checksum). */
  whole: boolean;
  /** Reads only stdin, or the file one of these options names instead (`cpio -i -F a.cpio`), then not stdin. */
  fileOptions?: readonly string[];
  /** BusyBox's applet exits 0 on an empty input: not in images whose tools are BusyBox's (Alpine). */
  notBusyBox?: true;
  /** Only with an inline program (the one operand, no file read) that this accepts (awk's `END { exit !found }`). */
  program?: (text: string) => boolean;
}

/**
 * An awk program whose `END` exits non-zero unless a main rule set a variable: `END { exit !found }`,
 * `END { if (!ok) { print "missing"; exit 1 } }`, `END { if (found == 0) exit 1 }`. On an empty input no main rule
 * runs, the variable is unset (0), and awk fails (gawk, mawk, BusyBox alike); not when `BEGIN` sets it first.
 */
export function awkExitsUnlessMatched(program: string): boolean {
  const end = /\bEND\s*\{([\s\S]*)$/.exec(program)?.[1];
  if (end === undefined) return false;
  const unset = (name: string) => !new RegExp(`\\bBEGIN\\s*\\{[^}]*\\b${name}\\b`).test(program);
  const negated = /\bexit\s*\(?\s*!\s*\(?\s*([A-Za-z_]\w*)/.exec(end);
  if (negated && unset(negated[1]!)) return true;
  // `if (!found) exit 1`, `if (found == 0) { print …; exit 2 }`: the test, then an exit with a non-zero status before any other statement block ends.
  const tested = /\bif\s*\(\s*(?:!\s*([A-Za-z_]\w*)|([A-Za-z_]\w*)\s*==\s*0)\s*\)\s*\{?[^}]*?\bexit\s*\(?\s*[1-9]/.exec(end);
  const name = tested?.[1] ?? tested?.[2];
  return name !== undefined && unset(name);
}

export const FAILS_ON_EMPTY_INPUT: readonly EmptyInputFailure[] = [
  // "no properly formatted checksum lines found"; a cut list still checks the lines that arrived.
  { programs: ['sha1sum', 'sha224sum', 'sha256sum', 'sha384sum', 'sha512sum', 'md5sum', 'b2sum'], options: ['-c', '--check'], whole: false },
  // No line selected is exit status 1, whatever the options (`-q`, `-v`, `-c`).
  { programs: ['grep', 'egrep', 'fgrep'], whole: false },
  // "This does not look like a tar archive" / "short read"; cut inside a member, "Unexpected EOF in archive" (compressed
  // or not: `-z`, `-J` check the stream whole too).
  { programs: ['tar', 'bsdtar'], archive: true, whole: true },
  { programs: ['gunzip', 'zcat', 'unxz', 'xzcat', 'bunzip2', 'bzcat', 'unzstd', 'zstdcat'], whole: true },
  { programs: ['gzip', 'xz', 'bzip2', 'zstd'], options: ['-d', '--decompress'], whole: true },
  // "no valid OpenPGP data found".
  { programs: ['gpg', 'gpg2'], options: ['--dearmor', '--dearmour', '--import'], whole: true },
  { programs: ['apt-key'], whole: true },
  // GNU cpio 2.13 extracting or listing (`rpm2cpio x.rpm | cpio -idmv`): "premature end of file" on an empty input and
  // on one cut anywhere, even between members (the archive ends with a trailer entry). BusyBox 1.35's cpio exits 0 on
  // an empty input. Creating (`cpio -o`) reads a list of names, and an empty one makes an empty archive with status 0.
  { programs: ['cpio'], options: ['-i', '--extract', '-t', '--list'], fileOptions: ['-F', '-I', '--file'], whole: true, notBusyBox: true },
  // `openssl list -providers | awk '/fips/ {f=1} END { if (!f) exit 1 }'`: a self-test that fails when it saw no line.
  { programs: ['awk', 'gawk', 'mawk'], program: awkExitsUnlessMatched, fileOptions: ['-f', '--file'], whole: false },
];

/**
 * Filters that print nothing when they read nothing, so an empty input reaches the end of the pipe
 * (`curl … | gunzip | tar -x`). awk only without `BEGIN`/`END` blocks, which print on their own.
 */
export const EMPTY_STAYS_EMPTY: ReadonlySet<string> = new Set([
  'grep', 'egrep', 'fgrep', 'sed', 'awk', 'gawk', 'mawk', 'sort', 'uniq', 'head', 'tail', 'cut', 'tr', 'tee', 'cat',
  'gunzip', 'zcat', 'xzcat', 'bzcat', 'zstdcat', 'base64', 'jq',
]);

/**
 * Commands that take an empty operand (`""`) without failing: printing or setting it, testing it (the test is what
 * the script does with an empty value), and `cd ""`/`rm -f ""`, which bash, dash and GNU coreutils accept. Any other
 * command given an empty file, package, URL or directory name fails (`pip install ""`, `cp "" /x`, `tar -xf ""`).
 */
export const EMPTY_OPERAND_OK: ReadonlySet<string> = new Set([
  'echo', 'printf', 'export', 'local', 'declare', 'typeset', 'readonly', 'set', 'unset', 'eval', 'true', 'false', ':',
  'test', '[', 'cd', 'rm', 'read', 'shift', 'return', 'exit',
]);

/**
 * Commands that only print a fact of the system the build runs on, which is there in every image they run in: the
 * package manager's own architecture and its list of manually installed packages. The first word after the program
 * (an option or subcommand) selects the read; `uname`, `nproc` and the like are in word-splitting.ts's NEVER_FAILS.
 */
export const READS_SYSTEM_STATE: Readonly<Record<string, readonly string[]>> = {
  dpkg: ['--print-architecture', '--print-foreign-architectures'],
  // `apk info --installed so:libintl.so.8`: the installed database; a name it lacks is an answer, not a failure.
  apk: ['--print-arch', 'info'],
  'apt-mark': ['showmanual', 'showauto', 'showhold'],
  // Lists the package cache; a pattern that matches nothing still exits 0.
  apt: ['list'],
  // Which package owns a file: a miss (status 1) is an answer, the file is no package's, not a broken build.
  'dpkg-query': ['--search', '-S'],
};

/** `dpkg --print-architecture`: the program and its first word make one of READS_SYSTEM_STATE's reads. */
export function readsSystemState(program: string | null, first: string | undefined): boolean {
  return program !== null && (READS_SYSTEM_STATE[program]?.includes(first ?? '') ?? false);
}

/**
 * Listings of the image's own package database or linker cache, by program: the options that list it. With no operand
 * they read only what every working image has and cannot fail (`dpkg-query --show | grep mariadb`, `dpkg -l`, `rpm -qa`,
 * `ldconfig -p`); a package or file they are given may be missing (`dpkg-query -W nosuch`, `dpkg -l 'nosuch*'` exit 1),
 * so not then.
 * `rootOnly`: the option also rewrites the cache, which fails for another user (`ldconfig -v`).
 */
export const LISTS_SYSTEM_STATE: Readonly<Record<string, { options: readonly string[]; rootOnly?: readonly string[] }>> = {
  'dpkg-query': { options: ['--show', '-W', '--list', '-l'] },
  // `dpkg -l | grep -E -- '-dev|-headers'`: dpkg runs dpkg-query for `-l`, the same listing; `--get-selections` lists every package's selection.
  dpkg: { options: ['--list', '-l', '--get-selections'] },
  rpm: { options: ['-qa', '-aq'] },
  ldconfig: { options: ['-p', '--print-cache', '-v', '--verbose'], rootOnly: ['-v', '--verbose'] },
};

/**
 * Programs that only read the local files named by their operands (`-` being stdin) and fail only when one is
 * missing (root reads any): on paths that are there they cannot fail. The text filters of STDIN_FILTERS are such
 * readers too, of the operands after their inline program.
 */
export const FILE_READERS: Readonly<Record<string, string>> = {
  cat: 'prints its files.',
  md5sum: 'prints the checksums of its files.', sha1sum: 'the same.', sha256sum: 'the same.', sha512sum: 'the same.',
  scanelf: "prints the ELF headers of its files and folders (Alpine's pax-utils, in every Alpine image).",
  ldd: 'prints the shared libraries its files load (shared objects and dynamic programs).',
  stat: 'prints the status of its files (`stat -c %Y F`).',
};

/**
 * `find`'s actions whose failure becomes its exit status, and its tests that read a file named after them (missing, it
 * is an error). `-exec … ;` and `-ok` are tests (a failing `ldd` only deselects the file), so a `find` without these
 * (nor `-exec … +`) fails only on a start point it cannot walk.
 */
export const FIND_STATUS_ACTIONS: ReadonlySet<string> = new Set([
  '-delete', '-fls', '-fprint', '-fprint0', '-fprintf', '-newer', '-anewer', '-cnewer', '-samefile', '-files0-from',
]);

/**
 * Folders whose walk can fail for no fault of the build: `/` and the kernel's `/proc`, `/sys` and `/dev`, whose
 * entries (a finished process's `/proc/PID`) vanish while `find` walks them ("No such file or directory", status 1).
 */
export const CHANGING_FOLDERS: ReadonlySet<string> = new Set(['/', '/proc', '/sys', '/dev']);

/**
 * Folders every Linux image has (LINUX_FOLDERS: Debian, Ubuntu, Alpine, RHEL and their derivatives), which root reads
 * whole: a reader of FILE_READERS or `find` over them cannot fail. Not `/`, nor the kernel's `/proc`, `/sys` and
 * `/dev`, which change while `find` walks them.
 */
export const IMAGE_FOLDERS: ReadonlySet<string> = new Set([...LINUX_FOLDERS].filter((f) => !CHANGING_FOLDERS.has(f)));

/**
 * Programs that fail on a missing file operand: when one of them later in the RUN (its failure ending the RUN) takes
 * the file a pipe's source reads, a source that failed on that missing file shows the failure there
 * (`scanelf /tmp/envsubst | … ; mv /tmp/envsubst /usr/local/bin/`). `sources`: only the operands before the last
 * are read (the last is where `mv` and `cp` write); `first`: only the first (the script `.` reads; the rest are its arguments).
 */
export const FAILS_ON_MISSING_FILE: Readonly<Record<string, 'all' | 'sources' | 'first'>> = {
  mv: 'sources', cp: 'sources', install: 'sources', cat: 'all', ls: 'all', chmod: 'all', chown: 'all', strip: 'all', ldd: 'all', scanelf: 'all',
  head: 'all', tail: 'all', sort: 'all', md5sum: 'all', sha256sum: 'all',
  // `. $HOME/.cargo/env`: dash and BusyBox ash exit on a script they cannot open, bash returns 1.
  '.': 'first', source: 'first',
};

/**
 * Files that a later command of the same RUN checks whole, so a pipe writing them empty or cut off (a failed key
 * download, even through `gpg --dearmor | tee`) fails there: a broken APT keyring leaves the repository it signs
 * unsigned, which `apt-get update` refuses with an error (APT 1.5 and later).
 */
export const CHECKED_FILES: readonly { path: RegExp; tool: string; subcommand: string; product?: true }[] = [
  { path: /^\/(usr\/share\/keyrings|etc\/apt\/keyrings|etc\/apt\/trusted\.gpg\.d)\/[^/]+$/, tool: 'apt', subcommand: 'update' },
  // An APT source list (`curl -fsSL …/nvidia-container-toolkit.list | sed … > /etc/apt/sources.list.d/nvidia-container-toolkit.list`)
  // that a later `apt-get install` needs: `product`, only for a package named after the file (its name without
  // `.list`, alone or before a `-`: `nvidia-container-toolkit-base`), which the distribution's archive lacks, so an
  // empty list fails the install ("Unable to locate package"), and a cut one fails the update (a malformed line or a
  // URL naming no repository). Not a package named otherwise (`nodesource.list`, then `nodejs`, which Debian has too).
  { path: /^\/etc\/apt\/sources\.list\.d\/[^/]+\.list$/, tool: 'apt', subcommand: 'install', product: true },
];

/** Commands that stream a download and can fail after printing part of it. */
export const DOWNLOADERS: ReadonlySet<string> = new Set(['curl', 'wget', 'aria2c', 'fetch']);

/** The options that name the file a downloader writes (`wget -O go.sha256 URL`, `curl -o go.sha256 URL`). */
export const DOWNLOAD_OUTPUTS: Readonly<Record<string, readonly string[]>> = {
  curl: ['-o', '--output'],
  wget: ['-O', '--output-document'],
};

/**
 * Text filters that exit 0 on whatever they read, so fed by a pipe they cannot fail the build (only a bad option
 * or script could, and that fails every build alike). They count as such only when they read no file: `script`
 * names the options that give the program inline (sed's `-e`), the first operand being the program otherwise
 * (sed, awk); `noFiles` means no operand is a file (tr's sets); `scriptFile` options read a file, which may be missing.
 */
export const STDIN_FILTERS: Readonly<Record<string, { script?: readonly string[]; scriptFile?: readonly string[]; noFiles?: true }>> = {
  tr: { noFiles: true },
  cut: {},
  head: {},
  tail: {},
  sort: {},
  uniq: {},
  wc: {},
  rev: {},
  sed: { script: ['-e', '--expression'], scriptFile: ['-f', '--file'] },
  gsed: { script: ['-e', '--expression'], scriptFile: ['-f', '--file'] },
  awk: { script: [], scriptFile: ['-f', '--file'] },
  gawk: { script: [], scriptFile: ['-f', '--file'] },
  mawk: { script: [], scriptFile: ['-f', '--file'] },
};

/**
 * Filters that select lines of their input: their non-zero status only says no line was selected (a bad pattern
 * fails every build alike), so fed by a pipe and not at its end, their status is no failure that pipefail should
 * show; the members after them see the empty input. `pattern` names the options that give the pattern (the first
 * operand being the pattern otherwise), `patternFile` those that read it from a file, which may be missing.
 */
export const SELECTING_FILTERS: Readonly<Record<string, { pattern: readonly string[]; patternFile: readonly string[] }>> = {
  grep: { pattern: ['-e', '--regexp'], patternFile: ['-f', '--file'] },
  egrep: { pattern: ['-e', '--regexp'], patternFile: ['-f', '--file'] },
  fgrep: { pattern: ['-e', '--regexp'], patternFile: ['-f', '--file'] },
};

/**
 * `xargs` options after which it runs nothing on an empty input: `-r`, and `-I`/`-i`, which run the command once per
 * line read; `-a` reads the items from a file, not the pipe. Without them GNU findutils' xargs and BusyBox's alike run
 * the command once with no item (checked with findutils 4.9 and BusyBox's xargs.c), and its status is xargs's.
 */
export const XARGS_NO_RUN_ON_EMPTY: readonly string[] = ['-r', '--no-run-if-empty', '-I', '-i', '--replace', '-a', '--arg-file'];

/**
 * Programs that work on their operands as strings and read no file (`dirname`, `basename`, GNU's and BusyBox's): they
 * fail only when given no operand ("missing operand"), so under `xargs` only when its input is empty: an outcome of
 * the commands feeding it, which are judged on their own (`dpkg -L "$pkg" | grep -E '\.so' | xargs dirname | uniq`).
 */
export const OPERAND_STRING_TOOLS: ReadonlySet<string> = new Set(['dirname', 'basename']);

/** xargs options that read the items from a file (which may be missing) instead of the pipe. */
export const XARGS_FILE_OPTIONS: readonly string[] = ['-a', '--arg-file'];

/**
 * Programs that fail when `xargs` runs them with no item of its input after the operands written: fewer than
 * `operands` operands is "missing (file) operand" (`xargs cp -t /opt/plugins`: no source; `xargs chmod +x`: no file).
 * `target`: options naming the destination folder, after which one operand (a source) is enough; `unless`: options
 * with which no operand is fine (`rm -f`); `only`: the options without which it needs none (`sed -i`); `given`:
 * options that give what is otherwise the first operand (sed's `-e` script). Keyed by program, or by tool and
 * subcommand (`pip install`). Checked with GNU
 * coreutils 9.1 (`printf '' | xargs cp -t /tmp` exits 123); BusyBox's applets were not checked: not in Alpine images.
 */
export const FAILS_WITHOUT_OPERANDS: Readonly<Record<string, { operands: number; target?: readonly string[]; unless?: readonly string[]; only?: readonly string[]; given?: readonly string[] }>> = {
  cp: { operands: 2, target: ['-t', '--target-directory'] },
  mv: { operands: 2, target: ['-t', '--target-directory'] },
  ln: { operands: 1, target: ['-t', '--target-directory'] },
  rm: { operands: 1, unless: ['-f', '--force'] },
  chmod: { operands: 2 },
  chown: { operands: 2 },
  chgrp: { operands: 2 },
  // GNU sed edits files in place only with `-i`: its script and a file, "sed: no input files" without one; the script
  // is no operand when `-e`/`-f` gives it.
  sed: { operands: 2, only: ['-i', '--in-place'], given: ['-e', '--expression', '-f', '--file'] },
  // pip and uv: "You must give at least one requirement to install" (`xargs python -m pip install --upgrade`).
  'pip install': { operands: 1, unless: ['-r', '--requirement', '-e', '--editable'] },
  'uv pip install': { operands: 1, unless: ['-r', '--requirement', '-e', '--editable'] },
};

/**
 * Ends of a pipe that say an empty input is expected (`xargs -r`: run nothing on no input). A search of the files
 * found by a selecting filter before such an end (`find … | xargs grep -lZ … | xargs -r sed -i …`) finding nothing is
 * an ordinary outcome, which pipefail would turn into a failed build.
 */
export const EXPECTS_EMPTY_INPUT: Readonly<Record<string, readonly string[]>> = {
  xargs: ['-r', '--no-run-if-empty'],
};

/**
 * Members whose non-zero status is an ordinary outcome inside a pipe: `dpkg-query --search` exits 1 when a path
 * belongs to no package (a library under `/usr/local`), which docker-library's `ldd … | xargs -r dpkg-query --search
 * | cut -d: -f1 | sort -u | xargs -r apt-mark manual` expects; pipefail would turn that into a failed build.
 */
export const MISSES_FAIL: Readonly<Record<string, readonly string[]>> = {
  'dpkg-query': ['-S', '--search'],
  dpkg: ['-S', '--search'],
};

/**
 * Commands that work on the files of the folder they run in and fail when it lacks them: after `cd "$DIR"` with an
 * empty value (`cd` then goes to `$HOME`), they fail (`patch -p1 -i fix.patch`: no file to patch; `make`: no
 * makefile). `elsewhere`: the options that name another folder to work in, which the `cd` then does not matter to.
 */
export const NEEDS_FOLDER_FILES: Readonly<Record<string, { elsewhere: readonly string[] }>> = {
  patch: { elsewhere: ['-d', '--directory'] },
  make: { elsewhere: ['-C', '--directory', '-f', '--file', '--makefile'] },
};

/**
 * Options whose value is a folder the command fills when it extracts (`tar -x -C "$JAVA_HOME"`): after it succeeded,
 * the folder is there and so are the paths the archive put in it.
 */
export const FILLS_FOLDER: Readonly<Record<string, readonly string[]>> = {
  tar: ['-C', '--directory'],
};

/**
 * Options of a `./configure` script naming a folder that the `make install` after it installs into (`--libdir=DIR`,
 * `--prefix=DIR`): once that install succeeded, the folder is there.
 */
export const CONFIGURE_INSTALL_FOLDERS: readonly string[] = ['--prefix', '--libdir'];

/**
 * Where a `make install` puts programs when nothing names another prefix: `/usr/local/bin`, the default `PREFIX` of
 * the GNU coding standards, autoconf's `./configure` and hand-written Makefiles alike (Redis's `PREFIX?=/usr/local`).
 */
export const MAKE_INSTALL_BIN = '/usr/local/bin';

/**
 * What moves the programs a `make install` installs away from MAKE_INSTALL_BIN: a variable of the Makefile, given as
 * `make PREFIX=/opt/x install`, a prefix assignment (`DESTDIR=/stage make install`) or an ENV (a Makefile's
 * `PREFIX?=` takes it from the environment), or an option of the `./configure` or cmake before it
 * (`--prefix=/opt/x`, `-DCMAKE_INSTALL_PREFIX=/opt/x`).
 */
export const INSTALL_FOLDER_VARIABLES: readonly string[] = ['PREFIX', 'prefix', 'DESTDIR', 'BINDIR', 'bindir', 'INSTALL_BIN', 'exec_prefix'];
export const INSTALL_FOLDER_OPTIONS: readonly string[] = ['--prefix', '--exec-prefix', '--bindir', '-DCMAKE_INSTALL_PREFIX', '-DCMAKE_INSTALL_BINDIR'];

/**
 * Subcommands of the package managers of commands.ts that install the packages named by their operands: a pin to an
 * empty version (`torch==`, `pkg=`) is an invalid requirement they fail on (pip, uv, apt, apk, conda alike).
 */
export const INSTALL_SUBCOMMANDS: readonly string[] = ['install', 'add', 'pip install'];

/**
 * Subcommands that check out the ref their first operand names (`git checkout REL_$V`, `git switch`), failing on a name
 * no branch, tag or commit has ("pathspec 'REL_' did not match"); `creates`: options that make a new branch instead
 * (`-B name`, `--orphan`, switch's `-c`), which any name suits.
 */
export const CHECKS_OUT_REF: { tool: string; subcommands: readonly string[]; creates: readonly string[] } = { tool: 'git', subcommands: ['checkout', 'switch'], creates: ['-b', '-B', '--orphan', '-c', '-C', '--create', '--force-create'] };

/**
 * Parsers that read each document of their input whole before printing anything of it: jq (and gojq, jaq) parse a
 * whole JSON text before running the filter on it, so a download cut off midway leaves them an unfinished text, of which
 * they print nothing ("Unfinished JSON term at EOF"), and no input prints nothing. `printsOtherwise`: options under
 * which they print as they read (`--stream`, `--seq`, `-R` raw lines) or on no input (`-n`, `-s`: `[]`, `null`);
 * `programFile`: options that make every operand an input file (`-f prog.jq`).
 */
export const WHOLE_TEXT_PARSERS: Readonly<Record<string, { printsOtherwise: readonly string[]; programFile: readonly string[] }>> = Object.fromEntries(
  ['jq', 'gojq', 'jaq'].map((p) => [p, {
    printsOtherwise: ['--stream', '--stream-errors', '--seq', '-R', '--raw-input', '-n', '--null-input', '-s', '--slurp'],
    programFile: ['-f', '--from-file'],
  }]),
);

/** Interpreters that run a script read from stdin (`curl -sSL https://install.python-poetry.org | python3 -`). */
export const STDIN_INTERPRETERS = /^(python[0-9.]*|pypy[0-9.]*|perl|ruby|node|php)$/;

/**
 * Installers whose URL names something else than the programs they install: rustup's `sh.rustup.rs` installs `cargo`,
 * `rustc` and `rustup` (rust-lang.org/tools/install); `cpanmin.us` installs `cpanm`.
 */
export const INSTALLER_TOOLS: Readonly<Record<string, readonly string[]>> = {
  rustup: ['rustup', 'cargo', 'rustc'],
  // `curl -L https://cpanmin.us | perl - App::cpanminus` installs `cpanm` (metacpan.org/pod/App::cpanminus, "Installation").
  cpanmin: ['cpanm'],
};

/**
 * Words of an installer's URL that name a program the image may have before the installer runs, so that running it
 * later proves nothing: what an installer only upgrades (`curl https://bootstrap.pypa.io/get-pip.py | python3`:
 * Python images ship pip), coreutils' `install` (named by `install.sh`), and the downloaders and package managers
 * the image needed to fetch and install things at all.
 */
export const PRESENT_BEFORE_INSTALLER: ReadonlySet<string> = new Set(['pip', 'pip3', 'install', 'curl', 'wget', 'git', 'apt', 'apk', 'yum', 'dnf']);

/**
 * The programs of PRESENT_BEFORE_INSTALLER that get-pip.py installs: there before it only where the image has a pip.
 * A distribution's own image (`ubuntu`, `debian`, `alpine`) and NVIDIA's CUDA images have none; a stage has one once
 * a command names it (`apt-get install python3-pip`, `apk add py3-pip`, `pip install …`), runs `ensurepip`, makes a
 * virtual environment (`python3 -m venv`, `virtualenv`; the package `python3.12-venv` alone puts no pip on the PATH) or a conda installation (PIP_MAKERS: a word that is one of these or names pip), or copies files from
 * another image or stage, which may hold a Python with its pip.
 */
export const PIP_PROGRAMS: ReadonlySet<string> = new Set(['pip', 'pip3']);
export const PIP_MAKERS = /^(venv|virtualenv|ensurepip|conda|mamba|micromamba)$|(^|[^a-z])pip[0-9.]*([^a-z]|$)/i;

/**
 * `apt-get -s dist-upgrade`: a simulated upgrade of the installed packages (no package named) only reads the package
 * database and lists and prints what it would do; an image whose apt works has them, and with nothing to upgrade it
 * prints no `Inst` line and exits 0. Its options (apt-get(8): `-s`, `--simulate`, `--just-print`, `--dry-run`,
 * `--recon`, `--no-act`) and subcommands.
 */
export const SIMULATED_UPGRADE = {
  options: ['-s', '--simulate', '--just-print', '--dry-run', '--recon', '--no-act'],
  subcommands: ['upgrade', 'dist-upgrade', 'full-upgrade'],
} as const;

/**
 * Programs that read lines on stdin and fail on one whose first field (before `separator`) is empty: `echo
 * "${fpr}:6:" | gpg2 --import-ownertrust` exits 2 on `:6:` ("invalid fingerprint"), `echo "$SUM  f" | sha256sum -c`
 * exits 1 on `  f` (GNU: "no properly formatted checksum lines found"; BusyBox: a mismatch).
 */
export const REJECTS_EMPTY_FIRST_FIELD: readonly { programs: readonly string[]; options: readonly string[]; separator: string }[] = [
  { programs: ['gpg', 'gpg2'], options: ['--import-ownertrust'], separator: ':' },
  { programs: ['md5sum', 'sha1sum', 'sha224sum', 'sha256sum', 'sha384sum', 'sha512sum', 'b2sum'], options: ['-c', '--check'], separator: ' ' },
];
