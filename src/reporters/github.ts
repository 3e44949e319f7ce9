/** GitHub Actions workflow commands (`::warning file=…::message`), escaped as the runner requires. */
import type { Severity } from '../types.js';
import type { Reporter } from './types.js';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', style: 'notice' };

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const githubReporter: Reporter = ({ results }) => {
  const lines: string[] = [];
  for (const { findings } of results) {
    for (const f of findings) {
      const props = [
        `file=${escapeProperty(f.file)}`,
        `line=${f.range.start.line}`,
        `col=${f.range.start.column}`,
        `endLine=${f.range.end.line}`,
        `endColumn=${f.range.end.column}`,
        `title=${escapeProperty(`dlint ${f.ruleId}`)}`,
      ];
      lines.push(`::${LEVEL[f.severity]} ${props.join(',')}::${escapeData(f.message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
