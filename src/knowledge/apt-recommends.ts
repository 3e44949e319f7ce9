import { APT_BASE, APT_GRAPH, APT_RELEASE_BASE, APT_RELEASES } from './generated/apt-dependencies.js';
import { releaseWordDistribution } from './floating-tags.js';
/**
 * Debian and Ubuntu packages that recommend nothing, nor do the packages they depend on (read from the control
 * fields of Debian bookworm and trixie and Ubuntu 22.04/24.04: packages.debian.org, packages.ubuntu.com; `Suggests`
 * is never installed by default): installing only these, `--no-install-recommends` changes nothing. A package that
 * pulls a library recommending something (`curl` through `libcurl4`'s `ca-certificates`, `libldap`'s
 * `libldap-common`) is not here.
 */
export const WITHOUT_RECOMMENDS: ReadonlySet<string> = new Set([
  // tzdata: Depends debconf. xz-utils: liblzma5, libc6. unzip: libbz2-1.0, libc6. (zip recommends unzip: not here.)
  'tzdata', 'xz-utils', 'unzip', 'bzip2',
  // netcat-openbsd: libbsd0, libc6. ca-certificates: openssl, debconf (openssl only suggests ca-certificates).
  'netcat-openbsd', 'ca-certificates',
  // Process helpers: tini, dumb-init and gosu depend on libc6 at most.
  'tini', 'dumb-init', 'gosu',
  // Build tools. make: Depends libc6, Suggests make-doc. patch: libc6, Suggests ed, diffutils-doc. m4: libc6,
  // Suggests m4-doc. ninja-build: libc6, libstdc++6, Suggests python3 (bookworm's index, packages.debian.org).
  'make', 'patch', 'm4', 'ninja-build',
  // Read from Debian bookworm's index (apt-cache show): rsync depends on libacl1, liblz4-1, libpopt0, libssl3,
  // libxxhash0, libzstd1, zlib1g and libc6, none recommending anything; jq on libjq1 (libonig5); apt-utils on apt,
  // libapt-pkg6.0 (recommends apt, in every base), libdb5.3, libgcc-s1, libstdc++6.
  'rsync', 'jq', 'libjq1', 'libonig5', 'apt-utils',
  // Also bookworm's index: sudo depends on libaudit1, libpam0g, libselinux1, zlib1g and libpam-modules (in every
  // base); binutils on binutils-common, libbinutils and binutils-<arch> (libctf0, libctf-nobfd0, libgprofng0,
  // libjansson4, libsframe1); libgomp1 on gcc-12-base and libc6; liblttng-ust1 on liblttng-ust-common1,
  // liblttng-ust-ctl5 and libnuma1. None recommends anything.
  'sudo', 'binutils', 'binutils-common', 'libbinutils', 'libgomp1', 'liblttng-ust1', 'liblttng-ust-common1', 'liblttng-ust-ctl5',
  // Read from Debian bookworm's index (apt-cache show): libxcb-cursor0 (Qt's xcb plugin) pulls only libxcb libraries,
  // libxau6, libxdmcp6, libbsd0 and libmd0, none recommending anything; numactl: libnuma1, libc6. locales: libc-bin
  // (recommends manpages) and debconf (apt-utils, debconf-i18n), both in every Debian and Ubuntu base image already, so
  // their recommends are not installed.
  'libxcb-cursor0', 'numactl', 'libnuma1', 'locales',
  // libaio-dev: libaio1 (bookworm's index); libaio1: libc6. Not libnuma-dev: its libc6-dev pulls libc-dev-bin, which
  // recommends manpages and libc-devtools.
  'libaio-dev', 'libaio1',
  // LLVM's OpenMP runtime (bookworm's index, apt-cache show): libomp5 (llvm-defaults) depends on libomp5-14 alone;
  // libomp5-13 and libomp5-14 on libc6; libomp5-15 and -16 on libllvm15/16, whose libraries (libxml2, libz3-4,
  // libedit2, libicu72…) recommend nothing.
  'libomp5', 'libomp5-13', 'libomp5-14', 'libomp5-15', 'libomp5-16',
  // The libb64 Base64 library (bookworm's index): libb64-dev depends on libb64-0d alone, libb64-0d on libc6.
  'libb64-dev', 'libb64-0d',
  // Protocol Buffers' runtime library: bookworm's libprotobuf32 (apt-cache show) depends on libc6, libgcc-s1,
  // libstdc++6 and zlib1g and recommends nothing; libprotobuf23 (bullseye, Ubuntu 22.04) is the same library package of
  // protobuf 3.12, whose control gives it only its shared libraries' Depends (not in an index on hand: read by analogy).
  'libprotobuf23', 'libprotobuf32',
  // python-is-python3 (bookworm's index): Depends python3 alone, no Recommends. python3's interpreter (python3.11)
  // recommends ca-certificates, which apt adds only where it installs python3 with it: the package names `python` for a
  // python3 already there, and an install naming python3 too is still reported for it.
  'python-is-python3',
  // Fonts for headless Java and Python imaging (bookworm's index, apt-cache show, closure read to its leaves):
  // fontconfig depends on libfontconfig1, libfreetype6 and fontconfig-config (fonts-dejavu-core | …); libfreetype6 on
  // libbrotli1, libpng16-16 and zlib1g; fonts-dejavu on fonts-dejavu-core and fonts-dejavu-extra. Only libc6 and
  // debconf on the way recommend anything, and both are in every base image. tar and gzip are Essential (in every base):
  // they depend on libacl1, libselinux1, dpkg and libc6 and only suggest.
  'fontconfig', 'fontconfig-config', 'libfontconfig1', 'libfreetype6', 'libpng16-16', 'libbrotli1',
  'fonts-dejavu', 'fonts-dejavu-core', 'fonts-dejavu-extra', 'tar', 'gzip',
  // kubectl is one static Go binary. pkgs.k8s.io builds its package from kubernetes/release's kubectl.spec
  // (cmd/krel/templates/latest), which has no Requires or Recommends, and metadata.yaml there gives kubectl no
  // dependencies; Debian's own kubectl (trixie, sid: packages.debian.org) depends on libc6 alone.
  'kubectl',
  // Read from Debian bookworm's index (apt-cache show, closure of Depends): libsystemd-dev depends on libsystemd0
  // alone; libsystemd0 on libc6, libcap2, libgcrypt20, liblz4-1, liblzma5 and libzstd1, of which only libgcrypt20's
  // libgpg-error0 recommends anything (libgpg-error-l10n), and apt's own libapt-pkg6.0 depends on libsystemd0 and
  // libgcrypt20, so they are in every base and their recommends are not added. openssl: libssl3, libc6. NSIS's nsis:
  // nsis-common (no Depends), libgcc-s1, libstdc++6 (gcc-12-base), zlib1g, libc6.
  'libsystemd-dev', 'libsystemd0', 'openssl', 'libssl3', 'nsis', 'nsis-common', 'libstdc++6', 'libgcc-s1', 'zlib1g',
  // Also bookworm's index, closure of Depends read to its leaves: zstd (libzstd1, liblz4-1, liblzma5, zlib1g);
  // libsndfile1 (libflac12, libogg0, libvorbis0a, libvorbisenc2, libopus0, libmp3lame0, libmpg123-0); swig (swig4.0:
  // libpcre2-8-0, libstdc++6). None recommends anything; they only suggest.
  'zstd', 'libzstd1', 'libsndfile1', 'swig', 'swig4.0',
  // Also bookworm's index, closure of Depends: sed is Essential (in every base; libacl1, libselinux1); file depends on
  // libmagic1, which depends on libmagic-mgc, libbz2-1.0, liblzma5 and zlib1g; libseccomp-dev on libseccomp2 (in every
  // base: apt's libapt-pkg depends on it). Ubuntu's `netcat` (20.04, 22.04: packages.ubuntu.com) is a transitional
  // package depending on netcat-openbsd alone; on bookworm the name is virtual, provided by netcat-openbsd and
  // netcat-traditional, neither recommending anything.
  'sed', 'file', 'libmagic1', 'libmagic-mgc', 'libseccomp-dev', 'libseccomp2', 'netcat',
  // Also bookworm's index, closure of Depends: fonts-noto-core and fonts-noto-cjk depend on nothing (Ubuntu 22.04 and
  // 24.04 ship the same fonts-noto packages); unixodbc-dev on libodbc2, libodbccr2, libodbcinst2, unixodbc-common and
  // libltdl7; ripgrep, libfuse2, bash-completion and libbtrfs-dev (libbtrfs0) on libc6 and libraries in every base.
  'fonts-noto-core', 'fonts-noto-cjk', 'unixodbc-dev', 'libodbc2', 'libodbccr2', 'libodbcinst2', 'unixodbc-common', 'libltdl7',
  'ripgrep', 'libfuse2', 'bash-completion', 'libbtrfs-dev', 'libbtrfs0',
]);

