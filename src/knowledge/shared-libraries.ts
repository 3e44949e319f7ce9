/**
 * Distribution packages that may hold a shared library a program built in the image links to. docker-library's
 * build-and-clean idiom keeps exactly those: Debian's `ldd … | xargs -r dpkg-query --search | xargs -r apt-mark manual`
 * before `apt-get purge --auto-remove`, Alpine's `apk add --virtual .rundeps $(scanelf --needed … so:…)` before
 * `apk del .build-deps`. Which packages the list names is only known when the build runs, so any package that may hold
 * a library counts as kept; headers, tools and compilers leave.
 */

/**
 * Parts of a package that never hold a runtime library (`libssl-dev`, `libc-dev-bin`, `libtool`), and interpreters and
 * compilers whose versioned names look like a soname's (`python3`, `g++-12`): Debian ships their libraries apart
 * (`libpython3.11`, `libperl5.36`, `libstdc++6`).
 */
const NOT_A_LIBRARY = /(-dev|-dbg|-dbgsym|-doc|-docs|-static|-headers|-bin|-utils|-tools|-common|-perl)$|^libtool$|^(python|perl|ruby|php|gcc|g\+\+|cpp|clang|llvm)[-.\d]*$/;

/**
 * Debian and Alpine name most library packages `lib…` (`libatomic1`, `libstdc++`) or `…-libs` (`xz-libs`); a
 * trailing soname version marks others (`zlib1g`, `tcl8.6`, `mpfr4`).
 */
const LIBRARY_SHAPE = /^lib|-libs$|\d[a-z]?$/;

/** Compression tools whose names end in a digit: their libraries are packaged apart (`libbz2`, `liblz4-1`, `lz4-libs`). */
const DIGIT_NAMED_TOOLS = new Set(['bzip2', 'lbzip2', 'pbzip2', 'lz4', 'p7zip', '7zip']);

/** Alpine library packages named after the project alone (their tools, where any, come along). */
const ALPINE_LIBRARIES = new Set([
  'zlib', 'expat', 'pcre', 'pcre2', 'gdbm', 'readline', 'ncurses', 'tcl', 'tk', 'gmp', 'musl', 'yaml', 'jansson', 'json-c',
  'oniguruma', 'freetype', 'fontconfig', 'glib', 'gettext', 'icu', 'openldap', 'sqlite', 'krb5', 'nghttp2', 'brotli', 'c-ares',
]);

/** The package (name without version) may hold a shared library the built programs load. */
export function mayHoldSharedLibrary(name: string): boolean {
  if (NOT_A_LIBRARY.test(name) || DIGIT_NAMED_TOOLS.has(name)) return false;
  return LIBRARY_SHAPE.test(name) || ALPINE_LIBRARIES.has(name);
}
