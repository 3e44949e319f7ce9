/**
 * Environment variables that base images set, for `undefined-var`. BuildKit reads the base image's
 * config, so `$PYTHON_VERSION` on `python:3.12` is defined; an offline linter cannot, so it allows the
 * names base images commonly set, plus the variables of the official images it knows, and stays
 * silent on other bases whose environment it cannot see.
 */
import type { ImageName } from '../model/image-ref.js';
import type { BaseImage } from '../model/types.js';
import { OFFICIAL_IMAGES } from './generated/official-images.js';

/** Set by common base images (docs of `undefined-var` list them); `*` ends a prefix. */
export const COMMON_IMAGE_VARIABLES: readonly string[] = [
  'PATH', 'HOME', 'HOSTNAME', 'SHELL', 'LANG', 'LANGUAGE', 'LC_*', 'TERM', 'TZ',
  'LD_LIBRARY_PATH', 'LIBRARY_PATH', 'PKG_CONFIG_PATH',
  'PYTHON_VERSION', 'PYTHON_SHA256', 'PYTHON_PIP_VERSION', 'PYTHON_SETUPTOOLS_VERSION', 'PYTHON_GET_PIP_URL',
  'PYTHON_GET_PIP_SHA256', 'PIP_*', 'GPG_KEY', 'GPG_KEYS', 'VIRTUAL_ENV',
  'NODE_VERSION', 'YARN_VERSION',
  'GOPATH', 'GOLANG_VERSION', 'GOTOOLCHAIN',
  'JAVA_HOME', 'JAVA_VERSION',
  'CUDA_*', 'NVIDIA_*', 'NV_*', 'NCCL_VERSION', 'CUDNN_VERSION',
  'CONDA_DIR', 'MAMBA_ROOT_PREFIX', 'MAMBA_USER', 'MAMBA_EXE', 'NB_USER', 'NB_UID', 'NB_GID',
];

/**
 * Official images whose variables do not start with the image's own name (`golang` sets `GOPATH`). postgres: the `ENV`
 * lines of every Dockerfile of docker-library/postgres (each version and variant, through its history): `PG_MAJOR`,
 * `PG_VERSION`, `PGDATA`, `GOSU_VERSION`, `LANG`, `PATH`, and in the Alpine variants `PG_SHA256`, `DOCKER_PG_LLVM_DEPS`
 * and, in older ones, `OSSP_UUID_VERSION` and `OSSP_UUID_SHA256`.
 */
const OFFICIAL_EXTRA: Readonly<Record<string, readonly string[]>> = {
  golang: ['GO*'],
  ruby: ['GEM_HOME', 'BUNDLE_*', 'LANG'],
  rust: ['RUSTUP_HOME', 'CARGO_HOME'],
  php: ['PHPIZE_DEPS'],
  postgres: ['PG_MAJOR', 'PG_VERSION', 'PG_SHA256', 'PGDATA', 'GOSU_VERSION', 'DOCKER_PG_LLVM_DEPS', 'OSSP_UUID_*'],
  mysql: ['GOSU_VERSION'],
  mariadb: ['GOSU_VERSION', 'MARIADB_*'],
  mongo: ['GOSU_VERSION', 'JSYAML_*'],
  redis: ['GOSU_VERSION'],
  nginx: ['NJS_*', 'PKG_RELEASE', 'DYNPKG_RELEASE'],
  tomcat: ['CATALINA_HOME'],
  erlang: ['OTP_*', 'REBAR3_*'],
  elixir: ['OTP_*'],
  haskell: ['GHC', 'CABAL_INSTALL', 'STACK'],
  dart: ['PUB_CACHE', 'DART_SDK'],
  maven: ['MAVEN_*'],
  gradle: ['GRADLE_*'],
  openjdk: ['JAVA_*'],
  'eclipse-temurin': ['JAVA_*'],
  amazoncorretto: ['JAVA_*'],
  'ibm-semeru-runtimes': ['JAVA_*'],
  sapmachine: ['JAVA_*'],
  'r-base': ['R_BASE_VERSION'],
  docker: ['DOCKER_*'],
  bash: ['_BASH_*'],
  clojure: ['LEIN_*', 'CLOJURE_*'],
};

const OFFICIAL = new Set(OFFICIAL_IMAGES);

function matches(name: string, pattern: string): boolean {
  return pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}

/** Set by most base images (see COMMON_IMAGE_VARIABLES). */
export function isCommonImageVariable(name: string): boolean {
  return COMMON_IMAGE_VARIABLES.some((p) => matches(name, p));
}

