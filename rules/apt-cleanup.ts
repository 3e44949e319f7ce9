import { appendCommand, runAsPrefix } from '../src/model/run-edits.js';
import type { DockerfileModel, Instruction } from '../src/model/types.js';
import { defineRule } from '../src/rule.js';
import { callsIn, runInstructions } from '../src/shell/installs.js';
import { cacheShips, hasCacheMountOn, removesPath, runsCleanupScript, runsClean } from '../src/shell/caches.js';

const APT_STATE = ['/var/lib/apt', '/var/cache/apt'];
const LISTS = '/var/lib/apt/lists';

export default defineRule({
  meta: {
    id: 'apt-cleanup',
    category: 'size',
    severity: 'info',
    preset: 'recommended',
    description: '`apt-get update` in a `RUN` of the shipped image that does not delete `/var/lib/apt/lists/*` (and has no apt cache mount).',
    docs: {
      why:
        '`apt-get update` downloads the package indexes into `/var/lib/apt/lists` (often 30–50 MB). A later `RUN` cannot take them back out: whatever a layer writes stays in the image. Delete them in the same `RUN` that created them (`apt-get clean` alone does not), or, with BuildKit, keep apt\'s state in cache mounts so nothing lands in the layer and rebuilds reuse the downloads. Stages that are only copied from (`COPY --from`) are not reported: their layers do not ship.',
      bad: 'RUN apt-get update && apt-get install -y --no-install-recommends curl',
      good:
        'RUN apt-get update && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*\n\n# or, with BuildKit\nRUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\\n    --mount=type=cache,target=/var/lib/apt,sharing=locked \\\n    apt-get update && apt-get install -y --no-install-recommends curl',
      fixSafety:
        'The fix ends the same `RUN` with `&& rm -rf /var/lib/apt/lists/*` (on a new line in the `RUN`\'s continuation style when it spans several lines), so the `RUN` still fails when its commands fail. It is safe unless a later `RUN` of the stage (or of a stage built `FROM` it) runs apt without its own `apt-get update`: that `RUN` relied on the lists and would no longer find its packages, so the fix is then unsafe. No fix for a `RUN` that only runs `apt-get update` (deleting the lists would leave it doing nothing), exec form, a last command sent to the background (`&`), or a command run through a wrapper other than `sudo`.',
    },
    fixable: true,
    fixKind: 'mixed',
    covers: ['DL3009'],
  },
  check({ model, report }) {
    for (const ins of runInstructions(model)) {
      const script = ins.run!.script!;
      const updates = callsIn(script, 'apt', ['update']);
      if (updates.length === 0 || !ins.stage) continue;
      if (hasCacheMountOn(ins, APT_STATE)) continue;
      if (removesPath(script, (p) => p === '/var/lib/apt' || p.startsWith('/var/lib/apt/*') || p.startsWith(LISTS))) continue;
      if (runsClean(script, 'apt', (inv) => inv.subcommand === 'distclean' || inv.subcommand === 'dist-clean') || runsCleanupScript(script)) continue;
      if (!cacheShips(model, ins.stage, [LISTS])) continue;
      const install = callsIn(script, 'apt', ['install'])[0];
      const at = install ?? updates[0]!;
      const cleanOnly = runsClean(script, 'apt', (inv) => inv.subcommand === 'clean');
      const prefix = runAsPrefix(at.command);
      // A RUN that only updates would be left doing nothing: its lists are for a later RUN, which the finding is really about.
      const edit = prefix === null || !install ? null : appendCommand(model, ins, `${prefix}rm -rf /var/lib/apt/lists/*`);
      const safe = !listsUsedLater(model, ins);
      const what = install ? `\`${at.command.name} install\` after \`${updates[0]!.command.name} update\`` : `\`${at.command.name} update\``;
      report({
        range: at.subcommand.range,
        message:
          `${what} leaves the package lists in this layer${cleanOnly ? ' (`apt-get clean` does not remove them)' : ''}; ` +
          'end the same `RUN` with `rm -rf /var/lib/apt/lists/*`, or use `RUN --mount=type=cache,target=/var/lib/apt,sharing=locked --mount=type=cache,target=/var/cache/apt,sharing=locked`.',
        ...(edit
          ? { fix: { description: safe ? 'End the `RUN` with `rm -rf /var/lib/apt/lists/*`' : 'End the `RUN` with `rm -rf /var/lib/apt/lists/*` (a later `RUN` uses apt without `apt-get update`)', edits: [edit], safe } }
          : {}),
      });
    }
  },
});

/** A later RUN of this stage or a stage built on it that runs apt (or `apt-cache`) before any `apt-get update` of its own. */
function listsUsedLater(model: DockerfileModel, ins: Instruction): boolean {
  for (const stage of model.stages) {
    if (!stage.lineage.includes(ins.stage!)) continue;
    for (const later of stage.instructions) {
      if (later.keyword !== 'RUN' || (stage === ins.stage && later.index <= ins.index)) continue;
      const first = later.run?.script?.commands.find((c) => c.invocation.tool === 'apt' || c.name === 'apt-cache');
      if (first && first.invocation.subcommand !== 'update') return true;
    }
  }
  return false;
}
