/**
 * Dockerfile word processing as BuildKit's shell lexer does it (`frontend/dockerfile/shell/lex.go`):
 * single quotes are literal, double quotes keep `$` live, the escape character escapes, and
 * `$X` / `${X}` / `${X:-word}` … expand from the build scope. The model uses it for the instructions
 * BuildKit expands (ENV, ARG, LABEL, COPY, ADD, WORKDIR, USER, VOLUME, STOPSIGNAL, EXPOSE, FROM,
 * RUN --mount), never for shell-form commands, whose variables belong to the shell.
 *
 * `processWord` is dlint's one build-variable expander: the model, the context helpers and the rules
 * (which resolve ENV/ARG values a RUN word refers to) all use it for the value, the unresolved names
 * and each reference with its modifier.
 */
import { flat } from './flat.js';
import { MapView } from './map-view.js';
/** A name maps to its value, or to undefined when declared without a value the linter can know. */
export type Scope = ReadonlyMap<string, string | undefined>;

export interface WordVariable {
  name: string;
  /** '' for `$X`/`${X}`; otherwise `:-`, `-`, `:+`, `+`, `:?`, `?`, `#`, `##`, `%`, `%%`, `/`, `//`. */
  modifier: string;
  /** Offsets in the processed text of the `$` and just after the reference. */
  start: number;
  end: number;
  /** Inside the word of another reference's modifier (`${A:-$B}`). */
  nested: boolean;
}

export interface ProcessedWord {
  /** The text after quote removal and expansion; unknown values are left as written. */
  value: string;
  /** Names whose value could not be known (so `value` is not the real value). */
  unresolved: string[];
  variables: WordVariable[];
}

export interface ProcessOptions {
  escapeChar?: string;
  /**
   * An undeclared name expands to '' (FROM lines; or the names a predicate says the base image does not set); otherwise
   * a base image may define it, so it is unknown.
   */
  undeclaredIsEmpty?: boolean | ((name: string) => boolean);
  /** Keep quotes as text (heredoc bodies); BuildKit's `SkipProcessQuotes`. */
  keepQuotes?: boolean;
}

const SPECIAL = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);

/** True for characters of a variable name (BuildKit accepts Unicode letters and digits). */
function isNameChar(c: string): boolean {
  return c === '_' || /[\p{L}\p{N}]/u.test(c);
}

class Lexer {
  pos = 0;
  readonly unresolved: string[] = [];
  readonly variables: WordVariable[] = [];
  depth = 0;

  constructor(
    readonly text: string,
    readonly scope: Scope,
    readonly escape: string,
    readonly options: ProcessOptions,
  ) {}

  /** Reads up to `stop` (consumed) or the end; returns the processed text. */
  word(stop: string | null): string {
    let out = '';
    while (this.pos < this.text.length) {
      const c = this.text[this.pos]!;
      if (stop !== null && c === stop) {
        this.pos++;
        return out;
      }
      if (c === '$') out += this.dollar();
      else if (c === "'" && !this.options.keepQuotes) out += this.singleQuoted();
      else if (c === '"' && !this.options.keepQuotes) out += this.doubleQuoted();
      else if (c === this.escape) {
        this.pos++;
        if (this.pos < this.text.length) out += this.text[this.pos++];
      } else {
        out += c;
        this.pos++;
      }
    }
    return out;
  }

  private singleQuoted(): string {
    const close = this.text.indexOf("'", this.pos + 1);
    const end = close < 0 ? this.text.length : close;
    const s = this.text.slice(this.pos + 1, end);
    this.pos = close < 0 ? end : end + 1;
    return s;
  }

  private doubleQuoted(): string {
    let out = '';
    this.pos++;
    while (this.pos < this.text.length) {
      const c = this.text[this.pos]!;
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (c === '$') {
        out += this.dollar();
        continue;
      }
      this.pos++;
      if (c === this.escape) {
        const next = this.text[this.pos];
        if (next === '"' || next === '$' || next === this.escape) {
          out += next;
          this.pos++;
          continue;
        }
      }
      out += c;
    }
    return out;
  }

