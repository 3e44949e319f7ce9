/**
 * Ruff-style snapshots: every rule's findings (and fixes) on its fixtures in `fixtures/rules/<id>/`,
 * written as readable markdown to `test/rule-snapshots/<id>.md`. A change in what a rule reports
 * shows up as a diff of that file; `npx vitest run -u` accepts it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover, DiscoveryError } from '../src/discover.js';
import { INTERNAL_ERROR } from '../src/engine.js';
import { fixLoop } from '../src/fix.js';
import { allRules, lint } from '../src/lint.js';
import { decodeDockerfile } from '../src/read.js';
import type { Rule } from '../src/rule.js';
import { findShellCheck } from '../src/shellcheck/binary.js';
import { ShellCheck } from '../src/shellcheck/session.js';
import type { Finding } from '../src/types.js';
import { ROOT } from './helpers.js';
import { unifiedDiff } from '../src/diff.js';

const SNAPSHOTS = path.join(ROOT, 'test', 'rule-snapshots');
const rules = allRules();

/** Repo-relative, `/`-separated: snapshots must not depend on where the repo is checked out. */
const rel = (p: string): string => path.relative(ROOT, p).split(path.sep).join('/');
/** Messages may quote the Dockerfile's path (`RUN at <path>:12`), which is absolute here. */
const relText = (s: string): string => s.split(ROOT + path.sep).join('');

/** The real ShellCheck (installed by `.ci/run`): the `shellcheck` rule's snapshot is ShellCheck's own output, placed by dlint. */
const shellcheck = new ShellCheck(findShellCheck()!);

/** Only this rule runs, so its snapshot (and its fixed text) cannot change when another rule does. */
function lintWith(rule: Rule, file: string, text: string): Finding[] {
  const only = Object.fromEntries(rules.map((r) => [r.meta.id, r === rule ? r.meta.severity : ('off' as const)]));
  return lint(text, { filePath: file, contextDir: path.dirname(file), rules: only, shellcheck }).filter(
    (f) => f.ruleId === rule.meta.id || f.ruleId === INTERNAL_ERROR,
  );
}

/** A code fence longer than any backtick run in `body`. */
function fenced(lang: string, body: string): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${body.endsWith('\n') ? body : `${body}\n`}${fence}`;
}

function compare(a: Finding, b: Finding): number {
  const key = (f: Finding): (string | number)[] => [f.file, f.range.start.line, f.range.start.column, f.range.end.line, f.range.end.column, f.ruleId, f.message];
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
  return 0;
}

/** One finding: its location line, its fix, and the source line with the range underlined. */
function describeFinding(f: Finding, dockerfile: string, text: string): string {
  const { start, end } = f.range;
  const where = f.file === dockerfile ? '' : `${rel(f.file)}:`;
  const out = [`${where}${start.line}:${start.column}-${end.line}:${end.column} ${f.severity} ${f.ruleId} ${relText(f.message).replace(/\n/g, '\n    ')}`];
  if (f.fix) out.push(`  fix (${f.fix.safe ? 'safe' : 'unsafe'}): ${relText(f.fix.description)}`);
  for (const r of f.related ?? []) out.push(`  related ${r.range.start.line}:${r.range.start.column}-${r.range.end.line}:${r.range.end.column} ${relText(r.message)}`);
  const source = f.file === dockerfile ? text : fs.existsSync(f.file) ? fs.readFileSync(f.file, 'utf8') : null;
  // Tabs shown as one space keep the underline under the columns it marks.
  const line = source?.split(/\r?\n/)[start.line - 1]?.replace(/\t/g, ' ');
  if (line !== undefined) {
    const width = end.line === start.line ? Math.max(1, end.column - start.column) : Math.max(1, line.length - start.column + 1);
    const gutter = ' '.repeat(String(start.line).length);
    out.push(`  ${start.line} | ${line}`.trimEnd(), `  ${gutter} | ${' '.repeat(start.column - 1)}${'^'.repeat(width)}`);
  }
  return out.join('\n');
}

function fixSection(title: string, file: string, text: string, fixed: { text: string; applied: number }): string {
  const diff = unifiedDiff(rel(file), `${rel(file)} (fixed)`, text, fixed.text);
  const applied = `${fixed.applied} fix${fixed.applied === 1 ? '' : 'es'} applied`;
  return `### ${title}: ${applied}\n\n${diff ? fenced('diff', diff) : 'No change.'}`;
}

