import { appendCommand, runAsPrefix } from '../src/model/run-edits.js';
import type { DockerfileModel, Instruction } from '../src/model/types.js';
import type { Position } from '../src/types.js';
import { ARTIFACT_BUILDERS } from '../src/knowledge/file-purpose.js';
import { defineRule } from '../src/rule.js';
import type { SimpleCommand } from '../src/shell/types.js';
import { callsIn, runInstructions, runsUpdatingSetupScript } from '../src/shell/installs.js';
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
        '`apt-get update` downloads the package indexes into `/var/lib/apt/lists` (often 30–50 MB). A later `RUN` cannot take them back out: whatever a layer writes stays in the image. Delete them in the same `RUN` that created them (`apt-get clean` alone does not), or, with BuildKit, keep apt\'s state in cache mounts so nothing lands in the layer and rebuilds reuse the downloads. Only what ships is judged: a build-only stage (other stages copy from it or mount it; it is neither built as an image (the final stage, a stage nothing uses, a stage a Compose service\'s `build.target` or a Bake target names) nor the base of one) is reported only when its package lists reach an image through it: a shipped stage copies the folder holding them (or `/`) out of it, directly or through a stage built on it or another build-only stage, or a `RUN --mount=from=` of it reads them. A builder whose only output is `/app`, a virtual environment or a folder of wheels keeps them to itself. Nor in an image built only to make files with (' + ARTIFACT_BUILDERS + '): it is thrown away once its files are out, so its size buys nothing.',
      bad: 'RUN apt-get update && apt-get install -y --no-install-recommends curl',
      good:
        'RUN apt-get update && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*\n\n# or, with BuildKit\nRUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\\n    --mount=type=cache,target=/var/lib/apt,sharing=locked \\\n    apt-get update && apt-get install -y --no-install-recommends curl',
      fixSafety:
        'The fix ends the same `RUN` with `&& rm -rf /var/lib/apt/lists/*` (on a new line in the `RUN`\'s continuation style when it spans several lines), so the `RUN` still fails when its commands fail. It is safe unless a later `RUN` of the stage (or of a stage built `FROM` it), before one that updates or deletes the lists again, runs apt for something that needs them (`install`, `upgrade`, `source`, `apt-cache`…; not `remove` or `clean`) without its own `apt-get update` (or a vendor\'s setup script that runs one, piped into a shell before it: NodeSource\'s `curl -fsSL https://deb.nodesource.com/setup_22.x | bash -`) and without a cache mount over `/var/lib/apt`: that `RUN` relied on the lists and would no longer find its packages, so the fix then also starts it with `apt-get update && ` (as Docker\'s best practices ask: it fetches today\'s lists rather than those of a cached layer, so it may install newer versions) and is unsafe; no fix when that `RUN` cannot take it (exec form, a statement sent to the background or joined with `||`). No fix for a `RUN` that only runs `apt-get update` (deleting the lists would leave it doing nothing), exec form, a last command sent to the background (`&`), or a command run through a wrapper other than `sudo`.',
    },
    fixable: true,
    fixKind: 'mixed',
    covers: ['DL3009'],
  },
  check({ model, report }) {
    // Thrown away once its files are out: its size buys nothing.
    if (model.artifactBuilder) return;
    for (const ins of runInstructions(model)) {
      const script = ins.run!.script!;
      const updates = callsIn(script, 'apt', ['update']);
      if (updates.length === 0 || !ins.stage) continue;
      if (hasCacheMountOn(ins, APT_STATE)) continue;
      if (removesPath(ins, (p) => p === '/var/lib/apt' || p.startsWith('/var/lib/apt/*') || p.startsWith(LISTS))) continue;
      if (runsClean(script, 'apt', (inv) => inv.subcommand === 'distclean' || inv.subcommand === 'dist-clean') || runsCleanupScript(script)) continue;
      if (!cacheShips(ins.stage, [LISTS])) continue;
      const install = callsIn(script, 'apt', ['install'])[0];
      const at = install ?? updates[0]!;
      const cleanOnly = runsClean(script, 'apt', (inv) => inv.subcommand === 'clean');
      const prefix = runAsPrefix(at.command);
      // A RUN that only updates would be left doing nothing: its lists are for a later RUN, which the finding is really about.
      const edit = prefix === null || !install ? null : appendCommand(model, ins, `${prefix}rm -rf /var/lib/apt/lists/*`);
      const users = listUsersLater(model, ins);
      const safe = users !== null && users.length === 0;
      // The later RUNs that read these lists fetch their own (`apt-get update && …`), or they would find no packages.
      const edits = edit && users ? [edit, ...users.map((at) => ({ range: { start: at, end: at }, text: 'apt-get update && ' }))] : null;
      const what = install ? `\`${at.command.name} install\` after \`${updates[0]!.command.name} update\`` : `\`${at.command.name} update\``;
      // Deleting the lists alone would break a later RUN that installs from them: the advice names it first.
      const readers = users && users.length > 0 ? users.map((p) => p.line) : null;
      const first = readers
        ? readers.length === 1
          ? `the \`RUN\` on line ${readers[0]} installs from these lists without its own \`apt-get update\`: merge it into this one (or start it with \`apt-get update &&\`), then `
          : `the \`RUN\`s on lines ${readers.join(', ')} install from these lists without their own \`apt-get update\`: merge them into this one (or start them with \`apt-get update &&\`), then `
        : '';
      report({
        range: at.subcommand.range,
        message:
          `${what} leaves the package lists in this layer${cleanOnly ? ' (`apt-get clean` does not remove them)' : ''}; ${first}` +
          'end the same `RUN` with `rm -rf /var/lib/apt/lists/*`, or use `RUN --mount=type=cache,target=/var/lib/apt,sharing=locked --mount=type=cache,target=/var/cache/apt,sharing=locked`.',
        ...(edits
          ? { fix: { description: safe ? 'End the `RUN` with `rm -rf /var/lib/apt/lists/*`' : 'End the `RUN` with `rm -rf /var/lib/apt/lists/*` and run `apt-get update` in the later `RUN`s that used its lists', edits, safe } }
          : {}),
      });
    }
  },
});

