/** Finding identities that survive edits elsewhere in the file (SARIF partialFingerprints, GitLab fingerprints). */
import { loadCrypto } from '../lazy-deps.js';
import type { Finding } from '../types.js';

/**
 * One fingerprint per finding, from the rule, the file path and the content of the flagged line (not
 * its number); findings with the same three get an occurrence counter in file order.
 */
export function fingerprints(findings: readonly Finding[], text: string | null, file: string): string[] {
  const lines = text?.replace(/\r\n/g, '\n').split('\n') ?? [];
  const seen = new Map<string, number>();
  const { createHash } = loadCrypto();
  return findings.map((f) => {
    const content = (lines[f.range.start.line - 1] ?? '').trim();
    const base = createHash('sha256').update(`${f.code ? `${f.ruleId}/${f.code}` : f.ruleId}\0${file}\0${content}`).digest('hex').slice(0, 32);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}:${n}`;
  });
}
