/**
 * Builds that a RUN runs in a whole copy of the build context (`COPY . .`) and that read its git repository: a `make`
 * whose goals stamp the version from git, and a Go build that stamps the revision into a module whose code reads it.
 */
import path from 'node:path';
import { PREDEFINED_ARGS } from '../model/build.js';
import type { Instruction } from '../model/types.js';
import type { SimpleCommand } from '../shell/types.js';
import { optionValue } from '../shell/invocation.js';
import { GO_BUILDVCS_OFF, GO_READS_VCS_STAMP } from '../knowledge/git-versions.js';
import type { BuildContext } from './build-context.js';
import { commandCwd, contextOrigin, imagePathOf, type CopyInfo } from './copies.js';
import { cargoBuildReadsGit } from './cargo-build.js';
import { makeRun, readMakeArguments } from './makefile.js';

/** Folders the go command leaves out of a module's packages (`testdata`, `_x`, `.x`), and vendored code. */
const NOT_MODULE_CODE = /^(?:[._].*|testdata|vendor|node_modules)$/;
/** The Go scan stops after this many folder entries, or this many files read (a module's own code is far smaller). */
const GO_SCAN_ENTRIES = 20000;
const GO_SCAN_FILES = 3000;
const PREDEFINED = new Set(PREDEFINED_ARGS);
/** cargo subcommands that compile the local package (`zigbuild`: cargo-zigbuild; `auditable build` is read as `auditable`). */
const CARGO_BUILDS = new Set(['build', 'b', 'run', 'r', 'test', 't', 'bench', 'rustc', 'install', 'zigbuild', 'auditable']);

const VCS_READERS = new WeakMap<BuildContext, Map<string, boolean>>();

/**
 * A later RUN of the copy's stage, in the copied folder, runs a build that reads the context's `.git`:
 * - `make` whose goals' recipes (prerequisites and `$(MAKE) goal`s followed) run git on the repository or read a
 *   variable set from it (lws' `build` reads `LD_FLAGS`, which holds `$(shell git rev-parse HEAD)`; smallstep's
 *   `bin/step-ca` reads `VERSION ?= $(shell git describe …)`), unless the command line gives that variable (makefile.ts);
 * - `cargo build` (run, test, `install --path`) of the copied crate or workspace, run directly or by those recipes, when a
 *   crate it compiles reads git as it builds (cargo-build.ts: openobserve's build.rs running `git describe`, parseable's
 *   vergen-gitcl);
 * - `go build` or `go install` of the copied module, run directly or by those recipes, without `-buildvcs=false`,
 *   when the module's own code reads the `vcs.revision`, `vcs.time` or `vcs.modified` that Go stamps from git
 *   (gatekeeper's user agent): without `.git` they are missing.
 * A Makefile that runs git only in other targets (a release target's `git describe`), and a Go build of code that
 * never reads what is stamped, do not count.
 */
export function copiedBuildReadsGit(copy: CopyInfo, context: BuildContext): boolean {
  const stage = copy.instruction.stage;
  if (!stage) return false;
  for (const i of stage.instructions) {
    if (i.index <= copy.instruction.index) continue;
    for (const c of i.run?.script?.commands ?? []) {
      const cwd = commandCwd(i, c);
      const dir = cwd === null ? null : inCopy(copy, cwd);
      if (dir === null) continue;
      if (c.name === 'make' || c.name === 'gmake') {
        const args = readMakeArguments(c.invocation.args.map((w) => w.value));
        if (!args) continue;
        const makeDir = args.directory === null ? dir : inCopy(copy, imagePathOf(i, c, args.directory));
        if (makeDir === null) continue;
        const environment = environmentOf(i, c);
        const run = makeRun(context.read, makeDir, args.file, { goals: args.goals, overrides: args.overrides, environment });
        if (run?.readsGit) return true;
        if (run?.buildsGo && !GO_BUILDVCS_OFF.test(environment.get('GOFLAGS') ?? '') && goModuleReadsVcsStamp(context, makeDir)) return true;
        // A recipe that runs cargo (`build: ; cargo build --release`), taken as a build of the Makefile's folder.
        if (run?.programs.has('cargo') && cargoBuildReadsGit(context, { dir: makeDir, manifestPath: null, workspace: false })) return true;
      } else if (c.invocation.tool === 'cargo' && CARGO_BUILDS.has(c.invocation.subcommand ?? '')) {
        // `cargo install NAME` builds a crate from a registry; `cargo install --path .` builds the copy's.
        const at = optionValue(c.invocation, '--path');
        if (c.invocation.subcommand === 'install' && at === null) continue;
        const cargoDir = at === null ? dir : inCopy(copy, imagePathOf(i, c, at));
        const workspace = c.invocation.options.some((o) => o.name === '--workspace' || o.name === '--all');
        if (cargoDir !== null && cargoBuildReadsGit(context, { dir: cargoDir, manifestPath: optionValue(c.invocation, '--manifest-path'), workspace })) return true;
      } else if (c.invocation.tool === 'go' && (c.invocation.subcommand === 'build' || c.invocation.subcommand === 'install')) {
        // `go install pkg@version` builds another module, outside the copy.
        if (c.invocation.operands.some((w) => /\S@\S/.test(w.value))) continue;
        const flags = [optionValue(c.invocation, '-buildvcs') === null ? '' : `-buildvcs=${optionValue(c.invocation, '-buildvcs')}`, environmentOf(i, c).get('GOFLAGS') ?? ''];
        if (flags.some((f) => GO_BUILDVCS_OFF.test(f))) continue;
        const at = optionValue(c.invocation, '-C');
        const goDir = at === null ? dir : inCopy(copy, imagePathOf(i, c, at));
        if (goDir !== null && goModuleReadsVcsStamp(context, goDir)) return true;
      }
    }
  }
  return false;
}

