/**
 * The folders an image is sure to have when a command of a RUN starts: the standard folders of its base image's
 * distribution (src/knowledge/image-folders.ts), every WORKDIR so far, the folders COPY/ADD wrote into, and the
 * folders RUNs made with `mkdir`, each with the folders holding it; minus what a RUN removed or moved away since.
 */
import path from 'node:path';
import { baseImageFolders, LINUX_FOLDERS } from '../knowledge/image-folders.js';
import { distroOf } from '../knowledge/system-shell.js';
import type { Instruction } from '../model/types.js';
import { comparePositions } from '../shell/order.js';
import type { SimpleCommand, Word } from '../shell/types.js';
import { dirPath, resolveDir } from '../shell/workdir.js';
import { copiesBefore, instructionsBefore, workdirOf } from './copies.js';

const GLOB = /[*?[]/;

/** A literal operand as an absolute path, resolved against the folder the command runs in; null when unknown. */
export function absoluteOperand(word: Word, cmd: SimpleCommand): string | null {
  if (!word.literal || GLOB.test(word.value)) return null;
  const dir = resolveDir(word.value, cmd.cwd);
  return dir ? dirPath(dir) : null;
}

class Folders {
  private readonly known: Set<string>;
  constructor(base: ReadonlySet<string>) {
    this.known = new Set(base);
  }

  has(folder: string): boolean {
    return this.known.has(folder);
  }

  add(folder: string): void {
    for (let d = folder; !this.known.has(d); d = path.posix.dirname(d)) this.known.add(d);
  }

  /** `rm -rf /opt/app`, `rm -rf /opt/app*`, `mv /opt/app …`: the folder (or those the glob names) and what is in them. */
  remove(operand: string): void {
    const glob = GLOB.test(operand);
    const prefix = glob ? `${path.posix.dirname(operand)}/` : `${operand}/`;
    for (const d of this.known) if ((!glob && d === operand) || (d.startsWith(prefix) && d !== '/')) this.known.delete(d);
  }
}

/** The base image's folders: none for `scratch` or Windows, the standard ones of its distribution otherwise. */
export function baseFolders(instruction: Instruction): ReadonlySet<string> {
  const stage = instruction.stage;
  if (!stage || stage.windows || stage.rootImage.isScratch) return new Set();
  return baseImageFolders(stage.rootImage.name ? distroOf(stage.rootImage.name) : null);
}

/** Where `rm` or `mv` takes an operand away: its literal absolute path, a glob kept as written. */
function takenAway(word: Word, cmd: SimpleCommand): string | null {
  if (!word.literal) return null;
  if (!GLOB.test(word.value)) return absoluteOperand(word, cmd);
  return word.value.startsWith('/') ? path.posix.normalize(word.value) : null;
}

function follow(folders: Folders, cmd: SimpleCommand): void {
  const operands = cmd.invocation.operands;
  if (cmd.name === 'mkdir') {
    for (const w of operands) {
      const made = absoluteOperand(w, cmd);
      if (made) folders.add(made);
    }
  } else if (cmd.name === 'rm' || cmd.name === 'mv') {
    // `mv`'s last operand is where it writes.
    for (const w of cmd.name === 'mv' ? operands.slice(0, -1) : operands) {
      const gone = takenAway(w, cmd);
      if (gone) folders.remove(gone);
    }
  }
}

/**
 * Whether `folder` (an absolute path) is sure to exist when `cmd`, a command of `instruction`'s RUN, starts. A
 * folder an instruction may have made conditionally (`mkdir` in an `if`) counts as made: what it checks is a `cd` or
 * `mkdir` that would need it.
 */
export function folderExists(instruction: Instruction, cmd: SimpleCommand, folder: string): boolean {
  const folders = new Folders(baseFolders(instruction));
  const copies = new Map(copiesBefore(instruction).map((c) => [c.instruction, c]));
  for (const i of [...instructionsBefore(instruction), instruction]) {
    // Docker makes the WORKDIR a RUN starts in.
    if (i.state.workdir) folders.add(workdirOf(i));
    const copy = copies.get(i);
    if (copy?.dest) folders.add(copy.destIsDir ? copy.dest : path.posix.dirname(copy.dest));
    for (const c of i.run?.script?.commands ?? []) {
      if (i === instruction && comparePositions(c.range.start, cmd.range.start) >= 0) break;
      follow(folders, c);
    }
  }
  return folders.has(folder);
}

/**
 * Whether `folder` is one the image made itself when `cmd` starts: a WORKDIR, a folder COPY wrote into or `mkdir`
 * made (folderExists), not one of the standard folders of its base or of every Linux base (`/usr/bin`, `/tmp`, `/opt`).
 */
export function ownFolder(instruction: Instruction, cmd: SimpleCommand, folder: string): boolean {
  return !baseFolders(instruction).has(folder) && !LINUX_FOLDERS.has(folder) && folderExists(instruction, cmd, folder);
}

/**
 * Whether a `mkdir` of `folder` makes a folder of the image's own, so that its `-m`/`--mode` sets that folder's mode:
 * not one of the standard folders of its base or of every Linux base, which `mkdir -p` leaves as they are.
 */
export function makesOwnFolder(instruction: Instruction, folder: string): boolean {
  return !baseFolders(instruction).has(folder) && !LINUX_FOLDERS.has(folder);
}
