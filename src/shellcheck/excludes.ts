/**
 * ShellCheck checks dlint turns off for every RUN, each because it cannot make sense in a Dockerfile.
 * hadolint excludes SC2187 and SC1090 (src/Hadolint/Shell.hs); SC2187 cannot fire here (ash is checked as
 * dash on purpose, see dialect.ts), nor can SC2148 (no shebang: every script gets a shell directive).
 * Over 812 real Dockerfiles SC1090 and SC1091 gave 49 findings, SC2185 60 (docker-library's `find -type f -name '*.a'`),
 * SC2016 15, SC2021 12 and SC2035 20, each read in its file: none a problem of the Dockerfile.
 */
export const DEFAULT_EXCLUDES: ReadonlyArray<{ code: string; why: string }> = [
  { code: 'SC1090', why: '`source "$X"`: following a non-constant source needs a `# shellcheck source=` directive, which a RUN cannot carry.' },
  { code: 'SC1091', why: '`. /opt/venv/bin/activate`: the sourced file is in the image being built, not on the disk being linted.' },
  { code: 'SC2185', why: '`find -type f` without a path: GNU and BusyBox find, the finds of Linux images, search the current folder (only BSD and macOS find need one).' },
  { code: 'SC2016', why: '`echo \'… $x …\' >> file`: a single-quoted `$` in a RUN is text written for later (a script or `.bashrc` line, yum\'s `$basearch`, a message naming a variable); all 15 over the corpus were deliberate.' },
  { code: 'SC2021', why: '`tr \'[A-Z]\' \'[a-z]\'` maps brackets to brackets, harmless as ShellCheck\'s wiki says, and `tr -d "[\']"` deletes brackets on purpose; none of 12 over the corpus was a bug.' },
  { code: 'SC2035', why: '`rm *.deb`, `pip install *.whl`, `cp *.py /app`: a RUN globs files its own build downloaded, built or copied, whose names do not start with a dash; none of 20 over the corpus could.' },
];

/**
 * What BusyBox ash (Alpine's `/bin/sh`) has and dash lacks, which ShellCheck 0.9 reports because it checks ash as
 * dash: `source`, arguments to `.`, `[[ ]]` and `==` in `[` (BusyBox ash with its bash compatibility, as Alpine builds it),
 * and `[^…]` negating a glob bracket (SC3026): ash matches patterns with the C library's fnmatch(3), and musl's takes
 * `^` as it takes `!` (musl src/regex/fnmatch.c, match_bracket).
 */
export const BUSYBOX_SUPPORTS: ReadonlySet<string> = new Set(['SC3046', 'SC2240', 'SC3010', 'SC3014', 'SC3026']);

/**
 * Portability checks: they judge the script against POSIX sh, meaningful only when the stage's `/bin/sh` is known
 * (SC3xxx, and SC2240, arguments to `.`, which bash and BusyBox ash pass).
 */
export const PORTABILITY = /^(SC3\d{3}|SC2240)$/;

/**
 * Checks whose ShellCheck level dlint lowers, so the default `level` (warning) leaves them out. Each is the same
 * kind of note as one ShellCheck itself rates lower, and a read audit of real Dockerfiles found it mostly taste.
 */
export const LEVEL_OVERRIDES: Readonly<Record<string, { level: 'info'; why: string }>> = {
  SC2046: { level: 'info', why: 'unquoted `$(…)`: the same note as SC2086 (info), and in a RUN the output is mostly one path or version' },
  SC2166: { level: 'info', why: '`[ a -a b ]`: obsolescent in POSIX but works in dash, bash and BusyBox' },
};

export const DEFAULT_EXCLUDE_CODES: ReadonlySet<string> = new Set(DEFAULT_EXCLUDES.map((e) => e.code));
