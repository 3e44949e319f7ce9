/** SARIF 2.1.0 for GitHub code scanning and other SARIF consumers. */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { ruleDocUrl, ruleMarkdown, ruleText, HOMEPAGE } from '../docs.js';
import type { Severity } from '../types.js';
import { VERSION } from '../version.js';
import type { Reporter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', style: 'note' };
/** GitHub's security-severity scale (0–10) for security rules, by severity. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.0', info: '3.0', style: '1.0' };

function artifactUri(file: string, cwd: string): string {
  const rel = path.isAbsolute(file) ? path.relative(cwd, file) : file;
  return rel.split(path.sep).join('/').split('/').map(encodeURIComponent).join('/');
}

export const sarifReporter: Reporter = ({ results, rules, cwd }) => {
  const used = new Set(results.flatMap((r) => r.findings.map((f) => f.ruleId)));
  const catalogue = rules.map((r) => r.meta);
  for (const id of used) {
    if (!catalogue.some((m) => m.id === id)) {
      catalogue.push({
        id,
        category: 'correctness',
        severity: 'error',
        preset: 'recommended',
        description: id === 'io-error' ? 'The file could not be read.' : 'dlint failed on this file.',
        docs: { why: 'An error of the linter itself, not of the Dockerfile.', bad: '', good: '' },
        fixable: false,
        covers: [],
      });
    }
  }
  const index = new Map(catalogue.map((m, i) => [m.id, i]));
  const sarifRules = catalogue.map((m) => ({
    id: m.id,
    name: m.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: m.description },
    fullDescription: { text: m.docs.why || m.description },
    help: { text: ruleText(m), markdown: ruleMarkdown(m) },
    helpUri: m.url ?? ruleDocUrl(m.id),
    defaultConfiguration: { level: LEVEL[m.severity] },
    properties: {
      tags: [m.category, ...(m.tags ?? []), ...(m.category === 'security' ? ['security'] : [])].filter((t, i, a) => a.indexOf(t) === i),
      precision: 'high',
      ...(m.category === 'security' ? { 'security-severity': SECURITY_SEVERITY[m.severity] } : {}),
    },
  }));

  const sarifResults = results.flatMap(({ findings, text }) => {
    const lines = text?.replace(/\r\n/g, '\n').split('\n') ?? [];
    const seen = new Map<string, number>();
    return findings.map((f) => {
      // Fingerprint from the rule, file and the content of the flagged line, not its number,
      // so alerts survive edits elsewhere in the file.
      const content = (lines[f.range.start.line - 1] ?? '').trim();
      const base = createHash('sha256').update(`${f.ruleId}\0${f.file}\0${content}`).digest('hex').slice(0, 32);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      return {
        ruleId: f.ruleId,
        ruleIndex: index.get(f.ruleId)!,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: artifactUri(f.file, cwd), uriBaseId: '%SRCROOT%' },
              region: {
                startLine: f.range.start.line,
                startColumn: f.range.start.column,
                endLine: f.range.end.line,
                endColumn: Math.max(f.range.end.column, f.range.end.line === f.range.start.line ? f.range.start.column + 1 : 1),
              },
            },
          },
        ],
        partialFingerprints: { 'dlintFingerprint/v1': `${base}:${n}` },
      };
    });
  });

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'dlint', version: VERSION, semanticVersion: VERSION, informationUri: HOMEPAGE, rules: sarifRules } },
        automationDetails: { id: 'dlint/' },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileUri(cwd) } },
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function pathToFileUri(dir: string): string {
  const p = path.resolve(dir).split(path.sep).join('/');
  return `file://${p.startsWith('/') ? '' : '/'}${p.split('/').map(encodeURIComponent).join('/')}/`;
}
