/**
 * Tag grammars of GPU base images (nvidia/cuda, pytorch/pytorch, tensorflow/tensorflow, NGC, ROCm) and what the
 * rules ask about them: is this tag publishable, which tag was meant, is it a devel image, which CUDA it carries.
 * The facts (versions, cuDNN parts, OS suffixes, torch/CUDA pairs) live in ./generated (npm run knowledge:update).
 */
import type { ImageName } from '../model/image-ref.js';
import { CUDA_DELETED, CUDA_MINORS, CUDA_OSES, CUDNN_TAG_PARTS, type CudaMinor, SOURCE as CUDA_SOURCE } from './generated/cuda-tags.js';
import { PYPI_TORCH_CUDA, TORCH_CUDA_WHEEL_VARIANTS, TORCH_RELEASES, type TorchRelease } from './generated/pytorch-tags.js';
import { compareVersions } from './versions.js';

export interface TagProblem {
  /** `error`: the tag cannot exist (the pull fails); `warning`: it exists but should not be used. */
  severity: 'error' | 'warning';
  /** Why the tag cannot exist (errors) or what is wrong with it (warnings): one clause, offending part in backticks. */
  problem: string;
  /** The nearest valid tag, when one can be named. */
  suggestion: string | null;
  /** Other valid tags close to what was written. */
  alternatives?: string[];
  /** The suggestion only shows the shape of a good tag (the linter cannot know which release was meant). */
  example?: boolean;
  /**
   * The tag to write in place of this one, when the suggestion is the one clearly meant: it changes only what is
   * wrong and keeps every choice the tag made (CUDA line, cuDNN, flavour, OS). Absent for examples, guesses among
   * several valid tags, and choices the tag did not make (a missing flavour or OS).
   */
  replacement?: string;
}

// -------------------------------------------------------------------------------------------------------------
// Versions


/** `v` within [from, to], where a two-part bound covers every patch of that minor. */
function within(v: string, from: string | null, to: string | null): boolean {
  if (from && compareVersions(v, from) < 0) return false;
  if (to && compareVersions(v.split('.').slice(0, to.split('.').length).join('.'), to) > 0) return false;
  return true;
}

// -------------------------------------------------------------------------------------------------------------
// nvidia/cuda

const CUDA_IMAGES = new Set(['nvidia/cuda', 'nvcr.io/nvidia/cuda']);

export function isCudaImage(image: ImageName): boolean {
  return CUDA_IMAGES.has(image.familiar);
}

export interface CudaTag {
  version: string;
  major: number;
  minor: number;
  patch: number | null;
  cudnn: string | null;
  /** `base`, `runtime`, `devel`, `tensorrt-runtime`, `tensorrt-devel`; null when missing. */
  flavour: string | null;
  os: string | null;
  /** Words that fit no part of the grammar. */
  unknown: string[];
}

const FLAVOURS = new Set(['base', 'runtime', 'devel']);

export function parseCudaTag(tag: string): CudaTag | null {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?(?:-(.*))?$/.exec(tag);
  if (!m) return null;
  const parsed: CudaTag = {
    version: m[3] === undefined ? `${m[1]}.${m[2]}` : `${m[1]}.${m[2]}.${m[3]}`,
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: m[3] === undefined ? null : Number(m[3]),
    cudnn: null,
    flavour: null,
    os: null,
    unknown: [],
  };
  const words = m[4] ? m[4].split('-') : [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (/^cudnn\d*$/.test(w) && parsed.cudnn === null && parsed.flavour === null) parsed.cudnn = w;
    else if (w === 'tensorrt' && FLAVOURS.has(words[i + 1] ?? '')) parsed.flavour = `tensorrt-${words[++i]}`;
    else if (FLAVOURS.has(w) && parsed.flavour === null) parsed.flavour = w;
    else if (i === words.length - 1 && /^[a-z]+\d+(\.\d+)?$/.test(w) && parsed.flavour !== null) parsed.os = w;
    else parsed.unknown.push(w);
  }
  return parsed;
}

const minorInfo = (major: number, minor: number): CudaMinor | undefined => CUDA_MINORS.find((m) => m.minor === `${major}.${minor}`);

/** The patch to use for a minor: NVIDIA's supported patch, else the newest seen on Docker Hub. */
function bestPatch(info: CudaMinor): string | null {
  return info.latest ?? info.published[info.published.length - 1] ?? null;
}

