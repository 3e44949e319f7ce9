/** Comments taken out of the configuration languages beside a Dockerfile (HCL Bake files, devcontainer.json's JSONC). */

/**
 * `//` line comments and `/* … *\/` blocks removed (and `#` line comments with `hash`), strings kept as they are (a
 * `#` or `//` inside quotes is no comment); with `trailingCommas`, a comma before a closing `}` or `]` goes too.
 */
export function withoutComments(text: string, { hash = false, trailingCommas = false } = {}): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      const close = stringEnd(text, i);
      out += text.slice(i, close + 1);
      i = close;
    } else if ((hash && c === '#') || (c === '/' && text[i + 1] === '/')) {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 1;
      out += ' ';
    } else if (trailingCommas && (c === '}' || c === ']')) {
      out = out.replace(/,\s*$/, '') + c;
    } else out += c;
  }
  return out;
}

/** The index of the quote closing the string opened at `open` (or of the line's end: neither language lets a string span lines). */
export function stringEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"' || text[i] === '\n') return i;
  }
  return text.length;
}
