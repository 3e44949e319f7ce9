/**
 * mvdan-sh's parser and the tree walks after it recurse once per nesting level; a few hundred levels of
 * `$(`, `(` or `if` overflow the stack. Scripts nested deeper than MAX_NESTING are reported, not parsed.
 */

/** Far beyond any real script, far below where the parser runs out of stack (about 130 levels of `(`). */
export const MAX_NESTING = 64;

const OPENERS = new Set(['if', 'case', 'while', 'until', 'for', 'select']);
const CLOSERS = new Set(['fi', 'esac', 'done']);

/**
 * The offset where the script's nesting first exceeds MAX_NESTING, or -1. Counts brackets and compound-command
 * keywords outside single quotes and escapes: an upper bound, good enough to keep the parser's recursion bounded.
 */
export function tooDeepAt(text: string): number {
  let depth = 0;
  let single = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (single) {
      if (c === "'") single = false;
      continue;
    }
    if (c === '\\') {
      i++;
    } else if (c === "'") {
      single = true;
    } else if (c === '(' || c === '{') {
      if (++depth > MAX_NESTING) return i;
    } else if (c === ')' || c === '}') {
      depth = Math.max(0, depth - 1);
    } else if (/[a-z]/.test(c) && (i === 0 || !/[\w-]/.test(text[i - 1]!))) {
      const word = /^[a-z]+/.exec(text.slice(i, i + 7))![0];
      if (i + word.length < text.length && /[\w-]/.test(text[i + word.length]!)) continue;
      if (OPENERS.has(word) && ++depth > MAX_NESTING) return i;
      if (CLOSERS.has(word)) depth = Math.max(0, depth - 1);
      i += word.length - 1;
    }
  }
  return -1;
}
