/**
 * Distribution releases whose public package archive no longer changes: past the end of their free support, no update
 * reaches the archive an image's `apt-get`, `dnf`/`yum` or `apk` reads (Ubuntu's paid ESM and Debian's paid ELTS
 * publish elsewhere), or the release has moved to an archive host. A package installed on such a base has one version
 * for good, fixed by the base image itself: a version pin there changes nothing (the base being past its support is the
 * finding worth acting on). As of 2026-12-01; a release not listed is treated as alive.
 *
 * Sources (end of free updates):
 * - Ubuntu: https://ubuntu.com/about/release-cycle and https://wiki.ubuntu.com/Releases (LTS: end of standard support;
 *   interim releases: end of life, archive moved to old-releases.ubuntu.com).
 * - Debian: https://www.debian.org/releases/ and https://wiki.debian.org/LTS (end of LTS; archive moved to archive.debian.org).
 * - CentOS: https://www.centos.org/centos-linux-eol/ and https://blog.centos.org/2023/04/end-dates-are-coming-for-centos-stream-8-and-centos-linux-7/
 *   (content moved to vault.centos.org).
 * - Alpine: https://alpinelinux.org/releases/ (end of support of each branch).
 * - The release of an official image's tag no longer built (`golang:1.13`): docker-library/official-images, the
 *   `library/<image>` entry that listed the tag when it was dropped (generated/official-final-releases.ts).
 * - openSUSE Leap: https://en.opensuse.org/Lifetime (a minor release is maintained six months past its successor's
 *   release; 15.6, the last of Leap 15, was extended to 2026-04-30 when Leap 16's lifecycle was announced in 2025).
 */
import type { ImageName } from '../model/image-ref.js';
import { distributionReleaseWord } from './floating-tags.js';
import { OFFICIAL_FINAL_RELEASES } from './generated/official-final-releases.js';
import { ARCHITECTURE_NAMESPACES } from './trusted-images.js';

interface FrozenRelease {
  /** As messages and docs name it. */
  name: string;
  /** Words of an image tag that name the release (`bionic`, `ubuntu18.04`), lower case. */
  tagWords: readonly string[];
  /** The bare version tags of the distribution's own image (`ubuntu:18.04`). */
  image?: RegExp;
  versions?: readonly string[];
  /** The codename apt sources and `-t` name the release by (`bullseye`, `focal`). */
  codename?: string;
}

const UBUNTU = /^ubuntu$/;
const DEBIAN = /^debian$/;

const ubuntu = (version: string, codename: string): FrozenRelease => ({
  name: `Ubuntu ${version} (${codename})`,
  tagWords: [codename, `ubuntu${version}`, `ubuntu${version.replace('.', '')}`],
  image: UBUNTU,
  versions: [version, codename],
  codename,
});
const debian = (version: string, codename: string): FrozenRelease => ({
  name: `Debian ${version} (${codename})`,
  tagWords: [codename, `debian${version}`],
  image: DEBIAN,
  versions: [version, codename],
  codename,
});

