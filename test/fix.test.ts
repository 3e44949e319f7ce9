import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixLoop, MAX_FIX_PASSES } from '../src/fix.js';
import { lint } from '../src/lint.js';
import { defineRule } from '../src/rule.js';
import type { Fix, Range } from '../src/types.js';
import { runCli } from './cli-harness.js';
import { workspace } from './workspace.js';

const r = (l1: number, c1: number, l2: number, c2: number): Range => ({ start: { line: l1, column: c1 }, end: { line: l2, column: c2 } });
const fix = (range: Range, text: string, safe = true): Fix => ({ description: 'test', edits: [{ range, text }], safe });

describe('applyFixes', () => {
  it('maps positions onto CRLF text and writes inserted newlines as CRLF', () => {
    const text = 'FROM a\r\nCMD x\r\n';
    const out = applyFixes(text, [fix(r(2, 5, 2, 6), 'y\nz'), fix(r(1, 6, 1, 7), 'b')], '\r\n');
    expect(out).toEqual({ text: 'FROM b\r\nCMD y\r\nz\r\n', applied: 2 });
  });

  it('keeps the first (in file order) of overlapping or touching fixes and skips the rest', () => {
    const text = 'abcdef\n';
    // Y = `abc`, X = `cd` overlaps Y, Z = `e`, W = `f` touches Z.
    const out = applyFixes(text, [fix(r(1, 3, 1, 5), 'X'), fix(r(1, 1, 1, 4), 'Y'), fix(r(1, 5, 1, 6), 'Z'), fix(r(1, 6, 1, 7), 'W')], '\n');
    expect(out).toEqual({ text: 'YdZf\n', applied: 2 });
  });

  it('applies all edits of one fix or none', () => {
    const twoEdits: Fix = { description: 'wrap', edits: [{ range: r(1, 1, 1, 1), text: '[' }, { range: r(1, 4, 1, 4), text: ']' }], safe: true };
    expect(applyFixes('abc\n', [twoEdits], '\n')).toEqual({ text: '[abc]\n', applied: 1 });
    // A fix whose second edit clashes with an earlier fix is skipped whole, its first edit included.
    const first: Fix = { description: 'a', edits: [{ range: r(1, 1, 1, 2), text: 'A' }, { range: r(1, 5, 1, 6), text: 'E' }], safe: true };
    const second: Fix = { description: 'b', edits: [{ range: r(1, 3, 1, 4), text: 'C' }, { range: r(1, 5, 1, 6), text: '!' }], safe: true };
    expect(applyFixes('abcdef\n', [second, first], '\n')).toEqual({ text: 'AbcdEf\n', applied: 1 });
  });
});

