import { FILE_READERS, SELECTING_FILTERS, STDIN_FILTERS } from '../knowledge/empty-input.js';
import { hasOption } from './invocation.js';
import type { SimpleCommand, Word } from './types.js';

/**
 * The files a reader of FILE_READERS, a text filter of STDIN_FILTERS or a selecting filter of SELECTING_FILTERS reads
 * (none: stdin only); null for other programs, and when a file holds the program (`sed -f x`) or the options are not
 * all known.
 */
export function filesRead(cmd: SimpleCommand): readonly Word[] | null {
  const inv = cmd.invocation;
  if (!cmd.name || inv.opaqueOptions) return null;
  if (cmd.name in FILE_READERS) return inv.operands;
  // `… | grep -v '^$' | …`: selecting no line is no failure; `-r` with no operand reads the folder, which may hold anything.
  const selecting = SELECTING_FILTERS[cmd.name];
  if (selecting) {
    if (hasOption(inv, ...selecting.patternFile, '-r', '-R', '--recursive', '--dereference-recursive')) return null;
    return inv.operands.slice(hasOption(inv, ...selecting.pattern) ? 0 : 1);
  }
  const filter = STDIN_FILTERS[cmd.name];
  if (!filter) return null;
  if (filter.noFiles) return [];
  if (filter.scriptFile && hasOption(inv, ...filter.scriptFile)) return null;
  // sed and awk take their program as the first operand unless an option gave it.
  const inline = filter.script !== undefined && !(filter.script.length > 0 && hasOption(inv, ...filter.script));
  return inv.operands.slice(inline ? 1 : 0);
}