/** A relation of the generated graph, with the releases that have it (null: every release that has the package). */
interface Tagged<T> {
  to: T;
  releases: readonly string[] | null;
}

/** A package of the generated graph: the releases that have it, what it depends on and its Recommends groups. */
interface AptPackage {
  releases: readonly string[] | null;
  depends: readonly Tagged<string>[];
  recommends: readonly Tagged<readonly string[]>[];
}

const BASE: ReadonlySet<string> = new Set(APT_BASE);
const RELEASE_BASE = new Map(Object.entries(APT_RELEASE_BASE).map(([release, names]) => [release, new Set(names)]));

/** In the base image of `release`: every release's, or one only its own has (a renamed library). */
function inBase(name: string, release: string): boolean {
  return BASE.has(name) || (RELEASE_BASE.get(release)?.has(name) ?? false);
}
let graph: Map<string, AptPackage> | null = null;

/** `name@jammy,noble` → the name and its releases. */
function tagged(word: string): Tagged<string> {
  const at = word.indexOf('@');
  return at < 0 ? { to: word, releases: null } : { to: word.slice(0, at), releases: word.slice(at + 1).split(',') };
}

/** Parsed on first use: most runs report no install. */
function aptGraph(): Map<string, AptPackage> {
  if (graph) return graph;
  graph = new Map();
  for (const line of APT_GRAPH.split('\n')) {
    const colon = line.indexOf(':');
    const [depends = '', recommends = ''] = line.slice(colon + 1).split(' | ');
    const name = tagged(line.slice(0, colon));
    graph.set(name.to, {
      releases: name.releases,
      depends: depends.split(' ').filter(Boolean).map(tagged),
      recommends: recommends.split(' ').filter(Boolean).map((group) => {
        const t = tagged(group);
        return { to: t.to.split('/'), releases: t.releases };
      }),
    });
  }
  return graph;
}

