import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { configSchema, schemaFileText } from '../src/config/schema.js';
import { ConfigError } from '../src/config/rule-settings.js';
import { allRules, lint } from '../src/lint.js';
import { lintFiles } from '../src/lint-files.js';
import { runCli } from './cli-harness.js';
import { ROOT } from './helpers.js';
import { lintJson, workspace } from './workspace.js';

const PIP = 'FROM python:3.12\nRUN pip install flask\nCMD ["python", "app.py"]\n';
const TWO_RUNS = 'FROM python:3.12\nRUN echo a\nRUN echo b\nCMD ["python", "app.py"]\n';

/** A plugin whose one rule reports the settings, options and build context it receives. */
const PROBE = `export default { name: 'probe', rules: [{
  meta: { id: 'probe/settings', severity: 'info', description: 'Reports what the rule receives.', docs: { why: 'A test probe.', bad: 'FROM x', good: 'FROM x' },
          options: { type: 'object', properties: { level: { type: 'integer', default: 1 } }, additionalProperties: false } },
  check({ model, settings, options, buildContext, report }) {
    report({ range: model.instructions[0].range, message: JSON.stringify({ settings, options, context: buildContext && buildContext.root }) });
  } }] };
`;

function has(findings: { ruleId: string }[], id: string): boolean {
  return findings.some((f) => f.ruleId === id);
}

async function probe(cwd: string, args: string[]): Promise<{ settings: Record<string, unknown>; options: Record<string, unknown>; context: string | null }> {
  const r = await lintJson(cwd, args);
  const f = r.findings.find((x) => x.ruleId === 'probe/settings');
  if (!f) throw new Error(`no probe finding: ${r.stderr}`);
  return JSON.parse(f.message) as { settings: Record<string, unknown>; options: Record<string, unknown>; context: string | null };
}

async function stderrOf(cwd: string, args: string[]): Promise<string> {
  const r = await runCli(args, { cwd });
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return r.stderr;
}

