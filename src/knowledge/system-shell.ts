/**
 * Which distribution a base image is built on, and so which program `/bin/sh` is in it: it decides what the
 * default `RUN` shell understands (and which tools create users, src/knowledge/users.ts).
 * Debian and Ubuntu link it to dash, Alpine to BusyBox ash; neither does bash's brace expansion. The
 * Red Hat family (and Amazon Linux) and openSUSE/SLE link it to bash. Only images whose distribution is certain
 * are named. Windows images have no `/bin/sh`: callers check `Stage.windows` first.
 */
import type { ImageName } from '../model/image-ref.js';
import { isOfficialImage, matchesImageGlob, TRUSTED_PUBLISHERS } from './trusted-images.js';

export type SystemShell = 'dash' | 'busybox' | 'bash';

/** `debian` covers Ubuntu; `redhat` covers Fedora, CentOS, Rocky, Alma, Oracle, Amazon Linux and UBI. */
export type Distro = 'debian' | 'alpine' | 'busybox' | 'redhat';

const SHELL_OF: Record<Distro, SystemShell> = { debian: 'dash', alpine: 'busybox', busybox: 'busybox', redhat: 'bash' };

/** Docker Official Images whose default variant is Debian (or Ubuntu) based. */
const DEBIAN_DEFAULT = new Set([
  'debian', 'ubuntu', 'python', 'node', 'golang', 'ruby', 'rust', 'php', 'perl', 'buildpack-deps', 'gcc',
  'eclipse-temurin', 'julia', 'r-base', 'haskell', 'pypy', 'nginx', 'httpd', 'redis', 'postgres',
]);
/** Vendor images built on Ubuntu or Debian. */
const DEBIAN_VENDOR = [
  /^pytorch\/pytorch$/, /^tensorflow\/tensorflow$/, /^nvcr\.io\/nvidia\/(pytorch|tensorflow|tritonserver|nemo|jax)$/,
  /^continuumio\/(miniconda3?|anaconda3?)$/, /^condaforge\/(miniforge3|mambaforge)$/, /^mambaorg\/micromamba$/,
  /^(quay\.io\/)?jupyter\//, /^huggingface\/transformers-/,
];
const RED_HAT = [
  /^(centos|fedora|rockylinux|almalinux|amazonlinux|oraclelinux)$/, /^(rockylinux|almalinux)\//,
  /^registry\.access\.redhat\.com\/ubi/, /^redhat\/ubi/, /^quay\.io\/(centos|fedora)\//,
  /^opensuse\/(leap|tumbleweed)$/, /^registry\.suse\.com\//,
];
const DEBIAN_TAG = /(^|[-_.])(bookworm|bullseye|buster|stretch|trixie|jammy|focal|noble|bionic|xenial|ubuntu[0-9.]*|debian[0-9.]*)([-_.]|$)/;
const RED_HAT_TAG = /(^|[-_.])(ubi[0-9]*|rockylinux[0-9]*|centos[0-9]*|oraclelinux[0-9]*|amzn[0-9]*|fedora[0-9]*)([-_.]|$)/;

export function distroOf(image: ImageName): Distro | null {
  const byName = distroByName(image.familiar);
  // A tag naming a distribution picks the variant (`python:3.12-alpine`, `node:20-bookworm`); busybox is busybox.
  return byName === 'busybox' ? byName : (distroByTag((image.tag ?? '').toLowerCase()) ?? byName);
}

/** The distribution of an image named here for it, whatever its tag: official images and vendors' base images. */
function distroByName(name: string): Distro | null {
  if (name === 'busybox') return 'busybox';
  // Docker Hub's `alpine/` namespace (alpine/git, alpine/helm, alpine/curl) publishes tools built on Alpine.
  if (name === 'alpine' || name.startsWith('alpine/')) return 'alpine';
  if (RED_HAT.some((p) => p.test(name))) return 'redhat';
  if (DEBIAN_DEFAULT.has(name) || DEBIAN_VENDOR.some((p) => p.test(name))) return 'debian';
  return null;
}

function distroByTag(tag: string): Distro | null {
  if (/(^|[-_.])alpine/.test(tag)) return 'alpine';
  if (RED_HAT_TAG.test(tag)) return 'redhat';
  if (DEBIAN_TAG.test(tag)) return 'debian';
  return null;
}

/**
 * Trusted publishers whose images set a `SHELL` of their own, which the images built on them inherit: RAPIDS' CI
 * images (github.com/rapidsai/ci-imgs: `SHELL ["/bin/bash", "-euo", "pipefail", "-c"]` in ci-conda, ci-wheel and
 * citestwheel). NVIDIA's Triton server images run RUN under bash although they are Ubuntu-based: images built on
 * them use bash in plain RUNs and build (triton-inference-server's Dockerfile.sdk `source`s a script on
 * `tritonserver:*-py3-min`, NVIDIA-Merlin's released images `pushd`/`popd` on it), so their `/bin/sh` is not taken
 * for dash. Huawei Ascend's CANN images (github.com/Ascend/cann-container-image, `cann/<tag>/Dockerfile`:
 * `SHELL [ "/bin/bash", "-c" ]` in the final stage; vllm-ascend `source`s the toolkit's `set_env.sh` in plain RUNs on them),
 * also as published on AscendHub.
 */
const SETS_OWN_SHELL: readonly string[] = ['rapidsai/ci-*', 'nvcr.io/nvidia/tritonserver', 'quay.io/ascend/cann', 'ascendai/cann', 'swr.*.myhuaweicloud.com/ascendhub/cann'];

/**
 * The program a RUN's default `/bin/sh -c` runs, when certain. A distribution read only from the tag of a third-party
 * image (`rapidsai/ci-conda:…-ubuntu22.04`) tells what `/bin/sh` is, not which shell RUN uses: such an image may set a
 * `SHELL` of its own (rapidsai's sets bash), which the images built on it inherit. Official images and the trusted
 * publishers' base images leave it alone.
 */
export function systemShellOf(image: ImageName): SystemShell | null {
  const distro = distroOf(image);
  if (!distro) return null;
  if (SETS_OWN_SHELL.some((p) => matchesImageGlob(image, p))) return null;
  const leavesShell = distroByName(image.familiar) !== null || isOfficialImage(image) || TRUSTED_PUBLISHERS.some((p) => matchesImageGlob(image, p));
  return leavesShell ? SHELL_OF[distro] : null;
}

/**
 * POSIX's special builtins (XCU 2.14): a prefix assignment on one of them (`buildDeps='…' set -x`) stays in the shell
 * after it, unlike one on any other command, in every POSIX shell (dash, BusyBox ash, bash as `sh`); bash started as
 * bash scopes it to the command.
 */
export const SPECIAL_BUILTINS: ReadonlySet<string> = new Set([':', '.', 'break', 'continue', 'eval', 'exec', 'exit', 'export', 'readonly', 'return', 'set', 'shift', 'times', 'trap', 'unset']);
