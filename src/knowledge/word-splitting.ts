/**
 * When the shell's word splitting of an unquoted `$X` or `$(…)` is harmless or meant, as data for the shellcheck
 * rule's SC2086/SC2046 policy (src/shellcheck/splitting.ts), and the commands whose failure SC2155 cannot mask. POSIX sh has no arrays: a list of packages or options
 * is held in one variable and expanded unquoted on purpose; quoting it would pass the whole list as one word.
 */

/** Commands whose operands are names that never hold a blank: a list expanded there is split on purpose. */
export interface ListCommand {
  /** The tool id in src/knowledge/commands.ts, whose canonical subcommands `subcommands` names. */
  tool?: string;
  /** Programs without a grammar; `subcommands` then names their first operand. */
  programs?: readonly string[];
  /** Subcommands whose operands are the list; absent: every operand. */
  subcommands?: readonly string[];
  why: string;
}

export const LIST_COMMANDS: readonly ListCommand[] = [
  { tool: 'apt', subcommands: ['install', 'remove', 'purge', 'build-dep', 'source', 'download', 'markauto', 'unmarkauto'], why: 'Debian package names hold no blank.' },
  { programs: ['apt-mark'], subcommands: ['manual', 'auto', 'hold', 'unhold', 'minimize-manual'], why: 'the docker-library idiom `apt-mark manual $savedAptMark` re-marks a saved package list.' },
  { programs: ['dpkg'], why: 'package names and `.deb` files (`dpkg --purge $pkgs`).' },
  { tool: 'apk', subcommands: ['add', 'del', 'fix', 'info', 'fetch'], why: 'Alpine package names hold no blank (`apk add $runDeps`).' },
  { tool: 'rpm', subcommands: ['install', 'remove', 'erase', 'reinstall', 'upgrade', 'update', 'downgrade', 'localinstall', 'group install', 'module install', 'module enable', 'builddep'], why: 'RPM package names hold no blank.' },
  { tool: 'zypper', subcommands: ['install', 'remove'], why: 'RPM package names hold no blank.' },
  { tool: 'pip', subcommands: ['install', 'uninstall', 'download', 'wheel'], why: 'requirement specifiers hold no blank.' },
  { tool: 'uv', subcommands: ['pip install', 'pip uninstall', 'add', 'remove', 'tool install'], why: 'requirement specifiers hold no blank.' },
  { tool: 'conda', subcommands: ['install', 'create', 'remove', 'uninstall', 'update'], why: 'conda package specs hold no blank.' },
  { tool: 'npm', subcommands: ['install', 'uninstall'], why: 'npm package specs hold no blank.' },
  { tool: 'yarn', subcommands: ['add', 'global add', 'remove'], why: 'npm package specs hold no blank.' },
  { tool: 'pnpm', subcommands: ['add', 'install', 'remove'], why: 'npm package specs hold no blank.' },
  { tool: 'gem', subcommands: ['install', 'uninstall'], why: 'gem names hold no blank.' },
  { tool: 'go', subcommands: ['install', 'get', 'build', 'test', 'vet'], why: 'Go package paths hold no blank.' },
  { programs: ['docker-php-ext-install', 'docker-php-ext-enable', 'pecl'], why: 'PHP extension names hold no blank (the php image\'s helpers).' },
  { programs: ['cpanm'], why: 'Perl module names hold no blank.' },
];

/**
 * Parts of a variable's name (split at `_`) that say it holds a list of options or names: expanded unquoted as
 * arguments, it is split on purpose (`bazel build $BAZEL_OPTIONS`, `./configure $CONFIG_ARGS`).
 */
export const LIST_NAME_PARTS: Readonly<Record<string, string>> = {
  OPT: 'options', OPTS: 'options', OPTION: 'options', OPTIONS: 'options', FLAG: 'flags', FLAGS: 'flags',
  ARG: 'arguments', ARGS: 'arguments', PARAMS: 'parameters', EXTRA: 'extra arguments',
  DEPS: 'dependencies', PACKAGES: 'packages', PKGS: 'packages',
};