/**
 * The relations of `pkg` in `release`: those of that release where the graph read it there; all of them where the
 * release lacks the package (a PPA's python3.12 on jammy is read as the releases that have it).
 */
function inRelease<T>(pkg: AptPackage, relations: readonly Tagged<T>[], release: string): T[] {
  const exact = pkg.releases === null || pkg.releases.includes(release);
  return relations.filter((r) => !exact || r.releases === null || r.releases.includes(release)).map((r) => r.to);
}

/**
 * A package known to recommend nothing, nor its dependencies: WITHOUT_RECOMMENDS, or a keyring package (Debian's
 * `*-archive-keyring`, NVIDIA's `cuda-keyring`), which ships signing keys and apt sources alone, with no relations.
 */
export function recommendsNothing(name: string): boolean {
  return WITHOUT_RECOMMENDS.has(name) || /^[a-z0-9][a-z0-9.+-]*-keyring$/.test(name);
}

/**
 * The package a `.deb` file holds, as Debian names its files (`cuda-keyring_1.1-1_all.deb` → `cuda-keyring`), or the
 * file's own name (`/tmp/cuda-keyring.deb`); null for a word that is not a `.deb` path.
 */
export function debFilePackage(path: string): string | null {
  if (!/\.deb$/.test(path) || !path.includes('/')) return null;
  return path.split('/').pop()!.replace(/\.deb$/, '').split('_')[0]!.toLowerCase() || null;
}

/** An install that ran before: the package names it left installed, and whether it took their recommends too. */
export interface EarlierAptInstall {
  names: readonly string[];
  recommends: boolean;
}

