/**
 * Tags that name no release: a Docker Official Image's `latest`, `alpine`, `slim`, `stable-alpine` or `lts` moves to
 * each new distribution release its maintainers build on, whose archive drops the package versions pinned for the last
 * one. A version (any digit: `3.12-slim`, `alpine3.20`) or a distribution codename (`bookworm`, `jammy`) fixes it.
 *
 * Codenames, Debian: https://www.debian.org/releases/ (and https://wiki.debian.org/DebianReleases for the next ones);
 * Ubuntu: https://wiki.ubuntu.com/Releases (the official images tag each release by its codename too: `ubuntu:noble`).
 */
import type { ImageName } from '../model/image-ref.js';
import { LATEST_PINS } from './generated/official-latest.js';
import { OFFICIAL_RELEASE_TAGS } from './generated/official-releases.js';
import { isLocalImage, isOfficialImage, RETIRED_OFFICIAL_IMAGES } from './trusted-images.js';

const DEBIAN_CODENAMES: ReadonlySet<string> = new Set([
  // Debian, every release since 1.1
  'buzz', 'rex', 'bo', 'hamm', 'slink', 'potato', 'woody', 'sarge', 'etch', 'lenny', 'squeeze', 'wheezy', 'jessie', 'stretch',
  'buster', 'bullseye', 'bookworm', 'trixie', 'forky', 'duke',
]);
const UBUNTU_CODENAMES: ReadonlySet<string> = new Set([
  // Ubuntu, every release since 4.10 (the interim ones too: `ubuntu:impish` is 21.10)
  'warty', 'hoary', 'breezy', 'dapper', 'edgy', 'feisty', 'gutsy', 'hardy', 'intrepid', 'jaunty', 'karmic', 'lucid',
  'maverick', 'natty', 'oneiric', 'precise', 'quantal', 'raring', 'saucy', 'trusty', 'utopic', 'vivid', 'wily', 'xenial',
  'yakkety', 'zesty', 'artful', 'bionic', 'cosmic', 'disco', 'eoan', 'focal', 'groovy', 'hirsute', 'impish', 'jammy',
  'kinetic', 'lunar', 'mantic', 'noble', 'oracular', 'plucky', 'questing', 'resolute',
]);
const RELEASE_CODENAMES: ReadonlySet<string> = new Set([...DEBIAN_CODENAMES, ...UBUNTU_CODENAMES]);

/**
 * The distribution a tag word names a release of, as messages name it: a Debian or Ubuntu codename (`trixie`,
 * `noble`) or docker-library's Alpine word (`alpine3.24`); null for any other word.
 */
export function releaseWordDistribution(word: string): 'Debian' | 'Ubuntu' | 'Alpine' | null {
  const w = word.toLowerCase();
  if (DEBIAN_CODENAMES.has(w)) return 'Debian';
  if (UBUNTU_CODENAMES.has(w)) return 'Ubuntu';
  return /^alpine\d+\.\d+$/.test(w) ? 'Alpine' : null;
}

/** The tag (`alpine`, `mainline-alpine`, `slim`, `latest`) has no version and no release codename among its words. */
export function namesNoRelease(tag: string): boolean {
  const t = tag.toLowerCase();
  return !/\d/.test(t) && !t.split(/[-_.]/).some((w) => RELEASE_CODENAMES.has(w));
}

/**
 * Words of the Docker Official Images' variant tags (docker-library/official-images, library/: `nginx:alpine-slim`,
 * `php:fpm-alpine`, `nextcloud:apache`, `eclipse-temurin:jre`, `docker:dind-rootless`, `mongo:windowsservercore`).
 * A tag made of them alone is a published variant that follows the newest release; another word (`test-entrypoint`)
 * may be a local build's tag.
 */
const VARIANT_WORDS = new Set([
  'alpine', 'slim', 'fpm', 'apache', 'cli', 'zts', 'jdk', 'jre', 'perl', 'otel', 'mainline', 'management', 'dind',
  'rootless', 'git', 'windowsservercore', 'nanoserver', 'standalone',
]);

/** The tag is only variant words of official images (`alpine`, `fpm-alpine`, `jre`): a published versionless variant. */
export function isVariantOnlyTag(tag: string): boolean {
  return tag.toLowerCase().split(/[-_]/).every((w) => VARIANT_WORDS.has(w));
}

