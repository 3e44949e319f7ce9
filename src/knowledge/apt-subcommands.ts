/**
 * What a script runs in place of each `apt` subcommand (apt(8): "apt … is intended as an end user interface"; its
 * output and behaviour may change between releases, and it warns so on stderr when not run in a terminal). Most
 * have a stable twin in apt-get(8) or apt-cache(8); `apt list` has none there: dpkg-query(1) lists what is installed,
 * apt-mark(8) what was installed by hand, and `apt-cache policy` the versions a package has.
 */
export interface AptReplacement {
  /** The options of `apt` that select this row (`list --installed`); none for the subcommand in any form. */
  options: readonly string[];
  /** The command a script runs instead. */
  instead: string;
  /**
   * Replacing the word `apt` by `apt-get` gives that command: `safe` where both behave alike, `unsafe` where they
   * differ (`apt upgrade` may install new packages, `apt-get upgrade` never does); absent where the command is another.
   */
  fix?: 'safe' | 'unsafe';
}

/** Subcommands `apt-get` runs the same way as `apt`. */
const SAME_IN_APT_GET = [
  'update', 'install', 'reinstall', 'remove', 'purge', 'autoremove', 'autopurge', 'dist-upgrade', 'full-upgrade',
  'clean', 'autoclean', 'distclean', 'source', 'build-dep', 'satisfy', 'download', 'changelog',
];
/** Subcommands that are apt-cache's. */
const APT_CACHE = ['search', 'show', 'policy', 'depends', 'rdepends', 'showsrc', 'madison'];

/** Per subcommand, its rows: those selected by an option first, then the one for any other form. */
const REPLACEMENTS: ReadonlyMap<string, readonly AptReplacement[]> = new Map<string, readonly AptReplacement[]>([
  ...SAME_IN_APT_GET.map((sub): [string, AptReplacement[]] => [sub, [{ options: [], instead: `apt-get ${sub}`, fix: 'safe' }]]),
  ['upgrade', [{ options: [], instead: 'apt-get upgrade', fix: 'unsafe' }]],
  ...APT_CACHE.map((sub): [string, AptReplacement[]] => [sub, [{ options: [], instead: `apt-cache ${sub}` }]]),
  [
    'list',
    [
      { options: ['--installed'], instead: 'dpkg-query -l' },
      { options: ['--manual-installed'], instead: 'apt-mark showmanual' },
      { options: ['--upgradable'], instead: 'apt-get --simulate upgrade' },
      { options: [], instead: 'apt-cache policy' },
    ],
  ],
]);

/** The row for `apt <subcommand>` given with these options (their names: `--installed`), or null for a subcommand not known. */
export function aptReplacement(subcommand: string, options: readonly string[]): AptReplacement | null {
  return REPLACEMENTS.get(subcommand)?.find((row) => row.options.every((o) => options.includes(o))) ?? null;
}

/**
 * Vendors' repository setup scripts, piped into a shell (`curl -fsSL https://deb.nodesource.com/setup_22.x | bash -`),
 * that add their APT source and then run `apt-get update` themselves: after one, the package lists are fresh, as after
 * an update of the script's own. NodeSource's `setup_*` and `nsolid_setup_deb.sh` (github.com/nodesource/distributions,
 * `scripts/deb/`), packagecloud.io's `script.deb.sh`, apt.llvm.org's `llvm.sh`, Tailscale's `install.sh` (on Debian and
 * Ubuntu it adds pkgs.tailscale.com's source, then runs `apt-get update` and installs `tailscale`: tailscale/tailscale
 * scripts/installer.sh).
 */
export const SETUP_SCRIPTS_UPDATING_LISTS: readonly RegExp[] = [
  /^https?:\/\/deb\.nodesource\.com\/(setup_[^/\s]+|nsolid_setup_deb\.sh)$/,
  /^https?:\/\/packagecloud\.io\/install\/repositories\/[^/]+\/[^/]+\/script\.deb\.sh$/,
  /^https?:\/\/apt\.llvm\.org\/llvm\.sh$/,
  /^https?:\/\/tailscale\.com\/install\.sh$/,
];
