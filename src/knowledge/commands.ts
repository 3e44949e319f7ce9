/**
 * The command-line grammar of the tools rules ask about, as data: which program names a tool answers to, which
 * of its options take a value (so a value is never read as a package or a subcommand), how its subcommands are
 * spelled, and which subcommands install packages. The invocation reader (src/shell/invocation.ts) is the only
 * code that reads these tables; rules ask it. Adding a package manager is one entry here plus table rows in
 * test/invocation.test.ts.
 */
import { SERVERS, type ServerSpec } from './servers.js';

export interface ToolGrammar {
  /** The tool's id, as rules name it (`apt`, `rpm`, `pip`). */
  tool: string;
  /** Program base names (`apt-get`, `/usr/bin/apt-get` and `xx-apt-get` included by name). */
  programs: readonly string[];
  /** Program names matched by shape (`pip3.11`). */
  programPattern?: RegExp;
  /** Options that take a value. Short ones also take it glued on (`-tbookworm`) or after a cluster (`-yt x`). */
  valued: readonly string[];
  /** Go style: `-ldflags` is one long option, never a cluster of letters. */
  singleDashLong?: boolean;
  /** Words after `--` belong to something else (gem's build arguments): ignore them. */
  dropAfterDoubleDash?: boolean;
  /** npm style: a bare `--flag` followed by `true`/`false` takes that word as its value. */
  booleanValues?: boolean;
  /** The first operand is a subcommand (`apt-get install`). */
  subcommands?: boolean;
  /** Subcommands whose next operand continues the subcommand path (`dnf group install`, `uv pip install`). */
  nested?: readonly string[];
  /** Other spellings of a subcommand (`in` → `install`), mapped to the canonical one. */
  aliases?: Readonly<Record<string, string>>;
  /** Subcommand paths whose operands are package specs: what the pinning rules check. */
  packageInstalls?: readonly string[];
  /** Subcommand paths that remove installed packages (their operands): what the pinning rules take as undoing an install. */
  packageRemovals?: readonly string[];
  /** Subcommand paths that download packages into the tool's cache: what the cleanup rules check. */
  cacheFills?: readonly string[];
  /** Subcommand paths that, without operands, upgrade every installed package to the archive's latest (`apt-get upgrade`). */
  fullUpgrades?: readonly string[];
  /** Options that make the call a dry run (`apt-get install -s`): it installs and downloads nothing. */
  dryRun?: readonly string[];
  /** optparse style: a long option shortened to a unique prefix (`--no-cache` for `--no-cache-dir`), mapped to its full name. */
  abbreviations?: ReadonlyMap<string, string>;
}

/** Every prefix of `full` down to `shortest` (the shortest one no other option of the tool shares), mapped to `full`. */
function prefixes(full: string, shortest: string): [string, string][] {
  const out: [string, string][] = [];
  for (let n = shortest.length; n < full.length; n++) out.push([full.slice(0, n), full]);
  return out;
}

const APT_VALUED = ['-o', '--option', '-t', '--target-release', '--default-release', '-c', '--config-file', '-a', '--host-architecture'];

const PIP_VALUED = [
  // pip's general options
  '--python', '--log', '--log-file', '--keyring-provider', '--proxy', '--retries', '--timeout', '--exists-action',
  '--trusted-host', '--cert', '--client-cert', '--cache-dir', '--use-feature', '--use-deprecated', '--resume-retries',
  // pip install / download / wheel
  '-r', '--requirement', '--requirements', '-c', '--constraint', '--constraints', '-e', '--editable', '-t', '--target',
  '--platform', '--python-version', '--implementation', '--abi', '--root', '--prefix', '--src', '--upgrade-strategy', '-C',
  '--config-settings', '--global-option', '--install-option', '--no-binary', '--only-binary', '--progress-bar',
  '--root-user-action', '--report', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '--group', '-b',
  '--build', '--build-constraint', '-d', '--dest', '-w', '--wheel-dir',
  // uv pip, uv tool, pipx
  '--override', '--overrides', '--excludes', '--index', '--default-index', '--index-strategy', '--resolution', '--prerelease',
  '--exclude-newer', '--config-setting', '--python-platform', '--link-mode', '--reinstall-package', '-P', '--upgrade-package',
  '--refresh-package', '--no-build-package', '--no-binary-package', '--only-binary-package', '--extra', '--torch-backend',
  '--directory', '--project', '--config-file', '--color', '--allow-insecure-host', '--no-build-isolation-package', '-p',
  '--fork-strategy', '--with-requirements', '--with', '--with-editable', '--from', '--suffix', '--pip-args', '--preinstall',
  '--spec', '--python-preference',
];