export const FROZEN_RELEASES: readonly FrozenRelease[] = [
  ubuntu('10.04', 'lucid'), // free updates ended 2015-04
  ubuntu('12.04', 'precise'), // free updates ended 2017-04
  ubuntu('12.10', 'quantal'), // free updates ended 2014-05
  ubuntu('13.04', 'raring'), // free updates ended 2014-01
  ubuntu('13.10', 'saucy'), // free updates ended 2014-07
  ubuntu('14.04', 'trusty'), // free updates ended 2019-04
  ubuntu('14.10', 'utopic'), // free updates ended 2015-07
  ubuntu('15.04', 'vivid'), // free updates ended 2016-02
  ubuntu('15.10', 'wily'), // free updates ended 2016-07
  ubuntu('16.04', 'xenial'), // free updates ended 2021-04
  ubuntu('16.10', 'yakkety'), // free updates ended 2017-07
  ubuntu('17.04', 'zesty'), // free updates ended 2018-01
  ubuntu('17.10', 'artful'), // free updates ended 2018-07
  ubuntu('18.04', 'bionic'), // free updates ended 2023-05
  ubuntu('18.10', 'cosmic'), // free updates ended 2019-07
  ubuntu('19.04', 'disco'), // free updates ended 2020-01
  ubuntu('19.10', 'eoan'), // free updates ended 2020-07
  ubuntu('20.04', 'focal'), // free updates ended 2025-05
  ubuntu('20.10', 'groovy'), // free updates ended 2021-07
  ubuntu('21.04', 'hirsute'), // free updates ended 2022-01
  ubuntu('21.10', 'impish'), // free updates ended 2022-07
  ubuntu('22.10', 'kinetic'), // free updates ended 2023-07
  ubuntu('23.04', 'lunar'), // free updates ended 2024-01
  ubuntu('23.10', 'mantic'), // free updates ended 2024-07
  ubuntu('24.10', 'oracular'), // free updates ended 2025-07
  ubuntu('25.04', 'plucky'), // free updates ended 2026-01
  ubuntu('25.10', 'questing'), // free updates ended 2026-07
  debian('7', 'wheezy'), // free updates ended 2018-05
  debian('8', 'jessie'), // free updates ended 2020-06
  debian('9', 'stretch'), // free updates ended 2022-06
  debian('10', 'buster'), // free updates ended 2024-06
  debian('11', 'bullseye'), // free updates ended 2026-08
  { name: 'CentOS Linux 7', tagWords: ['centos7'], image: /^centos$/, versions: ['7', 'centos7'] }, // ended 2024-06
  { name: 'CentOS Linux 8', tagWords: ['centos8'], image: /^centos$/, versions: ['8', 'centos8'] }, // ended 2021-12
  { name: 'CentOS Stream 8', tagWords: ['stream8'], image: /^quay\.io\/centos\/centos$/, versions: ['stream8'] }, // ended 2024-05
  // openSUSE Leap 42.1 to 15.6 (15.6 ended 2026-04-30); `opensuse/leap:15` is 15.6 for good, so it comes last.
  ...['42.1', '42.2', '42.3', '15.0', '15.1', '15.2', '15.3', '15.4', '15.5', '15.6'].map((v) => ({
    name: `openSUSE Leap ${v}`,
    tagWords: [`leap${v}`],
    image: /(^|\/)opensuse\/leap$/,
    versions: v === '15.6' ? [v, '15'] : [v],
  })),
  // Alpine branches past their end of support (3.0 to 3.21; 3.21: 2026-11-01); the tag word as docker-library writes it
  // (`alpine3.18`); the image also under a vendor's or an architecture's namespace (`resin/armhf-alpine`, `arm64v8/alpine`).
  ...Array.from({ length: 22 }, (_, minor) => `3.${minor}`).map((v) => ({
    name: `Alpine ${v}`,
    tagWords: [`alpine${v}`],
    image: /(^|[/-])alpine$/,
    versions: [v],
  })),
];

/** The tag word names a release of FROZEN_RELEASES (`buster`, `alpine3.12`, `bionic`). */
export function isFrozenReleaseWord(word: string): boolean {
  return FROZEN_RELEASES.some((r) => r.tagWords.includes(word));
}

/** Per official image, its tags no longer built → the frozen release of their final build (OFFICIAL_FINAL_RELEASES), read at the image's first look-up. */
const finalTags = new Map<string, ReadonlyMap<string, string>>();

/**
 * The frozen release the final build of an official image's tag that no longer gets builds is on, as its tag word
 * (`golang:1.13` → `buster`: docker-library's entry of `1.13.15-buster, …, 1.13.15, 1.13` when 1.13 was dropped), or
 * null: a tag still built, one whose final entry named no release, or one on a live release.
 */
function finalBuildRelease(familiar: string, tag: string): string | null {
  if (!Object.hasOwn(OFFICIAL_FINAL_RELEASES, familiar)) return null;
  let tags = finalTags.get(familiar);
  if (!tags) {
    tags = new Map(Object.entries(OFFICIAL_FINAL_RELEASES[familiar]!).flatMap(([release, list]) => list.split(' ').map((t) => [t.toLowerCase(), release] as const)));
    finalTags.set(familiar, tags);
  }
  return tags.get(tag) ?? null;
}

/**
 * Tags whose distribution release their image's maker states, as the tag word of FROZEN_RELEASES that names it, where
 * docker-library's history (finalBuildRelease) does not tell: those
 * of deprecated Docker Official Images that no longer get builds (their final build's release), NVIDIA's L4T tags and
 * its NGC releases of 2019 to 2022.
 * `openjdk:8-jre-slim` names no release, but its image stays on Debian 11 (bullseye) for good. Source: docker-library/openjdk's history, each version's Dockerfiles and the
 * generate-stackbrew-library.sh that gave the `slim` and bare tags to its default Debian variant, at the commit before
 * the version's removal: 7 (3eb0351b, 2019-05), 8 and 11 (f9cf6059, 2022-08), 13 (8a2c63d9), 14 (ef85d041), 15
 * (c74ad873), 16 (8620f06a), 17 (c2d5621a), 18 (3345e54d), 19 (06c6f17e), 20 (5e62a089). From 12 on the bare version
 * tag is Oracle Linux (not listed); 9 and 10 ran on sid, which still moves, 21 and later on bookworm, alive.
 * `node:18-alpine` stays on Alpine 3.21: nodejs/docker-node's versions.json, at the commit before each end-of-life
 * version's removal, gives the `alpine-default` and `debian-default` its bare, `-slim` and `-alpine` tags were built on:
 * 10 (2b4633a8, 2021-04: alpine3.11, stretch), 12 (5f3ea4e2, 2022-04: alpine3.15, stretch), 14 (56ab53b4, 2023-04:
 * alpine3.17, buster), 16 (c17837cf, 2023-09: alpine3.18, buster), 18 (82eae43f, 2025-05: alpine3.21; bookworm lives on).
 * A patch tag of such a version (`node:14.4.0-alpine`) was built on the same release or an older one, ended too.
 * Node 4, 6 and 8, before versions.json (the same repository's `config` and each version's folders): 4 was built on
 * jessie alone (36135d58^, 2018-04: `4/Dockerfile` and `4/slim` FROM buildpack-deps:jessie); 6 and 8 on jessie until
 * 6.15.0 and 8.13.0 (0ceefee0 and 0aae692a, 2018-11: `slim` moved to debian:stretch-slim), then on stretch, the
 * `default_variant` when they were removed (6: 08875df2^, 2019-05, alpine3.9; 8: c06bc079^, 2019-12, alpine3.11).
 */
