import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'maintainer-deprecated',
    category: 'style',
    severity: 'warning',
    preset: 'recommended',
    description: '`MAINTAINER` is deprecated; use `LABEL org.opencontainers.image.authors`.',
    docs: {
      why:
        '`MAINTAINER` has been deprecated since Docker 1.13: it sets an image field that tools no longer read. The OCI annotation `org.opencontainers.image.authors` in a `LABEL` carries the same information where registries and scanners look for it.',
      bad: 'MAINTAINER Jane Doe <jane@example.com>',
      good: 'LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"',
      fixSafety: 'Safe: only image metadata changes.',
    },
    fixable: true,
    fixKind: 'safe',
    covers: ['DL4000', 'MaintainerDeprecated'],
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== 'MAINTAINER') continue;
      const author = ins.argsText.replace(/\s*\\\n\s*/g, ' ').trim();
      // LABEL values are expanded and unquoted: escape (with the file's escape character) what would change the text.
      const esc = model.escapeChar;
      const quoted = `"${author.replace(/["$]|\\|`/g, (c) => (c === '"' || c === '$' || c === esc ? esc + c : c))}"`;
      report({
        range: ins.keywordRange,
        message: '`MAINTAINER` is deprecated; record the author with `LABEL org.opencontainers.image.authors="…"`.',
        ...(author && !author.includes('\n')
          ? {
              fix: {
                description: 'Replace MAINTAINER with LABEL org.opencontainers.image.authors',
                edits: [{ range: ins.range, text: `LABEL org.opencontainers.image.authors=${quoted}` }],
              },
            }
          : {}),
      });
    }
  },
});
