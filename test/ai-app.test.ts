/**
 * The seed example: fixtures/ai-app (a FastAPI image classifier done right) must lint clean with every rule of
 * the recommended preset; fixtures/ai-app-bad shows the core rules firing where they should.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules, lint } from '../src/lint.js';
import type { Finding } from '../src/types.js';
import { FIXTURES } from './helpers.js';

function lintFixture(rel: string, preset: 'recommended' | 'strict' = 'recommended'): Finding[] {
  const file = path.join(FIXTURES, rel);
  return lint(fs.readFileSync(file, 'utf8'), { filePath: file, preset });
}

/** [file (relative to fixtures/ai-app-bad), rule id, line] of every finding the bad example must produce. */
const EXPECTED: [string, string, number][] = [
  ['Dockerfile', 'gpu-base-tag', 2],
  ['Dockerfile', 'pip-pin-versions', 3],
  ['Dockerfile', 'gpu-devel-final-stage', 6],
  ['Dockerfile', 'non-root-user', 6],
  ['Dockerfile', 'apt-pin-versions', 7],
  ['Dockerfile', 'dockerignore-missing', 9],
  ['Dockerfile', 'layer-cache-order', 9],
  ['Dockerfile', 'exec-form-cmd', 12],
  ['Dockerfile', 'expose-present', 12],
  ['Dockerfile', 'server-bind-address', 12],
  // One finding for the file's five unpinned requirements (lines 1-5 as related locations).
  ['requirements.txt', 'requirements-pin-versions', 1],
  ['worker.Dockerfile', 'base-image-tag', 2],
  ['worker.Dockerfile', 'official-base-image', 2],
  ['worker.Dockerfile', 'base-image-tag', 3],
  ['worker.Dockerfile', 'cmd-present', 3],
];
const EXPECTED_IDS = [...new Set(EXPECTED.map(([, id]) => id))];

describe('fixtures/ai-app (done right)', () => {
  it('lints clean with every rule of the recommended preset', () => {
    const findings = lintFixture('ai-app/Dockerfile');
    expect(findings.map((f) => `${f.ruleId} ${f.range.start.line}: ${f.message}`)).toEqual([]);
  });
  it('is checked by the server and build-context rules (it does start a server and install requirements)', () => {
    const ids = allRules().filter((r) => r.meta.preset === 'recommended').map((r) => r.meta.id);
    expect(ids).toEqual(expect.arrayContaining(['server-bind-address', 'expose-present', 'requirements-pin-versions', 'layer-cache-order', 'copy-ignored-file']));
  });
});

describe('fixtures/ai-app-bad', () => {
  it('names only rule ids that are registered', () => {
    const registered = new Set(allRules().map((r) => r.meta.id));
    expect(EXPECTED_IDS.filter((id) => !registered.has(id))).toEqual([]);
  });
  it('fires each core rule at the expected line', () => {
    const base = path.join(FIXTURES, 'ai-app-bad');
    const got = [...lintFixture('ai-app-bad/Dockerfile'), ...lintFixture('ai-app-bad/worker.Dockerfile')]
      .filter((f) => EXPECTED_IDS.includes(f.ruleId))
      .map((f): [string, string, number] => [path.relative(base, f.file), f.ruleId, f.range.start.line]);
    const sort = (rows: [string, string, number][]) => [...rows].sort((a, b) => a.join('\0').localeCompare(b.join('\0')));
    expect(sort(got)).toEqual(sort(EXPECTED));
  });
});