/** cuDNN tag parts published with a CUDA version (`cudnn8`, `cudnn9`, `cudnn`); empty when there were none. */
export function cudnnPartsFor(version: string): readonly string[] {
  let parts: readonly string[] = [];
  for (const rule of CUDNN_TAG_PARTS) if (within(version, rule.from, rule.to)) parts = rule.parts;
  return parts;
}

/** A newer minor of the same major (or a newer major) exists: a version above what is known cannot appear any more. */
/** The date of the CUDA tables, for messages that rest on them. */
const CUDA_DATA_DATE = /compiled (\d{4}-\d{2}-\d{2})/.exec(CUDA_SOURCE)?.[1] ?? 'unknown date';

function superseded(major: number, minor: number): boolean {
  return CUDA_MINORS.some((m) => {
    const [ma, mi] = m.minor.split('.').map(Number) as [number, number];
    return !m.neverReleased && (ma > major || (ma === major && mi > minor));
  });
}

// Ubuntu 22.04 images start with CUDA 11.7 (the OS list in the facts gives no lower bound for it).
function defaultOs(version: string): string {
  if (osAllows('ubuntu24.04', version)) return 'ubuntu24.04';
  return compareVersions(version, '11.7') >= 0 ? 'ubuntu22.04' : 'ubuntu20.04';
}

function osAllows(os: string, version: string): boolean {
  const info = CUDA_OSES.find((o) => o.os === os);
  return !!info && within(version, info.min, info.max);
}

/** A version (with patch) that exists for the minor the user meant, or null when the minor is unknown. */
function suggestVersion(tag: CudaTag): string | null {
  const info = minorInfo(tag.major, tag.minor);
  if (info && !info.neverReleased) {
    const keep = tag.patch !== null && info.published.includes(tag.version) && (info.latest === null || compareVersions(tag.version, info.latest) >= 0);
    return keep ? tag.version : bestPatch(info);
  }
  // An unreleased minor (12.7): the next one up.
  const next = CUDA_MINORS.filter((m) => !m.neverReleased && compareVersions(m.minor, `${tag.major}.${tag.minor}`) > 0 && m.minor.startsWith(`${tag.major}.`));
  return next.length ? bestPatch(next[0]!) : null;
}

/** The nearest valid tag for what the user wrote, keeping their cuDNN wish, flavour and OS where possible. */
function suggestCudaTag(tag: CudaTag): string | null {
  let version = suggestVersion(tag);
  if (!version) return null;
  let cudnn: string | null = null;
  if (tag.cudnn) {
    if (cudnnPartsFor(version).length === 0) {
      // No cuDNN images for this patch (12.4.0, 13.1.0): another patch of the same minor has them.
      const info = minorInfo(tag.major, tag.minor);
      const other = info?.published.filter((v) => cudnnPartsFor(v).length).pop();
      if (other) version = other;
    }
    const parts = cudnnPartsFor(version);
    cudnn = parts.includes(tag.cudnn) ? tag.cudnn : (parts[parts.length - 1] ?? null);
  }
  let flavour = tag.flavour ?? 'runtime';
  if (flavour.startsWith('tensorrt') && version !== '13.0.0') flavour = flavour.replace('tensorrt-', '');
  if (cudnn && flavour === 'base') flavour = 'runtime';
  const osKnown = tag.os && CUDA_OSES.some((o) => o.os === tag.os);
  const os = tag.os && osKnown && osAllows(tag.os, version) ? tag.os : defaultOs(version);
  return [version, cudnn, flavour, os].filter(Boolean).join('-');
}

