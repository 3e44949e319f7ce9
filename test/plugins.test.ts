import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, lintFiles, type Plugin, type Rule } from '../src/index.js';
import { runCli } from './cli-harness.js';
import { FIXTURES } from './helpers.js';
import { lintJson, workspace } from './workspace.js';

const PLUGIN_DIR = path.join(FIXTURES, 'plugins', 'dlint-plugin-acme');
const ACME = 'acme/mirror-registry';

/** A workspace with the example plugin installed as an npm package and enabled by the config. */
function acmeProject(files: Record<string, string>, config = 'plugins: [dlint-plugin-acme]\n'): string {
  const installed: Record<string, string> = {};
  for (const name of fs.readdirSync(PLUGIN_DIR)) installed[`node_modules/dlint-plugin-acme/${name}`] = fs.readFileSync(path.join(PLUGIN_DIR, name), 'utf8');
  return workspace({ ...installed, '.dlintrc.yaml': config, ...files });
}

async function acmePlugin(): Promise<Plugin> {
  return ((await import(path.join(PLUGIN_DIR, 'index.js'))) as { default: Plugin }).default;
}

const MIXED = [
  'ARG BASE=registry.example.com/mirror/python:3.12-slim',
  'ARG UNKNOWN',
  'FROM python:3.12-slim AS build',
  'FROM ${BASE} AS app',
  'FROM ${UNKNOWN}/tool:1',
  'FROM build AS test',
  'FROM scratch',
  'FROM gcr.io/distroless/static:nonroot',
  'COPY --from=build /app /app',
  'CMD ["/app"]',
].join('\n');

