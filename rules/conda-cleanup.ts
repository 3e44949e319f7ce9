import { CONDA_ROOT_NAME, condaPackageCache } from '../src/model/conda.js';
import { appendCommand, programText, runAsPrefix } from '../src/model/run-edits.js';
import { ARTIFACT_BUILDERS } from '../src/knowledge/file-purpose.js';
import { defineRule } from '../src/rule.js';
import { cacheFillsIn, runInstructions } from '../src/shell/installs.js';
import { hasOption } from '../src/shell/invocation.js';
import { cacheMountTargets, cacheShips, hasCacheMountOn, removesPath, runsClean, runsCleanupScript } from '../src/shell/caches.js';

/** Where conda installs usually live; their `pkgs` folder is the package cache. */
const CONDA_PKGS = ['/opt/conda/pkgs', '/opt/miniconda3/pkgs', '/opt/miniforge3/pkgs', '/opt/mamba/pkgs', '/root/miniconda3/pkgs', '/root/.conda/pkgs'];

export default defineRule({
  meta: {
    id: 'conda-cleanup',
    category: 'size',
    severity: 'info',
    preset: 'recommended',
    description: '`conda`/`mamba`/`micromamba` install or create without `conda clean -afy` (or a cache mount on `pkgs`) in the same `RUN`.',
    docs: {
      why:
        'conda keeps every downloaded package archive and its extracted copy in `<conda root>/pkgs`. For ML environments (PyTorch, CUDA libraries) that is gigabytes left in the layer next to the installed environment. `conda clean -afy` (`mamba clean -afy`, `micromamba clean --all --yes`) in the same `RUN` removes them; with BuildKit a cache mount on the `pkgs` folder keeps them out of the layer and reuses them on rebuilds. The message names that folder when the Dockerfile shows which conda runs (the installer\'s `-p`, the program\'s path, PATH, `CONDA_DIR`, `CONDA_PKGS_DIRS`, a base image with its own conda such as `continuumio/miniconda3`\'s `/opt/conda`).\n\nOnly what ships is judged: a build-only stage (other stages copy from it or mount it; it is neither built as an image (the final stage, a stage nothing uses, a stage a Compose service\'s `build.target` or a Bake target names) nor the base of one) is reported only when its package archives reach an image through it: a shipped stage copies the folder holding them (or `/`) out of it, directly or through a stage built on it or another build-only stage, or a `RUN --mount=from=` of it reads them. A builder whose only output is `/app`, a virtual environment or a folder of wheels keeps them to itself. Nor in an image built only to make files with (' + ARTIFACT_BUILDERS + '): it is thrown away once its files are out, so its size buys nothing.',
      bad: 'RUN conda install -y -c conda-forge numpy pandas',
      good:
        'RUN conda install -y -c conda-forge numpy pandas && conda clean -afy\n\n# or, with BuildKit\nRUN --mount=type=cache,target=/opt/conda/pkgs conda install -y -c conda-forge numpy pandas',
      fixSafety:
        'The fix ends the same `RUN` with `conda clean -afy` (`mamba clean -afy`, `micromamba clean --all --yes`; the program written as in the install), joined with `&&` in the `RUN`\'s continuation style so the `RUN` still fails when its commands fail. It is safe: conda and micromamba link packages into environments with hard links or copies, so the environments keep their files, and a later install downloads what it needs again. (Only an installation configured with `always_softlink` links back into `pkgs`; such a setup breaks with any `conda clean -f`.) No fix for exec form, a last command sent to the background, or an install run through a wrapper other than `sudo`.',
    },
    fixable: true,
    fixKind: 'safe',
    covers: [],
  },
  check({ model, report }) {
    // Thrown away once its files are out: its size buys nothing.
    if (model.artifactBuilder) return;
    for (const ins of runInstructions(model)) {
      const script = ins.run!.script!;
      const installs = cacheFillsIn(script, 'conda');
      if (installs.length === 0 || !ins.stage) continue;
      const { command, invocation, subcommand } = installs[0]!;
      // The package cache of the conda in use, when the Dockerfile shows it (its root's `pkgs`, or `CONDA_PKGS_DIRS`).
      const pkgs = condaPackageCache(ins, command);
      if (cacheMountTargets(ins).some((t) => /\/pkgs$|\.cache\/(conda|mamba)|\/(conda|mamba)\/pkgs/.test(t))) continue;
      if (pkgs && hasCacheMountOn(ins, [pkgs])) continue;
      const cleans = runsClean(script, 'conda', (inv) =>
        inv.subcommand === 'clean' && hasOption(inv, '-a', '-t', '-p', '-f', '--all', '--tarballs', '--packages', '--force-pkgs-dirs'),
      );
      if (cleans || runsCleanupScript(script) || removesPath(ins, (p) => /\/pkgs(\/|$)/.test(p) || (pkgs !== null && (p === pkgs || p.startsWith(`${pkgs}/`))))) continue;
      if (!cacheShips(ins.stage, pkgs ? [...CONDA_PKGS, pkgs] : CONDA_PKGS, (p) => CONDA_ROOT_NAME.test(p))) continue;
      const clean = command.name === 'micromamba' ? 'clean --all --yes' : 'clean -afy';
      const tool = `${command.name} ${clean}`;
      const program = programText(model, command);
      const prefix = runAsPrefix(command);
      const fixed = `${prefix ?? ''}${program ?? ''} ${clean}`;
      const edit = program === null || prefix === null ? null : appendCommand(model, ins, fixed);
      const verb = invocation.path.map((w) => w.value).join(' ');
      report({
        range: subcommand.range,
        message: `\`${command.name} ${verb}\` leaves the downloaded packages in \`pkgs\`; end the same \`RUN\` with \`${tool}\`, or use ${
          pkgs ? `\`RUN --mount=type=cache,target=${pkgs}\`` : `a cache mount (\`RUN --mount=type=cache\`) on ${command.name}'s \`pkgs\` folder`
        }.`,
        ...(edit ? { fix: { description: `End the \`RUN\` with \`${fixed}\``, edits: [edit], safe: true } } : {}),
      });
    }
  },
});
