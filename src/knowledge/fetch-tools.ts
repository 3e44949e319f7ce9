/**
 * Distribution packages that fetch, verify or unpack what a build uses (Debian, Alpine and Fedora names): in a stage
 * whose packages stay behind (a builder that ships only its products, shipping.ts systemPackagesShip), their versions
 * shape nothing of the image: the same commit, archive or checksum comes out of any `git`, `curl` or `tar`. Compilers,
 * headers and libraries are not here: their versions do shape what a builder makes.
 */
export const FETCH_TOOLS: ReadonlySet<string> = new Set([
  'git', 'git-core', 'git-lfs', 'ca-certificates', 'curl', 'wget', 'openssh-client', 'openssh', 'gnupg', 'gnupg2', 'gpg',
  'gpg-agent', 'dirmngr', 'unzip', 'zip', 'xz-utils', 'xz', 'tar', 'gzip', 'bzip2', 'zstd', 'jq',
]);

/** What the pinning rules' docs say of them. */
export const FETCH_TOOLS_DOC =
  'Nor a package that only fetches, verifies or unpacks (`git`, `ca-certificates`, `curl`, `wget`, `gnupg`, `unzip`, `xz-utils`: `src/knowledge/fetch-tools.ts`) in a build-only stage that ships none of its packages (only its products are copied out: a binary, `/app`, a folder it made): any version of it yields the same commit, archive or checksum, and none of it reaches the image. Compilers, headers and libraries there stay reported.';
