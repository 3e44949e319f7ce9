/** Which catalogue entry a command of the final image is. */
import { serverGrammar } from '../../knowledge/commands.js';
import type { ServerSpec } from '../../knowledge/servers.js';
import { hasOption, type Invocation, readArguments } from '../../shell/invocation.js';
import type { Word } from '../../shell/types.js';
import type { Candidate } from './command-candidates.js';

export interface Match {
  spec: ServerSpec;
  /** The word naming the server (program, `-m` module, or script). */
  word: Word;
  /** Its arguments, read with the entry's options. */
  args: Invocation;
  /** A `python app.py` recognised from the variables the image sets (`scriptEnv`): its defaults are guesses. */
  byScript: boolean;
  /** The subcommand words of the entry (`run` of `flask run`); empty when it has none. */
  path: Word[];
}

/**
 * The server a command starts. A script counts only when the image (ENV) or the command's own prefix assignments
 * set one of the spec's `scriptEnv` variables.
 */
export function matchServer(c: Candidate, env: ReadonlyMap<string, string | undefined>, catalogue: readonly ServerSpec[]): Match | null {
  const { command } = c;
  const inv = command.invocation;
  if (inv.program === null) return null;
  if (inv.tool === 'python') {
    // `python app.py`; `python -m x` is the command of its own that the model lists for module x.
    const script = inv.operands[0];
    if (hasOption(inv, '-c', '-m') || !script || !/\.py$/.test(script.value)) return null;
    const spec = catalogue.find((s) => s.scriptEnv?.some((n) => env.has(n) || command.assignments.some((a) => a.name === n)));
    if (!spec) return null;
    const after = inv.args.slice(inv.args.indexOf(script) + 1);
    return { spec, word: script, args: readArguments(after, serverGrammar(spec)), byScript: true, path: [] };
  }
  const module = inv.launchers[inv.launchers.length - 1]?.endsWith(' -m') ?? false;
  for (const spec of catalogue) {
    for (const entry of spec.invocations) {
      if ((module ? entry.module : entry.program) !== inv.program) continue;
      const args = readArguments(inv.args, serverGrammar(spec));
      if ((entry.sub ?? []).every((w, k) => args.operands[k]?.literal && args.operands[k]!.value === w)) {
        return { spec, word: command.argv[0]!, args, byScript: false, path: args.operands.slice(0, entry.sub?.length ?? 0) };
      }
    }
  }
  return null;
}
