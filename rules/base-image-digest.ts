import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'base-image-digest',
    category: 'base-image',
    severity: 'info',
    preset: 'strict',
    description: '`FROM` image is not pinned by `@sha256:` digest.',
    docs: {
      why:
        'A tag is a pointer the publisher can move: `python:3.12-slim` is rebuilt for every patch release and base-OS update. Only a digest names exact bytes, so builds are reproducible and a tampered tag cannot slip in. Keep the tag for readers and add the digest (`docker buildx imagetools inspect python:3.12-slim` shows it); let a bot such as Renovate or Dependabot move it.',
      bad: 'FROM python:3.12-slim',
      good: 'FROM python:3.12-slim@sha256:0bd1a8c9b6bb2d8a0cfd1bd13e3c2e0bc81f34d3cd1c6c2c3ea4dd4a1a8d6c53',
    },
    fixable: false,
    covers: ['CKV_DOCKER_7'],
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const { name, range, raw, resolved } = stage.image;
      if (!name || name.digest) continue;
      const shown = resolved && resolved !== raw ? `\`${raw}\` (\`${resolved}\` by default)` : `\`${raw}\``;
      report({ range, message: `${shown} is not pinned by digest; append \`@sha256:<digest>\` so every build uses the same image.` });
    }
  },
});