function snapshot(rule: Rule, files: string[]): string {
  const { meta } = rule;
  const linted = files.map((file) => {
    const text = decodeDockerfile(fs.readFileSync(file)).text;
    return { file, text, findings: lintWith(rule, file, text).sort(compare) };
  });
  // Shown only when the fixtures exercise an unsafe fix, so safe-only rules do not repeat the same diff.
  const hasUnsafe = linted.some((l) => l.findings.some((f) => f.fix && !f.fix.safe));
  const out = [
    `# ${meta.id}`,
    '',
    `Severity ${meta.severity}, preset ${meta.preset}, ${meta.fixable ? 'fixable' : 'not fixable'}. Findings of this rule alone (the other rules off) on`,
    `\`fixtures/rules/${meta.id}/\`, each Dockerfile with its own folder as the build context. Generated by`,
    '`test/rule-snapshots.test.ts`; after a deliberate change, `npx vitest run -u` updates it and a reviewer reads the diff.',
  ];
  for (const { file, text, findings } of linted) {
    out.push('', `## ${rel(file)}`, '');
    if (findings.length === 0) {
      out.push('No findings.');
      continue;
    }
    out.push(fenced('text', findings.map((f) => describeFinding(f, file, text)).join('\n\n')));
    if (!meta.fixable) continue;
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const fix = (unsafe: boolean) => fixLoop(text, eol, file, unsafe, (t) => lintWith(rule, file, t));
    out.push('', fixSection('`--fix` (safe fixes)', file, text, fix(false)));
    if (hasUnsafe) out.push('', fixSection('`--fix-unsafe` (safe and unsafe fixes)', file, text, fix(true)));
  }
  return out.join('\n') + '\n';
}

describe('rule snapshots', () => {
  for (const rule of rules) {
    const id = rule.meta.id;
    it(id, async () => {
      const dir = path.join(ROOT, 'fixtures', 'rules', id);
      expect(fs.existsSync(dir), `rule ${id} has no fixtures folder fixtures/rules/${id}/`).toBe(true);
      let files: string[] = [];
      try {
        files = discover([dir], ROOT);
      } catch (e) {
        if (!(e instanceof DiscoveryError)) throw e;
      }
      expect(files, `fixtures/rules/${id}/ has no Dockerfile`).not.toEqual([]);
      const text = snapshot(rule, files.map((f) => path.resolve(ROOT, f)));
      expect(text, 'snapshot names an absolute path').not.toContain(ROOT);
      if (!rule.meta.fixable) expect(text, `${id} is not fixable in its meta, yet reports fixes`).not.toMatch(/^ {2}fix \(/m);
      await expect(text).toMatchFileSnapshot(path.join(SNAPSHOTS, `${id}.md`));
    });
  }

  it('has no snapshot or fixtures folder left from a removed rule', () => {
    const ids = rules.map((r) => r.meta.id).sort();
    const snapshots = fs.existsSync(SNAPSHOTS) ? fs.readdirSync(SNAPSHOTS).map((f) => f.replace(/\.md$/, '')) : [];
    expect(snapshots.filter((s) => !ids.includes(s)), 'stale files in test/rule-snapshots/').toEqual([]);
    expect(fs.readdirSync(path.join(ROOT, 'fixtures', 'rules')).filter((d) => !ids.includes(d)), 'fixtures/rules/ folders without a rule').toEqual([]);
  });
});

describe('unifiedDiff', () => {
  it('prints changed lines with three lines of context, removals first', () => {
    const a = 'a\nb\nc\nd\ne\nf\ng\nh\n';
    const b = 'a\nb\nc\nD\ne\nf\ng\nh\nI\n';
    expect(unifiedDiff('x', 'y', a, b)).toBe('--- x\n+++ y\n@@ -1,8 +1,9 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n h\n+I\n');
    expect(unifiedDiff('x', 'y', 'a\nb\n', 'a\nb\n')).toBe('');
    expect(unifiedDiff('x', 'y', 'a\n', 'b')).toBe('--- x\n+++ y\n@@ -1,1 +1,1 @@\n-a\n+b\n\\ No newline at end of file\n');
  });
});