const NODE_VALUED = [
  '--prefix', '--registry', '--cache', '--userconfig', '--globalconfig', '--tag', '--omit', '--include', '--loglevel',
  '-w', '--workspace', '--install-strategy', '--before', '--location', '--fetch-retries', '--fetch-retry-mintimeout',
  '--fetch-retry-maxtimeout', '--fetch-timeout', '--network-timeout', '--proxy', '--https-proxy', '--cafile', '--python',
  '--arch', '--platform', '--os', '--cpu', '--libc', '--maxsockets', '--user-agent', '--script-shell', '--auth-type',
  '--otp', '--access', '--scope', '--save-prefix', '--depth', '--cache-folder', '--modules-folder', '--global-folder',
  '--mutex', '--link-folder', '--cwd', '--filter', '-F', '-C', '--dir', '--store-dir', '--reporter', '--virtual-store-dir',
  '--node-linker', '--network-concurrency', '--child-concurrency', '--use-yarnrc',
];

const CONDA_VALUED = [
  '-c', '--channel', '-n', '--name', '-p', '--prefix', '--file', '-f', '--solver', '--repodata-fn', '--clone', '--subdir',
  '--platform', '-r', '--root-prefix', '--rc-file', '--revision', '--category', '--experimental', '--channel-alias',
  '--relocate-prefix', '--cwd', '--log-level', '--channel-priority',
];

/** npm's abbreviations and common typos of `install` (npm itself accepts them). */
const NPM_INSTALL = ['i', 'add', 'in', 'ins', 'inst', 'insta', 'instal', 'isnt', 'isnta', 'isntal', 'isntall'];

