/**
 * The home folder of the user a RUN runs as, where tools keep their caches (`~/.cache/pip`): what the cache rules
 * need to tell a copied home folder from another folder under `/home` (a builder's `/home/venv`), and who owns the
 * folders on the way to such a cache (pip run as root keeps none in another user's home).
 */
import path from 'node:path';
import { baseHome, baseWorkdir, nonRootDefaultUser } from '../knowledge/image-defaults.js';
import { CODE_RUNNERS, HOME_CACHE_WRITERS } from '../knowledge/home-caches.js';
import { hasOption, optionValue } from '../shell/invocation.js';
import type { SimpleCommand, Word } from '../shell/types.js';
import { dirPath } from '../shell/workdir.js';
import { FactKey } from './facts.js';
import type { Instruction, Stage } from './types.js';
import { processWord } from './words.js';

/**
 * `HOME` when the stage's environment sets it to a known absolute path, or the base image's own `ENV HOME`
 * (docker-stacks' `/home/jovyan`, whatever the `USER`: Docker takes the passwd entry's home only when no `HOME` is
 * set); `/root` when the RUN runs as root (no `USER`, or `USER root`/`0`, on a base not known to run as another
 * user); null otherwise: another user, whose home the linter does not know (`useradd -m app` makes `/home/app`, `-d`
 * any other), or a `HOME` whose value is not known.
 */
export function homeFolder(instruction: Instruction): string | null {
  const env = instruction.state.env;
  if (env.has('HOME')) {
    const value = env.get('HOME');
    if (value === undefined) return null;
    const e = value.includes('$') ? processWord(value, env) : { value, unresolved: [] };
    return e.unresolved.length === 0 && e.value.startsWith('/') ? normalize(e.value) : null;
  }
  const base = instruction.stage?.rootImage.name;
  const known = base ? baseHome(base) : null;
  if (known) return known.home;
  return runsAsRoot(instruction) ? '/root' : null;
}

/**
 * The RUN runs as root: `USER root`/`0`, or no `USER` on a base not known to run as another user; null when its
 * `USER` holds a variable without a known value.
 */
export function runsAsRoot(instruction: Instruction): boolean | null {
  const user = instruction.state.user;
  if (user) return user.resolved === null ? null : isRootUser(user.resolved);
  const base = instruction.stage?.rootImage.name;
  return !(base && nonRootDefaultUser(base));
}

const isRootUser = (spec: string): boolean => /^(root|0)$/i.test(spec.split(':')[0]!.trim());

function normalize(p: string): string {
  const n = path.posix.normalize(p);
  return n.length > 1 ? n.replace(/\/+$/, '') : n;
}

/**
 * What is known of one folder on the way to a cache: not there, there and root's, there and another user's, another
 * user's if there at all (below a folder `chown -R app` gave away), or not known.
 */
type Held = 'absent' | 'root' | 'other' | 'other-if-there' | 'unknown';
/** Who creates or owns what a command makes: root, another user, or not known. */
type Maker = 'root' | 'other' | null;

/** Per stage, per cache folder: for each RUN of the stage's image, `firstFolderOwnedByOther` before each of its commands. */
const OWNER_TIMELINES = new FactKey<Map<string, Map<Instruction, boolean[]>>>();

/** Wrappers that may run the command as another user (`su app -c`, `gosu app`, `sudo -u app`). */
const USER_SWITCHERS = new Set(['su', 'sudo', 'gosu', 'su-exec', 'runuser', 'chpst', 'setpriv', 's6-setuidgid']);

/**
 * `command`, run as root in `instruction`, would find `dir` (a cache folder), or the first folder of its path that
 * exists, owned by another user: pip then turns its cache off ("The directory … is not owned or is not writable by
 * the current user. The cache has been disabled.": pip's `check_path_owner`, which for root asks for a folder owned by
 * UID 0). The folders are followed through the stage's image: a home made for its user (`useradd -m`, BusyBox's
 * `adduser`, a base's own home, docker-stacks' `/home/jovyan`), given to one (`chown -R user $HOME`), and what root
 * may create in it afterwards (`mkdir -p ~/.cache`, a cache mount, a COPY, a tool that caches there: HOME_CACHE_WRITERS)
 * or give back (`chown -R root`). Worked out once per stage and folder, for every command of its image.
 */
