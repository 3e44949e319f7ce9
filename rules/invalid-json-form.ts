import { defineRule } from '../src/rule.js';

const JSON_KEYWORDS = new Set(['CMD', 'ENTRYPOINT', 'RUN', 'SHELL', 'VOLUME']);

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
    for (const ins of model.instructionsWithTriggers) {
      const bad = ins.malformedJson;
      if (!bad || !JSON_KEYWORDS.has(ins.keyword) || !ins.argsRange) continue;
      const fix = bad.doubleQuoted;
      report({
        range: ins.argsRange,
        message: bad.parsesAsJson
          ? `${ins.keyword} argument is a JSON array with an element that is not a string, which Docker rejects (exec form takes strings only); write every element as a string.`
          : `${ins.keyword} argument looks like a JSON array but is not valid JSON${fix !== null ? ' (JSON needs double quotes)' : ''}, so Docker runs it as a shell command; write ${ins.keyword} ["…", "…"].`,
        ...(fix !== null ? { fix: { description: 'Use double quotes', edits: [{ range: ins.argsRange, text: fix }] } } : {}),
      });
    }
  },
});
