/**
 * Debian and Ubuntu packages that recommend nothing, nor do the packages they depend on (read from the control
 * fields of Debian bookworm and trixie and Ubuntu 22.04/24.04: packages.debian.org, packages.ubuntu.com; `Suggests`
 * is never installed by default): installing only these, `--no-install-recommends` changes nothing. A package that
 * pulls a library recommending something (`curl` through `libcurl4`'s `ca-certificates`, `libldap`'s
 * `libldap-common`) is not here.
 */
export const WITHOUT_RECOMMENDS: ReadonlySet<string> = new Set([
  // tzdata: Depends debconf. xz-utils: liblzma5, libc6. unzip: libbz2-1.0, libc6. zip: libbz2-1.0, libc6.
  'tzdata', 'xz-utils', 'unzip', 'zip', 'bzip2',
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
