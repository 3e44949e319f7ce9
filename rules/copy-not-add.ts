import { sourceKind } from '../src/knowledge/sources.js';
import { defineRule } from '../src/rule.js';

const ADD_ONLY_FLAGS = new Set(['checksum', 'keep-git-dir', 'unpack']);

export default defineRule({
  meta: {
    id: 'copy-not-add',
    category: 'security',
    severity: 'error',
    preset: 'recommended',
    description: '`ADD` of a local file or folder that is not an archive to extract; use `COPY`.',
    docs: {
      why:
        '`ADD` does more than copy: it unpacks local tar archives and downloads URLs. For plain files and folders that magic is a trap (a file that happens to be a tar gets extracted) and hides intent; `COPY` does exactly what it says. Keep `ADD` for archives you want extracted and for remote sources (see `add-remote-url`).',
      bad: 'ADD requirements.txt app.py /app/',
      good: 'COPY requirements.txt app.py /app/\nADD vendor/model-runtime.tar.gz /opt/',
      fixSafety: 'Unsafe: a local file that is a tar archive without an archive extension would no longer be unpacked.',
    },
    fixable: true,
    fixKind: 'unsafe',
    covers: ['DL3020'],
  },
  check({ model, report }) {
    for (const ins of model.instructionsWithTriggers) {
      if (ins.keyword !== 'ADD' || !ins.copy) continue;
      const kinds = ins.copy.sources.map((s) => sourceKind(s.raw, s.value));
      const local = ins.copy.sources.filter((_, i) => kinds[i] === 'local');
      if (!local.length) continue;
      const onlyLocal = local.length === kinds.length && !ins.copy.heredocs.length;
      const plainFlags = ins.flags.every((f) => !ADD_ONLY_FLAGS.has(f.name.toLowerCase()));
      const names = local.map((s) => `\`${s.raw}\``).join(', ');
      report({
        range: ins.keywordRange,
        message: onlyLocal
          ? `\`ADD\` of local ${names}: use \`COPY\`, which does not unpack archives or fetch URLs behind your back.`
          : `${names} ${local.length > 1 ? 'are' : 'is'} not an archive or URL; copy ${local.length > 1 ? 'them' : 'it'} with \`COPY\` and keep \`ADD\` for what it must extract or fetch.`,
        ...(onlyLocal && plainFlags
          ? { fix: { description: 'Replace ADD with COPY', safe: false, edits: [{ range: ins.keywordRange, text: ins.keywordText === 'add' ? 'copy' : 'COPY' }] } }
          : {}),
      });
    }
  },
});
