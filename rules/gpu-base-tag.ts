import {
  checkCudaTag,
  checkNgcTag,
  checkPytorchTag,
  checkTensorflowTag,
  isCudaImage,
  isPytorchImage,
  type TagProblem,
} from '../src/knowledge/gpu-images.js';
import { retagBaseImage } from '../src/fix-edits.js';
import type { ImageName } from '../src/model/image-ref.js';
import { defineRule } from '../src/rule.js';

function problemOf(name: ImageName): TagProblem | null {
  if (name.digest) return null;
  if (isCudaImage(name)) return checkCudaTag(name);
  if (isPytorchImage(name)) return checkPytorchTag(name);
  return checkTensorflowTag(name) ?? checkNgcTag(name);
}

function message(name: ImageName, raw: string, p: TagProblem): string {
  const what = p.severity === 'error' ? `\`${raw}\` is not a published tag: ${p.problem}` : `\`${raw}\`: ${p.problem}`;
  if (!p.suggestion) return `${what}.`;
  const repo = name.familiar;
  if (p.example) return `${what}; pin a release tag such as \`${repo}:${p.suggestion}\`.`;
  const also = p.alternatives?.length ? ` (also ${p.alternatives.map((t) => `\`${t}\``).join(', ')})` : '';
  return p.severity === 'error' ? `${what}; did you mean \`${repo}:${p.suggestion}\`${also}?` : `${what}; use \`${repo}:${p.suggestion}\`${also}.`;
}

export default defineRule({
  meta: {
    id: 'gpu-base-tag',
    category: 'base-image',
    severity: 'warning',
    preset: 'recommended',
    description: 'GPU base image whose tag does not exist, is end-of-life, or floats (`nvidia/cuda`, `pytorch/pytorch`, `tensorflow/tensorflow`, NGC).',
    docs: {
      why:
        'GPU base tags follow strict grammars, and a tag that looks plausible often does not exist: `nvidia/cuda` has no `latest` and no two-part versions (`11.8-runtime` was deleted), its tags always end in an OS (`12.4.1-runtime-ubuntu22.04`), cuDNN is named `cudnn8` up to CUDA 12.2, `cudnn9` for 12.3.2 and plain `cudnn` from 12.4.1; `pytorch/pytorch` tags are `<torch X.Y.Z>-cuda<X.Y>-cudnn<N>-<runtime|devel>` and each torch release is built for only a few CUDA versions. Such a build fails at the first line (error). NVIDIA also deletes end-of-life CUDA images: every patch release superseded by a newer patch of the same minor, and whole minors past their deletion date; a tag that still pulls today can vanish without notice (warning). `tensorflow/tensorflow:latest-gpu` and NGC images without a `YY.MM` release move under you (warning). NGC framework tags are `<YY.MM>-<variant>`: a release without a variant (`nvcr.io/nvidia/pytorch:24.05`) does not exist (error); the variants are per image (`pytorch`: `-py3`, `-py3-igpu`; `tensorflow`: `-tf2-py3`, `-tf1-py3`, `-tf2-py3-igpu`; `tritonserver`: `-py3`, `-py3-sdk`, `-py3-min`, `-py3-igpu`, `-trtllm-python-py3`, `-vllm-python-py3`, `-pyt-python-py3`, …, and through 20.11 `-py3-clientsdk`, renamed `-py3-sdk` in 20.12; `tensorrt`: `-py3`, `-py3-igpu`), and one dlint does not know (`-py3-tf2`) is a warning naming the closest, since NGC adds variants.\n\nThe message names the nearest valid tag. The data (CUDA releases, cuDNN parts, OS suffixes, torch/CUDA pairs) ships with dlint and is refreshed with `npm run knowledge:update`; a version the data cannot know is never an error: a patch newer than the newest it lists for that CUDA minor is not reported (NVIDIA also publishes patch images on Docker Hub alone, such as 12.9.2 and 13.0.3 in 2026), a minor it does not list is a warning that names the data\'s date, and no older tag is offered in their place; errors are kept for tags that cannot exist by their shape or were deleted.',
      bad: 'FROM nvidia/cuda:12.1-runtime\nFROM nvidia/cuda:12.6.3-cudnn9-devel-ubuntu22.04\nFROM pytorch/pytorch:2.10-cuda12.1-cudnn8',
      good: 'FROM nvidia/cuda:12.1.1-runtime-ubuntu22.04\nFROM nvidia/cuda:12.6.3-cudnn-devel-ubuntu22.04\nFROM pytorch/pytorch:2.10.0-cuda12.6-cudnn9-runtime',
      fixSafety:
        'Unsafe, because the base image changes. The fix writes the suggested tag only when it is the one clearly meant and changes only what is wrong: for `nvidia/cuda`, the supported patch of the same CUDA minor with the cuDNN part, flavour and OS as written (`12.4.0-devel-ubuntu22.04` → `12.4.1-devel-ubuntu22.04`, `12.1-runtime-ubuntu22.04` → `12.1.1-runtime-ubuntu22.04`); for `pytorch/pytorch`, the published tag of the torch release for the CUDA written (`2.4.0-cuda12.1-cudnn8-runtime` → `2.4.0-cuda12.1-cudnn9-runtime`), when the flavour is written and the torch patch and cuDNN are written or the only ones of the release. No fix when the suggestion is an example (`latest`, NGC and TensorFlow tags), when it would choose a CUDA line, flavour or OS the tag did not name, when the data cannot know the version, for references with a digest or built from variables; a reference that is one global ARG (`FROM ${BASE}`) is fixed in the ARG\'s default, only when that ARG is declared once and read by nothing but such FROMs.',
    },
    fixable: true,
    fixKind: 'unsafe',
    covers: [],
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const { name, raw, range } = stage.image;
      if (!name) continue;
      const problem = problemOf(name);
      if (!problem) continue;
      const edit = problem.replacement ? retagBaseImage(model, stage, problem.replacement) : null;
      const fix = edit ? { fix: { description: `Use \`${name.familiar}:${problem.replacement}\``, edits: [edit], safe: false } } : {};
      report({ range, message: message(name, raw, problem), severity: problem.severity, ...fix });
    }
  },
});