/**
 * Parts of a variable's name that say it holds one word, whatever value a build gives it: versions, releases, tags,
 * commits, git refs and architectures never hold a blank (`pip install pkg==$VERSION` with `ARG VERSION`).
 */
export const ONE_WORD_NAME_PARTS: Readonly<Record<string, string>> = {
  VERSION: 'a version', VER: 'a version', RELEASE: 'a release', REVISION: 'a revision', TAG: 'a tag', SHA: 'a digest',
  SHA256: 'a digest', COMMIT: 'a commit', REF: 'a git ref', BRANCH: 'a git branch', ARCH: 'an architecture',
};

/** The name parts of LIST_NAME_PARTS that say options (the command reader treats such words as hidden options). */
export const OPTION_NAME_PARTS: ReadonlySet<string> = new Set(['OPT', 'OPTS', 'OPTION', 'OPTIONS', 'FLAG', 'FLAGS', 'ARG', 'ARGS', 'PARAMS', 'EXTRA']);

/** Commands whose output is one word without blanks or glob characters, so `$(cmd)` cannot split. */
export interface OneWordOutput {
  programs: readonly string[];
  /** The command must have exactly one option, one of these (`uname -m`, not `uname -a`), beside those of `with`; absent: any. */
  oneOf?: readonly string[];
  /** Options it must also have, one of these (`lsb_release -cs`). */
  with?: readonly string[];
  why: string;
}

export const ONE_WORD_OUTPUTS: readonly OneWordOutput[] = [
  { programs: ['nproc'], why: 'a count of processors.' },
  { programs: ['getconf'], why: 'one configuration value (`_NPROCESSORS_ONLN`).' },
  { programs: ['id'], oneOf: ['-u', '-g', '--user', '--group'], why: 'one user or group id.' },
  { programs: ['whoami', 'arch'], why: 'a user name, a machine name.' },
  { programs: ['uname'], oneOf: ['-m', '-r', '-s', '-p', '-i', '-o', '-n', '--machine', '--kernel-release', '--kernel-name', '--processor', '--hardware-platform', '--operating-system', '--nodename'], why: 'one field of the system\'s name.' },
  { programs: ['dpkg'], oneOf: ['--print-architecture'], why: 'a Debian architecture name.' },
  { programs: ['dpkg-architecture'], oneOf: ['-q', '--query'], why: 'one architecture variable.' },
  { programs: ['apk'], oneOf: ['--print-arch'], why: 'an Alpine architecture name.' },
  { programs: ['lsb_release'], oneOf: ['-c', '-r', '-i', '--codename', '--release', '--id'], with: ['-s', '--short'], why: 'a distribution codename, release or id.' },
  { programs: ['which'], why: 'the path of a program on PATH, whose folders hold no blank in an image.' },
  { programs: ['mktemp'], why: 'a path under /tmp, made of the template\'s characters.' },
];

/**
 * Filters that keep one word one word when their own arguments hold no blank (`echo $V | cut -d. -f1,2 | tr . -`):
 * they only cut, delete, replace characters by others from their arguments, or pick lines.
 */
export const ONE_WORD_FILTERS: ReadonlySet<string> = new Set(['cut', 'tr', 'sed', 'head', 'tail', 'sort', 'uniq', 'rev']);

/**
 * Programs that do not fail in a build (they read the system or make a temporary name): `export X="$(mktemp -d)"`
 * masks no failure worth a separate assignment (SC2155).
 */
export const NEVER_FAILS: Readonly<Record<string, string>> = {
  mktemp: 'makes a name under /tmp', nproc: 'counts processors', uname: 'reads the kernel name', arch: 'reads the machine name',
  whoami: 'reads the current user', pwd: 'reads the current folder', date: 'reads the clock', getconf: 'reads a system value',
};

/** Programs that print nothing: a substitution's value comes from its other commands (`$(test … && echo --x)`). */
export const SILENT_PROGRAMS: ReadonlySet<string> = new Set(['test', '[', '[[', 'true', 'false', ':']);
