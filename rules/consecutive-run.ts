import { defineRule } from '../src/rule.js';
import type { Instruction } from '../src/model/types.js';
import { isHeredocRun } from '../src/shell/package-managers.js';

/** A RUN of more than this many commands was split from its neighbours on purpose (hadolint's reading too). */
const SMALL = 2;

export default defineRule({
  meta: {
    id: 'consecutive-run',
    category: 'size',
    severity: 'style',
    preset: 'strict',
    description: 'Several consecutive short `RUN` instructions with the same flags that could be one layer.',
    docs: {
      why:
        'Each `RUN` makes a layer. Short consecutive `RUN`s (one or two commands each) are usually one step written in pieces: joined with `&&` they make one layer, build a little faster, and files a step deletes are really gone. Long `RUN`s, heredoc scripts and `RUN`s with different `--mount`/`--network` flags are left alone: splitting those is usually deliberate (layer caching of a slow step).',
      bad: 'RUN mkdir -p /app/data\nRUN chown app /app/data',
      good: 'RUN mkdir -p /app/data && chown app /app/data',
    },
    fixable: false,
    covers: ['DL3059'],
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      let group: Instruction[] = [];
      const flush = (): void => {
        if (group.length >= 2) {
          const second = group[1]!;
          const lines = `${group[0]!.range.start.line}–${group[group.length - 1]!.range.start.line}`;
          report({
            range: second.keywordRange,
            message: `${group.length} consecutive \`RUN\` instructions (lines ${lines}) could be one; join their commands with \`&&\` in a single \`RUN\`.`,
          });
        }
        group = [];
      };
      for (const ins of stage.instructions) {
        if (!joinable(ins)) {
          flush();
          continue;
        }
        if (group.length && flagsKey(group[0]!) !== flagsKey(ins)) flush();
        group.push(ins);
      }
      flush();
    }
  },
});

/** A short shell `RUN` (heredocs, Windows shells and unparsed scripts excluded). */
function joinable(ins: Instruction): boolean {
  if (ins.keyword !== 'RUN' || !ins.run?.script || ins.run.script.error || isHeredocRun(ins)) return false;
  const count = ins.run.script.commands.filter((c) => c.wrappedBy === null).length;
  return count > 0 && count <= SMALL;
}

function flagsKey(ins: Instruction): string {
  return ins.flags
    .map((f) => `${f.name.toLowerCase()}=${f.value ?? ''}`)
    .sort()
    .join(' ');
}
