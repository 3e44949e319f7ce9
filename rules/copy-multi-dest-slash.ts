import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'copy-multi-dest-slash',
    category: 'correctness',
    severity: 'error',
    preset: 'recommended',
    description: '`COPY`/`ADD` with several sources whose destination does not end with `/`.',
    docs: {
      why:
        'The Dockerfile reference says that with more than one source the destination must be a directory and end with `/`. Builders differ on a destination without the slash: the classic builder (`DOCKER_BUILDKIT=0`) fails with "When using COPY with more than one source file, the destination must be a directory and end with a /", and kaniko fails unless the path already exists as a directory; BuildKit (the default since Docker 23) and buildah/`podman build` take the destination as a directory and build it (moby/buildkit#1667, #1853; docker/docs#13207), while BuildKit\'s handling of a destination without `/` is an open inconsistency (moby/buildkit#1853; with a wildcard matching several files it copies one file over the destination, #4550). The slash states the intent, satisfies the reference and builds the same everywhere: add it.',
      bad: 'COPY package.json package-lock.json /app',
      good: 'COPY package.json package-lock.json /app/',
      fixSafety: 'Safe: with several sources every builder that accepts the instruction already copies into a directory of that path; the slash only makes builders that reject it (the classic builder, kaniko) agree.',
    },
    fixable: true,
    fixKind: 'safe',
    covers: ['DL3021'],
  },
  check({ model, report }) {
    for (const ins of model.instructionsWithTriggers) {
      const copy = ins.copy;
      if (!copy?.dest || copy.sources.length + copy.heredocs.length < 2) continue;
      const dest = copy.dest.value;
      if (dest === null || dest.endsWith('/') || dest.endsWith('\\') || dest === '.' || dest === '..') continue;
      const fixable = !ins.json && !/["'\\]$/.test(copy.dest.raw);
      report({
        range: copy.dest.range,
        message: `\`${ins.keyword}\` has ${copy.sources.length + copy.heredocs.length} sources, so the Dockerfile reference requires the destination \`${copy.dest.raw}\` to be a directory ending with \`/\`: the classic builder and kaniko fail without it (BuildKit and podman take it as a directory); write \`${copy.dest.raw}/\`.`,
        ...(fixable
          ? { fix: { description: `Append / to ${copy.dest.raw}`, edits: [{ range: { start: copy.dest.range.end, end: copy.dest.range.end }, text: '/' }] } }
          : {}),
      });
    }
  },
});
