import { appendCommand, programText, runAsPrefix } from '../src/model/run-edits.js';
import { ARTIFACT_BUILDERS } from '../src/knowledge/file-purpose.js';
import { defineRule } from '../src/rule.js';
import { cacheFillsIn, runInstructions } from '../src/shell/installs.js';
import { isCall, optionValue } from '../src/shell/invocation.js';
import { removedAgain } from '../src/shell/removals.js';
import { comparePositions } from '../src/shell/order.js';
import type { ShellScript, SimpleCommand } from '../src/shell/types.js';
import { covers } from '../src/model/shipping.js';
import type { Instruction } from '../src/model/types.js';
import { bindMountTargets, cacheMountTargets, cacheShips, hasCacheMountOn, removesPath, runsCleanupScript } from '../src/shell/caches.js';

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
        'Yarn copies every package it downloads into its global cache (`/usr/local/share/.cache/yarn` for root), so after `yarn install` the layer holds each dependency twice: in `node_modules` and in the cache. Run `yarn cache clean` in the same `RUN`, or, with BuildKit, mount the cache folder as a cache so it never lands in the layer and rebuilds reuse it. Only what ships is judged: a build-only stage (other stages copy from it or mount it; it is neither built as an image (the final stage, a stage nothing uses, a stage a Compose service\'s `build.target` or a Bake target names) nor the base of one) is reported only when its cache reaches an image through it: a shipped stage copies the folder holding it (or `/`) out of it, directly or through a stage built on it or another build-only stage, or a `RUN --mount=from=` of it reads it. A builder whose only output is `/app`, a virtual environment or a folder of wheels keeps it to itself. Nor on a `RUN` that only warms the cache: every install (`yarn`, `npm`, `pnpm`) runs in a project under a `--mount=type=bind` mount, whose `node_modules` stays out of the layer, and the `RUN` does nothing else but `cd` and tests (discourse_dev\'s `RUN --mount=type=bind,…,target=/tmp/clone cd /tmp/clone && yarn install`, commented "Warm global yarn cache"): the cache is what it is for, and there is no second copy; not when it also builds or copies something out. Nor in an image built only to make files with (' + ARTIFACT_BUILDERS + '): it is thrown away once its files are out, so its size buys nothing.',
      bad: 'RUN yarn install --frozen-lockfile',
      good:
        'RUN yarn install --frozen-lockfile && yarn cache clean\n\n# or, with BuildKit\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile',
      fixSafety:
        'The fix ends the same `RUN` with `yarn cache clean` (the program written as in the install), joined with `&&` in the `RUN`\'s continuation style; there is none when the `RUN` removes the yarn package it installed (`apk del yarn`), where the message asks for the clean before that removal. It is unsafe: the linter cannot tell Yarn 1 from Yarn 2+, and under Yarn 2+ Plug\'n\'Play the cache is where the application loads its packages from, so cleaning it breaks the image. With Yarn 1 (`node_modules`) the cache is only a second copy and the fix is what you want. No fix for exec form, a last command sent to the background, or a `yarn` run through a wrapper other than `sudo` (`npx yarn`, `corepack yarn`: `yarn` may not be on the `PATH`).',
    },
    fixable: true,
    fixKind: 'unsafe',
    covers: ['DL3060'],
  },
  check({ model, report }) {
    // Thrown away once its files are out: its size buys nothing.
    if (model.artifactBuilder) return;
    for (const ins of runInstructions(model)) {
      const script = ins.run!.script!;
      const installs = cacheFillsIn(script, 'yarn').filter((c) => !c.command.args.some((w) => !w.literal) && (c.invocation.subcommand !== null || !c.invocation.options.some((o) => ['--version', '-v', '--help', '-h'].includes(o.name))));
      if (installs.length === 0 || !ins.stage) continue;
      if (cacheMountTargets(ins).some((t) => /yarn/i.test(t)) || hasCacheMountOn(ins, YARN_CACHE)) continue;
      const cleans = script.commands.some((c) => isCall(c.invocation, 'yarn', 'cache') && c.invocation.operands[0]?.value === 'clean');
      const folders = installs.map((i) => optionValue(i.invocation, '--cache-folder')).filter((f): f is string => f !== null);
      const removes = removesPath(ins, (p) => /yarn/i.test(p) || /(^|\/)\.cache(\/\*?)?$/.test(p) || folders.some((f) => p.startsWith(f)));
      if (cleans || removes || runsCleanupScript(script)) continue;
      if (!cacheShips(ins.stage, YARN_CACHE)) continue;
      if (warmsCache(ins)) continue;
      const { command, invocation, subcommand } = installs[0]!;
      const program = programText(model, command);
      const prefix = runAsPrefix(command);
      const fixed = `${prefix ?? ''}${program ?? ''} cache clean`;
      // The RUN removes yarn's package again (`apk del yarn`): a `yarn cache clean` at its end would find no yarn.
      const removal = yarnRemovedLater(script);
      const edit = program === null || prefix === null || removal ? null : appendCommand(model, ins, fixed);
      const what = invocation.path.length === 0 ? '`yarn`' : `\`yarn ${invocation.path.map((w) => w.value).join(' ')}\``;
      const where = removal ? `run \`yarn cache clean\` before \`${removal}\` removes yarn` : 'end the same `RUN` with `yarn cache clean`';
      report({
        range: subcommand.range,
        message: `${what} leaves a second copy of every package in the yarn cache; ${where}, or use \`RUN --mount=type=cache,target=/usr/local/share/.cache/yarn\`.`,
        ...(edit ? { fix: { description: `End the \`RUN\` with \`${fixed}\``, edits: [edit], safe: false } } : {}),
      });
    }
  },
});

