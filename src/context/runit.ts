/**
 * What runit's `runsvdir DIR` supervises in an image: one service per folder of DIR, each started by its `run` script
 * (smarden.org/runit, runsvdir(8), runsv(8)).
 */
import path from 'node:path';
import type { Stage } from '../model/types.js';
import type { BuildContext } from './build-context.js';
import { copiesIn } from './copies.js';

/**
 * The services in runit's folder `dir` of the final image, all from the build context: the folders a COPY of a
 * context folder onto `dir` (or above it) brings, and those a COPY into `dir` names (`COPY app.run
 * /etc/service/app/run`); null when a RUN of the image names a path there other than to change modes or owners, or a
 * COPY from another stage or with a pattern writes there.
 */
export function runitServices(final: Stage, dir: string, context: BuildContext): string[] | null {
  const within = (p: string, d: string): boolean => p === d || p.startsWith(d === '/' ? '/' : `${d}/`);
  for (const s of final.lineage) {
    for (const ins of s.instructions) {
      for (const cmd of ins.run?.script?.commands ?? []) {
        if (!['chmod', 'chown', 'chgrp'].includes(cmd.name ?? '') && cmd.invocation.args.some((w) => w.value.startsWith('/') && within(path.posix.normalize(w.value).replace(/(.)\/+$/, '$1'), dir))) return null;
      }
    }
  }
  const names = new Set<string>();
  for (const copy of copiesIn(final)) {
    if (copy.dest === null) return null;
    const into = within(copy.dest, dir) && copy.dest !== dir;
    if (!into && !within(dir, copy.dest)) continue;
    if (!copy.fromContext) return null;
    for (const source of copy.sources) {
      if (source.path === null || source.glob) return null;
      if (into) {
        names.add(copy.dest.slice(dir.length + 1).split('/')[0]!);
        continue;
      }
      // A folder copied onto `dir` or above it: its contents land there.
      const folder = path.posix.join(source.path, path.posix.relative(copy.dest, dir)) || '.';
      if (!context.isDirectory(folder)) continue;
      for (const entry of context.list(folder)) if (context.isDirectory(path.posix.join(folder, entry))) names.add(entry);
    }
  }
  return [...names];
}

