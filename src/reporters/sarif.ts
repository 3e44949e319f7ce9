/** SARIF 2.1.0 for GitHub code scanning and other SARIF consumers. */
import path from 'node:path';
import { ruleDocUrl, ruleMarkdown, ruleText, HOMEPAGE } from '../docs.js';
import type { Fix, Range, Severity } from '../types.js';
import { VERSION } from '../version.js';
import { fingerprints } from './fingerprint.js';
import { reportRoot, rootRelative } from './paths.js';
import type { Reporter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', style: 'note' };
/** GitHub's security-severity scale (0–10) for security rules, by severity. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.0', info: '3.0', style: '1.0' };

export const sarifReporter: Reporter = ({ results, rules, cwd, sarifCategory }) => {
  // Code scanning reads artifact URIs from the repository root; %SRCROOT% says where that is here.
  const root = reportRoot(cwd);
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
  const sarifRules = catalogue.map((m) => {
    const tags = [m.category, ...(m.tags ?? []), ...(m.category === 'security' ? ['security'] : [])].filter((t, i, a) => a.indexOf(t) === i);
    return {
      id: m.id,
      name: sarifName(m.id),
      shortDescription: { text: m.description },
      fullDescription: { text: m.docs.why || m.description },
      help: { text: ruleText(m), markdown: ruleMarkdown(m) },
      helpUri: m.url ?? ruleDocUrl(m.id),
      defaultConfiguration: { level: LEVEL[m.severity] },
      properties: {
        tags,
        precision: 'high',
        // Code scanning ranks an alert as a security finding only with both the tag and this score.
        ...(tags.includes('security') ? { 'security-severity': SECURITY_SEVERITY[m.severity] } : {}),
      },
    };
  });

  const sarifResults = results.flatMap(({ findings, text, file }) => {
    const uri = rootRelative(file, cwd, root);
    const prints = fingerprints(findings, text, uri);
    // A file outside the repository keeps an absolute URI.
    const artifactLocation = path.isAbsolute(uri) ? { uri: pathToFileUri(uri) } : { uri: encodePath(uri), uriBaseId: '%SRCROOT%' };
    return findings.map((f, i) => ({
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId)!,
      level: LEVEL[f.severity],
      message: { text: f.message },
      ...(f.code ? { properties: { code: f.code, ...(f.url ? { helpUri: f.url } : {}) } } : {}),
      locations: [{ physicalLocation: { artifactLocation, region: region(f.range) } }],
      ...(f.related
        ? { relatedLocations: f.related.map((r, id) => ({ id, physicalLocation: { artifactLocation, region: region(r.range) }, message: { text: r.message } })) }
        : {}),
      partialFingerprints: { 'dlintFingerprint/v1': prints[i]! },
      ...(f.fix ? { fixes: [sarifFix(f.fix, artifactLocation, text?.includes('\r\n') ? '\r\n' : '\n')] } : {}),
    }));
  });

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'dlint', version: VERSION, semanticVersion: VERSION, informationUri: HOMEPAGE, rules: sarifRules } },
        // `category/`: the trailing slash makes the whole id the category that keeps uploads apart.
        automationDetails: { id: `${sarifCategory || 'dlint'}/` },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileUri(root)}/` } },
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/** SARIF regions are never empty: an empty range still marks one column. */
function region(r: Range): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  return {
    startLine: r.start.line,
    startColumn: r.start.column,
    endLine: r.end.line,
    endColumn: Math.max(r.end.column, r.end.line === r.start.line ? r.start.column + 1 : 1),
  };
}

/**
 * A fix as SARIF's `fix`: one artifact change whose replacements use 1-based regions (an empty region
 * is an insertion point). Inserted line breaks follow the file's, as `--fix` writes them. Whether the
 * fix is safe has no SARIF field, so it travels in `properties`.
 */
function sarifFix(fix: Fix, artifactLocation: object, eol: string): object {
  return {
    description: { text: fix.description },
    artifactChanges: [
      {
        artifactLocation,
        replacements: fix.edits.map((e) => ({
          deletedRegion: { startLine: e.range.start.line, startColumn: e.range.start.column, endLine: e.range.end.line, endColumn: e.range.end.column },
          insertedContent: { text: e.text.replace(/\r?\n/g, eol) },
        })),
      },
    ],
    properties: { safe: fix.safe },
  };
}

function encodePath(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}

function pathToFileUri(file: string): string {
  const p = path.resolve(file).split(path.sep).join('/');
  return `file://${p.startsWith('/') ? '' : '/'}${encodePath(p)}`;
}

/** PascalCase of the id (`cd-in-run` → `CdInRun`); a one-word id gets `Findings`, as validators reject a name equal to the id but for case. */
function sarifName(id: string): string {
  const name = id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
  return id.includes('-') ? name : `${name}Findings`;
}
