/** The shape of a dlint configuration file (schema/dlintrc.schema.json is generated to match). */
import type { Severity } from '../types.js';
import type { RuleConfig } from './rule-settings.js';
import type { LABEL_KINDS } from './schema.js';

export type LabelKind = (typeof LABEL_KINDS)[number];

/** Keys that may also appear in an `overrides` entry. */
export interface SharedConfig {
  rules?: Record<string, RuleConfig>;
  failureThreshold?: Severity | 'none';
  trustedRegistries?: string[];
  trustedImages?: string[];
  context?: string;
  labelSchema?: Record<string, LabelKind>;
  noInlineConfig?: boolean;
  reportUnusedIgnores?: boolean;
  /** Run ShellCheck for the `shellcheck` rule: when found (`auto`, the default), always (`on`: an error when missing), never. */
  shellcheck?: ShellCheckMode;
  /** The `shellcheck` program to run (default: the one on PATH). */
  shellcheckPath?: string;
}

export type ShellCheckMode = 'auto' | 'on' | 'off';

export interface ConfigOverride extends SharedConfig {
  files: string | string[];
  excludedFiles?: string | string[];
}

export interface DlintConfig extends SharedConfig {
  $schema?: string;
  root?: boolean;
  extends?: string | string[];
  ignorePatterns?: string[];
  plugins?: string[];
  overrides?: ConfigOverride[];
}
