import { isTemplateDockerfile } from '../src/knowledge/templates.js';
import { INSTRUCTIONS } from '../src/knowledge/instructions.js';
import { defineRule } from '../src/rule.js';
import { nearest } from '../src/suggest.js';

const KNOWN = new Set(INSTRUCTIONS);

export default defineRule({
  meta: {
    id: 'from-first',
    category: 'correctness',
    severity: 'error',
    preset: 'recommended',
    description: 'Something other than `ARG`, comments and parser directives comes before the first `FROM`.',
    docs: {
      why:
        'A Dockerfile must start its first build stage with `FROM`; only global `ARG`s (usable in `FROM` lines), comments and parser directives may precede it. BuildKit refuses any other instruction there, and a file without any `FROM` builds nothing. A misspelt `FROM` is reported by `syntax-error` instead. A file named as a template or fragment (`Dockerfile.in`, `Dockerfile.in.julia`, `Dockerfile.j2`, `tmplv2.Dockerfile`) is filled in or joined to others by a generator before anything builds it: its missing `FROM` is not reported. Nor is it in a file that a script of the project (a shell script, a Makefile recipe, a Python script) joins with others: `cat Dockerfile.common Dockerfile.app > Dockerfile`, or `open(\'docker/Dockerfile.extra_install\')` read to splice into a template under the `FROM` the script picks.',
      bad: 'ENV PYTHONUNBUFFERED=1\nFROM python:3.12-slim',
      good: 'ARG PYTHON_VERSION=3.12\nFROM python:${PYTHON_VERSION}-slim\nENV PYTHONUNBUFFERED=1',
    },
    fixable: false,
    covers: ['DL3061'],
  },
  check({ model, buildContext, report }) {
    const firstFrom = model.instructions.findIndex((i) => i.keyword === 'FROM');
    const before = firstFrom < 0 ? model.instructions : model.instructions.slice(0, firstFrom);
    // A misspelt FROM (`FORM`) is syntax-error's finding; everything after it would only echo it.
    if (before.some((i) => !KNOWN.has(i.keyword) && nearest(i.keyword, ['FROM'], 2))) return;
    const offending = before.filter((i) => i.keyword !== 'ARG' && KNOWN.has(i.keyword));
    if (!offending.length) return;
    if (firstFrom < 0) {
      // A fragment joined after a file that has the FROM (`Dockerfile.in.julia`, or one a script of the project
      // concatenates or splices into another): nothing builds it alone.
      if (isTemplateDockerfile(model.path) || buildContext?.fragment()) return;
      report({
        range: offending[0]!.keywordRange,
        message: `The Dockerfile has no \`FROM\` instruction; start the build with \`FROM <image>\` before \`${offending[0]!.keyword}\`.`,
      });
      return;
    }
    // Each one is its own mistake: moving one into a stage leaves the others.
    for (const ins of offending) {
      report({
        range: ins.keywordRange,
        message: `\`${ins.keyword}\` comes before the first \`FROM\`; only \`ARG\`, comments and parser directives may precede it, so move it into a stage.`,
      });
    }
  },
});
