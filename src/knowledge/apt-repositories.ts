/**
 * Facts about where apt's repositories come from, read by the apt-sources model (src/shell/apt-sources.ts).
 */

/**
 * A package whose only job is to add its vendor's apt repository: `packages-microsoft-prod.deb`, `zabbix-release_….deb`,
 * `percona-release_latest.generic_all.deb`, `mysql-apt-config_….deb`, NVIDIA's `cuda-keyring_….deb`.
 */
export const REPOSITORY_PACKAGE = /(^|\/)([\w.+-]*[-_](release|prod)|[\w.+-]*-apt-config|cuda-keyring)[\w.+~-]*\.deb$/;

/**
 * The hosts the archives of Ubuntu's and Debian's releases move to after their end of life
 * (https://help.ubuntu.com/community/EOLUpgrades, https://www.debian.org/distrib/archive).
 */
export const ARCHIVE_HOSTS = /old-releases\.ubuntu\.com|archive\.debian\.org/;

/**
 * The Python of each Ubuntu release's own archive (packages.ubuntu.com: python3.6 in bionic, 3.8 in focal, 3.10 in
 * jammy, 3.12 in noble): deadsnakes does not build it for that release, so it comes from the release, pinnable.
 */
const RELEASE_PYTHON: Readonly<Record<string, RegExp>> = {
  bionic: /^(lib)?python3\.6\b/,
  focal: /^(lib)?python3\.8\b/,
  jammy: /^(lib)?python3\.10\b/,
  noble: /^(lib)?python3\.12\b/,
};

/**
 * Launchpad PPAs that carry newer builds of packages the releases have, and the packages they provide: a PPA's index
 * holds only the newest upload of each package (an upload supersedes the one before, which leaves the index), so a
 * version pinned from it breaks the build at its next upload. deadsnakes' Python builds (`python3.12`,
 * `python3.12-dev`, `libpython3.12`: launchpad.net/~deadsnakes/+archive/ubuntu/ppa), git-core's Git
 * (launchpad.net/~git-core/+archive/ubuntu/ppa: `git` and its parts, `git-man`, `git-email`…), the Wireshark
 * developers' stable releases (launchpad.net/~wireshark-dev/+archive/ubuntu/stable: the binary packages of the
 * `wireshark` source, as Debian splits it: `wireshark`, `wireshark-qt`, `tshark`, `libwireshark16`, `libwiretap13`,
 * `libwsutil14`, their `-dev` and `-data`).
 */
export const FLOATING_PPAS: readonly { ppa: string; packages: RegExp; notFor?: Readonly<Record<string, RegExp>> }[] = [
  { ppa: 'deadsnakes/ppa', packages: /^(lib)?python3\.\d+(-[a-z0-9.-]+)?$/, notFor: RELEASE_PYTHON },
  { ppa: 'deadsnakes/nightly', packages: /^(lib)?python3\.\d+(-[a-z0-9.-]+)?$/, notFor: RELEASE_PYTHON },
  { ppa: 'git-core/ppa', packages: /^git(-(man|all|core|doc|email|gui|svn|daemon-run|cvs|mediawiki|el))?$/ },
  { ppa: 'wireshark-dev/stable', packages: /^(wireshark(-(qt|gtk|common|dev|doc|dbg))?|tshark|lib(wireshark|wiretap|wsutil)(\d+|-dev|-data)?)$/ },
];
