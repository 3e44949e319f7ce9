/**
 * Tags that name no release: a Docker Official Image's `latest`, `alpine`, `slim`, `stable-alpine` or `lts` moves to
 * each new distribution release its maintainers build on, whose archive drops the package versions pinned for the last
 * one. A version (any digit: `3.12-slim`, `alpine3.20`) or a distribution codename (`bookworm`, `jammy`) fixes it.
 *
 * Codenames, Debian: https://www.debian.org/releases/ (and https://wiki.debian.org/DebianReleases for the next ones);
 * Ubuntu: https://wiki.ubuntu.com/Releases (the official images tag each release by its codename too: `ubuntu:noble`).
 */
const RELEASE_CODENAMES = new Set([
  // Debian, every release since 1.1
  'buzz', 'rex', 'bo', 'hamm', 'slink', 'potato', 'woody', 'sarge', 'etch', 'lenny', 'squeeze', 'wheezy', 'jessie', 'stretch',
  'buster', 'bullseye', 'bookworm', 'trixie', 'forky', 'duke',
  // Ubuntu, every release since 4.10 (the interim ones too: `ubuntu:impish` is 21.10)
  'warty', 'hoary', 'breezy', 'dapper', 'edgy', 'feisty', 'gutsy', 'hardy', 'intrepid', 'jaunty', 'karmic', 'lucid',
  'maverick', 'natty', 'oneiric', 'precise', 'quantal', 'raring', 'saucy', 'trusty', 'utopic', 'vivid', 'wily', 'xenial',
  'yakkety', 'zesty', 'artful', 'bionic', 'cosmic', 'disco', 'eoan', 'focal', 'groovy', 'hirsute', 'impish', 'jammy',
  'kinetic', 'lunar', 'mantic', 'noble', 'oracular', 'plucky', 'questing', 'resolute',
]);

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
