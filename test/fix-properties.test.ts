/**
 * Properties every fix must have, checked on each fixable rule's fixtures (so a new fix is covered
 * without a test of its own): a second run changes nothing, the fixed file has none of the fixed
 * findings left and no new finding of another rule, and CRLF, BOM and `# escape=`` files keep their form.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../src/discover.js';
import { fixLoop } from '../src/fix.js';
import { allRules, lint } from '../src/lint.js';
import { decodeDockerfile } from '../src/read.js';
import type { Rule } from '../src/rule.js';
import type { Finding } from '../src/types.js';
import { ROOT } from './helpers.js';

const rules = allRules();

/**
 * Findings of other rules a fix may add, each with why. Keyed `fixing-rule → new-rule`.
 * Keep this short: an entry is a fix that leaves the file with another problem.
 */
const ALLOWED_NEW: Record<string, string> = {
  // The cleanup appended to one RUN ends consecutive-run's group there: the same RUNs, reported as two groups.
  'rpm-cleanup → consecutive-run': 'a group split in two',
};

function lintAll(file: string, text: string): Finding[] {
  return lint(text, { filePath: file, contextDir: path.dirname(file), preset: 'strict' });
}

function lintOnly(rule: Rule, file: string, text: string): Finding[] {
  const only = Object.fromEntries(rules.map((r) => [r.meta.id, r === rule ? r.meta.severity : ('off' as const)]));
  return lint(text, { filePath: file, contextDir: path.dirname(file), rules: only }).filter((f) => f.ruleId === rule.meta.id);
}

function fix(rule: Rule, file: string, text: string, unsafe: boolean): { text: string; applied: number; left: Finding[] } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const out = fixLoop(text, eol, file, unsafe, (t) => lintOnly(rule, file, t));
  return { text: out.text, applied: out.applied, left: out.findings.filter((f) => f.fix && (f.fix.safe || unsafe)) };
}

function countByRule(findings: Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return counts;
}

/** The fixture with `` ` `` as escape character, or null when it has other backslashes or backticks (their meaning would change). */
function withBacktickEscape(text: string): string | null {
  const body = text.replace(/\\(?=[ \t]*\n)/g, '`');
  if (/[\\`]/.test(body.replace(/`(?=[ \t]*\n)/g, '')) || /^#\s*escape\s*=/im.test(text)) return null;
  return '# escape=`\n' + body;
}

const fixable = rules.filter((r) => r.meta.fixable);

describe('fix properties', () => {
  it('covers every fixable rule, each declaring the safety of its fixes (meta.fixKind)', () => {
    expect(fixable.length).toBeGreaterThan(0);
    expect(fixable.filter((r) => !r.meta.fixKind).map((r) => r.meta.id), "add fixKind: 'safe' | 'unsafe' | 'mixed' to these rules' meta").toEqual([]);
    expect(rules.filter((r) => !r.meta.fixable && r.meta.fixKind).map((r) => r.meta.id), 'fixKind on a rule that is not fixable').toEqual([]);
  });

  // ShellCheck's fixes come from the program: test/shellcheck.test.ts covers them with a real ShellCheck.
  for (const rule of fixable.filter((r) => r.meta.id !== 'shellcheck')) {
    const id = rule.meta.id;
    const files = discover([path.join(ROOT, 'fixtures', 'rules', id)], ROOT).map((f) => path.resolve(ROOT, f));
    describe(id, () => {
      for (const file of files) {
        const text = decodeDockerfile(fs.readFileSync(file)).text;
        if (!lintOnly(rule, file, text).some((f) => f.fix)) continue;
        const name = path.relative(ROOT, file);
        it(`${name}: its fixes are as safe as meta.fixKind says`, () => {
          const kinds = new Set(lintOnly(rule, file, text).flatMap((f) => (f.fix ? [f.fix.safe ? 'safe' : 'unsafe'] : [])));
          if (rule.meta.fixKind === 'safe') expect(kinds).not.toContain('unsafe');
          if (rule.meta.fixKind === 'unsafe') expect(kinds).not.toContain('safe');
        });
        for (const unsafe of [false, true]) {
          it(`${name} ${unsafe ? '--fix-unsafe' : '--fix'}: idempotent, nothing fixable left, no new finding of another rule`, () => {
            const fixed = fix(rule, file, text, unsafe);
            expect(fix(rule, file, fixed.text, unsafe).text, 'a second run changes the file').toBe(fixed.text);
            expect(fixed.left.map((f) => `${f.range.start.line}: ${f.message}`), 'fixable findings left').toEqual([]);
            const before = countByRule(lintAll(file, text));
            const after = countByRule(lintAll(file, fixed.text));
            const added = [...after].filter(([r, n]) => r !== id && n > (before.get(r) ?? 0) && !Object.hasOwn(ALLOWED_NEW, `${id} → ${r}`));
            expect(added.map(([r]) => r), `new findings after fixing:\n${fixed.text}`).toEqual([]);
          });
        }
        it(`${name}: CRLF, BOM and a backtick escape keep their form`, () => {
          // A fixture may already be CRLF: the variants start from its LF form.
          const plain = text.replace(/\r\n/g, '\n');
          const lf = fix(rule, file, plain, true).text;
          const crlf = decodeDockerfile(Buffer.from(plain.replace(/\n/g, '\r\n')));
          expect(fix(rule, file, crlf.text, true).text).toBe(lf.replace(/\n/g, '\r\n'));
          const bom = decodeDockerfile(Buffer.from(`\ufeff${plain}`));
          expect(bom.bom).toBe(true);
          expect(fix(rule, file, bom.text, true).text).toBe(lf);
          const escaped = withBacktickEscape(plain);
          if (escaped !== null) expect(fix(rule, file, escaped, true).text).toBe(withBacktickEscape(lf));
        });
      }
    });
  }
});
