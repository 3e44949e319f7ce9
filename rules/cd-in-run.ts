import type { BuildContext } from '../src/context/build-context.js';
import { DEFAULT_PATH, LINUX_FOLDERS } from '../src/knowledge/image-folders.js';
import { CONFIG_ONLY, isAbsolutePath } from '../src/knowledge/instructions.js';
import type { DockerfileModel, Instruction, Stage } from '../src/model/types.js';
import { processWord } from '../src/model/words.js';
import { defineRule } from '../src/rule.js';
import { runInstructions } from '../src/shell/installs.js';
import { filesRead } from '../src/shell/files-read.js';
import { hasOption } from '../src/shell/invocation.js';
import { comparePositions } from '../src/shell/order.js';
import type { SimpleCommand, Word } from '../src/shell/types.js';
import { type Unpacked, unpackedInto } from '../src/shell/unpacks.js';
import { type Dir, dirPath, isWithin, resolveDir, sameDir, startDir, UNKNOWN_DIR } from '../src/shell/workdir.js';

/** Places whose content is scratch space, never a project directory worth a WORKDIR. */
const TEMP_ROOTS = ['tmp', 'var/tmp', 'dev/shm'];
/** Commands after a `cd` that do not need the directory. */
const NEUTRAL = new Set(['cd', 'pushd', 'popd', 'exit', 'true', 'false', ':', 'return']);
/**
 * Commands that only fetch, check, unpack, move or remove files, or do not read the directory at all (package
 * managers, tests, `export`). A `cd` followed by nothing else is a download stop (docker-library's
 * `mkdir -p /usr/src; cd /usr/src; curl -o php.tar.xz …; gpg --verify …`, `cd /usr/local/bin && curl … && unzip`):
 * a WORKDIR there would carry that directory into every later step for one download.
 */
const DOWNLOAD_STEPS = new Set([
  'curl', 'wget', 'gpg', 'gpgv', 'gpgconf', 'sha1sum', 'sha256sum', 'sha512sum', 'md5sum', 'tar', 'unzip', 'xz', 'unxz',
  'gzip', 'gunzip', 'bunzip2', 'rm', 'mkdir', 'chmod', 'chown', 'ln', 'mv', 'cp', 'echo', 'printf', 'export', 'test',
  '[', '[[', 'mktemp', 'ls', 'sleep', 'apt-mark',
]);
const SYSTEM_TOOLS = new Set(['apt', 'apk', 'rpm', 'zypper']);
/**
 * `cd /opt/src && git checkout v1.2`, `cd /opt && git clone …`: git steps that only fetch or pick the revision of a
 * clone (`git remote add` names where to fetch from; `git branch -a` lists what a failed checkout could have picked).
 */
const GIT_FETCH_STEPS = new Set(['clone', 'checkout', 'switch', 'fetch', 'reset', 'submodule', 'pull', 'lfs', 'remote', 'branch']);

