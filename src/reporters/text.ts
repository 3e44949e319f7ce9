/** Human output: `path:line:col severity rule-id message`, then a summary line. */
import type { Severity } from '../types.js';
import type { Reporter } from './types.js';

const COLORS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', style: '\x1b[90m' };
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

export const textReporter: Reporter = ({ results, color, hidden = {} }) => {
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, style: 0 };
  for (const { findings } of results) {
    for (const f of findings) {
      counts[f.severity]++;
      const where = `${f.file}:${f.range.start.line}:${f.range.start.column}`;
      const sev = color ? `${COLORS[f.severity]}${f.severity}${RESET}` : f.severity;
      const id = color ? `${DIM}${f.ruleId}${RESET}` : f.ruleId;
      // Ruff's mark: `--fix` would fix this one.
      lines.push(`${where} ${sev} ${id} ${f.fix?.safe ? '[*] ' : ''}${f.message}`);
    }
  }
  const all = results.flatMap((r) => r.findings);
  const safe = all.filter((f) => f.fix?.safe).length;
  const unsafe = all.filter((f) => f.fix && !f.fix.safe).length;
  const total = counts.error + counts.warning + counts.info + counts.style;
  const files = results.length;
  const parts = (['error', 'warning', 'info', 'style'] as const).map((s) => countOf(counts[s], s));
  const inFiles = `in ${files} file${files === 1 ? '' : 's'}`;
  const left = (['warning', 'info', 'style'] as const).filter((s) => hidden[s]).map((s) => countOf(hidden[s]!, s));
  // "No problems found" would be untrue when --quiet only hid them.
  const quiet = left.length ? `; --quiet hid ${left.length > 1 ? `${left.slice(0, -1).join(', ')} and ${left[left.length - 1]}` : left[0]}` : '';
  if (total === 0) lines.push(quiet ? `No errors ${inFiles}${quiet}.` : `No problems found ${inFiles}.`);
  else lines.push(`${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}) ${inFiles}${quiet}.`);
  if (safe > 0) lines.push(`${safe} fixable with --fix${unsafe > 0 ? ` (${unsafe} more with --fix-unsafe)` : ''}.`);
  else if (unsafe > 0) lines.push(`${unsafe} fixable with --fix-unsafe.`);
  return lines.join('\n') + '\n';
};

function countOf(n: number, s: Severity): string {
  return `${n} ${s}${n === 1 || s === 'info' || s === 'style' ? '' : 's'}`;
}
