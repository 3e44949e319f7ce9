import {
  cudaVersionOf,
  isAcceleratorImage,
  isPytorchImage,
  parsePytorchTag,
  pypiTorchCuda,
  pytorchIndexVariant,
  wheelCudaMajor,
  wheelVariantFor,
} from '../src/knowledge/gpu-images.js';
import { isOfficialImage, matchesImageGlob } from '../src/knowledge/trusted-images.js';
import type { ImageName } from '../src/model/image-ref.js';
import type { Instruction, Stage } from '../src/model/types.js';
import { processWord } from '../src/model/words.js';
import { defineRule } from '../src/rule.js';
import { aptInstalls, hasOption, pipInstalls, type PackageInstall, type PipInstall } from '../src/shell/installs.js';
import type { Word } from '../src/shell/types.js';

const TORCH_PACKAGES = new Set(['torch', 'torchvision', 'torchaudio']);
const INDEX_OPTIONS = ['-i', '--index-url', '--extra-index-url', '-f', '--find-links', '--index', '--default-index'];
const INDEX_ENV = ['PIP_INDEX_URL', 'PIP_EXTRA_INDEX_URL', 'PIP_FIND_LINKS', 'UV_INDEX_URL', 'UV_EXTRA_INDEX_URL', 'UV_DEFAULT_INDEX', 'UV_INDEX', 'UV_FIND_LINKS'];
/** Settings that choose torch's build some other way: uv's backend selection, a pip config file. */
const CHOOSER_ENV = ['UV_TORCH_BACKEND', 'PIP_CONFIG_FILE', 'UV_CONFIG_FILE'];

/** Bases known to carry no GPU stack, beyond the Docker Official Images. */
const CPU_BASES = ['gcr.io/distroless/*', 'cgr.dev/chainguard/*', 'continuumio/*', 'condaforge/*', 'mambaorg/*', 'quay.io/jupyter/*', 'jupyter/*', 'mcr.microsoft.com/devcontainers/*'];

/** Packages that only make sense on a GPU: their presence says the image is meant to run torch on CUDA. */
const GPU_PACKAGE = /^(nvidia-.*|.*-cu1\d+|.*-cuda1\d.*|cupy-cuda.*|onnxruntime-gpu|faiss-gpu.*|paddlepaddle-gpu|tensorflow\[and-cuda\]|jax\[cuda.*\]|flash[-_]attn|xformers|vllm|sglang|auto[-_]gptq|exllamav2|tensorrt.*|bitsandbytes|deepspeed|apex|mamba[-_]ssm|causal[-_]conv1d)$/i;
const GPU_APT_PACKAGE = /^(cuda-.*|libcudnn.*|libnccl.*|nvidia-.*|libcublas.*|tensorrt.*)$/;
const GPU_ENV = ['NVIDIA_VISIBLE_DEVICES', 'NVIDIA_DRIVER_CAPABILITIES', 'TORCH_CUDA_ARCH_LIST', 'CUDA_HOME', 'CUDA_VISIBLE_DEVICES', 'CUDA_PATH'];

/** `torch==2.4.0+cpu` → { name: 'torch', local: 'cpu' }; null for words that are not a plain requirement. */
function requirement(word: Word): { name: string; local: string | null } | null {
  if (!word.literal) return null;
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/.exec(word.value.trim());
  if (!m || m[3]!.includes('://') || m[3]!.startsWith('@')) return null;
  const local = /\+([A-Za-z0-9.]+)/.exec(m[3]!);
  return { name: m[1]!.toLowerCase().replace(/_/g, '-'), local: local ? local[1]!.toLowerCase() : null };
}


/**
 * A torch wheel named by URL or path (`https://download.pytorch.org/whl/cpu/torch-1.0.0-cp36-cp36m-linux_x86_64.whl`)
 * or a direct reference (`torch @ https://…`): an explicit torch install, whose build the wheel picks.
 */
function torchByReference(word: Word): boolean {
  if (!word.literal) return false;
  const value = word.value.trim();
  return /^torch\s*(\[[^\]]*\])?\s*@/i.test(value) || /(^|\/)torch-[^/]*\.whl$/i.test(value);
}

/** Stages with GPU-only packages (pip or apt), computed once per file. */
/** `torch==X` (exactly one version), or null. */
function pinnedTorch(words: readonly Word[]): { word: Word; version: string } | null {
  for (const word of words) {
    const m = /^torch\s*==\s*(\d+\.\d+(?:\.\d+)?)$/.exec(word.value.trim());
    if (m) return { word, version: m[1]! };
  }
  return null;
}

