/**
 * Python projects whose build reads the version from git: build backends and plugins that run `git describe` (or
 * read `.git`) when the package is built or installed, so a build from a copy without `.git` fails or gets a
 * placeholder version. setuptools-scm (setuptools-scm.readthedocs.io), versioningit (versioningit.readthedocs.io,
 * "vcs" step), hatch-vcs (github.com/ofek/hatch-vcs, built on setuptools-scm), poetry-dynamic-versioning and dunamai
 * (github.com/mtkennerly/dunamai: versions from VCS tags), pbr (docs.openstack.org/pbr: version from git tags).
 */
const GIT_VERSIONING = /\b(setuptools[_-]scm|versioningit|hatch[_-]vcs|poetry[_-]dynamic[_-]versioning|dunamai|pbr)\b/i;

/** A `setup.py` that runs git itself (`subprocess.check_output(["git", "rev-parse", …])`, `os.system("git describe")`). */
const SETUP_RUNS_GIT = /\[\s*["']git["']\s*,|["']git\s+(rev-parse|describe|submodule|log|rev-list|status|show)\b/;

/**
 * A Maven build that reads `.git`: the git-commit-id plugin (`pl.project13.maven:git-commit-id-plugin`, renamed
 * `io.github.git-commit-id:git-commit-id-maven-plugin` in 5.0; github.com/git-commit-id/git-commit-id-maven-plugin)
 * reads the repository at build time to write `git.properties`. Named in the root `pom.xml`, in `<plugins>` or in the
 * `<pluginManagement>` its modules use (Apache Zeppelin's `zeppelin-interpreter`).
 */
const MAVEN_READS_GIT = /<artifactId>\s*git-commit-id(-maven)?-plugin\s*<\/artifactId>/;

/** The files of a project's root that name its build backend and plugins, and how each shows that the build reads git. */
const PROJECT_FILES: readonly { name: string; readsGit: RegExp[] }[] = [
  { name: 'pyproject.toml', readsGit: [GIT_VERSIONING] },
  { name: 'setup.cfg', readsGit: [GIT_VERSIONING] },
  { name: 'setup.py', readsGit: [GIT_VERSIONING, SETUP_RUNS_GIT] },
  { name: 'pom.xml', readsGit: [MAVEN_READS_GIT] },
];

/** The project at `dir` of the context (`read` gives a file's text) needs `.git` to build: it versions from git, its setup.py runs git, or its Maven build reads git. */
export function projectBuildReadsGit(read: (relPath: string) => string | null, dir = ''): boolean {
  const prefix = dir ? `${dir.replace(/\/+$/, '')}/` : '';
  return PROJECT_FILES.some(({ name, readsGit }) => {
    const text = read(`${prefix}${name}`);
    return text !== null && readsGit.some((r) => r.test(text));
  });
}
