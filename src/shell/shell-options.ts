/**
 * The options a `SHELL` list (or an exec-form shell) starts its shell with, read from the words before `-c`:
 * `["/bin/bash", "-euo", "pipefail", "-c"]` sets errexit and pipefail; `-o errexit` and `-e` alike.
 */
export interface ShellListOptions {
  errexit: boolean;
  pipefail: boolean;
}

export function shellListOptions(shell: readonly string[]): ShellListOptions {
  const options: ShellListOptions = { errexit: false, pipefail: false };
  const end = shell.indexOf('-c');
  const words = end < 0 ? shell : shell.slice(0, end);
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const cluster = /^([-+])([a-zA-Z]+)$/.exec(w);
    if (!cluster) continue;
    const on = cluster[1] === '-';
    if (cluster[2]!.includes('e')) options.errexit = on;
    // `-o NAME` (also at the end of a cluster: `-euxo pipefail`).
    if (cluster[2]!.endsWith('o') && i + 1 < words.length) {
      const name = words[i + 1]!;
      if (name === 'pipefail') options.pipefail = on;
      if (name === 'errexit') options.errexit = on;
      i++;
    }
  }
  return options;
}