const DOTNET_IMAGES = /^mcr\.microsoft\.com\/dotnet\/(core\/)?(sdk|aspnet|runtime|runtime-deps)$/;
const NGC_UBUNTU_IMAGES = /^nvcr\.io\/nvidia\/(pytorch|tensorflow|mxnet|tritonserver|tensorrtserver|tensorrt)$/;
const FINAL_BUILDS: readonly { image: RegExp; tag: RegExp; release: string }[] = [
  { image: /^openjdk$/, tag: /^7(-jdk|-jre)?(-slim)?$/, release: 'jessie' },
  { image: /^openjdk$/, tag: /^(8|11)(-jdk|-jre)?(-slim)?$/, release: 'bullseye' },
  { image: /^openjdk$/, tag: /^(13|14|15)(-jdk)?-slim$/, release: 'buster' },
  { image: /^openjdk$/, tag: /^(16|17|18|19|20)(-jdk)?-slim$/, release: 'bullseye' },
  { image: /^openjdk$/, tag: /^[78](-jdk|-jre)?-alpine$/, release: 'alpine3.9' },
  { image: /^node$/, tag: /^10(\.\d+){0,2}-alpine$/, release: 'alpine3.11' },
  { image: /^node$/, tag: /^12(\.\d+){0,2}-alpine$/, release: 'alpine3.15' },
  { image: /^node$/, tag: /^14(\.\d+){0,2}-alpine$/, release: 'alpine3.17' },
  { image: /^node$/, tag: /^16(\.\d+){0,2}-alpine$/, release: 'alpine3.18' },
  { image: /^node$/, tag: /^18(\.\d+){0,2}-alpine$/, release: 'alpine3.21' },
  { image: /^node$/, tag: /^6(\.\d+){0,2}-alpine$/, release: 'alpine3.9' },
  { image: /^node$/, tag: /^8(\.\d+){0,2}-alpine$/, release: 'alpine3.11' },
  { image: /^node$/, tag: /^(4(\.\d+){0,2}|6\.([0-9]|1[0-4])(\.\d+)?|8\.([0-9]|1[0-2])(\.\d+)?)(-slim)?$/, release: 'jessie' },
  { image: /^node$/, tag: /^(6|8|10|12)(\.\d+){0,2}(-slim)?$/, release: 'stretch' },
  { image: /^node$/, tag: /^(14|16)(\.\d+){0,2}(-slim)?$/, release: 'buster' },
  // NVIDIA's Jetson (L4T) images, whose tag is the Jetson Linux release: r32 (JetPack 4) is built on Ubuntu 18.04,
  // r34 and r35 (JetPack 5) on Ubuntu 20.04 (Jetson Linux release notes, "Supported Ubuntu version"); r36 (22.04) lives on.
  // Rebuilds named after them keep the tag (`roboflow/l4t-ml:r35.2.1-py3.12-…`, from `nvcr.io/nvidia/l4t-ml`).
  { image: /^(nvcr\.io\/nvidia\/l4t-|dustynv\/)|(^|\/)l4t-[^/]*$/, tag: /^r32\./, release: 'bionic' },
  { image: /^(nvcr\.io\/nvidia\/l4t-|dustynv\/)|(^|\/)l4t-[^/]*$/, tag: /^r3[45]\./, release: 'focal' },
  // PyTorch's own images of the 1.x releases (`pytorch/pytorch:1.8.1-cuda10.2-cudnn7-devel`): the docker.Makefile of
  // those releases built the runtime FROM `ubuntu:18.04` and the devel FROM `nvidia/cuda:<ver>-cudnn<N>-devel-ubuntu18.04`
  // (pytorch/pytorch docker.Makefile history, ../shared/data/gpu-facts.md §3). The 2.x images' base is left out.
  { image: /^pytorch\/pytorch$/, tag: /^1\.\d+(\.\d+)*-/, release: 'bionic' },
  // NGC's framework and Triton images, tagged `<YY.MM>-…`: releases 19.xx to 20.10 are built on Ubuntu 18.04, 20.11 to
  // 22.12 on Ubuntu 20.04 (NVIDIA Frameworks Support Matrix, docs.nvidia.com/deeplearning/frameworks/support-matrix;
  // each release's notes list the container's Ubuntu, e.g. TensorFlow Release 21.04: "Ubuntu 20.04"). Later releases
  // (22.04 and 24.04 based) live on, and the months of the switch are left out.
  { image: NGC_UBUNTU_IMAGES, tag: /^(19\.\d\d|20\.(0\d|10))-/, release: 'bionic' },
  { image: NGC_UBUNTU_IMAGES, tag: /^(20\.1[12]|2[12]\.\d\d)-/, release: 'focal' },
  // Microsoft's .NET images of versions out of support, tagged by version alone: dotnet/dotnet-docker's manifest.json at
  // the commit before each version's removal gives the shared `X.Y` tag to `buster-slim` for 3.1 (5b3461863a^) and 5.0
  // (f87fbd0b02^), to `bullseye-slim` for 6.0 (123e444ec6^); 3.1 was also published as `dotnet/core/*`.
  { image: DOTNET_IMAGES, tag: /^(3\.1|5\.0)(\.\d+)*$/, release: 'buster' },
  { image: DOTNET_IMAGES, tag: /^6\.0(\.\d+)*$/, release: 'bullseye' },
];