/**
 * Plain PyPI torch on a GPU base: a CUDA build of another major than the base's (`torch==2.4.1` brings CUDA 12
 * libraries to a CUDA 11.8 image), or a torch other than the one a pytorch/pytorch base already has.
 */
function pypiBuildMismatch(torchWords: readonly Word[], base: ImageName, cuda: string | null, install: PipInstall): { word: Word; text: string } | null {
  const pinned = pinnedTorch(torchWords);
  if (!pinned || install.tool !== 'pip') return null;
  const shipped = isPytorchImage(base) && base.tag ? (parsePytorchTag(base.tag)?.torch ?? null) : null;
  if (shipped && shipped !== pinned.version && !shipped.startsWith(`${pinned.version}.`)) {
    return {
      word: pinned.word,
      text: `\`${base.familiar}:${base.tag}\` already has torch ${shipped}; \`${pinned.word.value}\` downloads and installs a second build over it (GBs in another layer); use the base image of torch ${pinned.version} instead.`,
    };
  }
  const wheel = pypiTorchCuda(pinned.version);
  if (!cuda || !wheel || wheel.split('.')[0] === cuda.split('.')[0]) return null;
  const fit = wheelVariantFor(cuda);
  const use = fit ? `add \`--index-url https://download.pytorch.org/whl/${fit}\`` : `use the wheel index for CUDA ${cuda.split('.')[0]}`;
  return {
    word: pinned.word,
    text: `\`${pinned.word.value}\` from PyPI is the CUDA ${wheel} build (it brings its own CUDA ${wheel.split('.')[0]} libraries) on the CUDA ${cuda} base \`${base.familiar}:${base.tag}\`: two CUDA stacks in the image, and extensions built with the base's nvcc will not match torch; ${use}.`,
  };
}

function gpuPackageStages(pip: readonly PipInstall[], apt: PackageInstall[]): Set<Stage> {
  const out = new Set<Stage>();
  for (const p of pip) {
    if (p.instruction.stage && p.packages.some((w) => w.literal && GPU_PACKAGE.test(w.value.split(/[<>=!~;\s]/)[0]!))) out.add(p.instruction.stage);
  }
  for (const a of apt) {
    if (a.instruction.stage && a.packages.some((w) => GPU_APT_PACKAGE.test(w.value.split('=')[0]!))) out.add(a.instruction.stage);
  }
  return out;
}

/** The image shows it is meant for a GPU: GPU env in force at the install, or GPU-only packages anywhere in its stages. */
function meantForGpu(gpuStages: ReadonlySet<Stage>, chain: Stage[], before: Instruction): boolean {
  const env = before.state.env;
  if (GPU_ENV.some((n) => env.has(n)) || /cuda|nvidia/i.test(env.get('LD_LIBRARY_PATH') ?? '')) return true;
  return chain.some((s) => gpuStages.has(s));
}

/** Index of the first instruction of a stage that configures the index another way, per tool (null: none). */
function firstIndexConfig(stage: Stage, tool: PipInstall['tool']): number | null {
  const configFile = tool === 'uv' ? /(^|\/)(pip\.conf|pip\.ini|uv\.toml|pyproject\.toml)$/ : /(^|\/)(pip\.conf|pip\.ini)$/;
  for (const i of stage.instructions) {
    if ((i.keyword === 'COPY' || i.keyword === 'ADD') && i.args.some((a) => configFile.test(a.value))) return i.index;
    const cmds = i.run?.script?.commands ?? [];
    if (cmds.some((c) => c.name !== null && /^pip\d*(\.\d+)?$/.test(c.name) && c.args[0]?.value === 'config')) return i.index;
  }
  return null;
}

/** Some earlier step configures the index another way: `pip config set`, a copied pip.conf, or (for uv) uv.toml / pyproject.toml. */
function configuredElsewhere(firstConfig: (stage: Stage) => number | null, chain: Stage[], before: Instruction): boolean {
  return chain.some((stage) => {
    const first = firstConfig(stage);
    return first !== null && (stage !== before.stage || first < before.index);
  });
}

function isCpuBase(image: ImageName): boolean {
  if (isAcceleratorImage(image)) return false;
  return isOfficialImage(image) || CPU_BASES.some((g) => matchesImageGlob(image, g));
}

