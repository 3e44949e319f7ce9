import { SETUP_SCRIPTS_UPDATING_LISTS } from './apt-subcommands.js';

/**
 * Package managers whose install reads the package index an earlier `update` downloaded and never refreshes it on
 * its own: run in a later RUN, the install uses whatever index the update layer holds, and Docker reuses that layer
 * from its cache for as long as the instruction is unchanged (Docker's best-practices guide: "Always combine
 * RUN apt-get update with apt-get install in the same RUN statement"). dnf and yum are left out: they refresh
 * metadata older than `metadata_expire` (48 hours by default in dnf) by themselves before installing.
 */
export interface PackageIndex {
  /** The tool id of the invocation grammar (src/knowledge/commands.ts). */
  tool: string;
  /** Subcommands that download the index. */
  updates: readonly string[];
  /** Subcommands that install from it. */
  installs: readonly string[];
  /** Options of the install that fetch a fresh index themselves (`apk add --no-cache`, `-U`). */
  refreshing: readonly string[];
  /** Where the index lives: a RUN that deletes it, or a cache mount on it, leaves no stale index in a layer. */
  dirs: readonly string[];
  /** Other commands that download the index as they finish, unless given one of the `unless` options. */
  refreshedBy: readonly { command: string; unless: readonly string[] }[];
  /** Vendors' setup scripts, piped into a shell, that update the index themselves after adding their repository. */
  setupScripts: readonly RegExp[];
  /** How to write the update and install as one step. */
  together: string;
}

export const PACKAGE_INDEXES: readonly PackageIndex[] = [
  {
    tool: 'apt',
    updates: ['update'],
    installs: ['install'],
    refreshing: [],
    dirs: ['/var/lib/apt'],
    // Ubuntu's add-apt-repository (18.04 and later) runs `apt update` after adding the source unless told not to.
    refreshedBy: [{ command: 'add-apt-repository', unless: ['-n', '--no-update'] }],
    setupScripts: SETUP_SCRIPTS_UPDATING_LISTS,
    together: '`apt-get update && apt-get install …` in the same RUN',
  },
  {
    tool: 'apk',
    updates: ['update'],
    installs: ['add'],
    refreshing: ['--no-cache', '-U', '--update-cache'],
    dirs: ['/var/cache/apk', '/etc/apk/cache'],
    refreshedBy: [],
    setupScripts: [],
    together: '`apk add --no-cache …`, which fetches a fresh index',
  },
];

/**
 * Environment files of hermetic-build prefetchers, sourced before an install (`RUN source /tmp/hermeto.env && pip
 * install …`): they set `PIP_NO_INDEX=true` and point `PIP_FIND_LINKS` at the packages prefetched from hash-locked
 * requirement files, so pip reads no index and a version range resolves only to the one prefetched release. The
 * prefetch holds source archives unless told to allow wheels, which pip builds into wheels it keeps in its cache.
 */
export const PREFETCH_ENV_FILES: readonly { file: string; source: string }[] = [
  { file: 'hermeto.env', source: 'https://github.com/hermetoproject/hermeto/blob/main/docs/pip.md ("Hermeto generates PIP_FIND_LINKS and PIP_NO_INDEX for you"; `"allow_binary": "false"`, sdists only, is the default)' },
  // Hermeto's former name; Konflux builds source `/cachi2/cachi2.env`.
  { file: 'cachi2.env', source: 'https://github.com/containerbuildsystem/cachi2/blob/main/docs/pip.md' },
];

/**
 * Python package indexes that hold nightly builds, recognised by a `nightly` word in their URL: PyTorch's
 * `https://download.pytorch.org/whl/nightly/cu126` (https://pytorch.org/get-started/locally/, "Preview (Nightly)"),
 * ONNX Runtime's Azure DevOps feeds `…/_packaging/ORT-Nightly/pypi/simple/` and `…/_packaging/ort-cuda-13-nightly/…`
 * (https://onnxruntime.ai/docs/install/, "Install nightly"). An image installing from one follows the nightly build
 * on purpose, and old nightlies leave the index, so a pin would break the build. Their builds are pre-releases
 * (`2.10.0.dev20250801`), which pip takes unasked when the index holds nothing else for the package
 * (https://packaging.pypa.io/en/stable/specifiers.html, `SpecifierSet.filter`: prereleases are allowed when "the only
 * versions available are prereleases"): `--index-url` on such an index needs no `--pre`.
 */
export const NIGHTLY_PYTHON_INDEX = /nightly/i;
