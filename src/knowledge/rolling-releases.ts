/**
 * Base images of rolling-release distributions. Their package repositories hold only the current build of each
 * package, so `zypper install git=2.43.0` or `apk add curl=8.9.1-r1` breaks at the next snapshot: the way to make such a
 * build repeatable is to pin the image (by digest or dated tag) and, where the distribution offers one, a snapshot
 * repository, not the packages. A dated image tag does not stop the repositories inside from rolling on.
 *
 * Sources:
 * - openSUSE Tumbleweed: "a pure rolling release" (https://en.opensuse.org/Portal:Tumbleweed); repositories carry one
 *   snapshot, earlier ones only on https://download.opensuse.org/history/ (https://en.opensuse.org/openSUSE:Tumbleweed_snapshots).
 *   Docker Hub's `opensuse/tumbleweed` publishes `latest` only; registry.opensuse.org tags each snapshot
 *   (`registry.opensuse.org/opensuse/tumbleweed:20250316`).
 * - Arch Linux: rolling release, partial upgrades unsupported (https://wiki.archlinux.org/title/System_maintenance#Partial_upgrades_are_unsupported);
 *   the image is tagged by date and build (`archlinux:base-20240101.0.204074`, https://gitlab.archlinux.org/archlinux/archlinux-docker);
 *   dated package repositories on https://archive.archlinux.org.
 * - Fedora Rawhide: the development branch, rebuilt daily (https://docs.fedoraproject.org/en-US/releases/rawhide/).
 * - Debian sid (unstable): packages are replaced as new versions are uploaded (https://www.debian.org/releases/sid/);
 *   dated repositories on https://snapshot.debian.org.
 * - Alpine edge: the development branch (https://wiki.alpinelinux.org/wiki/Repositories#Edge).
 * - Wolfi: "a rolling distribution" with no releases (https://github.com/wolfi-dev/os, edu.chainguard.dev's Wolfi
 *   overview); `apk` reads packages.wolfi.dev/os, where a superseded version is withdrawn after a while whatever the
 *   base image does. Chainguard's images (`cgr.dev/chainguard/*`, Docker Hub's `chainguard/*`: the free tier is
 *   `latest` and `latest-dev` only) are built from Wolfi's (now Chainguard OS's) packages, as is `wolfi-dev/sdk`.
 */
import type { ImageName } from '../model/image-ref.js';

export interface RollingRelease {
  /** The distribution, as messages name it. */
  distribution: string;
  /**
   * How to pin the image instead, where that helps: a release of the distribution to move to (Fedora, Debian,
   * Alpine). Null for a pure rolling release (Tumbleweed, Arch): a pinned snapshot of the image still installs
   * today's packages from the rolling repositories, a partial upgrade the distribution does not support.
   */
  pinAdvice: string | null;
}

interface Entry extends RollingRelease {
  image: RegExp;
  /** Tags that select the rolling branch; any tag when absent. */
  tags?: RegExp;
}

const ROLLING: readonly Entry[] = [
  {
    image: /^(registry\.opensuse\.org\/)?opensuse\/tumbleweed$/,
    distribution: 'openSUSE Tumbleweed',
    pinAdvice: null,
  },
  {
    image: /^(archlinux|archlinux\/archlinux)$/,
    distribution: 'Arch Linux',
    pinAdvice: null,
  },
  {
    image: /^((quay\.io|registry\.fedoraproject\.org)\/)?(fedora\/)?fedora$/,
    tags: /^rawhide$/,
    distribution: 'Fedora Rawhide',
    pinAdvice: 'pin the digest, or a Fedora release (`fedora:42`)',
  },
  { image: /^debian$/, tags: /^(sid|unstable)(-slim)?$/, distribution: 'Debian sid', pinAdvice: 'pin the digest, or a Debian release (`debian:trixie`)' },
  // docker-library's buildpack-deps variants of sid (`sid`, `sid-curl`, `sid-scm`) are `FROM debian:sid` layers.
  { image: /^buildpack-deps$/, tags: /^(sid|unstable)(-curl|-scm)?$/, distribution: 'Debian sid', pinAdvice: 'pin the digest, or a Debian release (`buildpack-deps:trixie`)' },
  { image: /^alpine$/, tags: /^edge$/, distribution: 'Alpine edge', pinAdvice: 'pin the digest, or an Alpine release (`alpine:3.22`)' },
  // No release to move to: the image's digest is the only pin (its packages then age until withdrawn from the archive).
  {
    image: /^(cgr\.dev\/chainguard|chainguard|ghcr\.io\/wolfi-dev)\/[\w.-]+$/,
    distribution: 'Wolfi',
    pinAdvice: 'Chainguard publishes no version tags for it, so pin the digest (`@sha256:…`)',
  },
];

/** The rolling release `image` is, or null (an image the list does not name, or a stable branch of the distribution). */
export function rollingReleaseOf(image: ImageName): RollingRelease | null {
  const tag = (image.tag ?? 'latest').toLowerCase();
  const entry = ROLLING.find((e) => e.image.test(image.familiar) && (!e.tags || e.tags.test(tag)));
  return entry ? { distribution: entry.distribution, pinAdvice: entry.pinAdvice } : null;
}

/**
 * Debian's suites that roll: `testing` and `sid`/`unstable` (with their `-updates`, `-security`, `-backports`), whose
 * archive keeps only the current build of each package.
 */
export function isRollingAptSuite(suite: string): boolean {
  return /^(testing|sid|unstable)(-(updates|security|backports|proposed-updates))?$/.test(suite);
}
