import { defineRule } from '../src/rule.js';
import { INTERACTIVE_DEV_IMAGES, isInteractiveDevImage } from '../src/knowledge/file-purpose.js';
import { gemInstalls, hasOption } from '../src/shell/installs.js';
import { knownValue } from '../src/shell/invocation.js';
import { reportUnpinned, type UnpinnedPackage, LATEST_ON_REQUEST } from '../src/shell/unpinned.js';

const NAME = /^[A-Za-z0-9_][\w.-]*$/;

export default defineRule({
  meta: {
    id: 'gem-pin-versions',
    category: 'pinning',
    severity: 'warning',
    preset: 'recommended',
    description: '`gem install` of a gem without `:version` or `-v`.',
    docs: {
      why:
        '`gem install bundler` installs the newest release on the day of the build, so rebuilding the same Dockerfile can pull a new major version. Pin it: `gem install bundler:2.5.22` or `gem install bundler -v 2.5.22`. Local `.gem` files are taken as they are, and the build arguments after `--` are not gems. Not reported in an interactive development environment (' + INTERACTIVE_DEV_IMAGES + '): each developer rebuilds it, nothing ships from it, and a pin only makes it break sooner.' + ' ' + LATEST_ON_REQUEST,
      bad: 'RUN gem install bundler rake',
      good: 'RUN gem install bundler:2.5.22 rake:13.2.1',
    },
    fixable: false,
    covers: ['DL3028'],
  },
  check({ model, report }) {
    if (isInteractiveDevImage(model)) return;
    for (const install of gemInstalls(model)) {
      // A Dev Container's stage (Stage.devEnvironment) is a development environment too.
      if (install.instruction.stage?.devEnvironment) continue;
      if (hasOption(install, '-v', '--version')) continue;
      const unpinned: UnpinnedPackage[] = [];
      for (const pkg of install.packages) for (const v of knownValue(pkg)) {
        if (v.includes(':') || v.includes('/') || v.endsWith('.gem') || !NAME.test(v)) continue;
        unpinned.push({ range: pkg.range, shown: v, message: `gem \`${v}\` is not pinned; install \`${v}:<version>\` or add \`-v <version>\`.` });
      }
      reportUnpinned(report, install, unpinned, (list, n) => `${n} gems are not pinned: ${list}; install each as \`name:<version>\`.`);
    }
  },
});
