import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules, lint, type LintOptions } from '../src/lint.js';
import type { Finding, Range, RelatedLocation } from '../src/types.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = path.join(ROOT, 'fixtures');

/** Findings of one rule (turned on at its default severity, even when its preset is strict or off). */
export function ruleFindings(ruleId: string, text: string, options: LintOptions = {}): Finding[] {
  const rule = allRules(options.extraRules).find((r) => r.meta.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return lint(text, { preset: 'strict', contextDir: null, ...options, rules: { [ruleId]: rule.meta.severity, ...options.rules } }).filter(
    (f) => f.ruleId === ruleId || f.ruleId === 'internal-error',
  );
}

/** `[line, column]` of each finding, the shape most rule tests assert on. */
export function positions(findings: readonly { range: Range }[]): [number, number][] {
  return findings.map((f) => [f.range.start.line, f.range.start.column]);
}

/** The packages the pinning rules' findings point at (their related locations), in file order. */
export function unpinnedPackages(findings: readonly Finding[]): RelatedLocation[] {
  return findings
    .flatMap((f) => f.related ?? [])
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
}

export function readFixture(...parts: string[]): string {
  return fs.readFileSync(path.join(FIXTURES, ...parts), 'utf8');
}

/** Findings of one rule on a fixture file, with the fixture's folder as the build context. */
export function fixtureFindings(ruleId: string, ...parts: string[]): Finding[] {
  const file = path.join(FIXTURES, ...parts);
  return ruleFindings(ruleId, fs.readFileSync(file, 'utf8'), { filePath: file, contextDir: path.dirname(file) });
}
