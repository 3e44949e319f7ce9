import type { Range } from '../types.js';
import type { Assignment, SimpleCommand, Word } from './types.js';

export function makeCommand(
  argv: Word[],
  assignments: Assignment[],
  range: Range,
  wrappedBy: string | null,
  pipelineIndex: number,
  subshell = false,
): SimpleCommand {
  const first = argv[0]!;
  const name = first.literal ? (first.value.split('/').pop() ?? first.value) : null;
  return { name, argv, args: argv.slice(1), assignments, range, wrappedBy, pipelineIndex, subshell };
}