export function firstFolderOwnedByOther(instruction: Instruction, command: SimpleCommand, dir: string): boolean {
  const stage = instruction.stage;
  const commands = instruction.run?.script?.commands;
  if (!stage || !commands || runsAsRoot(instruction) !== true || (command.wrappedBy !== null && USER_SWITCHERS.has(command.wrappedBy))) return false;
  // root's own home stays root's.
  if (dir === '/root' || dir.startsWith('/root/')) return false;
  const at = commands.indexOf(command);
  if (at < 0) return false;
  const timelines = stage.facts.get(OWNER_TIMELINES, () => new Map<string, Map<Instruction, boolean[]>>());
  let timeline = timelines.get(dir);
  if (!timeline) timelines.set(dir, (timeline = ownerTimeline(stage, normalize(dir))));
  return timeline.get(instruction)?.[at] ?? false;
}

/** Walks the stage's image once, keeping what is known of each folder from `/` down to `dir`. */
function ownerTimeline(stage: Stage, dir: string): Map<Instruction, boolean[]> {
  const chain: string[] = [];
  for (let p = dir; p !== '/'; p = path.posix.dirname(p)) chain.unshift(p);
  const held: Held[] = chain.map(() => 'unknown');
  const base = stage.rootImage.name ? baseHome(stage.rootImage.name) : null;
  if (base) giveHome(chain, held, base.home, false);
  const out = new Map<Instruction, boolean[]>();
  for (const s of [...stage.lineage].reverse()) {
    for (const ins of s.instructions) {
      if (ins.keyword === 'RUN') {
        const maker: Maker = makerOf(runsAsRoot(ins));
        for (const m of ins.run?.mounts ?? []) {
          const target = m.target === null ? null : resolvedPath(processWord(m.target, ins.state.env).value, ins, null);
          // BuildKit makes a mount's target folder, as root, when the image lacks it.
          if (target) write(chain, held, target, 'root', false);
        }
        const verdicts: boolean[] = [];
        for (const cmd of ins.run?.script?.commands ?? []) {
          verdicts.push(ownedByOther(held));
          apply(chain, held, ins, cmd, maker);
        }
        out.set(ins, verdicts);
      } else if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
        const dest = ins.copy?.dest?.value;
        const target = dest ? resolvedPath(dest, ins, null) : null;
        const chown = ins.flags.find((f) => f.name.toLowerCase() === 'chown');
        const maker: Maker = !chown ? 'root' : chown.value && !chown.value.includes('$') ? makerOf(isRootUser(chown.value)) : null;
        // What a COPY brings may hold any folder below its destination.
        if (target) write(chain, held, target, maker, true);
      } else if (ins.keyword === 'WORKDIR') {
        const target = resolvedPath(processWord(ins.argsText.trim(), ins.state.env).value, ins, null);
        if (target) write(chain, held, target, null, false);
      }
    }
  }
  return out;
}

const makerOf = (root: boolean | null): Maker => (root === null ? null : root ? 'root' : 'other');

/** The first folder of the chain that is there, from the bottom, is another user's. */
function ownedByOther(held: readonly Held[]): boolean {
  for (let i = held.length - 1; i >= 0; i--) {
    const h = held[i]!;
    if (h === 'absent' || h === 'other-if-there') continue;
    return h === 'other';
  }
  return false; // `/` is root's
}

/** Commands that make no folder their words name (a redirection's target still counts). */
const MAKES_NOTHING = new Set([
  'cd', 'pushd', 'popd', 'ls', 'cat', 'test', '[', '[[', 'stat', 'chmod', 'chgrp', 'echo', 'printf', 'grep', 'head', 'tail', 'wc',
  'readlink', 'realpath', 'du', 'file', 'rm', 'true', 'false', 'set', 'export', 'unset', 'which', 'command', 'type', 'id', 'whoami', 'source', '.',
]);
/** Commands that make the folder (and, at most, the folders above it) their operands name, not below it. */
const MAKES_NAMED = new Set(['mkdir', 'touch', 'ln', 'install', 'mktemp']);