describe('plugins', () => {
  it('the example plugin reports base images outside the mirror, and only those it can know', async () => {
    const dir = acmeProject({ Dockerfile: MIXED });
    const r = await lintJson(dir, ['Dockerfile']);
    const acme = r.findings.filter((f) => f.ruleId === ACME);
    expect(acme.map((f) => [f.line, f.column, f.severity, f.message])).toEqual([
      [3, 6, 'error', 'Base image `python:3.12-slim` does not come from `registry.example.com/mirror`; pull it through the mirror (`registry.example.com/mirror/python`).'],
      [8, 6, 'error', 'Base image `gcr.io/distroless/static:nonroot` does not come from `registry.example.com/mirror`; pull it through the mirror (`registry.example.com/mirror/gcr.io/distroless/static`).'],
    ]);
  });

  it('takes options from the config, validated against the rule schema', async () => {
    const dir = acmeProject({ Dockerfile: MIXED }, `plugins: [${PLUGIN_DIR}]\nrules:\n  ${ACME}: [warning, { allow: [gcr.io/distroless/static] }]\n`);
    const r = await lintJson(dir, ['Dockerfile']);
    expect(r.findings.filter((f) => f.ruleId === ACME).map((f) => `${f.severity}@${f.line}`)).toEqual(['warning@3']);
    fs.writeFileSync(path.join(dir, '.dlintrc.yaml'), `plugins: [${PLUGIN_DIR}]\nrules:\n  ${ACME}: [warning, { mirror: 3 }]\n  acme/mirror-registri: off\n`);
    const bad = await runCli(['Dockerfile'], { cwd: dir });
    expect([bad.code, bad.stderr]).toEqual([
      2,
      `dlint: .dlintrc.yaml: rules.${ACME}[1].mirror: must be a string\n` +
        `dlint: .dlintrc.yaml: rules.acme/mirror-registri: unknown rule id "acme/mirror-registri"; did you mean "${ACME}"? (dlint rules lists them)\n`,
    ]);
  });

  it('a plugin rule appears in dlint rules, explain, text, JSON and SARIF like a built-in one', async () => {
    const dir = acmeProject({ Dockerfile: 'FROM python:3.12-slim\nUSER 1000\nCMD ["python"]\n' });
    const rules = await runCli(['rules'], { cwd: dir });
    expect(rules.stdout).toMatch(/^acme\/mirror-registry\s+error\s+recommended\s+unsafe\s+Base images must come from the company registry mirror\.$/m);
    const explain = await runCli(['explain', ACME], { cwd: dir });
    expect(explain.stdout).toContain('FROM registry.example.com/mirror/python:3.12-slim');
    const text = await runCli(['Dockerfile'], { cwd: dir });
    expect(text.stdout).toContain('Dockerfile:1:6 error acme/mirror-registry Base image `python:3.12-slim` does not come from');
    const sarif = JSON.parse((await runCli(['Dockerfile', '--format', 'sarif'], { cwd: dir })).stdout) as {
      runs: { tool: { driver: { rules: { id: string; helpUri: string; defaultConfiguration: { level: string } }[] } }; results: { ruleId: string; ruleIndex: number }[] }[];
    };
    const run = sarif.runs[0]!;
    const result = run.results.find((x) => x.ruleId === ACME)!;
    expect(run.tool.driver.rules[result.ruleIndex]).toMatchObject({ id: ACME, helpUri: 'https://wiki.example.com/docker/mirror-registry', defaultConfiguration: { level: 'error' } });
    const print = JSON.parse((await runCli(['--print-config', 'Dockerfile'], { cwd: dir })).stdout) as { plugins: unknown; rules: Record<string, unknown> };
    expect(print.plugins).toEqual([{ name: 'acme', file: 'node_modules/dlint-plugin-acme/index.js', rules: [ACME] }]);
    expect(print.rules[ACME]).toEqual(['error', { mirror: 'registry.example.com/mirror', allow: [] }]);
  });

  it('--rule can set a plugin rule; a plugin rule not loaded by the config is unknown', async () => {
    const dir = acmeProject({ Dockerfile: 'FROM python:3.12-slim\n' });
    const r = await lintJson(dir, ['Dockerfile', '--rule', `${ACME}=off`]);
    expect(r.findings.some((f) => f.ruleId === ACME)).toBe(false);
    const none = workspace({ Dockerfile: 'FROM python:3.12-slim\n', '.dlintrc.yaml': `rules: { ${ACME}: error }\n` });
    const bad = await runCli(['Dockerfile'], { cwd: none });
    expect([bad.code, bad.stderr]).toEqual([2, `dlint: .dlintrc.yaml: rules.${ACME}: unknown rule id "${ACME}" (dlint rules lists them)\n`]);
  });

  it('lintFiles() loads plugins from the config; lint() takes plugin rules as extraRules', async () => {
    const dir = acmeProject({ 'svc/Dockerfile': 'FROM node:22\n' });
    const [result] = await lintFiles(['svc/Dockerfile'], { cwd: dir });
    expect(result!.findings.filter((f) => f.ruleId === ACME).map((f) => f.range.start)).toEqual([{ line: 1, column: 6 }]);
    expect(result!.rules.some((r) => r.meta.id === ACME)).toBe(true);
    const plugin = await acmePlugin();
    const findings = lint('FROM node:22\n', { extraRules: plugin.rules as Rule[], rules: { [ACME]: ['warning', { mirror: 'mirror.internal' }] } });
    expect(findings.filter((f) => f.ruleId === ACME).map((f) => f.message)).toEqual([
      'Base image `node:22` does not come from `mirror.internal`; pull it through the mirror (`mirror.internal/node`).',
    ]);
  });

  it('its unsafe fix applies with --fix-unsafe only', async () => {
    const dir = acmeProject({ Dockerfile: 'FROM python:3.12-slim AS build\nFROM gcr.io/distroless/python3\n' });
    await runCli(['Dockerfile', '--fix'], { cwd: dir });
    expect(fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toBe('FROM python:3.12-slim AS build\nFROM gcr.io/distroless/python3\n');
    const r = await runCli(['Dockerfile', '--fix-unsafe', '--format', 'json'], { cwd: dir });
    expect(fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toBe('FROM registry.example.com/mirror/python:3.12-slim AS build\nFROM gcr.io/distroless/python3\n');
    expect((JSON.parse(r.stdout) as { ruleId: string; line: number }[]).filter((f) => f.ruleId === ACME).map((f) => f.line)).toEqual([2]);
  });
});

describe('broken plugins', () => {
  const RULE = (meta: string, check = 'check() {}') => `export default { rules: [{ meta: ${meta}, ${check} }] };\n`;
  const META = "{ id: 'x/y', severity: 'warning', description: 'A rule.', docs: { why: 'w', bad: 'b', good: 'g' } }";

  it.each([
    ['a missing file', { '.dlintrc.yaml': 'plugins: [./nope.js]\n' }, (d: string) => `dlint: .dlintrc.yaml: plugins[0]: plugin "./nope.js" not found (no file ${d}/nope.js)\n`],
    [
      'a module that throws',
      { '.dlintrc.yaml': 'plugins: [./p.js]\n', 'p.js': "throw new Error('boom');\n" },
      () => 'dlint: .dlintrc.yaml: plugins[0]: plugin "./p.js" failed to load: boom\n',
    ],
    [
      'a syntax error',
      { '.dlintrc.yaml': 'plugins: [./p.js]\n', 'p.js': 'export default {\n' },
      // The parser's wording differs between Node and the test runner's module loader.
      () => /^dlint: \.dlintrc\.yaml: plugins\[0\]: plugin "\.\/p\.js" failed to load: \S[^\n]*\n$/,
    ],
    [
      'no rules export',
      { '.dlintrc.yaml': 'plugins: [./p.js]\n', 'p.js': 'export const x = 1;\n' },
      () => 'dlint: .dlintrc.yaml: plugins[0]: plugin "./p.js" exports no `rules` (expected `export default { rules: [...] }`)\n',
    ],
    [
      'an invalid meta',
      { '.dlintrc.yaml': 'plugins: [./p.js]\n', 'p.js': RULE("{ id: 'X Y', severity: 'warn', description: 'd', docs: {} }") },
      () =>
        'dlint: .dlintrc.yaml: plugins[0]: plugin "./p.js" is invalid: rules[0].meta.id: must match pattern "^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$"; rules[0].meta.severity: must be one of error, warning, info, style; rules[0].meta.docs: missing required key "why"; rules[0].meta.docs: missing required key "bad"; rules[0].meta.docs: missing required key "good"\n',
    ],
    [
      'a check that is not a function',
      { '.dlintrc.yaml': 'plugins: [./p.js]\n', 'p.js': RULE(META, 'check: 1') },
      () => 'dlint: .dlintrc.yaml: plugins[0]: plugin "./p.js" is invalid: rules[0].check: must be a function\n',
    ],
    [
      'an invalid options schema',
      { '.dlintrc.yaml': 'plugins: [./p.js]\n', 'p.js': RULE(META.replace("docs:", "options: { type: 'objekt' }, docs:")) },
      () => /^dlint: \.dlintrc\.yaml: plugins\[0\]: plugin "\.\/p\.js" is invalid: rules\[0\]\.meta\.options: not a valid JSON Schema \(schema is invalid: data\/type must be equal to one of the allowed values/,
    ],
    [
      'a rule id taken by a built-in rule',
      { '.dlintrc.yaml': 'plugins: [./p.js]\n', 'p.js': RULE(META.replace("'x/y'", "'apt-pin-versions'")).replace('export default {', "export default { name: 'dlint-plugin-acme',") },
      () => 'dlint: .dlintrc.yaml: plugins[0]: plugin "./p.js" defines rule "apt-pin-versions", which is a built-in rule; give plugin rules a namespace, e.g. "acme/apt-pin-versions"\n',
    ],
    [
      'a rule id defined by another plugin',
      { '.dlintrc.yaml': 'plugins: [./p.js, ./q.js]\n', 'p.js': RULE(META), 'q.js': RULE(META) },
      () => 'dlint: .dlintrc.yaml: plugins[1]: plugin "./q.js" defines rule "x/y", which plugin "./p.js" already defines\n',
    ],
  ])('gives one clear line naming the plugin and exits 2: %s', async (_name, files, expected) => {
    const dir = workspace({ ...files, Dockerfile: 'FROM python:3.12\n' });
    const r = await runCli(['Dockerfile'], { cwd: dir });
    expect(r.code).toBe(2);
    const want = expected(dir);
    if (typeof want === 'string') expect(r.stderr).toBe(want);
    else expect(r.stderr).toMatch(want);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
