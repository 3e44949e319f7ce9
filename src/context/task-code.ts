/**
 * The container commands the functions of a Python or Go task file assemble (invoke's `tasks.py`, nox's
 * `noxfile.py`, mage's magefiles), as shell lines for the engine-command reader (engine-commands.ts). A bounded,
 * simple reading, not an interpreter: each function's statements in order, the words of its string literals, lists
 * and formatted strings, the values of the constants and variables it gives them (`name: str = "gx38local"`,
 * `dockerArgs := []string{"buildx", "build", "-t", imageTag}`, `append`, `.extend`), the functions of the file it
 * calls with their arguments (mage's `dockerRun("run", …)` running `sh.Run(dockerBinary(), args...)`), and the
 * branches of an `if`/`else` as alternatives (great_expectations' `docker` task builds in one branch and runs in the
 * other). What it cannot know (a parameter, an f-string's expression, a call of a library) stands as a variable,
 * `${name}`; the folder the task runs in (`os.getcwd()`, `os.Getwd()`, `os.path.dirname(__file__)`) as `$PWD`. A
 * call of anything else whose words name an engine (`ctx.run(" ".join(cmds))`, `session.run("docker", …)`,
 * `sh.Run("docker", …)`, `subprocess.run([…])`) is a command line; one that prints (`print`, `fmt.Printf`) is not.
 * The lines come by task: each function no other calls by name starts one. Work is bounded per file: calls are
 * followed a few levels deep (once for the same arguments), branches kept to a few alternatives, and the statements
 * run in all to a fixed number.
 */
import { CONTAINER_ENGINES } from '../knowledge/commands.js';
import { DIRNAME_CALL, ENVIRONMENT_CALL, FORMAT_CALL, PATH_JOIN_CALL, PRINTING_CALL, SAME_VALUE_CALL, WORKING_FOLDER_CALL } from '../knowledge/task-runners.js';

export type TaskLanguage = 'python' | 'go';

// Tokens ---------------------------------------------------------------------------------------------------------

type StrPart = string | { expr: string };
interface Token {
  kind: 'str' | 'name' | 'num' | 'op' | 'nl';
  /** A name's, number's or operator's text (a string's is in `parts`). */
  text: string;
  /** A string's text, in pieces: literal text and (Python f-strings) the expressions between braces. */
  parts?: StrPart[];
  /** Python: the indent of the logical line an `nl` token starts. */
  indent?: number;
}

const STRING_PREFIX = new Set('rRbBuUfF');
/** A name, or a number (`3.8`, `0o755`, `.5`): group 1. */
const NAME = /[A-Za-z_]\w*|([0-9][\w.]*|\.[0-9][\w.]*)/y;
const OPERATOR_START = new Set('.*/<>&:+-=!%|^');
const OPERATORS = ['...', '**=', '//=', '<<=', '>>=', '&^=', '**', '//', '==', '!=', '<=', '>=', ':=', '+=', '-=', '*=', '/=', '%=', '|=', '&=', '^=', '->', '&&', '||', '<-', '<<', '>>', '&^', '++', '--'];

/**
 * Python's tokens, an `nl` token (with its indent) before each logical line; Go's, an `nl` where Go inserts a
 * semicolon (after a name, literal, closing bracket, `++`/`--` or `return` at the end of a line).
 */
export function tokenize(text: string, lang: TaskLanguage): Token[] {
  const out: Token[] = [];
  let depth = 0;
  let i = 0;
  let lineStart = true;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (lang === 'python' && lineStart && depth === 0) {
      let indent = 0;
      let j = i;
      while (j < n && (text[j] === ' ' || text[j] === '\t')) indent += text[j++] === '\t' ? 8 : 1;
      i = j;
      lineStart = false;
      if (i < n && text[i] !== '\n' && text[i] !== '\r' && text[i] !== '#') out.push({ kind: 'nl', text: '', indent });
      continue;
    }
    if (c === '\n') {
      if (lang === 'go' && goEndsStatement(out[out.length - 1])) out.push({ kind: 'nl', text: '' });
      // Python: a newline inside brackets starts no logical line.
      lineStart = depth === 0;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
      i++;
      continue;
    }
    if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      i += text[i + 1] === '\n' ? 2 : 3;
      continue;
    }
    if (lang === 'python' && c === '#') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (lang === 'go' && c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (lang === 'go' && c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const comment = text.slice(i, end < 0 ? n : end);
      // A comment over lines ends a statement as a newline does.
      if (comment.includes('\n') && goEndsStatement(out[out.length - 1])) out.push({ kind: 'nl', text: '' });
      i = end < 0 ? n : end + 2;
      continue;
    }
    const quoted = c === '"' || c === "'" || c === '`' || (lang === 'python' && STRING_PREFIX.has(c) && (text[i + 1] === '"' || text[i + 1] === "'" || STRING_PREFIX.has(text[i + 1] ?? '')));
    const str = !quoted ? null : lang === 'python' ? pythonString(text, i) : goString(text, i);
    if (str) {
      out.push({ kind: 'str', text: '', parts: str.parts });
      i = str.end;
      continue;
    }
    NAME.lastIndex = i;
    const name = NAME.exec(text);
    if (name) {
      out.push({ kind: name[1] ? 'num' : 'name', text: name[0] });
      i += name[0].length;
      continue;
    }
    const op = (OPERATOR_START.has(c) ? OPERATORS.find((o) => text.startsWith(o, i)) : undefined) ?? c;
    if ('([{'.includes(op)) depth++;
    else if (')]}'.includes(op)) depth = Math.max(0, depth - 1);
    out.push({ kind: 'op', text: op });
    i += op.length;
  }
  if (lang === 'go') out.push({ kind: 'nl', text: '' });
  return out;
}

function goEndsStatement(last: Token | undefined): boolean {
  if (!last) return false;
  if (last.kind === 'name') return !GO_CONTINUING_KEYWORDS.has(last.text);
  return last.kind === 'str' || last.kind === 'num' || (last.kind === 'op' && [')', ']', '}', '++', '--'].includes(last.text));
}
const GO_HEADED = new Set(['if', 'for', 'switch', 'select']);
const GO_CONTINUING_KEYWORDS = new Set(['func', 'if', 'else', 'for', 'switch', 'select', 'case', 'default', 'go', 'defer', 'var', 'const', 'type', 'import', 'package', 'map', 'chan', 'struct', 'interface', 'range']);

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'", '\n': '', '0': '\0' };

