/**
 * BuildKit's line continuation: the escape character as the last non-blank character of a line continues the
 * instruction, unless the character before it is the escape character too (`C:\\dir\\` ends its line). The check
 * looks at that one character only, as BuildKit's does, so `a \\\` ends its line as well.
 */
import { DockerfileParser, type Dockerfile, type Instruction as AstInstruction } from 'dockerfile-ast';

/** The index of the escape character that continues `line`, or -1 when the line ends the instruction. */
export function continuationIndex(line: string, escapeChar: string): number {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  if (end === 0 || line[end - 1] !== escapeChar) return -1;
  return end >= 2 && line[end - 2] === escapeChar ? -1 : end - 1;
}

/**
 * Stands in for an escaped escape character at the end of a line while dockerfile-ast parses: dockerfile-ast takes
 * any final escape character for a continuation. A private-use character keeps every offset in place.
 */
const STAND_IN = '\uE000';

export interface ParsedDockerfile {
  df: Dockerfile;
  escapeChar: string;
  /** The text dockerfile-ast parsed: the file's, with the stand-ins in place and loose heredoc openers tightened (offsets are the file's). */
  parsed: string;
  /** A string read from the parser, with the escape characters the stand-in replaced. */
  restore: (s: string) => string;
}

const IDENTITY = (s: string): string => s;

/** Some line ends in the escape character twice (blanks after it aside). */
function endsLineDoubled(text: string, escapeChar: string): boolean {
  const doubled = escapeChar + escapeChar;
  for (let at = text.indexOf(doubled); at >= 0; at = text.indexOf(doubled, at + 1)) {
    let end = at + 2;
    while (text[end] === ' ' || text[end] === '\t') end++;
    if (end === text.length || text[end] === '\n') return true;
  }
  return false;
}

/**
 * BuildKit 0.22 and later (moby/buildkit#5817) read `<< EOF` like `<<EOF`: a `<<` word followed by blanks and a word
 * opens a heredoc. `<<- EOF` still does not (the `-` form must be tight). dockerfile-ast knows only the tight form, so
 * the delimiter is moved next to `<<` and the blanks after it: every other offset stays in place.
 */
const LOOSE_HEREDOC = /(^|[ \t])<<([ \t]+)([^\s<-]\S*)/g;

function tightenHeredocOpeners(text: string): string {
  if (!text.includes('<< ') && !text.includes('<<\t')) return text;
  return text
    .split('\n')
    // A line with arithmetic (`$(( 1 << 2 ))`) is left alone: a shift there is no heredoc to anyone reading it.
    .map((line) => (/^\s*#/.test(line) || !line.includes('<<') || line.includes('((') ? line : line.replace(LOOSE_HEREDOC, (_, before: string, gap: string, word: string) => `${before}<<${word}${gap}`)))
    .join('\n');
}

export function parseDockerfile(file: string): ParsedDockerfile {
  const text = tightenHeredocOpeners(file);
  const first = DockerfileParser.parse(text);
  const escapeChar = first.getEscapeCharacter();
  const doubled = escapeChar + escapeChar;
  // A file that holds the stand-in already is parsed as it is; one scan of the whole text spares the line-by-line
  // pass to the (most) files without a doubled escape character before a line's end.
  if (text.includes(STAND_IN) || !endsLineDoubled(text, escapeChar)) return { df: first, escapeChar, parsed: text, restore: IDENTITY };
  let masked = false;
  const lines = text.split('\n').map((line) => {
    const trimmed = line.replace(/[ \t]+$/, '');
    if (!trimmed.endsWith(doubled) || /^\s*#/.test(line)) return line;
    masked = true;
    return trimmed.slice(0, -1) + STAND_IN + line.slice(trimmed.length);
  });
  if (!masked) return { df: first, escapeChar, parsed: text, restore: IDENTITY };
  const parsed = lines.join('\n');
  return { df: DockerfileParser.parse(parsed), escapeChar, parsed, restore: (s) => s.replaceAll(STAND_IN, escapeChar) };
}

/**
 * The instructions of `df`, which no longer holds them (its stage and template lists are emptied): the caller can
 * drop each parsed instruction once read, instead of keeping the whole parse tree alive until the file is read.
 */
export function takeInstructions(df: Dockerfile): (AstInstruction | undefined)[] {
  const all: (AstInstruction | undefined)[] = df.getInstructions().slice();
  type Template = { instructions: unknown[] };
  const lists = df as unknown as Template & { initialInstructions: Template; buildStages: Template[] };
  for (const t of [lists, lists.initialInstructions, ...lists.buildStages]) t.instructions.length = 0;
  return all;
}
