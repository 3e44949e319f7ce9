import { defineRule } from '../src/rule.js';
import { callsIn, runInstructions } from '../src/shell/installs.js';
import { cacheShips, hasCacheMountOn, removesPath, runsCleanupScript, runsClean } from '../src/shell/package-managers.js';

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
    },
    fixable: false,
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
      const what = install ? `\`${at.command.name} install\` after \`${updates[0]!.command.name} update\`` : `\`${at.command.name} update\``;
      report({
        range: at.subcommand.range,
        message:
          `${what} leaves the package lists in this layer${cleanOnly ? ' (`apt-get clean` does not remove them)' : ''}; ` +
          'end the same `RUN` with `rm -rf /var/lib/apt/lists/*`, or use `RUN --mount=type=cache,target=/var/lib/apt,sharing=locked --mount=type=cache,target=/var/cache/apt,sharing=locked`.',
      });
    }
  },
});
