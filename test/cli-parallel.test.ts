/** Worker threads (issue 11): a large file set linted across threads prints the same bytes as in one thread. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { CLI_BUNDLE } from '../scripts/build-cli.js';
import { defaultJobs, PARALLEL_MIN_FILES } from '../src/parallel.js';
import { FIXTURES } from './helpers.js';

describe('dlint --jobs', () => {
  it('defaults to one worker per core but one: none on 2 cores, where workers were slower than one thread', () => {
    expect([1, 2, 4, 8].map(defaultJobs)).toEqual([1, 1, 3, 7]);
  });
  it('prints the same report with worker threads as in one thread, in input order', () => {
    const fixtures = fg.sync(['**/*Dockerfile*', '**/*.dockerfile'], { cwd: FIXTURES, ignore: ['**/*.dockerignore'] }).sort();
    expect(fixtures.length).toBeGreaterThan(PARALLEL_MIN_FILES);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dlint-jobs-'));
    try {
      // Flat copies, in an order that is not alphabetical, so input order is what the report must keep.
      const files = fixtures.map((f, i) => {
        const name = `${String((i * 37) % fixtures.length).padStart(3, '0')}-${f.replace(/[\\/]/g, '_')}`;
        fs.writeFileSync(path.join(dir, name), fs.readFileSync(path.join(FIXTURES, f)));
        return name;
      });
      const run = (jobs: number): string => {
        const r = spawnSync(process.execPath, [CLI_BUNDLE, '--format', 'json', '--shellcheck', 'off', '--jobs', String(jobs), ...files], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '' } });
        // CI=… adds a ShellCheck log line to stderr; the report itself is what must match.
        expect(r.stderr).toBe('');
        return r.stdout;
      };
      const serial = run(1);
      const parallel = run(3);
      expect(parallel).toBe(serial);
      const order = (JSON.parse(serial) as { file: string }[]).map((f) => files.indexOf(f.file));
      expect(order.length).toBeGreaterThan(0);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
