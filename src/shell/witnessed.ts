/**
 * What the RUNs of a stage witnessed about a path before a point of a script: that a command whose failure ended its
 * RUN wrote, made, filled or moved it there, or (locatedProgram) that a `which` or `command -v` the reader needs printed
 * it. Read by the pipefail rule and ShellCheck's SC2155 filter alike.
 */
import {
  CONFIGURE_INSTALL_FOLDERS, FILLS_FOLDER, INSTALL_FOLDER_OPTIONS, INSTALL_FOLDER_VARIABLES, MAKE_INSTALL_BIN,
} from '../knowledge/empty-input.js';
import { SETUP_SCRIPTS_UPDATING_LISTS } from '../knowledge/apt-subcommands.js';
import { shipsWithoutAptLists } from '../knowledge/image-defaults.js';
import type { DockerfileModel, Instruction } from '../model/types.js';
import { downloadedFiles, failsOnHttpError } from './downloads.js';
import { findStartPoints } from './find.js';
import { runInstructions } from './installs.js';
import { hasOption } from './invocation.js';
import { comparePositions, rangeContains } from './order.js';
import type { Position } from '../types.js';
import type { ShellScript, SimpleCommand, Word } from './types.js';
import { tarOptions } from './unpacks.js';
import { hasCacheMountOn } from './caches.js';

/**
 * Whether `path` was written or read by redirection or `tee` before `at` (in this RUN, or an earlier RUN of the stage
 * and the stages it is built on), downloaded (`wget -O F`, `curl -fo F`: a download that fails on an HTTP error), put
 * there by `mv` or `cp` (`mv "/usr/src/busybox-$V" /usr/src/busybox`), a folder made (`mkdir -p`), filled (`tar -x
 * -C`, and the paths in it), walked (`find "$PREFIX/lib/erlang" … -exec rm -rf '{}' +`, and the folders holding it) or
 * installed into (`make install` after a `./configure --libdir=DIR` of the same RUN; a program in MAKE_INSTALL_BIN
 * after one that nothing sent elsewhere: `make -C /usr/src/redis install`, then `md5sum /usr/local/bin/redis-server`)
 * by a command whose failure ended its RUN, and not removed or moved away since (nor its folder).
 */
export function witnessedFile(model: DockerfileModel, at: Instruction, path: string, before: Position): boolean {
  const lineage = at.stage?.lineage ?? [];
  const earlier = runInstructions(model).filter((i) => i.index <= at.index && i.stage !== null && lineage.includes(i.stage));
  let seen = false;
  const defaultBin = path.startsWith(`${MAKE_INSTALL_BIN}/`) && !path.slice(MAKE_INSTALL_BIN.length + 1).includes('/');
  const under = (w: Word) => w.value === path || path.startsWith(`${w.value}/`);
  for (const instruction of earlier) {
    let configured = false;
    let elsewhere = INSTALL_FOLDER_VARIABLES.some((v) => instruction.state.env.has(v));
    for (const cmd of instruction.run!.script!.commands) {
      if (instruction === at && comparePositions(cmd.range.start, before) >= 0) break;
      if (cmd.invocation.tool === 'configure') configured ||= configureFolders(cmd).includes(path);
      elsewhere ||= movesInstall(cmd);
      const placed = placedPath(cmd);
      if (cmd.name === 'rm' && cmd.invocation.operands.some(under)) seen = false;
      else if (placed !== null && placed === path && endsItsRun(cmd, instruction)) seen = true;
      else if (cmd.name === 'mv' && cmd.invocation.operands.slice(0, -1).some(under)) seen = false;
      else if ([...cmd.redirects, ...(cmd.name === 'tee' ? cmd.invocation.operands : [])].some((w) => w.literal && w.value === path)) seen = true;
      else if (madeFolders(cmd).some((m) => m.value === path || (m.filled && path.startsWith(`${m.value}/`))) && endsItsRun(cmd, instruction)) seen = true;
      else if ((configured || (defaultBin && !elsewhere)) && cmd.name === 'make' && cmd.invocation.operands.some((w) => w.value === 'install') && endsItsRun(cmd, instruction)) seen = true;
      else if (failsOnHttpError(cmd) && downloadedFiles(cmd).includes(path) && endsItsRun(cmd, instruction)) seen = true;
    }
  }
  return seen;
}

/**
 * `RUN apt-get update && apt-get install … && rm -rf /var/lib/apt/lists/*`, then `RUN curl … | bash - && apt-get install
 * -y nodejs`: before `before`, the last command of the stage's RUNs (and of the stages it is built on) that touched
 * apt's package lists removed them (`rm` of `/var/lib/apt/lists`, what is in it, or `/var/lib/apt`), its failure ending
 * its RUN, and no `apt-get update` or `apt update` ran since: an `apt-get install` of a package the image lacks then
 * fails ("Unable to locate package"). So too when nothing of the stage touched them and its base image ships without
 * them (shipsWithoutAptLists: `rust:1.93.0`, `debian:12`). Not with a cache mount over `/var/lib/apt` (the lists live
 * in the cache), nor after a COPY into it; other base images' lists are not judged (unknown).
 */
