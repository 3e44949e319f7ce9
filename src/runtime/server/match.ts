/** Which catalogue entry a launched command is. */
import type { ServerInvocation, ServerSpec } from '../../knowledge/servers.js';
import type { Assignment, Word } from '../../shell/types.js';
import { type Launch, positionalWords } from './launch.js';

export interface Match {
  spec: ServerSpec;
  /** Index of the word naming the server (program, `-m` module, or script). */
  index: number;
  /** Arguments after that word. */
  args: Word[];
  /** A `python app.py` recognised from the variables the image sets (`scriptEnv`): its defaults are guesses. */
  byScript: boolean;
}

/** Flags whose value is not a subcommand word. */
function valuedFlags(spec: ServerSpec): string[] {
  return [
    ...(spec.valuedFlags ?? []),
    ...spec.hostFlags,
    ...spec.portFlags,
    ...(spec.bindFlags ?? []),
    ...(spec.configFiles ?? []).flatMap((f) => f.pathFlags ?? []),
  ];
}

function subcommandMatches(inv: ServerInvocation, spec: ServerSpec, args: readonly Word[]): boolean {
  if (!inv.sub) return true;
  const pos = positionalWords(args, valuedFlags(spec));
  return inv.sub.every((w, k) => pos[k]?.literal && pos[k]!.value === w);
}

/**
 * The server a command starts. A script counts only when the image (ENV) or the command's own prefix assignments
 * set one of the spec's `scriptEnv` variables.
 */
export function matchServer(
  words: readonly Word[],
  launch: Launch,
  env: ReadonlyMap<string, string | undefined>,
  ownAssignments: readonly Assignment[],
  catalogue: readonly ServerSpec[],
): Match | null {
  const target = launch.target;
  if (!target) return null;
  const args = words.slice(target.index + 1);
  if (target.kind === 'script') {
    if (!/\.py$/.test(target.name)) return null;
    const spec = catalogue.find((s) => s.scriptEnv?.some((n) => env.has(n) || ownAssignments.some((a) => a.name === n)));
    return spec ? { spec, index: target.index, args, byScript: true } : null;
  }
  for (const spec of catalogue) {
    for (const inv of spec.invocations) {
      const hit = target.kind === 'module' ? inv.module === target.name : inv.program === target.name;
      if (hit && subcommandMatches(inv, spec, args)) return { spec, index: target.index, args, byScript: false };
    }
  }
  return null;
}
