/**
 * dlint's programmatic API and plugin API.
 *
 * - `lint(text, options)`: lint one Dockerfile's text (synchronous; no config files are read).
 * - `lintFiles(paths, options)`: lint files, folders and globs with config discovery (async).
 * - `defineRule`, `definePlugin` and the model types: write rules of your own (see README, "Writing a rule").
 */
export { lint, allRules, type LintOptions } from './lint.js';
export { lintFiles, type LintFilesOptions, type LintFileResult } from './lint-files.js';
export { defineRule, DEFAULT_SETTINGS, type Rule, type RuleContext, type LintSettings } from './rule.js';
export { definePlugin, type Plugin } from './config/plugins.js';
export { ConfigError, type RuleConfig } from './config/rule-settings.js';
export type { DlintConfig, ConfigOverride, SharedConfig, LabelKind } from './config/types.js';
export { applyFixes } from './fix.js';
export { rulesCovering } from './coverage.js';
export { ShellCheck, type ScFinding } from './shellcheck/session.js';
export { findShellCheck, type ShellCheckBinary } from './shellcheck/binary.js';
export type * from './types.js';
export type * from './model/types.js';
export type { ImageName } from './model/image-ref.js';
export type { Scope } from './model/words.js';
export type { BuildContext } from './context/build-context.js';
export type * from './shell/types.js';
