/** The V8 code cache of the CLI bundle (src/code-cache.ts): written once at the end of a run, used after, never in the way. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI_BUNDLE } from '../scripts/build-cli.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function scratch(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dlint-code-cache-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3\nCMD ["flask", "run"]\n');
  return dir;
}

/** The bundled CLI on the scratch Dockerfile with this cache folder; Node 22.1+ caches by itself, so the variable is cleared. */
function lint(dir: string, cache: string): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, XDG_CACHE_HOME: cache, NODE_COMPILE_CACHE: '', DLINT_NO_CODE_CACHE: '', CI: '' };
  return spawnSync(process.execPath, [CLI_BUNDLE, '--shellcheck', 'off', '--format', 'json', 'Dockerfile'], { cwd: dir, env, encoding: 'utf8' });
}

const ownCache = !('enableCompileCache' in (await import('node:module')).default);

describe.runIf(ownCache)('the CLI bundle\'s code cache (Node 20)', () => {
  it('is written at the end of the first run and read, not rewritten, by the next, with the same report', () => {
    const dir = scratch();
    const cache = path.join(dir, 'cache');
    const first = lint(dir, cache);
    expect(first.stderr).toBe('');
    const written = fs.readdirSync(path.join(cache, 'dlint')).filter((f) => f.startsWith('cli-'));
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^cli-\d+-\d+-dlint.+\.v8cache$/);
    const file = path.join(cache, 'dlint', written[0]!);
    const before = fs.statSync(file).mtimeMs;
    const second = lint(dir, cache);
    expect([second.status, second.stdout, second.stderr]).toEqual([first.status, first.stdout, '']);
    expect(fs.statSync(file).mtimeMs).toBe(before);
  });

  it('is written by a run that lints, not by --version or --help (whose cache would hold the top level only)', () => {
    const dir = scratch();
    const cache = path.join(dir, 'cache');
    const env = { ...process.env, XDG_CACHE_HOME: cache, NODE_COMPILE_CACHE: '', DLINT_NO_CODE_CACHE: '', CI: '' };
    for (const flag of ['--version', '--help']) expect(spawnSync(process.execPath, [CLI_BUNDLE, flag], { cwd: dir, env }).status).toBe(0);
    expect(fs.existsSync(path.join(cache, 'dlint'))).toBe(false);
    lint(dir, cache);
    expect(fs.readdirSync(path.join(cache, 'dlint')).filter((f) => f.startsWith('cli-'))).toHaveLength(1);
  });

  it('goes on without a cache where the folder cannot be made, and replaces a cache V8 rejects', () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'cache'), 'a file where the folder would go');
    const run = lint(dir, path.join(dir, 'cache'));
    expect([run.stderr, fs.statSync(path.join(dir, 'cache')).isFile()]).toEqual(['', true]);
    const cache = path.join(dir, 'cache2');
    lint(dir, cache);
    const file = path.join(cache, 'dlint', fs.readdirSync(path.join(cache, 'dlint')).find((f) => f.startsWith('cli-'))!);
    fs.writeFileSync(file, 'not V8 data');
    expect(lint(dir, cache).stdout).toBe(run.stdout);
    expect(fs.readFileSync(file).length).toBeGreaterThan(1000);
    // No cache folder at all (no XDG_CACHE_HOME, no HOME): the same report.
    const { HOME: _home, ...rest } = process.env;
    const homeless = spawnSync(process.execPath, [CLI_BUNDLE, '--shellcheck', 'off', '--format', 'json', 'Dockerfile'], { cwd: dir, env: { ...rest, XDG_CACHE_HOME: '', CI: '' }, encoding: 'utf8' });
    expect([homeless.stdout, homeless.stderr]).toEqual([run.stdout, '']);
  });
});