export const TOOLS: readonly ToolGrammar[] = [
  {
    tool: 'apt',
    programs: ['apt-get', 'apt', 'xx-apt-get', 'xx-apt', 'aptitude'],
    valued: APT_VALUED,
    subcommands: true,
    packageInstalls: ['install'],
    packageRemovals: ['purge', 'remove', 'autoremove', 'autopurge'],
    fullUpgrades: ['upgrade', 'dist-upgrade', 'full-upgrade'],
    dryRun: ['-s', '--simulate', '--just-print', '--dry-run', '--recon', '--no-act'],
  },
  {
    tool: 'apk',
    programs: ['apk', 'xx-apk'],
    valued: [
      '-t', '--virtual', '-X', '--repository', '--repositories-file', '-p', '--root', '--arch', '--cache-dir', '--keys-dir',
      '--wait', '--cache-max-age', '--timeout',
    ],
    subcommands: true,
    packageInstalls: ['add'],
    packageRemovals: ['del'],
    fullUpgrades: ['upgrade'],
    dryRun: ['-s', '--simulate'],
  },
  {
    tool: 'rpm',
    programs: ['yum', 'dnf', 'dnf5', 'microdnf', 'tdnf'],
    valued: [
      '--enablerepo', '--disablerepo', '--setopt', '--installroot', '--releasever', '-c', '--config', '--repo', '--repoid',
      '-x', '--exclude', '--forcearch', '--downloaddir', '--destdir', '-d', '--debuglevel', '-e', '--errorlevel',
      '--rpmverbosity', '--color', '--repofrompath', '--comment', '--advisory', '--advisories', '--bz', '--bzs', '--cve',
      '--cves', '--sec-severity', '--secseverity', '--disableplugin', '--enableplugin', '--platform-id',
    ],
    subcommands: true,
    nested: ['group', 'groups', 'module'],
    aliases: { in: 'install', groupinstall: 'group install', 'groups install': 'group install' },
    packageInstalls: ['install'],
    packageRemovals: ['remove', 'erase', 'autoremove'],
    // yum and dnf: `update` is `upgrade`; `distro-sync` moves every package to the repositories' version.
    fullUpgrades: ['upgrade', 'update', 'distro-sync'],
    cacheFills: ['install', 'group install', 'module install', 'localinstall', 'reinstall'],
  },
  {
    tool: 'zypper',
    programs: ['zypper'],
    valued: [
      '-R', '--root', '-D', '--reposd-dir', '-C', '--cache-dir', '--raw-cache-dir', '--solv-cache-dir', '--pkg-cache-dir',
      '-c', '--config', '-t', '--type', '-r', '--repo', '--from', '--download', '-p', '--plus-repo', '--userdata',
    ],
    subcommands: true,
    aliases: { in: 'install', rm: 'remove', si: 'source-install', up: 'update', dup: 'dist-upgrade' },
    packageInstalls: ['install'],
    fullUpgrades: ['update', 'dist-upgrade'],
    packageRemovals: ['remove'],
  },
  {
    tool: 'pip',
    programs: ['pip', 'pipx'],
    programPattern: /^pip\d+(\.\d+)*$/,
    valued: PIP_VALUED,
    subcommands: true,
    packageInstalls: ['install'],
    // pip reads its options with optparse, which takes any unambiguous prefix: `pip install --no-cache torch` works
    // (`--no-ca…` is shared by no other pip option: `--no-clean`, `--no-color`, `--no-compile` part earlier).
    abbreviations: new Map(prefixes('--no-cache-dir', '--no-ca')),
  },
  {
    tool: 'uv',
    programs: ['uv'],
    valued: [
      ...PIP_VALUED, '--only-group', '--no-group', '--package', '--env-file', '--no-install-package', '--cache-dir',
    ],
    subcommands: true,
    nested: ['pip', 'tool'],
    packageInstalls: ['pip install', 'tool install'],
  },
  {
    tool: 'conda',
    programs: ['conda', 'mamba', 'micromamba'],
    valued: CONDA_VALUED,
    subcommands: true,
    nested: ['env'],
    aliases: { upgrade: 'update' },
    packageInstalls: ['install', 'create'],
    cacheFills: ['install', 'create', 'update', 'env create', 'env update'],
    dryRun: ['-d', '--dry-run'],
  },
  {
    tool: 'npm',
    programs: ['npm'],
    valued: NODE_VALUED,
    booleanValues: true,
    subcommands: true,
    aliases: Object.fromEntries(NPM_INSTALL.map((a) => [a, 'install'])),
    packageInstalls: ['install'],
  },
  {
    tool: 'yarn',
    programs: ['yarn'],
    valued: NODE_VALUED,
    booleanValues: true,
    subcommands: true,
    nested: ['global'],
    packageInstalls: ['add', 'global add'],
    // '' is a bare `yarn`, which installs.
    cacheFills: ['', 'install', 'add', 'global add'],
  },
  {
    tool: 'pnpm',
    programs: ['pnpm'],
    valued: NODE_VALUED,
    booleanValues: true,
    subcommands: true,
    aliases: { i: 'install' },
    packageInstalls: ['add', 'install'],
  },
  {
    tool: 'gem',
    programs: ['gem'],
    valued: [
      '-v', '--version', '-i', '--install-dir', '-n', '--bindir', '-s', '--source', '--platform', '-g', '--file',
      '--build-root', '-P', '--trust-policy', '--without', '--target-rbconfig',
    ],
    dropAfterDoubleDash: true,
    subcommands: true,
    aliases: { i: 'install' },
    packageInstalls: ['install'],
  },
  {
    tool: 'go',
    programs: ['go', 'xx-go'],
    valued: [
      '-ldflags', '-gcflags', '-asmflags', '-gccgoflags', '-tags', '-o', '-mod', '-modfile', '-p', '-buildmode', '-compiler',
      '-installsuffix', '-pkgdir', '-toolexec', '-overlay', '-pgo', '-C', '-exec', '-coverpkg', '-covermode',
    ],
    singleDashLong: true,
    subcommands: true,
    nested: ['mod'],
    packageInstalls: ['install', 'get'],
  },
  // An Autoconf `./configure` script: the install folders it takes (`--prefix /usr/local`, `--libdir=DIR`), where `make install` puts the build.
  { tool: 'configure', programs: ['configure'], valued: ['--prefix', '--exec-prefix', '--libdir', '--bindir', '--sbindir', '--includedir', '--datarootdir', '--sysconfdir'] },
  { tool: 'cargo', programs: ['cargo'], valued: ['--manifest-path', '--path', '--target-dir', '--profile', '--target', '--root', '--version', '--git', '--branch', '--tag', '--rev', '-j', '--jobs', '--features', '-F', '-p', '--package'], subcommands: true },
  {
    // Only what dlint reads from git: the subcommand (after global `-C dir`, `-c key=value`) and `clone`'s and `init`'s operands.
    tool: 'git',
    programs: ['git'],
    valued: [
      '-C', '-c', '--git-dir', '--work-tree', '--namespace', '-b', '--branch', '--depth', '-o', '--origin', '-u', '--upload-pack',
      '--reference', '--reference-if-able', '--separate-git-dir', '-j', '--jobs', '--template', '--filter', '--shallow-since',
      '--shallow-exclude', '--bundle-uri', '--server-option', '--config', '-m',
    ],
    subcommands: true,
  },
  { tool: 'poetry', programs: ['poetry'], valued: ['--with', '--without', '--only', '-E', '--extras', '-C', '--directory', '-P', '--project'], subcommands: true },
  { tool: 'pipenv', programs: ['pipenv'], valued: ['--python'], subcommands: true },
  {
    tool: 'bundle',
    programs: ['bundle', 'bundler'],
    valued: ['--gemfile', '--path', '--jobs', '-j', '--retry', '--without', '--with', '--binstubs', '--shebang', '--standalone', '--trust-policy'],
    subcommands: true,
  },
  { tool: 'composer', programs: ['composer'], valued: ['-d', '--working-dir'], subcommands: true },
  {
    tool: 'curl',
    programs: ['curl'],
    valued: [
      '-o', '--output', '-d', '--data', '--data-raw', '--data-binary', '--data-urlencode', '-H', '--header', '-u', '--user',
      '-X', '--request', '-A', '--user-agent', '-e', '--referer', '-b', '--cookie', '-c', '--cookie-jar', '-F', '--form',
      '-T', '--upload-file', '-x', '--proxy', '-m', '--max-time', '--connect-timeout', '--retry', '--retry-delay',
      '--retry-max-time', '-w', '--write-out', '-K', '--config', '-r', '--range', '-z', '--time-cond', '--cacert',
      '--capath', '-E', '--cert', '--key', '--output-dir', '--resolve', '--url', '-C', '--continue-at', '--limit-rate',
      '--max-filesize', '--proto', '--proto-redir', '--interface', '--dns-servers', '--netrc-file', '-Y', '--speed-limit',
      '-y', '--speed-time', '--expect100-timeout', '--ciphers', '--tls-max', '--oauth2-bearer', '-D', '--dump-header', '-P',
      '--ftp-port', '-Q', '--quote', '-t', '--telnet-option', '-U', '--proxy-user',
    ],
  },
  {
    tool: 'wget',
    programs: ['wget'],
    // `-n` takes its letter glued on: `-nv`, `-nc`, `-nd`.
    valued: [
      '-O', '-o', '-a', '-i', '-B', '-e', '-P', '-t', '-T', '-w', '-U', '-Q', '-l', '-A', '-R', '-D', '-I', '-X', '-Y', '-n',
      '--output-document', '--output-file', '--append-output', '--directory-prefix', '--tries', '--timeout', '--user-agent',
      '--header', '--user', '--password', '--http-user', '--http-password', '--input-file', '--execute', '--quota', '--wait',
      '--progress', '--limit-rate', '--ca-certificate', '--ca-directory', '--certificate', '--private-key', '--base',
      '--post-data', '--post-file', '--load-cookies', '--save-cookies', '--method', '--body-data', '--body-file', '--level',
      '--accept', '--reject', '--domains', '--exclude-domains', '--include-directories', '--exclude-directories', '--referer',
      '--dns-timeout', '--connect-timeout', '--read-timeout', '--bind-address',
    ],
  },
  {
    tool: 'useradd',
    programs: ['useradd', 'groupadd', 'usermod'],
    valued: [
      '-u', '--uid', '-g', '--gid', '-G', '--groups', '-d', '--home-dir', '-s', '--shell', '-c', '--comment', '-b', '--base-dir',
      '-e', '--expiredate', '-f', '--inactive', '-k', '--skel', '-K', '--key', '-p', '--password', '-R', '--root', '-P',
      '--prefix', '-Z', '--selinux-user', '--btrfs-subvolume-home',
    ],
  },
  {
    tool: 'adduser',
    programs: ['adduser', 'addgroup'],
    // Debian's adduser and BusyBox's share these spellings; BusyBox's `-u UID`, Debian's `--uid UID`.
    valued: ['-u', '--uid', '-g', '--gid', '-G', '--ingroup', '-h', '--home', '-s', '--shell', '--gecos', '-k', '--firstuid', '--lastuid', '--conf'],
  },
  {
    tool: 'python',
    programs: ['python', 'pypy'],
    programPattern: /^(python|pypy)\d+(\.\d+)*$/,
    valued: ['-W', '-X', '-Q', '-c', '-m'],
  },
  { tool: 'rm', programs: ['rm'], valued: [] },
  { tool: 'cd', programs: ['cd', 'pushd'], valued: [] },
  // So that `mkdir -p -m 0770 /var/solr` has one operand, the folder (the shellcheck rule asks whether its parent is there).
  { tool: 'mkdir', programs: ['mkdir'], valued: ['-m', '--mode'] },
  { tool: 'set', programs: ['set'], valued: ['-o', '+o'] },
  // Text filters: their valued options, so that `cut -d ' ' -f 2` has no operand (shell-pipefail asks for files read).
  { tool: 'cut', programs: ['cut'], valued: ['-b', '-c', '-d', '-f', '--bytes', '--characters', '--delimiter', '--fields', '--output-delimiter'] },
  { tool: 'head', programs: ['head', 'tail'], valued: ['-n', '-c', '--lines', '--bytes', '-s', '--sleep-interval', '--pid'] },
  {
    tool: 'sort',
    programs: ['sort'],
    valued: ['-k', '--key', '-t', '--field-separator', '-o', '--output', '-S', '--buffer-size', '-T', '--temporary-directory', '--parallel', '--batch-size', '--files0-from'],
  },
  { tool: 'uniq', programs: ['uniq'], valued: ['-f', '-s', '-w', '--skip-fields', '--skip-chars', '--check-chars'] },
  { tool: 'sed', programs: ['sed', 'gsed'], valued: ['-e', '--expression', '-f', '--file', '-l', '--line-length'] },
  { tool: 'awk', programs: ['awk', 'gawk', 'mawk'], valued: ['-F', '--field-separator', '-v', '--assign', '-f', '--file'] },
  // Its valued options, so that the operands are the files it reads (shell-pipefail asks whether they are there).
  {
    tool: 'scanelf',
    programs: ['scanelf'],
    valued: ['-F', '--format', '-E', '--etype', '-M', '--bits', '-s', '--symbol', '-N', '--lib', '-k', '--section', '-f', '--from', '-O', '--perms', '-D', '--endian'],
  },
  { tool: 'stat', programs: ['stat'], valued: ['-c', '--format', '--printf'] },
];

