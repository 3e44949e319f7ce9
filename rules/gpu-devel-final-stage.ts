import { DEVEL_USES, develRuntimeCounterpart, RUNTIME_COMPILERS, type RuntimeCompiler } from '../src/knowledge/gpu-images.js';
import { ARTIFACT_BUILDERS, isDevelopmentImage } from '../src/knowledge/file-purpose.js';
import type { DockerfileModel, Stage } from '../src/model/types.js';
import { defineRule } from '../src/rule.js';
import { installReaches, packageInstalls, pipRequirement } from '../src/shell/installs.js';
import type { SimpleCommand } from '../src/shell/types.js';
import type { ReportDescriptor } from '../src/types.js';

export default defineRule({
  meta: {
    id: 'gpu-devel-final-stage',
    category: 'base-image',
    severity: 'warning',
    preset: 'recommended',
    description: 'The final stage is based on a CUDA or PyTorch `-devel` image.',
    docs: {
      why:
        '`-devel` GPU images add the CUDA compiler, headers, static libraries and debugging tools to the runtime: several GB that the running model never uses, and a larger attack surface. Compile (CUDA extensions, flash-attention, custom kernels) in a devel build stage, then copy the results into the matching `-runtime` image (`nvidia/cuda:<ver>-[cudnn-]runtime-<os>`, `pytorch/pytorch:<torch>-cuda<X.Y>-cudnn<N>-runtime`). The rule follows `FROM <stage>` chains to the image the final stage really runs on. Development, CI, debug and build-environment images, recognised by their file name or folder (`Dockerfile.dev`, `dev.Dockerfile`, `.devcontainer/Dockerfile`, `ci/Dockerfile`, `.ci/docker/ubuntu/Dockerfile`, `Dockerfile.build`, `Dockerfile.debug`) or their content (`sshd`, a test runner or a debugger as the command, `openssh-server`/`pdsh` installed: interactive and multi-node development hosts; debuggers such as `gdb`/`strace` installed; a bare shell as the command (or none of its own on a base whose default is a shell, such as `nvidia/cuda`) with test tooling installed (`pytest`, or a package\'s `test`/`testing`/`dev` extra): a CI runner; a build environment: build tools installed beyond a compiler, `cmake`, `ninja-build`, `ccache`, `devscripts`… (as packages, or their projects\' release downloads with curl or wget: Kitware\'s `cmake-3.20.6-linux-x86_64.tar.gz` or `.sh` installer, Ninja\'s `ninja-linux.zip`, Bazel\'s installer, Bazelisk), a conda package builder installed with conda, mamba or micromamba (`conda-build`, `boa`, `rattler-build`: ContinuumIO\'s anaconda-pkg-build images), or a toolchain base (`quay.io/pypa/manylinux*`, `musllinux*`, `dockcross/*`), nothing copied from the build context, nothing served and no command beyond a shell, the source being mounted and built inside, as in TensorRT\'s OSS build containers), or an image built only to make files with (' + ARTIFACT_BUILDERS + '), are not reported: they need the compilers. Neither is a file that publishes several images by `--target`, whose last stage, named as the devel variant (`devel`, `dev`, `sdk`), follows another stage no other stage uses, built on a runtime or base image: `runtime` and `devel` are both shipped, the devel one on purpose. Nor is an image that installs software compiling CUDA kernels with nvcc when it runs, or sets its environment variables: `ninja` (pip, or `ninja-build`: PyTorch\'s C++ extensions build just in time with ninja and nvcc), vLLM (`VLLM_*`), FlashInfer, DeepGEMM, TensorRT-LLM, DeepSpeed (also as the `deepspeed` extra of `accelerate` or `transformers`); the devel base is then deliberate. Software counts as installed when the final stage or a stage it is built on installs it, or when a Python install in another stage writes to an environment the final stage copies in (`COPY --from=build /opt/conda /opt/conda`, a virtualenv, `site-packages`, a `--prefix` or `--user` folder).',
      bad: 'FROM nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04\nRUN pip install --no-cache-dir torch==2.5.1 transformers==4.46.3\nCOPY serve.py /app/serve.py\nCMD ["python3", "/app/serve.py"]',
      good: 'FROM nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04 AS build\nRUN pip wheel --no-cache-dir --wheel-dir /wheels flash-attn==2.6.3\n\nFROM nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04\nCOPY --from=build /wheels /wheels\nRUN pip install --no-cache-dir /wheels/*.whl\nCMD ["python3", "serve.py"]',
      fixSafety:
        'Unsafe: the image loses the CUDA compiler, headers and static libraries, so anything that compiles at build time or when the container runs fails, and the runtime image may lack tools the devel one carried. Only the simplest shape is fixed: a single-stage Dockerfile whose `FROM` names the devel tag literally, with no sign of compiling after it: no compiler or build tool (`nvcc`, `gcc`, `make`, `cmake`, `ninja`, `cargo`…), no `-dev` or compiler packages installed, no `pip`/`uv pip` install of a local path, VCS URL, source archive, requirements file, `--no-binary`, or a package that builds or JIT-compiles CUDA code (flash-attn, apex, xformers, deepspeed, flashinfer, mamba-ssm…), no `setup.py`, `pip wheel` or shell script run, and no variable that configures a CUDA build (`TORCH_CUDA_ARCH_LIST`…). The `FROM` then names the matching `-runtime` tag.',
    },
    fixable: true,
    fixKind: 'unsafe',
    covers: [],
  },
  check({ model, report }) {
    // Development, CI and build-environment images need the compilers they carry.
    if (isDevelopmentImage(model)) return;
    const final = model.finalStage;
    const root = final?.rootImage.name;
    if (!final || !root) return;
    const runtime = develRuntimeCounterpart(root);
    if (!runtime || develIsOneOfSeveralTargets(model, final) || compilesWhenRunning(model, final)) return;
    const via = final.parent ? ` (through stage \`${final.image.raw}\`)` : '';
    report({
      range: final.image.range,
      message: `The final image is based on the devel image \`${final.rootImage.raw}\`${via}, which carries the CUDA compiler and headers (several GB); build in a devel stage and ship from ${runtime.tag ? `\`${root.familiar}:${runtime.tag}\`` : 'the matching `-runtime` image of a supported release'}.`,
      ...(runtime.tag ? runtimeFix(model, final, runtime.tag) : {}),
    });
  },
});

/**
 * The final image installs, or configures through its environment, software that compiles CUDA kernels when it runs
 * (RUNTIME_COMPILERS: ninja for PyTorch's extensions, vLLM, FlashInfer, DeepGEMM, TensorRT-LLM, DeepSpeed): it needs nvcc.
 * A Python environment installed in another stage and copied in counts (installReaches).
 */
function compilesWhenRunning(model: DockerfileModel, final: Stage): boolean {
  const installed = (tool: 'pip' | 'apt' | 'rpm', compiler: RuntimeCompiler): boolean =>
    (tool === 'pip' ? ['pip', 'uv'] : [tool]).some((t) =>
      packageInstalls(model, t).some((i) => installReaches(model, i, final) && i.packages.some((w) => installs(tool, w.value, compiler))),
    );
  const env = [...final.endState.envNames];
  return RUNTIME_COMPILERS.some(
    (c) => Object.keys(c.packages).some((tool) => installed(tool as 'pip' | 'apt' | 'rpm', c)) || (c.envPrefix !== undefined && env.some((n) => n.startsWith(c.envPrefix!))),
  );
}

/** The package word installs the compiler: by its name, or for pip as an extra of another project (`accelerate[deepspeed]`). */
function installs(tool: 'pip' | 'apt' | 'rpm', word: string, compiler: RuntimeCompiler): boolean {
  const names = compiler.packages[tool] ?? [];
  if (tool !== 'pip') return names.includes(word.split(/[=<>]/)[0]!.toLowerCase());
  const { name, extras } = pipRequirement(word);
  return name !== null && (names.includes(name) || extras.some((e) => compiler.pipExtras?.[name]?.includes(e) === true));
}

const DEVEL_TARGET = /(^|[-_])(devel|dev|development|sdk)([-_]|$)/i;

/**
 * The file publishes several images with `--target` (stages no other stage uses), and the last one, a stage named as
 * the devel variant, follows one built on a runtime or base image: `runtime` then `devel`, both shipped on purpose.
 */
function develIsOneOfSeveralTargets(model: DockerfileModel, final: Stage): boolean {
  if (!DEVEL_TARGET.test(final.name ?? '')) return false;
  return model.stages.some((s) => s !== final && s.target && !s.rootImage.isScratch && !(s.rootImage.name && develRuntimeCounterpart(s.rootImage.name)));
}

/** A single-stage file that compiles nothing after its devel FROM ships from the runtime tag instead. */
function runtimeFix(model: DockerfileModel, final: Stage, runtime: string): Pick<ReportDescriptor, 'fix'> {
  const { raw, resolved, name } = final.image;
  // The tag is replaced where it is written: not through a variable, a digest or a parent stage.
  if (model.stages.length !== 1 || raw !== resolved || !name?.tag || name.digest || !raw.endsWith(`:${name.tag}`)) return {};
  if ([...final.endState.envNames].some((n) => DEVEL_USES.env.has(n))) return {};
  for (const ins of final.instructions) {
    if (ins.keyword !== 'RUN') continue;
    if (!ins.script || ins.script.error || ins.script.commands.some(compiles)) return {};
  }
  const text = `${raw.slice(0, raw.length - name.tag.length)}${runtime}`;
  return { fix: { description: `Use \`${text}\``, edits: [{ range: final.image.range, text }], safe: false } };
}

const SOURCE_OPTIONS = ['-r', '--requirement', '-e', '--editable', '--no-binary', '--no-build-isolation'];

/** The command compiles (or installs something that compiles, now or when it runs). */
function compiles(cmd: SimpleCommand): boolean {
  const inv = cmd.invocation;
  if (cmd.argv.some((w) => w.value.endsWith('.sh'))) return true;
  if (inv.program !== null && DEVEL_USES.programs.has(inv.program)) return true;
  if (inv.tool === 'python' && inv.operands.some((w) => /(^|\/)setup\.py$/.test(w.value))) return true;
  if ((inv.tool === 'apt' || inv.tool === 'apk' || inv.tool === 'rpm') && /^(install|add)$/.test(inv.subcommand ?? '')) {
    return inv.operands.some((w) => DEVEL_USES.systemPackages.test(w.value.split('=')[0]!));
  }
  const pip = inv.tool === 'pip' ? inv.subcommand : inv.tool === 'uv' ? inv.subcommand?.replace(/^pip /, '') : null;
  if (pip === 'wheel' || inv.launchers.some((l) => l.endsWith(' -m')) && inv.program === 'build') return true;
  if (pip !== 'install') return false;
  if (inv.opaqueOptions || inv.options.some((o) => SOURCE_OPTIONS.includes(o.name))) return true;
  return inv.operands.some((w) => {
    if (!w.literal || /[/:]|^\.|\.(tar\.gz|zip|tgz)$/.test(w.value)) return true;
    const project = /^[A-Za-z0-9._-]+/.exec(w.value)?.[0].toLowerCase() ?? '';
    return DEVEL_USES.pythonPackages.has(project) || DEVEL_USES.pythonPackages.has(project.replace(/_/g, '-'));
  });
}