/** apt subcommands that need the package lists (`remove`, `autoremove`, `clean`, `list --installed` do not). */
const READS_LISTS = new Set(['install', 'reinstall', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep', 'source', 'download', 'show', 'showsrc', 'policy', 'search', 'madison', 'depends', 'rdepends']);

/**
 * The later RUNs that read this RUN's lists: in this stage and the stages built on it, up to a RUN that updates the
 * lists itself or deletes them, those that run apt (or `apt-cache`) for something the lists are needed for, without
 * a cache mount over `/var/lib/apt`. For each, where it can take `apt-get update && ` (the start of the top-level
 * statement with that command); null when one cannot: exec form, another shell, a statement sent to the background
 * or joined with `||` (an update failure would then run what follows the `||`).
 */
function listUsersLater(model: DockerfileModel, ins: Instruction): Position[] | null {
  const out = new Map<string, Position>();
  for (const stage of model.stages) {
    if (!stage.lineage.includes(ins.stage!)) continue;
    // The RUNs between `ins` and the end of `stage`, through the stages in between.
    const chain = stage.lineage.slice(0, stage.lineage.indexOf(ins.stage!) + 1).reverse();
    const runs = chain.flatMap((s) => s.instructions).filter((i) => i.keyword === 'RUN' && (i.stage !== ins.stage || i.index > ins.index));
    for (const later of runs) {
      const script = later.run?.script;
      if (hasCacheMountOn(later, APT_STATE)) continue;
      const apt = script?.commands.filter((c) => c.invocation.tool === 'apt' || c.name === 'apt-cache' || (!!script && runsUpdatingSetupScript(c, script))) ?? [];
      const updates = (c: SimpleCommand) => c.invocation.subcommand === 'update' || (!!script && runsUpdatingSetupScript(c, script));
      const first = apt.find((c) => c.name === 'apt-cache' || READS_LISTS.has(c.invocation.subcommand ?? '') || updates(c));
      if (first && !updates(first)) {
        const statement = later.run!.execForm || later.run!.shellKind !== 'posix' ? undefined : script!.statements.find((st) => st.range && !after(st.range.start, first.range.start) && !after(first.range.start, st.range.end));
        if (!statement?.range || statement.background || statement.or) return null;
        out.set(`${statement.range.start.line}:${statement.range.start.column}`, statement.range.start);
      }
      // From here on the lists are this RUN's own (or gone).
      if (apt.some(updates) || removesPath(later, (p) => p === '/var/lib/apt' || p.startsWith(LISTS))) break;
    }
  }
  return [...out.values()];
}

function after(a: Position, b: Position): boolean {
  return a.line > b.line || (a.line === b.line && a.column > b.column);
}