/**
 * The programs a `make` command of a RUN starts through the recipes it reaches (MakeRun.programs), when the folder it
 * runs in holds the build context's files (a bind mount of the context, `RUN --mount=target=. make build`, or a COPY)
 * and the Makefile is there to read; null otherwise.
 */
export function makePrograms(instruction: Instruction, command: SimpleCommand, context: BuildContext | null): ReadonlySet<string> | null {
  if (!context || (command.name !== 'make' && command.name !== 'gmake')) return null;
  const args = readMakeArguments(command.invocation.args.map((w) => w.value));
  const cwd = commandCwd(instruction, command);
  if (!args || cwd === null) return null;
  const dir = args.directory === null ? cwd : imagePathOf(instruction, command, args.directory);
  const origin = dir === null ? null : contextOrigin(instruction, dir, context);
  if (!origin) return null;
  const run = makeRun(context.read, origin.contextPath, args.file, { goals: args.goals, overrides: args.overrides, environment: environmentOf(instruction, command) });
  return run?.programs ?? null;
}

/** The context folder that the copy put at `imageDir`: `''` for its root; null outside the copy (an unknown destination counts as its root). */
function inCopy(copy: CopyInfo, imageDir: string | null): string | null {
  if (copy.dest === null) return '';
  if (imageDir === null) return null;
  const dest = copy.dest.replace(/\/+$/, '') || '/';
  const p = path.posix.normalize(imageDir).replace(/(.)\/+$/, '$1');
  if (p === dest) return '';
  if (dest === '/') return p.replace(/^\/+/, '');
  return p.startsWith(`${dest}/`) ? p.slice(dest.length + 1) : null;
}

/**
 * The environment a command runs in: the stage's ENV and ARG (an ARG declared without a default counts, with an
 * empty value: it is there to be given) and the command's prefix assignments; not BuildKit's predefined ARGs.
 */
function environmentOf(instruction: Instruction, command: SimpleCommand): Map<string, string> {
  const env = new Map<string, string>();
  for (const [name, value] of instruction.state.env) if (value !== undefined || !PREDEFINED.has(name)) env.set(name, value ?? '');
  for (const a of command.assignments) env.set(a.name, a.value);
  return env;
}

/**
 * The Go module that `dir` of the context is in (the nearest folder at or above it holding `go.mod`) has code that
 * reads the VCS stamp (GO_READS_VCS_STAMP): its `.go` files outside tests, `testdata`, `vendor` and nested modules,
 * read up to a bound. Once per module and context.
 */
export function goModuleReadsVcsStamp(context: BuildContext, dir: string): boolean {
  let root: string | null = null;
  for (let d = dir; ; d = d.includes('/') ? path.posix.dirname(d) : '') {
    if (context.exists(d ? `${d}/go.mod` : 'go.mod')) {
      root = d;
      break;
    }
    if (!d) break;
  }
  if (root === null) return false;
  let cache = VCS_READERS.get(context);
  if (!cache) VCS_READERS.set(context, (cache = new Map()));
  let found = cache.get(root);
  if (found === undefined) cache.set(root, (found = scanModule(context, root)));
  return found;
}

function scanModule(context: BuildContext, root: string): boolean {
  let entries = 0;
  let files = 0;
  const folders = [root];
  while (folders.length) {
    const folder = folders.shift()!;
    for (const name of context.list(folder)) {
      if (++entries > GO_SCAN_ENTRIES) return false;
      const rel = folder ? `${folder}/${name}` : name;
      if (name.endsWith('.go')) {
        if (name.endsWith('_test.go') || !/^[^._]/.test(name)) continue;
        if (++files > GO_SCAN_FILES) return false;
        const text = context.read(rel);
        if (text !== null && GO_READS_VCS_STAMP.test(text)) return true;
      } else if (!NOT_MODULE_CODE.test(name) && context.isDirectory(rel) && !context.exists(`${rel}/go.mod`)) folders.push(rel);
    }
  }
  return false;
}
