/**
 * What a Dockerfile is for, from its file name and folder: development, CI and build-environment
 * images (`Dockerfile.dev`, `dev.Dockerfile`, `Dockerfile.build`, `.devcontainer/Dockerfile`,
 * `ci/Dockerfile`) are run by tools that supply the command and the user, and keep compilers.
 */
const DEV_FILE_NAME = /(^|[._-])(dev|devel|develop|development|devcontainer|ci|build|builder)([._-]|$)/i;
const DEV_FOLDERS = new Set(['.devcontainer', 'devcontainer', 'dev', 'ci', 'build', 'builder']);

export function isDevelopmentDockerfile(filePath: string): boolean {
  const parts = filePath.replace(/\\/g, '/').split('/');
  const name = parts[parts.length - 1]!;
  const folder = parts[parts.length - 2] ?? '';
  return DEV_FILE_NAME.test(name) || DEV_FOLDERS.has(folder.toLowerCase());
}

/**
 * A final stage named as a build target rather than a service image (`validate`, `test`, `lint`,
 * `generate`, `dev`, `export`…): the Dockerfile is driven with `--target` for checks and artifacts.
 */
const AUXILIARY_STAGE = /(^|[-_])(validate|validation|test|tests|testing|lint|check|generate|generator|gen|vendor|dev|devel|develop|ci|bench|benchmark|export|artifacts?|binaries|release|docs)([-_]|$)/i;

export function isAuxiliaryStageName(name: string | null): boolean {
  return name !== null && AUXILIARY_STAGE.test(name);
}
