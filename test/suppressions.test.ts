import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { fromHadolint, migrationYaml } from '../src/config/hadolint.js';
import { lint, type LintOptions } from '../src/lint.js';
import type { Rule } from '../src/rule.js';
import type { Finding } from '../src/types.js';
import { runCli } from './cli-harness.js';
import { lintJson, workspace } from './workspace.js';

/** `ruleId@line` of the findings of the rules a test is about. */
function found(text: string, options: LintOptions = {}, only = ['apt-pin-versions', 'exec-form-cmd', 'pip-pin-versions', 'non-root-user', 'unused-ignore']): string[] {
  return lint(text, { contextDir: null, ...options })
    .filter((f: Finding) => only.includes(f.ruleId))
    .map((f) => `${f.ruleId}@${f.range.start.line}`);
}

const APT = (pkg: string) => `RUN apt-get install -y ${pkg}`;

describe('# dlint-ignore', () => {
  it('applies to the instruction below, continuation lines included, and to nothing else', () => {
    const text = [
      'FROM debian:12',
      '# dlint-ignore apt-pin-versions -- pinned by the snapshot mirror',
      'RUN apt-get update && apt-get install -y \\',
      '    curl \\',
      '    git',
      APT('vim'),
      'CMD ["bash"]',
    ].join('\n');
    expect(found(text, { rules: { 'non-root-user': 'off' } })).toEqual(['apt-pin-versions@6']);
  });

  it('takes several ids (commas and/or spaces), hadolint ids through covers, and no id for every rule', () => {
    const text = [
      'FROM debian:12',
      '# dlint-ignore apt-pin-versions, exec-form-cmd -- legacy entrypoint',
      'CMD apt-get install -y curl',
      '# dlint-ignore DL3008',
      APT('git'),
      '# dlint-ignore -- vendored, not ours',
      'CMD ["a"] ',
      '# dlint-ignore',
      'CMD python app.py',
    ].join('\n');
    expect(found(text, { rules: { 'non-root-user': 'off' } })).toEqual([]);
    expect(found(text, { rules: { 'non-root-user': 'off' }, noInlineConfig: true })).toEqual(['exec-form-cmd@3', 'apt-pin-versions@5', 'exec-form-cmd@9']);
  });

  it('may sit in a block of comments directly above the instruction, not across a blank line', () => {
    const text = ['FROM debian:12', '# dlint-ignore apt-pin-versions -- reason', '# more words about it', APT('curl'), '# dlint-ignore apt-pin-versions', '', APT('git')].join('\n');
    expect(found(text, { rules: { 'non-root-user': 'off' } })).toEqual(['apt-pin-versions@7']);
  });

  it('dlint-ignore-file applies to the whole file from anywhere', () => {
    const text = ['FROM debian:12', APT('curl'), 'CMD python app.py', '# dlint-ignore-file apt-pin-versions exec-form-cmd -- generated file', APT('git')].join('\n');
    expect(found(text, { rules: { 'non-root-user': 'off' } })).toEqual([]);
    expect(found(text, { rules: { 'non-root-user': 'off' }, noInlineConfig: true })).toEqual(['apt-pin-versions@2', 'exec-form-cmd@3', 'apt-pin-versions@5']);
  });

  it('dlint-ignore-stage applies to the stage whose FROM it sits above', () => {
    const text = [
      '# dlint-ignore-stage apt-pin-versions -- build stage, thrown away',
      'FROM debian:12 AS build',
      APT('gcc'),
      APT('make'),
      'FROM debian:12',
      APT('curl'),
      '# dlint-ignore-stage apt-pin-versions -- not above a FROM',
      APT('git'),
      'CMD ["app"]',
    ].join('\n');
    expect(found(text, { rules: { 'non-root-user': 'off' }, reportUnusedIgnores: true })).toEqual([
      'apt-pin-versions@6',
      'unused-ignore@7',
      'apt-pin-versions@8',
    ]);
  });
});