/**
 * A repository named only for a distribution at a release, as vendors' mirrors of the base images spell it
 * (`launcher.gcr.io/google/ubuntu1804`, `gcr.io/gcp-runtimes/ubuntu_20_0_4`, `ubuntu16_04`, `ubuntu-22.04`,
 * `launcher.gcr.io/google/debian12`): Ubuntu's YY.MM written with `.`, `_`, no separator, or `0_4` for `04`.
 */
const DISTRIBUTION_RELEASE_REPOSITORY = /^(?:(ubuntu)[-_.]?(1[4-9]|2\d)[-_.]?(0[._]?4|1[._]?0)|(debian)[-_.]?([89]|1[0-9]))$/;

/**
 * Red Hat's Universal Base Images, named for their RHEL major release (catalog.redhat.com): the repository itself
 * (`registry.access.redhat.com/ubi9`, `ubi8-minimal`; Docker Hub's `redhat/ubi9-minimal`), or a variant of UBI in the
 * release's folder (`ubi9/ubi`, `ubi9/ubi-minimal`, `ubi8/ubi-micro`, `ubi9/ubi-init`). Their `latest` is the newest
 * minor release of that RHEL (9.5, 9.6), which keeps its ABI, as `ubuntu:20.04` takes its point releases. Not the
 * language and application images of the same folders (`ubi9/python-311`, `ubi9/nodejs-20`).
 */
const RELEASE_REPOSITORIES: readonly RegExp[] = [/^ubi\d+(-(minimal|micro|init))?$/];
const RELEASE_FOLDER_REPOSITORIES: readonly { folder: RegExp; repository: RegExp }[] = [{ folder: /^ubi\d+$/, repository: /^ubi(-(minimal|micro|init))?$/ }];

/**
 * The repository's own name is a distribution at one release (DISTRIBUTION_RELEASE_REPOSITORY, RELEASE_REPOSITORIES):
 * its `latest` is the rebuilds of that release, as `ubuntu:20.04` is. Not `ubuntu` or `ubuntu_latest`, nor an
 * application's image that names its base (`acme/app-ubuntu2004`).
 */
export function repositoryNamesDistributionRelease(repository: string): boolean {
  return distributionReleaseWord(repository) !== null || RELEASE_REPOSITORIES.some((r) => r.test(repository.toLowerCase()));
}

/**
 * The image's path names a distribution at one release: its repository (repositoryNamesDistributionRelease), or a
 * variant of the distribution in the release's folder (RELEASE_FOLDER_REPOSITORIES: `ubi9/ubi-minimal`). Not a single
 * name of Docker Hub's library (`FROM debian12`: a local image).
 */
export function pathNamesDistributionRelease(image: ImageName): boolean {
  if (image.registry === null && image.namespace === 'library') return false;
  if (repositoryNamesDistributionRelease(image.repository)) return true;
  const folder = image.namespace?.split('/').pop() ?? '';
  return RELEASE_FOLDER_REPOSITORIES.some((e) => e.folder.test(folder) && e.repository.test(image.repository));
}

/** That release as a tag word reads it (`ubuntu_20_0_4` → `ubuntu2004`, `ubuntu16_04` → `ubuntu1604`, `debian12`), or null. */
export function distributionReleaseWord(repository: string): string | null {
  const m = DISTRIBUTION_RELEASE_REPOSITORY.exec(repository.toLowerCase().split('/').pop() ?? '');
  if (!m) return null;
  return m[1] ? `ubuntu${m[2]}${m[3]!.replace(/[._]/g, '')}` : `debian${m[5]}`;
}

/** A tag part that is a build date, `20240808` or `dev20240808`. */
const BUILD_DATE = /(^|\.|v|dev)20\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
/** Tag words of a moving channel rather than a release. */
export const FLOATING_TAG_WORDS: ReadonlySet<string> = new Set(['latest', 'nightly', 'edge', 'rolling', 'stable', 'lts', 'current', 'mainline']);
/** Channel words that, beside a version, only label that release. */
const CHANNEL_LABELS = new Set(['stable', 'lts', 'current', 'mainline']);

/**
 * The channel word that makes the tag float (`latest`, `nightly`, `latest-gpu`, `latest-rust-1.75`: the newest build
 * for that Rust), or null: beside a version a release channel word only labels that release (`x86_64-musl-stable-1.97.1`),
 * and a build date names that day's build, never re-pushed (`nightly_3.10_tpuvm_20240808`).
 */
