/**
 * The fixes of the runtime, security and AI-image rules on their fixtures: each fix removes its finding, adds no
 * finding of another rule (with every rule on, strict preset), and a second `--fix-unsafe` changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../src/discover.js';
import { fixLoop } from '../src/fix.js';
import { lint } from '../src/lint.js';
import type { Finding } from '../src/types.js';
import { FIXTURES, ROOT } from './helpers.js';

const RULES = ['server-bind-address', 'expose-present', 'non-root-user', 'gpu-devel-final-stage', 'layer-cache-order', 'secrets-in-arg-env'];

function lintAll(file: string, text: string): Finding[] {
  return lint(text, { filePath: file, contextDir: path.dirname(file), preset: 'strict' });
}

function countByRule(findings: Finding[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of findings) out.set(f.ruleId, (out.get(f.ruleId) ?? 0) + 1);
  return out;
}

describe('runtime and security fixes', () => {
  for (const id of RULES) {
    it(`${id}: fixed fixtures lose the finding, gain no other, and are a fixed point`, () => {
      const files = discover([path.join(FIXTURES, 'rules', id)], ROOT).map((f) => path.resolve(ROOT, f));
      let fixedFiles = 0;
      for (const file of files) {
        const text = fs.readFileSync(file, 'utf8');
        const before = lintAll(file, text);
        const fixable = before.filter((f) => f.ruleId === id && f.fix).length;
        if (!fixable) continue;
        // Only this rule's fixes are applied; every rule judges the result.
        const fixed = fixLoop(text, '\n', file, true, (t) => lintAll(file, t).filter((f) => f.ruleId === id));
        expect(fixed.text, file).not.toBe(text);
        const after = lintAll(file, fixed.text);
        const was = countByRule(before);
        const now = countByRule(after);
        expect(now.get(id) ?? 0, `${file}: ${id} findings left`).toBeLessThanOrEqual((was.get(id) ?? 0) - fixable);
        const gained = [...now].filter(([rule, n]) => rule !== id && n > (was.get(rule) ?? 0));
        expect(gained, `${file}: new findings\n${fixed.text}\n${JSON.stringify(after.filter((f) => gained.some(([g]) => g === f.ruleId)).map((f) => f.message), null, 1)}`).toEqual([]);
        expect(fixLoop(fixed.text, '\n', file, true, (t) => lintAll(file, t).filter((f) => f.ruleId === id)).text, `${file}: not idempotent`).toBe(fixed.text);
        fixedFiles++;
      }
      expect(fixedFiles).toBeGreaterThan(0);
    });
  }
});
