/**
 * The apt packages a base image already has beyond its distribution's own base: docker-library's buildpack-deps
 * variants and the Docker Official Images built on them. Each installs its packages with `--no-install-recommends`,
 * so what they recommend is not there. Read from docker-library/buildpack-deps at 8330ca1 (2025-11-13): the packages
 * its `curl`, `scm` and full Dockerfiles install on every release it builds (bullseye, bookworm, trixie, jammy, noble;
 * `sq` and `tzdata` only on some, left out), and from the `FROM buildpack-deps:…` lines of the default (not `-slim`,
 * not Alpine) variants of golang (docker-library/golang at 7c8c182, 2026-08-19: `-scm`, plus the cgo toolchain it
 * installs), python (docker-library/python at 4f07059, 2026-06-23), node, ruby, rust, gcc and perl (full); and
 * NVIDIA's CUDA images on Ubuntu (CUDA_UBUNTU). Python's
 * Debian `-slim` variants install `ca-certificates`, `netbase` and `tzdata` for good (the same template, its runtime
 * dependencies; the build's own are purged).
 */
import type { ImageName } from '../model/image-ref.js';

const CURL = ['ca-certificates', 'curl', 'gnupg', 'netbase', 'wget'];
const SCM = [...CURL, 'git', 'mercurial', 'openssh-client', 'subversion', 'procps'];
const FULL = [
  ...SCM,
  'autoconf', 'automake', 'bzip2', 'default-libmysqlclient-dev', 'dpkg-dev', 'file', 'g++', 'gcc', 'imagemagick', 'libbz2-dev',
  'libc6-dev', 'libcurl4-openssl-dev', 'libdb-dev', 'libevent-dev', 'libffi-dev', 'libgdbm-dev', 'libglib2.0-dev', 'libgmp-dev',
  'libjpeg-dev', 'libkrb5-dev', 'liblzma-dev', 'libmagickcore-dev', 'libmagickwand-dev', 'libmaxminddb-dev', 'libncurses5-dev',
  'libncursesw5-dev', 'libpng-dev', 'libpq-dev', 'libreadline-dev', 'libsqlite3-dev', 'libssl-dev', 'libtool', 'libwebp-dev',
  'libxml2-dev', 'libxslt-dev', 'libyaml-dev', 'make', 'patch', 'unzip', 'xz-utils', 'zlib1g-dev',
];

/** Official images whose default variant is built on buildpack-deps, with what they have. */
const ON_BUILDPACK_DEPS: Readonly<Record<string, readonly string[]>> = {
  golang: [...SCM, 'g++', 'gcc', 'libc6-dev', 'make', 'pkg-config'],
  python: [...FULL, 'libbluetooth-dev', 'tk-dev', 'uuid-dev'],
  node: FULL,
  ruby: FULL,
  rust: FULL,
  gcc: FULL,
  perl: FULL,
};

/** Official images whose Debian `-slim` variant keeps packages of its own. */
const SLIM: Readonly<Record<string, readonly string[]>> = {
  python: ['ca-certificates', 'netbase', 'tzdata'],
};
const SLIM_VARIANT = /(^|-)slim($|-)/;
/** Tag words of the variants not built on buildpack-deps. */
const OTHER_VARIANT = /(^|-)(slim|alpine|windows|nanoserver|servercore)/;

/**
 * NVIDIA's CUDA images on Ubuntu: every tag's `base` layer installs `gnupg2 curl ca-certificates` to add NVIDIA's
 * repository with its `cuda-keyring`, then purges curl (gitlab.com/nvidia/container-images/cuda, each `dist/<version>/ubuntu<release>/base/Dockerfile`).
 */
const CUDA_UBUNTU = ['ca-certificates', 'gnupg2', 'cuda-keyring'];

/** The apt packages the image has beyond its distribution's base (none known: empty). */
export function basePackages(image: ImageName | null): readonly string[] {
  if (image && image.familiar === 'nvidia/cuda' && /ubuntu/.test(image.tag ?? '')) return CUDA_UBUNTU;
  if (!image || image.registry !== null || image.namespace !== 'library') return [];
  const tag = image.tag ?? 'latest';
  if (SLIM_VARIANT.test(tag)) return SLIM[image.repository] ?? [];
  if (OTHER_VARIANT.test(tag)) return [];
  if (image.repository === 'buildpack-deps') return tag.endsWith('-curl') || tag === 'curl' ? CURL : tag.endsWith('-scm') || tag === 'scm' ? SCM : FULL;
  return ON_BUILDPACK_DEPS[image.repository] ?? [];
}

/**
 * The image is docker-library's buildpack-deps or the default variant of an Official Image built on it (ON_BUILDPACK_DEPS:
 * `gcc:10.3.0-buster`, `python:3.9-buster`): none adds an apt source of its own, so its sources are its Debian or Ubuntu
 * release's archive alone, as in the distribution's own image. Not `-slim`, Alpine or Windows variants (other
 * Dockerfiles), nor images that add a vendor's repository (`postgres`, `mysql`, `mongo`: not listed).
 */
export function addsNoAptSource(image: ImageName): boolean {
  return image.registry === null && image.namespace === 'library' && !OTHER_VARIANT.test(image.tag ?? '') && (image.repository === 'buildpack-deps' || Object.hasOwn(ON_BUILDPACK_DEPS, image.repository));
}