/** Problems of an `nvidia/cuda` (or `nvcr.io/nvidia/cuda`) tag, most important first; null when it looks right. */
export function checkCudaTag(image: ImageName): TagProblem | null {
  const tag = image.tag;
  const newest = [...CUDA_MINORS].reverse().find((m) => m.latest && cudnnPartsFor(m.latest).length);
  const example = newest ? `${newest.latest}-${cudnnPartsFor(newest.latest!).at(-1)}-runtime-${defaultOs(newest.latest!)}` : null;
  if (tag === null || tag === 'latest') {
    return {
      severity: 'error',
      problem: `NVIDIA removed the \`latest\` tag${tag === null ? ', which a missing tag means' : ''}`,
      suggestion: example,
      example: true,
    };
  }
  const parsed = parseCudaTag(tag);
  if (!parsed) return { severity: 'error', problem: 'tags start with the full CUDA version', suggestion: example, example: true };
  const errors: string[] = [];
  let warning: string | null = null;
  // A version the tables cannot know: no older tag is offered in its place.
  let beyondData = false;
  const info = minorInfo(parsed.major, parsed.minor);
  const minor = `${parsed.major}.${parsed.minor}`;
  if (parsed.major < 11 || CUDA_DELETED.minors.includes(minor as never)) {
    errors.push(`CUDA ${minor} images were deleted from Docker Hub as end-of-life`);
  } else if (parsed.patch === null) {
    errors.push(`two-part versions such as \`${parsed.version}\` were deleted`);
  } else if (info?.neverReleased) {
    errors.push(`CUDA ${minor} was never released`);
  } else if (!info) {
    // A minor the tables do not list, below the newest they know: NVIDIA may publish late, so not an error.
    beyondData = superseded(parsed.major, parsed.minor);
    if (beyondData) warning = `CUDA ${minor} is not in dlint's CUDA tables (data of ${CUDA_DATA_DATE}); check that the tag exists`;
  } else if (info.deleted.includes(parsed.version) || CUDA_DELETED.versions.includes(parsed.version as never)) {
    errors.push(`CUDA ${parsed.version} images were deleted from Docker Hub as end-of-life`);
  } else if (!info.published.includes(parsed.version)) {
    const top = info.published[info.published.length - 1];
    if (top && compareVersions(parsed.version, top) > 0) {
      // A patch newer than the tables know: NVIDIA publishes patch images on Docker Hub alone, and after the data's
      // date (12.9.2, 13.0.3 in 2026), so it may well exist; nothing is said, nor an older tag offered.
      beyondData = true;
    } else if (info.latest && compareVersions(parsed.version, info.latest) < 0) {
      warning = `CUDA ${parsed.version} is end-of-life (superseded by ${info.latest}) and its tags are deleted or due for deletion`;
    }
  } else if (info.latest && compareVersions(parsed.version, info.latest) < 0) {
    warning = `CUDA ${parsed.version} is end-of-life (superseded by ${info.latest}) and NVIDIA deletes such tags without notice`;
  } else if (info.eol === 'overdue') {
    warning = `CUDA ${minor} is end-of-life and NVIDIA's deletion of its tags is overdue; move to a supported CUDA release`;
  }
  const versionKnown = parsed.patch !== null && parsed.major >= 11;
  if (!errors.length && versionKnown) errors.push(...suffixProblems(parsed));
  const suggestion = suggestCudaTag(parsed);
  // Only the version moves, within the same CUDA minor (the supported patch of that line): the rest is as written.
  const rest = tag.slice(parsed.version.length);
  const sameLine = (s: string | null): boolean => !!s && s !== tag && s.startsWith(`${minor}.`) && s.slice(s.indexOf('-')) === rest && rest.startsWith('-');
  if (errors.length) return { severity: 'error', problem: errors[0]!, suggestion, ...(sameLine(suggestion) ? { replacement: suggestion! } : {}) };
  if (warning) {
    const offered = suggestion === tag || beyondData ? null : suggestion;
    return { severity: 'warning', problem: warning, suggestion: offered, ...(sameLine(offered) ? { replacement: offered! } : {}) };
  }
  return null;
}

function suffixProblems(tag: CudaTag): string[] {
  const out: string[] = [];
  if (tag.unknown.length) out.push(`\`${tag.unknown.join('-')}\` is not part of the tag grammar (\`<version>-[cudnn-]<base|runtime|devel>-<os>\`)`);
  if (tag.flavour === null) out.push('it names no flavour (`base`, `runtime` or `devel`) and OS');
  else if (tag.flavour.startsWith('tensorrt') && tag.version !== '13.0.0') out.push('TensorRT images exist only for CUDA 13.0.0');
  if (tag.cudnn) {
    const parts = cudnnPartsFor(tag.version);
    if (tag.flavour === 'base') out.push('there is no `cudnn-base` flavour (cuDNN comes with `runtime` or `devel`)');
    else if (parts.length === 0) out.push(`CUDA ${tag.version} has no cuDNN images`);
    else if (!parts.includes(tag.cudnn)) out.push(`CUDA ${tag.version} images name cuDNN as \`${parts[parts.length - 1]}\`, not \`${tag.cudnn}\``);
  }
  if (tag.flavour !== null && tag.os === null && !tag.unknown.length) out.push('it has no OS suffix (`-ubuntu22.04`, `-ubuntu24.04`, `-ubi9`, …)');
  if (tag.os) {
    const os = CUDA_OSES.find((o) => o.os === tag.os);
    if (!os) out.push(`\`${tag.os}\` is not an OS NVIDIA publishes CUDA images for`);
    else if (!os.uncertain && !within(tag.version, os.min, os.max)) out.push(`there are no \`${tag.os}\` images for CUDA ${tag.version}`);
  }
  return out;
}

