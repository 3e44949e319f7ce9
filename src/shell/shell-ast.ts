/**
 * The shell syntax tree dlint reads, as bash-parser.ts builds it: statements, simple commands, words and
 * their parts. Compound commands (`if`, loops, `case`, functions, `time`) are groups of their statements;
 * what dlint does not look into (`[[ ]]`, `(( ))`, `let`, `$(( ))`, extended globs) is `Other`.
 */

/** Offsets are UTF-16 indexes into the parsed text (as JavaScript strings count), end exclusive. */
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
  /** An array assignment's element words (`X=(a "$B")`, `X+=(c)`); absent for a plain one. */
  elements?: ShWord[];
}

export interface Redirect {
  word: ShWord | null;
  /** The body of a here-document (`<<EOF`), null for other redirections and empty bodies. */
  hdoc: ShWord | null;
  /** Sends the command's standard output to the file `word` names (`> f`, `>> f`, `>| f`, `1> f`, `&> f`, `>& f`; not `2> f`, `>&2`). */
  stdout: boolean;
}

export type Command =
  | (Span & { kind: 'Call'; assigns: Assign[]; args: ShWord[] })
  /** `op`: 10 `&&`, 11 `||`, 12 `|`, 13 `|&` (mvdan.cc/sh's numbers, which the tree was first copied from). */
  | (Span & { kind: 'Binary'; op: number; x: Stmt; y: Stmt })
  /** `joined`: stmts are several lists one after the other (a `while` condition and its body, the items of a `case`). */
  | (Span & { kind: 'Group'; stmts: Stmt[]; subshell: boolean; loop?: ForLoop; branches?: IfBranches; joined?: true })
  | (Span & { kind: 'Decl'; variant: Span & { value: string }; assigns: (Assign & Span)[] })
  | (Span & { kind: 'Other' });

/** An `if` clause's conditions and their bodies (`if`, then each `elif`), and its `else` body. */
export interface IfBranches {
  conditional: { cond: Stmt[]; body: Stmt[] }[];
  orElse: Stmt[];
}

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
  /** `! pipeline`: its status is inverted. */
  negated?: true;
}
