/**
 * Where an RPM package manager keeps its package cache, by program and distribution: on CBL-Mariner, Azure Linux and
 * Photon OS `yum` is tdnf (the tdnf package links it), whose cache is /var/cache/tdnf, so a cache mount on
 * /var/cache/yum there keeps nothing out. `dnf` is left as is: CBL-Mariner 2.0 installs the real dnf as a package
 * (`yum install -y dnf`, azure-functions-docker), whose cache is /var/cache/dnf.
 */
import type { ImageName } from '../model/image-ref.js';

/** The images whose `yum` is tdnf: by name (`mcr.microsoft.com/cbl-mariner/base/core`, `photon`) or tag (`dotnet/runtime:7.0-cbl-mariner2.0`). */
const TDNF_NAME = /^(mcr\.microsoft\.com\/(cbl-mariner|azurelinux)\/|photon$|(docker\.io\/)?library\/photon$)/;
const TDNF_TAG = /(^|[-_.])(cbl-mariner|mariner|azurelinux|photon)[0-9.]*([-_.]|$)/i;

export function yumIsTdnf(image: ImageName | null): boolean {
  return image !== null && (TDNF_NAME.test(image.familiar) || TDNF_TAG.test(image.tag ?? ''));
}

/** The cache folder under /var/cache of an install by `program` (yum, dnf, dnf5, tdnf) on the image. */
export function rpmCacheFolder(program: string, image: ImageName | null): string {
  if (program === 'tdnf' || (program === 'yum' && yumIsTdnf(image))) return '/var/cache/tdnf';
  return program === 'yum' ? '/var/cache/yum' : '/var/cache/dnf';
}