// -------------------------------------------------------------------------------------------------------------
// pytorch/pytorch

const PYTORCH_IMAGES = new Set(['pytorch/pytorch', 'ghcr.io/pytorch/pytorch']);

export function isPytorchImage(image: ImageName): boolean {
  return PYTORCH_IMAGES.has(image.familiar);
}

export interface PytorchTag {
  torch: string;
  cuda: string | null;
  cudnn: string | null;
  flavour: string | null;
  unknown: string[];
}

export function parsePytorchTag(tag: string): PytorchTag | null {
  const m = /^(\d+\.\d+(?:\.\d+)?)(?:-(.*))?$/.exec(tag);
  if (!m) return null;
  const out: PytorchTag = { torch: m[1]!, cuda: null, cudnn: null, flavour: null, unknown: [] };
  for (const w of m[2] ? m[2].split('-') : []) {
    const cuda = /^cuda(\d+(?:\.\d+)*)$/.exec(w);
    const cudnn = /^cudnn(\d+(?:\.\d+)*)$/.exec(w);
    if (cuda && out.cuda === null) out.cuda = cuda[1]!;
    else if (cudnn && out.cudnn === null) out.cudnn = cudnn[1]!;
    else if ((w === 'runtime' || w === 'devel') && out.flavour === null) out.flavour = w;
    else out.unknown.push(w);
  }
  return out;
}

function torchRelease(version: string): TorchRelease | undefined {
  const minor = version.split('.').slice(0, 2).join('.');
  return TORCH_RELEASES.find((r) => r.minor === minor);
}

/** Valid tags of a torch release, the one nearest the user's CUDA first. */
function pytorchTags(release: TorchRelease, tag: PytorchTag): string[] {
  const version = tag.torch.split('.').length === 3 ? tag.torch : (release.versions[0] ?? `${release.minor}.0`);
  const want = tag.cuda ? Number(tag.cuda.split('.').slice(0, 2).join('.')) : Infinity;
  const cudas = [...release.cuda].sort((a, b) => Math.abs(Number(a) - want) - Math.abs(Number(b) - want) || compareVersions(b, a));
  return cudas.map((c) => `${version}-cuda${c}-cudnn${release.cudnn[0]}-${tag.flavour ?? 'runtime'}`);
}