describe('hadolint pragmas and BuildKit directives', () => {
  it('honours # hadolint ignore= on the line before an instruction, through meta.covers', () => {
    const text = ['FROM debian:12', '# hadolint ignore=DL3008,DL3015', APT('curl'), '# hadolint ignore=DL3015 # a trailing comment', APT('git'), 'CMD ["bash"]'].join('\n');
    expect(found(text, { rules: { 'non-root-user': 'off' } })).toEqual(['apt-pin-versions@5']);
  });

  it("honours DeepSource's # skipcq: DOK-… above an instruction, its hadolint and ShellCheck ids, and a bare skipcq", () => {
    // vald's generated Dockerfiles: `#skipcq: DOK-W1001, DOK-SC2046, DOK-SC2086, DOK-DL3008` over the apt RUN.
    const text = ['FROM debian:12', '#skipcq: DOK-W1001, DOK-SC2046, DOK-DL3008', APT('curl'), '# skipcq: DOK-DL3015', APT('git'), '# skipcq', APT('vim'), '# skipcq: DOK-W1001', APT('jq'), 'CMD ["bash"]'].join('\n');
    expect(found(text, { rules: { 'non-root-user': 'off' } })).toEqual(['apt-pin-versions@5', 'apt-pin-versions@9']);
    expect(found(text, { rules: { 'non-root-user': 'off' }, noInlineConfig: true })).toEqual(['apt-pin-versions@3', 'apt-pin-versions@5', 'apt-pin-versions@7', 'apt-pin-versions@9']);
  });

  it('honours # hadolint global ignore= anywhere, even as the first line', () => {
    const first = ['# hadolint global ignore=DL3008', 'FROM debian:12', APT('curl'), 'USER 1000', 'CMD ["bash"]'].join('\n');
    expect(found(first)).toEqual([]);
    expect(found(first, { noInlineConfig: true })).toEqual(['apt-pin-versions@3']);
    const later = ['FROM debian:12', APT('curl'), '# hadolint global ignore=DL3002,DL3008', 'CMD ["bash"]'].join('\n');
    expect(found(later)).toEqual([]);
    expect(found(later, { noInlineConfig: true })).toEqual(['non-root-user@1', 'apt-pin-versions@2']);
  });

  it('honours # check=skip= (names, all) for the rules that cover BuildKit checks, and ignores error=true', () => {
    const cmd = 'FROM debian:12\nUSER 1000\nCMD python app.py\n';
    expect(found(cmd)).toEqual(['exec-form-cmd@3']);
    expect(found(`# check=skip=JSONArgsRecommended;error=true\n${cmd}`)).toEqual([]);
    expect(found(`# syntax=docker/dockerfile:1\n# check=skip=all\n${cmd}`)).toEqual([]);
    expect(found(`# check=error=true\n${cmd}`)).toEqual(['exec-form-cmd@4']);
    // Only as a parser directive: lower in the file it is a plain comment.
    expect(found(`FROM debian:12\n# check=skip=JSONArgsRecommended\nUSER 1000\nCMD python app.py\n`)).toEqual(['exec-form-cmd@4']);
  });

  it('noInlineConfig ignores every inline form', () => {
    const text = ['# check=skip=JSONArgsRecommended', '# hadolint global ignore=DL3002', 'FROM debian:12', '# dlint-ignore apt-pin-versions', APT('curl'), 'CMD python app.py'].join('\n');
    expect(found(text)).toEqual([]);
    expect(found(text, { noInlineConfig: true })).toEqual(['non-root-user@3', 'apt-pin-versions@5', 'exec-form-cmd@6']);
  });
});

