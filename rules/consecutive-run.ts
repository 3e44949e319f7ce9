import { joinRuns } from '../src/model/run-edits.js';
import { ARTIFACT_BUILDERS } from '../src/knowledge/file-purpose.js';
import { defineRule } from '../src/rule.js';
import type { DockerfileModel, Instruction } from '../src/model/types.js';
import type { TextEdit } from '../src/types.js';
import { isHeredocRun } from '../src/shell/caches.js';

/** Builtins whose effect outlives them in the shell: after a join, the next RUN's commands would run under it. */
const CHANGES_SHELL = new Set([
  'cd', 'pushd', 'popd', 'export', 'unset', 'set', 'shopt', 'source', '.', 'alias', 'unalias', 'umask', 'trap', 'exec', 'exit',
  'return', 'declare', 'typeset', 'local', 'readonly', 'eval', 'hash', 'ulimit', 'read', 'enable', 'builtin', 'shift', 'getopts',
]);

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
        'Each `RUN` makes a layer. Short consecutive `RUN`s (one or two commands each) are usually one step written in pieces: joined with `&&` they make one layer, build a little faster, and files a step deletes are really gone. Long `RUN`s, heredoc scripts and `RUN`s with different `--mount`/`--network` flags are left alone: splitting those is usually deliberate (layer caching of a slow step). Not reported in an image built only to make files with (' + ARTIFACT_BUILDERS + '): it is thrown away once its files are out, so its layers buy nothing.',
      bad: 'RUN mkdir -p /app/data\nRUN chown app /app/data',
      good: 'RUN mkdir -p /app/data && chown app /app/data',
      fixSafety:
        'The fix joins the `RUN`s into the first: `RUN a` and `RUN b` become `RUN a && \\` / `    b` (in the first `RUN`\'s continuation style), which stops at a failing `a` just as the build did. It is offered only when the obvious differences are ruled out: no comment or other text between the `RUN`s, every `RUN` but the first one statement without `||` (`RUN a` + `RUN b; c` would run `c` after a failing `a`), and no `RUN` but the last changing its shell for the commands after it (`cd`, `export`, `set`, `source`, a bare `X=1`, …). One fix joins the whole run of `RUN`s as far as these hold. It is still unsafe: one shell now runs both, so a loop variable or the shell\'s cache of program paths (`pip install --upgrade pip` then `pip install x`) can carry over from one `RUN` to the next.',
    },
    fixable: true,
    fixKind: 'unsafe',
    covers: ['DL3059'],
  },
  check({ model, report }) {
    // Thrown away once its files are out: its layers buy nothing.
    if (model.artifactBuilder) return;
    for (const stage of model.stages) {
      let group: Instruction[] = [];
      const flush = (): void => {
        if (group.length >= 2) {
          const second = group[1]!;
          const lines = `${group[0]!.range.start.line}–${group[group.length - 1]!.range.start.line}`;
          const edits = joinEdits(model, group);
          report({
            range: second.keywordRange,
            message: `${group.length} consecutive \`RUN\` instructions (lines ${lines}) could be one; join their commands with \`&&\` in a single \`RUN\`.`,
            ...(edits.length ? { fix: { description: `Join ${edits.length + 1} \`RUN\` instructions with \`&&\``, edits, safe: false } } : {}),
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

/** Joins for the longest start of the group whose RUNs can be joined without a change of meaning. */
function joinEdits(model: DockerfileModel, group: Instruction[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let i = 1; i < group.length; i++) {
    const prev = group[i - 1]!;
    if (changesShell(prev)) break;
    const edit = joinRuns(model, prev, group[i]!);
    if (!edit) break;
    edits.push(edit);
  }
  return edits;
}

/** The RUN's own shell is left changed for commands that would follow it. */
function changesShell(ins: Instruction): boolean {
  const script = ins.run!.script!;
  return script.assigned.length > 0 || script.commands.some((c) => !c.subshell && c.name !== null && CHANGES_SHELL.has(c.name));
}