export function checkPytorchTag(image: ImageName): TagProblem | null {
  const parsed = image.tag ? parsePytorchTag(image.tag) : null;
  // `latest`, nightly and other named tags exist; torch 1.x tags had other shapes (`1.4-cuda10.1-cudnn7-runtime`).
  if (!parsed || Number(parsed.torch.split('.')[0]) < 2) return null;
  // CPU builds are tagged `<torch>-runtime`.
  if (!parsed.cuda && !parsed.cudnn && parsed.flavour && !parsed.unknown.length && parsed.torch.split('.').length === 3) return null;
  const release = torchRelease(parsed.torch);
  const problems: string[] = [];
  if (parsed.torch.split('.').length !== 3) problems.push(`torch versions are written in full (\`${release?.versions[0] ?? `${parsed.torch}.0`}\`, not \`${parsed.torch}\`)`);
  if (parsed.unknown.length) problems.push(`\`${parsed.unknown.join('-')}\` is not part of the tag grammar (\`<torch>-cuda<X.Y>-cudnn<N>-<runtime|devel>\`)`);
  if (parsed.cuda && parsed.cuda.split('.').length !== 2) problems.push(`the CUDA part is major.minor (\`cuda${parsed.cuda.split('.').slice(0, 2).join('.')}\`)`);
  if (release) {
    const cuda = parsed.cuda?.split('.').slice(0, 2).join('.');
    if (cuda && !release.cuda.includes(cuda) && !release.cudaUncertain.includes(cuda)) {
      problems.push(`torch ${release.minor} images were built for CUDA ${release.cuda.join(', ')}, not ${cuda}`);
    }
    if (parsed.cudnn && !release.cudnn.includes(parsed.cudnn)) problems.push(`torch ${release.minor} images carry \`cudnn${release.cudnn.join('`/`cudnn')}\`, not \`cudnn${parsed.cudnn}\``);
  }
  if (parsed.cuda && !parsed.cudnn) problems.push('it has no `cudnn<N>` part');
  if (!parsed.flavour) problems.push('it names no flavour (`-runtime` or `-devel`)');
  if (!problems.length) return null;
  const [suggestion, ...alternatives] = release ? pytorchTags(release, parsed) : [];
  // The one tag meant: the CUDA written is one this release was built for, the flavour is written, and the torch
  // patch and cuDNN are either written or the only ones of the release.
  const cuda = parsed.cuda?.split('.').slice(0, 2).join('.');
  const clear =
    release && suggestion && cuda && release.cuda.includes(cuda) && parsed.flavour && !parsed.unknown.length &&
    (parsed.torch.split('.').length === 3 || release.versions.length === 1) &&
    (release.cudnn.length === 1 || parsed.cudnn === release.cudnn[0]);
  return { severity: 'error', problem: problems[0]!, suggestion: suggestion ?? null, alternatives, ...(clear ? { replacement: suggestion } : {}) };
}

// -------------------------------------------------------------------------------------------------------------
// tensorflow/tensorflow, NGC

/** A GPU tag of tensorflow/tensorflow that moves (`latest-gpu`, `nightly-gpu`, `devel-gpu`): null when versioned. */
export function checkTensorflowTag(image: ImageName): TagProblem | null {
  if (image.familiar !== 'tensorflow/tensorflow' || !image.tag) return null;
  const words = image.tag.split('-');
  if (!words.includes('gpu') || /^\d+\.\d+/.test(words[0]!)) return null;
  const rest = words.filter((w) => !['latest', 'nightly', 'devel'].includes(w)).join('-');
  return {
    severity: 'warning',
    problem: 'the tag is not versioned, so it moves to a new TensorFlow and CUDA release without notice',
    suggestion: `2.16.1-${rest}`,
    example: true,
  };
}

/**
 * The variants NGC framework images publish after their `<YY.MM>` release, per image. Sources (data/knowledge/gpu-facts.md
 * section 5): the NVIDIA PyTorch, TensorFlow and TensorRT container release notes (docs.nvidia.com/deeplearning/frameworks,
 * "Container image `20.03-tf1-py3` and `20.03-tf2-py3`", "`19.02-py2` contains Python 2.7"), NVIDIA/tensorflow's
 * releases (`23.03-tf1-py3`, the last TF1 tag), Triton's compatibility matrix (`25.12-trtllm-python-py3`) and the NGC
 * catalog tag lists (`-py3-sdk`, `-py3-min`, `-py3-igpu` for Jetson/IGX integrated GPUs, `-vllm-python-py3`,
 * `-pyt-python-py3`, `-cpu-only-py3`).
 */
export const NGC_TAG_VARIANTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['nvcr.io/nvidia/pytorch', ['py3', 'py3-igpu', 'py2']],
  ['nvcr.io/nvidia/tensorflow', ['tf2-py3', 'tf1-py3', 'tf2-py3-igpu', 'py3', 'py2']],
  ['nvcr.io/nvidia/tritonserver', ['py3', 'py3-sdk', 'py3-min', 'py3-igpu', 'py3-igpu-sdk', 'py3-igpu-min', 'trtllm-python-py3', 'vllm-python-py3', 'pyt-python-py3', 'cpu-only-py3']],
  ['nvcr.io/nvidia/tensorrt', ['py3', 'py3-igpu']],
]);

/**
 * Variants NGC published up to a release and then renamed, per image. Triton's client SDK image was `-py3-clientsdk`
 * through 20.11 and `-py3-sdk` from 20.12 (triton-inference-server/server pull requests #2298 and #2351: "the master
 * branch tracks the upcoming release (r20.12), where the container will be renamed to *-sdk").
 */
