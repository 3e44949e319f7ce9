/**
 * `--quiet`: only errors are shown, but what is hidden still counts for the exit code (the failure threshold
 * does not move), so the report says what it left out and stderr says when hidden findings failed the run.
 */
import type { LintFileResult } from '../lint-files.js';
import { reaches, type Finding } from '../types.js';

export interface QuietOutcome {
  /** What each file shows: its errors. */
  shown: Finding[][];
  /** Findings left out, by severity (those with none are not listed). */
  hidden: Partial<Record<Finding['severity'], number>>;
  /** How many of the hidden findings reach their file's failure threshold. */
  hiddenFailing: number;
}

export function hideBelowErrors(results: readonly LintFileResult[]): QuietOutcome {
  const hidden: QuietOutcome['hidden'] = {};
  let hiddenFailing = 0;
  const shown = results.map((r) =>
    r.findings.filter((f) => {
      if (f.severity === 'error') return true;
      hidden[f.severity] = (hidden[f.severity] ?? 0) + 1;
      if (reaches(f.severity, r.failureThreshold)) hiddenFailing++;
      return false;
    }),
  );
  return { shown, hidden, hiddenFailing };
}

/** The stderr line when the run fails only because of findings --quiet hid; null otherwise. */
export function quietFailureNotice(outcome: QuietOutcome, shownFailing: boolean): string | null {
  if (shownFailing || outcome.hiddenFailing === 0) return null;
  const n = outcome.hiddenFailing;
  return `exit 1: ${n} finding${n === 1 ? '' : 's'} hidden by --quiet reach${n === 1 ? 'es' : ''} the failure threshold; run without --quiet to see ${n === 1 ? 'it' : 'them'}, or raise --failure-threshold to error`;
}
