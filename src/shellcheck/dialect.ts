/**
 * The ShellCheck dialect (`sh`, `bash`, `dash`, `ksh`) of a shell a RUN names. `sh` is the base image's
 * /bin/sh: dash on Debian and Ubuntu, bash on the Red Hat family, plain POSIX sh when the image does not tell.
 * BusyBox ash is checked as dash: ShellCheck 0.9 has no ash dialect and says so itself (SC2187).
 */
import { systemShellOf } from '../knowledge/system-shell.js';
import type { ImageName } from '../model/image-ref.js';
import type { Instruction } from '../model/types.js';

export type Dialect = 'sh' | 'bash' | 'dash' | 'ksh';

const BY_NAME: Record<string, Dialect> = { bash: 'bash', dash: 'dash', ash: 'dash', busybox: 'dash', ksh: 'ksh', mksh: 'ksh' };

/** The base name of a shell program (`/bin/bash` → `bash`); null when `word` names no shell ShellCheck reads. */
export function shellName(word: string): string | null {
  const name = word.toLowerCase().split(/[\\/]/).pop()!;
  return name === 'sh' || name in BY_NAME ? name : null;
}

export interface ShellFacts {
  dialect: Dialect;
  /** BusyBox ash, checked as dash: what ash has and dash lacks is not a portability problem there. */
  busybox: boolean;
  /** False for the `/bin/sh` of an image that does not tell: POSIX sh is then a guess. */
  known: boolean;
  /**
   * A prefix assignment on a special builtin (`buildDeps='…' set -x`) stays set after it, as POSIX asks: dash, BusyBox
   * ash, ksh, and bash started as `sh` (the Red Hat family's `/bin/sh`, in POSIX mode) keep it; bash started as bash
   * scopes it to the builtin. Not claimed for the `/bin/sh` of an image that does not tell: it may set a bash `SHELL`.
   */
  keepsBuiltinPrefixes: boolean;
}

export function shellFacts(shell: string, image: ImageName | null): ShellFacts {
  if (shell !== 'sh') return { dialect: BY_NAME[shell] ?? 'sh', busybox: shell === 'ash' || shell === 'busybox', known: true, keepsBuiltinPrefixes: shell !== 'bash' };
  const system = image ? systemShellOf(image) : null;
  if (system === 'busybox') return { dialect: 'dash', busybox: true, known: true, keepsBuiltinPrefixes: true };
  return { dialect: system ?? 'sh', busybox: false, known: system !== null, keepsBuiltinPrefixes: system !== null };
}

/** The shell of a `SHELL` list: its program, or the shell a launcher runs (`["conda", "run", "-n", "x", "bash", "-c"]`). */
export function shellOfList(shell: readonly string[]): string | null {
  for (const word of shell) {
    const name = shellName(word);
    if (name) return name;
  }
  return null;
}

/** What the shell a shell-form RUN names in `SHELL` (or `/bin/sh`) is, in the stage's image; null for exec form or an unnamed shell. */
export function runShellFacts(instruction: Instruction): (ShellFacts & { shell: string }) | null {
  if (instruction.run?.execForm) return null;
  const shell = shellOfList(instruction.state.shell);
  if (!shell) return null;
  const image = instruction.stage?.windows ? null : (instruction.stage?.rootImage.name ?? null);
  return { shell, ...shellFacts(shell, image) };
}

/** The RUN's own shell expands `{a,b}` braces: bash (the Red Hat family's `/bin/sh` included) or ksh; not dash or ash. */
export function expandsBraces(instruction: Instruction): boolean {
  const facts = runShellFacts(instruction);
  return !!facts && !facts.busybox && (facts.dialect === 'bash' || facts.dialect === 'ksh');
}
