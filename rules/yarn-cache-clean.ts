import { defineRule } from '../src/rule.js';
import { flagValue, positional, runInstructions } from '../src/shell/query.js';
import { cacheMountTargets, cacheShips, hasCacheMountOn, removesPath, runsCleanupScript, yarnInstalls } from '../src/shell/package-managers.js';

/** Yarn classic's global cache for root and the `node` user of the official images. */
const YARN_CACHE = ['/usr/local/share/.cache/yarn', '/root/.cache/yarn', '/home/node/.cache/yarn'];

export default defineRule({
  meta: {
    id: 'yarn-cache-clean',
    category: 'size',
    severity: 'info',
    preset: 'recommended',
    description: '`yarn install` without `yarn cache clean` (or a cache mount on the yarn cache) in the same `RUN` of the shipped image.',
    docs: {
      why:
        'Yarn copies every package it downloads into its global cache (`/usr/local/share/.cache/yarn` for root), so after `yarn install` the layer holds each dependency twice: in `node_modules` and in the cache. Run `yarn cache clean` in the same `RUN`, or, with BuildKit, mount the cache folder as a cache so it never lands in the layer and rebuilds reuse it. Build stages that are only copied from (`COPY --from=build /app/dist`) are not reported.',
      bad: 'RUN yarn install --frozen-lockfile',
      good:
        'RUN yarn install --frozen-lockfile && yarn cache clean\n\n# or, with BuildKit\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile',
    },
    fixable: false,
    covers: ['DL3060'],
  },
  check({ model, report }) {
    for (const ins of runInstructions(model)) {
      const script = ins.run!.script!;
      const installs = yarnInstalls(script);
      if (installs.length === 0 || !ins.stage) continue;
      if (cacheMountTargets(ins).some((t) => /yarn/i.test(t)) || hasCacheMountOn(ins, YARN_CACHE)) continue;
      const cleans = script.commands.some((c) => c.name === 'yarn' && positional(c).map((w) => w.value).join(' ').startsWith('cache clean'));
      const folders = installs.map((i) => flagValue(i.command, ['--cache-folder'])).filter((f): f is string => f !== null);
      const removes = removesPath(script, (p) => /yarn/i.test(p) || /(^|\/)\.cache(\/\*?)?$/.test(p) || folders.some((f) => p.startsWith(f)));
      if (cleans || removes || runsCleanupScript(script)) continue;
      if (!cacheShips(model, ins.stage, YARN_CACHE)) continue;
      const { command, subcommand } = installs[0]!;
      const what = subcommand === command.argv[0] ? '`yarn`' : `\`yarn ${positional(command).slice(0, 2).map((w) => w.value).join(' ') === 'global add' ? 'global add' : subcommand.value}\``;
      report({
        range: subcommand.range,
        message: `${what} leaves a second copy of every package in the yarn cache; end the same \`RUN\` with \`yarn cache clean\`, or use \`RUN --mount=type=cache,target=/usr/local/share/.cache/yarn\`.`,
      });
    }
  },
});
