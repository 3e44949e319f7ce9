/**
 * Folders a Linux base image has before any instruction runs: the Filesystem Hierarchy Standard's required folders
 * (FHS 3.0, §3.2, §4.2, §4.9, §5.2) as the distributions' base packages create them: Debian's and Ubuntu's
 * `base-files`, Alpine's `alpine-baselayout`, the Red Hat family's `filesystem`. Alpine leaves out the FHS folders
 * for sources and headers (`/usr/src`, `/usr/include`, `/usr/local/src`…), which the others create; BusyBox's image
 * has only a handful of folders.
 */
import type { Distro } from './system-shell.js';

/** In the base images of Debian, Ubuntu, Alpine and the Red Hat family alike. */
const EVERY_DISTRO: readonly string[] = [
  '/', '/bin', '/dev', '/etc', '/home', '/lib', '/media', '/mnt', '/opt', '/proc', '/root', '/run', '/sbin', '/srv', '/sys', '/tmp',
  '/usr', '/usr/bin', '/usr/lib', '/usr/sbin', '/usr/share', '/usr/local', '/usr/local/bin', '/usr/local/lib', '/usr/local/share',
  '/var', '/var/cache', '/var/lib', '/var/local', '/var/log', '/var/opt', '/var/spool', '/var/tmp',
];

/** `base-files` and `filesystem` make these too; `alpine-baselayout` does not. */
const SOURCE_FOLDERS: readonly string[] = ['/usr/include', '/usr/src', '/usr/local/etc', '/usr/local/include', '/usr/local/sbin', '/usr/local/src'];

/**
 * The package manager's own folders, which its package ships in every base image: Debian's and Ubuntu's `apt` (the
 * `apt.conf.d`, `sources.list.d`, `preferences.d` and `trusted.gpg.d` folders of `/etc/apt`, `/var/lib/apt`,
 * `/var/cache/apt`) and `dpkg` (`/etc/dpkg`, `/var/lib/dpkg`), with the archive keyring's `/usr/share/keyrings`;
 * Alpine's `apk-tools` and `alpine-keys` (`/etc/apk`, `/etc/apk/keys`, `/lib/apk`); the Red Hat family's repository
 * folder `/etc/yum.repos.d`.
 */
const DEBIAN_PACKAGING: readonly string[] = [
  '/etc/apt', '/etc/apt/apt.conf.d', '/etc/apt/sources.list.d', '/etc/apt/preferences.d', '/etc/apt/trusted.gpg.d',
  '/var/lib/apt', '/var/cache/apt', '/etc/dpkg', '/var/lib/dpkg', '/usr/share/keyrings',
];

/**
 * Debian's and Ubuntu's multiarch library folders (wiki.debian.org/Multiarch/Implementation), which `libc6` fills in
 * every base image of the architecture: a Dockerfile naming `/lib/x86_64-linux-gnu` is built for that architecture.
 */
const DEBIAN_MULTIARCH: readonly string[] = ['x86_64', 'aarch64'].flatMap((arch) => [`/lib/${arch}-linux-gnu`, `/usr/lib/${arch}-linux-gnu`]);

const BY_DISTRO: Readonly<Record<Distro, ReadonlySet<string>>> = {
  debian: new Set([...EVERY_DISTRO, ...SOURCE_FOLDERS, ...DEBIAN_PACKAGING, ...DEBIAN_MULTIARCH]),
  redhat: new Set([...EVERY_DISTRO, ...SOURCE_FOLDERS, '/etc/yum.repos.d']),
  alpine: new Set([...EVERY_DISTRO, '/etc/apk', '/etc/apk/keys', '/lib/apk']),
  busybox: new Set(['/', '/bin', '/dev', '/etc', '/proc', '/root', '/sys', '/tmp', '/usr', '/var']),
};

/**
 * The folders of the PATH Docker's official images and the distributions' base images set (`ENV PATH` in
 * docker-library's Dockerfiles, the default of `/etc/profile`), in lookup order: where a command named without a
 * slash (`ENTRYPOINT ["docker-entrypoint.sh"]`) is found.
 */
export const DEFAULT_PATH: readonly string[] = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/**
 * Folders an official image's own build makes, which every image built on it has: php's `PHP_INI_DIR`
 * (`/usr/local/etc/php` and its `conf.d`, made by the Dockerfile) and the extension folder `make install` creates
 * under `/usr/local/lib/php/extensions` (docker-library/php, Dockerfile-linux.template), which
 * `docker-php-ext-install` fills.
 */
const OFFICIAL_IMAGE_FOLDERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['php', ['/usr/local/etc/php', '/usr/local/etc/php/conf.d', '/usr/local/lib/php', '/usr/local/lib/php/extensions']],
]);

