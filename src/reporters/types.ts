import type { Rule } from '../rule.js';
import type { Finding, Severity } from '../types.js';

/** One linted file: its findings and, when it could be read, its text (for fingerprints and snippets). */
export interface FileResult {
  file: string;
  text: string | null;
  findings: Finding[];
  /** Findings at or above this severity fail the run (JUnit reports only those as failures). */
  failureThreshold?: Severity | 'none';
}

export interface ReportInput {
  results: FileResult[];
  /** Every rule that could have run (for SARIF's rule catalogue). */
  rules: Rule[];
  color: boolean;
  /** Folder the findings' relative paths are relative to (machine formats rebase them on the repository root). */
  cwd: string;
  /** Findings `--quiet` left out of `results`, by severity (the text summary says so). */
  hidden?: Partial<Record<Severity, number>>;
  /** SARIF `automationDetails.id` category, so several dlint runs can be uploaded side by side (default `dlint`). */
  sarifCategory?: string;
}

export type Reporter = (input: ReportInput) => string;
