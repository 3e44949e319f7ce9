/**
 * An instruction's arguments, read from the text the parser read, as dockerfile-ast's (private) getRawArguments
 * splits them: the same words, values and offsets. dockerfile-ast builds each value a character at a time and
 * converts every offset to a position through its own line table, once per call of any getter that needs the
 * arguments; the model reads them once, here, with slices and its own line index.
 */

/** One argument: its value (escapes undone as dockerfile-ast undoes them) and its offsets in the text. */
export interface RawArgument {
  value: string;
  start: number;
  end: number;
}

/**
 * The arguments of the instruction whose keyword ends at `from` and which ends at `end` (offsets in `text`).
 * A port of dockerfile-ast's getRawArguments (escaped newlines, comment lines inside continuations, `\$` kept as
 * written, an escape character before blanks), with values built from slices of runs of plain characters.
 */
export function readArguments(text: string, from: number, end: number, escapeChar: string): RawArgument[] {
  const args: RawArgument[] = [];
  let start = false;
  let comment = false;
  let found = -1;
  // A blank inside an escaped newline sequence was seen.
  let escapedWhitespaceDetected = false;
  // Inside an escaped newline sequence.
  let escaping = false;
  let escapeMarker = -1;
  // The value so far, then the run of plain characters still to append to it ([runStart, runEnd)).
  let value = '';
  let runStart = -1;
  let runEnd = -1;
  const flush = (): void => {
    if (runStart !== -1) value += text.slice(runStart, runEnd);
    runStart = -1;
  };
  const push = (argEnd: number): void => {
    flush();
    // An escaped blank right after the keyword makes dockerfile-ast push an empty argument that never started: it
    // gets an empty range where it ends.
    args.push({ value, start: found === -1 ? argEnd : found, end: argEnd });
    value = '';
    found = -1;
  };
  for (let i = from; i < end; i++) {
    const char = text[i]!;
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') {
      if (escaping) {
        escapedWhitespaceDetected = true;
        if (char === '\n' || char === '\r') {
          // A newline: any blank before it does not count.
          escapedWhitespaceDetected = false;
          if (comment) {
            comment = false;
            start = true;
          }
        }
        continue;
      } else if (found !== -1) {
        push(escapeMarker === -1 ? i : escapeMarker);
        escapeMarker = -1;
      }
    } else if (char === escapeChar) {
      const next = i + 1 < end ? text[i + 1]! : '';
      if (next === ' ' || next === '\t') {
        whitespaceCheck: for (let j = i + 2; j < end; j++) {
          switch (text[j]) {
            case ' ':
            case '\t':
              continue;
            case '\r':
            case '\n':
              // A CR LF is passed over whole.
              if (text[j] === '\r') j++;
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1) escapeMarker = i;
              i = j;
              break whitespaceCheck;
            default:
              escapeMarker = i;
              if (found === -1) i = j - 1;
              break whitespaceCheck;
          }
        }
      } else if (next === '\r' || next === '\n') {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i += next === '\r' ? 2 : 1;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) push(escapeMarker);
        escapeMarker = -1;
        escapedWhitespaceDetected = false;
        escaping = false;
        // The end of the text: nothing follows the escape character.
        if (next === '') break;
        flush();
        value += next === '$' ? char + next : next;
        if (found === -1) found = i;
        i++;
      }
    } else if (!comment) {
      if (start && char === '#') comment = true;
      else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) push(escapeMarker);
        escapedWhitespaceDetected = false;
        escaping = false;
        escapeMarker = -1;
        if (runStart === -1 || runEnd !== i) {
          flush();
          runStart = i;
        }
        runEnd = i + 1;
        if (found === -1) found = i;
      }
      // A character other than a blank.
      start = false;
    }
  }
  if (found !== -1) push(escapeMarker === -1 ? end : escapeMarker);
  return args;
}
