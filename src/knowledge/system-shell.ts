/**
 * Which program `/bin/sh` is in a base image: it decides what the default `RUN` shell understands.
 * Debian and Ubuntu link it to dash, Alpine to BusyBox ash; neither does bash's brace expansion. The
 * Red Hat family (and Amazon Linux) and openSUSE/SLE link it to bash. Only images whose distribution is certain are named.
 */
import type { ImageName } from '../model/image-ref.js';

export type SystemShell = 'dash' | 'busybox' | 'bash';

/** Docker Official Images whose default variant is Debian (or Ubuntu) based. */
const DEBIAN_DEFAULT = new Set([
  'debian', 'ubuntu', 'python', 'node', 'golang', 'ruby', 'rust', 'php', 'perl', 'buildpack-deps', 'gcc',
  'eclipse-temurin', 'julia', 'r-base', 'haskell', 'pypy', 'nginx', 'httpd', 'redis', 'postgres',
]);
/** Vendor images built on Ubuntu or Debian. */
const DEBIAN_VENDOR = [
  /^pytorch\/pytorch$/, /^tensorflow\/tensorflow$/, /^nvcr\.io\/nvidia\/(pytorch|tensorflow|tritonserver|nemo|jax)$/,
  /^continuumio\/(miniconda3?|anaconda3?)$/, /^condaforge\/(miniforge3|mambaforge)$/, /^mambaorg\/micromamba$/,
  /^(quay\.io\/)?jupyter\//, /^huggingface\/transformers-/,
];
const RED_HAT = [
  /^(centos|fedora|rockylinux|almalinux|amazonlinux|oraclelinux)$/, /^(rockylinux|almalinux)\//,
  /^registry\.access\.redhat\.com\/ubi/, /^redhat\/ubi/, /^quay\.io\/(centos|fedora)\//,
  /^opensuse\/(leap|tumbleweed)$/, /^registry\.suse\.com\//,
];
const DEBIAN_TAG = /(^|[-_.])(bookworm|bullseye|buster|stretch|trixie|jammy|focal|noble|bionic|xenial|ubuntu[0-9.]*|debian[0-9.]*)([-_.]|$)/;
const RED_HAT_TAG = /(^|[-_.])(ubi[0-9]*|rockylinux[0-9]*|centos[0-9]*|oraclelinux[0-9]*|amzn[0-9]*|fedora[0-9]*)([-_.]|$)/;

export function systemShellOf(image: ImageName): SystemShell | null {
  const name = image.familiar;
  const tag = (image.tag ?? '').toLowerCase();
  if (/windows|nanoserver|servercore|ltsc/.test(tag)) return null;
  if (name === 'alpine' || name === 'busybox' || /(^|[-_.])alpine/.test(tag)) return 'busybox';
  if (RED_HAT.some((p) => p.test(name)) || RED_HAT_TAG.test(tag)) return 'bash';
  if (DEBIAN_DEFAULT.has(name) || DEBIAN_VENDOR.some((p) => p.test(name)) || DEBIAN_TAG.test(tag)) return 'dash';
  return null;
}
