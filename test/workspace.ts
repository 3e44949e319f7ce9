import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from './cli-harness.js';

/** A temporary folder with the given files (path → content; Buffers written as is). */
export function workspace(files: Record<string, string | Buffer>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'dlint-ws-')));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

export interface JsonFinding {
  file: string;
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
}

/** Runs the CLI with `--format json` in `cwd` and returns exit code, parsed findings and stderr. */
export async function lintJson(cwd: string, args: string[], stdin?: string): Promise<{ code: number; findings: JsonFinding[]; stderr: string }> {
  const r = await runCli([...args, '--format', 'json'], { cwd, stdin });
  return { code: r.code, findings: r.stdout ? (JSON.parse(r.stdout) as JsonFinding[]) : [], stderr: r.stderr };
}

/** `ruleId@line` of each finding, a compact thing to assert on. */
export function ids(findings: JsonFinding[]): string[] {
  return findings.map((f) => `${f.ruleId}@${f.line}`);
}
