import type { Instruction } from '../src/model/types.js';
import { defineRule } from '../src/rule.js';
import { INTERACTIVE_DEV_IMAGES, isInteractiveDevImage } from '../src/knowledge/file-purpose.js';
import { GO_MODULES_BY_DEFAULT_SINCE, GO_MODULES_SINCE, goVersionOf, goVersionOfArchive } from '../src/knowledge/image-defaults.js';
import { compareVersions } from '../src/knowledge/versions.js';
import { goInstalls } from '../src/shell/installs.js';
import { knownValue } from '../src/shell/invocation.js';
import type { SimpleCommand } from '../src/shell/types.js';
import { absoluteDir, type Dir, isWithin, resolveDir, sameDir } from '../src/shell/workdir.js';
import { reportUnpinned, type UnpinnedPackage, LATEST_ON_REQUEST } from '../src/shell/unpinned.js';

/** Versions that follow new commits or releases rather than naming one. */
const MOVING = new Set(['latest', 'upgrade', 'patch', 'master', 'main', 'head', 'develop', 'dev', 'trunk']);

/** A module path on a server (`github.com/x/y/cmd/z`): its first element has a dot. Local paths and `std` do not. */
function isRemote(path: string): boolean {
  return !/^[./~]/.test(path) && path.split('/')[0]!.includes('.');
}

/**
 * Whether the build may be inside a Go module when this RUN runs: then `go install pkg` (no `@`) takes the
 * version from go.mod. Sources copied or bind-mounted in, a `git clone`, `go mod init` or a `cd` all may bring one.
 */
function mayBeInModule(instruction: Instruction): boolean {
  if (instruction.state.env.get('GO111MODULE') === 'off') return false;
  if (instruction.run!.mounts.some((m) => m.type === 'bind')) return true;
  for (let stage = instruction.stage; stage; stage = stage.parent) {
    for (const earlier of stage.instructions) {
      if (earlier.index >= instruction.index) break;
      if (earlier.keyword === 'COPY' || earlier.keyword === 'ADD') return true;
      if (earlier.run?.script?.commands.some((c) => bringsModule(c.name, c.args.map((w) => w.value)))) return true;
    }
  }
  return instruction.run!.script!.commands.some((c) => bringsModule(c.name, c.args.map((w) => w.value)));
}

/**
 * GOPATH mode for this command: `GO111MODULE=off`, set by `ENV` for the stage or as the command's own prefix
 * assignment; a Go older than 1.11 (`FROM golang:1.9.2`), which has no modules at all; or a Go older than 1.16 run
 * outside any module (`GO111MODULE` unset, so `auto`), where modules were not yet the default.
 */
function gopathMode(instruction: Instruction, command: SimpleCommand, packages: readonly string[]): boolean {
  const own = command.assignments.find((a) => a.name === 'GO111MODULE');
  const mode = own ? own.value : instruction.state.env.get('GO111MODULE');
  if (mode === 'off') return true;
  if (worksInGopathSource(instruction, command, packages)) return true;
  const go = stageGoVersion(instruction);
  if (!go) return false;
  if (compareVersions(go, GO_MODULES_SINCE) < 0) return true;
  return mode !== 'on' && compareVersions(go, GO_MODULES_BY_DEFAULT_SINCE) < 0 && !mayBeInModule(instruction);
}

/**
 * The RUN goes on to work in the folder GOPATH mode fetches a package into (`go get github.com/x/y || true && cd
 * /go/src/github.com/x/y && git checkout "$V" && go build .`, or `git -C $GOPATH/src/github.com/x/y checkout v1`):
 * modules keep sources in the module cache, never there, so the RUN is written for GOPATH mode whatever the image's
 * Go, and it chooses the version there, if at all, with `git checkout`. GOPATH is the stage's (`ENV GOPATH`), else
 * the official image's `/go` or Go's default `$HOME/go`; the folder the RUN's first `go` command ran in does not count.
 */
function worksInGopathSource(instruction: Instruction, command: SimpleCommand, packages: readonly string[]): boolean {
  const paths = (instruction.state.env.get('GOPATH') ?? '').split(':').filter((p) => p.startsWith('/'));
  const folders = (paths.length ? paths : ['/go', '/root/go']).flatMap((root) => {
    const src = absoluteDir(`${root}/src`);
    return packages.map((p) => ({ src, pkg: absoluteDir(`${root}/src/${p.replace(/\/\.\.\.$/, '')}`) }));
  });
  // The package's folder, one inside it, or the repository's above it (`go get github.com/x/y/cmd/z`, `cd …/x/y`).
  const inSource = (d: Dir): boolean => folders.some(({ src, pkg }) => isWithin(d, pkg) || (isWithin(pkg, d) && d.segments.length >= src.segments.length + 2));
  // After the RUN's first `go` command (`go get -d x/y && git -C $GOPATH/src/x/y checkout v1 && go install x/y`).
  const commands = instruction.run!.script!.commands;
  const first = commands.find((c) => c.name === 'go') ?? command;
  return commands.slice(commands.indexOf(first) + 1).some((c) => {
    const gitDir = c.name === 'git' ? c.invocation.options.find((o) => o.name === '-C')?.value : undefined;
    const dirs = [c.cwd, ...(gitDir ? [resolveDir(gitDir, c.cwd)] : [])];
    return dirs.some((d) => d !== null && !sameDir(d, first.cwd) && inSource(d));
  });
}

