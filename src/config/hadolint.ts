/** `.hadolint.yaml` → the equivalent dlint config, through the hadolint ids each rule `covers`. */
import { rulesCovering } from '../coverage.js';
import type { Rule } from '../rule.js';
import { SEVERITIES, type Severity } from '../types.js';
import { ConfigError } from './rule-settings.js';
import type { DlintConfig } from './types.js';
import { LABEL_KINDS, SCHEMA_URL } from './schema.js';
import { loadYaml } from '../lazy-deps.js';

export const HADOLINT_FILES = ['.hadolint.yaml', '.hadolint.yml'];

export interface HadolintConversion {
  config: DlintConfig;
  /** What did not carry over, one line each (for `dlint migrate` and the notice). */
  notes: string[];
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
  if (raw === null || raw === undefined) return { config: {}, notes: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`${file}: must be a mapping of hadolint settings`);
  const h = raw as Record<string, unknown>;
  const config: DlintConfig = {};
  const notes: string[] = [];
  const ruleSettings: Record<string, 'off' | Severity> = {};
  const uncovered = new Set<string>();
  const covering = (id: string): Rule[] => {
    const found = rulesCovering(id, rules);
    if (found.length === 0) uncovered.add(id);
    return found;
  };

  const override = h.override ?? {};
  if (typeof override !== 'object' || override === null || Array.isArray(override)) throw new ConfigError(`${file}: override: must be a mapping of severity → rule codes`);
  // When codes of one rule get different severities, the most severe wins.
  for (const severity of SEVERITIES) {
    for (const id of idList(override as Record<string, unknown>, severity, file, `override.${severity}`)) {
      for (const r of covering(id)) {
        const prev = ruleSettings[r.meta.id];
        if (prev === undefined || (prev !== 'off' && RANK[severity] > RANK[prev])) ruleSettings[r.meta.id] = severity;
      }
    }
  }
  // An ignored code turns its whole rule off, even when the rule covers other codes too.
  for (const id of idList(h, 'ignored', file)) for (const r of covering(id)) ruleSettings[r.meta.id] = 'off';

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
  if (Object.keys(ruleSettings).length) config.rules = { ...ruleSettings, ...config.rules };
  if (uncovered.size) notes.push(`not checked by dlint, nothing to carry over: ${[...uncovered].join(', ')}`);
  return { config, notes };
}

/** The `.dlintrc.yaml` text `dlint migrate` writes for a converted hadolint config. */
export function migrationYaml(conversion: HadolintConversion, sourceName: string): string {
  const header = [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    `# Converted from ${sourceName} by \`dlint migrate\`. Inline \`# hadolint ignore=…\` comments keep working.`,
    ...conversion.notes.map((n) => `# ${n}`),
  ];
  const body = Object.keys(conversion.config).length ? loadYaml().stringify(conversion.config) : '{}\n';
  return `${header.join('\n')}\n${body}`;
}
