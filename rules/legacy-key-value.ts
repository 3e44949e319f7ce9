import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'legacy-key-value',
    category: 'style',
    severity: 'warning',
    preset: 'recommended',
    description: '`ENV key value` / `LABEL key value` in the legacy space-separated form.',
    docs: {
      why:
        'The form without `=` sets exactly one variable whose value is the rest of the line, quotes and all: `ENV PATH /opt/bin:$PATH FOO=1` makes one variable named `PATH`. It is deprecated, and BuildKit warns about it. Write `key=value` (quote values with spaces).',
      bad: 'ENV PYTHONUNBUFFERED 1\nLABEL description Inference server',
      good: 'ENV PYTHONUNBUFFERED=1\nLABEL description="Inference server"',
      fixSafety: 'Safe for one-line values without quotes or escapes (the fix is offered only then).',
    },
    fixable: true,
    covers: ['LegacyKeyValueFormat'],
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== 'ENV' && ins.keyword !== 'LABEL') continue;
      for (const prop of ins.properties) {
        if (!prop.legacyForm || !prop.valueRange) continue;
        const value = prop.rawValue ?? '';
        const simple = prop.nameRange.start.line === prop.valueRange.end.line && !/["'\\`]/.test(value) && !/["'\\]/.test(prop.name);
        const quoted = /^(["']).*\1$/s.test(value);
        const text = !quoted && (/\s/.test(value) || value === '') ? `${prop.name}="${value}"` : `${prop.name}=${value}`;
        report({
          range: { start: prop.nameRange.start, end: prop.valueRange.end },
          message: `\`${ins.keyword} ${prop.name} …\` uses the deprecated space-separated form; write \`${ins.keyword} ${text}\`.`,
          ...(simple ? { fix: { description: `Write ${text}`, edits: [{ range: { start: prop.nameRange.start, end: prop.valueRange.end }, text }] } } : {}),
        });
      }
    }
  },
});
