import { defineRule } from '../src/rule.js';
import { hasFlag, runInstructions } from '../src/shell/query.js';
import {
  type ManagerCall,
  RPM_MANAGERS,
  cacheShips,
  hasCacheMountOn,
  removesPath,
  resolveArgs,
  rpmInstalls,
  runsClean,
  runsCleanupScript,
  settingWrittenBefore,
  zypperCalls,
} from '../src/shell/package-managers.js';

const RPM_CACHE = ['/var/cache/yum', '/var/cache/dnf', '/var/cache/libdnf5', '/var/cache/tdnf'];
const ZYPP_CACHE = ['/var/cache/zypp'];
/** `assumeyes=1` in yum.conf / dnf.conf. */
const ASSUME_YES_CONFIG = /assumeyes\s*=\s*(1|true|yes)\b/i;

export default defineRule({
  meta: {
    id: 'rpm-cleanup',
    category: 'size',
    severity: 'info',
    preset: 'recommended',
    description: '`yum`/`dnf`/`microdnf`/`zypper install` without a `clean all` (or cache mount) in the same `RUN`, or without `-y` / non-interactive mode.',
    docs: {
      why:
        'yum, dnf and zypper keep downloaded packages and repository metadata (often hundreds of MB for dnf) under `/var/cache`; unless the same `RUN` runs `yum clean all` / `dnf clean all` / `microdnf clean all` / `zypper clean --all`, they stay in the layer. With BuildKit a cache mount on the cache folder keeps them out of the layer and speeds up rebuilds. Separately, `yum`/`dnf install` without `-y` and `zypper` without `-n` wait for a confirmation a build cannot give, and the build fails.',
      bad: 'RUN dnf install python3.12',
      good:
        'RUN dnf install -y python3.12 && dnf clean all\n\n# or, with BuildKit\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y python3.12',
    },
    fixable: false,
    covers: ['DL3030', 'DL3032', 'DL3034', 'DL3036', 'DL3038', 'DL3040'],
  },
  check({ model, report }) {
    for (const ins of runInstructions(model)) {
      const script = ins.run!.script!;
      const rpm = rpmInstalls(script);
      const zypper = zypperCalls(script, 'install', 'in');
      if (!ins.stage || (rpm.length === 0 && zypperCalls(script, 'install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch').length === 0)) continue;

      for (const call of rpm) {
        const name = call.command.name!;
        // microdnf never prompts; its -y exists only for compatibility.
        if (name === 'microdnf') continue;
        const { command, opaqueOptions } = resolveArgs(call.command, ins.state.env);
        if (opaqueOptions || hasFlag(command, 'y', '--assumeyes') || settingWrittenBefore(model, ins, ASSUME_YES_CONFIG)) continue;
        report({ range: call.subcommand.range, message: `\`${name} install\` without \`-y\` stops at the confirmation prompt and fails the build; add \`-y\`.` });
      }
      for (const call of zypperCalls(script, 'install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch')) {
        const { command, opaqueOptions } = resolveArgs(call.command, ins.state.env);
        if (opaqueOptions || hasFlag(command, 'ny', '--non-interactive', '--no-confirm')) continue;
        report({
          range: call.subcommand.range,
          message: `\`zypper ${call.subcommand.value}\` without \`-n\` waits for an answer the build cannot give; use \`zypper -n ${call.subcommand.value}\` (or \`--non-interactive\`).`,
        });
      }

      if (runsCleanupScript(script) || !cacheShips(model, ins.stage, [...RPM_CACHE, ...ZYPP_CACHE])) continue;
      const rpmCleaned =
        hasCacheMountOn(ins, RPM_CACHE) ||
        runsClean(script, RPM_MANAGERS, (_cmd, words) => words[0] === 'clean' && words.includes('all')) ||
        removesPath(script, (p) => RPM_CACHE.some((d) => p === d || p.startsWith(d + '/')));
      if (!rpmCleaned && rpm[0]) reportClean(rpm[0], `${rpm[0].command.name} clean all`, '/var/cache/' + cacheDirOf(rpm[0]));
      const zypperCleaned =
        hasCacheMountOn(ins, ZYPP_CACHE) ||
        runsClean(script, ['zypper'], (_cmd, words) => words[0] === 'clean' || words[0] === 'cc') ||
        removesPath(script, (p) => p === ZYPP_CACHE[0] || p.startsWith(ZYPP_CACHE[0] + '/'));
      if (!zypperCleaned && zypper[0]) reportClean(zypper[0], 'zypper clean --all', '/var/cache/zypp');
    }

    function reportClean(call: ManagerCall, clean: string, dir: string): void {
      report({
        range: call.subcommand.range,
        message: `\`${call.command.name} ${call.subcommand.value}\` leaves its package cache in the layer; end the same \`RUN\` with \`${clean}\`, or use \`RUN --mount=type=cache,target=${dir}\`.`,
      });
    }
  },
});

function cacheDirOf(call: ManagerCall): string {
  return call.command.name === 'yum' ? 'yum' : call.command.name === 'tdnf' ? 'tdnf' : 'dnf';
}