/**
 * The container engines project files run, one list for every reader of their command lines
 * (src/context/engine-commands.ts), with what each does: `builds` images and names them (`build`, `tag`, `cp`, `push`:
 * read with IMAGE_BUILD), `runs` containers of an image (`run`, `create`: read with CONTAINER_RUN). buildah's `run`
 * runs a command in a working container, not an image. `nvidia-docker` is NVIDIA's wrapper of the Docker CLI: it adds
 * its GPU runtime to `run` and `create` and hands every other subcommand to `docker` as it is, so `nvidia-docker
 * build -t torchrec .` (intel's torchrec example README) builds as `docker build` does.
 */
export const CONTAINER_ENGINES: readonly { program: string; builds: boolean; runs: boolean }[] = [
  { program: 'docker', builds: true, runs: true },
  { program: 'podman', builds: true, runs: true },
  { program: 'nerdctl', builds: true, runs: true },
  { program: 'buildah', builds: true, runs: false },
  { program: 'nvidia-docker', builds: true, runs: true },
];

/**
 * Container engines building an image (`docker build`, `docker buildx build`, `docker image build`, `podman build`,
 * `buildah bud`), naming one (`docker tag`, `docker image tag`) or copying out of a container (`docker cp`): the
 * grammar src/context/engine-commands.ts reads every engine call with but a run's, and names its subcommand with
 * (`container run` → `run`). Not one of TOOLS: `-t` names the image for a build but is a flag (a terminal) for
 * `docker run` and `exec`, and a tool's valued options hold for every subcommand.
 */
