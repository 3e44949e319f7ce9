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
