/**
 * Images published for one platform only: pinning `FROM --platform=` to it states a fact, not a choice (a build for
 * another platform cannot use them). NVIDIA's L4T images (`nvcr.io/nvidia/l4t-*`, JetPack for Jetson: arm64 only, NGC
 * catalog "Architecture: ARM64"), dusty-nv's jetson-containers builds (`dustynv/*`, made on and for Jetson), and the
 * per-architecture namespaces of the Docker Official Images (docker-library/official-images README, "Architectures
 * other than amd64?").
 */
import type { ImageName } from '../model/image-ref.js';
import { matchesImageGlob } from './trusted-images.js';

export const SINGLE_PLATFORM_IMAGES: readonly { glob: string; platform: string }[] = [
  { glob: 'nvcr.io/nvidia/l4t-*', platform: 'linux/arm64' },
  { glob: 'dustynv/*', platform: 'linux/arm64' },
  { glob: 'arm64v8/*', platform: 'linux/arm64' },
  { glob: 'arm32v7/*', platform: 'linux/arm/v7' },
  { glob: 'arm32v6/*', platform: 'linux/arm/v6' },
  { glob: 'arm32v5/*', platform: 'linux/arm/v5' },
  { glob: 'amd64/*', platform: 'linux/amd64' },
  { glob: 'i386/*', platform: 'linux/386' },
  { glob: 'ppc64le/*', platform: 'linux/ppc64le' },
  { glob: 's390x/*', platform: 'linux/s390x' },
  { glob: 'riscv64/*', platform: 'linux/riscv64' },
  { glob: 'mips64le/*', platform: 'linux/mips64le' },
];

/** The only platform the image is published for, or null when it may have several. */
export function onlyPlatformOf(image: ImageName): string | null {
  return SINGLE_PLATFORM_IMAGES.find((e) => matchesImageGlob(image, e.glob))?.platform ?? null;
}

/** `linux/arm64/v8` is `linux/arm64`; case does not matter. */
export function samePlatform(a: string, b: string): boolean {
  const norm = (p: string): string => p.trim().toLowerCase().replace(/^linux\/arm64\/v8$/, 'linux/arm64').replace(/^linux\/aarch64$/, 'linux/arm64').replace(/^linux\/x86_64$/, 'linux/amd64');
  return norm(a) === norm(b);
}

/** Architecture words an image tag may carry for a platform (`1.0-linux-amd64`, `v2-arm64`, `x86_64`). */
const ARCH_WORDS: Readonly<Record<string, readonly string[]>> = {
  // `x86` alone names the 64-bit platform in today's file names and tags (`x86.cpu.base.dockerfile` beside `jp51.…` for Jetson).
  'linux/amd64': ['amd64', 'x86_64', 'x86-64', 'x86'],
  'linux/arm64': ['arm64', 'aarch64', 'arm64v8'],
  'linux/arm/v7': ['armv7', 'arm32v7', 'armhf'],
  'linux/ppc64le': ['ppc64le'],
  'linux/s390x': ['s390x'],
  'linux/riscv64': ['riscv64'],
};

/**
 * The image reference's tag names the platform (`windows-servercore-cache:1.0-linux-amd64-…`, `app:v2-arm64`): a
 * per-platform tag, published for that platform only, so the flag states what it is.
 */
export function tagNamesPlatform(reference: string, platform: string): boolean {
  const tag = /:([^/@]+)(@.*)?$/.exec(reference)?.[1];
  return !!tag && namesPlatform(tag, platform);
}

/**
 * A name carries one of the platform's architecture words as a word of its own (`1.0-linux-amd64`,
 * `Dockerfile.build.arm64`, `Dockerfile-aarch64`).
 */
export function namesPlatform(name: string, platform: string): boolean {
  const words = Object.entries(ARCH_WORDS).find(([p]) => samePlatform(p, platform))?.[1] ?? [];
  return words.some((w) => new RegExp(`(^|[^a-z0-9])${w.replace(/[-]/g, '\\-')}($|[^a-z0-9])`).test(name.toLowerCase()));
}
