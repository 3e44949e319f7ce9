/** The programmatic API: text in, findings out (read → parse → model → rules → findings). */
import path from 'node:path';
import { variedBuildArgs, variedBuildArgValues } from './context/varied-args.js';
import { argValuesEveryBuildPasses } from './context/passed-args.js';
import { openBuildContext } from './context/build-context.js';
import { substitutedWords } from './context/substituted-words.js';
import { inferredContext } from './context/inferred-context.js';
import { buildsArtifactsOnly } from './context/artifact-builds.js';
import { runsOverLiveSource } from './context/live-source.js';
import { enabledRules, type RuleConfig } from './config/rule-settings.js';
import { compareFindings, type EnabledRule, runRules } from './engine.js';
import { buildModel, markSubstitutedPlaceholders } from './model/build.js';
import { markDead, markDevelopment, shipFragmentStages, shipNamedStages } from './model/shipping.js';
import type { DockerfileModel } from './model/types.js';
import { applySuppressions } from './suppressions.js';
import { DEFAULT_SETTINGS, type LintSettings, type Rule } from './rule.js';
import { builtinRules } from '../rules/index.js';
import type { ShellCheck } from './shellcheck/session.js';
import type { Finding, Preset } from './types.js';

export interface LintOptions {
  /** Path shown in findings (and used to find the build context). Default `Dockerfile`. */
  filePath?: string;
  preset?: Preset;
  rules?: Record<string, RuleConfig>;
  settings?: Partial<LintSettings>;
  /** Build context folder; default the Dockerfile's folder when `filePath` is on disk; null for none. */
  contextDir?: string | null;
  /**
   * `contextDir` is only the default, the Dockerfile's folder, not a context the user gave (`--context`, config
   * `context`): it may then be inferred from the COPY sources (context/inferred-context.ts), as it is when
   * `contextDir` is left out.
   */
  defaultContext?: boolean;
  /** Extra rules (plugins) run beside the built-in ones. */
  extraRules?: Rule[];
  /** Ignore inline suppressions (`# dlint-ignore`, `# hadolint ignore=`, `# check=skip=`). */
  noInlineConfig?: boolean;
  /** Report `dlint-ignore` comments that suppress nothing (pseudo-rule `unused-ignore`). */
  reportUnusedIgnores?: boolean;
  /** ShellCheck to run for the `shellcheck` rule (see `ShellCheck` and `findShellCheck`); without it the rule reports nothing. */
  shellcheck?: ShellCheck | null;
}

export function allRules(extra: Rule[] = []): Rule[] {
  return [...builtinRules, ...extra];
}

export function lint(text: string, options: LintOptions = {}): Finding[] {
  return lintModel(modelFor(text, options), options);
}

/**
 * The model of a Dockerfile as `lint` builds it: with a build context, knowing the global ARGs its project's Bake
 * targets or workflows pass with several values (variedBuildArgs), which a base image named from is not one the file fixes.
 */
export function modelFor(text: string, options: Pick<LintOptions, 'filePath' | 'contextDir'>): DockerfileModel {
  const { filePath, contextDir } = options;
  const withContext = filePath !== undefined && contextDir !== null;
  return buildModel(
    filePath ?? 'Dockerfile',
    text,
    withContext ? variedBuildArgs(filePath) : undefined,
    withContext ? variedBuildArgValues(filePath) : undefined,
    withContext ? () => argValuesEveryBuildPasses(filePath) : undefined,
  );
}

interface RuleSet {
  known: Rule[];
  enabled: EnabledRule[];
}

/**
 * The rule set per plugins, rule settings and preset (keyed by the objects passed): the same for every file of a
 * run, and reading it again per file (option schemas and defaults included) cost as much as some rules.
 */
const ruleSets = new WeakMap<object, WeakMap<object, Map<Preset, RuleSet>>>();
const NONE = {};

function ruleSet(options: LintOptions): RuleSet {
  const settingsKey = options.rules ?? NONE;
  let byPlugins = ruleSets.get(settingsKey);
  if (!byPlugins) ruleSets.set(settingsKey, (byPlugins = new WeakMap()));
  const pluginsKey = options.extraRules ?? NONE;
  let byPreset = byPlugins.get(pluginsKey);
  if (!byPreset) byPlugins.set(pluginsKey, (byPreset = new Map()));
  const preset = options.preset ?? 'recommended';
  let set = byPreset.get(preset);
  if (!set) {
    const known = allRules(options.extraRules);
    byPreset.set(preset, (set = { known, enabled: enabledRules(known, preset, options.rules) }));
  }
  return set;
}

/** `lint` of a model already built (lintFiles builds them first, for ShellCheck to check all files at once). */
export function lintModel(model: DockerfileModel, options: LintOptions = {}): Finding[] {
  const { known, enabled: rules } = ruleSet(options);
  const given = options.contextDir === undefined ? (options.filePath ? path.dirname(options.filePath) : null) : options.contextDir;
  const contextDir = given !== null && options.filePath && (options.contextDir === undefined || options.defaultContext) ? inferredContext(model, given, options.filePath) : given;
  const buildContext = contextDir === null ? null : openBuildContext(contextDir, options.filePath ?? null);
  // `FROM BASEIMAGE`, which a build file beside it replaces with sed before building: a placeholder template; the
  // `${NAME}`s a generator replaces so: its placeholders, not variables.
  if (buildContext && options.filePath) markSubstitutedPlaceholders(model, substitutedWords(options.filePath));
  // A build-only stage that Compose or Bake builds as an image ships whole (asked only when a named stage is build-only).
  if (buildContext && model.stages.some((s) => s.buildOnly && s.name !== null)) shipNamedStages(model, buildContext.builtStages());
  // A fragment a script joins before other files: the joined file's images are built from the files after it.
  const fragment = buildContext && model.stages.length ? buildContext.fragment() : null;
  if (fragment?.followed) shipFragmentStages(model, fragment.basesAfter);
  // A stage no other stage uses, when the project's builds name their targets and not this one, is never built.
  const targets = buildContext && model.stages.some((s) => s.target && !s.isFinal) ? buildContext.namedTargets() : null;
  if (targets) markDead(model, targets);
  // A stage a Dev Container builds as its target (and what only it uses) is a development environment; the others ship.
  const devTargets = buildContext && model.stages.some((s) => s.name !== null) ? buildContext.devContainerTargets() : null;
  if (buildContext && devTargets?.size) {
    const others = [...buildContext.builtStages(), ...(buildContext.namedTargets() ?? [])].filter((n) => !devTargets.has(n));
    markDevelopment(model, devTargets, new Set(others));
  }
  if (buildContext?.runsWorkflowJobs()) model.ciJobImage = true;
  if (buildContext?.retiredVersionFolder()) model.retired = true;
  if (buildContext && options.filePath && runsOverLiveSource(model, options.filePath, buildContext)) model.liveSourceImage = true;
  if (buildContext && options.filePath && buildsArtifactsOnly(model, options.filePath, buildContext)) model.artifactBuilder = true;
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const shellcheck = options.shellcheck && rules.some((r) => r.rule.meta.id === 'shellcheck') ? options.shellcheck : null;
  const findings = runRules(model, rules, settings, buildContext, shellcheck);
  return applySuppressions(model, findings, {
    rules: known,
    noInlineConfig: options.noInlineConfig,
    reportUnused: options.reportUnusedIgnores,
  }).sort(compareFindings);
}
