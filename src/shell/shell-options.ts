/**
 * The shell options that words set, read the one way for a `SHELL` list, a `bash -euo pipefail -c '…'` launch and a
 * `set` command: `-e` in a cluster (`-eux`) or `-o errexit` turns errexit on, `+e` / `+o errexit` off; `-o pipefail`
 * likewise. Words after `-c` are the script and its arguments, not options.
 */
export interface ShellOptions {
  errexit: boolean;
  pipefail: boolean;
}

const NONE: ShellOptions = { errexit: false, pipefail: false };

export function shellOptions(words: readonly string[], before: ShellOptions = NONE): ShellOptions {
  const options = { ...before };
  for (let i = 0; i < words.length && words[i] !== '-c'; i++) {
    const cluster = /^([-+])([a-zA-Z]+)$/.exec(words[i]!);
    if (!cluster) continue;
    const on = cluster[1] === '-';
    if (cluster[2]!.includes('e')) options.errexit = on;
    // `-o NAME`, also at the end of a cluster (`-euxo pipefail`).
    if (cluster[2]!.endsWith('o') && i + 1 < words.length) {
      const name = words[++i];
      if (name === 'pipefail') options.pipefail = on;
      if (name === 'errexit') options.errexit = on;
    }
  }
  return options;
}

/** The options a `SHELL` list (or an exec-form shell) starts its shell with: the words after the program. */
export function shellListOptions(shell: readonly string[]): ShellOptions {
  return shellOptions(shell.slice(1));
}