  private name(): string {
    const start = this.pos;
    const first = this.text[this.pos];
    if (first === undefined) return '';
    if (/[0-9]/.test(first)) {
      while (this.pos < this.text.length && /[0-9]/.test(this.text[this.pos]!)) this.pos++;
      return this.text.slice(start, this.pos);
    }
    if (SPECIAL.has(first)) {
      this.pos++;
      return first;
    }
    while (this.pos < this.text.length && isNameChar(this.text[this.pos]!)) this.pos++;
    return this.text.slice(start, this.pos);
  }

  private dollar(): string {
    const start = this.pos;
    this.pos++;
    const nested = this.depth > 0;
    if (this.text[this.pos] !== '{') {
      const name = this.name();
      if (!name) return '$';
      this.variables.push({ name, modifier: '', start, end: this.pos, nested });
      return this.lookup(name, this.text.slice(start, this.pos));
    }
    this.pos++;
    const name = this.name();
    const index = this.variables.length;
    const ref: WordVariable = { name, modifier: '', start, end: start, nested };
    if (name) this.variables.push(ref);
    let modifier = '';
    let word = '';
    const mark = this.unresolved.length;
    const c = this.text[this.pos];
    if (c === '}') this.pos++;
    else if (c === ':' || c === '+' || c === '-' || c === '?' || c === '#' || c === '%') {
      modifier = c;
      this.pos++;
      if (c === ':') modifier += this.text[this.pos++] ?? '';
      if ((c === '#' || c === '%') && this.text[this.pos] === c) {
        modifier += c;
        this.pos++;
      }
      this.depth++;
      word = this.word('}');
      this.depth--;
    } else if (c === '/') {
      modifier = '/';
      this.pos++;
      if (this.text[this.pos] === '/') {
        modifier = '//';
        this.pos++;
      }
      this.depth++;
      this.word('/');
      word = this.word('}');
      this.depth--;
    } else {
      // Bad substitution: BuildKit fails the build; keep the text and stop interpreting it.
      const close = this.text.indexOf('}', this.pos);
      this.pos = close < 0 ? this.text.length : close + 1;
      if (name) this.variables.splice(index, 1);
      return this.text.slice(start, this.pos);
    }
    ref.modifier = modifier;
    ref.end = this.pos;
    const raw = this.text.slice(start, this.pos);
    if (!name) return raw;
    const k = this.known(name);
    if (k.known && !this.usesWord(name, modifier, k.value)) this.unresolved.length = mark;
    return this.apply(name, modifier, word, raw);
  }

  /** Whether the modifier's word ends up in the value (its unknowns then matter). */
  private usesWord(name: string, modifier: string, value: string): boolean {
    const set = this.scope.get(name) !== undefined;
    switch (modifier) {
      case ':-':
        return !set || value === '';
      case '-':
        return !set;
      case ':+':
        return set && value !== '';
      case '+':
        return set;
      case '':
      case ':?':
      case '?':
        return false;
      default:
        return true;
    }
  }

  private known(name: string): { known: boolean; declared: boolean; value: string } {
    const declared = this.scope.has(name);
    const value = this.scope.get(name);
    const empty = this.options.undeclaredIsEmpty;
    const known = value !== undefined || (!declared && (empty === true || (typeof empty === 'function' && empty(name))));
    return { known, declared, value: value ?? '' };
  }

  private lookup(name: string, raw: string): string {
    const k = this.known(name);
    if (k.known) return k.value;
    this.unresolved.push(name);
    return raw;
  }

  private apply(name: string, modifier: string, word: string, raw: string): string {
    const k = this.known(name);
    if (!k.known) {
      this.unresolved.push(name);
      return raw;
    }
    const set = k.declared && this.scope.get(name) !== undefined;
    switch (modifier) {
      case '':
      case ':?':
      case '?':
        return k.value;
      case ':-':
        return set && k.value !== '' ? k.value : word;
      case '-':
        return set ? k.value : word;
      case ':+':
        return set && k.value !== '' ? word : '';
      case '+':
        return set ? word : '';
      default:
        // Pattern forms (`#`, `%`, `/`): not worth emulating; the value stays unknown.
        this.unresolved.push(name);
        return raw;
    }
  }
}

