/**
 * The fixes of the cache-cleanup, consecutive-run, numeric-user and WORKDIR rules on their fixtures: a fixed file
 * re-lints without the fixed findings, a second `--fix` changes nothing, no other rule finds new syntax or shell
 * errors, and CRLF files keep their line endings.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixLoop } from '../src/fix.js';
import { allRules, lint } from '../src/lint.js';
import { decodeDockerfile } from '../src/read.js';
import type { Finding } from '../src/types.js';
import { FIXTURES } from './helpers.js';

const RULES = [
  'pip-no-cache-dir', 'apt-cleanup', 'rpm-cleanup', 'conda-cleanup', 'yarn-cache-clean', 'apk-no-cache',
  'consecutive-run', 'numeric-user', 'copy-relative-dest', 'workdir-absolute',
];
const BROKEN = ['syntax-error', 'shell-check', 'invalid-json-form'];
const ids = allRules().map((r) => r.meta.id);

function lintOnly(rule: string | null, file: string, text: string): Finding[] {
  const rules = rule === null ? undefined : Object.fromEntries(ids.map((id) => [id, id === rule ? 'info' : 'off'] as const));
  return lint(text, { filePath: file, contextDir: path.dirname(file), preset: 'strict', ...(rules ? { rules } : {}) });
}

describe.each(RULES)('%s fixes', (rule) => {
  const dir = path.join(FIXTURES, 'rules', rule);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('Dockerfile')).map((f) => path.join(dir, f));
  it.each(files.map((f) => [path.basename(f), f]))('%s', (_name, file) => {
    const text = decodeDockerfile(fs.readFileSync(file)).text;
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const before = lintOnly(rule, file, text).filter((f) => f.ruleId === rule);
    const fixable = before.filter((f) => f.fix).length;
    const fixed = fixLoop(text, eol, file, true, (t) => lintOnly(rule, file, t));
    const after = fixed.findings.filter((f) => f.ruleId === rule);
    // consecutive-run: a join may leave a shorter run of RUNs reported; every other fix removes its finding.
    if (rule === 'consecutive-run') expect(after.length).toBeLessThanOrEqual(before.length);
    else expect(after.length).toBe(before.length - fixable);
    expect(after.filter((f) => f.fix), 'a fix is still offered after --fix').toEqual([]);
    expect(fixLoop(fixed.text, eol, file, true, (t) => lintOnly(rule, file, t)).applied, 'a second --fix changes something').toBe(0);
    const broken = (t: string): string[] => lintOnly(null, file, t).filter((f) => BROKEN.includes(f.ruleId)).map((f) => `${f.ruleId} ${f.message}`);
    const was = broken(text);
    expect(broken(fixed.text).filter((b) => !was.includes(b)), 'the fixed file has new syntax or shell findings').toEqual([]);
    if (eol === '\r\n') expect(fixed.text.replace(/\r\n/g, '')).not.toContain('\n');
  });
});