export function floatingTagWord(tag: string): string | null {
  const parts = tag.toLowerCase().split(/[-_]/);
  if (parts.some((part) => BUILD_DATE.test(part))) return null;
  const versioned = parts.some((part) => /^v?\d+\.\d+/.test(part));
  return parts.find((part) => FLOATING_TAG_WORDS.has(part) && !(versioned && CHANNEL_LABELS.has(part))) ?? null;
}

/** The base's tag does not fix the distribution release under it (floatingReleaseOf). */
export interface FloatingRelease {
  /** The distribution whose release the tag leaves open, as messages name it; null when the data does not know it. */
  distribution: 'Debian' | 'Ubuntu' | 'Alpine' | null;
  /** The reference that names the release the image is on today (`python:3.12-trixie`); null when the data knows none. */
  pinned: string | null;
}

/**
 * A distribution release named by a word of a tag or repository path: a codename or `alpine3.24`
 * (releaseWordDistribution), a distribution with a version (`ubuntu22.04`, `ubuntu-24.04`, `debian12`, `ubi9`, `el8`,
 * `al2023`, `centos-stream-9`), a manylinux policy, whose glibc fixes it (`quay.io/pypa/manylinux_2_28_x86_64`:
 * AlmaLinux 8), or, in the path, a version folder (`vault.habana.ai/gaudi-docker/1.20.1/…`, rebuilds of that release).
 */
function namesReleaseIn(text: string, path: boolean): boolean {
  const words = text.toLowerCase().split(/[-_/:]/);
  if (words.some((w) => releaseWordDistribution(w) !== null)) return true;
  if (/(^|[-_/:])(ubuntu|debian|alpine|centos|stream|rhel|ubi|el|rocky|rockylinux|almalinux|fedora|amzn|al|amazonlinux|leap|sles|oraclelinux|manylinux)[-_]?\d/i.test(text)) return true;
  return path && text.split('/').slice(0, -1).some((part) => /^v?\d+\.\d+(\.\d+)*$/.test(part));
}

/**
 * Official distribution images whose releases are numbered by more parts than a version tag may give: Alpine's are
 * major.minor (3.23, 3.24: https://alpinelinux.org/releases/), so `alpine:3` moves to each new release as `latest`
 * does. Debian (`debian:12`), Fedora (`fedora:42`) and Amazon Linux (`amazonlinux:2`, `2023`) number theirs by one
 * part, and Ubuntu's image has no major-only tag: their version tags fix the release.
 */
const RELEASE_PARTS: Readonly<Record<string, { parts: number; distribution: 'Alpine' }>> = {
  alpine: { parts: 2, distribution: 'Alpine' },
};

/**
 * The official distribution image's version tag names fewer parts than its releases have (`alpine:3`): the release it
 * floats over, with the tag of its newest release where that is under the tag (`alpine:3.24`); null otherwise.
 */
function coarseDistributionTag(image: ImageName, tag: string): FloatingRelease | null {
  const release = Object.hasOwn(RELEASE_PARTS, image.repository) ? RELEASE_PARTS[image.repository]! : null;
  if (!release || !/^\d+(\.\d+)*$/.test(tag) || tag.split('.').length >= release.parts) return null;
  const latest = Object.hasOwn(LATEST_PINS, image.repository) ? LATEST_PINS[image.repository]! : null;
  return { distribution: release.distribution, pinned: latest?.startsWith(`${tag}.`) ? `${image.familiar}:${latest}` : null };
}

/**
 * The image's tag leaves the distribution release under it open, to move at a rebuild (whose archive drops the package
 * versions pinned for the last release): a Docker Official Image's version tag that names no release (`python:3.12`,
 * Debian bookworm until 2025, trixie since; generated/official-releases.ts names the release each such tag is on
 * today; a distribution's own tag coarser than its release numbers, `alpine:3`: coarseDistributionTag), or any other image's tag that floats: none, one naming no version nor release (`latest`, `base`, `gpu`) or
 * a channel (`nightly`, `latest-gpu`: floatingTagWord). Null when the tag or the repository path names the release
 * (`azureml/openmpi5.0-ubuntu24.04:latest`), for a digest, a local image (no published tags to pin), an official tag
 * the data does not list (a version no longer built stays on its last release), a retired official image's tag (RETIRED_OFFICIAL_IMAGES: `centos`, no longer built), and an official image's versionless
 * tag (`python:slim`), which BaseImage.unknownRelease covers: the pin rules are silent there.
 */
