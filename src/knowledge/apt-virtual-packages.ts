/**
 * Debian and Ubuntu package names that are purely virtual: no package of that name exists, one real package provides
 * it without a version, so `apt-get install pip` installs `python3-pip` while `pip=<version>` fails ("Version … for
 * 'pip' was not found"): a version can only be pinned on the provider. A virtual name with a versioned Provides
 * (bookworm's `libc-dev` from `libc6-dev (= 2.36-9+deb12u14)`, `libgcc1` from `libgcc-s1`) takes a version and is not
 * here; nor are names several packages provide (`awk`, `netcat`, `mailx`), which apt refuses to install at all.
 *
 * Read from Debian bookworm's index on 2026-08 (`apt-cache showpkg NAME`: no versions, only Reverse Provides; the
 * provider's `Provides:` line in `apt-cache show`, unversioned).
 */

interface VirtualPackage {
  name: RegExp;
  /** The package that provides it; `$1` is the name's first group. */
  provider: string;
  /**
   * Releases (codenames) where the name is purely virtual; null where no release has a real package of that name (no
   * source package builds one: the name exists only as the provider's Provides).
   */
  releases: readonly string[] | null;
}

const VIRTUAL: readonly VirtualPackage[] = [
  // python3-pip: `Provides: pip` (bookworm); the python-pip source builds no package named pip (Ubuntu's neither).
  { name: /^pip$/, provider: 'python3-pip', releases: null },
  // openssh-client: `Provides: ssh-client`; procps: `Provides: watch`; zlib1g-dev: `Provides: libz-dev` (bookworm).
  { name: /^ssh-client$/, provider: 'openssh-client', releases: null },
  { name: /^watch$/, provider: 'procps', releases: null },
  { name: /^libz-dev$/, provider: 'zlib1g-dev', releases: null },
  // Since PostgreSQL 10 the contrib modules ship in the server package: postgresql-15 `Provides: postgresql-contrib-15`
  // (bookworm), as apt.postgresql.org's postgresql-N does for each N (postgresql-contrib-9.6 was a real package).
  { name: /^postgresql-contrib-(1\d|[2-9]\d)$/, provider: 'postgresql-$1', releases: null },
  // binutils: `Provides: binutils-gold` on bookworm; trixie's binutils 2.44 moved gold to a real binutils-gold
  // package (docker-library/golang's comment on it), so only where the base names bookworm.
  { name: /^binutils-gold$/, provider: 'binutils', releases: ['bookworm'] },
];

/**
 * The package that provides `name` as a purely virtual package on `release` (a Debian or Ubuntu codename, or null
 * when the base does not say it: then only names virtual on every release count), or null.
 */
export function virtualAptProvider(name: string, release: string | null): string | null {
  for (const v of VIRTUAL) {
    const m = v.name.exec(name);
    if (!m || (v.releases !== null && (release === null || !v.releases.includes(release)))) continue;
    return v.provider.replace('$1', m[1] ?? '');
  }
  return null;
}