export const IMAGE_BUILD: ToolGrammar = {
  tool: 'image-build',
  programs: CONTAINER_ENGINES.filter((e) => e.builds).map((e) => e.program),
  valued: [
    // The engines' own options, before the subcommand
    '-H', '--host', '--context', '--config', '-l', '--log-level', '--connection', '--url', '--root', '--runroot', '--storage-driver',
    // build
    '-t', '--tag', '-f', '--file', '--build-arg', '--build-arg-file', '--build-context', '--target', '--platform', '--label',
    '--cache-from', '--cache-to', '-o', '--output', '--secret', '--ssh', '--progress', '--builder', '--network', '--iidfile',
    '--metadata-file', '--add-host', '--shm-size', '--ulimit', '-m', '--memory', '--memory-swap', '-c', '--cpu-shares',
    '--cpu-period', '--cpu-quota', '--cpuset-cpus', '--cpuset-mems', '--cgroup-parent', '--isolation', '--attest',
    '--annotation', '--allow', '--call', '--format', '--jobs', '--arch', '--os', '--variant', '-v', '--volume', '--env',
    '--from', '--authfile', '--creds', '--cert-dir', '--runtime', '--userns', '--manifest', '--timestamp', '--layer-label',
  ],
  subcommands: true,
  // `podman farm build` builds on the farm's machines and pushes the manifest list to the tag it is given; `docker
  // container run` is `docker run`, `docker manifest push` publishes a manifest list as `docker push` an image.
  nested: ['buildx', 'image', 'farm', 'container', 'manifest'],
  aliases: {
    'buildx build': 'build', 'buildx b': 'build', 'image build': 'build', 'farm build': 'build', bud: 'build', 'image tag': 'tag',
    'image push': 'push', 'manifest push': 'push', 'container run': 'run', 'container create': 'create', 'container cp': 'cp',
  },
};

