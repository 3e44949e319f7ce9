/**
 * Programs that read from their environment only variables of their own, documented names: a variable a Dockerfile
 * declares under a name of its own (`ARG PRIVATE_KEY`) reaches nothing they do. Shell builtins and file utilities,
 * and the distributions' package managers, whose variables (and their packages' maintainer scripts') have fixed
 * names or prefixes. Anything else (an interpreter, a script, `make`, `env`, `find -exec`, `xargs`, `sed`'s `e`
 * command, a download tool reading proxy variables) may read any variable and is not listed.
 */
import path from 'node:path';

const FILE_TOOLS = [
  ':', 'true', 'false', 'echo', 'printf', 'test', '[', '[[', 'cd', 'export', 'unset', 'set', 'exit', 'return', 'shift',
  'rm', 'rmdir', 'mkdir', 'ln', 'cp', 'mv', 'touch', 'chmod', 'chown', 'chgrp', 'cat', 'ls', 'head', 'tail', 'grep',
  'tee', 'sort', 'uniq', 'cut', 'tr', 'wc', 'basename', 'dirname', 'readlink', 'realpath', 'stat', 'sleep',
  'useradd', 'groupadd', 'adduser', 'addgroup', 'usermod', 'ldconfig',
];

/** Package managers and the variable names they (and their maintainer scripts) read. */
const PACKAGE_MANAGERS: Readonly<Record<string, RegExp>> = {
  'apt-get': /^(APT_|DEBIAN_|DEBCONF_|DPKG_)/,
  apt: /^(APT_|DEBIAN_|DEBCONF_|DPKG_)/,
  dpkg: /^(DEBIAN_|DEBCONF_|DPKG_)/,
  dnf: /^(DNF|YUM|RPM_)/,
  microdnf: /^(DNF|RPM_)/,
  yum: /^(YUM|DNF|RPM_)/,
  rpm: /^RPM_/,
  apk: /^APK_/,
  zypper: /^(ZYPP|RPM_)/,
};

const BLIND = new Set(FILE_TOOLS);

/** `program` (a path or base name) reads no variable named `variable` that a Dockerfile gives it; false when unknown. */
export function readsNoVariableNamed(program: string | null, variable: string): boolean {
  if (!program) return false;
  const name = path.posix.basename(program);
  if (BLIND.has(name)) return true;
  const own = PACKAGE_MANAGERS[name];
  return own !== undefined && !own.test(variable);
}
