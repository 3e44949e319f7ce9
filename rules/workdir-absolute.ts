import { setsOwnWorkdir, startsAtRoot } from '../src/knowledge/image-defaults.js';
import { isAbsolutePath } from '../src/knowledge/instructions.js';
import { defineRule } from '../src/rule.js';
import type { Stage } from '../src/model/types.js';

export default defineRule({
  meta: {
    id: 'workdir-absolute',
    category: 'correctness',
    severity: 'warning',
    preset: 'recommended',
    description: 'The first `WORKDIR` of a stage is a relative path.',
    docs: {
      why:
        'A relative `WORKDIR` is resolved against the working directory of the base image, which the Dockerfile does not control: when the base image changes its `WORKDIR`, files land elsewhere. Use an absolute path for the first `WORKDIR` of the stage (later relative ones build on it, as BuildKit allows); one inherited from a parent stage (`FROM builder`) counts.',
      bad: 'FROM python:3.12-slim\nWORKDIR app',
      good: 'FROM python:3.12-slim\nWORKDIR /app',
      fixSafety:
        'The fix writes the path from `/` (`WORKDIR app` → `WORKDIR /app`). It is safe on bases known to start at `/` (scratch, Docker Official Images that set no `WORKDIR`, NVIDIA CUDA), where both name the same folder, and unsafe on bases whose `WORKDIR` is not known. No fix on official images known to set a `WORKDIR` of their own (`golang`: `/go`, where `WORKDIR app` means `/go/app`), nor for quoted paths, variables or `..`.',
    },
    fixable: true,
    fixKind: 'mixed',
    covers: ['DL3000', 'WorkdirRelativePath'],
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const first = stage.instructions.find((i) => i.keyword === 'WORKDIR');
      if (!first || !first.argsRange || workdirSetBefore(stage.parent)) continue;
      const path = first.words[0];
      if (!path) continue;
      // `$HOME/app`: the variable decides, and it is usually absolute.
      if (path.raw.replace(/^["']/, '').startsWith('$') || isAbsolutePath(path.value ?? path.raw)) continue;
      const suggestion = `/${(path.value ?? path.raw).replace(/^\.\/?/, '')}`;
      // On a base with a WORKDIR of its own (`golang`: `/go`), `/<path>` is another folder than the one meant.
      const plain = path.value === path.raw && !path.raw.split('/').includes('..') && !setsOwnWorkdir(stage.rootImage);
      report({
        range: path.range,
        ...(plain ? { fix: { description: `Write \`${suggestion}\``, edits: [{ range: path.range, text: suggestion }], safe: startsAtRoot(stage.rootImage) } } : {}),
        message: `\`WORKDIR ${path.raw}\` is relative, so it depends on the base image's working directory; use an absolute path such as \`${suggestion}\`.`,
      });
    }
  },
});

function workdirSetBefore(stage: Stage | null): boolean {
  for (let s = stage; s; s = s.parent) if (s.instructions.some((i) => i.keyword === 'WORKDIR')) return true;
  return false;
}
