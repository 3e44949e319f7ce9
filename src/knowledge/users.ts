/**
 * How to run an image as an unprivileged user, per base image: the distribution's own tool creates a system user
 * with a fixed numeric UID (so `USER` can name the number, which Kubernetes' `runAsNonRoot` can check), and
 * distroless images already ship one. Only images whose tools are certain are named.
 */
import type { ImageName } from '../model/image-ref.js';
import { type Distro, distroOf } from './system-shell.js';

export const APP_UID = 10001;
/** The `nonroot` user every gcr.io/distroless image has in its /etc/passwd. */
const DISTROLESS_NONROOT_UID = 65532;

export interface NonRootSetup {
  /** The shell command that creates the user (run as root in the final stage); null when the image already has one. */
  create: string | null;
  /** What `USER` names. */
  user: string;
}

/** The user-creation command per distribution: shadow-utils `groupadd`/`useradd`, BusyBox `addgroup`/`adduser` on Alpine. */
const CREATE: Partial<Record<Distro, string>> = {
  debian: `groupadd --system --gid ${APP_UID} app && useradd --system --uid ${APP_UID} --gid app --create-home app`,
  redhat: `groupadd --system --gid ${APP_UID} app && useradd --system --uid ${APP_UID} --gid app --create-home app`,
  alpine: `addgroup -S -g ${APP_UID} app && adduser -S -D -u ${APP_UID} -G app app`,
};

/** Red Hat family images without shadow-utils: `-minimal`/`-micro` variants (microdnf only) and Amazon Linux 2023. */
const NO_SHADOW_UTILS = [/(^|[-_./])(minimal|micro)([-_.]|$)/, /^amazonlinux$/];

export function nonRootSetup(image: ImageName): NonRootSetup | null {
  if (/^gcr\.io\/distroless\//.test(image.familiar)) return { create: null, user: String(DISTROLESS_NONROOT_UID) };
  const distro = distroOf(image);
  if (distro === 'redhat' && NO_SHADOW_UTILS.some((p) => p.test(image.familiar) || p.test(image.tag ?? ''))) return null;
  const create = distro && CREATE[distro];
  return create ? { create, user: String(APP_UID) } : null;
}
