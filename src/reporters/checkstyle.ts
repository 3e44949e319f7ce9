/** Checkstyle XML, read by Jenkins (warnings-ng), SonarQube, reviewdog and other CI tools. */
import type { Severity } from '../types.js';
import { reportRoot, rootRelative } from './paths.js';
import type { Reporter } from './types.js';
import { XML_DECLARATION, xmlEscape } from './xml.js';

/** Checkstyle knows error, warning and info. */
const SEVERITY: Record<Severity, 'error' | 'warning' | 'info'> = { error: 'error', warning: 'warning', info: 'info', style: 'info' };

export const checkstyleReporter: Reporter = ({ results, cwd }) => {
  const root = reportRoot(cwd);
  const lines = [XML_DECLARATION, '<checkstyle version="4.3">'];
  for (const { file, findings } of results) {
    lines.push(`  <file name="${xmlEscape(rootRelative(file, cwd, root))}">`);
    for (const f of findings) {
      const attrs = [
        `line="${f.range.start.line}"`,
        `column="${f.range.start.column}"`,
        `severity="${SEVERITY[f.severity]}"`,
        `message="${xmlEscape(f.message)}"`,
        `source="dlint.${xmlEscape(f.ruleId)}"`,
      ];
      lines.push(`    <error ${attrs.join(' ')}/>`);
    }
    lines.push('  </file>');
  }
  lines.push('</checkstyle>');
  return lines.join('\n') + '\n';
};