export default defineRule({
  meta: {
    id: 'cd-in-run',
    category: 'correctness',
    severity: 'warning',
    preset: 'recommended',
    description: '`cd` in `RUN` into a lasting directory to run the commands after it there (use `WORKDIR`).',
    docs: {
      why:
        'A `cd` only lasts until the end of its `RUN`, so the next `RUN`, `COPY` with a relative destination, `CMD` and `ENTRYPOINT` all start somewhere else, and every later step has to repeat it. `WORKDIR` sets the directory once for the rest of the stage (and creates it), and readers see where each step runs.\n\nTo stay useful on real Dockerfiles the rule reports a `cd` only when the commands after it run in a directory that stays in the image: a `cd` into `/tmp` or into a folder the same `RUN` deletes (download, build, `cd ..`, `rm -rf` the sources) or a later `RUN` of the stage deletes (typesense\'s `RUN cd /opt/gcc-10.3.0/build && make install` then `RUN rm -rf /opt/gcc-10.3.0`: a WORKDIR would leave later steps in a folder that is gone), or leaves with a later `cd` (`cd /usr/src/php && make && cd / && docker-php-source delete`, or `cd -`), or into a `--mount` target that exists only during the `RUN`, or into a folder the stage\'s next instruction makes its `WORKDIR` (ghost\'s `RUN mkdir -p "$GHOST_INSTALL"; cd "$GHOST_INSTALL"; …` then `WORKDIR $GHOST_INSTALL`: the author already uses one), instructions whose effect does not depend on the working directory aside (`EXPOSE`, `LABEL`, `ENV`, `ARG`, `STOPSIGNAL`, `HEALTHCHECK`, `CMD`, `ENTRYPOINT`, `USER`, `SHELL`, a `VOLUME` of absolute paths; not a `RUN`, `COPY` or `ADD`), or into a folder a plain `mkdir` (no `-p`) of the same `RUN` creates, which a `WORKDIR` set before it would make fail (`mkdir /opt/pypy; tar -x -C /opt/pypy …; cd /opt/pypy/lib`), is the right tool and is not reported, nor a `cd` into a new folder that an archive the same `RUN` extracted where it was working made (docker-library\'s RocketChat: `curl -o rocket.chat.tgz …; tar zxf rocket.chat.tgz; cd bundle/programs/server; npm install; apt-get purge --auto-remove …`, or `unzip x.zip -d out; cd out/x`: a WORKDIR set before the `RUN` would move the download and the unpacking into the folder, and one set after it would split the `RUN` and leave the build tools it purges in a layer; a folder of the base image, one an earlier `COPY`/`ADD` or `WORKDIR` of the stage made (where the linter does not know the directory the `RUN` starts in, any earlier `COPY`/`ADD` to an absolute path may have, but one of a single file: `ADD rbuild.ini /rbuild.ini`, a URL, a program out of a `bin` folder), and an archive extracted to an absolute path, `tar -x -C /opt/app`, which a WORKDIR before the `RUN` does not disturb, are still reported), nor a `cd` into a folder of the default `PATH` (`/usr/local/bin`, `/usr/bin`, `/bin`, the `sbin` ones: `cd /usr/local/bin && wget …/ngccli_cat_linux.zip && unzip ngccli_cat_linux.zip && ngc-cli/ngc config set`): programs are put there, no stage works there, and a WORKDIR would leave every later step in it; nor a `cd` into a repository the same `RUN` clones before it (`git clone …/nccl.git /opt/nccl && cd /opt/nccl && make`, or makes with `git init /opt/nccl` to fetch into) when no other `RUN` of the stage goes there (a WORKDIR would have to exist before the clone and would stay the directory of every later step; a clone gone into again by a later `RUN` is the stage\'s project and is reported), nor a download stop (the commands after the `cd` only fetch, verify, unpack or move files: `mkdir -p /usr/src; cd /usr/src; curl -o php.tar.xz …; gpg --verify …`, or pick the revision of a clone: `cd /opt/src && git checkout v${VERSION}`, `git remote add`, `git fetch`, `git branch -a`; a filter fed by a pipe reads no file there: `V=$(curl -s …/releases/latest | grep tag_name | sed …)`); nor a `cd` that runs only when a test passes (`if [ "$DOWNLOAD_SOURCES" = true ]; then … cd /legal/source && …`: a WORKDIR cannot be conditional and would create and enter the folder in every build), nor a `cd` inside `( … )`, `$(…)`, a pipe or a `sh -c` child, `cd -`, `cd` into a directory named by a shell variable or `$(…)`, `pushd`/`popd`, or a final `cd` with nothing after it. Nor is a `cd` that one WORKDIR would not simply replace: when a later `COPY`/`ADD` of the stage writes to a path relative to the current directory (`COPY kserve kserve` between `RUN cd kserve && uv sync` steps, which a WORKDIR would move), or when the stage has a WORKDIR of its own (also one whose value the linter cannot resolve: `WORKDIR ${CODESPACE}/flash-attention` after a bare `ARG CODESPACE`) and the `cd` leaves it for one RUN, or goes into a folder inside it that no other RUN goes into while later RUNs or the command run in the WORKDIR itself (`WORKDIR /app`, `RUN cd src && python3 manage.py collectstatic`, then the entrypoint in `/app`): a WORKDIR there would need another to come back, or when the directory the RUNs start in is a workspace of several projects and other RUNs of the stage go into another of them (`cd vllm`, `cd Megatron-LM`, `cd ms-swift` under `WORKDIR /workspace`, or projects cloned and built one per RUN in the base image\'s directory): one WORKDIR would have to be switched per project and back; the same holds when the `RUN` itself works in another repository the stage cloned and leaves it for this one, also cloned by the stage (`cd /MindSpeed && pip install -e . && cd /ms-swift && pip install -e .`), and no other `RUN` goes into this one; and when the stage\'s RUNs go into several folders the stage made itself (cloned, unpacked with `tar`/`unzip`, made with `mkdir`), wherever they are, each for its own build (typesense\'s toolchain image: `tar -C /opt -xf snappy.tar.gz` then `RUN cd /opt/snappy-1.1.3/build && ../configure && make install`, and so on for a dozen libraries); projects the stage did not make (`cd /opt/a` and `cd /opt/b` in folders of the base image or an earlier `COPY`) each take a WORKDIR and are reported. A project folder visited again in several RUNs, or one project with folders inside it, is still reported. Only the commands that run in the directory count: after a `cd` the linter cannot follow (`cd $(ls -d /builddir/$pkg-*)` in a loop) the script is elsewhere, so `cd /builddir && apt-get source …` followed by such a loop is a download stop. Nor is a `cd` in the last `RUN` of a build-only stage that no stage is built on (a builder only copied from or mounted, its output taken by `COPY --from`): no later step and no image would start in the directory a WORKDIR sets. A stage built as an image (the final stage, a stage nothing uses, a stage a Compose service\'s `build.target` or a Bake target names, or one a shipped stage is built `FROM`) is still reported there. Nor is a `cd` in a shipped stage that sets no WORKDIR and is built on the project\'s own image (published under the account of its git repository or one its build files tag images with) whose WORKDIR the linter does not know: the container starts in the base image\'s directory, which the project\'s image likely sets for its own command (mage-ai\'s `FROM mageai/mageai:latest` then `RUN cd openssl-1.1.1g && ./config && make`, where the base\'s Dockerfile sets `WORKDIR /home/src` for the app), and a WORKDIR for the `cd` would move it.',
      bad: 'COPY . /app\nRUN cd /app && pip install --no-cache-dir -e .',
      good: 'WORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -e .',
    },
    fixable: false,
    covers: ['DL3003'],
  },
  check({ model, buildContext, report }) {
    // Each RUN's lasting cd, found once: detour() asks for those of the stage's other RUNs.
    const found = new Map<Instruction, Candidate | null>();
    const lasting = (run: Instruction): Candidate | null => {
      let cd = found.get(run);
      if (cd === undefined) found.set(run, (cd = lastingCd(run)));
      return cd;
    };
    for (const instruction of runInstructions(model)) {
      const cd = lasting(instruction);
      if (!cd || detour(instruction, cd, lasting) || workdirFollows(instruction, cd.dir) || keepsInheritedWorkdir(instruction, buildContext)) continue;
      if ((cd.madeHere && !visitedAgain(instruction, cd.dir, lasting)) || removedLater(instruction, cd.dir)) continue;
      const { word, dir } = cd;
      // WORKDIR expands ARG/ENV itself: keep a variable as written (its default may not be the value used).
      const where = !word.literal ? word.value : dir.root === '/' ? `/${dir.segments.join('/')}` : null;
      const already = dir.root === '/' && instruction.state.workdir !== null && samePath(instruction.state.workdir, `/${dir.segments.join('/')}`);
      if (!already && lastStep(model, instruction)) continue;
      report({
        range: cd.command.argv[0]!.range,
        message: already
          ? `\`cd ${word.value}\` is redundant: \`WORKDIR\` is already \`${instruction.state.workdir}\`; remove it.`
          : `\`cd ${word.value}\` only lasts for this RUN; set ${where ? `\`WORKDIR ${where}\`` : 'that directory with `WORKDIR`'} instead and run the commands there.`,
      });
    }
  },
});

/**
 * The RUN is the last of a build-only stage that no stage is built on: no later step of the stage, and no image, starts
 * in a directory a WORKDIR would set (a throwaway builder whose output is copied out).
 */
function lastStep(model: DockerfileModel, instruction: Instruction): boolean {
  const stage = instruction.stage;
  if (!stage?.buildOnly || model.stages.some((s) => s.parent === stage)) return false;
  return !stage.instructions.some((i) => i.index > instruction.index && i.keyword === 'RUN');
}

/**
 * The stage sets the directory (or one inside it) with WORKDIR right after this RUN, instructions that no working
 * directory changes aside (passesOver): ghost's `RUN mkdir -p "$GHOST_INSTALL"; cd "$GHOST_INSTALL"; …` then
 * `WORKDIR $GHOST_INSTALL`, zabbix's `RUN … cd /usr/share/zabbix/ && rm -rf tests …`, `EXPOSE 8080/TCP 8443/TCP`,
 * `WORKDIR /usr/share/zabbix`. The author already uses WORKDIR; the RUN goes there because the folder it makes is not
 * there before.
 */
function workdirFollows(instruction: Instruction, dir: Dir): boolean {
  const stage = instruction.stage;
  if (!stage) return false;
  // The stage's instructions are in file order: the first after this RUN, found by binary search.
  const list = stage.instructions;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.index <= instruction.index) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < list.length; k++) {
    const next = list[k]!;
    if (passesOver(next)) continue;
    if (next.keyword !== 'WORKDIR') return false;
    const after = list[k + 1]?.state.workdir ?? stage.endState.workdir;
    return after !== null && after.startsWith('/') && isWithin(startDir(after), dir);
  }
  return false;
}

/**
 * An instruction whose effect no working directory changes: one that builds nothing (CONFIG_ONLY), `USER` and `SHELL`
 * (who and what runs later steps, not where), a `VOLUME` of absolute paths. A RUN, a COPY or ADD (a relative path is the
 * WORKDIR's) or a `VOLUME` of a relative path is not.
 */
function passesOver(ins: Instruction): boolean {
  if (CONFIG_ONLY.has(ins.keyword) || ins.keyword === 'USER' || ins.keyword === 'SHELL') return true;
  return ins.keyword === 'VOLUME' && ins.words.length > 0 && ins.words.every((w) => w.value !== null && isAbsolutePath(w.value));
}

/**
 * The RUN starts in the directory of a base image the project builds itself and whose WORKDIR the linter does not know
 * (mage-ai's `FROM mageai/mageai:latest`, whose own Dockerfile sets `WORKDIR /home/src` for the app its command runs),
 * and the image keeps that directory as the one its container starts in (the stage ships and sets no WORKDIR): a
 * WORKDIR for the `cd` would move the container's command out of it.
 */
function keepsInheritedWorkdir(instruction: Instruction, buildContext: BuildContext | null): boolean {
  const stage = instruction.stage;
  const base = stage?.rootImage.name;
  if (!stage || !base || stage.buildOnly || instruction.state.workdir !== null || stage.endState.workdir !== null) return false;
  return buildContext?.projectImage(base) ?? false;
}

/**
 * A WORKDIR would not simply replace this `cd`: a later COPY or ADD of the stage writes to a path relative to the
 * current directory (kserve's `COPY kserve kserve` between `RUN cd kserve && uv sync` steps), which the WORKDIR
 * would move; or the stage has a WORKDIR of its own and the `cd` leaves it for this RUN, or goes into a folder inside
 * it for this RUN only while later steps run in the WORKDIR (a WORKDIR there would need another to come back); or the directory the RUNs start in is a workspace of several projects, and another RUN of
 * the stage goes into another of them (`cd vllm`, `cd Megatron-LM`, `cd ms-swift` under `WORKDIR /workspace`, or
 * `git clone …/causal-conv1d && cd causal-conv1d` then `git clone …/mamba && cd mamba` in the base image's
 * directory), or this RUN itself built another repository the stage cloned before going into this one: one WORKDIR
 * would have to be switched per project and back.
 */
function detour(instruction: Instruction, { dir, leftBefore }: Candidate, lasting: (run: Instruction) => Candidate | null): boolean {
  const stage = instruction.stage;
  if (!stage) return false;
  if (stage.instructions.some((i) => i.index > instruction.index && (i.keyword === 'COPY' || i.keyword === 'ADD') && relativeDestination(i))) return true;
  if (severalProjects(instruction, dir, lasting)) return true;
  const workdir = instruction.state.workdir;
  if (workdir === '/') return false;
  // Without a WORKDIR the RUNs start in the base image's directory: `.`, which only relative `cd`s go under.
  const workspace = startDir(workdir);
  if (workdir !== null && !isWithin(dir, workspace)) return true;
  // The RUN built another repository the stage cloned before this one (`cd /MindSpeed && pip install -e . && cd
  // /ms-swift && pip install -e .`): a WORKDIR would replace one of its `cd`s, unless another RUN goes here too.
  if (leftBefore.some((o) => !isWithin(o, dir) && !isWithin(dir, o) && [o, dir].every((d) => clonedBy(stage, d))) && !visitedAgain(instruction, dir, lasting)) return true;
  // A folder inside the WORKDIR gone into for this RUN only, while later steps run in the WORKDIR itself (a later RUN,
  // the command): a WORKDIR there would need another to come back.
  if ((workdir !== null || unresolvedWorkdir(instruction)) && !isWithin(workspace, dir) && !visitedAgain(instruction, dir, lasting) && workdirUsedLater(instruction, workdir)) return true;
  return (
    isWithin(dir, workspace) &&
    stage.instructions.some((i) => {
      if (i === instruction || i.keyword !== 'RUN' || !i.run?.script || i.state.workdir !== workdir) return false;
      const other = lasting(i)?.dir;
      return !!other && isWithin(other, workspace) && !isWithin(other, dir) && !isWithin(dir, other);
    })
  );
}

/**
 * The stage's RUNs go into several folders the stage made itself (cloned, unpacked, made with mkdir), each built in
 * its own RUNs: typesense's toolchain image unpacks a dozen libraries under /opt (`tar -C /opt -xf snappy.tar.gz`, then
 * `cd /opt/snappy-1.1.3/build && ../configure && make install`). One WORKDIR would have to be switched per project.
 */
function severalProjects(instruction: Instruction, dir: Dir, lasting: (run: Instruction) => Candidate | null): boolean {
  const stage = instruction.stage!;
  const mine = madeRoot(stage, instruction, dir);
  return (
    mine !== null &&
    stage.instructions.some((i) => {
      if (i === instruction || i.keyword !== 'RUN' || !i.run?.script) return false;
      const other = lasting(i)?.dir;
      const root = other ? madeRoot(stage, i, other) : null;
      return root !== null && !isWithin(root, mine) && !isWithin(mine, root);
    })
  );
}

/**
 * The outermost folder holding `dir` that a RUN of the stage made, up to and including `upTo`: a clone, the new folder
 * an archive unpacked (`tar -C /opt -xf snappy.tar.gz` makes `/opt/snappy-1.1.3`), a `mkdir` operand. Folders of the
 * base image (`/opt`, `/usr/local/bin`) are not the stage's.
 */
function madeRoot(stage: Stage, upTo: Instruction, dir: Dir): Dir | null {
  let best: Dir | null = null;
  const consider = (made: Dir | null) => {
    if (!made || made.root === '?' || !isWithin(dir, made) || isRoot(made) || isTemp(made)) return;
    const path = dirPath(made);
    if (path !== null && (LINUX_FOLDERS.has(path) || DEFAULT_PATH.includes(path))) return;
    if (!best || made.segments.length < best.segments.length) best = made;
  };
  for (const i of stage.instructions) {
    if (i.index > upTo.index) break;
    for (const c of i.run?.script?.commands ?? []) {
      const inv = c.invocation;
      if (inv.tool === 'git' && inv.subcommand === 'clone') consider(cloneTarget(c));
      else if (inv.tool === 'git' && inv.subcommand === 'init') consider(initTarget(c));
      else if (c.name === 'mkdir') for (const operand of inv.operands) consider(directoryOf(operand, c.cwd));
      else {
        const into = unpackedInto(c);
        // The folder the archive made: the one below where it went that holds `dir`.
        if (into && isWithin(dir, into.dir) && !sameDir(dir, into.dir)) consider({ root: into.dir.root, segments: dir.segments.slice(0, into.dir.segments.length + 1) });
      }
    }
  }
  return best;
}

/**
 * A later RUN of the stage deletes the folder (typesense's `RUN cd /opt/gcc-10.3.0/build && make install`, then
 * `RUN rm -rf /opt/gcc-10.3.0`): it does not stay in the image, and a WORKDIR there would leave later steps in a
 * folder that is gone.
 */
function removedLater(instruction: Instruction, dir: Dir): boolean {
  return (instruction.stage?.instructions ?? []).some(
    (i) =>
      i.index > instruction.index &&
      (i.run?.script?.commands ?? []).some(
        (c) => c.invocation.tool === 'rm' && hasOption(c.invocation, '-r', '-R', '--recursive') && c.invocation.operands.some((o) => {
          const removed = directoryOf(o, c.cwd);
          return removed !== null && covers(removed, dir);
        }),
      ),
  );
}

/** A later RUN of the stage starts in `workdir` (null: the unresolved one in force), or the stage's command (CMD, ENTRYPOINT) does. */
function workdirUsedLater(instruction: Instruction, workdir: string | null): boolean {
  const later = instruction.stage!.instructions.filter((i) => i.index > instruction.index);
  // An unresolved WORKDIR is in force up to the stage's next WORKDIR.
  const until = workdir === null ? (later.find((i) => i.keyword === 'WORKDIR')?.index ?? Infinity) : Infinity;
  return later.some((i) => i.index < until && (workdir === null || i.state.workdir === workdir) && ['RUN', 'CMD', 'ENTRYPOINT'].includes(i.keyword));
}

/**
 * The RUN runs under a WORKDIR of the stage whose value the linter cannot resolve (`WORKDIR ${CODESPACE}/flash-attention`
 * after a bare `ARG CODESPACE` given at build time): the stage has a WORKDIR of its own all the same, and a relative
 * `cd` goes into a folder inside it.
 */
function unresolvedWorkdir(instruction: Instruction): boolean {
  return instruction.state.workdir === null && instruction.stage!.instructions.some((i) => i.index < instruction.index && i.keyword === 'WORKDIR');
}

/** `COPY src app/`, `ADD x .`: a destination the current WORKDIR decides (not a variable, which may hold anything). */
function relativeDestination(ins: Instruction): boolean {
  const dest = ins.copy?.dest?.value;
  return !!dest && !/^([/$~]|[A-Za-z]:)/.test(dest);
}

interface Candidate {
  command: SimpleCommand;
  word: Word;
  dir: Dir;
  /** The RUN cloned or unpacked the directory (or a folder holding it) before the `cd`. */
  madeHere: boolean;
  /** Directories the RUN worked in and left before this `cd` (`cd /MindSpeed && pip install -e . && cd /ms-swift`). */
  leftBefore: readonly Dir[];
}

/**
 * Another RUN of the stage goes into the directory too (or into one inside it): the folder is the stage's project,
 * and one WORKDIR replaces the `cd`s. A `cd /opt` elsewhere is no visit of `/opt/gdrcopy`.
 */
function visitedAgain(instruction: Instruction, dir: Dir, lasting: (run: Instruction) => Candidate | null): boolean {
  return (instruction.stage?.instructions ?? []).some((i) => {
    if (i === instruction || i.keyword !== 'RUN' || !i.run?.script) return false;
    const other = lasting(i)?.dir;
    return !!other && isWithin(other, dir);
  });
}

/** A RUN of the stage clones a repository into the directory. */
function clonedBy(stage: Stage, dir: Dir): boolean {
  return stage.instructions.some((i) =>
    (i.run?.script?.commands ?? []).some((c) => {
      if (c.invocation.tool !== 'git' || c.invocation.subcommand !== 'clone') return false;
      const target = cloneTarget(c);
      return target !== null && sameDir(target, dir);
    }),
  );
}

/** Where `git clone REPO [DIR]` puts the clone: DIR, else the repository's last path segment without `.git`. */
function cloneTarget(command: SimpleCommand): Dir | null {
  const [repo, dest] = command.invocation.operands;
  if (dest) return directoryOf(dest, command.cwd);
  if (!repo?.literal) return null;
  const name = repo.value.replace(/\/+$/, '').split(/[/:]/).pop()?.replace(/\.git$/, '');
  return name ? resolveDir(name, command.cwd) : null;
}

/** Where `git init DIR` makes the repository; null without DIR (the current folder, which was there before). */
function initTarget(command: SimpleCommand): Dir | null {
  const dest = command.invocation.operands[0];
  return dest ? directoryOf(dest, command.cwd) : null;
}

/** The first main-shell `cd` whose directory is used by later commands, is not scratch space and is not deleted by the RUN. */
function lastingCd(instruction: Instruction): Candidate | null {
  const commands = [...instruction.run!.script!.commands].sort((a, b) => comparePositions(a.range.start, b.range.start));
  const start = startDir(instruction.state.workdir);
  const candidates: Candidate[] = [];
  const removed: Dir[] = [];
  // Directories the script has been in: a relative `rm -rf pkg` written one `cd ..` off still shows a temporary build.
  const visited: Dir[] = [start];
  // Main-shell `cd`s with a known target, to see whether the script leaves a candidate's directory later.
  const moves: { command: SimpleCommand; dir: Dir }[] = [];
  // Folders a plain `mkdir` (no `-p`) creates: it fails on a folder that exists.
  const strictlyMade: Dir[] = [];
  // Clones made by the script so far, in script order.
  const cloned: { command: SimpleCommand; dir: Dir }[] = [];
  // Folders archives were extracted into so far.
  const unpacked: Unpacked[] = [];
  for (const command of commands) {
    const main = !command.subshell && command.wrappedBy === null;
    const inv = command.invocation;
    // A pipe's tar (`curl … | tar -xz`) unpacks where the script is, as a main-shell one does.
    const into = command.wrappedBy === null ? unpackedInto(command) : null;
    if (main && (command.name === 'cd' || command.name === 'pushd')) {
      const operand = inv.operands[0];
      const target = operand ? directoryOf(operand, command.cwd) : null;
      // A glob (`cd cmake-*`) is no WORKDIR: that is an unpacked download. Going back up (`cd ..`, back to
      // where the RUN started) ends a detour rather than starting one.
      const usable =
        target &&
        target.root !== '?' &&
        !isRoot(target) &&
        !target.segments.some((s) => /[*?[]/.test(s)) &&
        !((isWithin(command.cwd, target) || sameDir(target, start)) && !sameDir(command.cwd, start));
      // The message names the directory as written: a variable stays a variable.
      const word = command.args.find((w) => w.range === operand?.range);
      if (command.name === 'cd' && word && usable) {
        const madeHere = cloned.some((c) => isWithin(target, c.dir)) || unpacked.some((u) => unpackedHere(target, u, instruction));
        candidates.push({ command, word, dir: target, madeHere, leftBefore: [] });
      }
      if (target && target.root !== '?') moves.push({ command, dir: target });
      // `cd -` goes back where the script was before: out of the directory it went into.
      else if (operand?.value === '-') moves.push({ command, dir: visited.length > 1 ? visited[visited.length - 2]! : start });
      visited.push(target ?? UNKNOWN_DIR);
    } else if (main && inv.tool === 'git' && (inv.subcommand === 'clone' || inv.subcommand === 'init')) {
      // `git init DIR && cd DIR && git remote add … && git fetch …` is a clone written out.
      const target = inv.subcommand === 'init' ? initTarget(command) : cloneTarget(command);
      if (target && target.root !== '?') cloned.push({ command, dir: target });
    } else if (main && command.name === 'mkdir' && !hasOption(inv, '-p', '--parents')) {
      // `mkdir /opt/pypy` fails when the folder exists: a WORKDIR at or below it, set before the RUN, would break it.
      for (const operand of inv.operands) {
        const dir = directoryOf(operand, command.cwd);
        if (dir) strictlyMade.push(dir);
      }
    } else if (into) {
      unpacked.push(into);
    } else if (inv.tool === 'rm' && hasOption(inv, '-r', '-R', '--recursive')) {
      for (const operand of inv.operands) {
        for (const base of [command.cwd, ...visited]) {
          const dir = directoryOf(operand, base);
          if (dir) removed.push(dir);
        }
      }
    }
  }
  // A `--mount` target exists only during this RUN: no WORKDIR can replace a cd into it.
  const env = instruction.state.env;
  const mounts = instruction.run!.mounts.flatMap((m) => {
    const target = m.target === null ? null : processWord(m.target, env);
    const dir = target && !target.unresolved.length ? resolveDir(target.value, start) : null;
    return dir ? [dir] : [];
  });
  const left: Dir[] = [];
  for (const candidate of candidates) {
    // The commands that run in the directory: after a `cd` the linter cannot follow (`cd $(ls -d /builddir/$pkg-*)`
    // in a loop) the script is somewhere else.
    // Commands in a repository the script clones under the directory after the `cd` (`cd /opt && git clone …/nccl-tests
    // && cd nccl-tests && make`) work in the clone, which is judged on its own.
    const clones = cloned.filter((c) => comparePositions(c.command.range.start, candidate.command.range.end) >= 0 && !sameDir(c.dir, candidate.dir) && isWithin(c.dir, candidate.dir));
    const later = commands.filter(
      (c) =>
        comparePositions(c.range.start, candidate.command.range.end) >= 0 &&
        !NEUTRAL.has(c.name ?? '') &&
        isWithin(c.cwd, candidate.dir) &&
        !clones.some((k) => isWithin(c.cwd, k.dir)),
    );
    if (later.length === 0) continue;
    // A `cd` that runs only when a test passes (`if [ "$DOWNLOAD_SOURCES" = true ]; then … cd /legal/source && …`):
    // a WORKDIR cannot be conditional, and would create and enter the folder in every build.
    if (candidate.command.runsIf.some((c) => c.name === '[' || c.name === '[[' || c.name === 'test')) continue;
    if (later.every((c) => DOWNLOAD_STEPS.has(c.name ?? '') || SYSTEM_TOOLS.has(c.invocation.tool ?? '') || probesSystem(c) || fetchesRevision(c) || readsOnlyPipe(c))) continue;
    if (isTemp(candidate.dir) || isOnPath(candidate.dir) || mounts.some((m) => !isRoot(m) && isWithin(candidate.dir, m))) continue;
    if (strictlyMade.some((m) => isWithin(candidate.dir, m))) continue;
    if (removed.some((r) => covers(r, candidate.dir))) continue;
    // A later `cd` out of the directory (`cd /usr/src/php && make && cd / && docker-php-source delete`): the
    // script goes there for a few commands only, which no WORKDIR expresses.
    const leaves = moves.some((m) => comparePositions(m.command.range.start, candidate.command.range.end) >= 0 && !isWithin(m.dir, candidate.dir));
    if (leaves) {
      left.push(candidate.dir);
      continue;
    }
    return { ...candidate, leftBefore: left };
  }
  return null;
}

/** Commands that report on the system and read no file of the directory (`$(nproc)`, `$(uname -m)`). */
const SYSTEM_PROBES = new Set(['nproc', 'uname', 'arch', 'getconf', 'id', 'whoami', 'date', 'lsb_release', 'which', 'command', 'dpkg-architecture']);
/** Text readers: they read the files they are given. */
const READERS = new Set(['grep', 'egrep', 'cat', 'head', 'tail', 'awk', 'cut', 'sort', 'wc']);

/** `V=$(curl -s …/releases/latest | grep '"tag_name":' | sed -E …)`: a filter fed by a pipe that reads no file of the directory. */
function readsOnlyPipe(c: SimpleCommand): boolean {
  return c.pipelineIndex > 0 && filesRead(c)?.length === 0;
}

/** `$(grep -c ^processor /proc/cpuinfo)`: a probe, or a text reader given only absolute paths. */
function probesSystem(c: SimpleCommand): boolean {
  if (c.name !== null && SYSTEM_PROBES.has(c.name)) return true;
  if (c.name === null || !READERS.has(c.name)) return false;
  const operands = c.invocation.operands;
  return operands.some((w) => w.literal && w.value.startsWith('/')) && operands.every((w) => w.literal && (w.value.startsWith('/') || !/^\.|[/*?[]/.test(w.value)));
}

/** A `cd`/`rm` operand (build variables already resolved) as a directory; null when the shell decides (`$1`, `$(…)`). */
function directoryOf(word: Word, cwd: Dir): Dir | null {
  return word.literal ? resolveDir(word.value, cwd) : null;
}

function isRoot(dir: Dir): boolean {
  return dir.root === '/' && dir.segments.length === 0;
}

/**
 * A folder of the default PATH (`cd /usr/local/bin && wget …/ngccli.zip && unzip ngccli.zip && …`): where programs are
 * put, never the folder a stage works in; a WORKDIR there would leave every later step in it.
 */
function isOnPath(dir: Dir): boolean {
  const path = dirPath(dir);
  return path !== null && DEFAULT_PATH.includes(path);
}

/**
 * The `cd` goes into a folder that an archive extracted before it, where the RUN was working, made: a new folder in
 * the folder it ran in (`tar zxf rocket.chat.tgz && cd bundle/programs/server`), or the folder named by a relative
 * path (`tar -x -C build`). A WORKDIR set before the RUN would move the unpacking there too, and one set after it
 * would split the RUN, leaving the build tools it purges in a layer. An archive extracted to an absolute path (`tar -x
 * -C /opt/pypy`) does not care where it runs: a WORKDIR before the RUN replaces that `cd`. A folder of the base image,
 * or one an earlier instruction of the stage made (`COPY . /app`, `WORKDIR /app/src`), was there before: not this case.
 */
function unpackedHere(target: Dir, unpacked: Unpacked, instruction: Instruction): boolean {
  if (unpacked.absolute || !isWithin(target, unpacked.dir)) return false;
  // The folder the archive went into by name, else the new folder it made where it ran (which was there before).
  if (!unpacked.named && sameDir(target, unpacked.dir)) return false;
  const made = unpacked.named ? unpacked.dir : { root: unpacked.dir.root, segments: target.segments.slice(0, unpacked.dir.segments.length + 1) };
  const path = dirPath(made);
  if (path !== null && LINUX_FOLDERS.has(path)) return false;
  return !(instruction.stage?.instructions ?? []).some((i) => {
    if (i.index > instruction.index) return false;
    // The WORKDIR in effect, made by an earlier WORKDIR.
    const workdir = i.state.workdir;
    if (workdir?.startsWith('/') && isWithin(startDir(workdir), made)) return true;
    if (i.keyword !== 'COPY' && i.keyword !== 'ADD') return false;
    // A destination the linter cannot read may be anywhere.
    const dest = i.copy?.dest?.value;
    const dir = dest ? resolveDir(dest, startDir(workdir)) : null;
    // Under a WORKDIR the linter does not know, an absolute destination may be the relative folder, unless it is one
    // file named otherwise (`ADD rbuild.ini /rbuild.ini`, a download by URL), which holds no folder.
    if (!dir || isWithin(dir, made) || isWithin(made, dir)) return true;
    return made.root === '.' && dir.root === '/' && !(copiesOneFile(i) && !dir.segments.some((s) => made.segments.includes(s)));
  });
}

/** Archives a local `ADD` extracts: its destination is a folder of their content. */
const ADD_EXTRACTS = /\.(tar|tgz|tbz2?|txz|tar\.\w+)$/i;

/**
 * The COPY or ADD writes one file: a single source that is a URL (ADD downloads it as is) or a local path whose name
 * has a file extension (`rbuild.ini`; not an archive ADD extracts) or sits in a `bin` folder (a program), to a destination
 * not written as a folder.
 */
function copiesOneFile(i: Instruction): boolean {
  const sources = i.copy?.sources ?? [];
  const dest = i.copy?.dest?.value ?? '';
  const source = sources[0]?.value ?? '';
  if (sources.length !== 1 || i.copy?.heredocs.length || !source || dest.endsWith('/') || /[*?[]/.test(source)) return false;
  if (/^https?:\/\//.test(source)) return true;
  const parts = source.replace(/\/+$/, '').split('/');
  const name = parts.pop()!;
  // A program in a `bin` folder (`COPY --from=builder /usr/lib/postgresql/16/bin/pgcopydb /pgcopydb/bin/pgcopydb`) is a file.
  const program = /^s?bin$/.test(parts.pop() ?? '');
  return !source.endsWith('/') && (program || /^[^.].*\.[A-Za-z0-9]{1,8}$/.test(name)) && !(i.keyword === 'ADD' && ADD_EXTRACTS.test(name));
}

function isTemp(dir: Dir): boolean {
  if (dir.root !== '/') return false;
  const path = dir.segments.join('/');
  return TEMP_ROOTS.some((t) => path === t || path.startsWith(`${t}/`));
}

/** The removed path is the directory or one of its parents (`rm -rf pkg-*` covers `pkg-1.2/build`). */
function covers(removed: Dir, dir: Dir): boolean {
  if (removed.root !== dir.root || removed.root === '?' || removed.segments.length === 0) return false;
  if (removed.segments.length > dir.segments.length) return false;
  return removed.segments.every((s, i) => globMatch(s, dir.segments[i]!));
}

function globMatch(pattern: string, name: string): boolean {
  if (!/[*?[]/.test(pattern)) return pattern === name;
  const re = pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  try {
    return new RegExp(`^${re}$`).test(name);
  } catch {
    return false;
  }
}

function samePath(a: string, b: string): boolean {
  return a.replace(/\/+$/, '') === b.replace(/\/+$/, '');
}

/** A git step that only fetches or checks out a revision of the clone it runs in (`git checkout v${VERSION}`). */
function fetchesRevision(c: SimpleCommand): boolean {
  return c.name === 'git' && GIT_FETCH_STEPS.has(c.invocation.subcommand ?? c.args.find((w) => !w.value.startsWith('-'))?.value ?? '');
}
