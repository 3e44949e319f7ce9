/** Commands that run another command (`sudo apt-get …`, `xargs pip install`): rules see the inner one too. */
import { makeCommand } from './command.js';
import type { SimpleCommand } from './types.js';

/** Wrapper → its flags that take a value (the inner command starts at the first other non-flag word). */
const WRAPPERS: Record<string, ReadonlySet<string>> = {
  sudo: new Set(['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '--user', '--group']),
  xargs: new Set(['-a', '-d', '-E', '-e', '-I', '-i', '-L', '-l', '-n', '-P', '-s', '--arg-file', '--delimiter', '--max-args', '--max-procs', '--replace']),
  env: new Set(['-u', '-C', '-S', '--unset', '--chdir']),
  nice: new Set(['-n', '--adjustment']),
  nohup: new Set(),
  exec: new Set(['-a']),
  command: new Set(),
  time: new Set(['-f', '-o', '--format', '--output']),
  stdbuf: new Set(['-i', '-o', '-e']),
  eatmydata: new Set(),
  chronic: new Set(),
  gosu: new Set(),
  'su-exec': new Set(),
  timeout: new Set(['-s', '-k', '--signal', '--kill-after']),
};

/** Number of leading positional words that belong to the wrapper itself (`gosu user cmd`, `timeout 10 cmd`). */
const POSITIONAL: Record<string, number> = { gosu: 1, 'su-exec': 1, timeout: 1 };

export function unwrapCommand(cmd: SimpleCommand): SimpleCommand | null {
  if (!cmd.name) return null;
  const valued = WRAPPERS[cmd.name];
  if (!valued) return null;
  // `command -v x` only looks x up.
  if (cmd.name === 'command') {
    const options = cmd.args.slice(0, Math.max(0, cmd.args.findIndex((w) => !w.value.startsWith('-'))));
    if (options.some((w) => /^-[a-zA-Z]*[vV]/.test(w.value))) return null;
  }
  let positional = POSITIONAL[cmd.name] ?? 0;
  const args = cmd.args;
  let i = 0;
  while (i < args.length) {
    const v = args[i]!.value;
    if (cmd.name === 'env' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) {
      i++;
      continue;
    }
    if (v.startsWith('-') && v !== '-') {
      i += valued.has(v) ? 2 : 1;
      continue;
    }
    if (positional > 0) {
      positional--;
      i++;
      continue;
    }
    break;
  }
  const argv = args.slice(i);
  if (argv.length === 0) return null;
  const first = argv[0]!;
  const range = { start: first.range.start, end: cmd.range.end };
  return makeCommand(argv, [], range, cmd.name, cmd.pipelineIndex, cmd.subshell);
}