/**
 * What `names` bring in over Depends (and Recommends: the package apt takes first) in `release`, added to `into`.
 * `strict`: null when a package or a virtual name with several providers (`?name`) is not known; otherwise those are
 * left out.
 */
function closure(names: Iterable<string>, withRecommends: boolean, into: Set<string>, strict: boolean, release: string): Set<string> | null {
  const g = aptGraph();
  const todo = [...names];
  while (todo.length) {
    const name = todo.pop()!;
    if (into.has(name) || inBase(name, release)) continue;
    const pkg = g.get(name);
    if (!pkg) {
      if (strict) return null;
      continue;
    }
    into.add(name);
    todo.push(...inRelease(pkg, pkg.depends, release));
    if (withRecommends) for (const group of inRelease(pkg, pkg.recommends, release)) todo.push(group[0]!);
  }
  return into;
}

/** What recommendsAdded found: the recommended packages, and whether every package is read in the stage's own release. */
export interface AddedRecommends {
  packages: string[];
  exact: boolean;
}

/**
 * The packages an `apt-get install` of `names` (null: a word the linter cannot know) adds only because something it
 * installs recommends them, given the installs that ran before it in the image (and the base image's essential
 * packages), on the stage's release (a codename, null when not known): empty when `--no-install-recommends` would
 * change nothing. apt adds a recommendation only for a package it newly installs, and only when no alternative of it
 * is installed or coming. Null when the graph (generated/apt-dependencies.ts: Debian and Ubuntu indexes) does not
 * know a package. On a release the graph did not read (or one the linter cannot tell), each release read of the same
 * distribution (or every one) is asked: the install adds what they add, unnamed (not exact), when every one of them adds
 * something, and nothing otherwise. After a repository was
 * added (`repositoryAdded`) a package may come from there: one already installed may be upgraded to a build with
 * relations of its own (null), and what is read for the others stays unnamed (not exact).
 */
export function recommendsAdded(names: readonly (string | null)[], earlier: readonly EarlierAptInstall[], release: string | null, repositoryAdded = false): AddedRecommends | null {
  if (names.length === 0 || names.some((n) => n === null)) return null;
  if (release !== null && APT_RELEASES.includes(release)) return addedIn(names as string[], earlier, release, repositoryAdded);
  // Another release, or one the linter cannot tell: the install adds recommendations only when it does on every
  // release read of the same distribution (Ubuntu 20.04 is read as 22.04 and 24.04; an unknown one as all four): what
  // an earlier install brought in one release it may not have brought in another.
  const family = release === null ? null : releaseWordDistribution(release);
  const read = APT_RELEASES.filter((r) => family === null || releaseWordDistribution(r) === family);
  const added = new Set<string>();
  for (const r of read.length ? read : APT_RELEASES) {
    const found = addedIn(names as string[], earlier, r, repositoryAdded);
    if (!found) return null;
    if (found.packages.length === 0) return { packages: [], exact: false };
    for (const p of found.packages) added.add(p);
  }
  return { packages: [...added], exact: false };
}

/** recommendsAdded on one release the graph read. */
function addedIn(names: readonly string[], earlier: readonly EarlierAptInstall[], known: string, repositoryAdded: boolean): AddedRecommends | null {
  const have = new Set<string>();
  // An earlier package the graph does not know is installed, whatever it brought.
  for (const install of earlier) {
    closure(install.names, install.recommends, have, false, known);
    for (const name of install.names) have.add(name);
  }
  if (repositoryAdded && names.some((n) => have.has(n))) return null;
  const coming = closure(names, false, new Set(), true, known);
  if (!coming) return null;
  const g = aptGraph();
  const added = new Set<string>();
  let exact = !repositoryAdded;
  for (const name of coming) {
    if (have.has(name)) continue;
    const pkg = g.get(name)!;
    if (pkg.releases && !pkg.releases.includes(known)) exact = false;
    for (const group of inRelease(pkg, pkg.recommends, known)) if (!group.some((alt) => have.has(alt) || coming.has(alt) || inBase(alt, known))) added.add(group[0]!);
  }
  return { packages: [...added], exact };
}