/**
 * The frozen release the image's tag names: the distribution's own image at a version of it (`ubuntu:18.04`,
 * `debian:buster-slim`, `alpine:3.18.4`), or a word of its tag or repository naming it (`python:3.9-buster`,
 * `nvidia/cuda:11.8.0-runtime-ubuntu20.04`, `node:18-alpine3.17`, `azureml/openmpi4.1.0-ubuntu20.04:latest`), or
 * the final build of an official image's tag no longer built (finalBuildRelease: `golang:1.13`; FINAL_BUILDS:
 * `openjdk:8-jre-slim`); null when they name none or a live one.
 */
export function frozenReleaseOf(image: ImageName): string | null {
  const tag = (image.tag ?? '').toLowerCase();
  const familiar = officialFamiliar(image.familiar);
  const release = (tag && finalBuildRelease(familiar, tag)) || FINAL_BUILDS.find((f) => f.image.test(familiar) && f.tag.test(tag))?.release;
  if (release) return FROZEN_RELEASES.find((r) => r.tagWords.includes(release))?.name ?? null;
  const words = tag.split(/[-_]/);
  // Vendors name the release in the repository too (`azureml/openmpi4.1.0-ubuntu20.04`, `nvidia/cuda-ubuntu18.04`).
  const named = [...words, ...image.repository.toLowerCase().split(/[-_/]/)];
  // A mirror named for the release with its own separators (`gcr.io/gcp-runtimes/ubuntu_20_0_4`, `ubuntu16_04`).
  const mirror = distributionReleaseWord(image.repository);
  if (mirror) named.push(mirror);
  for (const release of FROZEN_RELEASES) {
    if (tag && release.image?.test(familiar) && release.versions?.some((v) => words[0] === v || words[0]!.startsWith(`${v}.`))) return release.name;
    if (named.some((w) => release.tagWords.includes(w) || release.tagWords.some((t) => /\d$/.test(t) && w.startsWith(`${t}.`)))) return release.name;
  }
  return null;
}

/**
 * The image is a distribution's own (`ubuntu`, `debian`), whose package sources are only its release's archive; a
 * vendor's image on it (`nvidia/cuda`) may add live ones.
 */
export function isDistributionImage(image: ImageName): boolean {
  const familiar = officialFamiliar(image.familiar);
  return FROZEN_RELEASES.some((r) => r.image?.test(familiar));
}

/** An Official Image's name without the architecture namespace of its single-architecture build (`amd64/ubuntu` is `ubuntu`). */
function officialFamiliar(familiar: string): string {
  const [namespace, name, ...rest] = familiar.split('/');
  return name !== undefined && rest.length === 0 && ARCHITECTURE_NAMESPACES.has(namespace!) ? name : familiar;
}

/**
 * The frozen release an apt suite belongs to (`bullseye`, `bullseye-updates`, `bullseye-security`, `bullseye/updates`,
 * `focal-backports`: every suite of a release stops with it), or null for a live or unknown suite.
 */
export function frozenSuiteRelease(suite: string): string | null {
  const codename = suite.toLowerCase().split(/[-/]/)[0];
  return FROZEN_RELEASES.find((r) => r.codename === codename)?.name ?? null;
}