export const NGC_RENAMED_VARIANTS: ReadonlyMap<string, readonly { variant: string; until: string; renamed: string }[]> = new Map([
  ['nvcr.io/nvidia/tritonserver', [{ variant: 'py3-clientsdk', until: '20.11', renamed: 'py3-sdk' }]],
]);

/** The closest published variant: the one sharing the longest run of words with what was written. */
function nearestVariant(written: string, variants: readonly string[]): string {
  const words = new Set(written.split('-'));
  const score = (v: string): number => v.split('-').filter((w) => words.has(w)).length * 10 - Math.abs(v.length - written.length) / 100;
  return [...variants].sort((x, y) => score(y) - score(x))[0]!;
}

/** NGC framework images are tagged `<YY.MM>-<variant>` (`24.05-py3`, `24.05-tf2-py3`): a tag without the release month floats or does not exist. */
export function checkNgcTag(image: ImageName): TagProblem | null {
  const variants = NGC_TAG_VARIANTS.get(image.familiar);
  if (!variants) return null;
  const tag = image.tag;
  const m = tag ? /^(\d{2})\.(\d{2})(?:\.\d+)?(?:-(.*))?$/.exec(tag) : null;
  const example = `<YY.MM>-${variants[0]}`;
  if (!m) {
    return {
      severity: 'warning',
      problem: `NGC framework images are published monthly as \`${example}\`, so ${tag ? `\`${tag}\`` : 'an untagged reference'} is not a release tag`,
      suggestion: image.repository === 'tensorflow' ? '25.02-tf2-py3' : '25.04-py3',
      example: true,
    };
  }
  if (Number(m[2]) < 1 || Number(m[2]) > 12) {
    return { severity: 'error', problem: `\`${m[1]}.${m[2]}\` is not a year and month`, suggestion: null };
  }
  const release = `${m[1]}.${m[2]}`;
  const variant = m[3];
  // Every NGC framework tag names its Python after the release: a bare `24.05` does not exist.
  if (variant === undefined) {
    return { severity: 'error', problem: `NGC tags name a variant after the release (\`${example}\`)`, suggestion: `${release}-${variants[0]}` };
  }
  if (variants.includes(variant)) return null;
  // `YY.MM` compares as text: both fields have two digits.
  const renamed = NGC_RENAMED_VARIANTS.get(image.familiar)?.find((r) => r.variant === variant);
  if (renamed) {
    if (release <= renamed.until) return null;
    return { severity: 'warning', problem: `\`-${variant}\` was renamed \`-${renamed.renamed}\` after ${renamed.until}, so the pull probably fails`, suggestion: `${release}-${renamed.renamed}` };
  }
  // A variant NGC may have added since the data was written: a warning, not an error.
  return {
    severity: 'warning',
    problem: `\`-${variant}\` is not a variant dlint knows for \`${image.familiar}\` (${variants.map((v) => `\`-${v}\``).join(', ')}), so the pull probably fails`,
    suggestion: `${release}-${nearestVariant(variant, variants)}`,
  };
}

// -------------------------------------------------------------------------------------------------------------
// What a base image carries

/**
 * The base ships a GPU stack (CUDA or ROCm libraries): CUDA and framework GPU images, NGC, AMD's `rocm/*` (whose
 * `rocm/pytorch` tags read `rocm<ROCm>_ubuntu<XX.YY>_py<X.Y>_pytorch_release_<torch>`, a grammar inferred from tags in
 * use, so not checked), GPU serving images, and any image whose tag names CUDA, ROCm or a GPU build.
 */
