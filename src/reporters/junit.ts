/**
 * JUnit XML, for CI test-report views (GitLab `reports: junit`, Jenkins, Azure Pipelines): one test
 * suite per Dockerfile, one failing test case per finding that fails the run. Findings below the
 * failure threshold are skipped test cases, so they show without marking the build failed or unstable.
 */
import { reaches } from '../types.js';
import { reportRoot, rootRelative } from './paths.js';
import type { Reporter } from './types.js';
import { XML_DECLARATION, xmlEscape } from './xml.js';

export const junitReporter: Reporter = ({ results, cwd }) => {
  const root = reportRoot(cwd);
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const { file, findings, failureThreshold = 'warning' } of results) {
    const name = xmlEscape(rootRelative(file, cwd, root));
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const f of findings) {
      const where = `${name}:${f.range.start.line}:${f.range.start.column}`;
      const head = `    <testcase classname="${name}" name="${where} ${xmlEscape(f.ruleId)}">`;
      if (reaches(f.severity, failureThreshold)) {
        suiteFailures++;
        cases.push(head, `      <failure message="${xmlEscape(f.message)}" type="${f.severity}">${where} ${f.severity} ${xmlEscape(`${f.ruleId} ${f.message}`)}</failure>`, '    </testcase>');
      } else {
        skipped++;
        cases.push(head, `      <skipped message="${f.severity}: ${xmlEscape(f.message)}"/>`, '    </testcase>');
      }
    }
    // A clean file is one passing test, so the report counts the files that were checked.
    if (findings.length === 0) cases.push(`    <testcase classname="${name}" name="${name}"/>`);
    const count = Math.max(1, findings.length);
    tests += count;
    failures += suiteFailures;
    suites.push(`  <testsuite name="${name}" tests="${count}" failures="${suiteFailures}" errors="0" skipped="${findings.length - suiteFailures}">`, ...cases, '  </testsuite>');
  }
  return [XML_DECLARATION, `<testsuites name="dlint" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`, ...suites, '</testsuites>'].join('\n') + '\n';
};