/** Package managers' installs that fill a global cache besides the project's own folder. */
const CACHE_WARMERS = new Set(['yarn', 'npm', 'pnpm']);

/**
 * `RUN --mount=type=bind,src=/repo,from=repo-fetcher,target=/tmp/clone cd /tmp/clone && yarn install` (discourse_dev's
 * "Warm global yarn cache"): every install runs in a project under a bind mount, whose `node_modules` stays out of the
 * layer, and the RUN does nothing else (only `cd` and tests besides): the cache is all it leaves, on purpose, and there
 * is no second copy. Not when it also builds or copies something out (`yarn build && cp -r dist /app`).
 */
function warmsCache(ins: Instruction): boolean {
  const binds = bindMountTargets(ins);
  if (!binds.length) return false;
  const inBind = (c: SimpleCommand) => c.cwd.root === '/' && binds.some((b) => covers(b, `/${c.cwd.segments.join('/')}`.replace(/^\/$/, '/')));
  return ins.run!.script!.commands.every((c) => {
    if (c.name === 'cd' || c.name === '[' || c.name === 'test') return true;
    const tool = c.invocation.tool ?? c.name;
    return tool !== null && CACHE_WARMERS.has(tool) && ['install', 'ci', null].includes(c.invocation.subcommand) && !c.invocation.options.some((o) => o.name === '--modules-folder') && inBind(c);
  });
}

/** The removal command (`apk del yarn`) by which the RUN removes a yarn package it installed, or null. */
function yarnRemovedLater(script: ShellScript): string | null {
  for (const install of script.commands) {
    if (!install.invocation.operands.some((w) => w.value === 'yarn')) continue;
    if (!removedAgain(install, script).has('yarn')) continue;
    const removal = script.commands.find((c) => comparePositions(c.range.start, install.range.end) > 0 && c.invocation.operands.some((w) => w.value === 'yarn'));
    // A group removal (`apk del .build-deps`) names no yarn: say which package manager removes it.
    return removal ? removal.argv.map((w) => w.value).join(' ') : `${install.name ?? install.invocation.tool} …`;
  }
  return null;
}
