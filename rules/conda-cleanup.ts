import { defineRule } from '../src/rule.js';
import { hasFlag, runInstructions } from '../src/shell/query.js';
import { CONDA_MANAGERS, cacheMountTargets, cacheShips, condaInstalls, removesPath, runsClean, runsCleanupScript } from '../src/shell/package-managers.js';

/** Where conda installs usually live; their `pkgs` folder is the package cache. */
const CONDA_PKGS = ['/opt/conda/pkgs', '/opt/miniconda3/pkgs', '/opt/miniforge3/pkgs', '/opt/mamba/pkgs', '/root/miniconda3/pkgs', '/root/.conda/pkgs'];
const CONDA_ROOT = /(^|\/)(mini|ana)?(conda|forge|mamba)\d*$/i;

export default defineRule({
  meta: {
    id: 'conda-cleanup',
    category: 'size',
    severity: 'info',
    preset: 'recommended',
    description: '`conda`/`mamba`/`micromamba` install or create without `conda clean -afy` (or a cache mount on `pkgs`) in the same `RUN`.',
    docs: {
      why:
        'conda keeps every downloaded package archive and its extracted copy in `<conda root>/pkgs`. For ML environments (PyTorch, CUDA libraries) that is gigabytes left in the layer next to the installed environment. `conda clean -afy` (`mamba clean -afy`, `micromamba clean --all --yes`) in the same `RUN` removes them; with BuildKit a cache mount on the `pkgs` folder keeps them out of the layer and reuses them on rebuilds.',
      bad: 'RUN conda install -y -c conda-forge numpy pandas',
      good:
        'RUN conda install -y -c conda-forge numpy pandas && conda clean -afy\n\n# or, with BuildKit\nRUN --mount=type=cache,target=/opt/conda/pkgs conda install -y -c conda-forge numpy pandas',
    },
    fixable: false,
    covers: [],
  },
  check({ model, report }) {
    for (const ins of runInstructions(model)) {
      const script = ins.run!.script!;
      const installs = condaInstalls(script);
      if (installs.length === 0 || !ins.stage) continue;
      if (cacheMountTargets(ins).some((t) => /\/pkgs$|\.cache\/(conda|mamba)|\/(conda|mamba)\/pkgs/.test(t))) continue;
      const cleans = runsClean(script, CONDA_MANAGERS, (cmd, words) =>
        words[0] === 'clean' && hasFlag(cmd, 'atpf', '--all', '--tarballs', '--packages', '--force-pkgs-dirs'),
      );
      if (cleans || runsCleanupScript(script) || removesPath(script, (p) => /\/pkgs(\/|$)/.test(p))) continue;
      if (!cacheShips(model, ins.stage, CONDA_PKGS, (p) => CONDA_ROOT.test(p))) continue;
      const { command, subcommand } = installs[0]!;
      const tool = command.name === 'micromamba' ? 'micromamba clean --all --yes' : `${command.name} clean -afy`;
      const verb = subcommand.value === 'create' || subcommand.value === 'update' ? positionalPhrase(command.args.map((w) => w.value), subcommand.value) : subcommand.value;
      report({
        range: subcommand.range,
        message: `\`${command.name} ${verb}\` leaves the downloaded packages in \`pkgs\`; end the same \`RUN\` with \`${tool}\`, or use \`RUN --mount=type=cache,target=/opt/conda/pkgs\`.`,
      });
    }
  },
});

/** `env create` when the call was `conda env create`, else the subcommand alone. */
function positionalPhrase(args: string[], sub: string): string {
  const i = args.indexOf(sub);
  return i > 0 && args[i - 1] === 'env' ? `env ${sub}` : sub;
}
