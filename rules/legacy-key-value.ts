import { declinedAdviceDoc } from '../src/knowledge/declined-advice.js';
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
        'The form without `=` sets exactly one variable whose value is the rest of the line, quotes and all: `ENV PATH /opt/bin:$PATH FOO=1` makes one variable named `PATH`. It is deprecated, and BuildKit warns about it. Write `key=value` (quote values with spaces).' + ' ' + declinedAdviceDoc('legacy-key-value'),
      bad: 'ENV PYTHONUNBUFFERED 1\nLABEL description Inference server',
      good: 'ENV PYTHONUNBUFFERED=1\nLABEL description="Inference server"',
      fixSafety:
        'Safe for one-line values without quotes or escapes (the fix is offered only then): `key="value"` sets the same value. `LABEL k = "v"` sets `k` to a value that starts with `= `; the fix to `k="v"` is unsafe, as it drops that `= `.',
    },
    fixable: true,
    fixKind: 'mixed',
    covers: ['LegacyKeyValueFormat'],
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== 'ENV' && ins.keyword !== 'LABEL') continue;
      for (const prop of ins.properties) {
        if (!prop.legacyForm || !prop.valueRange) continue;
        const value = prop.rawValue ?? '';
        const range = { start: prop.nameRange.start, end: prop.valueRange.end };
        const oneLine = prop.nameRange.start.line === prop.valueRange.end.line && !/["'\\]/.test(prop.name);
        // `LABEL k = "v"`: spaces around `=` make the legacy form, whose value is `= "v"`.
        const spacedEquals = /^=[ \t]+\S/.exec(value);
        if (spacedEquals) {
          const rest = value.slice(spacedEquals[0].length - 1);
          const text = `${prop.name}=${quoteIfNeeded(rest)}`;
          report({
            range,
            message: `\`${ins.keyword} ${prop.name} = …\` sets ${prop.name} to a value that starts with \`= \` (the spaces around \`=\` make it the legacy form); write \`${ins.keyword} ${text}\`.`,
            ...(oneLine && plain(rest) ? { fix: { description: `Write ${text} (unsafe: the value loses its leading \`= \`)`, edits: [{ range, text }], safe: false } } : {}),
          });
          continue;
        }
        const text = `${prop.name}=${quoteIfNeeded(value)}`;
        report({
          range,
          message: `\`${ins.keyword} ${prop.name} …\` uses the deprecated space-separated form; write \`${ins.keyword} ${text}\`.`,
          ...(oneLine && !/["'\\`]/.test(value) ? { fix: { description: `Write ${text}`, edits: [{ range, text }] } } : {}),
        });
      }
    }
  },
});

/** A value that needs no change of quoting to keep its meaning after `=`: one quoted string, or no quotes at all. */
function plain(value: string): boolean {
  return /^"[^"\\`$]*"$|^'[^']*'$/.test(value) || !/["'\\`]/.test(value);
}

/** The value as written after `name=`: as is when it is quoted or one word, otherwise in double quotes. */
function quoteIfNeeded(value: string): string {
  const quoted = /^(["']).*\1$/s.test(value);
  return !quoted && (/\s/.test(value) || value === '') ? `"${value}"` : value;
}