/**
 * A variable whose name says it holds the container engine a script runs (dokku's `"$DOCKER_BIN" image build`,
 * `${CONTAINER_ENGINE} build`, `$PODMAN build`): its command is read as the engine's.
 */
export const ENGINE_VARIABLE = new RegExp(
  `^(${IMAGE_BUILD.programs.join('|')}|container_engine|container_runtime|container_cli|container_tool|oci_engine|engine)(_(bin|binary|cmd|command|exe|exec|cli))?$`,
  'i',
);

/**
 * `docker run` / `docker create` (also `docker container run`, podman's, nerdctl's, `nvidia-docker run`): the options
 * that take a value, so that the first operand after them is the image and the words after it the container's command.
 * What src/context/engine-commands.ts reads a run with.
 */
export const CONTAINER_RUN: { programs: readonly string[]; subcommands: readonly string[]; valued: ReadonlySet<string> } = {
  programs: CONTAINER_ENGINES.filter((e) => e.runs).map((e) => e.program),
  subcommands: ['run', 'create'],
  valued: new Set([
    '--add-host', '--annotation', '-a', '--attach', '--blkio-weight', '--blkio-weight-device', '--cap-add', '--cap-drop',
    '--cgroup-parent', '--cgroupns', '--cidfile', '--cpu-period', '--cpu-quota', '--cpu-rt-period', '--cpu-rt-runtime',
    '-c', '--cpu-shares', '--cpus', '--cpuset-cpus', '--cpuset-mems', '--detach-keys', '--device', '--device-cgroup-rule',
    '--device-read-bps', '--device-read-iops', '--device-write-bps', '--device-write-iops', '--dns', '--dns-option',
    '--dns-search', '--domainname', '--entrypoint', '-e', '--env', '--env-file', '--expose', '--gpus', '--group-add',
    '--health-cmd', '--health-interval', '--health-retries', '--health-start-interval', '--health-start-period',
    '--health-timeout', '-h', '--hostname', '--ip', '--ip6', '--ipc', '--isolation', '--kernel-memory', '-l', '--label',
    '--label-file', '--link', '--link-local-ip', '--log-driver', '--log-opt', '--mac-address', '-m', '--memory',
    '--memory-reservation', '--memory-swap', '--memory-swappiness', '--mount', '--name', '--network', '--net',
    '--network-alias', '--oom-score-adj', '--pid', '--pids-limit', '--platform', '-p', '--publish', '--pull', '--restart',
    '--runtime', '--security-opt', '--shm-size', '--stop-signal', '--stop-timeout', '--storage-opt', '--sysctl', '--tmpfs',
    '-u', '--user', '--ulimit', '--userns', '--uts', '-v', '--volume', '--volume-driver', '--volumes-from', '-w', '--workdir',
    // podman's own
    '--arch', '--os', '--variant', '--authfile', '--secret', '--uidmap', '--gidmap', '--subuidname', '--subgidname',
    '--cgroups', '--hooks-dir', '--init-path', '--pod', '--requires', '--sdnotify', '--systemd', '--timeout', '--umask',
  ]),
};