/**
 * The Go release the command runs: the official `golang` image's tag, else the last Go release archive
 * (`go1.11.linux-amd64.tar.gz`) a RUN or ADD of the stage fetched or unpacked up to this instruction.
 */
function stageGoVersion(instruction: Instruction): string | null {
  let found: string | null = null;
  for (const stage of [...(instruction.stage?.lineage ?? [])].reverse()) {
    for (const earlier of stage.instructions) {
      if (earlier.stage === instruction.stage && earlier.index > instruction.index) break;
      const words = earlier.keyword === 'ADD' ? earlier.args.map((a) => a.value) : (earlier.run?.script?.commands ?? []).flatMap((c) => c.args.map((w) => w.value));
      for (const w of words) found = goVersionOfArchive(w) ?? found;
    }
  }
  const image = instruction.stage?.rootImage.name;
  return found ?? (image ? goVersionOf(image) : null);
}

function bringsModule(name: string | null, args: string[]): boolean {
  return name === 'cd' || name === 'pushd' || (name === 'git' && args.includes('clone')) || (name === 'go' && args[0] === 'mod');
}

export default defineRule({
  meta: {
    id: 'go-pin-versions',
    category: 'pinning',
    severity: 'warning',
    preset: 'recommended',
    description: '`go install pkg@latest`, or a remote package without `@version`.',
    docs: {
      why:
        '`go install golang.org/x/tools/gopls@latest` builds whatever was released last, so the same Dockerfile produces a different binary next week. Name a version (`@v0.16.2`) or a commit. `go get` of a remote package without a version upgrades it to the newest release. Local packages (`./cmd/...`) and installs inside a module (the version comes from `go.mod`) are not reported, nor installs in GOPATH mode (`GO111MODULE=off`, by `ENV` or before the command, or with a Go older than 1.11, which has no modules, or older than 1.16 outside a module, where modules were not yet the default: the Go of an official `golang` image\'s tag, `golang:1.9.2-stretch`, or of a release archive the stage installs, `go1.11.linux-amd64.tar.gz`; or a RUN that goes on to work in the folder GOPATH mode fetched the package into, `go get github.com/x/y && cd /go/src/github.com/x/y && git checkout "$V"`, a layout modules never make), where `go get` rejects `pkg@version`: there a version is chosen with `git checkout` in the package\'s folder, not with `@`. Nor a moving version (`@main`) that a build argument\'s default gives when every build of the project passes that argument (go-nvml\'s Makefile passes a commit as `C_FOR_GO_TAG`): the default is not what is built. Not reported in an interactive development environment (' + INTERACTIVE_DEV_IMAGES + '): each developer rebuilds it, nothing ships from it, and a pin only makes it break sooner.' + ' ' + LATEST_ON_REQUEST,
      bad: 'RUN go install golang.org/x/tools/gopls@latest',
      good: 'RUN go install golang.org/x/tools/gopls@v0.16.2',
    },
    fixable: false,
    covers: ['DL3062'],
  },
  check({ model, buildContext, report }) {
    if (isInteractiveDevImage(model)) return;
    for (const { instruction, command, subcommand, packages } of goInstalls(model)) {
      // A Dev Container's stage (Stage.devEnvironment) is a development environment too.
      if (instruction.stage?.devEnvironment) continue;
      // GOPATH mode: `go get` fetches the default branch and rejects `pkg@version`, so no pin can be written there.
      if (gopathMode(instruction, command, packages.flatMap((p) => knownValue(p)).filter(isRemote))) continue;
      const unpinned: UnpinnedPackage[] = [];
      const moving: UnpinnedPackage[] = [];
      for (const pkg of packages) for (const value of knownValue(pkg)) {
        if (!isRemote(value)) continue;
        const at = value.lastIndexOf('@');
        const path = at < 0 ? value : value.slice(0, at);
        if (at >= 0) {
          const version = value.slice(at + 1);
          // A version from a build argument every build of the project passes (go-nvml's Makefile passes a commit as
          // `C_FOR_GO_TAG`): the default `main` is not what is built.
          const passed = pkg.expansions?.some((e) => e.name !== null && buildContext?.passedArgs().has(e.name));
          if (MOVING.has(version.toLowerCase()) && !passed) {
            moving.push({ range: pkg.range, shown: value, message: `\`${value}\` follows \`@${version}\`, which moves; install \`${path}@<version>\`.` });
          }
          continue;
        }
        if (subcommand.value === 'install' && mayBeInModule(instruction)) continue;
        unpinned.push({ range: pkg.range, shown: value, message: `Go package \`${value}\` is not pinned; use \`${path}@<version>\`.` });
      }
      reportUnpinned(report, { instruction, command }, unpinned, (list, n) => `${n} Go packages are not pinned: ${list}; use \`path@<version>\` for each.`);
      reportUnpinned(report, { instruction, command }, moving, (list, n) => `${n} Go packages follow a moving version: ${list}; install each at \`path@<version>\`.`);
    }
  },
});
