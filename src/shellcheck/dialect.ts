/**
 * The ShellCheck dialect (`sh`, `bash`, `dash`, `ksh`) of a shell a RUN names. `sh` is the base image's
 * /bin/sh: dash on Debian and Ubuntu, bash on the Red Hat family, plain POSIX sh when the image does not tell.
 * BusyBox ash is checked as dash: ShellCheck 0.9 has no ash dialect and says so itself (SC2187).
 */
import { systemShellOf } from '../knowledge/system-shell.js';
import type { ImageName } from '../model/image-ref.js';

export type Dialect = 'sh' | 'bash' | 'dash' | 'ksh';

const BY_NAME: Record<string, Dialect> = { bash: 'bash', dash: 'dash', ash: 'dash', busybox: 'dash', ksh: 'ksh', mksh: 'ksh' };

/** The base name of a shell program (`/bin/bash` → `bash`); null when `word` names no shell ShellCheck reads. */
export function shellName(word: string): string | null {
  const name = word.toLowerCase().split(/[\\/]/).pop()!;
  return name === 'sh' || name in BY_NAME ? name : null;
}

export function dialectOf(shell: string, image: ImageName | null): Dialect {
  if (shell !== 'sh') return BY_NAME[shell] ?? 'sh';
  const system = image ? systemShellOf(image) : null;
  return system === 'busybox' ? 'dash' : (system ?? 'sh');
}

/** The shell of a `SHELL` list: its program, or the shell a launcher runs (`["conda", "run", "-n", "x", "bash", "-c"]`). */
export function shellOfList(shell: readonly string[]): string | null {
  for (const word of shell) {
    const name = shellName(word);
    if (name) return name;
  }
  return null;
}