/**
 * Programs that run another command given on their command line. The words after the launcher's own options
 * (and, with `sub`, after that subcommand; with `operands`, after that many operands of its own) are the command
 * it runs, which the shell model lists as a command of its own, `launchers` naming what it went through.
 */
export interface LauncherGrammar {
  programs: readonly string[];
  programPattern?: RegExp;
  valued: readonly string[];
  /** The launcher runs a command only with this subcommand (`conda run`, `uv run`). */
  sub?: string;
  /** Operands that belong to the launcher itself (`gosu USER cmd`, `timeout 10 cmd`). */
  operands?: number;
  /** `env`: leading `NAME=value` words are assignments for the command. */
  assignments?: boolean;
  /** Every long option takes a value as the next word (`opentelemetry-instrument --traces_exporter console cmd`). */
  longOptionsTakeValue?: boolean;
  /** python: the program run is this option's value, a module (`python3 -m pip`, `python -Im pip`). */
  moduleOption?: string;
  /** Options after which the program runs nothing (`command -v x`, `python -c 'code'`). */
  runsNothingWith?: readonly string[];
}

export const LAUNCHERS: readonly LauncherGrammar[] = [
  { programs: ['sudo'], valued: ['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '--user', '--group', '--close-from', '--chdir', '--host', '--prompt', '--role', '--type', '--other-user'] },
  {
    programs: ['xargs'],
    valued: ['-a', '-d', '-E', '-e', '-I', '-i', '-L', '-l', '-n', '-P', '-s', '--arg-file', '--delimiter', '--max-args', '--max-procs', '--replace', '--max-lines', '--max-chars', '--eof'],
  },
  { programs: ['env'], valued: ['-u', '-C', '-S', '--unset', '--chdir', '--split-string'], assignments: true },
  { programs: ['nice'], valued: ['-n', '--adjustment'] },
  { programs: ['nohup', 'eatmydata', 'chronic', 'ddtrace-run', 'ionice', 'setsid', 'catchsegv'], valued: ['-c', '-n', '-t', '--class', '--classdata'] },
  { programs: ['exec'], valued: ['-a'] },
  { programs: ['command'], valued: [], runsNothingWith: ['-v', '-V'] },
  { programs: ['time'], valued: ['-f', '-o', '--format', '--output'] },
  { programs: ['stdbuf'], valued: ['-i', '-o', '-e', '--input', '--output', '--error'] },
  { programs: ['gosu', 'su-exec'], valued: [], operands: 1 },
  { programs: ['timeout'], valued: ['-s', '-k', '--signal', '--kill-after'], operands: 1 },
  { programs: ['tini', 'tini-static'], valued: ['-p', '-e'] },
  // Entrypoint wrappers that prepare the environment and end with `exec "$@"`: Buildkite's docker-ssh-env-config
  // writes `~/.ssh` from `SSH_*` variables (its agent images: `tini -- ssh-env-config.sh buildkite-agent "$@"`).
  { programs: ['ssh-env-config.sh'], valued: [] },
  { programs: ['dumb-init'], valued: ['-r', '--rewrite'] },
  { programs: ['ddtrace'], valued: [] },
  { programs: ['opentelemetry-instrument'], valued: [], longOptionsTakeValue: true },
  { programs: ['newrelic-admin'], valued: [], sub: 'run-program' },
  { programs: ['conda', 'mamba', 'micromamba'], valued: ['-n', '--name', '-p', '--prefix', '--cwd', '--live-stream', '-r', '--root-prefix', '--rc-file', '--log-level'], sub: 'run' },
  {
    programs: ['uv'],
    valued: [
      '--with', '--with-editable', '--with-requirements', '--python', '-p', '--extra', '--group', '--only-group', '--package',
      '--env-file', '--directory', '--project', '--index', '--index-url', '--extra-index-url', '--default-index', '--cache-dir',
      '--no-group', '--config-file', '--color',
    ],
    sub: 'run',
  },
  { programs: ['poetry'], valued: ['-C', '--directory', '-P', '--project'], sub: 'run' },
  { programs: ['pipenv', 'rye'], valued: ['--python'], sub: 'run' },
  { programs: ['pdm'], valued: ['-p', '--project'], sub: 'run' },
  { programs: ['hatch'], valued: ['-e', '--env'], sub: 'run' },
  {
    programs: ['python', 'pypy'],
    programPattern: /^(python|pypy)\d+(\.\d+)*$/,
    valued: ['-W', '-X', '-Q', '-c', '-m'],
    moduleOption: '-m',
    runsNothingWith: ['-c'],
  },
];

/**
 * The model servers' command lines, from their catalogue entries (src/knowledge/servers.ts): one grammar per
 * program or module name, with every option of every entry that answers to it that takes a value. Their
 * subcommands (`flask run`, `mlflow models serve`) are matched on the operands.
 */
function serverGrammars(): ToolGrammar[] {
  const valued = new Map<string, Set<string>>();
  for (const spec of SERVERS) {
    const flags = serverGrammar(spec).valued;
    for (const inv of spec.invocations) {
      const name = inv.program ?? inv.module!;
      const set = valued.get(name) ?? new Set<string>();
      for (const f of flags) set.add(f);
      valued.set(name, set);
    }
  }
  return [...valued].map(([name, flags]) => ({ tool: `server:${name}`, programs: [name], valued: [...flags] }));
}

/** The command line of one catalogue entry: its options that take a value. */
export function serverGrammar(spec: ServerSpec): ToolGrammar {
  const valued = [
    ...(spec.valuedFlags ?? []),
    ...spec.hostFlags,
    ...spec.portFlags,
    ...(spec.bindFlags ?? []),
    ...(spec.configFiles ?? []).flatMap((f) => f.pathFlags ?? []),
  ];
  return { tool: `server:${spec.id}`, programs: spec.invocations.map((i) => i.program ?? i.module!), valued };
}

function byProgram<T extends { programs: readonly string[]; programPattern?: RegExp }>(table: readonly T[]): (name: string) => T | null {
  const index = new Map<string, T>();
  for (const entry of table) for (const p of entry.programs) if (!index.has(p)) index.set(p, entry);
  const patterns = table.filter((e) => e.programPattern);
  return (name) => index.get(name) ?? patterns.find((e) => e.programPattern!.test(name)) ?? null;
}

/** The grammar of the tool a program name belongs to, or null. */
export const toolOf = byProgram([...TOOLS, ...serverGrammars()]);

const BY_TOOL = new Map(TOOLS.map((t) => [t.tool, t]));

/** The grammar of a tool id (`rpm` covers yum, dnf, microdnf and tdnf), or null. */
export function grammarOfTool(tool: string): ToolGrammar | null {
  return BY_TOOL.get(tool) ?? null;
}

/** The launcher grammar of a program name, or null (several launchers share names with tools: `uv`, `conda`). */
export const launcherOf = byProgram(LAUNCHERS);

/**
 * Wrappers that install packages for another architecture by appending `:<arch>` to each package word (tonistiigi/xx's
 * `xx-apt-get install libssl-dev` runs `apt-get install libssl-dev:arm64`): `name=<version>` would become
 * `name=<version>:arm64`, which apt rejects, so a version cannot be pinned through them (github.com/tonistiigi/xx,
 * src/xx-apt).
 */
export const NO_PIN_WRAPPERS: ReadonlySet<string> = new Set(['xx-apt-get', 'xx-apt']);

/**
 * Programs that pass what they read on their standard input to their standard output, transformed (edited,
 * converted, reordered, compressed) but whole: a pipeline's output streamed through them into a file is still what
 * its first command printed (qdrant's `docker run --rm schema2openapi | sed -e 's%#/definitions/%#/components/schemas/%g'
 * > ./openapi/models.json`). Not the ones that keep a few lines (`grep`, `head`, `tail`): what they leave is a status or
 * a summary as often as a product.
 */
export const STREAM_FILTERS: ReadonlySet<string> = new Set([
  'sed', 'awk', 'gawk', 'mawk', 'jq', 'yq', 'tr', 'cut', 'sort', 'uniq', 'cat', 'tee', 'gzip', 'xz', 'bzip2', 'zstd', 'base64',
]);