/** The folders an image built on `image` (a Docker Official Image's familiar name, `php`) has from its build; none for others. */
export function officialImageFolders(image: string | null | undefined): readonly string[] {
  return (image && OFFICIAL_IMAGE_FOLDERS.get(image)) || [];
}

/** What an image whose distribution is not known has: the folders every distribution's base image has. */
export const LINUX_FOLDERS: ReadonlySet<string> = new Set(EVERY_DISTRO);

/** The folders a base image of `distro` has (LINUX_FOLDERS when it is not known). */
export function baseImageFolders(distro: Distro | null): ReadonlySet<string> {
  return distro ? BY_DISTRO[distro] : LINUX_FOLDERS;
}

/**
 * Where packages and `make install` put what they install (FHS 3.0 §4, §3.13, §5.8): `/usr` (`/usr/local` included),
 * `/lib`, `/etc`, `/opt` and `/var/lib`, not the folders that hold downloads, homes or a project.
 */
export const INSTALL_TREES: readonly string[] = ['/usr', '/lib', '/lib64', '/etc', '/opt', '/var/lib'];

/**
 * Commands that print the folder a package tool installs into (`GEM_DIR=$(ruby -e 'puts Gem.dir')`), with the depth
 * down to which that folder holds only what the tool lays out, under names it forbids blanks in: RubyGems' `gems/`,
 * `extensions/`, `doc/`, `specifications/`, then `NAME-VERSION[-PLATFORM]` folders (a gem name matches
 * `/\A[a-zA-Z0-9.\-_]+\z/`) and the platform and ABI folders (`x86_64-linux/3.3.0`); deeper is a gem's own content.
 * `env`: the variable that moves the folder (its value must then be blank-free too).
 */
export const TOOL_FOLDER_QUERIES: readonly { argv: readonly string[]; layoutDepth: number; env: string }[] = [
  { argv: ['ruby', '-e', 'puts Gem.dir'], layoutDepth: 2, env: 'GEM_HOME' },
  { argv: ['gem', 'env', 'gemdir'], layoutDepth: 2, env: 'GEM_HOME' },
  { argv: ['gem', 'environment', 'gemdir'], layoutDepth: 2, env: 'GEM_HOME' },
];

/**
 * Files root's home has in the base images before any instruction runs: the shell start-up files Debian's and
 * Ubuntu's `base-files` (`/root/.bashrc`, `/root/.profile`) and the Red Hat family's `rootfiles` put there, which
 * installers also append to (rustup, nvm, conda): a command reading one proves nothing about an installer.
 */
export const ROOT_HOME_FILES: ReadonlySet<string> = new Set(['/root/.bashrc', '/root/.profile', '/root/.bash_profile', '/root/.bash_logout', '/root/.cshrc', '/root/.tcshrc']);

/**
 * What packages install under `/usr/src`, where builds otherwise put the sources they compile (`WORKDIR /usr/src`,
 * then `COPY --from=build /usr/src/vllm/build/lib …`): the kernel's headers and sources (Debian's `linux-headers-*`,
 * `linux-source-*`, `linux-kbuild-*`; Red Hat's `kernels/`), DKMS modules under `<module>-<version>` (dkms(8):
 * "/usr/src/<module>-<module-version>/"), and the sources Debian ships to be built by each user (`googletest`,
 * `gtest`, `gmock`). The first folder under `/usr/src` a copied path names.
 */
export const PACKAGE_SOURCE_FOLDER = /^(linux-.*|kernels|googletest|gtest|gmock|[\w.+-]+-\d+(\.\d+)+[\w.+~-]*)$/;

/**
 * Data files a package installs that images copy out of a builder on their own (a `scratch` or distroless image's CA
 * bundle, time zones, MIME types, user list): `COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/`.
 * They carry no program of the package, and a trust store or a time-zone table is meant to follow the distribution's
 * updates, so copying one ships no package whose version a pin would fix: ca-certificates' bundle and folders
 * (`/etc/ssl/certs`, Alpine's `/etc/ssl/cert.pem`, the Red Hat family's `/etc/pki/tls/certs` and `/etc/pki/ca-trust`),
 * tzdata's `/usr/share/zoneinfo`, mailcap's and media-types' `/etc/mime.types`, and the base system's `/etc/passwd`,
 * `/etc/group` and `/etc/nsswitch.conf`.
 */
const PACKAGE_DATA = /^\/(etc\/ssl\/certs(\/ca-certificates\.crt)?|etc\/ssl\/cert\.pem|etc\/pki\/(tls\/certs(\/ca-bundle\.crt)?|ca-trust(\/.*)?)|usr\/share\/ca-certificates|usr\/share\/zoneinfo(\/.*)?|etc\/mime\.types|etc\/passwd|etc\/group|etc\/nsswitch\.conf)\/?$/;

export function isPackageDataFile(p: string): boolean {
  return PACKAGE_DATA.test(p);
}
