import { develRuntimeCounterpart } from '../src/knowledge/gpu-images.js';
import { isDevelopmentDockerfile } from '../src/knowledge/file-purpose.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'gpu-devel-final-stage',
    category: 'base-image',
    severity: 'warning',
    preset: 'recommended',
    description: 'The final stage is based on a CUDA or PyTorch `-devel` image.',
    docs: {
      why:
        '`-devel` GPU images add the CUDA compiler, headers, static libraries and debugging tools to the runtime: several GB that the running model never uses, and a larger attack surface. Compile (CUDA extensions, flash-attention, custom kernels) in a devel build stage, then copy the results into the matching `-runtime` image (`nvidia/cuda:<ver>-[cudnn-]runtime-<os>`, `pytorch/pytorch:<torch>-cuda<X.Y>-cudnn<N>-runtime`). The rule follows `FROM <stage>` chains to the image the final stage really runs on. Development, CI and build-environment images, recognised by their file name or folder (`Dockerfile.dev`, `dev.Dockerfile`, `.devcontainer/Dockerfile`, `ci/Dockerfile`, `Dockerfile.build`), are not reported: they need the compilers.',
      bad: 'FROM nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04\nRUN pip install --no-cache-dir vllm==0.6.3\nCMD ["python3", "-m", "vllm.entrypoints.openai.api_server"]',
      good: 'FROM nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04 AS build\nRUN pip wheel --no-cache-dir --wheel-dir /wheels flash-attn==2.6.3\n\nFROM nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04\nCOPY --from=build /wheels /wheels\nRUN pip install --no-cache-dir /wheels/*.whl\nCMD ["python3", "serve.py"]',
    },
    fixable: false,
    covers: [],
  },
  check({ model, report }) {
    // Development, CI and build-environment images need the compilers they carry.
    if (isDevelopmentDockerfile(model.path)) return;
    const final = model.finalStage;
    const root = final?.rootImage.name;
    if (!final || !root) return;
    const runtime = develRuntimeCounterpart(root);
    if (!runtime) return;
    const via = final.parent ? ` (through stage \`${final.image.raw}\`)` : '';
    report({
      range: final.image.range,
      message: `The final image is based on the devel image \`${final.rootImage.raw}\`${via}, which carries the CUDA compiler and headers (several GB); build in a devel stage and ship from \`${root.familiar}:${runtime}\`.`,
    });
  },
});