export function aptListsRemoved(model: DockerfileModel, at: Instruction, before: Position): boolean {
  const lineage = at.stage?.lineage ?? [];
  const earlier = model.instructions.filter((i) => i.index <= at.index && i.stage !== null && lineage.includes(i.stage));
  const lists = (v: string) => /^\/var\/lib\/apt(\/lists)?(\/\*?)?$/.test(v) || v.startsWith('/var/lib/apt/lists/');
  const root = at.stage && !at.stage.windows && !at.stage.rootImage.isScratch ? at.stage.rootImage.name : null;
  let removed = !!root && shipsWithoutAptLists(root);
  for (const instruction of earlier) {
    const dest = instruction.copy?.dest?.value;
    if (dest && (dest.startsWith('/var/lib/apt') || lists(dest))) removed = false;
    if (!instruction.run?.script) continue;
    if (hasCacheMountOn(instruction, ['/var/lib/apt'])) {
      removed = false;
      continue;
    }
    for (const cmd of instruction.run.script.commands) {
      if (instruction === at && comparePositions(cmd.range.start, before) >= 0) break;
      // A vendor's setup script (NodeSource's) updates the lists itself.
      if ((cmd.invocation.tool === 'apt' && cmd.invocation.subcommand === 'update') || cmd.args.some((w) => SETUP_SCRIPTS_UPDATING_LISTS.some((re) => re.test(w.value)))) removed = false;
      else if (cmd.name === 'rm' && cmd.invocation.operands.some((w) => w.literal && lists(w.value)) && endsItsRun(cmd, instruction)) removed = true;
    }
  }
  return removed;
}

/** The program `which X` or `command -v X` looks up (`X`), when it is one literal name; null for other commands. */
function lookedUp(cmd: SimpleCommand): string | null {
  const words = cmd.args.map((w) => (w.literal ? w.value : null));
  if (cmd.name === 'which' && words.length === 1) return words[0]!;
  return cmd.name === 'command' && words.length === 2 && words[0] === '-v' ? words[1]! : null;
}

/** The word is a lookup's output alone (`$(which truss)`, `` `command -v truss` ``): that lookup, else null. */
function lookupOf(word: Word): SimpleCommand | null {
  const [sub, ...rest] = word.expansions ?? [];
  return sub && !rest.length && sub.whole && sub.name === null && sub.commands.length === 1 && lookedUp(sub.commands[0]!) !== null ? sub.commands[0]! : null;
}

const sameRange = (a: SimpleCommand, b: SimpleCommand): boolean => comparePositions(a.range.start, b.range.start) === 0 && comparePositions(a.range.end, b.range.end) === 0;

/**
 * The word names the file of a program that a `which X` or `command -v X` printed, and `reader` runs only when that
 * lookup succeeded (it is among the commands `reader` needs, an `&&` chain or an `if` condition before it, and both
 * fail when X is not there): the word is `$(which X)` again, or a variable the script sets to `$(which X)` and to
 * nothing else (truss's `TRUSS_BIN=$(which truss) && PYTHON_PATH=$(head -1 "$TRUSS_BIN" | sed 's/^#!//')`).
 */
export function locatedProgram(script: ShellScript, reader: SimpleCommand, word: Word): boolean {
  const again = lookupOf(word);
  if (again) return reader.runsIf.some((c) => lookedUp(c) === lookedUp(again));
  const variable = /^\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))$/.exec(word.value);
  const bindings = variable ? script.bindings.filter((b) => b.name === (variable[1] ?? variable[2])) : [];
  const lookups = bindings.map((b) => (b.value && !b.loop ? lookupOf(b.value) : null));
  // The assignment's own lookup is one the reader needs: the variable was set by it before the reader ran.
  return lookups.length === 1 && lookups[0] !== null && reader.runsIf.some((c) => sameRange(c, lookups[0]!));
}

/** The path a `mv` or `cp` of one source writes (`mv SRC /usr/src/busybox`), when literal and absolute; null otherwise (`-t DIR`, several sources). */
function placedPath(cmd: SimpleCommand): string | null {
  if (cmd.name !== 'mv' && cmd.name !== 'cp') return null;
  const operands = cmd.invocation.operands;
  const dest = operands[1];
  if (operands.length !== 2 || hasOption(cmd.invocation, '-t', '--target-directory') || !dest!.literal || !dest!.value.startsWith('/')) return null;
  return dest!.value.replace(/(.)\/+$/, '$1');
}

