import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-harness.js';
import { ROOT } from './helpers.js';
import { workspace } from './workspace.js';

const schemaPath = path.join(ROOT, 'test', 'schema', 'sarif-schema-2.1.0.json');
// Formats (uri, date-time) are left to Microsoft's SARIF validator (npm run test:sarif); ajv would only warn about them.
const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as object);

interface SarifLog {
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; help: { markdown: string } }[] } };
    results: { ruleId: string; ruleIndex: number; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
  }[];
}

async function sarif(args: string[], stdin?: string): Promise<SarifLog> {
  const r = await runCli([...args, '--format', 'sarif'], { stdin });
  const log = JSON.parse(r.stdout) as SarifLog;
  expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  return log;
}

describe('SARIF output', () => {
  it('validates against the OASIS 2.1.0 schema with findings', async () => {
    const log = await sarif(['fixtures/rules/apt-pin-versions/bad.Dockerfile']);
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('dlint');
    expect(run.results.length).toBeGreaterThan(0);
    const r = run.results.find((x) => x.ruleId === 'apt-pin-versions')!;
    expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe('apt-pin-versions');
    expect(r.locations[0]!.physicalLocation.artifactLocation.uri).toBe('fixtures/rules/apt-pin-versions/bad.Dockerfile');
    expect(run.tool.driver.rules[r.ruleIndex]!.help.markdown).toContain('## Why is this bad?');
  });

  it('carries the packages of a pinning finding as related locations', async () => {
    const log = await sarif(['-', '--stdin-filename', 'Dockerfile'], 'FROM debian:12\nRUN apt-get install -y curl git\n');
    const r = log.runs[0]!.results.find((x) => x.ruleId === 'apt-pin-versions') as unknown as {
      relatedLocations: { id: number; message: { text: string }; physicalLocation: { region: { startLine: number; startColumn: number } } }[];
    };
    expect(r.relatedLocations.map((l) => [l.id, l.physicalLocation.region.startColumn, l.message.text])).toEqual([
      [0, 24, 'apt package `curl` is not pinned; install `curl=<version>`.'],
      [1, 29, 'apt package `git` is not pinned; install `git=<version>`.'],
    ]);
  });

  it('validates with no findings', async () => {
    const log = await sarif(['-', '--rule', 'non-root-user=off', '--rule', 'cmd-present=off', '--rule', 'base-image-tag=off'], 'FROM python\n');
    expect(log.runs[0]!.results).toEqual([]);
  });

  it('fingerprints survive unrelated edits that move lines', async () => {
    const text = 'FROM debian:12\nRUN apt-get install -y curl\n';
    const a = await sarif(['-', '--stdin-filename', 'Dockerfile'], text);
    const b = await sarif(['-', '--stdin-filename', 'Dockerfile'], '# a comment\n\n' + text);
    const fp = (log: SarifLog): string[] => log.runs[0]!.results.filter((r) => r.ruleId === 'apt-pin-versions').map((r) => r.partialFingerprints['dlintFingerprint/v1']!);
    expect(fp(a)).toEqual(fp(b));
    expect(b.runs[0]!.results.find((r) => r.ruleId === 'apt-pin-versions')!.locations[0]!.physicalLocation.region.startLine).toBe(4);
  });
});

interface SarifRule {
  id: string;
  helpUri: string;
  help: { text: string; markdown: string };
  properties: { tags: string[]; precision: string; 'security-severity'?: string };
}

describe('SARIF for GitHub code scanning', () => {
  // docs.test.ts checks that docs/rules/<id>.md exists for every rule.
  it('rules carry help, a helpUri to their docs page, tags, precision, and security-severity for security rules', async () => {
    const log = (await sarif(['fixtures/rules/apt-pin-versions/bad.Dockerfile'])) as unknown as { runs: { tool: { driver: { rules: SarifRule[] } } }[] };
    const rules = log.runs[0]!.tool.driver.rules;
    for (const rule of rules) {
      expect(rule.helpUri).toBe(`https://github.com/dlint-dev/dlint/blob/main/docs/rules/${rule.id}.md`);
      expect(rule.help.markdown).toContain(`# ${rule.id}`);
      expect(rule.properties.precision).toBe('high');
      expect(rule.properties.tags.includes('security')).toBe(rule.properties['security-severity'] !== undefined);
    }
    const nonRoot = rules.find((r) => r.id === 'non-root-user')!;
    expect(nonRoot.properties).toEqual({ tags: ['security'], precision: 'high', 'security-severity': '5.0' });
    expect(rules.find((r) => r.id === 'apt-pin-versions')!.properties).toEqual({ tags: ['pinning'], precision: 'high' });
  });

  it('names the analysis category (--sarif-category) so several runs upload side by side', async () => {
    const of = async (args: string[]): Promise<unknown> => ((await sarif(['-', ...args], 'FROM python\n')) as unknown as { runs: { automationDetails: unknown }[] }).runs[0]!.automationDetails;
    expect(await of([])).toEqual({ id: 'dlint/' });
    expect(await of(['--sarif-category', 'gpu-images'])).toEqual({ id: 'gpu-images/' });
  });

  it('artifact URIs are relative to the repository root, which %SRCROOT% names', async () => {
    const ws = workspace({ '.git/HEAD': 'ref: refs/heads/main\n', 'services/my api/Dockerfile': 'FROM python\n' });
    const r = await runCli(['Dockerfile', '--format', 'sarif'], { cwd: path.join(ws, 'services', 'my api') });
    const run = (JSON.parse(r.stdout) as { runs: { originalUriBaseIds: Record<string, { uri: string }>; results: { locations: { physicalLocation: { artifactLocation: unknown } }[] }[] }[] }).runs[0]!;
    expect(run.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'services/my%20api/Dockerfile', uriBaseId: '%SRCROOT%' });
    expect(run.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`file://${ws}/`);
  });
});
