/**
 * A plain-object copy of the mvdan-sh syntax tree, holding only what dlint reads.
 *
 * mvdan-sh is Go compiled by GopherJS: every property read through its public wrapper
 * converts Go values to JS (about 2 ms per RUN in total). Reading the compiled Go structs
 * directly (`__internal_object__`, fields named as in mvdan.cc/sh/v3/syntax) and copying
 * them once costs a tenth of that. The package is frozen at 0.10.1, so its layout is stable.
 */

/** Offsets are UTF-8 byte offsets into the parsed text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export type WordPart =
  | (Span & { kind: 'Lit'; value: string })
  | (Span & { kind: 'SglQuoted'; value: string })
  | (Span & { kind: 'DblQuoted'; parts: WordPart[] })
  | (Span & { kind: 'Subst'; stmts: Stmt[] })
  | (Span & { kind: 'ParamExp'; name: string; derived: ParamDerivation; word: ShWord | null })
  | (Span & { kind: 'Other' });

/**
 * What a parameter expansion makes of the variable's value: `value` the value or a part of it (`$X`, `${X%.*}`,
 * `${X:0:3}`, `${X^^}`), `or-word` the value or its word, or the value with the word put in (`${X:-d}`, `${X:+d}`,
 * `${X/a/d}`), `number` a length (`${#X}`), `other` anything else (`${!X}`, `${X[@]}`, `${X@Q}`).
 */
export type ParamDerivation = 'value' | 'or-word' | 'number' | 'other';

export interface ShWord extends Span {
  parts: WordPart[];
}

export interface Assign {
  name: string | null;
  value: ShWord | null;
}

export interface Redirect {
  word: ShWord | null;
  /** The body of a here-document (`<<EOF`), null for other redirections and empty bodies. */
  hdoc: ShWord | null;
}

export type Command =
  | (Span & { kind: 'Call'; assigns: Assign[]; args: ShWord[] })
  | (Span & { kind: 'Binary'; op: number; x: Stmt; y: Stmt })
  | (Span & { kind: 'Group'; stmts: Stmt[]; subshell: boolean; loop?: ForLoop })
  | (Span & { kind: 'Decl'; variant: Span & { value: string }; assigns: (Assign & Span)[] })
  | (Span & { kind: 'Other' });

/** `for NAME in ITEMS`: the variable takes each field of the items in turn. */
export interface ForLoop {
  name: string;
  items: ShWord[];
}

export interface Stmt extends Span {
  cmd: Command | null;
  redirs: Redirect[];
  /** Ends with `&`: runs in a child process. */
  background: boolean;
}

/** A GopherJS value: a struct pointer, a slice, a nil pointer or a nil interface. */
type Go = Record<string, unknown> & { constructor: { string?: string; nil?: unknown } };
type GoSlice = { $array: unknown[]; $offset: number; $length: number };

function isNil(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  const g = v as Go;
  return g.constructor?.nil === g || g.constructor?.string === undefined;
}

function typeName(v: Go): string {
  return (v.constructor.string ?? '').replace(/^\*syntax\./, '');
}

function items(slice: unknown): Go[] {
  if (!slice) return [];
  const s = slice as GoSlice;
  if (!Array.isArray(s.$array)) return [];
  return s.$array.slice(s.$offset, s.$offset + s.$length) as Go[];
}

function offs(pos: unknown): number {
  return (pos as { offs: number }).offs;
}

/** GopherJS keeps Go strings as byte strings; decode the UTF-8 ones. */
function str(v: unknown): string {
  const s = v as string;
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(s) ? Buffer.from(s, 'latin1').toString('utf8') : s;
}

function lit(v: unknown): string | null {
  return isNil(v) ? null : str((v as Go).Value);
}