/** The index URLs this install reads (options, then the environment); `unknown` when one cannot be resolved. */
function indexUrls(install: PipInstall): { urls: string[]; word: Word | null; unknown: boolean } {
  const urls: string[] = [];
  let word: Word | null = null;
  let unknown = false;
  for (const o of install.options) {
    if (o.name === '--torch-backend') unknown = true;
    if (!INDEX_OPTIONS.includes(o.name)) continue;
    const value = o.value === null ? null : processWord(o.value, install.instruction.state.env);
    if (value === null || value.unresolved.length) unknown = true;
    else urls.push(value.value);
    word ??= o.word;
  }
  const env = install.instruction.state.env;
  const assigned = new Map(install.command.assignments.map((a) => [a.name, a.value]));
  for (const name of [...INDEX_ENV, ...CHOOSER_ENV]) {
    const has = assigned.has(name) || env.has(name);
    if (!has) continue;
    const value = assigned.get(name) ?? env.get(name);
    if (CHOOSER_ENV.includes(name) || value === undefined || value.includes('$')) unknown = true;
    else urls.push(...value.split(/\s+/).filter(Boolean));
  }
  return { urls, word, unknown };
}

export default defineRule({
  meta: {
    id: 'torch-wheel-variant',
    category: 'size',
    severity: 'info',
    preset: 'recommended',
    description: '`pip install torch` that pulls the wrong build: the CUDA build from PyPI on a CPU base, or a `cuXYZ` wheel index for another CUDA major than the base image.',
    docs: {
      why:
        'On Linux x86_64, `pip install torch` from PyPI installs the CUDA build, which depends on `nvidia-*` wheels of about 2.5 GB (cuBLAS, cuDNN, NCCL, …); the CPU build is about 200 MB. On a CPU-only base (`python`, `debian`, `ubuntu`, conda, distroless) that is gigabytes of libraries the container never loads, unless it is meant to run on a GPU with the CUDA libraries from pip, which is a valid design (the rule stays silent when the image shows it: GPU-only packages such as `flash-attn`, `vllm`, `xformers` or `nvidia-*`, CUDA apt packages, `NVIDIA_VISIBLE_DEVICES`/`TORCH_CUDA_ARCH_LIST`). For CPU images install from PyTorch\'s CPU index: `pip install torch --index-url https://download.pytorch.org/whl/cpu`, before any `-r requirements.txt` that would pull torch from PyPI.\n\nOn a CUDA base image, a wheel index for another CUDA major (`whl/cu118` on `nvidia/cuda:12.4.1-…`) installs a second CUDA stack inside torch, and CUDA extensions compiled with the base\'s `nvcc` do not match torch\'s CUDA. Use the index that matches the base (`whl/cu124`).\n\nNot reported: installs with their own index (`--index-url`, `--extra-index-url`, `-f`, `PIP_INDEX_URL`/`PIP_EXTRA_INDEX_URL`/`UV_*` env, `pip config set`, a copied `pip.conf`), pins with a local version (`torch==2.4.0+cpu`), uv\'s `--torch-backend`, bases the linter cannot classify, arm64-only stages (PyPI\'s aarch64 torch is the CPU build), and installs of torchvision or torchaudio without torch that use `--no-deps` or follow an explicit torch install of the stage, by name or by wheel URL or file (`pip install https://download.pytorch.org/whl/cpu/torch-1.0.0-cp36-cp36m-linux_x86_64.whl`) (the `nvidia-*` wheels come in as torch\'s dependencies; their own CUDA builds are a few MB). A torch that an earlier install of a local project brought as a dependency is not known, so a later torchvision is still reported. `pip install --no-deps torch` is still reported: the CUDA build\'s own wheel is about 0.9 GB, the CPU build\'s about 0.2 GB.',
      bad: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir torch==2.5.1\n\nFROM nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04\nRUN pip install --no-cache-dir torch==2.5.1 --index-url https://download.pytorch.org/whl/cu118',
      good: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir torch==2.5.1 --index-url https://download.pytorch.org/whl/cpu\n\nFROM nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04\nRUN pip install --no-cache-dir torch==2.5.1 --index-url https://download.pytorch.org/whl/cu124',
    },
    fixable: false,
    covers: [],
  },
  check({ model, report }) {
    // Facts about whole stages are computed once, not again for every torch install.
    const pip = pipInstalls(model);
    const gpuStages = gpuPackageStages(pip, aptInstalls(model));
    const configCache = new Map<string, number | null>();
    const firstConfig = (tool: PipInstall['tool']) => (stage: Stage): number | null => {
      const key = `${tool}:${stage.index}`;
      if (!configCache.has(key)) configCache.set(key, firstIndexConfig(stage, tool));
      return configCache.get(key)!;
    };
    // Stages where an install so far named torch itself (installs come in file order).
    const torchStages = new Set<Stage>();
    for (const install of pip) {
      if (install.tool !== 'pip' && install.tool !== 'uv') continue;
      const stage = install.instruction.stage;
      const base = stage?.rootImage.name;
      if (!stage || !base) continue;
      const torchWords = install.packages.filter((w) => {
        const r = requirement(w);
        return r !== null && TORCH_PACKAGES.has(r.name);
      });
      // A torch wheel named in the same install is the torch torchvision's requirement takes.
      const wheel = install.packages.some(torchByReference);
      const torchBefore = wheel || stage.lineage.some((s) => torchStages.has(s));
      if (wheel || torchWords.some((w) => requirement(w)!.name === 'torch')) torchStages.add(stage);
      if (!torchWords.length) continue;
      // A local version (`+cpu`, `+cu121`) picks the build explicitly.
      if (torchWords.some((w) => requirement(w)!.local !== null)) continue;
      const { urls, word, unknown } = indexUrls(install);
      const chain = stage.lineage;
      const cuda = cudaVersionOf(base);
      const variant = urls.map(pytorchIndexVariant).find((v) => v !== null && wheelCudaMajor(v) !== null) ?? null;
      if (cuda && variant) {
        const major = Number(cuda.split('.')[0]);
        if (wheelCudaMajor(variant) !== major) {
          const fit = wheelVariantFor(cuda);
          const use = fit ? `use \`https://download.pytorch.org/whl/${fit}\`` : `use the wheel index for CUDA ${major}`;
          report({
            range: (word ?? torchWords[0]!).range,
            message: `The \`${variant}\` wheel index installs CUDA ${wheelCudaMajor(variant)} builds of torch on the CUDA ${cuda} base \`${stage.rootImage.resolved}\`: two CUDA stacks in the image, and extensions built with the base's nvcc will not match torch; ${use}.`,
          });
        }
        continue;
      }
      if (!urls.length && !unknown) {
        const mismatch = pypiBuildMismatch(torchWords, base, cuda, install);
        if (mismatch) {
          report({ range: mismatch.word.range, message: mismatch.text });
          continue;
        }
      }
      // `FROM ${BASE_IMAGE}`: CPU or GPU is chosen at build time, the default is only a default.
      if (urls.length || unknown || !isCpuBase(base) || stage.rootImage.raw.replace(/:[^/]*$/, '').includes('$')) continue;
      if (/arm64|aarch64/.test(stage.platform ?? '')) continue;
      if (configuredElsewhere(firstConfig(install.tool), chain, install.instruction) || meantForGpu(gpuStages, chain, install.instruction)) continue;
      // The `nvidia-*` wheels are torch's dependencies: `--no-deps` installs none, and then only torch's own wheel is
      // large (torchvision's and torchaudio's CUDA builds are a few MB).
      // torch installed by an earlier command of the stage is not pulled again by a later torchvision or torchaudio.
      const noDeps = hasOption(install, '--no-deps');
      const heavy = noDeps || torchBefore ? torchWords.filter((w) => requirement(w)!.name === 'torch') : torchWords;
      if (!heavy.length) continue;
      const first = heavy[0]!;
      const alone = heavy.length === install.packages.length;
      const how = alone
        ? 'add `--index-url https://download.pytorch.org/whl/cpu`'
        : 'install torch on its own first with `--index-url https://download.pytorch.org/whl/cpu`';
      const size = noDeps ? 'its own wheel is about 0.9 GB, the CPU build\'s about 0.2 GB; `--no-deps` only leaves out the `nvidia-*` wheels' : 'about 2.5 GB of `nvidia-*` wheels on x86_64';
      report({
        range: first.range,
        message: `\`${first.value}\` from PyPI is the CUDA build (${size}) and \`${stage.rootImage.resolved}\` is a CPU base; if the image runs on CPU, ${how}.`,
      });
    }
  },
});
