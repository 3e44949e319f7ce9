import type { SimpleCommand } from '../shell/types.js';
/**
 * Python projects whose build reads the version from git: build backends and plugins that run `git describe` (or
 * read `.git`) when the package is built or installed, so a build from a copy without `.git` fails or gets a
 * placeholder version. setuptools-scm (setuptools-scm.readthedocs.io), versioningit (versioningit.readthedocs.io,
 * "vcs" step), hatch-vcs (github.com/ofek/hatch-vcs, built on setuptools-scm), poetry-dynamic-versioning and dunamai
 * (github.com/mtkennerly/dunamai: versions from VCS tags), pbr (docs.openstack.org/pbr: version from git tags),
 * versioneer (github.com/python-versioneer/python-versioneer: `git describe` when the package is built from a checkout,
 * `0+unknown` without `.git`; configured in setup.cfg's `[versioneer]` or pyproject's `[tool.versioneer]`).
 */
const GIT_VERSIONING = /\b(setuptools[_-]scm|versioningit|hatch[_-]vcs|poetry[_-]dynamic[_-]versioning|dunamai|pbr|versioneer)\b/i;

/** A `setup.py` that runs git itself (`subprocess.check_output(["git", "rev-parse", …])`, `os.system("git describe")`). */
const SETUP_RUNS_GIT = /\[\s*["']git["']\s*,|["']git\s+(rev-parse|describe|submodule|log|rev-list|status|show)\b/;

/**
 * A Maven build that reads `.git`: the git-commit-id plugin (`pl.project13.maven:git-commit-id-plugin`, renamed
 * `io.github.git-commit-id:git-commit-id-maven-plugin` in 5.0; github.com/git-commit-id/git-commit-id-maven-plugin)
 * reads the repository at build time to write `git.properties`. Named in the root `pom.xml`, in `<plugins>` or in the
 * `<pluginManagement>` its modules use (Apache Zeppelin's `zeppelin-interpreter`).
 */
const MAVEN_READS_GIT = /<artifactId>\s*git-commit-id(-maven)?-plugin\s*<\/artifactId>/;

/** git subcommands that read the repository, after git's own options (`git -c log.showSignature=false log -1`). */
const GIT_READ = String.raw`(?:\s+(?:-[cC]\s+\S+|--?[\w-]+(?:=\S+)?))*\s+(?:rev-parse|describe|log|rev-list|show|show-ref|status|submodule|diff-index|update-index|symbolic-ref|name-rev|branch|tag|ls-files|cat-file)\b`;

/**
 * Text that runs git to read the repository it stands in (`git describe --tags`, `git -c x=y rev-parse HEAD`): a
 * Makefile's `$(shell git …)` or recipe line. Not `git clone`, `git config` or `git apply`, which need no `.git` of the project's.
 */
export const RUNS_GIT_READ = new RegExp(String.raw`(?<![\w.-])git${GIT_READ}`);

/**
 * Go code that reads what `go build` stamps from the repository (Go 1.18 and later, `-buildvcs=auto`: the build
 * settings `vcs.revision`, `vcs.time`, `vcs.modified` of `debug.ReadBuildInfo`, pkg.go.dev/runtime/debug#BuildSetting),
 * stamped only when the module's folder is in a git checkout, so a copy without `.git` gets none.
 */
export const GO_READS_VCS_STAMP = /["`]vcs\.(?:revision|time|modified)["`]/;

/** `-buildvcs=false` given to `go build` or in GOFLAGS: nothing is stamped from git (Go's bool flags also take `0`, `f`). */
export const GO_BUILDVCS_OFF = /(?<![\w-])--?buildvcs=(?:false|0|f|F|FALSE|False)\b/;

/**
 * A CMake build that runs git on its sources when configured: `execute_process(COMMAND ${GIT_EXECUTABLE} log -1 …)`
 * after `find_package(Git)` (fluent-bit's FLB_GIT_HASH), `execute_process(COMMAND git describe …)`, the same in a
 * custom command or target, or the GetGitRevisionDescription module's `get_git_head_revision`/`git_describe`. Not git
 * run to fetch or patch something else (`git clone`, `git apply`), which needs no `.git` of the project's.
 */
const CMAKE_READS_GIT = [
  new RegExp(String.raw`\b(?:execute_process|add_custom_command|add_custom_target)\s*\([^)]*?\bCOMMAND\s+(?:"?\$\{GIT_EXECUTABLE\}"?|git)"?${GIT_READ}`, 'i'),
  /\b(?:get_git_head_revision|git_describe(?:_working_tree)?|git_get_exact_tag)\s*\(/i,
];

/** A Meson build that stamps the version from git: `vcs_tag()` (mesonbuild.com, "vcs_tag"), or `run_command('git', 'describe', …)`. */
const MESON_READS_GIT = [/\bvcs_tag\s*\(/, new RegExp(String.raw`\brun_command\s*\(\s*\[?\s*(?:['"]git['"]|git)\s*,\s*['"](?:rev-parse|describe|log|rev-list)['"]`)];

/**
 * A Gradle build with a plugin that reads `.git`: gradle-git-properties (`com.gorylenko.gradle-git-properties`,
 * Gradle's counterpart of Maven's git-commit-id), Palantir's `com.palantir.git-version`, grgit (`org.ajoberstar.grgit`).
 */
const GRADLE_READS_GIT = /\b(com\.gorylenko\.gradle-git-properties|gradle-git-properties|com\.palantir\.git-version|org\.ajoberstar\.grgit)\b/;

/**
 * A Cargo build script (`build.rs`) that runs git on the repository: `Command::new("git")` with a subcommand that
 * reads it (`.args(["describe", "--tags"])`, `.arg("rev-parse")`), as openobserve's src/config/build.rs does to set
 * GIT_VERSION and GIT_COMMIT_HASH. Not `git clone` of something else.
 */
export const CARGO_BUILD_SCRIPT_RUNS_GIT = [/\bCommand::new\(\s*"git"\s*\)/, /"(?:rev-parse|describe|log|rev-list|show|show-ref|status|submodule|diff-index|symbolic-ref|name-rev|ls-files)"/];

/**
 * Build dependencies with which a crate's build script reads the repository: vergen's git back ends (`vergen-gitcl`
 * runs the git command, `vergen-git2` and `vergen-gix` read `.git`; docs.rs/vergen-gitcl), shadow-rs (reads the
 * branch, tag and commit; docs.rs/shadow-rs), and git2 or gix used directly.
 */
export const CARGO_GIT_BUILD_DEPENDENCIES = new Set(['vergen-gitcl', 'vergen-git2', 'vergen-gix', 'shadow-rs', 'git2', 'gix']);

/**
 * How a build dependency's entry (its Cargo.toml text) shows that it reads git through a feature: vergen before 9
 * with its `git`, `gitcl`, `git2` or `gix` feature, and built with `git2` (docs.rs/built: GIT_VERSION, GIT_COMMIT_HASH).
 */
export const CARGO_GIT_FEATURES: ReadonlyMap<string, RegExp> = new Map([
  ['vergen', /["'](?:git|gitcl|git2|gix)["']/],
  ['built', /["']git2["']/],
]);

/**
 * vergen 7 and earlier read git by default (its default features include `git`); vergen 8 has no default features.
 * A version requirement below 8 (`"7.5"`, `"^5"`, `"~7.4.2"`) without `default-features = false`.
 */
export const VERGEN_DEFAULT_GIT = /(?:\bversion\s*=\s*|^\s*)["'][\^~=]?\s*[0-7](?!\d)/;

/**
 * Procedural macros that run git when the crate compiles: git-version's `git_version!()` (`git describe`;
 * docs.rs/git-version) and git-testament's `git_testament!` (docs.rs/git-testament). Regular dependencies.
 */
export const CARGO_GIT_MACROS = new Set(['git-version', 'git-testament']);

/** The files of a project's root that name its build backend and plugins, and how each shows that the build reads git. */
const PROJECT_FILES: readonly { name: string; readsGit: RegExp[] }[] = [
  { name: 'pyproject.toml', readsGit: [GIT_VERSIONING] },
  { name: 'setup.cfg', readsGit: [GIT_VERSIONING] },
  { name: 'setup.py', readsGit: [GIT_VERSIONING, SETUP_RUNS_GIT] },
  { name: 'pom.xml', readsGit: [MAVEN_READS_GIT] },
  { name: 'CMakeLists.txt', readsGit: CMAKE_READS_GIT },
  { name: 'meson.build', readsGit: MESON_READS_GIT },
  { name: 'build.gradle', readsGit: [GRADLE_READS_GIT] },
  { name: 'build.gradle.kts', readsGit: [GRADLE_READS_GIT] },
];

/**
 * The project at `dir` of the context (`read` gives a file's text) needs `.git` to build: it versions from git, its
 * setup.py runs git, or its Maven, Gradle, CMake or Meson build reads git.
 */
export function projectBuildReadsGit(read: (relPath: string) => string | null, dir = ''): boolean {
  const prefix = dir ? `${dir.replace(/\/+$/, '')}/` : '';
  return PROJECT_FILES.some(({ name, readsGit }) => {
    const text = read(`${prefix}${name}`);
    return text !== null && readsGit.some((r) => r.test(text));
  });
}

/**
 * pre-commit's subcommands that run outside a git repository (pre-commit/main.py's COMMANDS_NO_GIT); every other one
 * (`install`, which writes `.git/hooks/pre-commit`, `install-hooks`, `run`, `autoupdate`) first looks for the
 * repository's root and fails without it ("git failed. Is it installed, and are you in a Git repository directory?").
 */
const PRE_COMMIT_WITHOUT_GIT = new Set(['clean', 'gc', 'hazmat', 'init-templatedir', 'sample-config', 'validate-config', 'validate-manifest', 'help']);

/**
 * A command that needs the git repository of the folder it runs in, other than git itself: pre-commit (its bare form
 * is `pre-commit run`), not for its version or help.
 */
export function needsGitRepository(command: SimpleCommand): boolean {
  if (command.name?.split('/').pop() !== 'pre-commit') return false;
  const sub = command.args[0]?.value;
  if (sub === undefined) return true;
  return !sub.startsWith('-') && !PRE_COMMIT_WITHOUT_GIT.has(sub);
}