/** The fixed names of the common list (for "did you mean"). */
export const COMMON_IMAGE_VARIABLE_NAMES: readonly string[] = COMMON_IMAGE_VARIABLES.filter((p) => !p.endsWith('*'));

/**
 * Whether the linter knows what the image defines: scratch (nothing), Docker Official Images
 * (the common list, `<IMAGE>_*` and a few extras), and NVIDIA CUDA images (CUDA_*, NV_*, NVIDIA_*).
 * Returns the checker, or null when the environment is unknown.
 */
export function knownImageEnvironment(image: BaseImage): ((name: string) => boolean) | null {
  if (image.isScratch) return () => false;
  const ref = image.name;
  if (!ref) return null;
  if (ref.familiar === 'nvidia/cuda') return () => false;
  if (ref.registry !== null || ref.namespace !== 'library' || !OFFICIAL.has(ref.repository)) return null;
  const own = `${ref.repository.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_`;
  const extra = OFFICIAL_EXTRA[ref.repository] ?? [];
  return (name) => name.startsWith(own) || extra.some((p) => matches(name, p));
}

/**
 * For a base whose environment the linter knows (knownImageEnvironment), the names it does not set: a variable no
 * `ARG`/`ENV` declares expands to '' there. Null when the base may set any name.
 */
export function unsetByBase(image: BaseImage): ((name: string) => boolean) | null {
  const env = knownImageEnvironment(image);
  return env && ((name) => !env(name) && !isCommonImageVariable(name));
}

/**
 * Values vendors' images set with `ENV` in their own Dockerfiles, which every `RUN` of an image built on them sees:
 * those that change what a build's tools do (pip's `PIP_NO_CACHE_DIR`, which turns its cache off for any valid value,
 * "0", "off" and "false" included: pip's `_handle_no_cache_dir` in `cli/cmdoptions.py`). Each entry names the
 * Dockerfile read.
 */
const IMAGE_ENV_VALUES: readonly { image: RegExp; env: Readonly<Record<string, string>> }[] = [
  // Red Hat's Python s2i images (sclorg/s2i-python-container, the `Dockerfile.*` of each `3.x` and `3.x-minimal`
  // folder: `PIP_NO_CACHE_DIR=off`), published as `ubi8/python-3*` and `ubi9/python-3*` (also `-minimal`) on
  // registry.access.redhat.com and registry.redhat.io, and as `sclorg/python-3*-c9s` on quay.io (the minimal ones as
  // `sclorg/python-312-minimal-c9s`, the label of `3.12-minimal/Dockerfile.c9s`).
  { image: /^registry\.(access\.redhat\.com|redhat\.io)\/ubi[89]\/python-3\d+(-minimal)?$/, env: { PIP_NO_CACHE_DIR: 'off' } },
  { image: /^quay\.io\/sclorg\/python-3\d+(-minimal)?-c\d+s$/, env: { PIP_NO_CACHE_DIR: 'off' } },
  // Intel Gaudi's framework images (`vault.habana.ai/gaudi-docker/<version>/<os>/habanalabs/pytorch-installer-<torch>`):
  // their base installer sets `ENV PIP_NO_CACHE_DIR=on` (github.com/HabanaAI/Setup_and_Install,
  // `dockerfiles/base/Dockerfile.*` of every OS, releases 1.14 to 1.22).
  { image: /^vault\.habana\.ai\/gaudi-docker\//, env: { PIP_NO_CACHE_DIR: 'on' } },
  // Sentry's own image, the base getsentry/self-hosted builds its `sentry/Dockerfile` on (`FROM ${SENTRY_IMAGE}`):
  // github.com/getsentry/sentry, `self-hosted/Dockerfile` ("Sane defaults for pip": `PIP_NO_CACHE_DIR=1`, kept from
  // Python 3.11 to 3.13), published as `ghcr.io/getsentry/sentry` and, earlier, as `getsentry/sentry` on Docker Hub
  // (self-hosted's `.env` named `SENTRY_IMAGE=getsentry/sentry:nightly` before ghcr.io).
  { image: /^(ghcr\.io\/)?getsentry\/sentry$/, env: { PIP_NO_CACHE_DIR: '1' } },
];

/** The environment values the image is known to set (IMAGE_ENV_VALUES); empty when none is known. */
export function imageEnvValues(image: ImageName): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const entry of IMAGE_ENV_VALUES) if (entry.image.test(image.familiar)) for (const [name, value] of Object.entries(entry.env)) out.set(name, value);
  return out;
}
