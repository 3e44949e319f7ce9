import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { unzip } from './zip.js';

const EXTENSION = path.join(ROOT, 'editors/vscode');
const VSCE = path.join(EXTENSION, 'node_modules/@vscode/vsce/vsce');
const installed = fs.existsSync(VSCE);
if (!installed) console.warn('skipping the .vsix test: the extension has no dependencies installed (npm ci --prefix editors/vscode; .ci/run does it)');

describe('the VS Code extension (editors/vscode)', () => {
  it.skipIf(!installed)('packages to a .vsix with vsce, offline, with a manifest that starts dlint lsp for Dockerfiles', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dlint-vsix-')), 'dlint.vsix');
    execFileSync(process.execPath, [VSCE, 'package', '--skip-license', '--out', out], { cwd: EXTENSION, stdio: 'pipe' });
    const files = unzip(fs.readFileSync(out));

    const manifest = JSON.parse(files.get('extension/package.json')!.toString('utf8')) as {
      main: string;
      activationEvents: string[];
      engines: { vscode: string };
      contributes: { configuration: { properties: Record<string, { default: unknown }> } };
    };
    expect(manifest.activationEvents).toContain('onLanguage:dockerfile');
    expect(Object.keys(manifest.contributes.configuration.properties).sort()).toEqual(['dlint.path', 'dlint.preset']);
    expect(manifest.contributes.configuration.properties['dlint.path']!.default).toBe('');
    expect(files.has(`extension/${manifest.main.replace(/^\.\//, '')}`)).toBe(true);
    expect(files.get('extension.vsixmanifest')!.toString('utf8')).toMatch(/<Identity [^>]*Id="dlint"[^>]*Publisher="dlint-dev"/);

    // The client runs `dlint lsp --stdio` (the configured path, the workspace's, or the PATH's) for `dockerfile` documents.
    const client = files.get('extension/extension.js')!.toString('utf8');
    expect(client).toContain("args: ['lsp', '--stdio']");
    expect(client).toContain("{ language: 'dockerfile' }");
    expect(client).toContain("path.join(folder.uri.fsPath, 'node_modules', '.bin'");
    // Its one runtime dependency ships inside the .vsix; the linter's own package does not grow.
    expect(files.has('extension/node_modules/vscode-languageclient/package.json')).toBe(true);
    const main = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(Object.keys({ ...main.dependencies, ...main.devDependencies }).filter((d) => d.includes('vsce') || d === 'vscode-languageclient')).toEqual([]);
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  });
});
