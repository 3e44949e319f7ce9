import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedDocs } from '../src/docs-files.js';
import { allRules } from '../src/lint.js';
import { ROOT } from './helpers.js';

describe('generated docs', () => {
  it('README rules table is up to date (run `npm run docs`)', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toBe(expectedDocs(readme).readme);
  });

  it('docs/rules pages are up to date (run `npm run docs`)', () => {
    const dir = path.join(ROOT, 'docs', 'rules');
    const { pages } = expectedDocs(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
    expect(fs.readdirSync(dir).sort()).toEqual([...pages.keys()].sort());
    for (const [name, text] of pages) expect(fs.readFileSync(path.join(dir, name), 'utf8'), name).toBe(text);
  });

  it('every rule has complete meta', () => {
    const ids = new Set<string>();
    for (const { meta } of allRules()) {
      expect(meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(ids.has(meta.id), `duplicate ${meta.id}`).toBe(false);
      ids.add(meta.id);
      expect(meta.description.length, meta.id).toBeGreaterThan(10);
      expect(meta.docs.why.length, meta.id).toBeGreaterThan(40);
      expect(meta.docs.bad.length, meta.id).toBeGreaterThan(0);
      expect(meta.docs.good.length, meta.id).toBeGreaterThan(0);
    }
  });
});