function apply(chain: string[], held: Held[], ins: Instruction, cmd: SimpleCommand, runner: Maker): void {
  const maker: Maker = cmd.wrappedBy !== null && USER_SWITCHERS.has(cmd.wrappedBy) ? null : runner;
  const inv = cmd.invocation;
  for (const w of cmd.redirects) {
    const target = pathOf(w, ins, cmd);
    if (target) write(chain, held, target, maker, false);
  }
  const name = cmd.name;
  if (name === null) return;
  if (name === 'chown') return chown(chain, held, ins, cmd);
  if (name === 'useradd' || name === 'adduser') {
    const home = createdHome(cmd);
    if (home) giveHome(chain, held, home, true);
    return;
  }
  if (MAKES_NOTHING.has(name)) return;
  const home = homeFolder(ins);
  if (inv.tool === 'pip') {
    // pip as root whose cache folder is already another user's makes none; `--no-cache-dir` never makes one.
    if (home && !hasOption(inv, '--no-cache-dir', '--cache-dir') && !(maker === 'root' && ownedByOther(held))) write(chain, held, `${home}/.cache/pip`, maker, false);
    return;
  }
  if (home && (HOME_CACHE_WRITERS.has(name) || CODE_RUNNERS.test(name))) write(chain, held, `${home}/.cache/${name}`, maker, false);
  const deep = !MAKES_NAMED.has(name);
  for (const w of inv.args) {
    // `--target=/home/app/.cache/x`: the folder an option names.
    const value = w.value.startsWith('-') ? w.value.slice(w.value.indexOf('=') + 1) : w.value;
    if (w.value.startsWith('-') && !w.value.includes('=')) continue;
    const target = pathOf({ ...w, value }, ins, cmd);
    if (target) write(chain, held, target, maker, deep);
  }
}

/**
 * `chown [-R] OWNER[:GROUP] PATH…`: each path named is then OWNER's if it is there; with `-R`, everything below it too.
 * `:GROUP` alone changes no owner; an owner not known (`$NB_UID`, `--reference`) leaves what it names unknown.
 */
function chown(chain: string[], held: Held[], ins: Instruction, cmd: SimpleCommand): void {
  const inv = cmd.invocation;
  const reference = hasOption(inv, '--reference');
  const spec = reference ? null : (inv.operands[0] ?? null);
  const paths = inv.operands.slice(reference ? 0 : 1);
  const owner = spec ? spec.value.split(':')[0]! : null;
  if (owner === '') return;
  const to: Maker = spec === null || owner === null || !spec.literal || owner.includes('$') ? null : makerOf(isRootUser(owner));
  const recursive = hasOption(inv, '-R', '--recursive');
  for (const w of paths) {
    const target = pathOf(w, ins, cmd);
    if (!target) continue;
    chain.forEach((folder, i) => {
      if (folder === target || (recursive && folder.startsWith(`${target === '/' ? '' : target}/`))) held[i] = owned(held[i]!, to);
    });
  }
}

function owned(h: Held, to: Maker): Held {
  if (h === 'absent') return 'absent';
  if (to === null) return 'unknown';
  if (h === 'root' || h === 'other') return to;
  // There or not: chown gives what is there.
  return to === 'other' ? 'other-if-there' : 'unknown';
}

/**
 * A folder `maker` may create: `path` and the folders above it (`mkdir -p`), with `deep` also any below it (a copy,
 * an unpacked archive). A folder already there keeps its owner.
 */
