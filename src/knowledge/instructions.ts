/**
 * The Dockerfile instruction set and each instruction's flags, as BuildKit's frontend accepts them
 * (`frontend/dockerfile/instructions/parse.go`, `commands_run*.go`).
 */

export const INSTRUCTIONS: readonly string[] = [
  'FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME',
  'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL',
];

/**
 * Instructions that build nothing: they set the image's configuration (its command, ports, labels, variables), run no
 * step and read or write no file.
 */
export const CONFIG_ONLY: ReadonlySet<string> = new Set([
  'CMD', 'ENTRYPOINT', 'EXPOSE', 'LABEL', 'ENV', 'ARG', 'HEALTHCHECK', 'STOPSIGNAL', 'ONBUILD', 'MAINTAINER',
]);

export type FlagKind = 'string' | 'bool' | 'strings' | 'duration' | 'count';

/** Flags per instruction; `strings` flags may repeat. */
export const INSTRUCTION_FLAGS: Readonly<Record<string, Readonly<Record<string, FlagKind>>>> = {
  FROM: { platform: 'string' },
  COPY: { from: 'string', chown: 'string', chmod: 'string', link: 'bool', parents: 'bool', exclude: 'strings' },
  ADD: {
    chown: 'string', chmod: 'string', link: 'bool', 'keep-git-dir': 'bool', checksum: 'string', unpack: 'bool',
    exclude: 'strings',
  },
  // `--security` and `--device` need the labs syntax, which many files declare; accept them.
  RUN: { mount: 'strings', network: 'string', security: 'string', device: 'strings' },
  HEALTHCHECK: {
    interval: 'duration', timeout: 'duration', 'start-period': 'duration', 'start-interval': 'duration', retries: 'count',
  },
};

export const NETWORK_MODES: readonly string[] = ['default', 'none', 'host'];
export const SECURITY_MODES: readonly string[] = ['sandbox', 'insecure'];

export const MOUNT_TYPES: readonly string[] = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];
/** Keys of `RUN --mount` (BuildKit's `parseMount`). */
export const MOUNT_KEYS: readonly string[] = [
  'type', 'from', 'source', 'src', 'target', 'dst', 'destination', 'readonly', 'ro', 'readwrite', 'rw', 'id',
  'sharing', 'required', 'size', 'mode', 'uid', 'gid', 'env',
];
/**
 * Keys of `RUN --mount` that only Buildah (and Podman, which builds with Buildah) reads: SELinux relabelling
 * (`relabel=private|shared`, `Z`, `z`), ownership (`U`), propagation and mount flags. From Buildah's
 * `internal/volumes/volumes.go` (`GetBindMount`, `GetCacheMount`; github.com/containers/buildah) and the `--mount`
 * option of podman-build(1). BuildKit stops at them ("unexpected key").
 */
export const BUILDAH_MOUNT_KEYS: readonly string[] = [
  'relabel', 'z', 'u', 'bind-propagation', 'bind-nonrecursive', 'shared', 'rshared', 'private', 'rprivate', 'slave',
  'rslave', 'nosuid', 'nodev', 'noexec', 'no-dereference', 'consistency',
];
export const MOUNT_SHARING: readonly string[] = ['shared', 'private', 'locked'];

/** Reserved names a stage may not take. */
export const RESERVED_STAGE_NAMES: readonly string[] = ['scratch', 'context'];
/** What BuildKit accepts as a stage name (after lower-casing). */
export const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

/** An absolute container path: POSIX `/x`, or Windows `C:\x`, `C:/x`, `\x`. */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:([\\/]|$)/.test(path);
}
