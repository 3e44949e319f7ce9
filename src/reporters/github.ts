/** GitHub Actions workflow commands (`::warning file=…::message`), escaped as the runner requires. */
import type { Finding, Severity } from '../types.js';
import { reportRoot, rootRelative } from './paths.js';
import type { Reporter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', style: 'notice' };

/** Escaping of a command's message, as actions/toolkit's `escapeData`. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a command's property values, as actions/toolkit's `escapeProperty`: `:` and `,` delimit properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One annotation command; `file` is relative to the repository root. */
export function annotation(f: Finding, file: string): string {
  const { start, end } = f.range;
  const props = [`file=${escapeProperty(file)}`, `line=${start.line}`];
  // Columns are allowed on one-line annotations only, and GitHub's endColumn is inclusive.
  if (end.line === start.line) props.push(`col=${start.column}`, `endColumn=${Math.max(start.column, end.column - 1)}`);
  props.push(`endLine=${Math.max(start.line, end.line)}`, `title=${escapeProperty(`dlint ${f.ruleId}`)}`);
  return `::${LEVEL[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
}

export const githubReporter: Reporter = ({ results, cwd }) => {
  const root = reportRoot(cwd);
  const lines = results.flatMap(({ file, findings }) => findings.map((f) => annotation(f, rootRelative(file, cwd, root))));
  return lines.length ? lines.join('\n') + '\n' : '';
};
