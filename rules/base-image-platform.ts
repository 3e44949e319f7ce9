import { composeSetsPlatform } from '../src/context/compose.js';
import { namesPlatform, onlyPlatformOf, samePlatform, tagNamesPlatform } from '../src/knowledge/platforms.js';
import { defineRule } from '../src/rule.js';
import { INTERACTIVE_DEV_IMAGES, isInteractiveDevImage } from '../src/knowledge/file-purpose.js';

export default defineRule({
  meta: {
    id: 'base-image-platform',
    category: 'base-image',
    severity: 'warning',
    preset: 'recommended',
    description: '`FROM --platform=` with a constant value (or the redundant `$TARGETPLATFORM`).',
    docs: {
      why:
        'A constant `--platform=linux/amd64` pins the stage to one architecture: a multi-platform build produces an amd64 image under an arm64 label, and on an ARM machine every build runs under emulation. Leave the flag out (the target platform is the default), or use `--platform=$BUILDPLATFORM` for a build stage that cross-compiles. `--platform=$TARGETPLATFORM` is the default already (reported as info). As in BuildKit, a stage whose name mentions the platform (`AS build-amd64`) is meant to be platform-specific and is not reported, nor is a Dockerfile whose file name names the flag\'s architecture (`Dockerfile.arm64`, `Dockerfile-x86_64` or `x86.cpu.dockerfile` with `--platform=linux/amd64`): the file exists to build for that platform. Nor when a Compose service of the project that builds the Dockerfile sets `platform:` to the flag\'s platform and none sets another (pyroscope\'s .NET examples: `platform: linux/amd64`, for a profiler published for x86-64 only): the project builds and runs the image for that platform alone, and the flag states the same. Images published for one platform only are exempt when the flag names that platform: NVIDIA\'s Jetson images (`nvcr.io/nvidia/l4t-*`, `dustynv/*`: arm64) and the per-architecture namespaces of the official images (`arm64v8/…`, `amd64/…`), and a tag that names the flag\'s architecture (`windows-servercore-cache:1.0-linux-amd64-ltsc2022`, `app:2.1-arm64`: a per-platform tag); a flag naming another platform is reported, since no such image exists. Nor a build-only stage that runs nothing and only serves files to other stages (`FROM --platform=linux/amd64 rocm/dev-ubuntu-22.04 AS rocm-base`, read by a `RUN --mount=from=rocm-base`): no image gets its platform and nothing runs under emulation. Not reported in an interactive development environment (' + INTERACTIVE_DEV_IMAGES + '): it is built on each developer\'s machine for that machine, never as a multi-platform image.',
      bad: 'FROM --platform=linux/amd64 python:3.12-slim',
      good: 'FROM python:3.12-slim\n\n# or, for a cross-compiling build stage:\nFROM --platform=$BUILDPLATFORM golang:1.23 AS build',
    },
    fixable: false,
    covers: ['DL3029', 'DL3065', 'FromPlatformFlagConstDisallowed', 'RedundantTargetPlatform'],
  },
  check({ model, buildContext, report }) {
    if (isInteractiveDevImage(model)) return;
    for (const stage of model.stages) {
      // A Dev Container's stage (Stage.devEnvironment) is built on each developer's machine too.
      if (stage.devEnvironment) continue;
      const flag = stage.from.flags.find((f) => f.name.toLowerCase() === 'platform');
      const value = flag?.value?.trim();
      if (!flag || !value) continue;
      if (/^\$(\{TARGETPLATFORM\}|TARGETPLATFORM)$/.test(value)) {
        report({
          range: flag.range,
          severity: 'info',
          message: '`--platform=$TARGETPLATFORM` is the default for `FROM`; remove the flag.',
        });
        continue;
      }
      if (value.includes('$')) continue;
      // A build-only stage that runs nothing, only a source of files for other stages (`COPY --from`, `RUN
      // --mount=from=`): no image gets its platform and nothing runs under emulation (gpustack's amd64-only ROCm files).
      if (stage.buildOnly && !stage.instructions.some((i) => i.keyword === 'RUN')) continue;
      // An image published for one platform only (Jetson's L4T, `arm64v8/…`): the flag states what it is.
      const only = stage.image.name ? onlyPlatformOf(stage.image.name) : null;
      if (only && samePlatform(only, value)) continue;
      // A per-platform tag (`…:1.0-linux-amd64-ltsc2022`): that image exists for the platform the flag names only.
      if (!only && tagNamesPlatform(stage.image.raw, value)) continue;
      if (only) {
        report({ range: flag.range, message: `\`${stage.image.name!.familiar}\` is published for \`${only}\` only, so \`--platform=${value}\` finds no image to pull; use \`--platform=${only}\` or another base.` });
        continue;
      }
      const [os = '', arch = ''] = value.toLowerCase().split('/');
      const name = stage.name ?? '';
      if (name && ((os && name.includes(os)) || (arch && name.includes(arch)))) continue;
      // A Dockerfile named for the platform (`Dockerfile.arm64`, `Dockerfile-x86_64`) exists to build for it.
      if (namesPlatform(model.path.replace(/\\/g, '/').split('/').pop() ?? '', value)) continue;
      // A Compose service building the file sets the same `platform:`, none another: the project targets that platform.
      if (buildContext && composeSetsPlatform(buildContext.composeServices(), value)) continue;
      report({
        range: flag.range,
        message: `\`--platform=${value}\` pins this stage to one platform, which breaks multi-platform builds and forces emulation elsewhere; remove it, or use \`$BUILDPLATFORM\` for a cross-compiling build stage.`,
      });
    }
  },
});