function part(p: Go): WordPart {
  switch (typeName(p)) {
    case 'Lit':
      return { kind: 'Lit', value: str(p.Value), start: offs(p.ValuePos), end: offs(p.ValueEnd) };
    case 'SglQuoted':
      return { kind: 'SglQuoted', value: str(p.Value), start: offs(p.Left), end: offs(p.Right) + 1 };
    case 'DblQuoted':
      return { kind: 'DblQuoted', parts: items(p.Parts).map(part), start: offs(p.Left), end: offs(p.Right) + 1 };
    case 'CmdSubst':
      return { kind: 'Subst', stmts: stmts(p.Stmts), start: offs(p.Left), end: offs(p.Right) + 1 };
    case 'ProcSubst':
      return { kind: 'Subst', stmts: stmts(p.Stmts), start: offs(p.OpPos), end: offs(p.Rparen) + 1 };
    case 'ParamExp': {
      const exp = p.Exp as Go | undefined;
      const repl = p.Repl as Go | undefined;
      const end = p.Short ? offs((p.Param as Go).ValueEnd) : offs(p.Rbrace) + 1;
      const given = exp && !isNil(exp) ? word(exp.Word) : repl && !isNil(repl) ? word(repl.With) : null;
      return { kind: 'ParamExp', name: lit(p.Param) ?? '', derived: derivation(p), word: given, start: offs(p.Dollar), end };
    }
    case 'ArithmExp':
      return { kind: 'Other', start: offs(p.Left), end: offs(p.Right) + (p.Bracket ? 1 : 2) };
    case 'ExtGlob':
      return { kind: 'Other', start: offs(p.OpPos), end: offs((p.Pattern as Go).ValueEnd) + 1 };
    default:
      throw new Error(`unexpected shell word part ${typeName(p)}`);
  }
}

/** mvdan.cc/sh's ParExpOperator: `+` … `:=` (68–75) give the value or the word; `%` … `,,` (76–83) a part or the case of the value. */
const OR_WORD_OPS = [68, 75];
const PART_OPS = [76, 83];

function derivation(p: Go): ParamDerivation {
  if (p.Excl || !isNil(p.Index) || (p.Names as number)) return 'other';
  if (p.Length) return 'number';
  if (!isNil(p.Repl)) return 'or-word';
  const exp = p.Exp as Go;
  if (isNil(exp)) return 'value';
  const op = exp.Op as number;
  if (op >= OR_WORD_OPS[0]! && op <= OR_WORD_OPS[1]!) return 'or-word';
  return op >= PART_OPS[0]! && op <= PART_OPS[1]! ? 'value' : 'other';
}

function word(w: unknown): ShWord | null {
  if (isNil(w)) return null;
  const parts = items((w as Go).Parts).map(part);
  if (parts.length === 0) return null;
  return { parts, start: parts[0]!.start, end: parts[parts.length - 1]!.end };
}

function assign(a: Go): Assign {
  return { name: lit(a.Name), value: word(a.Value) };
}

function stmts(slice: unknown): Stmt[] {
  return items(slice).map(stmt);
}

function stmt(s: Go): Stmt {
  return stmtWith(s, isNil(s.Cmd) ? null : command(s.Cmd as Go));
}

function stmtWith(s: Go, cmd: Command | null): Stmt {
  const redirs = items(s.Redirs).map((r) => ({ word: word(r.Word), hdoc: word(r.Hdoc) }));
  const start = offs(s.Position);
  return { cmd, redirs, background: s.Background === true, start, end: Math.max(cmd?.end ?? start, ...redirs.map((r) => r.word?.end ?? start)) };
}

