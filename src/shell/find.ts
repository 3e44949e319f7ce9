/** How `find` reads its arguments: start points, then the expression. */
import type { SimpleCommand, Word } from './types.js';

/** The index of `find`'s first start point: after `-H`, `-L`, `-P` (and `-O3`, `-D tree`). */
function startsAt(args: readonly Word[]): number {
  let i = 0;
  while (i < args.length && /^-([HLP]|O\d)$/.test(args[i]!.value)) i++;
  if (args[i]?.value === '-D') i += 2;
  return i;
}

/** The folders `find` walks (none: the current one), build variables resolved. */
export function findStartPoints(cmd: SimpleCommand): Word[] {
  const args = cmd.invocation.args;
  const starts: Word[] = [];
  // The expression starts at a `-x`, `(` or `!`.
  for (let i = startsAt(args); i < args.length && !/^[-(!]/.test(args[i]!.value); i++) starts.push(args[i]!);
  return starts;
}

/** `find`'s expression: its words after the start points. */
export function findExpression(cmd: SimpleCommand): readonly Word[] {
  const args = cmd.invocation.args;
  let i = startsAt(args);
  while (i < args.length && !/^[-(!]/.test(args[i]!.value)) i++;
  return args.slice(i);
}