/** Processes a word (or a run of words) as BuildKit would, with the given scope. */
export function processWord(text: string, scope: Scope, options: ProcessOptions = {}): ProcessedWord {
  const lexer = new Lexer(text, scope, options.escapeChar ?? '\\', options);
  const word = lexer.word(null);
  // A word without quotes, escapes or variables is its text: the model keeps that one string rather than an equal copy.
  const value = word === text ? text : flat(word);
  return { value, unresolved: lexer.unresolved, variables: lexer.variables };
}

/** The most values `possibleValues` lists, and the most ways of filling its unknown names it tries: past them a word is as unknown as one naming a free variable. */
const MAX_VALUES = 16;
const MAX_TRIES = 64;

/**
 * Every value `text` may take where the variables `scope` does not know may take only a few: those `choices` lists
 * (qdrant's `ENV DIR=${SOURCES:+/qdrant/src}` makes DIR '' or `/qdrant/src`, so `${DIR:-/null?}` is `/null?` or
 * `/qdrant/src`), and one only tested for being set (`${SOURCES:+/qdrant/src}`: '' or the word, whatever its value).
 * Null when a variable may be anything (its value lands in the word) or the values pass MAX_VALUES.
 */
export function possibleValues(text: string, scope: Scope, choices: ReadonlyMap<string, readonly string[]>, options: ProcessOptions = {}): string[] | null {
  const first = processWord(text, scope, options);
  if (!first.unresolved.length) return [first.value];
  // Per unknown name, the values to try: its choices, or unset, empty and not empty for a name only tested for being set.
  const tries: [string, readonly (string | null)[]][] = [];
  let count = 1;
  for (const name of new Set(first.unresolved)) {
    const listed = choices.get(name);
    const tested = first.variables.every((v) => v.name !== name || v.modifier === ':+' || v.modifier === '+');
    const values = listed ?? (tested ? [null, '', 'x'] : null);
    if (!values || (count *= values.length) > MAX_TRIES) return null;
    tries.push([name, values]);
  }
  const out = new Set<string>();
  const pick = new Map<string, string | null>();
  const walk = (i: number): boolean => {
    if (i === tries.length) {
      const w = processWord(text, new Overlay(scope, pick), { ...options, undeclaredIsEmpty: (name) => pick.get(name) === null || undeclaredEmpty(options, name) });
      if (w.unresolved.length) return false;
      out.add(w.value);
      return out.size <= MAX_VALUES;
    }
    const [name, values] = tries[i]!;
    for (const v of values) {
      pick.set(name, v);
      if (!walk(i + 1)) return false;
    }
    return true;
  };
  return walk(0) ? [...out] : null;
}

function undeclaredEmpty(options: ProcessOptions, name: string): boolean {
  const empty = options.undeclaredIsEmpty;
  return empty === true || (typeof empty === 'function' && empty(name));
}

/** `scope` with some names set (a string) or unset (null) over it, without copying it. */
class Overlay extends MapView<string | undefined> {
  constructor(
    private readonly scope: Scope,
    private readonly over: ReadonlyMap<string, string | null>,
  ) {
    super();
  }

  get(name: string): string | undefined {
    const v = this.over.get(name);
    return v === undefined ? this.scope.get(name) : (v ?? undefined);
  }

  has(name: string): boolean {
    const v = this.over.get(name);
    return v === undefined ? this.scope.has(name) : v !== null;
  }

  *entries(): MapIterator<[string, string | undefined]> {
    for (const [name, value] of this.scope) if (!this.over.has(name)) yield [name, value];
    for (const [name, value] of this.over) if (value !== null) yield [name, value];
  }
}
