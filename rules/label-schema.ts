import type { LABEL_KINDS } from '../src/config/schema.js';
import { isSpdxExpression } from '../src/knowledge/spdx.js';
import { defineRule } from '../src/rule.js';
import type { Instruction, Stage } from '../src/model/types.js';

type Kind = (typeof LABEL_KINDS)[number];

interface Options {
  /** Labels the final image must carry; default: every label of the schema. */
  required?: string[];
  /** Report labels that are not in the schema. */
  strict?: boolean;
}

const VALIDATORS: Record<Exclude<Kind, 'text'>, { ok: (v: string) => boolean; what: string }> = {
  url: { ok: (v) => /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(v) && URL.canParse(v), what: 'a URL' },
  rfc3339: {
    ok: (v) => /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v.replace(' ', 'T'))),
    what: 'an RFC 3339 date-time (2024-05-01T12:00:00Z)',
  },
  spdx: { ok: isSpdxExpression, what: 'an SPDX license expression (Apache-2.0, MIT OR Apache-2.0)' },
  semver: {
    ok: (v) => /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/.test(v),
    what: 'a semantic version (1.4.2)',
  },
  hash: { ok: (v) => /^([0-9a-f]{7}|[0-9a-f]{40}|[0-9a-f]{64})$/.test(v), what: 'a git commit hash (7 or 40 hex digits)' },
  email: { ok: (v) => /^[^\s@<>()",;:]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(v), what: 'an e-mail address' },
};

/** OCI-style label keys: lower-case alphanumerics separated by `.`, `-`, `_`, `/`; `com.docker.*`, `io.docker.*`, `org.dockerproject.*` are reserved. */
function invalidKey(key: string): string | null {
  if (/^(com\.docker\.|io\.docker\.|org\.dockerproject\.)/.test(key)) return 'uses a namespace reserved by Docker';
  if (!/^[a-z]/.test(key) || !/[a-z0-9]$/.test(key)) return 'must start with a lower-case letter and end with a letter or digit';
  if (/[^a-z0-9._/-]/.test(key)) return 'may only contain lower-case letters, digits, `.`, `-`, `_` and `/`';
  if (/\.\.|--/.test(key)) return 'has repeated separators';
  return null;
}

function labelsOf(stage: Stage): Instruction[] {
  return [...stage.lineage].reverse().flatMap((s) => s.instructions.filter((i) => i.keyword === 'LABEL'));
}

export default defineRule<Options>({
  meta: {
    id: 'label-schema',
    category: 'style',
    severity: 'warning',
    preset: 'off',
    description: 'Labels checked against a configured schema: required keys, value formats, and valid label keys.',
    docs: {
      why:
        'Registries, scanners and inventory tools read image metadata from labels such as `org.opencontainers.image.source` or `org.opencontainers.image.licenses`; a missing or malformed value breaks those tools quietly. Configure the schema in `settings.labelSchema` (label name → `url`, `rfc3339`, `spdx`, `semver`, `hash` (git commit), `email` or `text`): every label of the schema is required in the final image (or those listed in the rule option `required`), must not be empty, and must match its kind. With `strict: true`, labels outside the schema are reported too. Label keys are always checked: lower-case, `.`/`-`/`_`/`/`-separated, outside the `com.docker.*` namespaces. Values built from variables are checked once known.',
      bad: 'LABEL org.opencontainers.image.source="github.com/acme/app" \\\n      org.opencontainers.image.licenses="Apache 2"',
      good: 'LABEL org.opencontainers.image.source="https://github.com/acme/app" \\\n      org.opencontainers.image.licenses="Apache-2.0"',
      options:
        'Settings: `labelSchema: { "org.opencontainers.image.source": "url", "org.opencontainers.image.licenses": "spdx" }`. Rule options: `required` (label names that must be present; default all of the schema), `strict` (report labels outside the schema; default false).',
    },
    fixable: false,
    covers: ['DL3048', 'DL3049', 'DL3050', 'DL3051', 'DL3052', 'DL3053', 'DL3054', 'DL3055', 'DL3056', 'DL3058'],
    options: {
      type: 'object',
      properties: {
        required: { type: 'array', items: { type: 'string' } },
        strict: { type: 'boolean' },
      },
      additionalProperties: false,
    },
  },
  check({ model, settings, options, report }) {
    const schema = settings.labelSchema;
    const schemaKeys = Object.keys(schema);
    for (const ins of model.instructions) {
      if (ins.keyword !== 'LABEL') continue;
      for (const prop of ins.properties) {
        const bad = invalidKey(prop.name);
        if (bad) report({ range: prop.nameRange, message: `Label key \`${prop.name}\` ${bad}; use a reverse-DNS key such as \`org.example.${prop.name.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^[^a-z]+|[^a-z0-9]+$/g, '') || 'name'}\`.` });
        const kind = schema[prop.name] as Kind | undefined;
        if (kind === undefined) {
          if (options.strict && schemaKeys.length) report({ range: prop.nameRange, message: `Label \`${prop.name}\` is not in the configured label schema; remove it or add it to \`labelSchema\`.` });
          continue;
        }
        const value = prop.value;
        if (value === null || value === undefined) continue;
        const range = prop.valueRange ?? prop.nameRange;
        if (value.trim() === '') {
          report({ range, message: `Label \`${prop.name}\` is empty; give it a value.` });
          continue;
        }
        const validator = kind === 'text' ? null : VALIDATORS[kind];
        if (validator && !validator.ok(value.trim())) {
          report({ range, message: `Label \`${prop.name}\` is \`${value}\`, which is not ${validator.what}.` });
        }
      }
    }
    const final = model.finalStage;
    if (!final || !schemaKeys.length) return;
    const present = new Set(labelsOf(final).flatMap((i) => i.properties.map((p) => p.name)));
    for (const name of options.required ?? schemaKeys) {
      if (!present.has(name)) {
        report({ range: final.from.range, message: `The final image has no label \`${name}\`, which the label schema requires; add \`LABEL ${name}="…"\`.` });
      }
    }
  },
});