export function isAcceleratorImage(image: ImageName): boolean {
  const name = image.familiar;
  const tag = (image.tag ?? '').toLowerCase();
  if (isCudaImage(image) || /^nvidia\//.test(name) || /^nvcr\.io\//.test(name) || /^(docker\.io\/)?rocm\//.test(name)) return true;
  if (isPytorchImage(image)) return !/^\d+\.\d+(\.\d+)?-runtime$/.test(tag);
  if (/(^|[-_.])(cuda|cu\d{3}|rocm|gpu)/.test(tag)) return true;
  return /^(vllm\/|ghcr\.io\/huggingface\/text-generation-inference|huggingface\/transformers-.*gpu|nvcr\.io\/|lmsysorg\/sglang|ghcr\.io\/pytorch\/)/.test(name);
}

/** The CUDA version (`12.4`) a base image carries, when its tag says so. */
export function cudaVersionOf(image: ImageName): string | null {
  if (!image.tag) return null;
  if (isCudaImage(image)) {
    const t = parseCudaTag(image.tag);
    return t ? `${t.major}.${t.minor}` : null;
  }
  if (isPytorchImage(image)) {
    const t = parsePytorchTag(image.tag);
    return t?.cuda ? t.cuda.split('.').slice(0, 2).join('.') : null;
  }
  return null;
}

/** For a `-devel` CUDA or PyTorch image: the matching `-runtime` tag (null when none can be named); null when the image is not a devel image. */
export function develRuntimeCounterpart(image: ImageName): { tag: string | null } | null {
  const tag = image.tag;
  if (!tag) return null;
  if (isCudaImage(image)) {
    const t = parseCudaTag(tag);
    if (!t?.flavour?.endsWith('devel')) return null;
    return { tag: runtimeOf(tag, checkCudaTag(image), /(^|-)devel(-|$)/, '$1runtime$2') };
  }
  if (isPytorchImage(image)) return /-devel$/.test(tag) ? { tag: runtimeOf(tag, checkPytorchTag(image), /-devel$/, '-runtime') } : null;
  return null;
}

/**
 * The runtime tag of a devel tag, from the tag itself or the valid tag the check names instead; null when the check
 * finds a problem it can name no valid tag for (a release whose tags are deleted: its runtime tag is gone too).
 */
function runtimeOf(tag: string, problem: TagProblem | null, devel: RegExp, runtime: string): string | null {
  if (problem && (!problem.suggestion || problem.example)) return null;
  return validTag(tag, problem).replace(devel, runtime);
}

/**
 * What needs a devel image's CUDA compiler and headers after its FROM: compilers and build tools, system packages
 * that install them, Python packages that build CUDA extensions at install time or compile kernels when they run
 * (deepspeed ops, flashinfer, nvdiffrast), and variables that configure such builds.
 */
export const DEVEL_USES = {
  programs: new Set(['nvcc', 'gcc', 'g++', 'cc', 'c++', 'clang', 'clang++', 'make', 'cmake', 'ninja', 'meson', 'ld', 'cargo', 'rustc', 'go']),
  systemPackages: /^(build-essential|gcc|g\+\+|clang|make|cmake|ninja-build|cuda-.*|libcudnn.*-dev|.*-dev(el)?)$/,
  pythonPackages: new Set([
    'flash-attn', 'flash_attn', 'apex', 'xformers', 'deepspeed', 'mamba-ssm', 'causal-conv1d', 'auto-gptq', 'exllamav2', 'flashinfer',
    'flashinfer-python', 'nvdiffrast', 'tinycudann', 'pytorch3d', 'detectron2', 'torch-scatter', 'torch-sparse', 'torch-cluster',
    'spconv', 'minkowskiengine', 'kaolin', 'gsplat', 'diff-gaussian-rasterization', 'simple-knn', 'natten', 'apex-amp', 'megablocks',
    'grouped-gemm', 'transformer-engine', 'transformer_engine', 'nvidia-apex', 'fused-dense-lib', 'dropout-layer-norm',
  ]),
  env: new Set(['TORCH_CUDA_ARCH_LIST', 'TCNN_CUDA_ARCHITECTURES', 'FORCE_CUDA', 'CUDA_ARCHITECTURES', 'CMAKE_CUDA_ARCHITECTURES', 'MAX_JOBS', 'DS_BUILD_OPS']),
};

/** Software that compiles CUDA kernels with nvcc when the image runs: installed in the final image, it makes the devel base deliberate. */
export interface RuntimeCompiler {
  /** Packages, by the installer that installs them (`pip` also covers `uv pip`). */
  packages: Partial<Record<'pip' | 'apt' | 'rpm', readonly string[]>>;
  /** Extras of other Python projects that install it (`accelerate[deepspeed]`), by project. */
  pipExtras?: Readonly<Record<string, readonly string[]>>;
  /** Prefix of the environment variables that configure it: an image setting one runs it. */
  envPrefix?: string;
  source: string;
}

export const RUNTIME_COMPILERS: readonly RuntimeCompiler[] = [
  {
    packages: { pip: ['ninja'], apt: ['ninja-build'], rpm: ['ninja-build'] },
    source: 'https://pytorch.org/docs/stable/cpp_extension.html (torch.utils.cpp_extension.load builds extensions just in time with ninja and nvcc)',
  },
  {
    packages: { pip: ['vllm'] },
    envPrefix: 'VLLM_',
    source: "vLLM's docker/Dockerfile ships its vllm-base image FROM nvidia/cuda:<ver>-devel (\"Restore to base image after FlashInfer AOT wheel fixed\"): FlashInfer kernels compile when it runs",
  },
  {
    packages: { pip: ['flashinfer', 'flashinfer-python'] },
    source: 'https://docs.flashinfer.ai/installation.html (the flashinfer-python package compiles its kernels just in time on first use, with the CUDA toolkit)',
  },
  {
    packages: { pip: ['deep-gemm'] },
    source: 'https://github.com/deepseek-ai/DeepGEMM (README, "Fully JIT design": all kernels are compiled at runtime, none at installation)',
  },
  {
    packages: { pip: ['tensorrt-llm'] },
    source: "https://github.com/NVIDIA/TensorRT-LLM docker/Dockerfile.multi (`FROM ${DEVEL_IMAGE} AS release`: NVIDIA ships TensorRT-LLM on its devel stage)",
  },
  {
    packages: { pip: ['deepspeed'] },
    // Both projects' `deepspeed` extra requires deepspeed (their setup.py `extras["deepspeed"]`).
    pipExtras: { accelerate: ['deepspeed'], transformers: ['deepspeed'] },
    source: "https://www.deepspeed.ai/tutorials/advanced-install/ (by default DeepSpeed's C++/CUDA ops are built just in time at run time with torch's extension loader and ninja)",
  },
];

/** The tag as written, or the nearest good one when it cannot exist or is end-of-life. */
function validTag(tag: string, problem: TagProblem | null): string {
  return problem?.suggestion && !problem.example ? problem.suggestion : tag;
}

// -------------------------------------------------------------------------------------------------------------
// PyTorch wheel indexes

/** `https://download.pytorch.org/whl/[nightly/|test/]<variant>` → the variant (`cpu`, `cu121`, `rocm6.2`, `xpu`). */
export function pytorchIndexVariant(url: string): string | null {
  const m = /^https?:\/\/download\.pytorch\.org\/whl\/(?:(?:nightly|test)\/)?([a-z]+[\d.]*)\/?$/i.exec(url.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/** CUDA major of a `cuXYZ` wheel variant (`cu121` → 12, `cu118` → 11). */
export function wheelCudaMajor(variant: string): number | null {
  const m = /^cu(\d+)(\d)$/.exec(variant);
  return m ? Number(m[1]) : null;
}

/** The CUDA (`12.1`) of `torch==<version>` from PyPI on Linux x86_64; null when the facts do not confirm it. */
export function pypiTorchCuda(version: string): string | null {
  const hit = PYPI_TORCH_CUDA.find((e) => version === e.torch || (e.torch.split('.').length === 2 && version.startsWith(`${e.torch}.`)));
  return hit?.cuda ?? null;
}

/** The wheel variant to use on a CUDA base: the newest published one not newer than the base's CUDA. */
export function wheelVariantFor(cuda: string): string | null {
  const [major, minor] = cuda.split('.').map(Number) as [number, number];
  const same = TORCH_CUDA_WHEEL_VARIANTS.filter((v) => wheelCudaMajor(v) === major);
  const fit = same.filter((v) => Number(v.slice(-1)) <= minor);
  return fit[fit.length - 1] ?? same[0] ?? null;
}

/**
 * PyPI packages whose release wheels require one exact torch (`torch==2.7.1`): with torch pinned exactly in the same
 * install, pip can only pick the matching release, so they are pinned through it. From their build scripts:
 * pytorch/vision `setup.py` and pytorch/audio `setup.py` add `torch==<PYTORCH_VERSION>` to the requirements of a
 * release build (PyTorch's release matrix pairs each torch with one torchvision and one torchaudio, RELEASE.md).
 */
export const TORCH_LOCKSTEP_PACKAGES: ReadonlySet<string> = new Set(['torchvision', 'torchaudio']);
