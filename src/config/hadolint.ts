/** `.hadolint.yaml` → the equivalent dlint config, through the hadolint ids each rule `covers`. */
import { rulesCovering } from '../coverage.js';
import type { Rule } from '../rule.js';
import { SEVERITIES, type Severity } from '../types.js';
import { HADOLINT_SEVERITY } from './hadolint-severities.js';
import { ConfigError } from './rule-settings.js';
import type { DlintConfig } from './types.js';
import { LABEL_KINDS, SCHEMA_URL } from './schema.js';
import { loadYaml } from '../lazy-deps.js';

const SHELLCHECK = 'shellcheck';

export const HADOLINT_FILES = ['.hadolint.yaml', '.hadolint.yml'];

export interface HadolintConversion {
  config: DlintConfig;
  /** What did not carry over, one line each (for `dlint migrate` and the notice). */
  notes: string[];
  /** Why a rule's setting differs from dlint's default, by rule id (comments of the migrated YAML). */
  comments: Record<string, string>;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, style: 0 };

function idList(raw: Record<string, unknown>, key: string, file: string, keyPath = key): string[] {
  const v = raw[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new ConfigError(`${file}: ${keyPath}: must be a list of ${key === 'trustedRegistries' ? 'registries' : 'rule codes (e.g. [DL3008, DL3013])'}`);
  return v as string[];
}

/** Converts a parsed hadolint config. Keys hadolint uses for output only (format, no-color, verbose) are dropped. */
export function fromHadolint(raw: unknown, file: string, rules: readonly Rule[]): HadolintConversion {
  // An empty file is hadolint's defaults.
  const h = (raw ?? {}) as Record<string, unknown>;
  if (typeof h !== 'object' || Array.isArray(h)) throw new ConfigError(`${file}: must be a mapping of hadolint settings`);
  const config: DlintConfig = {};
  const notes: string[] = [];
  const ruleSettings: Record<string, 'off' | Severity> = {};
  const uncovered = new Set<string>();
  /** SC codes hadolint ignores: they become the `shellcheck` rule's `exclude` option, not the whole rule off. */
  const scExclude: string[] = [];
  const scOverridden = new Set<string>();
  const covering = (id: string): Rule[] => {
    const found = rulesCovering(id, rules);
    if (found.length === 0) uncovered.add(id);
    return found.filter((r) => r.meta.id !== SHELLCHECK || !/^SC\d+$/i.test(id));
  };

  const override = h.override ?? {};
  if (typeof override !== 'object' || override === null || Array.isArray(override)) throw new ConfigError(`${file}: override: must be a mapping of severity → rule codes`);
  // When codes of one rule get different severities, the most severe wins.
  for (const severity of SEVERITIES) {
    for (const id of idList(override as Record<string, unknown>, severity, file, `override.${severity}`)) {
      if (/^SC\d+$/i.test(id) && rules.some((r) => r.meta.id === SHELLCHECK)) scOverridden.add(id);
      for (const r of covering(id)) {
        const prev = ruleSettings[r.meta.id];
        if (prev === undefined || (prev !== 'off' && RANK[severity] > RANK[prev])) ruleSettings[r.meta.id] = severity;
      }
    }
  }
  // An ignored code turns its whole rule off, even when the rule covers other codes too.
  for (const id of idList(h, 'ignored', file)) {
    if (/^SC\d+$/i.test(id) && rules.some((r) => r.meta.id === SHELLCHECK)) scExclude.push(id.toUpperCase());
    for (const r of covering(id)) ruleSettings[r.meta.id] = 'off';
  }

  const registries = idList(h, 'trustedRegistries', file);
  if (registries.length) config.trustedRegistries = registries;

  const threshold = h['failure-threshold'];
  if (threshold !== undefined) {
    if (typeof threshold !== 'string' || ![...SEVERITIES, 'none', 'ignore'].includes(threshold)) {
      throw new ConfigError(`${file}: failure-threshold: must be one of error, warning, info, style, ignore, none`);
    }
    config.failureThreshold = threshold === 'ignore' ? 'none' : (threshold as Severity | 'none');
  }
  if (h['no-fail'] === true) config.failureThreshold = 'none';
  if (h['disable-ignore-pragma'] === true) config.noInlineConfig = true;

  const labels = h['label-schema'];
  if (labels !== undefined && labels !== null) {
    if (typeof labels !== 'object' || Array.isArray(labels)) throw new ConfigError(`${file}: label-schema: must be a mapping of label → kind`);
    const schema: Record<string, (typeof LABEL_KINDS)[number]> = {};
    for (const [name, kind] of Object.entries(labels)) {
      if (!(LABEL_KINDS as readonly string[]).includes(String(kind))) {
        throw new ConfigError(`${file}: label-schema.${name}: must be one of ${LABEL_KINDS.join(', ')}`);
      }
      schema[name] = kind as (typeof LABEL_KINDS)[number];
    }
    config.labelSchema = schema;
    // hadolint checks labels as soon as a schema is given; in dlint the rule is off until configured.
    if (rules.some((r) => r.meta.id === 'label-schema') && ruleSettings['label-schema'] === undefined) ruleSettings['label-schema'] = 'warning';
  }
  if (h['strict-labels'] === true) {
    const labelRule = rules.find((r) => r.meta.id === 'label-schema');
    const props = (labelRule?.meta.options as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
    const key = ['strict', 'strictLabels'].find((k) => k in props);
    if (key && ruleSettings['label-schema'] !== 'off') {
      config.rules = { ...config.rules, 'label-schema': [ruleSettings['label-schema'] ?? 'warning', { [key]: true }] };
      delete ruleSettings['label-schema'];
    } else {
      notes.push('strict-labels: dlint does not report labels missing from the schema');
    }
  }
  const comments = keepHadolintSeverities(rules, ruleSettings);
  if (Object.keys(ruleSettings).length) config.rules = { ...ruleSettings, ...config.rules };
  if (scExclude.length) config.rules = { ...config.rules, [SHELLCHECK]: ['warning', { exclude: scExclude }] };
  if (scOverridden.size) notes.push(`override: ShellCheck codes keep ShellCheck's own levels in dlint (the shellcheck rule's severity applies to all of them): ${[...scOverridden].join(', ')}`);
  if (uncovered.size) notes.push(`not checked by dlint, nothing to carry over: ${[...uncovered].join(', ')}`);
  return { config, notes, comments };
}

/**
 * Rules on by default whose default severity is stricter than hadolint's for the ids they cover get hadolint's
 * (the most severe of those ids'), so a setup that passed hadolint does not fail on what it reported as info or
 * style. Rules the hadolint config already set, and rules covering an id whose hadolint default is not known,
 * are left alone. Returns the comment for each rule changed.
 */
function keepHadolintSeverities(rules: readonly Rule[], ruleSettings: Record<string, 'off' | Severity>): Record<string, string> {
  const comments: Record<string, string> = {};
  for (const { meta } of rules) {
    if (meta.preset !== 'recommended' || ruleSettings[meta.id] !== undefined) continue;
    const ids = meta.covers.filter((id) => /^DL\d{4}$/.test(id));
    const theirs = ids.map((id) => HADOLINT_SEVERITY.get(id));
    if (ids.length === 0 || theirs.includes(undefined)) continue;
    const severity = (theirs as Severity[]).reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
    if (RANK[meta.severity] <= RANK[severity]) continue;
    ruleSettings[meta.id] = severity;
    comments[meta.id] = `kept at hadolint's severity: hadolint reports ${ids.join(', ')} as ${severity} (dlint's default: ${meta.severity})`;
  }
  return comments;
}

/** The `.dlintrc.yaml` text `dlint migrate` writes for a converted hadolint config. */
export function migrationYaml(conversion: HadolintConversion, sourceName: string): string {
  const header = [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    `# Converted from ${sourceName} by \`dlint migrate\`. Inline \`# hadolint ignore=…\` comments keep working.`,
    ...conversion.notes.map((n) => `# ${n}`),
  ];
  const YAML = loadYaml();
  const doc = new YAML.Document(conversion.config);
  for (const [id, comment] of Object.entries(conversion.comments)) {
    const node = doc.getIn(['rules', id], true);
    if (YAML.isScalar(node)) node.comment = ` ${comment}`;
  }
  const body = Object.keys(conversion.config).length ? doc.toString() : '{}\n';
  return `${header.join('\n')}\n${body}`;
}