/** A Python string literal at `i` (prefixes `r`, `b`, `u`, `f` and their pairs; triple quotes), or null. */
function pythonString(text: string, i: number): { end: number; parts: StrPart[] } | null {
  const m = /^([rRbBuUfF]{0,2})('''|"""|'|")/.exec(text.slice(i, i + 5));
  if (!m) return null;
  const prefix = m[1]!.toLowerCase();
  if (prefix && (i > 0 && /\w/.test(text[i - 1]!))) return null;
  const quote = m[2]!;
  const raw = prefix.includes('r');
  const formatted = prefix.includes('f');
  const parts: StrPart[] = [];
  let lit = '';
  let j = i + m[0].length;
  while (j < text.length) {
    if (text.startsWith(quote, j)) {
      if (lit) parts.push(lit);
      return { end: j + quote.length, parts };
    }
    const c = text[j]!;
    if (quote.length === 1 && c === '\n') break;
    if (c === '\\' && !raw) {
      const next = text[j + 1] ?? '';
      lit += ESCAPES[next] ?? `\\${next}`;
      j += 2;
      continue;
    }
    if (formatted && c === '{') {
      if (text[j + 1] === '{') {
        lit += '{';
        j += 2;
        continue;
      }
      const end = closingBrace(text, j);
      if (end < 0) break;
      if (lit) parts.push(lit);
      lit = '';
      parts.push({ expr: text.slice(j + 1, end) });
      j = end + 1;
      continue;
    }
    if (formatted && c === '}' && text[j + 1] === '}') {
      lit += '}';
      j += 2;
      continue;
    }
    lit += c;
    j++;
  }
  // Unterminated: the rest of the line is no string.
  return null;
}

/** The `}` closing an f-string's `{` at `open`, nested brackets and strings skipped; -1 if none on the line. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let j = open + 1; j < text.length; j++) {
    const c = text[j]!;
    if (c === '\n') return -1;
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, j + 1);
      if (end < 0) return -1;
      j = end;
    } else if ('([{'.includes(c)) depth++;
    else if (')]'.includes(c)) depth--;
    else if (c === '}') {
      if (depth === 0) return j;
      depth--;
    }
  }
  return -1;
}

/** A Go string literal at `i`: interpreted (`"…"`), raw (`` `…` ``) or a rune (`'x'`); null for none. */
function goString(text: string, i: number): { end: number; parts: StrPart[] } | null {
  const q = text[i];
  if (q === '`') {
    const end = text.indexOf('`', i + 1);
    return end < 0 ? null : { end: end + 1, parts: [text.slice(i + 1, end)] };
  }
  if (q !== '"' && q !== "'") return null;
  let lit = '';
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j]!;
    if (c === q) return { end: j + 1, parts: lit ? [lit] : [] };
    if (c === '\n') return null;
    if (c === '\\') {
      const next = text[j + 1] ?? '';
      lit += ESCAPES[next] ?? `\\${next}`;
      j++;
    } else lit += c;
  }
  return null;
}

// Syntax ---------------------------------------------------------------------------------------------------------

type Expr =
  | { t: 'str'; parts: (string | Expr)[] }
  | { t: 'name'; name: string }
  | { t: 'attr'; obj: Expr; name: string }
  | { t: 'call'; fn: Expr; args: Arg[] }
  | { t: 'list'; items: Arg[] }
  | { t: 'comp'; elt: Expr; target: string | null; iter: Expr }
  | { t: 'add' | 'mod' | 'or'; left: Expr; right: Expr }
  | { t: 'cond'; then: Expr; other: Expr }
  | { t: 'func'; body: Stmt[] }
  | { t: 'none' }
  | { t: 'unknown' };

interface Arg {
  expr: Expr;
  /** `*args` (Python), `args...` (Go): the words of a list, each an argument. */
  spread: boolean;
  /** `name=value` (Python). */
  keyword: string | null;
}

type Stmt =
  | { s: 'assign'; targets: string[]; op: '=' | '+='; value: Expr }
  | { s: 'expr'; expr: Expr }
  | { s: 'return'; value: Expr | null }
  | { s: 'if'; branches: Stmt[][]; otherwise: boolean }
  | { s: 'loop'; target: string | null; iter: Expr | null; body: Stmt[] }
  | { s: 'block'; body: Stmt[] };

interface Param {
  name: string;
  default: Expr | null;
  /** `*args` (Python), `args ...string` (Go): the arguments left. */
  rest: boolean;
}

interface Func {
  name: string;
  params: Param[];
  body: Stmt[];
  /** The names of the functions it calls by name: those called by none are where tasks start. */
  calls: Set<string>;
}

interface Module {
  /** The statements run when the file is loaded: Python's top level, Go's `const` and `var` declarations. */
  top: Stmt[];
  functions: Map<string, Func>;
}

const UNKNOWN: Expr = { t: 'unknown' };
const NONE: Expr = { t: 'none' };

/** Reads expressions from a run of tokens. */
class Reader {
  i = 0;
  constructor(
    readonly toks: readonly Token[],
    readonly lang: TaskLanguage,
    readonly end = toks.length,
  ) {}

  peek(offset = 0): Token | undefined {
    const k = this.i + offset;
    return k < this.end ? this.toks[k] : undefined;
  }
  is(text: string, offset = 0): boolean {
    const t = this.peek(offset);
    return !!t && (t.kind === 'op' || t.kind === 'name') && t.text === text;
  }
  take(text: string): boolean {
    if (!this.is(text)) return false;
    this.i++;
    return true;
  }
  /** Go: newlines inside brackets that Go's rule turned into statement ends are no ends there. */
  skipNl(): void {
    while (this.peek()?.kind === 'nl') this.i++;
  }
  /** Skips past the bracket that closes the one just taken (`(`, `[`, `{`). */
  skipBracket(): void {
    let depth = 1;
    while (this.i < this.end && depth > 0) {
      const t = this.toks[this.i++]!;
      if (t.kind !== 'op') continue;
      if ('([{'.includes(t.text)) depth++;
      else if (')]}'.includes(t.text)) depth--;
    }
  }

  expr(): Expr {
    if (this.lang === 'python' && this.take('lambda')) {
      while (this.i < this.end && !this.is(':')) this.i++;
      this.take(':');
      this.expr();
      return UNKNOWN;
    }
    const e = this.or();
    if (this.lang === 'python' && this.is('if')) {
      const save = this.i;
      this.i++;
      this.or();
      if (this.take('else')) return { t: 'cond', then: e, other: this.expr() };
      this.i = save;
    }
    return e;
  }
  or(): Expr {
    let left = this.and();
    while (this.is('or') || this.is('||')) {
      this.i++;
      left = { t: 'or', left, right: this.and() };
    }
    return left;
  }
  and(): Expr {
    let left = this.not();
    while (this.is('and') || this.is('&&')) {
      this.i++;
      this.not();
      left = UNKNOWN;
    }
    return left;
  }
  not(): Expr {
    if (this.lang === 'python' && this.take('not')) {
      this.not();
      return UNKNOWN;
    }
    let left = this.add();
    for (;;) {
      if (['==', '!=', '<', '>', '<=', '>=', 'in', 'is'].some((o) => this.is(o)) || (this.is('not') && this.lang === 'python')) {
        this.i++;
        this.take('not');
        this.take('in');
        this.add();
        left = UNKNOWN;
      } else return left;
    }
  }
  add(): Expr {
    let left = this.mul();
    while (this.is('+') || this.is('-') || this.is('|') || this.is('^')) {
      const op = this.toks[this.i++]!.text;
      const right = this.mul();
      left = op === '+' ? { t: 'add', left, right } : UNKNOWN;
    }
    return left;
  }
  mul(): Expr {
    let left = this.unary();
    while (['*', '/', '%', '//', '&', '<<', '>>', '&^', '@'].some((o) => this.is(o))) {
      const op = this.toks[this.i++]!.text;
      const right = this.unary();
      left = op === '%' ? { t: 'mod', left, right } : UNKNOWN;
    }
    return left;
  }
  unary(): Expr {
    if (['-', '+', '!', '~', '^', '<-'].some((o) => this.is(o))) {
      this.i++;
      this.unary();
      return UNKNOWN;
    }
    // Go's `&T{…}` and `*p`: the value itself will do.
    if (this.lang === 'go' && (this.is('&') || this.is('*'))) {
      this.i++;
      return this.unary();
    }
    if (this.take('await')) return this.unary();
    return this.postfix();
  }
  postfix(): Expr {
    let e = this.primary();
    for (;;) {
      if (this.is('.') && this.peek(1)?.kind === 'name') {
        this.i++;
        e = { t: 'attr', obj: e, name: this.toks[this.i++]!.text };
      } else if (this.is('.') && this.is('(', 1)) {
        // Go's type assertion `.(T)`.
        this.i += 2;
        this.skipBracket();
      } else if (this.take('(')) {
        e = { t: 'call', fn: e, args: this.items(')') };
      } else if (this.take('[')) {
        this.skipBracket();
        e = UNKNOWN;
      } else if (this.lang === 'go' && this.is('{') && isTypeName(e)) {
        // A composite literal of a named type (`DockerBuildConfig{…}`): a struct, no words.
        this.i++;
        this.skipBracket();
        e = UNKNOWN;
      } else return e;
    }
  }
  primary(): Expr {
    const t = this.peek();
    if (!t) return UNKNOWN;
    if (t.kind === 'str') {
      const parts: (string | Expr)[] = [];
      // Python joins adjacent literals (`"docker buildx version >/dev/null" "&& echo …"`).
      while (this.peek()?.kind === 'str') {
        for (const p of this.toks[this.i++]!.parts!) parts.push(typeof p === 'string' ? p : fStringExpr(p.expr, this.lang));
        if (this.lang === 'go') break;
      }
      return { t: 'str', parts };
    }
    if (t.kind === 'num') {
      this.i++;
      return { t: 'str', parts: [t.text] };
    }
    if (t.kind === 'name') {
      this.i++;
      if (t.text === 'None' || t.text === 'nil') return NONE;
      if (this.lang === 'go' && t.text === 'func') return this.funcLiteral();
      if (this.lang === 'go' && (t.text === 'map' || t.text === 'chan' || t.text === 'struct' || t.text === 'interface')) {
        this.skipType();
        if (this.take('{')) this.skipBracket();
        return UNKNOWN;
      }
      return { t: 'name', name: t.text };
    }
    if (t.kind !== 'op') {
      this.i++;
      return UNKNOWN;
    }
    if (t.text === '(') {
      this.i++;
      const items = this.items(')');
      // `(a)` is `a`; `(a, b)` and `(a,)` a tuple, as a list.
      return items.length === 1 && !items[0]!.spread && items[0]!.keyword === null && !this.sawComma ? items[0]!.expr : { t: 'list', items };
    }
    if (t.text === '[') {
      this.i++;
      if (this.lang === 'go') {
        // `[]string{…}`, `[...]string{…}`, `[2]string{…}`: a list of words.
        this.skipBracket();
        this.skipType();
        if (this.take('{')) return { t: 'list', items: this.items('}') };
        return UNKNOWN;
      }
      return this.listOrComprehension();
    }
    if (t.text === '{') {
      this.i++;
      this.skipBracket();
      return UNKNOWN;
    }
    this.i++;
    return UNKNOWN;
  }

  /** Go: the tokens of a type (`string`, `*pkg.T`, `[]string`, `map[string]string`, `func(int) error`). */
  skipType(): void {
    for (;;) {
      if (this.take('*')) continue;
      if (this.take('[')) {
        this.skipBracket();
        continue;
      }
      if (this.is('func') || this.is('chan')) {
        this.i++;
        if (this.take('(')) this.skipBracket();
        continue;
      }
      if (this.is('struct') || this.is('interface')) {
        this.i++;
        if (this.take('{')) this.skipBracket();
        return;
      }
      if (this.peek()?.kind === 'name') {
        this.i++;
        while (this.is('.') && this.peek(1)?.kind === 'name') this.i += 2;
        if (this.take('[')) this.skipBracket();
        return;
      }
      return;
    }
  }

  /** Go's `func(params) results { body }`: its body runs where it stands (a deferred cleanup, a goroutine). */
  funcLiteral(): Expr {
    if (this.take('(')) this.skipBracket();
    while (this.i < this.end && !this.is('{')) {
      if (this.take('(')) this.skipBracket();
      else this.i++;
    }
    if (!this.take('{')) return UNKNOWN;
    const start = this.i;
    this.skipBracket();
    return { t: 'func', body: goBlock(this.toks, start, this.i - 1) };
  }

  /** The last items() read had a `,` of its own: `(a,)` is a tuple. */
  sawComma = false;

  /** Arguments or items up to `close`: `*x`/`x...` spread, `name=value` keywords, a generator as the only one. */
  items(close: string): Arg[] {
    const out: Arg[] = [];
    let comma = false;
    const done = (): Arg[] => {
      this.sawComma = comma;
      return out;
    };
    for (;;) {
      this.skipNl();
      if (this.i >= this.end) return done();
      if (this.take(close)) return done();
      let spread = false;
      let keyword: string | null = null;
      if (this.lang === 'python' && this.take('**')) {
        this.expr();
        this.afterItem(close);
        continue;
      }
      if (this.lang === 'python' && this.take('*')) spread = true;
      if (this.lang === 'python' && this.peek()?.kind === 'name' && this.is('=', 1)) {
        keyword = this.toks[this.i]!.text;
        this.i += 2;
      }
      // Go's keyed elements (`Name: value`) and slice literal indexes: the value.
      if (this.lang === 'go' && close === '}' && (this.peek()?.kind === 'name' || this.peek()?.kind === 'num') && this.is(':', 1)) this.i += 2;
      let expr = this.expr();
      if (this.lang === 'python' && this.is('for')) expr = this.comprehension(expr, close);
      if (this.lang === 'go' && this.take('...')) spread = true;
      out.push({ expr, spread, keyword });
      this.afterItem(close);
      if (this.toks[this.i - 1]?.text === ',') comma = true;
      if (this.toks[this.i - 1]?.text === close) return done();
    }
  }
  /** Past the `,` after an item, or the `close` ending the items; anything not read is skipped. */
  afterItem(close: string): void {
    this.skipNl();
    let depth = 0;
    while (this.i < this.end) {
      const t = this.toks[this.i]!;
      if (t.kind === 'op' && depth === 0 && (t.text === ',' || t.text === close)) {
        this.i++;
        return;
      }
      if (t.kind === 'op' && '([{'.includes(t.text)) depth++;
      else if (t.kind === 'op' && ')]}'.includes(t.text)) {
        if (depth === 0) return;
        depth--;
      }
      this.i++;
    }
  }

  listOrComprehension(): Expr {
    this.skipNl();
    if (this.take(']')) return { t: 'list', items: [] };
    const save = this.i;
    const first = this.is('*') ? null : this.expr();
    if (first && this.is('for')) {
      const comp = this.comprehension(first, ']');
      this.afterItem(']');
      return comp;
    }
    this.i = save;
    return { t: 'list', items: this.items(']') };
  }

  /** `elt for target in iter [if …]`: the element for each item. */
  comprehension(elt: Expr, close: string): Expr {
    this.take('for');
    let target: string | null = null;
    while (this.i < this.end && !this.is('in') && !this.is(close)) {
      const t = this.toks[this.i++]!;
      if (t.kind === 'name' && target === null) target = t.text;
    }
    this.take('in');
    const iter = this.or();
    return { t: 'comp', elt, target, iter };
  }
}

function isTypeName(e: Expr): boolean {
  return (e.t === 'name' && /^[A-Za-z_]\w*$/.test(e.name)) || (e.t === 'attr' && e.obj.t === 'name');
}

/** An f-string's `{expr!r:>10}`: the expression, conversion and format left out. */
function fStringExpr(text: string, lang: TaskLanguage): Expr {
  const toks = tokenize(text.replace(/![rsa]\s*$|(![rsa])?:[^:()[\]{}'"]*$/, ''), lang).filter((t) => t.kind !== 'nl');
  return new Reader(toks, lang).expr();
}

// Python statements ----------------------------------------------------------------------------------------------

interface Line {
  indent: number;
  toks: Token[];
}

/** A Python file's logical lines, each split at its top-level `;`. */
function pythonLines(toks: readonly Token[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  let depth = 0;
  for (const t of toks) {
    if (t.kind === 'nl') {
      current = { indent: t.indent ?? 0, toks: [] };
      lines.push(current);
      depth = 0;
      continue;
    }
    if (!current) lines.push((current = { indent: 0, toks: [] }));
    if (t.kind === 'op' && '([{'.includes(t.text)) depth++;
    else if (t.kind === 'op' && ')]}'.includes(t.text)) depth--;
    if (t.kind === 'op' && t.text === ';' && depth === 0) {
      current = { indent: current.indent, toks: [] };
      lines.push(current);
      continue;
    }
    current.toks.push(t);
  }
  return lines.filter((l) => l.toks.length > 0);
}

const PY_COMPOUND = new Set(['if', 'elif', 'else', 'for', 'while', 'with', 'try', 'except', 'finally', 'async', 'def', 'class', 'match', 'case']);

/** The top-level `:` ending a compound statement's header, or -1. */
function headerColon(toks: readonly Token[]): number {
  let depth = 0;
  let lambdas = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind === 'name' && t.text === 'lambda') lambdas++;
    if (t.kind !== 'op') continue;
    if ('([{'.includes(t.text)) depth++;
    else if (')]}'.includes(t.text)) depth--;
    else if (t.text === ':' && depth === 0) {
      if (lambdas > 0) lambdas--;
      else return k;
    }
  }
  return -1;
}

/** Python's module: its functions (`def` at any level of the top, decorated or not) and its other statements. */
function pythonModule(text: string): Module {
  const lines = pythonLines(tokenize(text, 'python'));
  const functions = new Map<string, Func>();
  const top = pythonBlock(lines, 0, lines.length, functions, true).stmts;
  return { top, functions };
}

/** The statements of lines[start, end) at the indent of the first; `defs` collects the functions defined at the top. */
function pythonBlock(lines: readonly Line[], start: number, end: number, defs: Map<string, Func> | null, top: boolean): { stmts: Stmt[] } {
  const stmts: Stmt[] = [];
  let k = start;
  const bodyEnd = (from: number, indent: number): number => {
    let j = from;
    while (j < end && lines[j]!.indent > indent) j++;
    return j;
  };
  /** A compound line's body: the rest of its line after the colon, else the lines indented under it. */
  const body = (line: Line, at: number): { stmts: Stmt[]; next: number } => {
    const colon = headerColon(line.toks);
    const rest = colon >= 0 ? line.toks.slice(colon + 1) : [];
    if (rest.length) return { stmts: pythonBlock([{ indent: line.indent + 1, toks: rest }], 0, 1, null, false).stmts, next: at + 1 };
    const next = bodyEnd(at + 1, line.indent);
    return { stmts: pythonBlock(lines, at + 1, next, null, false).stmts, next };
  };
  while (k < end) {
    const line = lines[k]!;
    const first = line.toks[0]!;
    const word = first.kind === 'name' ? first.text : first.kind === 'op' ? first.text : '';
    if (word === '@') {
      k++;
      continue;
    }
    if (first.kind === 'name' && PY_COMPOUND.has(word) && !(word === 'match' || word === 'case') ) {
      const head = word === 'async' ? (line.toks[1]?.text ?? '') : word;
      if (head === 'def') {
        const { stmts: fnBody, next } = body(line, k);
        const fn = pythonFunction(line.toks.slice(word === 'async' ? 1 : 0), fnBody);
        if (fn && defs && top) defs.set(fn.name, fn);
        k = next;
        continue;
      }
      if (head === 'class') {
        k = body(line, k).next;
        continue;
      }
      if (head === 'if') {
        const branches: Stmt[][] = [];
        let otherwise = false;
        let b = body(line, k);
        branches.push(b.stmts);
        k = b.next;
        while (k < end && lines[k]!.indent === line.indent && lines[k]!.toks[0]!.kind === 'name' && ['elif', 'else'].includes(lines[k]!.toks[0]!.text)) {
          otherwise ||= lines[k]!.toks[0]!.text === 'else';
          b = body(lines[k]!, k);
          branches.push(b.stmts);
          k = b.next;
        }
        stmts.push({ s: 'if', branches, otherwise });
        continue;
      }
      if (head === 'for') {
        const colon = headerColon(line.toks);
        const inAt = line.toks.findIndex((t) => t.kind === 'name' && t.text === 'in');
        const target = line.toks.slice(word === 'async' ? 2 : 1, inAt < 0 ? 1 : inAt).find((t) => t.kind === 'name')?.text ?? null;
        const iter = inAt > 0 && colon > inAt ? new Reader(line.toks.slice(inAt + 1, colon), 'python').expr() : null;
        const b = body(line, k);
        stmts.push({ s: 'loop', target, iter, body: b.stmts });
        k = b.next;
        continue;
      }
      // while, with, try, except, finally, else of a loop: the body, once, in order.
      const b = body(line, k);
      stmts.push({ s: 'block', body: b.stmts });
      k = b.next;
      continue;
    }
    k++;
    const stmt = pythonSimple(line.toks);
    if (stmt) stmts.push(stmt);
  }
  return { stmts };
}

function pythonFunction(toks: readonly Token[], body: Stmt[]): Func | null {
  const name = toks[1]?.kind === 'name' ? toks[1].text : null;
  if (!name || !(toks[2]?.kind === 'op' && toks[2].text === '(')) return null;
  const r = new Reader(toks, 'python');
  r.i = 3;
  const params: Param[] = [];
  for (;;) {
    const from = r.i;
    if (r.i >= toks.length || r.take(')')) break;
    // `**kwargs` takes no positional argument.
    const keywords = r.take('**');
    const rest = !keywords && r.take('*');
    const t = r.peek();
    if (t?.kind === 'name') {
      r.i++;
      // An annotation (`name: str`), then a default.
      if (r.take(':')) {
        while (r.i < toks.length && !r.is('=') && !r.is(',') && !r.is(')')) {
          if (r.take('[') || r.take('(')) r.skipBracket();
          else r.i++;
        }
      }
      const def = r.take('=') ? r.expr() : null;
      if (!keywords) params.push({ name: t.text, default: def, rest });
    }
    r.afterItem(')');
    if (toks[r.i - 1]?.text === ')') break;
    if (r.i === from) r.i++;
  }
  return { name, params, body, calls: new Set() };
}

const PY_SKIPPED = new Set(['import', 'from', 'pass', 'raise', 'assert', 'global', 'nonlocal', 'del', 'break', 'continue', 'yield', 'print']);

function pythonSimple(toks: readonly Token[]): Stmt | null {
  const first = toks[0]!;
  if (first.kind === 'name' && first.text === 'return') return { s: 'return', value: toks.length > 1 ? new Reader(toks.slice(1), 'python').expr() : null };
  if (first.kind === 'name' && PY_SKIPPED.has(first.text) && !(first.text === 'print' && toks[1]?.text === '(')) return null;
  return assignment(toks, 'python') ?? { s: 'expr', expr: new Reader(toks, 'python').expr() };
}

/** `a = b = value`, `a: T = value`, `a, err := value`, `a += value`: the names (dotted: `self.image`) given it. */
function assignment(toks: readonly Token[], lang: TaskLanguage): Stmt | null {
  let depth = 0;
  const at: number[] = [];
  let op: '=' | '+=' = '=';
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind !== 'op') continue;
    if ('([{'.includes(t.text)) depth++;
    else if (')]}'.includes(t.text)) depth--;
    else if (depth === 0 && (t.text === '=' || t.text === ':=')) at.push(k);
    else if (depth === 0 && t.text === '+=' && !at.length) {
      at.push(k);
      op = '+=';
      break;
    } else if (depth === 0 && /^[-*/%|&^]=$|^(\*\*|\/\/|<<|>>|&\^)=$/.test(t.text) && !at.length) return { s: 'expr', expr: UNKNOWN };
  }
  if (!at.length) return null;
  const last = at[at.length - 1]!;
  const value = new Reader(toks.slice(last + 1), lang).expr();
  const targets: string[] = [];
  let from = 0;
  for (const k of at) {
    const name = targetName(toks.slice(from, k), lang);
    if (name) targets.push(name);
    from = k + 1;
  }
  return { s: 'assign', targets, op, value };
}

/**
 * The first name an assignment's left side gives a value (`self.x`, `a` of `a, err`, `x` of `x: int`, Go's `var x T`);
 * none for an item of a list or map (`d["k"] = v`).
 */
function targetName(toks: readonly Token[], lang: TaskLanguage): string | null {
  let k = 0;
  const declared = lang === 'go' && toks[0]?.text === 'var';
  if (declared) k = 1;
  let name = '';
  for (; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind === 'name' && (!name || toks[k - 1]?.text === '.')) name += t.text;
    else if (t.kind === 'op' && t.text === '.' && name) name += '.';
    else break;
  }
  const next = toks[k];
  const ends = !next || (next.kind === 'op' && (next.text === ',' || (next.text === ':' && lang === 'python'))) || declared;
  return name && !name.endsWith('.') && ends ? name : null;
}

// Go statements --------------------------------------------------------------------------------------------------

/** Go's package (every file of it): its functions and methods, and its `const` and `var` declarations. */
function goModule(texts: readonly string[]): Module {
  const functions = new Map<string, Func>();
  const top: Stmt[] = [];
  for (const text of texts) {
    const toks = tokenize(text, 'go');
    for (const stmt of goStatements(toks, 0, toks.length)) {
      const first = toks[stmt[0]]!;
      if (first.kind !== 'name') continue;
      if (first.text === 'func') {
        const fn = goFunction(toks, stmt[0], stmt[1]);
        if (fn) functions.set(fn.name, fn);
      } else if (first.text === 'const' || first.text === 'var') top.push(...goDeclaration(toks, stmt[0], stmt[1]));
    }
  }
  return { top, functions };
}

/**
 * The statements of toks[start, end): ranges split at top-level newlines and `;`, but the `;` of an `if`, `for` or
 * `switch` header (`if err := run(); err != nil {`).
 */
function goStatements(toks: readonly Token[], start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let from = start;
  for (let k = start; k < end; k++) {
    const t = toks[k]!;
    if (t.kind === 'op' && '([{'.includes(t.text)) depth++;
    else if (t.kind === 'op' && ')]}'.includes(t.text)) depth--;
    else if (depth <= 0 && (t.kind === 'nl' || (t.kind === 'op' && t.text === ';' && !GO_HEADED.has(toks[from]?.text ?? '')))) {
      if (k > from) out.push([from, k]);
      from = k + 1;
    }
  }
  if (end > from) out.push([from, end]);
  return out;
}

/** `func Name(params) results { body }`, `func (r T) Name(…) …`. */
function goFunction(toks: readonly Token[], start: number, end: number): Func | null {
  const r = new Reader(toks, 'go', end);
  r.i = start + 1;
  if (r.take('(')) r.skipBracket();
  const name = r.peek()?.kind === 'name' ? toks[r.i++]!.text : null;
  if (!name) return null;
  // Type parameters.
  if (r.take('[')) r.skipBracket();
  if (!r.take('(')) return null;
  const params: Param[] = [];
  const paramStart = r.i;
  r.skipBracket();
  // `a, b string, rest ...string`: a name is the first word after each `,`.
  let expectName = true;
  let depth = 0;
  for (let k = paramStart; k < r.i - 1; k++) {
    const t = toks[k]!;
    if (t.kind === 'op' && '([{'.includes(t.text)) depth++;
    else if (t.kind === 'op' && ')]}'.includes(t.text)) depth--;
    if (depth > 0) continue;
    if (t.kind === 'op' && t.text === ',') {
      expectName = true;
      continue;
    }
    if (t.kind === 'nl') continue;
    if (expectName && t.kind === 'name') {
      const next = toks[k + 1];
      params.push({ name: t.text, default: null, rest: next?.kind === 'op' && next.text === '...' });
    }
    expectName = false;
  }
  // The results, then the body.
  while (r.i < end && !r.is('{')) {
    if (r.take('(') || r.take('[')) r.skipBracket();
    else r.i++;
  }
  if (!r.take('{')) return null;
  const open = r.i;
  r.skipBracket();
  return { name, params, body: goBlock(toks, open, r.i - 1), calls: new Set() };
}

/** `const X = "a"`, `var ( X = "a"; Y, Z = … )`: assignments. */
function goDeclaration(toks: readonly Token[], start: number, end: number): Stmt[] {
  let k = start + 1;
  if (toks[k]?.kind === 'op' && toks[k]!.text === '(') {
    const r = new Reader(toks, 'go', end);
    r.i = k + 1;
    r.skipBracket();
    const out: Stmt[] = [];
    for (const [a, b] of goStatements(toks, k + 1, r.i - 1)) {
      const stmt = assignment(toks.slice(a, b), 'go');
      if (stmt) out.push(stmt);
    }
    return out;
  }
  const stmt = assignment(toks.slice(k, end), 'go');
  return stmt ? [stmt] : [];
}

/** The statements of a Go block whose tokens are toks[start, end) (inside its braces). */
function goBlock(toks: readonly Token[], start: number, end: number): Stmt[] {
  const out: Stmt[] = [];
  for (const [a, b] of goStatements(toks, start, end)) {
    const stmt = goStatement(toks, a, b);
    if (stmt) out.push(...stmt);
  }
  return out;
}

/** The `{` opening a statement's block: the first at the top level that is not a composite literal's (`[]string{`). */
function blockBrace(toks: readonly Token[], start: number, end: number): number {
  let depth = 0;
  for (let k = start; k < end; k++) {
    const t = toks[k]!;
    if (t.kind !== 'op') continue;
    if (t.text === '{' && depth === 0) {
      const prev = toks[k - 1];
      const before = toks[k - 2];
      // `[]string{…}`, `map[string]string{…}` in an init statement or a range expression.
      if (prev?.kind === 'name' && before?.kind === 'op' && before.text === ']') {
        depth++;
        continue;
      }
      return k;
    }
    if ('([{'.includes(t.text)) depth++;
    else if (')]}'.includes(t.text)) depth--;
  }
  return -1;
}

function closeOf(toks: readonly Token[], open: number, end: number): number {
  let depth = 0;
  for (let k = open; k < end; k++) {
    const t = toks[k]!;
    if (t.kind !== 'op') continue;
    if ('([{'.includes(t.text)) depth++;
    else if (')]}'.includes(t.text) && --depth === 0) return k;
  }
  return end;
}

function goStatement(toks: readonly Token[], start: number, end: number): Stmt[] | null {
  const first = toks[start]!;
  const word = first.kind === 'name' || first.kind === 'op' ? first.text : '';
  if (word === 'if') return [goIf(toks, start, end)];
  if (word === 'for' || word === 'switch' || word === 'select') {
    const open = blockBrace(toks, start + 1, end);
    if (open < 0) return null;
    const close = closeOf(toks, open, end);
    const header = goStatements(toks, start + 1, open).map(([a, b]) => toks.slice(a, b));
    const pre: Stmt[] = [];
    if (word === 'switch' && header.length > 1) {
      const init = assignment(header[0]!, 'go');
      if (init) pre.push(init);
    }
    if (word === 'for') {
      // `for _, x := range xs`: x takes each item of xs.
      const range = header.length === 1 ? header[0]!.findIndex((t) => t.kind === 'name' && t.text === 'range') : -1;
      let target: string | null = null;
      let iter: Expr | null = null;
      if (range >= 0) {
        const names = header[0]!.slice(0, range).filter((t) => t.kind === 'name').map((t) => t.text);
        target = names.length > 1 ? names[1]! : null;
        iter = new Reader(header[0]!.slice(range + 1), 'go').expr();
      }
      return [...pre, { s: 'loop', target, iter, body: goBlock(toks, open + 1, close) }];
    }
    // A switch's cases are alternatives, as an if's branches.
    const branches: Stmt[][] = [];
    let current: Stmt[] | null = null;
    for (const [a, b] of goStatements(toks, open + 1, close)) {
      const t = toks[a]!;
      let from = a;
      if (t.kind === 'name' && (t.text === 'case' || t.text === 'default')) {
        let depth = 0;
        let colon = a;
        for (; colon < b; colon++) {
          const c = toks[colon]!;
          if (c.kind === 'op' && '([{'.includes(c.text)) depth++;
          else if (c.kind === 'op' && ')]}'.includes(c.text)) depth--;
          else if (c.kind === 'op' && c.text === ':' && depth === 0) break;
        }
        branches.push((current = []));
        from = colon + 1;
      }
      if (from < b && current) current.push(...(goStatement(toks, from, b) ?? []));
    }
    return [...pre, { s: 'if', branches, otherwise: true }];
  }
  if (word === '{') return [{ s: 'block', body: goBlock(toks, start + 1, closeOf(toks, start, end)) }];
  if (word === 'return') {
    const value = end > start + 1 ? new Reader(toks.slice(start + 1, end), 'go').expr() : null;
    return [{ s: 'return', value }];
  }
  if (word === 'defer' || word === 'go') return [{ s: 'expr', expr: new Reader(toks.slice(start + 1, end), 'go').expr() }];
  if (word === 'var' || word === 'const') return goDeclaration(toks, start, end);
  if (['break', 'continue', 'goto', 'fallthrough', 'type', 'package', 'import'].includes(word)) return null;
  // A label (`retry:`).
  if (first.kind === 'name' && toks[start + 1]?.text === ':' && end === start + 2) return null;
  const slice = toks.slice(start, end);
  return [assignment(slice, 'go') ?? { s: 'expr', expr: new Reader(slice, 'go').expr() }];
}

/** `if [init;] cond { … } else if … { … } else { … }`: the init, then the branches. */
function goIf(toks: readonly Token[], start: number, end: number): Stmt {
  const branches: Stmt[][] = [];
  const pre: Stmt[] = [];
  let otherwise = false;
  let k = start;
  while (k < end) {
    const open = blockBrace(toks, k + 1, end);
    if (open < 0) break;
    const header = goStatements(toks, k + 1, open);
    if (header.length > 1) {
      const init = goStatement(toks, header[0]![0], header[0]![1]);
      if (init) pre.push(...init);
    }
    const close = closeOf(toks, open, end);
    branches.push(goBlock(toks, open + 1, close));
    k = close + 1;
    if (!(toks[k]?.kind === 'name' && toks[k]!.text === 'else')) break;
    k++;
    if (toks[k]?.kind === 'name' && toks[k]!.text === 'if') continue;
    if (toks[k]?.kind === 'op' && toks[k]!.text === '{') {
      const last = closeOf(toks, k, end);
      branches.push(goBlock(toks, k + 1, last));
      otherwise = true;
    }
    break;
  }
  const stmt: Stmt = { s: 'if', branches, otherwise };
  return pre.length ? { s: 'block', body: [...pre, stmt] } : stmt;
}

// Running --------------------------------------------------------------------------------------------------------

/** A value: its words (a string is one; a list, each item), and whether it is a list. */
interface Value {
  words: string[];
  list: boolean;
  /** Nothing known of it (its words are one `${name}`). */
  unknown?: boolean;
}
type Env = Map<string, Value>;

const MAX_STATES = 8;
const MAX_CALL_DEPTH = 6;
const MAX_STEPS = 60_000;
const MAX_LOOP_ITEMS = 8;
const MAX_LINES = 300;
const MAX_WORDS = 400;

const ENGINE_WORD = new RegExp(`(^|[\\s/"'])(${CONTAINER_ENGINES.map((e) => e.program).join('|')})(\\s|$|["'])`);

const str = (text: string): Value => ({ words: [text], list: false });
const unknown = (name: string): Value => ({ words: [`\${${name.replace(/\W+/g, '_') || 'VALUE'}}`], list: false, unknown: true });
const NOTHING: Value = { words: [], list: false, unknown: true };
const text = (v: Value): string => v.words.join(' ');

/** What running a module found: the command lines of its engine calls, in all and by task. */
class Run {
  steps = 0;
  readonly lines = new Set<string>();
  /** Where a line goes besides `lines`: the task's lines, and those of each call in progress (for its memo). */
  readonly sinks: Set<string>[] = [];
  readonly memo = new Map<string, { value: Value; lines: readonly string[] }>();
  constructor(
    readonly module: Module,
    readonly lang: TaskLanguage,
    readonly globals: Env,
  ) {}

  get spent(): boolean {
    return this.steps > MAX_STEPS || this.lines.size >= MAX_LINES;
  }

  /** Runs `stmts` from each state; the states after them (those that returned are gone), and what was returned. */
  exec(stmts: readonly Stmt[], states: Env[], depth: number, returns: { value: Value; top: boolean }[], level = 0): Env[] {
    for (const stmt of stmts) {
      if (!states.length || this.spent) return states;
      this.steps++;
      switch (stmt.s) {
        case 'assign':
          for (const env of states) {
            const value = this.eval(stmt.value, env, depth);
            for (const target of stmt.targets) {
              const old = stmt.op === '+=' ? this.lookup(target, env) : null;
              this.set(env, target, old && !old.unknown ? { words: [...old.words, ...value.words].slice(0, MAX_WORDS), list: old.list || value.list } : value);
            }
          }
          break;
        case 'expr':
          for (const env of states) this.eval(stmt.expr, env, depth);
          break;
        case 'return':
          for (const env of states) returns.push({ value: stmt.value ? this.eval(stmt.value, env, depth) : NOTHING, top: level === 0 });
          return [];
        case 'block':
          states = this.exec(stmt.body, states, depth, returns, level + 1);
          break;
        case 'loop': {
          const items = this.loopItems(stmt, states[0]!, depth);
          for (const item of items) {
            if (stmt.target) for (const env of states) this.set(env, stmt.target, item);
            states = this.exec(stmt.body, states, depth, returns, level + 1);
            if (!states.length) break;
          }
          break;
        }
        case 'if': {
          // Each branch from a copy of the states; without an `else`, the states that take none go on too. A branch
          // that gives nothing a value leaves the states as they were: they go on once.
          const after: Env[] = [];
          let unchanged = !stmt.otherwise;
          for (const branch of stmt.branches) {
            const writes = this.writes;
            this.steps += states.reduce((n, e) => n + e.size, 0) >> 6;
            const out = this.exec(branch, states.map((e) => new Map(e)), depth, returns, level + 1);
            if (this.writes !== writes) after.push(...out);
            else if (out.length) unchanged = true;
          }
          if (unchanged) after.push(...states);
          states = after.slice(0, MAX_STATES);
          break;
        }
      }
    }
    return states;
  }

  loopItems(stmt: Extract<Stmt, { s: 'loop' }>, env: Env, depth: number): Value[] {
    const iter = stmt.iter ? this.eval(stmt.iter, env, depth) : null;
    if (iter && iter.list && !iter.unknown && iter.words.length) return iter.words.slice(0, MAX_LOOP_ITEMS).map(str);
    return [unknown(stmt.target ?? 'item')];
  }

  /** Values given, in all: a branch that gave none left its states as they were. */
  writes = 0;
  set(env: Env, name: string, value: Value): void {
    this.writes++;
    env.set(name, value);
  }

  lookup(name: string, env: Env): Value | null {
    return env.get(name) ?? this.globals.get(name) ?? null;
  }

  eval(e: Expr, env: Env, depth: number): Value {
    this.steps++;
    switch (e.t) {
      case 'str': {
        let out = '';
        for (const p of e.parts) out += typeof p === 'string' ? p : text(this.eval(p, env, depth));
        return str(out);
      }
      case 'name':
        if (e.name === '__file__') return str('$PWD/__file__');
        return this.lookup(e.name, env) ?? unknown(e.name);
      case 'attr': {
        const dotted = dottedName(e);
        const known = dotted ? this.lookup(dotted, env) : null;
        if (known) return known;
        if (dotted && WORKING_FOLDER_CALL.test(dotted)) return str('$PWD');
        if (e.name === 'parent' || e.name === 'parents') return parentOf(this.eval(e.obj, env, depth));
        return unknown(e.name);
      }
      case 'list': {
        const words: string[] = [];
        for (const item of e.items) if (item.keyword === null) words.push(...this.eval(item.expr, env, depth).words);
        return { words: words.slice(0, MAX_WORDS), list: true };
      }
      case 'comp': {
        const iter = this.eval(e.iter, env, depth);
        const items = iter.list && !iter.unknown ? iter.words.slice(0, MAX_LOOP_ITEMS).map(str) : [unknown(e.target ?? 'item')];
        const words: string[] = [];
        for (const item of items) {
          const inner = new Map(env);
          if (e.target) inner.set(e.target, item);
          words.push(...this.eval(e.elt, inner, depth).words);
        }
        return { words, list: true };
      }
      case 'add': {
        const left = this.eval(e.left, env, depth);
        const right = this.eval(e.right, env, depth);
        if (left.list || right.list) return { words: [...left.words, ...right.words].slice(0, MAX_WORDS), list: true };
        return str(text(left) + text(right));
      }
      case 'mod': {
        const left = this.eval(e.left, env, depth);
        const right = this.eval(e.right, env, depth);
        return left.list || left.unknown ? unknown('VALUE') : str(printf(text(left), right.list ? right.words : [text(right)]));
      }
      case 'or': {
        const left = this.eval(e.left, env, depth);
        return left.unknown || !left.words.length ? this.eval(e.right, env, depth) : left;
      }
      case 'cond':
        return this.eval(e.then, env, depth);
      case 'func':
        this.exec(e.body, [new Map(env)], depth + 1, []);
        return unknown('func');
      case 'none':
        return NOTHING;
      case 'unknown':
        return unknown('VALUE');
      case 'call':
        return this.call(e, env, depth);
    }
  }

  call(e: Extract<Expr, { t: 'call' }>, env: Env, depth: number): Value {
    const name = dottedName(e.fn);
    const args = (): Value[] => e.args.filter((a) => a.keyword === null).flatMap((a) => (a.spread ? this.eval(a.expr, env, depth).words.map(str) : [this.eval(a.expr, env, depth)]));
    // Methods of a value: `" ".join(cmds)`, `"…".format(…)`, `cmds.append(…)`.
    if (e.fn.t === 'attr') {
      const method = e.fn.name;
      const target = dottedName(e.fn.obj);
      if (target && (method === 'append' || method === 'extend' || method === 'insert') && !(target.includes('.') && !env.has(target))) {
        const old = this.lookup(target, env);
        const values = args();
        const added = method === 'insert' ? values.slice(1) : values;
        const words = added.flatMap((v) => v.words);
        const before = old && !old.unknown ? old.words : [];
        this.set(env, target, { words: (method === 'insert' && text(values[0] ?? NOTHING) === '0' ? [...words, ...before] : [...before, ...words]).slice(0, MAX_WORDS), list: true });
        return NOTHING;
      }
      if (!name || !this.module.functions.has(name)) {
        if (e.fn.obj.t === 'str' || (target && this.lookup(target, env))) {
          const obj = this.eval(e.fn.obj, env, depth);
          if (method === 'join') {
            const list = args()[0] ?? NOTHING;
            const sep = text(obj);
            return sep.trim() === '' ? { words: list.words, list: false } : str(list.words.join(sep));
          }
          if (method === 'format') return str(pyFormat(text(obj), e.args, (x) => this.eval(x, env, depth)));
          if (['strip', 'lstrip', 'rstrip', 'lower', 'upper', 'resolve', 'absolute', 'expanduser', 'as_posix'].includes(method)) return obj;
          if (method === 'split') return { words: text(obj).split(/\s+/).filter(Boolean), list: true };
        }
      }
    }
    if (name) {
      const fn = this.module.functions.get(name);
      if (fn) return this.invoke(fn, e.args, env, depth);
      const last = name.split('.').pop()!;
      if (name === 'append' && this.lang === 'go') {
        const values = args();
        return { words: values.flatMap((v) => v.words).slice(0, MAX_WORDS), list: true };
      }
      if (WORKING_FOLDER_CALL.test(name)) return str('$PWD');
      if (FORMAT_CALL.test(name)) {
        const values = args();
        return str(printf(text(values[0] ?? NOTHING), values.slice(1).map(text)));
      }
      if (SAME_VALUE_CALL.test(name)) return args()[0] ?? NOTHING;
      if (PATH_JOIN_CALL.test(name)) return str(args().map(text).join('/').replace(/\/{2,}/g, '/'));
      if (DIRNAME_CALL.test(name)) return parentOf(args()[0] ?? NOTHING);
      if (ENVIRONMENT_CALL.test(name)) {
        const [variable, fallback] = args();
        const v = variable && !variable.unknown ? text(variable) : '';
        return v === 'PWD' ? str('$PWD') : /^\w+$/.test(v) ? (fallback && !fallback.unknown ? fallback : unknown(v)) : unknown('VALUE');
      }
      if (name === 'strings.Join') {
        const [list, sep] = args();
        return sep && text(sep).trim() !== '' ? str((list ?? NOTHING).words.join(text(sep))) : { words: (list ?? NOTHING).words, list: false };
      }
      if (PRINTING_CALL.test(last)) {
        args();
        return unknown(last);
      }
      this.emit(args());
      return unknown(last);
    }
    this.eval(e.fn, env, depth);
    this.emit(args());
    return unknown('VALUE');
  }

  /** A call of the module's own function: its body run with the arguments given, once for the same arguments. */
  invoke(fn: Func, args: readonly Arg[], env: Env, depth: number): Value {
    if (depth >= MAX_CALL_DEPTH || this.spent) return unknown(fn.name);
    const inner: Env = new Map();
    const positional = args.filter((a) => a.keyword === null).flatMap((a) => (a.spread ? this.eval(a.expr, env, depth).words.map(str) : [this.eval(a.expr, env, depth)]));
    let k = 0;
    for (const p of fn.params) {
      const keyword = args.find((a) => a.keyword === p.name);
      if (p.rest) {
        inner.set(p.name, { words: positional.slice(k).flatMap((v) => v.words), list: true });
        k = positional.length;
      } else if (keyword) inner.set(p.name, this.eval(keyword.expr, env, depth));
      else if (k < positional.length) inner.set(p.name, positional[k++]!);
      else inner.set(p.name, this.paramDefault(p));
    }
    const key = `${fn.name}\0${JSON.stringify([...inner])}`;
    const memo = this.memo.get(key);
    if (memo) {
      // Its lines belong to this task too.
      for (const line of memo.lines) this.add(line);
      return memo.value;
    }
    // A call in progress (recursion) is not followed again.
    this.memo.set(key, { value: unknown(fn.name), lines: [] });
    const lines = new Set<string>();
    this.sinks.push(lines);
    const value = this.runFunction(fn, inner, depth + 1);
    this.sinks.pop();
    this.memo.set(key, { value, lines: [...lines] });
    return value;
  }

  paramDefault(p: Param): Value {
    if (!p.default || p.default.t === 'none') return unknown(p.name);
    const v = this.eval(p.default, new Map(), 0);
    return v.unknown ? unknown(p.name) : v;
  }

  runFunction(fn: Func, env: Env, depth: number): Value {
    const returns: { value: Value; top: boolean }[] = [];
    this.exec(fn.body, [env], depth, returns);
    // The value it falls through to (`return name` after `if windows { return name + ".exe" }`), else its first.
    const top = returns.filter((r) => r.top).pop();
    return (top ?? returns[0])?.value ?? NOTHING;
  }

  /** A call that runs its arguments: a command line when a word names an engine, from that word on. */
  emit(values: readonly Value[]): void {
    const words = values.flatMap((v) => v.words);
    const at = words.findIndex((w) => ENGINE_WORD.test(w));
    if (at < 0) return;
    const line = words
      .slice(at)
      .map((w) => (this.lang === 'go' ? shellWord(w) : w))
      .join(' ');
    if (line.length < 20_000) this.add(line);
  }

  add(line: string): void {
    this.lines.add(line);
    for (const sink of this.sinks) sink.add(line);
  }
}

/** A Go argument as one shell word: quoted when it holds spaces or shell syntax, `${…}` left to expand. */
function shellWord(w: string): string {
  if (w === '') return "''";
  if (/^[\w@%+=:,./${}-]+$/.test(w)) return w;
  return `"${w.replace(/["\\`]/g, '\\$&')}"`;
}

function dottedName(e: Expr): string | null {
  if (e.t === 'name') return e.name;
  if (e.t === 'attr') {
    const obj = dottedName(e.obj);
    return obj ? `${obj}.${e.name}` : null;
  }
  return null;
}

/** A path's folder (`$PWD/__file__` → `$PWD`); a path without a folder gives nothing known. */
function parentOf(v: Value): Value {
  const t = text(v).replace(/\/+$/, '');
  const slash = t.lastIndexOf('/');
  return v.unknown || slash <= 0 ? unknown('VALUE') : str(t.slice(0, slash));
}

/** `%s`, `%d`, `%v`, `%q` and the like filled in order; `%%` is `%`. */
function printf(format: string, values: readonly string[]): string {
  let k = 0;
  return format.replace(/%(%|[-+# 0]*\d*(?:\.\d+)?[a-zA-Z])/g, (_whole, spec: string) => (spec === '%' ? '%' : (values[k++] ?? '${VALUE}')));
}

/** Python's `"{} {name}".format(a, name=b)`. */
function pyFormat(format: string, args: readonly Arg[], evaluate: (e: Expr) => Value): string {
  const positional = args.filter((a) => a.keyword === null && !a.spread);
  let k = 0;
  return format.replace(/\{\{|\}\}|\{([^{}!:]*)(![rsa])?(:[^{}]*)?\}/g, (whole, field: string | undefined) => {
    if (whole === '{{') return '{';
    if (whole === '}}') return '}';
    const key = (field ?? '').trim();
    const arg = key === '' ? positional[k++] : /^\d+$/.test(key) ? positional[Number(key)] : args.find((a) => a.keyword === key);
    return arg ? text(evaluate(arg.expr)) : `\${${key.replace(/\W+/g, '_') || 'VALUE'}}`;
  });
}


/** The names a function calls by name (`dockerRun(…)`, not `x.run(…)`). */
function calledNames(stmts: readonly Stmt[], out: Set<string>): void {
  const expr = (e: Expr | null): void => {
    if (!e) return;
    switch (e.t) {
      case 'call':
        if (e.fn.t === 'name') out.add(e.fn.name);
        expr(e.fn);
        for (const a of e.args) expr(a.expr);
        break;
      case 'attr':
        expr(e.obj);
        break;
      case 'list':
        for (const a of e.items) expr(a.expr);
        break;
      case 'comp':
        expr(e.elt);
        expr(e.iter);
        break;
      case 'add':
      case 'mod':
      case 'or':
        expr(e.left);
        expr(e.right);
        break;
      case 'cond':
        expr(e.then);
        expr(e.other);
        break;
      case 'str':
        for (const p of e.parts) if (typeof p !== 'string') expr(p);
        break;
      case 'func':
        calledNames(e.body, out);
        break;
    }
  };
  for (const s of stmts) {
    switch (s.s) {
      case 'assign':
        expr(s.value);
        break;
      case 'expr':
        expr(s.expr);
        break;
      case 'return':
        expr(s.value);
        break;
      case 'if':
        for (const b of s.branches) calledNames(b, out);
        break;
      case 'loop':
        expr(s.iter);
        calledNames(s.body, out);
        break;
      case 'block':
        calledNames(s.body, out);
        break;
    }
  }
}

/**
 * The command lines the task file's functions run, whose words name an engine, by task: the file's top level, then
 * every function no other calls by name (a task, a target, a session) run with its parameters' defaults.
 */
export function taskCodeCommands(texts: readonly string[], lang: TaskLanguage): string[][] {
  const module = lang === 'python' ? pythonModule(texts.join('\n')) : goModule(texts);
  const globals: Env = new Map();
  const run = new Run(module, lang, globals);
  const tasks: Set<string>[] = [new Set()];
  run.sinks.push(tasks[0]!);
  const top = run.exec(module.top, [globals], 0, []);
  run.sinks.pop();
  // The top level's values, from the first of its states, are what every function sees.
  if (top[0] && top[0] !== globals) for (const [k, v] of top[0]) globals.set(k, v);
  const called = new Set<string>();
  for (const fn of module.functions.values()) {
    calledNames(fn.body, fn.calls);
    for (const c of fn.calls) if (c !== fn.name) called.add(c);
  }
  for (const fn of module.functions.values()) {
    if (called.has(fn.name) || run.spent) continue;
    const env: Env = new Map();
    for (const p of fn.params) env.set(p.name, p.rest ? { words: [], list: true, unknown: true } : run.paramDefault(p));
    const task = new Set<string>();
    tasks.push(task);
    run.sinks.push(task);
    run.runFunction(fn, env, 1);
    run.sinks.pop();
  }
  return tasks.filter((t) => t.size > 0).map((t) => [...t]);
}
