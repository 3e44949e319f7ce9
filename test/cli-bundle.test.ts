/** The committed CLI bundle (package.json `bin`): fresh, and a working `dlint`. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCli, CLI_BUNDLE } from '../scripts/build-cli.js';
import { ROOT } from './helpers.js';

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

describe('CLI bundle', () => {
  it('the committed dist/cli is what `npm run build:cli` builds', async () => {
    const fresh = await buildCli(false);
    expect(filesUnder(path.dirname(CLI_BUNDLE)).sort(), 'run `npm run build:cli` and commit dist/cli').toEqual([...fresh.keys()].sort());
    for (const [file, text] of fresh) {
      expect(fs.readFileSync(path.join(ROOT, file), 'utf8') === text, `${file} is stale: run \`npm run build:cli\` and commit it`).toBe(true);
    }
  });

  it('package.json `bin` is the bundle, which runs', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; version: string };
    expect(path.join(ROOT, pkg.bin.dlint!)).toBe(CLI_BUNDLE);
    const run = spawnSync(process.execPath, [CLI_BUNDLE, '--format', 'json', '-'], { input: 'FROM python\nRUN pip install flask\n', encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as { ruleId: string }[]).map((f) => f.ruleId)).toContain('pip-pin-versions');
    expect(spawnSync(process.execPath, [CLI_BUNDLE, '--version'], { encoding: 'utf8' }).stdout.trim()).toBe(pkg.version);
  });
});