describe('config files and discovery', () => {
  it.each([
    ['.dlintrc.json', JSON.stringify({ rules: { 'pip-pin-versions': 'off' } })],
    ['.dlintrc.yaml', 'rules:\n  pip-pin-versions: off\n'],
    ['.dlintrc.yml', 'rules: { pip-pin-versions: off }\n'],
    ['dlint.config.json', JSON.stringify({ rules: { 'pip-pin-versions': 'off' } })],
    ['package.json', JSON.stringify({ name: 'x', dlint: { rules: { 'pip-pin-versions': 'off' } } })],
  ])('reads %s', async (name, content) => {
    const dir = workspace({ [name]: content, 'Dockerfile': PIP });
    const r = await lintJson(dir, ['Dockerfile']);
    expect(has(r.findings, 'pip-pin-versions')).toBe(false);
    expect(has(r.findings, 'pip-no-cache-dir')).toBe(true);
  });

  it('walks up from each file: nearest wins, parents still apply, root: true stops', async () => {
    const dir = workspace({
      '.dlintrc.yaml': 'rules:\n  pip-pin-versions: off\n  pip-no-cache-dir: off\n',
      'a/.dlintrc.yaml': 'rules:\n  pip-pin-versions: error\n',
      'a/Dockerfile': PIP,
      'b/.dlintrc.yaml': 'root: true\nrules:\n  cmd-present: off\n',
      'b/Dockerfile': PIP,
      'c/deeper/Dockerfile': PIP,
    });
    const r = await lintJson(dir, ['a/Dockerfile', 'b/Dockerfile', 'c/deeper/Dockerfile']);
    const of = (file: string) => r.findings.filter((f) => f.file === file);
    // a: its own config sets the severity, the parent's turns pip-no-cache-dir off.
    expect(of('a/Dockerfile').find((f) => f.ruleId === 'pip-pin-versions')?.severity).toBe('error');
    expect(has(of('a/Dockerfile'), 'pip-no-cache-dir')).toBe(false);
    // b: root: true, so the parent's settings do not apply.
    expect(has(of('b/Dockerfile'), 'pip-pin-versions')).toBe(true);
    expect(has(of('b/Dockerfile'), 'pip-no-cache-dir')).toBe(true);
    // c: no config of its own, the parent's applies.
    expect(has(of('c/deeper/Dockerfile'), 'pip-pin-versions')).toBe(false);
  });

  it('takes the first config file of a folder and skips package.json without a dlint key', async () => {
    const dir = workspace({
      '.dlintrc.yaml': 'rules: { pip-pin-versions: off }\n',
      'svc/package.json': JSON.stringify({ name: 'svc' }),
      'svc/.dlintrc.json': JSON.stringify({ rules: { 'pip-no-cache-dir': 'off' } }),
      'svc/dlint.config.json': JSON.stringify({ rules: { 'pip-no-cache-dir': 'error' } }),
      'svc/Dockerfile': PIP,
      'web/package.json': JSON.stringify({ name: 'web' }),
      'web/Dockerfile': PIP,
    });
    const r = await lintJson(dir, ['svc/Dockerfile', 'web/Dockerfile']);
    expect(r.findings.filter((f) => f.file === 'svc/Dockerfile').map((f) => f.ruleId)).not.toContain('pip-no-cache-dir');
    expect(has(r.findings.filter((f) => f.file === 'web/Dockerfile'), 'pip-pin-versions')).toBe(false);
  });

  it('--config uses only the given file', async () => {
    const dir = workspace({
      '.dlintrc.yaml': 'rules: { pip-pin-versions: off }\n',
      'ci/strict.yaml': 'rules: { pip-no-cache-dir: error }\n',
      'Dockerfile': PIP,
    });
    const r = await lintJson(dir, ['Dockerfile', '--config', 'ci/strict.yaml']);
    expect(has(r.findings, 'pip-pin-versions')).toBe(true);
    expect(r.findings.find((f) => f.ruleId === 'pip-no-cache-dir')?.severity).toBe('error');
    expect(await stderrOf(dir, ['Dockerfile', '--config', 'nope.yaml'])).toBe('dlint: nope.yaml: cannot read config file (no such file)\n');
  });

  it('--print-config shows the effective configuration of a file', async () => {
    const dir = workspace({
      '.dlintrc.yaml': [
        'extends: strict',
        'rules:',
        '  pip-pin-versions: [error, { allow: [pip] }]',
        'trustedRegistries: [registry.example.com]',
        'overrides:',
        '  - files: "*.dev.Dockerfile"',
        '    rules: { pip-pin-versions: off }',
      ].join('\n'),
      'Dockerfile': PIP,
      'app.dev.Dockerfile': PIP,
    });
    const r = await runCli(['--print-config', 'Dockerfile'], { cwd: dir });
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout) as Record<string, unknown> & { rules: Record<string, unknown> };
    expect(c).toMatchObject({
      configFiles: ['.dlintrc.yaml'],
      ignored: false,
      preset: 'strict',
      failureThreshold: 'warning',
      trustedRegistries: ['registry.example.com'],
      context: dir,
      noInlineConfig: false,
      plugins: [],
    });
    expect(c.rules['pip-pin-versions']).toEqual(['error', { allow: ['pip'] }]);
    expect(c.rules['consecutive-run']).toBe('style');
    expect(Object.keys(c.rules)).toHaveLength(allRules().length);
    const dev = JSON.parse((await runCli(['--print-config', 'app.dev.Dockerfile', '--rule', 'apt-pin-versions=off'], { cwd: dir })).stdout) as { rules: Record<string, unknown> };
    expect(dev.rules['pip-pin-versions']).toBe('off');
    expect(dev.rules['apt-pin-versions']).toBe('off');
  });
});