describe('fixLoop', () => {
  // Two rules that fix the same word differently: the second waits for a re-lint, then has nothing to fix.
  const upper = defineRule({
    meta: { id: 't/upper', category: 'style', severity: 'style', preset: 'recommended', description: 'Upper-case image.', docs: { why: 'test', bad: '', good: '' }, fixable: true, covers: [] },
    check({ model, report }) {
      for (const s of model.stages) {
        if (s.image.raw !== s.image.raw.toUpperCase()) report({ range: s.image.range, message: 'upper', fix: { description: 'upper', edits: [{ range: s.image.range, text: s.image.raw.toUpperCase() }] } });
      }
    },
  });
  const tag = defineRule({
    meta: { id: 't/tag', category: 'style', severity: 'style', preset: 'recommended', description: 'Tag the image.', docs: { why: 'test', bad: '', good: '' }, fixable: true, covers: [] },
    check({ model, report }) {
      for (const s of model.stages) {
        if (!s.image.raw.includes(':')) report({ range: s.image.range, message: 'tag', fix: { description: 'tag', edits: [{ range: s.image.range, text: `${s.image.raw}:1` }], safe: false } });
      }
    },
  });
  const only = (rules: string[]) => Object.fromEntries(['base-image-tag', 'non-root-user', 'cmd-present', 'official-base-image'].filter((id) => !rules.includes(id)).map((id) => [id, 'off' as const]));

  it('re-lints after each pass so overlapping fixes apply one after the other; unsafe ones only when asked', () => {
    const run = (unsafe: boolean) => fixLoop('FROM alpine\n', '\n', 'Dockerfile', unsafe, (t) => lint(t, { extraRules: [upper, tag], contextDir: null, rules: only([]) }));
    const safe = run(false);
    expect([safe.text, safe.applied, safe.findings.map((f) => f.ruleId).filter((id) => id.startsWith('t/'))]).toEqual(['FROM ALPINE\n', 1, ['t/tag']]);
    const all = run(true);
    expect([all.text, all.applied, all.findings.filter((f) => f.ruleId.startsWith('t/'))]).toEqual(['FROM ALPINE:1\n', 2, []]);
  });

  it(`stops after ${MAX_FIX_PASSES} passes when fixes keep coming`, () => {
    const grow = defineRule({
      meta: { id: 't/grow', category: 'style', severity: 'style', preset: 'recommended', description: 'Always fixable.', docs: { why: 'test', bad: '', good: '' }, fixable: true, covers: [] },
      check({ model, report }) {
        const end = model.instructions[0]!.range.end;
        report({ range: { start: end, end }, message: 'grow', fix: { description: 'grow', edits: [{ range: { start: end, end }, text: 'x' }] } });
      },
    });
    const out = fixLoop('FROM a\n', '\n', 'Dockerfile', false, (t) => lint(t, { extraRules: [grow], contextDir: null, rules: only([]) }));
    expect(out.applied).toBe(MAX_FIX_PASSES);
    expect(out.text).toBe(`FROM a${'x'.repeat(MAX_FIX_PASSES)}\n`);
  });
});

describe('dlint --fix', () => {
  const BEFORE = "FROM debian:12\r\nUSER 1000\r\nENTRYPOINT ['tini', '--']\r\nCMD python app.py\r\n";
  const AFTER = 'FROM debian:12\r\nUSER 1000\r\nENTRYPOINT ["tini", "--"]\r\nCMD ["python", "app.py"]\r\n';

  it('rewrites the file atomically, keeping the BOM, CRLF line endings and the file mode', async () => {
    const dir = workspace({ Dockerfile: Buffer.from(`\ufeff${BEFORE}`, 'utf8') });
    const file = path.join(dir, 'Dockerfile');
    fs.chmodSync(file, 0o640);
    const res = await runCli(['Dockerfile', '--fix', '--format', 'json'], { cwd: dir });
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(AFTER);
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir)).toEqual(['Dockerfile']);
    expect(res.stderr).toBe('dlint: fixed 1 file\n');
    // What is reported is what is left after fixing.
    const left = (JSON.parse(res.stdout) as { ruleId: string }[]).map((f) => f.ruleId);
    expect(left).not.toContain('exec-form-cmd');
    expect(left).not.toContain('invalid-json-form');
  });

  it('leaves files without fixes untouched', async () => {
    const dir = workspace({ Dockerfile: 'FROM debian:12\nUSER 1000\nCMD ["app"]\n' });
    const before = fs.statSync(path.join(dir, 'Dockerfile')).mtimeMs;
    const res = await runCli(['Dockerfile', '--fix'], { cwd: dir });
    expect(res.stderr).toBe('');
    expect(fs.statSync(path.join(dir, 'Dockerfile')).mtimeMs).toBe(before);
  });

  it('on stdin prints the fixed Dockerfile to stdout and the report to stderr', async () => {
    const res = await runCli(['-', '--fix'], { stdin: `\ufeff${BEFORE}`, cwd: workspace({}) });
    expect(res.stdout).toBe(`\ufeff${AFTER}`);
    // The text report (what is left after fixing) goes to stderr.
    expect(res.stderr).toMatch(/ in 1 file\.\n$/);
    expect(res.stderr).not.toMatch(/exec-form-cmd|invalid-json-form/);
    const clean = await runCli(['-', '--fix'], { stdin: 'FROM debian:12\nUSER 1000\nCMD ["app"]\n', cwd: workspace({}) });
    expect(clean.stdout).toBe('FROM debian:12\nUSER 1000\nCMD ["app"]\n');
  });
});
