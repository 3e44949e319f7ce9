/** GitLab Code Quality report (`artifacts: reports: codequality`): a JSON array of issues. */
import type { Severity } from '../types.js';
import { fingerprints } from './fingerprint.js';
import { reportRoot, rootRelative } from './paths.js';
import type { Reporter } from './types.js';

const SEVERITY: Record<Severity, 'critical' | 'major' | 'minor' | 'info'> = { error: 'critical', warning: 'major', info: 'minor', style: 'info' };

export const gitlabReporter: Reporter = ({ results, cwd }) => {
  const root = reportRoot(cwd);
  const issues = results.flatMap(({ file, text, findings }) => {
    const filePath = rootRelative(file, cwd, root);
    const prints = fingerprints(findings, text, filePath);
    return findings.map((f, i) => ({
      type: 'issue',
      description: f.message,
      check_name: f.ruleId,
      fingerprint: prints[i]!,
      severity: SEVERITY[f.severity],
      location: { path: filePath, lines: { begin: f.range.start.line, end: Math.max(f.range.start.line, f.range.end.line) } },
    }));
  });
  return JSON.stringify(issues, null, 2) + '\n';
};
