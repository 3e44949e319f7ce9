/** mvdan-sh's V8 code cache (src/code-cache.ts): written once, used after, and never in the way. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { requireCached } from '../src/code-cache.js';

const saved = process.env.XDG_CACHE_HOME;
const dirs: string[] = [];
afterEach(() => {
  if (saved === undefined) delete process.env.XDG_CACHE_HOME;
  else process.env.XDG_CACHE_HOME = saved;
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function scratch(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dlint-code-cache-'));
  dirs.push(dir);
  const pkg = path.join(dir, 'pkg');
  fs.mkdirSync(pkg);
  fs.writeFileSync(path.join(pkg, 'index.js'), "'use strict';\nmodule.exports.twice = (n) => 2 * n;\nexports.path = require('node:path').basename(__filename);\n");
  return dir;
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('requireCached', () => {
  it('runs a CommonJS file as require does, writes its compiled code to the cache folder, and reads it back', async () => {
    const dir = scratch();
    process.env.XDG_CACHE_HOME = path.join(dir, 'cache');
    const first = requireCached(path.join(dir, 'pkg', 'index.js')) as { twice: (n: number) => number; path: string };
    expect(first.twice(21)).toBe(42);
    expect(first.path).toBe('index.js');
    await tick();
    const written = fs.readdirSync(path.join(dir, 'cache', 'dlint'));
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^pkg-\d+-\d+-dlint.+\.v8cache$/);
    const second = requireCached(path.join(dir, 'pkg', 'index.js')) as { twice: (n: number) => number };
    expect(second.twice(2)).toBe(4);
    await tick();
    expect(fs.readdirSync(path.join(dir, 'cache', 'dlint'))).toEqual(written);
  });

  it('goes on without a cache where the folder cannot be made', async () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'cache'), 'a file where the folder would go');
    process.env.XDG_CACHE_HOME = path.join(dir, 'cache');
    expect((requireCached(path.join(dir, 'pkg', 'index.js')) as { twice: (n: number) => number }).twice(1)).toBe(2);
    await tick();
    expect(fs.statSync(path.join(dir, 'cache')).isFile()).toBe(true);
  });
});