describe('--report-unused-ignores', () => {
  it('reports dlint-ignore ids that suppress nothing, unknown ids and misplaced comments; not hadolint pragmas', () => {
    const text = [
      'FROM debian:12',
      '# dlint-ignore apt-pin-versions,exec-form-cmd -- only one of them fires',
      APT('curl'),
      '# dlint-ignore apt-pin-version',
      APT('git'),
      '# hadolint ignore=DL3025',
      'USER 1000',
      '# dlint-ignore-file pip-pin-versions',
      'CMD ["bash"]',
      '# dlint-ignore apt-pin-versions',
    ].join('\n');
    const findings = lint(text, { contextDir: null, reportUnusedIgnores: true }).filter((f) => f.ruleId === 'unused-ignore');
    expect(findings.map((f) => [f.range.start.line, f.range.start.column, f.severity, f.message])).toEqual([
      [2, 33, 'warning', '`exec-form-cmd` in `dlint-ignore` suppresses nothing here; remove it.'],
      [4, 16, 'warning', '`apt-pin-version` in `dlint-ignore` is not a rule id dlint knows; did you mean `apt-pin-versions`?'],
      [8, 21, 'warning', '`pip-pin-versions` in `dlint-ignore-file` suppresses nothing here; remove it.'],
      [10, 1, 'warning', '`dlint-ignore` must be directly above an instruction; here it suppresses nothing.'],
    ]);
    // Without the flag, only the typo is reported.
    expect(lint(text, { contextDir: null }).filter((f) => f.ruleId === 'unused-ignore').map((f) => f.range.start.line)).toEqual([4]);
  });

  it('always reports unknown ids in any suppression comment, with a suggestion; known hadolint, ShellCheck and BuildKit ids are not typos', () => {
    const text = [
      '# check=skip=JSONArgsRecomended',
      'FROM debian:12',
      '# dlint-ignore pip-pin-version',
      '# hadolint ignore=DL3O08,SC2086,DL3059',
      'RUN apt-get install -y curl',
    ].join('\n');
    const found = lint(text, { contextDir: null }).filter((f) => f.ruleId === 'unused-ignore');
    expect(found.map((f) => [f.range.start.line, f.range.start.column, f.message])).toEqual([
      [1, 14, '`JSONArgsRecomended` in `check=skip` is not a rule id dlint knows; did you mean `JSONArgsRecommended`?'],
      [3, 16, '`pip-pin-version` in `dlint-ignore` is not a rule id dlint knows; did you mean `pip-pin-versions`?'],
      [4, 19, '`DL3O08` in `hadolint ignore` is not a rule id dlint knows; did you mean `DL3008`?'],
    ]);
    // Suppression stays off altogether with --no-inline-config.
    expect(lint(text, { contextDir: null, noInlineConfig: true }).some((f) => f.ruleId === 'unused-ignore')).toBe(false);
  });

  it('is a CLI flag, and the pseudo-rule appears in SARIF like a rule', async () => {
    const dir = workspace({ Dockerfile: 'FROM debian:12\nUSER 1000\n# dlint-ignore apt-pin-versions\nCMD ["bash"]\n' });
    const r = await lintJson(dir, ['Dockerfile', '--report-unused-ignores']);
    expect(r.findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`)).toEqual(['unused-ignore@3:16']);
    expect(r.code).toBe(1);
    const sarif = JSON.parse((await runCli(['Dockerfile', '--report-unused-ignores', '--format', 'sarif'], { cwd: dir })).stdout) as {
      runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } } }[];
    };
    expect(sarif.runs[0]!.tool.driver.rules.find((r) => r.id === 'unused-ignore')?.shortDescription.text).toMatch(/suppresses nothing/);
  });
});

describe('.hadolint.yaml', () => {
  const HADOLINT = [
    'ignored:',
    '  - DL3008',
    '  - DL9999',
    'override:',
    '  error: [DL3025]',
    '  info: [DL3002]',
    'trustedRegistries: [registry.example.com]',
    'failure-threshold: error',
    'format: tty',
  ].join('\n');
  const DOCKERFILE = 'FROM debian:12\nRUN apt-get install -y curl\nCMD python app.py\n';

  it('is read when there is no dlint config, with a one-line notice', async () => {
    const dir = workspace({ '.hadolint.yaml': HADOLINT, 'svc/Dockerfile': DOCKERFILE });
    const r = await lintJson(dir, ['svc/Dockerfile']);
    expect(r.stderr).toBe(
      'dlint: using hadolint config .hadolint.yaml (no dlint config found); `dlint migrate` converts it to .dlintrc.yaml; not checked by dlint, nothing to carry over: DL9999\n',
    );
    expect(r.findings.some((f) => f.ruleId === 'apt-pin-versions')).toBe(false);
    expect(r.findings.find((f) => f.ruleId === 'exec-form-cmd')?.severity).toBe('error');
    expect(r.findings.find((f) => f.ruleId === 'non-root-user')?.severity).toBe('info');
    expect(r.code).toBe(1);
    const print = JSON.parse((await runCli(['--print-config', 'svc/Dockerfile'], { cwd: dir })).stdout) as Record<string, unknown>;
    expect(print).toMatchObject({ configFiles: ['.hadolint.yaml'], failureThreshold: 'error', trustedRegistries: ['registry.example.com'] });
  });

  it('is not read when a dlint config exists; .hadolint.yml is read too', async () => {
    const dir = workspace({ '.hadolint.yaml': HADOLINT, '.dlintrc.yaml': 'rules: {}\n', 'Dockerfile': DOCKERFILE, 'other/.hadolint.yml': 'ignored: [DL3025]\n', 'other/Dockerfile': DOCKERFILE });
    const r = await lintJson(dir, ['Dockerfile']);
    expect(r.stderr).toBe('');
    expect(r.findings.some((f) => f.ruleId === 'apt-pin-versions')).toBe(true);
    const yml = workspace({ '.hadolint.yml': 'ignored: [DL3025]\nfailure-threshold: none\n', 'Dockerfile': DOCKERFILE });
    const other = await lintJson(yml, ['Dockerfile']);
    expect(other.findings.some((f) => f.ruleId === 'exec-form-cmd')).toBe(false);
    expect(other.code).toBe(0);
  });

  it('maps strict-labels, label-schema, no-fail and disable-ignore-pragma', async () => {
    const dir = workspace({
      '.hadolint.yaml': 'label-schema:\n  maintainer: email\n  version: semver\nstrict-labels: true\nno-fail: true\ndisable-ignore-pragma: true\n',
      'Dockerfile': '# hadolint ignore=DL3008\nFROM debian:12\n',
    });
    const print = JSON.parse((await runCli(['--print-config', 'Dockerfile'], { cwd: dir })).stdout) as { rules: Record<string, unknown> };
    expect(print).toMatchObject({ labelSchema: { maintainer: 'email', version: 'semver' }, failureThreshold: 'none', noInlineConfig: true });
    // hadolint checks labels once a schema is given; strict-labels also reports labels outside it.
    expect(print.rules['label-schema']).toMatchObject(['warning', { strict: true }]);
  });

  it('reports a bad hadolint config by file and key', async () => {
    const dir = workspace({ '.hadolint.yaml': 'ignored: DL3008\n', 'Dockerfile': DOCKERFILE });
    const r = await runCli(['Dockerfile'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([2, 'dlint: .hadolint.yaml: ignored: must be a list of rule codes (e.g. [DL3008, DL3013])\n']);
    fs.writeFileSync(path.join(dir, '.hadolint.yaml'), 'override:\n  error: DL3008\n');
    expect((await runCli(['Dockerfile'], { cwd: dir })).stderr).toBe('dlint: .hadolint.yaml: override.error: must be a list of rule codes (e.g. [DL3008, DL3013])\n');
    fs.writeFileSync(path.join(dir, '.hadolint.yaml'), 'ignored: [DL3008\n');
    expect((await runCli(['Dockerfile'], { cwd: dir })).stderr).toMatch(/^dlint: \.hadolint\.yaml:2:1: invalid YAML: /);
  });

  it('dlint migrate writes the equivalent .dlintrc.yaml, which then gives the same findings', async () => {
    const dir = workspace({ '.hadolint.yaml': HADOLINT, 'Dockerfile': DOCKERFILE });
    const before = await lintJson(dir, ['Dockerfile']);
    const m = await runCli(['migrate'], { cwd: dir });
    expect(m.code).toBe(0);
    expect(m.stdout).toBe(
      'wrote .dlintrc.yaml from .hadolint.yaml; dlint now reads it instead of .hadolint.yaml.\nnote: not checked by dlint, nothing to carry over: DL9999\n',
    );
    const written = fs.readFileSync(path.join(dir, '.dlintrc.yaml'), 'utf8');
    expect(written.split('\n')[0]).toBe('# yaml-language-server: $schema=https://github.com/dlint-dev/dlint/raw/main/schema/dlintrc.schema.json');
    expect(YAML.parse(written)).toEqual({
      rules: { 'exec-form-cmd': 'error', 'non-root-user': 'info', 'apt-pin-versions': 'off', 'secrets-in-arg-env': 'warning' },
      trustedRegistries: ['registry.example.com'],
      failureThreshold: 'error',
    });
    const after = await lintJson(dir, ['Dockerfile']);
    expect(after.stderr).toBe('');
    expect(after.findings).toEqual(before.findings);
    expect(after.code).toBe(before.code);
    const again = await runCli(['migrate'], { cwd: dir });
    expect([again.code, again.stderr]).toEqual([2, 'dlint: .dlintrc.yaml already exists; use --force to replace it\n']);
    expect((await runCli(['migrate', '--force'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['migrate', '--stdout'], { cwd: dir })).stdout).toBe(written);
  });

  it('dlint migrate keeps hadolint\'s severity where dlint\'s default is stricter, saying so; settings of the hadolint config win', () => {
    const plugin: Rule = { meta: { ...builtinRules[0]!.meta, id: 'strict-cleanup', severity: 'error', covers: ['DL3009'] }, check: () => {} };
    const conversion = fromHadolint({ override: { error: ['DL3064'] } }, '.hadolint.yaml', [...builtinRules, plugin]);
    expect(conversion.config.rules).toEqual({ 'secrets-in-arg-env': 'error', 'strict-cleanup': 'info' });
    expect(migrationYaml(conversion, '.hadolint.yaml').split('\n').filter((l) => l.startsWith('  '))).toEqual([
      '  secrets-in-arg-env: error',
      "  strict-cleanup: info # kept at hadolint's severity: hadolint reports DL3009 as info (dlint's default: error)",
    ]);
    // An empty hadolint file stands for its defaults too; rules off by default stay off.
    const empty = fromHadolint(null, '.hadolint.yaml', builtinRules);
    expect(empty.config.rules).toEqual({ 'secrets-in-arg-env': 'warning' });
    expect(empty.comments['secrets-in-arg-env']).toBe("kept at hadolint's severity: hadolint reports DL3064 as warning (dlint's default: error)");
  });

  it('dlint migrate without a hadolint file says what it looked for', async () => {
    const r = await runCli(['migrate'], { cwd: workspace({}) });
    expect([r.code, r.stderr]).toEqual([2, 'dlint: no .hadolint.yaml or .hadolint.yml here; name the file: dlint migrate path/to/.hadolint.yaml\n']);
  });
});

describe('dlint rules --covers', () => {
  it('names the rule that covers a hadolint or BuildKit id', async () => {
    const r = await runCli(['rules', '--covers', 'DL3008']);
    expect([r.code, r.stdout]).toEqual([0, 'DL3008 is covered by apt-pin-versions (warning, recommended): `apt-get install` of a package without `=version`.\n']);
    expect((await runCli(['rules', '--covers', 'jsonargsrecommended'])).stdout).toMatch(/^jsonargsrecommended is covered by exec-form-cmd /);
    const none = await runCli(['rules', '--covers', 'DL9999']);
    expect([none.code, none.stdout]).toEqual([1, 'DL9999 is not covered by any dlint rule.\n']);
    expect((await runCli(['rules', '--covers', 'InvalidBaseImagePlatform'])).stdout).toMatch(/^InvalidBaseImagePlatform is not covered by any dlint rule: Needs the pulled image's platform/);
  });
});
