/** The rule API: what a rule module exports and what its check receives. */
import type { DockerfileModel } from './model/types.js';
import type { BuildContext } from './context/build-context.js';
import type { ShellCheck } from './shellcheck/session.js';
import type { ReportDescriptor, RuleMeta } from './types.js';

export interface LintSettings {
  /** Registries whose images count as trusted (`official-base-image`). */
  trustedRegistries: string[];
  /** Image globs that count as trusted (`official-base-image`). */
  trustedImages: string[];
  /** Label schema for `label-schema`: label name → expected kind. */
  labelSchema: Record<string, string>;
}

export const DEFAULT_SETTINGS: LintSettings = { trustedRegistries: [], trustedImages: [], labelSchema: {} };

export interface RuleContext<Options = Record<string, unknown>> {
  model: DockerfileModel;
  /** The build context folder, when the Dockerfile comes from disk. */
  buildContext: BuildContext | null;
  options: Options;
  settings: LintSettings;
  /** ShellCheck, when it runs in this lint (found, not turned off, and the `shellcheck` rule on). */
  shellcheck?: ShellCheck;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  check(context: RuleContext<Options>): void;
}

/** Identity helper that gives rule modules their types (the plugin API exports it too). */
export function defineRule<Options = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
