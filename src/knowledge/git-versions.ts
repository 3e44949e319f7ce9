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

/** The files of a Python project's root that name its build backend and plugins. */
const PROJECT_FILES = ['pyproject.toml', 'setup.cfg', 'setup.py'] as const;

/** The Python project at `dir` of the context (`read` gives a file's text) needs `.git` to build: it versions from git, or its setup.py runs git. */
export function projectBuildReadsGit(read: (relPath: string) => string | null, dir = ''): boolean {
  const prefix = dir ? `${dir.replace(/\/+$/, '')}/` : '';
  return PROJECT_FILES.some((name) => {
    const text = read(`${prefix}${name}`);
    return text !== null && (GIT_VERSIONING.test(text) || (name === 'setup.py' && SETUP_RUNS_GIT.test(text)));
  });
}
