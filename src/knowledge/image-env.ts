/**
 * Environment variables that base images set, for `undefined-var`. BuildKit reads the base image's
 * config, so `$PYTHON_VERSION` on `python:3.12` is defined; an offline linter cannot, so it allows the
 * names base images commonly set, plus the variables of the official images it knows, and stays
 * silent on other bases whose environment it cannot see.
 */
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