export function floatingReleaseOf(image: ImageName): FloatingRelease | null {
  if (image.digest !== null || isLocalImage(image)) return null;
  // A retired Docker Official Image (`centos`, frozen at CentOS 8.4.2105) gets no new builds: its tags no longer move.
  if (image.registry === null && image.namespace === 'library' && RETIRED_OFFICIAL_IMAGES.has(image.repository)) return null;
  const tag = image.tag ?? 'latest';
  if (isOfficialImage(image)) {
    const coarse = coarseDistributionTag(image, tag);
    if (coarse) return coarse;
    const tags = Object.hasOwn(OFFICIAL_RELEASE_TAGS, image.repository) ? OFFICIAL_RELEASE_TAGS[image.repository]! : {};
    if (!Object.hasOwn(tags, tag)) return null;
    const known = tags[tag]!;
    // The release word alone where the entry has no tag naming it beside this tag's words (docker's `29.7`).
    const word = known.toLowerCase().split(/[-_]/).find((w) => releaseWordDistribution(w) !== null) ?? known;
    return { distribution: releaseWordDistribution(word), pinned: known === word ? null : `${image.familiar}:${known}` };
  }
  if (!namesNoRelease(tag) && floatingTagWord(tag) === null) return null;
  if (namesReleaseIn(tag, false) || namesReleaseIn(image.path, true)) return null;
  return { distribution: null, pinned: null };
}

/** Version numbers of the Debian and Ubuntu releases as tags and vendors' repository names write them. */
const RELEASE_VERSIONS: Readonly<Record<string, string>> = {
  'debian9': 'stretch', 'debian10': 'buster', 'debian11': 'bullseye', 'debian12': 'bookworm', 'debian13': 'trixie', 'debian14': 'forky',
  'ubuntu16.04': 'xenial', 'ubuntu18.04': 'bionic', 'ubuntu20.04': 'focal', 'ubuntu22.04': 'jammy', 'ubuntu24.04': 'noble',
  'ubuntu24.10': 'oracular', 'ubuntu25.04': 'plucky', 'ubuntu25.10': 'questing', 'ubuntu26.04': 'resolute',
};

/**
 * The Debian or Ubuntu release (its codename) the image is on, where its reference says it: a codename word of the
 * tag (`buildpack-deps:bookworm-scm`, `python:3.12-slim-trixie`), a distribution with a version in the tag or
 * repository (`nvidia/cuda:12.4.0-runtime-ubuntu22.04`, `launcher.gcr.io/google/debian12`), the distribution's own
 * version tag (`ubuntu:22.04`, `debian:12-slim`), or docker-library's data for an official image's version tag
 * (`python:3.12`: trixie today). Null when none does (`alpine`, a vendor's `latest`).
 */
export function debianReleaseOf(image: ImageName): string | null {
  const tag = (image.tag ?? '').toLowerCase();
  const words = [...tag.split(/[-_]/), ...image.path.split(/[-_/]/)];
  const mirror = distributionReleaseWord(image.repository);
  if (mirror) words.push(mirror.replace(/^(ubuntu\d\d)(\d\d)$/, '$1.$2'));
  for (const w of words) {
    if (releaseWordDistribution(w) === 'Debian' || releaseWordDistribution(w) === 'Ubuntu') return w;
    const version = /^(debian\d+|ubuntu\d\d\.?\d\d)/.exec(w)?.[1]?.replace(/^(ubuntu\d\d)(\d\d)$/, '$1.$2');
    if (version && Object.hasOwn(RELEASE_VERSIONS, version)) return RELEASE_VERSIONS[version]!;
  }
  if (isOfficialImage(image) && (image.repository === 'debian' || image.repository === 'ubuntu')) {
    const version = `${image.repository}${/^\d+(\.\d+)?/.exec(tag)?.[0] ?? ''}`.replace(/^(debian\d+)\.\d+$/, '$1');
    return Object.hasOwn(RELEASE_VERSIONS, version) ? RELEASE_VERSIONS[version]! : null;
  }
  const tags = isOfficialImage(image) && Object.hasOwn(OFFICIAL_RELEASE_TAGS, image.repository) ? OFFICIAL_RELEASE_TAGS[image.repository]! : {};
  const known = Object.hasOwn(tags, image.tag ?? 'latest') ? tags[image.tag ?? 'latest'] : undefined;
  return known?.toLowerCase().split(/[-_]/).find((w) => releaseWordDistribution(w) === 'Debian' || releaseWordDistribution(w) === 'Ubuntu') ?? null;
}
