import type { ImageName } from '../model/image-ref.js';

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

/**
 * Images whose own ENTRYPOINT starts an init, by their Dockerfiles: an image built on them that sets no ENTRYPOINT runs
 * its CMD under it. Jupyter docker-stacks: base-notebook's `ENTRYPOINT ["tini", "-g", "--"]` since June 2018
 * (jupyter/docker-stacks commit 3c0220cf, "send signal to all child group processes"; `["tini", "--"]` before), kept by
 * docker-stacks-foundation, `["tini", "-g", "--", "start.sh"]` since January 2024 (#2087), which every image of the
 * family (`*-notebook`, on Docker Hub's `jupyter/` and `quay.io/jupyter/`) builds on. Not `jupyter/notebook`, the
 * retired image of the notebook repository, nor the namespace's other images (`jupyter/repo2docker`).
 */
const IMAGE_ENTRYPOINTS: readonly { image: RegExp; entrypoint: readonly string[] }[] = [
  { image: /^(quay\.io\/)?jupyter\/([a-z]+-)+notebook$|^(quay\.io\/)?jupyter\/docker-stacks-foundation$/, entrypoint: ['tini', '-g', '--'] },
];

/** The init the image's own ENTRYPOINT starts, as its words (`tini -g --`), where the data knows it; null otherwise. */
export function imageInitEntrypoint(image: ImageName): readonly string[] | null {
  return IMAGE_ENTRYPOINTS.find((e) => e.image.test(image.familiar))?.entrypoint ?? null;
}
