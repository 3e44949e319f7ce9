/**
 * The bash parser and the tree walks after it recurse once per nesting level; a few thousand levels of
 * `$(`, `(` or `if` overflow the stack. Scripts nested deeper than MAX_NESTING are reported, not parsed.
 */

/** Far beyond any real script, far below where the parser runs out of stack. */
export const MAX_NESTING = 64;

const OPENERS = ['if', 'case', 'while', 'until', 'for', 'select'];
const CLOSERS = ['fi', 'esac', 'done'];

/**
 * 1 when text[start, end) opens a compound command, -1 when it closes one, else 0: compared in place, as a slice
 * per word of every script cost more than the rest of the scan.
 */
function keywordNesting(text: string, start: number, end: number): number {
  const length = end - start;
  if (length < 2 || length > 6) return 0;
  for (const k of OPENERS) if (k.length === length && text.startsWith(k, start)) return 1;
  for (const k of CLOSERS) if (k.length === length && text.startsWith(k, start)) return -1;
  return 0;
}

/**
 * The offset where the script's nesting first exceeds MAX_NESTING, or -1. Counts brackets and compound-command
 * keywords outside single quotes and escapes: an upper bound, good enough to keep the parser's recursion bounded.
 */
export function tooDeepAt(text: string): number {
  let depth = 0;
  let single = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (single) {
      if (c === QUOTE) single = false;
      continue;
    }
    if (c === BACKSLASH) {
      i++;
    } else if (c === QUOTE) {
      single = true;
    } else if (c === OPEN_PAREN || c === OPEN_BRACE) {
      if (++depth > MAX_NESTING) return i;
    } else if (c === CLOSE_PAREN || c === CLOSE_BRACE) {
      depth = Math.max(0, depth - 1);
    } else if (isLower(c) && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) {
      let end = i + 1;
      while (end < text.length && isLower(text.charCodeAt(end))) end++;
      if (end < text.length && isWordChar(text.charCodeAt(end))) {
        i = end;
        continue;
      }
      const nesting = keywordNesting(text, i, end);
      if (nesting > 0 && ++depth > MAX_NESTING) return i;
      if (nesting < 0) depth = Math.max(0, depth - 1);
      i = end - 1;
    }
  }
  return -1;
}

const [QUOTE, BACKSLASH, OPEN_PAREN, CLOSE_PAREN, OPEN_BRACE, CLOSE_BRACE] = [..."'\\(){}"].map((c) => c.charCodeAt(0));

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** `[A-Za-z0-9_-]`: a keyword is a whole word. */
function isWordChar(c: number): boolean {
  return isLower(c) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}
