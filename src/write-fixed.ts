/** Writing `--fix` results back (the CLI and the GitHub Action): only files that changed, atomically. */
import { writeAtomic } from './fix.js';
import type { LintFileResult } from './lint-files.js';

/** Writes each fixed file in place; one that cannot be written gets an `ioError`. Returns the files written. */
export function writeFixedFiles(results: LintFileResult[], onError: (r: LintFileResult) => void): LintFileResult[] {
  const written: LintFileResult[] = [];
  for (const r of results) {
    if (!r.fixed || r.absolutePath === null || r.output === undefined) continue;
    try {
      writeAtomic(r.absolutePath, r.output);
      written.push(r);
    } catch (e) {
      r.ioError = `cannot write the fixed file (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
      onError(r);
    }
  }
  return written;
}