/**
 * The folders a command makes (`mkdir`'s operands), fills (FILLS_FOLDER: `tar -x -C "$JAVA_HOME"`) or walks (`find`'s
 * start points, and the folders holding them); `filled`: the paths in it are there too.
 */
function madeFolders(cmd: SimpleCommand): { value: string; filled: boolean }[] {
  const literal = (words: readonly Word[]) => words.filter((w) => w.literal && w.value.startsWith('/')).map((w) => w.value.replace(/(.)\/+$/, '$1'));
  if (cmd.name === 'mkdir') return literal(cmd.invocation.operands).map((value) => ({ value, filled: false }));
  // A find feeding a pipe may have failed unseen.
  if (cmd.name === 'find' && cmd.pipelineIndex === -1) {
    const walked = literal(findStartPoints(cmd)).flatMap((p) => [p, ...[...p.matchAll(/\//g)].map((m) => p.slice(0, m.index)).filter(Boolean)]);
    return walked.map((value) => ({ value, filled: false }));
  }
  const fills = cmd.name ? FILLS_FOLDER[cmd.name] : undefined;
  // Only an extraction fills the folder (`tar -c -C /src .` reads it).
  if (!fills || !['-x', '--extract', '--get'].some((o) => tarOptions(cmd).has(o))) return [];
  const args = cmd.invocation.args;
  const folders = args.flatMap((w, i) => {
    const glued = fills.map((o) => (o.startsWith('--') && w.value.startsWith(`${o}=`) ? w.value.slice(o.length + 1) : null)).find((v) => v !== null);
    if (glued !== undefined) return w.literal ? [{ ...w, value: glued }] : [];
    return fills.includes(w.value) && args[i + 1] ? [args[i + 1]!] : [];
  });
  return literal(folders).map((value) => ({ value, filled: true }));
}

/** `make PREFIX=/opt/x install`, `DESTDIR=/stage make install`, `./configure --prefix=/opt/x`: the command sends a `make install` elsewhere than MAKE_INSTALL_BIN. */
function movesInstall(cmd: SimpleCommand): boolean {
  const sets = (w: string) => INSTALL_FOLDER_VARIABLES.some((v) => w.startsWith(`${v}=`)) || INSTALL_FOLDER_OPTIONS.some((o) => w === o || w.startsWith(`${o}=`) || w.startsWith(`${o}:`));
  return cmd.assignments.some((a) => INSTALL_FOLDER_VARIABLES.includes(a.name)) || cmd.args.some((w) => sets(w.value));
}

/** The install folders a `./configure` names (CONFIGURE_INSTALL_FOLDERS: `--libdir="$TOMCAT_NATIVE_LIBDIR"`), when known. */
function configureFolders(cmd: SimpleCommand): string[] {
  return cmd.invocation.options
    .filter((o) => CONFIGURE_INSTALL_FOLDERS.includes(o.name) && o.value?.startsWith('/') && (o.valueWord ?? o.word).literal)
    .map((o) => o.value!.replace(/(.)\/+$/, '$1'));
}

/** The command's failure ends its RUN: `set -e`, or it is in the RUN's last statement, without `||`. */
export function endsItsRun(cmd: SimpleCommand, instruction: Instruction): boolean {
  const script = instruction.run!.script!;
  if (script.errexit) return true;
  const last = script.statements[script.statements.length - 1];
  return last !== undefined && !last.or && last.range !== null && rangeContains(last.range, cmd.range);
}


/** `dpkg -s P`, `dpkg-query -W P`: the package query action of a dpkg command ('status', 'show', 'list'), or null. */
function packageQuery(cmd: SimpleCommand): 'status' | 'show' | 'list' | null {
  if (cmd.name !== 'dpkg' && cmd.name !== 'dpkg-query') return null;
  const has = (...names: string[]) => cmd.args.some((w) => names.includes(w.value));
  if (has('-s', '--status')) return 'status';
  if (has('-L', '--listfiles')) return 'list';
  return cmd.name === 'dpkg-query' && has('-W', '--show') ? 'show' : null;
}

/**
 * `if dpkg -s "$pkg" >/dev/null 2>&1; then dpkg -L "$pkg" | … | tee …`: `reader` lists or shows packages that a
 * `dpkg -s` or `dpkg-query -W` it needs (an `&&` chain or an `if` condition before it) just found, named by the same
 * words: it cannot fail on them. Not without operands (a listing of the whole database, read elsewhere).
 */
export function confirmedPackages(reader: SimpleCommand): boolean {
  if (packageQuery(reader) === null) return false;
  const names = reader.invocation.operands.map((w) => w.value);
  if (!names.length) return false;
  const confirmed = new Set(reader.runsIf.filter((c) => { const q = packageQuery(c); return q === 'status' || q === 'show'; }).flatMap((c) => c.invocation.operands.map((w) => w.value)));
  return names.every((n) => confirmed.has(n));
}
