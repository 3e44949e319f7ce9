import { reportUnpinnedCondaFiles } from '../src/context/dependency-files.js';
import { defineRule } from '../src/rule.js';
import { INTERACTIVE_DEV_IMAGES, isInteractiveDevImage } from '../src/knowledge/file-purpose.js';
import { condaInstalls, hasOption } from '../src/shell/installs.js';
import { pinnedByChannel } from '../src/knowledge/conda-channels.js';
import { knownValue, optionValues } from '../src/shell/invocation.js';
import { reportUnpinned, type UnpinnedPackage, LATEST_ON_REQUEST } from '../src/shell/unpinned.js';

/** A conda match spec: `name`, `name=1.2`, `name==1.2=build`, `name>=1.2,<2`, `"name 1.2"`. */
const SPEC = /^([A-Za-z0-9_][\w.-]*)\s*(.*)$/s;
/** A channel on this machine: `local` (conda-bld), `file://…`, a path. What it holds the project built itself. */
const LOCAL_CHANNEL = /^(local|file:\/\/.*|\.{0,2}\/.*|~\/.*)$/i;

export default defineRule({
  meta: {
    id: 'conda-pin-versions',
    category: 'pinning',
    severity: 'warning',
    preset: 'recommended',
    description: '`conda`/`mamba`/`micromamba install` or `create` of a named package without `=version`.',
    docs: {
      why:
        '`conda install -c conda-forge pytorch` resolves to whatever is newest in the channel on the day of the build, so the same Dockerfile builds a different environment next month. Pin each package (`pytorch=2.4.1`, `numpy==1.26.4`); a range such as `>=1.26` still moves. Environment files (`conda env create -f environment.yml`, `--file`) are checked separately; channels, environment names and prefixes given with `-c`, `-n`, `-p` are not packages. A package from a channel that holds one release\'s builds only is pinned by the channel (`src/knowledge/conda-channels.ts`): the CUDA libraries of NVIDIA\'s release labels (`conda create -c nvidia/label/cuda-12.5.1 -c conda-forge cuda-cudart libcublas`, the label the first channel, or `nvidia/label/cuda-12.5.1::libcublas`). A package from a local channel (`-c local`, `--use-local`, `-c file:///…`, `local::name`) is the project\'s own build, which its release versions: the one package such an install names, or one the project defines. Not reported in an interactive development environment (' + INTERACTIVE_DEV_IMAGES + '): each developer rebuilds it, nothing ships from it, and a pin only makes it break sooner.' + ' ' + LATEST_ON_REQUEST,
      bad: 'RUN conda install -y -c conda-forge python=3.11 numpy "scipy>=1.11"',
      good: 'RUN conda install -y -c conda-forge python=3.11 numpy=1.26.4 scipy=1.11.4',
    },
    fixable: false,
    covers: [],
  },
  check({ model, buildContext, report }) {
    if (isInteractiveDevImage(model)) return;
    // Environment files and spec lists (`conda env create -f environment.yml`) read from the build context.
    reportUnpinnedCondaFiles({ model, buildContext, report });
    for (const install of condaInstalls(model)) {
      // A Dev Container's stage (Stage.devEnvironment) is a development environment too.
      if (install.instruction.stage?.devEnvironment) continue;
      if (hasOption(install, '--revision', '--clone')) continue;
      // The first channel has the highest priority: a package it holds comes from it.
      const channels = optionValues(install, '-c', '--channel').map((c) => c.value);
      const first = channels[0] ?? null;
      // `-c local` (`--use-local`, `-c file:///opt/conda-bld`): the project installs its own build, made in an earlier
      // stage or step, which its release versions. Its package is the one the install names alone, or one the project
      // defines (`mamba install -c local -c conda-forge morpheus`); other packages beside it come from the registries.
      const local = hasOption(install, '--use-local') || channels.some((c) => LOCAL_CHANNEL.test(c));
      const own = local ? (buildContext?.projectPythonPackages() ?? new Set<string>()) : null;
      const alone = install.packages.length === 1;
      const unpinned: UnpinnedPackage[] = [];
      const ranges: UnpinnedPackage[] = [];
      for (const pkg of install.packages) for (const value of knownValue(pkg)) {
        // `conda-forge::numpy`: the channel is not part of the package.
        const spec = value.replace(/^.*::/, '');
        const channel = value.includes('::') ? value.slice(0, value.lastIndexOf('::')) : first;
        if (spec.includes('/') || /\.(tar\.bz2|conda)$/.test(spec) || spec.includes('[')) continue;
        const m = SPEC.exec(spec);
        if (!m) continue;
        const [, name, rest] = m as unknown as [string, string, string];
        // `-c nvidia/label/cuda-12.5.1 cuda-cudart`: a channel of one release's builds fixes the version.
        if (pinnedByChannel(channel, name)) continue;
        if ((value.includes('::') && LOCAL_CHANNEL.test(channel!)) || (own && (alone || own.has(name.toLowerCase().replace(/[-_.]+/g, '-'))))) continue;
        if (rest === '') {
          unpinned.push({ range: pkg.range, shown: value, message: `conda package \`${value}\` is not pinned; install \`${name}=<version>\`.` });
        } else if (/^[<>!~]/.test(rest)) {
          ranges.push({ range: pkg.range, shown: value, message: `\`${value}\` allows a range of versions; pin one with \`${name}=<version>\`.` });
        }
      }
      reportUnpinned(report, install, unpinned, (list, n) => `${n} conda packages are not pinned: ${list}; install each as \`name=<version>\`.`);
      reportUnpinned(report, install, ranges, (list, n) => `${n} conda specs allow a range of versions: ${list}; pin each with \`name=<version>\`.`);
    }
  },
});
