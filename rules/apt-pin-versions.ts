import { defineRule } from '../src/rule.js';
import { aptInstalls } from '../src/shell/packages.js';

export default defineRule({
  meta: {
    id: 'apt-pin-versions',
    category: 'pinning',
    severity: 'warning',
    preset: 'recommended',
    description: '`apt-get install` of a package without `=version`.',
    docs: {
      why:
        'An unpinned package installs whatever version the mirror has on the day of the build, so two builds of the same Dockerfile differ and a rebuild can break. Pin with `package=version` (find it with `apt-cache policy package`).',
      bad: 'RUN apt-get update && apt-get install -y --no-install-recommends curl',
      good: 'RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8',
    },
    fixable: false,
    covers: ['DL3008'],
  },
  check({ model, report }) {
    for (const { packages } of aptInstalls(model)) {
      for (const pkg of packages) {
        if (!pkg.literal || pkg.value.includes('=') || isLocalPackage(pkg.value)) continue;
        report({ range: pkg.range, message: `apt package \`${pkg.value}\` is not pinned; install \`${pkg.value}=<version>\`.` });
      }
    }
  },
});

function isLocalPackage(value: string): boolean {
  return value.endsWith('.deb') || value.startsWith('/') || value.startsWith('./');
}
