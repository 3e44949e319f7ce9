import { appendCommand, programText, runAsPrefix } from '../src/model/run-edits.js';
import type { DockerfileModel, Instruction } from '../src/model/types.js';
import { ARTIFACT_BUILDERS } from '../src/knowledge/file-purpose.js';
import { rpmCacheFolder } from '../src/knowledge/rpm-caches.js';
import { defineRule } from '../src/rule.js';
import { cacheFillsIn, callsIn, runInstructions, type ToolCall } from '../src/shell/installs.js';
import { hasOption, optionValues } from '../src/shell/invocation.js';
import { cacheShips, hasCacheMountOn, removesPath, runsClean, runsCleanupScript, settingWrittenBefore } from '../src/shell/caches.js';

/** zypper subcommands that ask for a confirmation. */
const ZYPPER_PROMPTS = ['install', 'remove', 'source-install', 'patch'];

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
        'yum, dnf and zypper keep downloaded packages and repository metadata (often hundreds of MB for dnf) under `/var/cache`; unless the same `RUN` runs `yum clean all` / `dnf clean all` / `microdnf clean all` / `zypper clean --all`, they stay in the layer. The cache mount the message offers is on the folder of the program as the base image has it: on CBL-Mariner, Azure Linux and Photon OS `yum` is tdnf, whose cache is `/var/cache/tdnf`. With BuildKit a cache mount on the cache folder keeps them out of the layer and speeds up rebuilds (also on a folder the install names as its cache, `dnf --setopt=cachedir=/root/.cache/dnf` under `--mount=type=cache,target=/root/.cache/dnf`). Separately, `yum`/`dnf install` without `-y` and `zypper` without `-n` wait for a confirmation a build cannot give, and the build fails.\n\nOnly what ships is judged: a build-only stage (other stages copy from it or mount it; it is neither built as an image (the final stage, a stage nothing uses, a stage a Compose service\'s `build.target` or a Bake target names) nor the base of one) is reported only when its caches reach an image through it: a shipped stage copies the folder holding them (or `/`) out of it, directly or through a stage built on it or another build-only stage, or a `RUN --mount=from=` of it reads them. A builder whose only output is `/app`, a virtual environment or a folder of wheels keeps them to itself. Nor is a missing clean reported in an image built only to make files with (' + ARTIFACT_BUILDERS + '): it is thrown away once its files are out, so its size buys nothing; a missing `-y` still is, since the build fails.',
      bad: 'RUN dnf install python3.12',
      good:
        'RUN dnf install -y python3.12 && dnf clean all\n\n# or, with BuildKit\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y python3.12',
      fixSafety:
        'The fix ends the same `RUN` with the tool\'s own clean (`dnf clean all`, `yum clean all`, `microdnf clean all`, `tdnf clean all`, `zypper clean --all`, the program written as in the install), joined with `&&` in the `RUN`\'s continuation style so the `RUN` still fails when its commands fail. yum and dnf fetch the metadata again when a later install needs it, so their fix is safe; zypper\'s is unsafe when a later `RUN` of the stage (or of a stage built `FROM` it) uses zypper, which may then find no repository metadata without `zypper refresh`. The missing `-y`/`-n` has no fix. No fix for exec form, a last command sent to the background, or an install run through a wrapper other than `sudo`.',
    },
    fixable: true,
    fixKind: 'mixed',
    covers: ['DL3030', 'DL3032', 'DL3034', 'DL3036', 'DL3038', 'DL3040'],
  },
  check({ model, report }) {
    for (const ins of runInstructions(model)) {
      const script = ins.run!.script!;
      const rpm = cacheFillsIn(script, 'rpm');
      const zypper = callsIn(script, 'zypper', ['install']);
      const prompting = callsIn(script, 'zypper', ZYPPER_PROMPTS);
      if (!ins.stage || (rpm.length === 0 && prompting.length === 0)) continue;

      for (const call of rpm) {
        const name = call.invocation.program!;
        // microdnf never prompts; its -y exists only for compatibility.
        if (name === 'microdnf') continue;
        if (call.invocation.opaqueOptions || hasOption(call.invocation, '-y', '--assumeyes') || settingWrittenBefore(model, ins, ASSUME_YES_CONFIG, call.command)) continue;
        report({ range: call.subcommand.range, message: `\`${name} ${call.invocation.path.map((w) => w.value).join(' ')}\` without \`-y\` stops at the confirmation prompt and fails the build; add \`-y\`.` });
      }
      for (const call of prompting) {
        if (call.invocation.opaqueOptions || hasOption(call.invocation, '-n', '-y', '--non-interactive', '--no-confirm')) continue;
        report({
          range: call.subcommand.range,
          message: `\`zypper ${call.subcommand.value}\` without \`-n\` waits for an answer the build cannot give; use \`zypper -n ${call.subcommand.value}\` (or \`--non-interactive\`).`,
        });
      }

      // An image thrown away once its files are out: its size buys nothing (a prompt still fails its build).
      if (model.artifactBuilder || runsCleanupScript(script) || !cacheShips(ins.stage, [...RPM_CACHE, ...ZYPP_CACHE])) continue;
      const rpmCleaned =
        hasCacheMountOn(ins, RPM_CACHE) ||
        // `dnf --setopt=cachedir=/root/.cache/dnf` under `--mount=type=cache,target=/root/.cache/dnf`: the cache lives in the mount.
        rpm.every((call) => optionValues(call.invocation, '--setopt').some(({ value }) => /^cachedir=/.test(value) && hasCacheMountOn(ins, [value.slice('cachedir='.length)]))) ||
        runsClean(script, 'rpm', (inv) => inv.subcommand === 'clean' && inv.operands.some((w) => w.value === 'all')) ||
        removesPath(ins, (p) => RPM_CACHE.some((d) => p === d || p.startsWith(d + '/')));
      if (!rpmCleaned && rpm[0]) reportClean(ins, rpm[0], 'clean all', rpmCacheFolder(rpm[0].invocation.program!, ins.stage.rootImage?.name ?? null), true);
      const zypperCleaned =
        hasCacheMountOn(ins, ZYPP_CACHE) ||
        runsClean(script, 'zypper', (inv) => inv.subcommand === 'clean' || inv.subcommand === 'cc') ||
        removesPath(ins, (p) => p === ZYPP_CACHE[0] || p.startsWith(ZYPP_CACHE[0] + '/'));
      if (!zypperCleaned && zypper[0]) reportClean(ins, zypper[0], 'clean --all', '/var/cache/zypp', !zypperUsedLater(model, ins));
    }

    function reportClean(ins: Instruction, call: ToolCall, clean: string, dir: string, safe: boolean): void {
      const program = programText(model, call.command);
      const prefix = runAsPrefix(call.command);
      const command = `${prefix ?? ''}${program ?? ''} ${clean}`;
      const edit = program === null || prefix === null ? null : appendCommand(model, ins, command);
      report({
        range: call.subcommand.range,
        message: `\`${call.invocation.program} ${call.invocation.path.map((w) => w.value).join(' ')}\` leaves its package cache in the layer; end the same \`RUN\` with \`${call.invocation.program} ${clean}\`, or use \`RUN --mount=type=cache,target=${dir}\`.`,
        ...(edit ? { fix: { description: `End the \`RUN\` with \`${command}\``, edits: [edit], safe } } : {}),
      });
    }
  },
});

/** A later RUN of this stage or a stage built on it runs zypper, which may need the metadata `zypper clean --all` deletes. */
function zypperUsedLater(model: DockerfileModel, ins: Instruction): boolean {
  return model.stages.some(
    (stage) =>
      stage.lineage.includes(ins.stage!) &&
      stage.instructions.some((later) => later.keyword === 'RUN' && (stage !== ins.stage || later.index > ins.index) && !!later.run?.script?.commands.some((c) => c.invocation.tool === 'zypper')),
  );
}
