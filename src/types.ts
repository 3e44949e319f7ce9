/** Shared vocabulary of the linter: positions, findings, rules. */

export type Severity = 'error' | 'warning' | 'info' | 'style';
export type RuleSetting = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'style'];

/** Whether a finding of `severity` is at least as severe as `threshold` (nothing reaches `none`). */
export function reaches(severity: Severity, threshold: Severity | 'none'): boolean {
  return threshold !== 'none' && SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}

/** 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** `end` is exclusive (the position after the last character), as in SARIF and ESLint. */
export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  text: string;
}

export interface Fix {
  description: string;
  edits: TextEdit[];
  /** A safe fix cannot change what the image does; unsafe fixes apply only when asked for. */
  safe: boolean;
}

/** Another place a finding refers to (e.g. the install that a COPY invalidates), for editors. */
export interface RelatedLocation {
  file: string;
  range: Range;
  /** What that place is, e.g. "the install this copy invalidates". */
  message: string;
}

export interface Finding {
  file: string;
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  fix?: Fix;
  /** The external check behind the finding, for rules that report several (`SC2086` for `shellcheck`). */
  code?: string;
  /** That check's documentation page. */
  url?: string;
  related?: RelatedLocation[];
}

export type Category =
  | 'base-image'
  | 'pinning'
  | 'security'
  | 'size'
  | 'runtime'
  | 'correctness'
  | 'style';

export type Preset = 'recommended' | 'strict';

/** Ruff-style documentation sections; `dlint explain`, the README table and SARIF help come from these. */
export interface RuleDocs {
  /** Why the practice matters (one or two paragraphs of markdown). */
  why: string;
  /** A Dockerfile snippet that the rule reports. */
  bad: string;
  /** The same snippet done right. */
  good: string;
  fixSafety?: string;
  options?: string;
}

export type FixKind = 'safe' | 'unsafe' | 'mixed';

/** How a rule's fixes are listed: their safety, `yes` when a fixable rule does not declare it, `no`. */
export function fixLabel(meta: Pick<RuleMeta, 'fixable' | 'fixKind'>): string {
  return meta.fixable ? (meta.fixKind ?? 'yes') : 'no';
}

export interface RuleMeta {
  id: string;
  category: Category;
  severity: Severity;
  /** `recommended`: on by default; `strict`: on with the strict preset only; `off`: on only when configured. */
  preset: Preset | 'off';
  description: string;
  docs: RuleDocs;
  fixable: boolean;
  /**
   * The safety of the rule's fixes, for `dlint rules` and the docs: `safe` (always applied by `--fix`),
   * `unsafe` (only by `--fix-unsafe`), `mixed` (safe for some shapes, unsafe for others).
   */
  fixKind?: FixKind;
  /** hadolint (DLxxxx) and BuildKit check names this rule covers. */
  covers: string[];
  /** JSON Schema of the rule's options object. */
  options?: Record<string, unknown>;
  /** Extra SARIF tags (e.g. `security`). */
  tags?: string[];
  /** Documentation page, for plugin rules (built-in rules link to docs/rules/<id>.md). */
  url?: string;
}

export interface ReportDescriptor {
  range: Range;
  message: string;
  fix?: Omit<Fix, 'safe'> & { safe?: boolean };
  /** Overrides the configured severity for this one finding (e.g. error where a tag cannot exist). */
  severity?: Severity;
  /** For findings in another file of the build context (e.g. a requirements file). */
  file?: string;
  /** See `Finding.code` and `Finding.url`. */
  code?: string;
  url?: string;
  /** Other places the finding refers to; `file` defaults to the Dockerfile. */
  related?: (Omit<RelatedLocation, 'file'> & { file?: string })[];
}
