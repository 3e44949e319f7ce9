import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-harness.js';
import { ROOT } from './helpers.js';

const schemaPath = path.join(ROOT, 'test', 'schema', 'sarif-schema-2.1.0.json');
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as object);

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
