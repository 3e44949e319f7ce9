import type { Rule } from '../rule.js';
import type { Finding } from '../types.js';

/** One linted file: its findings and, when it could be read, its text (for fingerprints and snippets). */
export interface FileResult {
  file: string;
  text: string | null;
  findings: Finding[];
}

export interface ReportInput {
  results: FileResult[];
  /** Every rule that could have run (for SARIF's rule catalogue). */
  rules: Rule[];
  color: boolean;
  /** Folder that relative paths in machine formats are relative to. */
  cwd: string;
}

export type Reporter = (input: ReportInput) => string;