describe('config keys', () => {
  it('extends: recommended, strict, a path, an npm package; later entries and own rules win', async () => {
    const dir = workspace({
      'base/shared.yaml': 'extends: strict\nrules:\n  pip-no-cache-dir: error\n  pip-pin-versions: off\n',
      'node_modules/dlint-config-acme/package.json': JSON.stringify({ name: 'dlint-config-acme', main: 'index.json' }),
      'node_modules/dlint-config-acme/index.json': JSON.stringify({ rules: { 'cmd-present': 'error' } }),
      'node_modules/dlint-config-esm/package.json': JSON.stringify({ name: 'dlint-config-esm', type: 'module', exports: { import: './index.js' } }),
      'node_modules/dlint-config-esm/index.js': 'export default { rules: { "non-root-user": "info" } };\n',
      '.dlintrc.yaml': 'extends: [./base/shared.yaml, dlint-config-acme, dlint-config-esm]\nrules:\n  pip-no-cache-dir: info\n',
      'Dockerfile': TWO_RUNS + 'RUN pip install flask\n',
      'rec/.dlintrc.yaml': 'root: true\nextends: recommended\n',
      'rec/Dockerfile': TWO_RUNS,
    });
    const r = await lintJson(dir, ['Dockerfile', 'rec/Dockerfile']);
    const main = r.findings.filter((f) => f.file === 'Dockerfile');
    expect(has(main, 'consecutive-run')).toBe(true);
    expect(has(main, 'pip-pin-versions')).toBe(false);
    expect(main.find((f) => f.ruleId === 'pip-no-cache-dir')?.severity).toBe('info');
    expect(main.find((f) => f.ruleId === 'non-root-user')?.severity).toBe('info');
    expect(has(r.findings.filter((f) => f.file === 'rec/Dockerfile'), 'consecutive-run')).toBe(false);
  });

  it('rules: severities, [severity, options], and a severity alone keeps inherited options', async () => {
    const dir = workspace({
      '.dlintrc.yaml': 'rules:\n  pip-pin-versions: [warning, { allow: [flask] }]\n',
      'svc/.dlintrc.yaml': 'rules:\n  pip-pin-versions: error\n',
      'svc/Dockerfile': 'FROM python:3.12\nRUN pip install flask requests\n',
    });
    const r = await lintJson(dir, ['svc/Dockerfile']);
    const pins = r.findings.filter((f) => f.ruleId === 'pip-pin-versions');
    expect(pins.map((f) => [f.severity, f.message.match(/`([^`]+)`/)?.[1]])).toEqual([['error', 'requests']]);
  });

  it('failureThreshold sets the exit code; --failure-threshold wins', async () => {
    const dir = workspace({ '.dlintrc.yaml': 'failureThreshold: error\n', 'Dockerfile': PIP });
    expect((await runCli(['Dockerfile'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['Dockerfile', '--failure-threshold', 'warning'], { cwd: dir })).code).toBe(1);
    const none = workspace({ '.dlintrc.json': '{"failureThreshold": "none", "rules": {"pip-pin-versions": "error"}}', 'Dockerfile': PIP });
    expect((await runCli(['Dockerfile'], { cwd: none })).code).toBe(0);
  });

  it('trustedRegistries, trustedImages (accumulated) and labelSchema (merged) reach the rules as settings', async () => {
    const dir = workspace({
      'probe.js': PROBE,
      '.dlintrc.yaml': [
        'plugins: [./probe.js]',
        'trustedRegistries: [registry.example.com]',
        'trustedImages: ["registry.example.com/mirror/*"]',
        'labelSchema: { maintainer: email, version: semver }',
      ].join('\n'),
      'svc/.dlintrc.yaml': 'trustedImages: ["ghcr.io/acme/*"]\nlabelSchema: { version: text }\n',
      'svc/Dockerfile': PIP,
    });
    const p = await probe(dir, ['svc/Dockerfile']);
    expect(p.settings).toEqual({
      trustedRegistries: ['registry.example.com'],
      trustedImages: ['registry.example.com/mirror/*', 'ghcr.io/acme/*'],
      labelSchema: { maintainer: 'email', version: 'text' },
    });
    expect(p.options).toEqual({ level: 1 });
  });

  it('context is relative to the config file; --context wins', async () => {
    const dir = workspace({ 'probe.js': PROBE, '.dlintrc.yaml': 'plugins: [./probe.js]\ncontext: ./app\n', 'docker/Dockerfile': PIP, 'app/x': '' });
    expect((await probe(dir, ['docker/Dockerfile'])).context).toBe(path.join(dir, 'app'));
    expect((await probe(dir, ['docker/Dockerfile', '--context', 'docker'])).context).toBe(path.join(dir, 'docker'));
  });

  it('ignorePatterns skip files (gitignore-like, `!` re-includes), with a notice for named files', async () => {
    const dir = workspace({
      '.dlintrc.yaml': 'ignorePatterns: [vendor/, "*.generated.Dockerfile", "!keep.generated.Dockerfile"]\n',
      'Dockerfile': PIP,
      'vendor/lib/Dockerfile': PIP,
      'svc/app.generated.Dockerfile': PIP,
      'svc/keep.generated.Dockerfile': PIP,
    });
    const r = await lintJson(dir, []);
    expect([...new Set(r.findings.map((f) => f.file))].sort()).toEqual(['Dockerfile', 'svc/keep.generated.Dockerfile']);
    const named = await lintJson(dir, ['vendor/lib/Dockerfile']);
    expect(named.findings).toEqual([]);
    expect(named.stderr).toBe('dlint: vendor/lib/Dockerfile: skipped, ignorePatterns in .dlintrc.yaml exclude it\n');
  });

  it('overrides apply per file glob (files, excludedFiles), later entries win', async () => {
    const dir = workspace({
      '.dlintrc.yaml': [
        'rules: { pip-pin-versions: error }',
        'overrides:',
        '  - files: ["*.dev.Dockerfile", "tools/**"]',
        '    excludedFiles: "tools/release/**"',
        '    rules: { pip-pin-versions: off }',
        '    failureThreshold: none',
        '  - files: tools/special.Dockerfile',
        '    rules: { pip-pin-versions: info }',
      ].join('\n'),
      'Dockerfile': PIP,
      'api/app.dev.Dockerfile': PIP,
      'tools/x/Dockerfile': PIP,
      'tools/release/Dockerfile': PIP,
      'tools/special.Dockerfile': PIP,
    });
    const r = await lintJson(dir, []);
    const sev = (file: string) => r.findings.find((f) => f.file === file && f.ruleId === 'pip-pin-versions')?.severity ?? 'off';
    expect(['Dockerfile', 'api/app.dev.Dockerfile', 'tools/x/Dockerfile', 'tools/release/Dockerfile', 'tools/special.Dockerfile'].map(sev)).toEqual([
      'error',
      'off',
      'off',
      'error',
      'info',
    ]);
    // The override's failureThreshold: none keeps the dev file from failing the run.
    const dev = await runCli(['api/app.dev.Dockerfile'], { cwd: dir });
    expect(dev.code).toBe(0);
  });

  it('noInlineConfig and reportUnusedIgnores; the command line wins', async () => {
    const text = 'FROM python:3.12\n# dlint-ignore pip-pin-versions -- vetted\nRUN pip install flask\n# dlint-ignore apt-pin-versions\nRUN echo hi\nCMD ["python"]\n';
    const dir = workspace({ '.dlintrc.yaml': 'noInlineConfig: true\n', 'Dockerfile': text, 'b/.dlintrc.yaml': 'root: true\nreportUnusedIgnores: true\n', 'b/Dockerfile': text });
    const r = await lintJson(dir, ['Dockerfile', 'b/Dockerfile']);
    expect(has(r.findings.filter((f) => f.file === 'Dockerfile'), 'pip-pin-versions')).toBe(true);
    const b = r.findings.filter((f) => f.file === 'b/Dockerfile');
    expect(has(b, 'pip-pin-versions')).toBe(false);
    expect(b.filter((f) => f.ruleId === 'unused-ignore').map((f) => [f.line, f.column])).toEqual([[4, 16]]);
    const flags = await lintJson(dir, ['b/Dockerfile', '--no-inline-config']);
    expect(has(flags.findings, 'pip-pin-versions')).toBe(true);
  });

  it('--preset and --rule win over the config', async () => {
    const dir = workspace({ '.dlintrc.yaml': 'extends: strict\nrules: { pip-pin-versions: error }\n', 'Dockerfile': TWO_RUNS + 'RUN pip install flask\n' });
    const r = await lintJson(dir, ['Dockerfile', '--preset', 'recommended', '--rule', 'pip-pin-versions=info']);
    expect(has(r.findings, 'consecutive-run')).toBe(false);
    expect(r.findings.find((f) => f.ruleId === 'pip-pin-versions')?.severity).toBe('info');
  });
});

describe('config validation', () => {
  it('names the file, the key path and what is wrong (exit 2)', async () => {
    const dir = workspace({
      '.dlintrc.yaml': [
        'rules:',
        '  pip-pin-versions: warn',
        '  pip-pin-version: off',
        '  base-image-tag: 3',
        '  apt-pin-versions: [warning, { bogus: 1 }]',
        '  cmd-present: [warning, {}, 3]',
        'ignorePattern: [x]',
        'trustedRegistries: registry.example.com',
        'root: yes',
        'overrides:',
        '  - rules: {}',
        '  - files: "*.dev.Dockerfile"',
        '    rules: { exec-form-cmd: [erro] }',
      ].join('\n'),
      'Dockerfile': PIP,
    });
    expect(await stderrOf(dir, ['Dockerfile'])).toBe(
      [
        'dlint: .dlintrc.yaml: ignorePattern: unknown key; did you mean "ignorePatterns"?',
        'dlint: .dlintrc.yaml: trustedRegistries: must be a list',
        'dlint: .dlintrc.yaml: root: must be true or false',
        'dlint: .dlintrc.yaml: overrides[0]: missing required key "files"',
        '',
      ].join('\n'),
    );
    fs.writeFileSync(path.join(dir, '.dlintrc.yaml'), fs.readFileSync(path.join(dir, '.dlintrc.yaml'), 'utf8').replace(/^(ignorePattern|trustedRegistries|root):.*\n/gm, '').replace('  - rules: {}\n', ''));
    expect(await stderrOf(dir, ['Dockerfile'])).toBe(
      [
        'dlint: .dlintrc.yaml: rules.pip-pin-versions: must be one of off, error, warning, info, style',
        'dlint: .dlintrc.yaml: rules.pip-pin-version: unknown rule id "pip-pin-version"; did you mean "pip-pin-versions"? (dlint rules lists them)',
        'dlint: .dlintrc.yaml: rules.base-image-tag: must be one of off, error, warning, info, style, or [severity, options]',
        'dlint: .dlintrc.yaml: rules.apt-pin-versions[1].bogus: unknown option; this rule takes no options',
        'dlint: .dlintrc.yaml: rules.cmd-present: must NOT have more than 2 items',
        'dlint: .dlintrc.yaml: overrides[0].rules.exec-form-cmd[0]: must be one of off, error, warning, info, style',
        '',
      ].join('\n'),
    );
  });

  it('validates rule options against the rule schema', async () => {
    const dir = workspace({ '.dlintrc.json': JSON.stringify({ rules: { 'pip-pin-versions': ['warning', { allow: 'flask', alow: [] }] } }), 'Dockerfile': PIP });
    expect(await stderrOf(dir, ['Dockerfile'])).toBe(
      'dlint: .dlintrc.json: rules.pip-pin-versions[1].allow: must be a list\n' +
        'dlint: .dlintrc.json: rules.pip-pin-versions[1].alow: unknown key; did you mean "allow"?\n',
    );
  });

  it('reports YAML and JSON syntax errors with their position', async () => {
    const yaml = workspace({ '.dlintrc.yaml': 'rules:\n  pip-pin-versions: [warning\n failureThreshold: error\n', 'Dockerfile': PIP });
    expect(await stderrOf(yaml, ['Dockerfile'])).toBe(
      'dlint: .dlintrc.yaml:3:2: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]\n',
    );
    const json = workspace({ 'sub/.dlintrc.json': '{\n  "rules": {},\n}\n', 'sub/Dockerfile': PIP });
    expect(await stderrOf(json, ['sub/Dockerfile'])).toBe('dlint: sub/.dlintrc.json:3:1: invalid JSON: Expected double-quoted property name\n');
  });

  it('reports a missing extends, an extends cycle and a missing plugin', async () => {
    const missing = workspace({ '.dlintrc.yaml': 'extends: [recommended, dlint-config-nope]\n', 'Dockerfile': PIP });
    expect(await stderrOf(missing, ['Dockerfile'])).toBe(
      'dlint: .dlintrc.yaml: extends[1]: cannot find "dlint-config-nope" (expected recommended, strict, a path starting with ./, or an installed npm package)\n',
    );
    const cycle = workspace({ '.dlintrc.yaml': 'extends: ./a.yaml\n', 'a.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'extends: ./a.yaml\n', 'Dockerfile': PIP });
    expect(await stderrOf(cycle, ['Dockerfile'])).toBe('dlint: b.yaml: extends: "./a.yaml" extends itself (cycle through .dlintrc.yaml → a.yaml → b.yaml → a.yaml)\n');
    const plugin = workspace({ '.dlintrc.yaml': 'plugins: [dlint-plugin-nope]\n', 'Dockerfile': PIP });
    expect(await stderrOf(plugin, ['Dockerfile'])).toBe(
      'dlint: .dlintrc.yaml: plugins[0]: plugin "dlint-plugin-nope" not found; install it (npm install --save-dev dlint-plugin-nope) or give a path starting with ./\n',
    );
  });

  it('lint() validates options given through the API and fills in schema defaults', () => {
    expect(() => lint(PIP, { rules: { 'pip-pin-versions': ['warning', { allow: 3 }] } })).toThrow(ConfigError);
    expect(() => lint(PIP, { rules: { 'pip-pin-versions': ['warning', { allow: 3 }] } })).toThrow('rules.pip-pin-versions[1].allow: must be a list');
    expect(lint(PIP, { rules: { 'pip-pin-versions': ['warning', { allow: ['flask'] }] }, contextDir: null }).some((f) => f.ruleId === 'pip-pin-versions')).toBe(false);
  });
});

describe('config schema', () => {
  it('schema/dlintrc.schema.json is up to date (run `npm run docs`)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'schema', 'dlintrc.schema.json'), 'utf8')).toBe(schemaFileText(allRules()));
  });

  it('accepts a full config and carries every rule with its options', () => {
    const schema = configSchema(allRules());
    const validate = new Ajv({ strict: false }).compile(schema);
    const config = YAML.parse(
      [
        '$schema: ./schema/dlintrc.schema.json',
        'root: true',
        'extends: [strict, ./base.yaml]',
        'rules: { pip-pin-versions: [warning, { allow: [pip] }], apt-pin-versions: off, acme/mirror-registry: error }',
        'failureThreshold: error',
        'trustedRegistries: [registry.example.com]',
        'trustedImages: ["registry.example.com/*"]',
        'ignorePatterns: [vendor/]',
        'context: .',
        'labelSchema: { org.opencontainers.image.version: semver }',
        'plugins: [dlint-plugin-acme]',
        'noInlineConfig: false',
        'reportUnusedIgnores: true',
        'overrides: [{ files: "*.dev.Dockerfile", rules: { pip-pin-versions: off } }]',
      ].join('\n'),
    ) as unknown;
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    const rules = (schema.properties as { rules: { properties: Record<string, unknown> } }).rules.properties;
    expect(Object.keys(rules).sort()).toEqual(allRules().map((r) => r.meta.id).sort());
    expect(JSON.stringify(rules['pip-pin-versions'])).toContain('"allow"');
  });

  it('lintFiles() applies config discovery and returns per-file results', async () => {
    const dir = workspace({ '.dlintrc.yaml': 'rules: { pip-pin-versions: error }\nfailureThreshold: error\n', 'Dockerfile': PIP });
    const [result, ...rest] = await lintFiles(['.'], { cwd: dir });
    expect(rest).toEqual([]);
    expect(result!.file).toBe('Dockerfile');
    expect(result!.failureThreshold).toBe('error');
    expect(result!.findings.find((f) => f.ruleId === 'pip-pin-versions')?.severity).toBe('error');
  });
});
