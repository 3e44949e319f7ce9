import { setsOwnWorkdir, startsAtRoot } from '../src/knowledge/image-defaults.js';
import { isAbsolutePath } from '../src/knowledge/instructions.js';
import { defineRule } from '../src/rule.js';
import type { Instruction, Stage } from '../src/model/types.js';
import type { ReportDescriptor } from '../src/types.js';

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
        'The fix writes the path from `/` (`WORKDIR app` → `WORKDIR /app`). It is safe on bases known to start at `/` (scratch, Docker Official Images that set no `WORKDIR`, NVIDIA CUDA), where both name the same folder, and unsafe on bases whose `WORKDIR` is not known, where it is given only when no earlier step of the stage (a `RUN`, a `COPY` to a relative path) put files relative to the base\'s folder, which the new path would then not find. No fix on official images known to set a `WORKDIR` of their own (`golang`: `/go`, where `WORKDIR app` means `/go/app`), nor for quoted paths, variables or `..`. `WORKDIR .` (or `./`) names the folder the stage already works in: the safe fix removes it.',
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
      report({
        range: path.range,
        ...fixFor(stage, first, suggestion),
        message: `\`WORKDIR ${path.raw}\` is relative, so it depends on the base image's working directory; use an absolute path such as \`${suggestion}\`.`,
      });
    }
  },
});

function workdirSetBefore(stage: Stage | null): boolean {
  for (let s = stage; s; s = s.parent) if (s.instructions.some((i) => i.keyword === 'WORKDIR')) return true;
  return false;
}

/**
 * `WORKDIR app` → `WORKDIR /app`: safe on a base known to start at `/`. On a base whose WORKDIR is unknown it is a
 * guess, made only when no earlier step of the stage put files relative to that folder (a `RUN`, a `COPY` to a
 * relative path), which `/app` would then not find; none on a base known to work elsewhere (`golang`: `/go`), where
 * `/app` is another folder than the one meant. `WORKDIR .` changes nothing and is removed.
 */
function fixFor(stage: Stage, ins: Instruction, suggestion: string): Pick<ReportDescriptor, 'fix'> {
  const path = ins.words[0]!;
  if (path.value !== path.raw || path.raw.split('/').includes('..') || setsOwnWorkdir(stage.rootImage)) return {};
  if (suggestion === '/') {
    const range = { start: { line: ins.range.start.line, column: 1 }, end: { line: ins.range.end.line + 1, column: 1 } };
    return { fix: { description: `Remove \`${ins.keywordText} ${path.raw}\` (it names the folder the stage already works in)`, edits: [{ range, text: '' }], safe: true } };
  }
  const safe = startsAtRoot(stage.rootImage);
  const placedBefore = stage.instructions.some((i) => i.index < ins.index && (i.keyword === 'RUN' || (!!i.copy?.dest && !isAbsolutePath(i.copy.dest.value ?? i.copy.dest.raw))));
  if (!safe && placedBefore) return {};
  return { fix: { description: `Write \`${suggestion}\``, edits: [{ range: path.range, text: suggestion }], safe } };
}
