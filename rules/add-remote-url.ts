import { gitPinnedToCommit, gitRef, sourceKind } from '../src/knowledge/sources.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'add-remote-url',
    category: 'security',
    severity: 'warning',
    preset: 'recommended',
    description: '`ADD <url>` without `--checksum`, or `ADD` of a git repository not pinned to a commit.',
    docs: {
      why:
        '`ADD https://…` puts whatever the server returns today into the image, unverified: a compromised or changed download goes unnoticed and the build is not reproducible. Pin it with `--checksum=sha256:<digest>` (BuildKit verifies it), or download in a `RUN` and check the hash there. A git source (`ADD https://github.com/org/repo.git#v1.2 /src`) follows a branch or tag unless it names a commit: use `#<commit sha>` or `--checksum=<commit sha>`.',
      bad: 'ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini\nADD https://github.com/org/models.git#main /models',
      good: 'ADD --checksum=sha256:93dcc18adc78c65a028a84799ecf8ad40c936fdfc5f2a57b1acda5a8117fa82c https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini\nADD https://github.com/org/models.git#4f2c9a1e7d3b5c8a9e0f1d2c3b4a5968778695a4 /models',
    },
    fixable: false,
    covers: ['CKV_DOCKER_4'],
    tags: ['security'],
  },
  check({ model, report }) {
    for (const ins of model.instructionsWithTriggers) {
      if (ins.keyword !== 'ADD' || !ins.copy) continue;
      if (ins.flags.some((f) => f.name.toLowerCase() === 'checksum' && f.value)) continue;
      for (const source of ins.copy.sources) {
        const kind = sourceKind(source.raw, source.value);
        if (kind === 'url') {
          report({
            range: source.range,
            message: `\`ADD ${source.raw}\` downloads without verifying the content; add \`--checksum=sha256:<digest>\` (or download and check the hash in a RUN).`,
          });
        } else if (kind === 'git') {
          const url = source.value ?? source.raw;
          if (gitPinnedToCommit(url)) continue;
          const ref = gitRef(url);
          report({
            range: source.range,
            message: `\`ADD ${source.raw}\` fetches ${ref ? `the branch or tag \`${ref}\`` : 'the default branch'}, which can move; pin it to a commit with \`#<commit sha>\` or \`--checksum=<commit sha>\`.`,
          });
        }
      }
    }
  },
});
