/**
 * Init programs run as PID 1 before the image's command (`ENTRYPOINT ["tini", "--"]`): they reap zombies and pass
 * on the signals they get. `groupSignals` says whether they pass them to the child's whole process group, which
 * also reaches a program a shell-form CMD's `/bin/sh -c` forks: dumb-init does by default (its setsid mode, off with
 * `-c`/`--single-child`), tini only with `-g`.
 */
export interface InitProgram {
  /** Signals go to the process group by default. */
  groupSignals: boolean;
  /** The flags that turn group signalling on (when off by default) or off (when on). */
  toggles: readonly string[];
}

export const INIT_PROGRAMS: ReadonlyMap<string, InitProgram> = new Map([
  ['dumb-init', { groupSignals: true, toggles: ['-c', '--single-child'] }],
  ['tini', { groupSignals: false, toggles: ['-g'] }],
  ['tini-static', { groupSignals: false, toggles: ['-g'] }],
]);

/** `argv` starts an init that signals its child's whole process group (`dumb-init --`, `tini -g --`). */
export function initSignalsGroup(argv: readonly string[]): boolean {
  const init = INIT_PROGRAMS.get(argv[0]?.split('/').pop() ?? '');
  if (!init) return false;
  const end = argv.indexOf('--');
  const flags = argv.slice(1, end < 0 ? argv.length : end).filter((a) => a.startsWith('-'));
  const toggled = flags.some((f) => init.toggles.includes(f) || (/^-[a-z]{2,}$/.test(f) && init.toggles.some((t) => /^-[a-z]$/.test(t) && f.includes(t[1]!))));
  return init.groupSignals !== toggled;
}