function command(c: Go): Command {
  switch (typeName(c)) {
    case 'CallExpr': {
      const assigns = items(c.Assigns);
      const args = items(c.Args).map(word).filter((w): w is ShWord => w !== null);
      const firstAssign = assigns[0];
      const start = firstAssign && !isNil(firstAssign.Name) ? offs((firstAssign.Name as Go).ValuePos) : (args[0]?.start ?? 0);
      const lastAssign = assigns.length ? assign(assigns[assigns.length - 1]!) : null;
      const end = args.length ? args[args.length - 1]!.end : (lastAssign?.value?.end ?? start);
      return { kind: 'Call', assigns: assigns.map(assign), args, start, end };
    }
    case 'BinaryCmd':
      return binary(c);
    case 'Subshell':
      return group(stmts(c.Stmts), offs(c.Lparen), offs(c.Rparen) + 1, true);
    case 'Block':
      return group(stmts(c.Stmts), offs(c.Lbrace), offs(c.Rbrace) + 1);
    case 'IfClause': {
      const all: Stmt[] = [];
      for (let clause: Go | null = c; clause && !isNil(clause); clause = (clause.Else as Go | null) ?? null) {
        all.push(...stmts(clause.Cond), ...stmts(clause.Then));
      }
      return group(all, offs(c.Position), offs(c.FiPos) + 2);
    }
    case 'WhileClause':
      return group([...stmts(c.Cond), ...stmts(c.Do)], offs(c.WhilePos), offs(c.DonePos) + 4);
    case 'ForClause': {
      const loop = c.Loop as Go;
      const body = group(stmts(c.Do), offs(c.ForPos), offs(c.DonePos) + 4);
      if (typeName(loop) !== 'WordIter') return body;
      const words = items(loop.Items).map(word).filter((w): w is ShWord => w !== null);
      return { ...body, loop: { name: lit(loop.Name) ?? '', items: words } } as Command;
    }
    case 'CaseClause':
      return group(items(c.Items).flatMap((i) => stmts(i.Stmts)), offs(c.Case), offs(c.Esac) + 4);
    case 'FuncDecl': {
      const body = stmt(c.Body as Go);
      return group([body], offs(c.Position), body.end);
    }
    case 'TimeClause': {
      const inner = isNil(c.Stmt) ? [] : [stmt(c.Stmt as Go)];
      return group(inner, offs(c.Time), inner[0]?.end ?? offs(c.Time) + 4);
    }
    case 'DeclClause': {
      const variant = c.Variant as Go;
      const v = { value: str(variant.Value), start: offs(variant.ValuePos), end: offs(variant.ValueEnd) };
      const assigns = items(c.Args).map((a) => {
        const parsed = assign(a);
        const name = a.Name as Go;
        const start = isNil(name) ? (parsed.value?.start ?? v.end) : offs(name.ValuePos);
        const end = parsed.value?.end ?? (isNil(name) ? start : offs(name.ValueEnd) + (a.Naked ? 0 : 1));
        return { ...parsed, start, end };
      });
      return { kind: 'Decl', variant: v, assigns, start: v.start, end: assigns.length ? assigns[assigns.length - 1]!.end : v.end };
    }
    default:
      return { kind: 'Other', start: 0, end: 0 };
  }
}

/**
 * `a && b && c` and `a | b | c` nest to the left, one level per operator: the left spine is walked in a
 * loop and built bottom-up, so a chain of 10,000 commands does not recurse 10,000 deep.
 */
function binary(top: Go): Command {
  const spine: Go[] = [top];
  for (let x: Go = top.X as Go; !isNil(x.Cmd) && typeName(x.Cmd as Go) === 'BinaryCmd'; x = (x.Cmd as Go).X as Go) spine.push(x.Cmd as Go);
  let built: Command | null = null;
  for (let i = spine.length - 1; i >= 0; i--) {
    const c = spine[i]!;
    const x: Stmt = built === null ? stmt(c.X as Go) : stmtWith(c.X as Go, built);
    const y: Stmt = stmt(c.Y as Go);
    built = { kind: 'Binary', op: c.Op as number, x, y, start: x.start, end: y.end };
  }
  return built!;
}

function group(inner: Stmt[], start: number, end: number, subshell = false): Command {
  return { kind: 'Group', stmts: inner, start, end, subshell };
}

/** Copies a parsed mvdan-sh File (the public wrapper object) into plain statements. */
export function fileStatements(file: unknown): Stmt[] {
  const internal = (file as { __internal_object__?: Go }).__internal_object__;
  if (!internal) throw new Error('mvdan-sh returned an unexpected object');
  return stmts(internal.Stmts);
}
