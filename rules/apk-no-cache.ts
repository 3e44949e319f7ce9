import { insertAfterWord } from '../src/model/run-edits.js';
import { ARTIFACT_BUILDERS } from '../src/knowledge/file-purpose.js';
import { defineRule } from '../src/rule.js';
import { callsIn, runInstructions } from '../src/shell/installs.js';
import { hasOption } from '../src/shell/invocation.js';
import { cacheShips, hasCacheMountOn, removesPath, runsCleanupScript } from '../src/shell/caches.js';

/** `/etc/apk/cache` is where apk keeps packages when caching is on; `/var/cache/apk` holds the indexes. */
const APK_CACHE = ['/var/cache/apk', '/etc/apk/cache'];

export default defineRule({
  meta: {
    id: 'apk-no-cache',
    category: 'size',
    severity: 'info',
    preset: 'recommended',
    description: '`apk add` without `--no-cache` (and no removal of `/var/cache/apk` or cache mount) in a stage of the shipped image.',
    docs: {
      why:
        'Without `--no-cache`, `apk add` (and `apk update`) store the repository indexes in `/var/cache/apk`, and they stay in the layer. `apk add --no-cache` fetches the indexes to a temporary place and leaves nothing behind, so no `apk update` or `rm` is needed. With BuildKit you can instead keep the cache in a cache mount, which also speeds up rebuilds; a link from apk\'s cache folder into one (`RUN --mount=type=cache,target=/pkg-cache ln -s /pkg-cache /etc/apk/cache && apk add …`) counts as such, since apk then keeps its indexes and packages in the mount. Only what ships is judged: a build-only stage (other stages copy from it or mount it; it is neither built as an image (the final stage, a stage nothing uses, a stage a Compose service\'s `build.target` or a Bake target names) nor the base of one) is reported only when its indexes reach an image through it: a shipped stage copies the folder holding them (or `/`) out of it, directly or through a stage built on it or another build-only stage, or a `RUN --mount=from=` of it reads them. A builder whose only output is `/app`, a virtual environment or a folder of wheels keeps them to itself. Nor in an image built only to make files with (' + ARTIFACT_BUILDERS + '): it is thrown away once its files are out, so its size buys nothing.',
      bad: 'RUN apk update && apk add curl',
      good: 'RUN apk add --no-cache curl\n\n# or, with BuildKit\nRUN --mount=type=cache,target=/var/cache/apk apk add curl',
      fixSafety: 'The fix adds `--no-cache` after `add`; the same packages are installed. Unsafe under `RUN --network=none`, where only the cached index could be read.',
    },
    fixable: true,
    fixKind: 'mixed',
    covers: ['DL3019'],
  },
  check({ model, report }) {
    // Thrown away once its files are out: its size buys nothing.
    if (model.artifactBuilder) return;
    for (const ins of runInstructions(model)) {
      const script = ins.run!.script!;
      const adds = callsIn(script, 'apk', ['add']);
      if (adds.length === 0 || !ins.stage) continue;
      if (hasCacheMountOn(ins, APK_CACHE) || runsCleanupScript(script)) continue;
      if (removesPath(ins, (p) => APK_CACHE.some((d) => p === d || p.startsWith(d + '/')))) continue;
      if (!cacheShips(ins.stage, APK_CACHE)) continue;
      for (const { invocation, subcommand } of adds) {
        if (invocation.opaqueOptions || hasOption(invocation, '--no-cache', '--no-network')) continue;
        const edit = insertAfterWord(model, subcommand, '--no-cache');
        report({
          range: subcommand.range,
          message:
            '`apk add` without `--no-cache` leaves the package indexes in `/var/cache/apk`; use `apk add --no-cache` (no `apk update` needed), or `RUN --mount=type=cache,target=/var/cache/apk`.',
          // Without network, apk can only install from the cached index the option turns away.
          ...(edit ? { fix: { description: 'Add `--no-cache`', edits: [edit], safe: ins.run!.network !== 'none' } } : {}),
        });
      }
    }
  },
});