function write(chain: string[], held: Held[], target: string, maker: Maker, deep: boolean): void {
  const prefix = target === '/' ? '/' : `${target}/`;
  chain.forEach((folder, i) => {
    if (!(target === folder || target.startsWith(`${folder}/`) || (deep && folder.startsWith(prefix)))) return;
    const h = held[i]!;
    if (h === 'absent') held[i] = maker === 'other' ? 'other-if-there' : 'unknown';
    else if (h === 'other-if-there' && maker !== 'other') held[i] = 'unknown';
  });
}

/**
 * The chain's folder `home` is made for its user, who owns it; the folders below it are not there (a new home holds
 * only `/etc/skel`'s files), unless something made them earlier (`made`: a useradd finds an existing folder and
 * leaves it as it is); for a base's own home, the user owns all it holds.
 */
function giveHome(chain: string[], held: Held[], home: string, made: boolean): void {
  const i = chain.indexOf(normalize(home));
  if (i < 0) {
    // The home is below the cache folder's path or beside it: only a home above `dir` matters.
    return;
  }
  if (made && (held[i] === 'root' || held[i] === 'other')) return;
  held[i] = 'other';
  for (let j = i + 1; j < chain.length; j++) {
    if (!made) held[j] = 'other-if-there';
    else if (held[j] === 'unknown') held[j] = 'absent';
  }
  for (let j = 0; j < i; j++) if (held[j] === 'unknown' || held[j] === 'absent') held[j] = 'root';
}

/**
 * The home a `useradd -m`/`--create-home` or an `adduser` makes (BuildKit runs it as root, which then gives it to the
 * new user): `-d`/`--home-dir`, else `/home/<name>` (`-b` another base folder); BusyBox's and Debian's adduser make
 * one unless `-H`/`--no-create-home`, Debian's `--system` only with `--home`. Null for root, for `adduser user group`
 * (adds a user to a group), or when the name or folder is not known.
 */
function createdHome(cmd: SimpleCommand): string | null {
  const inv = cmd.invocation;
  const name = inv.operands.at(-1);
  if (!name?.literal || /^(root|0)$/.test(name.value)) return null;
  if (cmd.name === 'useradd') {
    if (!hasOption(inv, '-m', '--create-home')) return null;
    const home = optionValue(inv, '-d', '--home-dir') ?? `${optionValue(inv, '-b', '--base-dir') ?? '/home'}/${name.value}`;
    return home.startsWith('/') && !home.includes('$') ? home : null;
  }
  if (inv.operands.length !== 1 || hasOption(inv, '-H', '--no-create-home')) return null;
  const home = optionValue(inv, '-h', '--home');
  if (hasOption(inv, '--system') && home === null) return null;
  const folder = home ?? `/home/${name.value}`;
  return folder.startsWith('/') && !folder.includes('$') ? folder : null;
}

/** An absolute path a word of the command names (`~` is the RUN's home, a relative path is from its folder), or null. */
function pathOf(word: Word, ins: Instruction, cmd: SimpleCommand): string | null {
  if (!word.literal && word.value.includes('$')) return null;
  return resolvedPath(word.value, ins, cmd);
}

function resolvedPath(value: string, ins: Instruction, cmd: SimpleCommand | null): string | null {
  if (value === '' || value.includes('$') || /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return null;
  if (value === '~' || value.startsWith('~/')) {
    const home = homeFolder(ins);
    return home === null ? null : normalize(home + value.slice(1));
  }
  if (value.startsWith('/')) return normalize(value);
  if (value.startsWith('~')) return null;
  const start = workdir(ins);
  const cwd = !cmd ? start : cmd.cwd.root === '/' ? dirPath(cmd.cwd) : cmd.cwd.root === '.' && start !== null ? path.posix.join(start, ...cmd.cwd.segments) : null;
  return cwd === null ? null : normalize(path.posix.resolve(cwd, value));
}

/** The WORKDIR, the base's own when the file sets none (docker-stacks' `/home/jovyan`); null when not known. */
function workdir(ins: Instruction): string | null {
  const w = ins.state.workdir;
  if (w) return w.startsWith('/') ? w : null;
  return ins.stage ? baseWorkdir(ins.stage.rootImage) : null;
}
