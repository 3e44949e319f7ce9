import { defineRule } from '../src/rule.js';

const JSON_KEYWORDS = new Set(['CMD', 'ENTRYPOINT', 'RUN', 'SHELL', 'VOLUME']);

/**
 * Did the author mean a JSON array? `[` directly followed by a quote, or quoted items separated by
 * commas. A shell test (`RUN [ -f x ] && …`, `[ "$A" = b ]`) has neither.
 */
function meantAsJson(text: string): boolean {
  const t = text.trim();
  return /^\[["'\u2018\u201c]/.test(t) || /^\[\s*["'\u2018\u201c][^]*["'\u2019\u201d]\s*,/.test(t);
}

export default defineRule({
  meta: {
    id: 'invalid-json-form',
    category: 'correctness',
    severity: 'error',
    preset: 'recommended',
    description: 'An exec-form (JSON array) argument that is not valid JSON, so Docker silently runs it as a shell string.',
    docs: {
      why:
        'Docker only uses exec form when the argument parses as a JSON array of strings. `CMD [\'python\', \'app.py\']` (single quotes), a trailing comma or a missing quote is not JSON, so Docker runs the whole text with `/bin/sh -c`, where `[python,` is a command that does not exist: the container fails at start.',
      bad: "CMD ['python', 'app.py']",
      good: 'CMD ["python", "app.py"]',
      fixSafety:
        'Safe: the fix replaces single quotes by double quotes when that makes valid JSON, and is offered only then. Read as shell form, the bracketed words cannot work (the shell finds no command named `[…`, `VOLUME` paths are not absolute), so no working build changes.',
    },
    fixable: true,
    fixKind: 'safe',
    covers: [],
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      const keyword = ins.keyword === 'ONBUILD' ? (ins.trigger?.keyword ?? null) : ins.keyword;
      if (!keyword || !JSON_KEYWORDS.has(keyword) || !ins.argsRange || ins.json || !ins.looksLikeJson) continue;
      const text = ins.keyword === 'ONBUILD' ? ins.argsText.replace(/^\S+\s+/, '') : ins.argsText;
      if (!meantAsJson(text)) continue;
      const swapped = text.replace(/'/g, '"');
      const fixable = text !== swapped && isJsonStringArray(swapped) && ins.keyword !== 'ONBUILD';
      report({
        range: ins.argsRange,
        message: parsesAsJson(text)
          ? `${keyword} argument is a JSON array with an element that is not a string, which Docker rejects (exec form takes strings only); write every element as a string.`
          : `${keyword} argument looks like a JSON array but is not valid JSON${fixable ? ' (JSON needs double quotes)' : ''}, so Docker runs it as a shell command; write ${keyword} ["…", "…"].`,
        ...(fixable ? { fix: { description: 'Use double quotes', edits: [{ range: ins.argsRange, text: swapped }] } } : {}),
      });
    }
  },
});

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function isJsonStringArray(text: string): boolean {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) && v.every((x) => typeof x === 'string');
  } catch {
    return false;
  }
}
