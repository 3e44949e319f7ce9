/**
 * Text edits that fixes make to shell commands: an option after a word, a command appended to a RUN in the
 * RUN's own continuation style, two RUNs joined. Computed from the model's ranges and `model.lines`, never by
 * re-parsing; each returns null when the shape is one it cannot edit without changing what the shell does.
 */
import type { SimpleCommand, Statement, Word } from '../shell/types.js';
import type { Position, Range, TextEdit } from '../types.js';
import type { DockerfileModel, Instruction } from './types.js';

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh']);

function textAt(model: DockerfileModel, range: Range): string {
  return model.text.slice(model.lineIndex.offset(range.start), model.lineIndex.offset(range.end));
}

/**
 * Inserts ` text` after an unquoted word of a shell command. The word must stand in the file as its value reads:
 * inside a `sh -c "…"` string with escapes the word's range is not where its text is.
 */
export function insertAfterWord(model: DockerfileModel, word: Word, text: string): TextEdit | null {
  if (word.quoted || textAt(model, word.range) !== word.value) return null;
  return { range: { start: word.range.end, end: word.range.end }, text: ` ${text}` };
}

/** The program word of a command as written in the file, to run the same program again; null when it cannot be reused. */
export function programText(model: DockerfileModel, command: SimpleCommand): string | null {
  const word = command.argv[0];
  return word && !word.quoted && textAt(model, word.range) === word.value ? word.value : null;
}

/**
 * What a cleanup appended at the end of the RUN must be prefixed with to run as the command did: `sudo ` after
 * `sudo apt-get …`; null when another wrapper (`chroot`, `npx`, `conda run`) ran it, whose effect the cleanup would miss.
 */
export function runAsPrefix(command: SimpleCommand): string | null {
  const by = command.wrappedBy;
  if (by === null || by === 'env' || SHELLS.has(by)) return '';
  return by === 'sudo' ? 'sudo ' : null;
}

/** The last top-level statement of a shell-form RUN, when a command can follow it with `&&`. */
function lastStatement(ins: Instruction): (Statement & { range: Range }) | null {
  const run = ins.run;
  const script = run?.script;
  if (!run || run.execForm || run.shellKind !== 'posix' || !script || script.error) return null;
  const last = script.statements[script.statements.length - 1];
  // After `cmd &` the shell neither waits for nor fails with `cmd`; `&& x` would change that.
  if (!last?.range || last.background) return null;
  return { ...last, range: last.range };
}

function indentOf(line: string): string {
  return /^[ \t]*/.exec(line)![0];
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.column <= b.column);
}

/** How a multi-line RUN puts `&&` on its continued lines, and the blank space before its line-end escapes (`&&\` or `&& \`). */
interface Style {
  lead: boolean;
  indent: string;
  gap: string;
}

/**
 * The continuation style of the lines of `ins` up to `endLine`: the last line that starts with `&&` or ends with
 * `&& \` decides; with neither (`apt-get install -y \` + one package a line), a new `&&` line indented as the first
 * continued line.
 */
function styleOf(model: DockerfileModel, ins: Instruction, endLine: number): Style {
  const esc = model.escapeChar.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  const trailing = new RegExp(`&&([ \\t]*)${esc}[ \\t]*$`);
  const continued = new RegExp(`([ \\t]*)${esc}[ \\t]*$`);
  const gapBefore = (n: number): string => continued.exec(model.lines[n - 1] ?? '')?.[1] ?? ' ';
  const content = (n: number): boolean => !/^\s*(#.*)?$/.test(model.lines[n - 1] ?? '');
  for (let n = endLine; n >= ins.range.start.line; n--) {
    const line = model.lines[n - 1] ?? '';
    if (!content(n)) continue;
    if (/^\s*&&/.test(line) && n > ins.range.start.line) {
      let prev = n - 1;
      while (prev > ins.range.start.line && !content(prev)) prev--;
      return { lead: true, indent: indentOf(line), gap: gapBefore(prev) };
    }
    const m = trailing.exec(line);
    if (m) {
      // The line after it starts the command the new one follows.
      let next = n + 1;
      while (next < endLine && !content(next)) next++;
      return { lead: false, indent: indentOf(model.lines[next - 1] ?? ''), gap: m[1]! };
    }
  }
  let first = ins.range.start.line + 1;
  while (first < endLine && !content(first)) first++;
  return { lead: true, indent: indentOf(model.lines[first - 1] ?? ''), gap: gapBefore(ins.range.start.line) };
}

/** The text that joins a RUN's last statement (ending on `endLine`) to a command on a new line. */
function joiner(model: DockerfileModel, ins: Instruction, endLine: number): string {
  const { lead, indent, gap } = styleOf(model, ins, endLine);
  const esc = model.escapeChar;
  return lead ? `${gap}${esc}\n${indent}&& ` : ` &&${gap}${esc}\n${indent}`;
}

/**
 * Appends `command` to a RUN so that it runs when everything before it succeeded and the RUN still fails when
 * they fail: ` && command` on a one-line RUN, a new line in the RUN's continuation style on a continued one, a
 * line of its own in a `RUN <<EOF` script under `set -e` (without it, ` && command` on the last statement, as a
 * separate line would hide an earlier failure). Null for exec form, non-POSIX shells, a last statement sent to
 * the background, and here-documents that are data rather than the script.
 */
export function appendCommand(model: DockerfileModel, ins: Instruction, command: string): TextEdit | null {
  const last = lastStatement(ins);
  if (!last) return null;
  const at = last.range.end;
  const insert = (p: Position, text: string): TextEdit => ({ range: { start: p, end: p }, text });
  if (ins.heredocs.length > 0) {
    const body = ins.heredocs[0]!.body;
    if (!body || !before(body.range.start, last.range.start) || !before(at, body.range.end)) return null;
    if (!ins.run!.script!.errexit) return insert(at, ` && ${command}`);
    const line = model.lines[at.line - 1] ?? '';
    return insert({ line: at.line, column: line.length + 1 }, `\n${indentOf(model.lines[last.range.start.line - 1] ?? '')}${command}`);
  }
  if (at.line === ins.range.start.line) return insert(at, ` && ${command}`);
  return insert(at, `${joiner(model, ins, at.line)}${command}`);
}

/**
 * Joins `next` to `prev` (consecutive shell-form RUNs with the same flags) as `prev && next`: replaces what lies
 * between `prev`'s last statement and `next`'s command (line ends, the `RUN` keyword and flags) by `&&` in `prev`'s
 * continuation style. Null when a comment or anything but blank space and a `;` lies in between, or when
 * `next` has several statements or an `||` (a failure of `prev` would no longer stop it).
 */
export function joinRuns(model: DockerfileModel, prev: Instruction, next: Instruction): TextEdit | null {
  const last = lastStatement(prev);
  const script = next.run?.script;
  if (!last || !script || !lastStatement(next) || !next.argsRange || script.statements.length !== 1 || script.statements[0]!.or) return null;
  const gap = model.text.slice(model.lineIndex.offset(last.range.end), model.lineIndex.offset(next.range.start));
  if (!/^[ \t;]*\n[ \t\n]*$/.test(gap)) return null;
  const at = last.range.end;
  const text = at.line === prev.range.start.line ? ` && ${model.escapeChar}\n    ` : joiner(model, prev, at.line);
  return { range: { start: at, end: next.argsRange.start }, text };
}
