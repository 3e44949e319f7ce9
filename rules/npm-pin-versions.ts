import { defineRule } from '../src/rule.js';
import { INTERACTIVE_DEV_IMAGES, isInteractiveDevImage } from '../src/knowledge/file-purpose.js';
import { nodeInstalls } from '../src/shell/installs.js';
import { knownValue } from '../src/shell/invocation.js';
import { reportUnpinned, type UnpinnedPackage, LATEST_ON_REQUEST } from '../src/shell/unpinned.js';

const TARBALL = /\.(tgz|tar\.gz|tar)$/i;
const NAME = /^(@[\w.-]+\/)?[\w.-]+$/;
/** Dist-tags that move with every release; tags such as `latest-0.19.1` name a release line on purpose. */
const MOVING_TAGS = new Set(['latest', 'next', 'canary', 'beta', 'alpha', 'rc', 'nightly', 'insiders', 'dev', 'experimental', 'stable', 'lts', 'current', 'edge']);

/** The version part of `name@version` / `@scope/name@version`, '' for `name@`, null without `@`. */
function versionOf(spec: string): { name: string; version: string | null } {
  const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0);
  return at < 0 ? { name: spec, version: null } : { name: spec.slice(0, at), version: spec.slice(at + 1) };
}

/** Specs that name no registry package: folders, tarballs, URLs, git and GitHub shorthands, aliases. */
function notRegistry(spec: string): boolean {
  if (spec === '.' || spec === '..' || /^(\.{1,2}\/|\/|~\/|file:)/.test(spec)) return true;
  if (TARBALL.test(spec) || spec.includes('://') || /^(git\+|git@|github:|gitlab:|bitbucket:|gist:)/.test(spec)) return true;
  // `user/repo` is a GitHub shorthand; a scoped name has its one slash after `@scope`.
  return !spec.startsWith('@') && spec.includes('/');
}

export default defineRule({
  meta: {
    id: 'npm-pin-versions',
    category: 'pinning',
    severity: 'warning',
    preset: 'recommended',
    description: '`npm install`, `yarn add` or `pnpm add` of a named package without `@version`.',
    docs: {
      why:
        '`npm install -g typescript` installs whatever version is newest on the registry that day, so rebuilding the same Dockerfile gives a different image and a major release can break it. Name a version (`typescript@5.6.3`); a dist-tag such as `@latest` or `@next` moves just the same. Installing the project\'s own dependencies from its lockfile (`npm ci`, bare `npm install`, `yarn install --frozen-lockfile`) is fine, and so are tarballs, local folders and git URLs. Not reported in an interactive development environment (' + INTERACTIVE_DEV_IMAGES + '): each developer rebuilds it, nothing ships from it, and a pin only makes it break sooner.' + ' ' + LATEST_ON_REQUEST,
      bad: 'RUN npm install -g typescript ts-node@latest',
      good: 'RUN npm install -g typescript@5.6.3 ts-node@10.9.2\nRUN npm ci --omit=dev',
    },
    fixable: false,
    covers: ['DL3016'],
  },
  check({ model, report }) {
    if (isInteractiveDevImage(model)) return;
    for (const install of nodeInstalls(model)) {
      // A Dev Container's stage (Stage.devEnvironment) is a development environment too.
      if (install.instruction.stage?.devEnvironment) continue;
      const unpinned: UnpinnedPackage[] = [];
      const moving: UnpinnedPackage[] = [];
      for (const pkg of install.packages) for (const value of knownValue(pkg)) {
        if (notRegistry(value)) continue;
        const { name, version } = versionOf(value);
        if (!NAME.test(name)) continue;
        if (version === null || version === '' || version === '*') {
          unpinned.push({ range: pkg.range, shown: value, message: `npm package \`${value}\` is not pinned; install \`${name}@<version>\`.` });
        } else if (MOVING_TAGS.has(version.toLowerCase())) {
          moving.push({ range: pkg.range, shown: value, message: `\`${value}\` follows the moving dist-tag \`${version}\`; install \`${name}@<version>\`.` });
        }
      }
      reportUnpinned(report, install, unpinned, (list, n) => `${n} npm packages are not pinned: ${list}; install each as \`name@<version>\`.`);
      reportUnpinned(report, install, moving, (list, n) => `${n} npm packages follow a moving dist-tag: ${list}; install each as \`name@<version>\`.`);
    }
  },
});
