import { displayPath, installedBy, unpinnedRequirements, type UnpinnedEntry } from '../src/context/dependency-files.js';
import { listPackages } from '../src/shell/unpinned.js';
import { contextLooksRight } from '../src/context/scan.js';
import { defineRule } from '../src/rule.js';
import { INTERACTIVE_DEV_IMAGES, isInteractiveDevImage, isSampleDockerfile, SAMPLE_FILES } from '../src/knowledge/file-purpose.js';

export default defineRule({
  meta: {
    id: 'requirements-pin-versions',
    category: 'pinning',
    severity: 'warning',
    preset: 'recommended',
    description: 'A requirements file installed with `pip install -r` holds a requirement without an exact `==` pin.',
    docs: {
      why:
        '`pip install -r requirements.txt` installs whatever versions satisfy the file on the day of the build. With `torch>=2.0` or a bare `numpy` two builds of the same commit get different libraries, and a new release can break the image without any change on your side. The rule follows `COPY`/`ADD` (and `RUN --mount=type=bind`) from the build context to the file that the `RUN` installs, reads it with its `-r`/`-c` includes, and reports the requirements that are not pinned with `==` / `===`, a hash (`--hash=`), or a direct reference to an archive or a VCS commit: one finding per file an install reads, at its first such requirement, naming them, each one a related location. A file that the project\'s Python packaging reads as the library\'s dependencies, found in the file\'s folder or a folder above it up to the project\'s root (a `setup.py` naming it: `open("requirements.txt")` for `install_requires`, or a glob over its folder such as great_expectations\' `f"{requirements_dir}/*.txt"` for the extras; the files of `pyproject.toml`\'s `[tool.setuptools.dynamic]`, `dependencies = {file = ["requirements.txt"]}` and `optional-dependencies`, or of Hatch\'s `requirements_txt` hook; a `file:` directive in `setup.cfg`) takes no exact pins: they would pin every user\'s install of the library. The image pins it with a constraints file instead (`pip install -c constraints.txt -r requirements.txt`), which the message asks for; an install that takes a constraints file (`-c`, also from a requirements file it reads, or `PIP_CONSTRAINT`) is not reported for such a file, whatever names the constraints pin: the project chose there which of the library\'s ranges the image fixes. A requirements file the packaging does not read, and that of an application without packaging, is reported as any other; where it still states the versions a library supports (read by its CI), the pins can live in a constraints file too. A name pinned by a constraints file (`-c`, `PIP_CONSTRAINT`) counts as pinned, and so does the `pip:` section of a conda environment file. A requirement whose environment marker is false where it is installed is skipped, as pip skips it: `pkg~=9.0; python_version >= \'3.11\'` on `python:3.10` (the Python version from an official `python:X.Y` base image, unless the command names another interpreter or the stage sets up conda or pyenv; `sys_platform`, `platform_system` and `os_name` from Linux or Windows; `platform_machine` from a literal `FROM --platform`); a marker on anything else is taken as true. Nor is the project\'s own package (`deepsparse[transformers]>=1.5.2` in an example of deepsparse), found as pip-pin-versions finds it: an image that installs it follows the project\'s own releases, which the project versions itself. It needs the build context: the Dockerfile\'s folder by default, or `--context DIR`. Generate the pins with `pip-compile`, `uv pip compile` or `pip freeze`. Not reported in an interactive development environment (' + INTERACTIVE_DEV_IMAGES + '): each developer rebuilds it, nothing ships from it, and a pin only makes it break sooner.' + ' ' + SAMPLE_FILES,
      bad: '# requirements.txt\nfastapi>=0.110\ntorch\n\n# Dockerfile\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt',
      good: '# requirements.txt (uv pip compile requirements.in -o requirements.txt)\nfastapi==0.115.6\ntorch==2.5.1\n\n# Dockerfile\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt',
    },
    fixable: false,
    covers: [],
  },
  check({ model, buildContext, report }) {
    if (isInteractiveDevImage(model) || isSampleDockerfile(model.path, buildContext?.repositoryOwner() ?? null)) return;
    if (!buildContext || !contextLooksRight(model, buildContext)) return;
    // One finding per installed file, at its first unpinned requirement, each of them a related location.
    const byFile = new Map<string, UnpinnedEntry[]>();
    for (const entry of unpinnedRequirements(model, buildContext)) {
      const key = `${entry.install.instruction.range.start.line}\0${entry.file}`;
      byFile.set(key, [...(byFile.get(key) ?? []), entry]);
    }
    for (const entries of byFile.values()) {
      const [first] = entries as [UnpinnedEntry, ...UnpinnedEntry[]];
      const file = displayPath(model.path, buildContext, first.file);
      const installer = installedBy(model, first);
      // The same advice for one requirement as for several: pins in the file, or a constraints file beside it; only the
      // constraints file for a library's dependency declarations, where exact pins would pin every user's install.
      const advice = (them: string): string =>
        first.library !== null
          ? `the file declares the package's dependencies (${first.library} reads it), where exact pins would pin every install of the package: install it with a constraints file of exact pins instead (\`-c constraints.txt\`, e.g. generated with \`pip-compile\` or \`uv pip compile\`)`
          : `pin ${them} with \`==\` (e.g. generate the file with \`pip-compile\` or \`uv pip compile\`), or, where the file also states the versions a library supports, install it with a constraints file of exact pins (\`-c constraints.txt\`)`;
      report({
        file,
        range: first.range,
        message:
          entries.length === 1
            ? `Requirement \`${first.text}\` in ${first.file} is not pinned to an exact version (installed by ${installer}); ${advice('it')}.`
            : `${entries.length} requirements in ${first.file} are not pinned to an exact version: ${listPackages(entries.map((e) => e.text))} (installed by ${installer}); ${advice('them')}.`,
        related: [
          { range: first.install.instruction.range, message: `the RUN that installs ${first.file}` },
          ...(entries.length > 1 ? entries.map((e) => ({ file, range: e.range, message: `\`${e.text}\` is not pinned to an exact version` })) : []),
        ],
      });
    }
  },
});
