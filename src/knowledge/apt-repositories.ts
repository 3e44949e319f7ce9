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
 * Launchpad PPAs that carry newer builds of packages the releases have, and the packages they provide: a PPA's index
 * holds only the newest upload of each package (an upload supersedes the one before, which leaves the index), so a
 * version pinned from it breaks the build at its next upload. deadsnakes' Python builds (`python3.12`,
 * `python3.12-dev`, `libpython3.12`: launchpad.net/~deadsnakes/+archive/ubuntu/ppa), git-core's Git
 * (launchpad.net/~git-core/+archive/ubuntu/ppa: `git` and its parts, `git-man`, `git-email`…).
 */
export const FLOATING_PPAS: readonly { ppa: string; packages: RegExp }[] = [
  { ppa: 'deadsnakes/ppa', packages: /^(lib)?python3\.\d+(-[a-z0-9.-]+)?$/ },
  { ppa: 'deadsnakes/nightly', packages: /^(lib)?python3\.\d+(-[a-z0-9.-]+)?$/ },
  { ppa: 'git-core/ppa', packages: /^git(-(man|all|core|doc|email|gui|svn|daemon-run|cvs|mediawiki|el))?$/ },
];
