import { baseWorkdir } from '../src/knowledge/image-defaults.js';
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
        'The fix writes the path the relative one stands for, from the base image\'s own `WORKDIR`: `WORKDIR app` → `WORKDIR /app` on bases known to start at `/` (scratch, Docker Official Images that set no `WORKDIR`, NVIDIA CUDA), where it is safe, and → `WORKDIR /workspace/app` on vendor images known to set one (`golang`: `/go`; NVIDIA\'s NGC framework containers and `pytorch/pytorch`: `/workspace`; Triton: `/opt/tritonserver`; Jupyter docker-stacks, Red Hat\'s S2I and OpenJDK images), where it is unsafe: a later version of the image may move its `WORKDIR`. On other bases (a team\'s own image, official images that set a `WORKDIR` of their own such as `php`, a base named through an unset variable) the finding names no path and has no fix: a path built on `/` would be another folder than the one meant. No fix either for quoted paths, variables or `..`. `WORKDIR .` (or `./`) names the folder the stage already works in: the safe fix removes it.',
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
      const relative = (path.value ?? path.raw).replace(/^\.\/?/, '');
      if (relative === '') {
        report({ range: path.range, ...removeFix(first), message: `\`WORKDIR ${path.raw}\` is relative and names the folder the stage already works in; remove it.` });
        continue;
      }
      // The path it stands for is the base's WORKDIR joined with it; without that (a base dlint does not know), a path
      // built on `/` would be another folder.
      const base = baseWorkdir(stage.rootImage);
      const suggestion = base === null ? null : `${base.replace(/\/$/, '')}/${relative}`;
      report({
        range: path.range,
        ...(suggestion ? fixFor(first, suggestion, base === '/') : {}),
        message: suggestion
          ? `\`WORKDIR ${path.raw}\` is relative, so it depends on the base image's working directory; use an absolute path such as \`${suggestion}\`.`
          : `\`WORKDIR ${path.raw}\` is relative, so it depends on the working directory of \`${stage.rootImage.raw}\`, which this file does not show; write the absolute path it stands for (\`${relative}\` under that image's WORKDIR).`,
      });
    }
  },
});

function workdirSetBefore(stage: Stage | null): boolean {
  for (let s = stage; s; s = s.parent) if (s.instructions.some((i) => i.keyword === 'WORKDIR')) return true;
  return false;
}

/** `WORKDIR .` changes nothing and is removed. */
function removeFix(ins: Instruction): Pick<ReportDescriptor, 'fix'> {
  const path = ins.words[0]!;
  if (path.value !== path.raw) return {};
  const range = { start: { line: ins.range.start.line, column: 1 }, end: { line: ins.range.end.line + 1, column: 1 } };
  return { fix: { description: `Remove \`${ins.keywordText} ${path.raw}\` (it names the folder the stage already works in)`, edits: [{ range, text: '' }], safe: true } };
}

/**
 * `WORKDIR app` → `WORKDIR /app` on a base known to start at `/`, `WORKDIR /workspace/app` on one known to work in
 * `/workspace`: both name the folder the relative path does. Safe at `/`; unsafe on a vendor's WORKDIR, which a later
 * version of the image may move (the fix pins today's).
 */
function fixFor(ins: Instruction, suggestion: string, atRoot: boolean): Pick<ReportDescriptor, 'fix'> {
  const path = ins.words[0]!;
  if (path.value !== path.raw || path.raw.split('/').includes('..')) return {};
  return { fix: { description: `Write \`${suggestion}\``, edits: [{ range: path.range, text: suggestion }], safe: atRoot } };
}
