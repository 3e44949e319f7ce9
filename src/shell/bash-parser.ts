/**
 * dlint's bash parser: a recursive-descent port of mvdan.cc/sh's parser (v3.5, LangBash) that builds the small
 * tree dlint reads (shell-ast.ts) directly. Compound commands (`if`, loops, `case`, functions, `time`) become
 * groups of their statements; `[[ ]]`, `(( ))`, `let` and `coproc` are checked for syntax and kept as `Other`.
 * Lists and `&&`/`||`/`|` chains are read in loops; only real nesting recurses.
 *
 * Ported from mvdan.cc/sh: Copyright (c) 2016, Daniel Martí. All rights reserved. @license BSD-3-Clause
 * (the license's full text is in THIRD-PARTY-NOTICES).
 */
import { isDigit, Lexer, paramNameOp, Q, T, tokenText, validName, type PendingHeredoc } from './bash-lexer.js';
import type { Assign, Command, ParamDerivation, Redirect, ShWord, Stmt, WordPart } from './shell-ast.js';

export { ShellSyntaxError } from './bash-lexer.js';

/** Parses a bash script into its statements; throws ShellSyntaxError at the first syntax error. */
export function parseBash(text: string): Stmt[] {
  return parseBashScript(text).statements;
}

/**
 * Parses a bash script into its statements, with the variables it checks for emptiness in a way the tree does not
 * keep: `[[ -n $V ]]`, `[[ -z "$V" ]]`, `${V:?message}` (which stops the script when V is empty), and the word of a
 * `case` whose catch-all item exits with a failure.
 */
export function parseBashScript(text: string): { statements: Stmt[]; emptinessChecked: string[] } {
  const parser = new BashParser(text);
  const statements = parser.file();
  return { statements, emptinessChecked: parser.emptinessChecked };
}

type LitPart = WordPart & { kind: 'Lit' };
type DeclAssign = Assign & { start: number; end: number };

/** An assignment as read: the tree keeps the name and value, the checks need the rest. */
interface ParsedAssign {
  name: string | null;
  nameStart: number;
  nameEnd: number;
  value: WordPart[] | null;
  naked: boolean;
  indexed: boolean;
  array: boolean;
  /** The element words of an array assignment. */
  elements?: ShWord[];
}

const NO_REDIRS = Object.freeze([]) as unknown as Redirect[];

/** What an arithmetic or test expression reader found: nothing, a name (`x`, `a[i]`), a word, or more. */
const enum X {
  none = 0,
  name,
  word,
  other,
}

function isArithAssign(t: T): boolean {
  return t === T.assgn || (t >= T.addAssgn && t <= T.shrAssgn);
}

/** `"fi"` for words that start with a letter, as mvdan's messages quote them. */
function readable(s: string): string {
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122 ? JSON.stringify(s) : s;
}

/** The variable a word is made of, whole (`$V`, `"${V}"`), or null. */
function wholeVariable(parts: WordPart[]): string | null {
  const inner = parts.length === 1 && parts[0]!.kind === 'DblQuoted' ? parts[0]!.parts : parts;
  const only = inner.length === 1 ? inner[0]! : null;
  return only?.kind === 'ParamExp' && only.derived === 'value' ? only.name : null;
}

/** `exit 1`, `echo >&2 bad && exit 2`, `false`: the statement ends the script with a failure status. */
function exitsWithFailure(s: Stmt): boolean {
  const cmd = s.cmd;
  if (!cmd) return false;
  if (cmd.kind === 'Binary') return exitsWithFailure(cmd.y);
  if (cmd.kind === 'Group') return cmd.stmts.some(exitsWithFailure);
  if (cmd.kind !== 'Call') return false;
  const [name, status] = cmd.args.map((a) => (a.parts.length === 1 && a.parts[0]!.kind === 'Lit' ? a.parts[0]!.value : null));
  return name === 'false' || ((name === 'exit' || name === 'return') && status !== undefined && status !== null && /^[1-9]\d*$/.test(status));
}

function wordOf(parts: WordPart[] | null): ShWord | null {
  if (!parts || parts.length === 0) return null;
  return { parts, start: parts[0]!.start, end: parts[parts.length - 1]!.end };
}

/**
 * A redirection that sends standard output to a file: `>`, `>>`, `>|` with no descriptor or 1, `&>`, `&>>`, and
 * `>& file` (bash's `&>`); not another descriptor's (`2> err.log`) nor a duplication (`>&2`, `1>&-`).
 */
function sendsStdoutToFile(op: T, fd: string | null, word: ShWord | null): boolean {
  if (op === T.rdrAll || op === T.appAll) return true;
  if (fd !== null && fd !== '1') return false;
  if (op === T.rdrOut || op === T.appOut || op === T.clbOut) return true;
  const only = word?.parts.length === 1 ? word.parts[0]! : null;
  return op === T.dplOut && !(only?.kind === 'Lit' && /^(\d+-?|-)$/.test(only.value));
}

const TEST_UNARY = new Map<string, T>(Object.entries({
  '!': T.exclMark, '-e': T.tsExists, '-a': T.tsExists, '-f': T.tsRegFile, '-d': T.tsDirect, '-c': T.tsCharSp,
  '-b': T.tsBlckSp, '-p': T.tsNmPipe, '-S': T.tsSocket, '-L': T.tsSmbLink, '-h': T.tsSmbLink, '-k': T.tsSticky,
  '-g': T.tsGIDSet, '-u': T.tsUIDSet, '-G': T.tsGrpOwn, '-O': T.tsUsrOwn, '-N': T.tsModif, '-r': T.tsRead,
  '-w': T.tsWrite, '-x': T.tsExec, '-s': T.tsNoEmpty, '-t': T.tsFdTerm, '-z': T.tsEmpStr, '-n': T.tsNempStr,
  '-o': T.tsOptSet, '-v': T.tsVarSet, '-R': T.tsRefVar,
}));

const TEST_BINARY = new Map<string, T>(Object.entries({
  '=': T.assgn, '==': T.equal, '!=': T.nequal, '=~': T.tsReMatch, '-nt': T.tsNewer, '-ot': T.tsOlder,
  '-ef': T.tsDevIno, '-eq': T.tsEql, '-ne': T.tsNeq, '-le': T.tsLeq, '-ge': T.tsGeq, '-lt': T.tsLss, '-gt': T.tsGtr,
}));

/** Keywords that start a command `coproc` runs without a name. */
const COMPOUND = new Set(['{', 'if', 'while', 'until', 'for', 'case', '[[', 'coproc', 'let', 'function', 'declare', 'local', 'export', 'readonly', 'typeset', 'nameref']);

class BashParser extends Lexer {
  /** Whether the statement just read ended with `;`, `&` or `|&`. */
  private gotEnd = false;
  /** Variables tested for emptiness by `[[ ]]`, `${V:?}` or a failing `case` catch-all (see parseBashScript). */
  readonly emptinessChecked: string[] = [];

  file(): Stmt[] {
    this.rune();
    this.next();
    const stmts = this.stmtList(null);
    // a here-document word right before the end: no newline started its body
    this.doHeredocs();
    return stmts;
  }

  protected lit(pos: number, value: string): LitPart {
    return { kind: 'Lit', value, start: pos, end: this.nextPos() };
  }

  private got(tok: T): boolean {
    if (this.tok === tok) {
      this.next();
      return true;
    }
    return false;
  }

  /** Reads the reserved word `val` if it is next; returns its offset, or -1. */
  private gotRsrv(val: string): number {
    const pos = this.pos;
    if (this.tok === T.LitWord && this.val === val) {
      this.next();
      return pos;
    }
    return -1;
  }

  private followErr(pos: number, left: string, right: string): never {
    this.fail(pos, `${readable(left)} must be followed by ${right}`);
  }

  private follow(lpos: number, left: string, tok: T): void {
    if (!this.got(tok)) this.followErr(lpos, left, tokenText(tok));
  }

  private followRsrv(lpos: number, left: string, val: string): number {
    const pos = this.gotRsrv(val);
    if (pos < 0) this.followErr(lpos, left, JSON.stringify(val));
    return pos;
  }

  private followStmts(left: string, lpos: number, stops: string[]): Stmt[] {
    if (this.got(T.semicolon)) return [];
    const newLine = this.got(T.Newl);
    const stmts = this.stmtList(stops);
    if (stmts.length < 1 && !newLine) this.followErr(lpos, left, 'a statement list');
    return stmts;
  }

  private followWordTok(tok: T, pos: number): WordPart[] {
    const w = this.getWordParts();
    if (!w) this.followErr(pos, tokenText(tok), 'a word');
    return w;
  }

  private stmtEnd(start: number, keyword: string, end: string): number {
    const pos = this.gotRsrv(end);
    if (pos < 0) this.fail(start, `${keyword} statement must end with ${JSON.stringify(end)}`);
    return pos;
  }

  private matchingErr(lpos: number, left: string, right: string): never {
    this.fail(lpos, `reached ${tokenText(this.tok)} without matching ${left} with ${right}`);
  }

  private matched(lpos: number, left: T, right: T): number {
    const pos = this.pos;
    if (!this.got(right)) this.matchingErr(lpos, tokenText(left), tokenText(right));
    return pos;
  }

  private quoteErr(lpos: number, quote: T): never {
    this.fail(lpos, `reached ${tokenText(this.tok)} without closing quote ${tokenText(quote)}`);
  }

  private preNested(quote: Q): number {
    const saved = this.quote | (this.buriedHdocs << 20);
    this.buriedHdocs = this.heredocs.length;
    this.quote = quote;
    return saved;
  }

  private postNested(saved: number): void {
    this.quote = saved & 0xfffff;
    this.buriedHdocs = saved >>> 20;
  }

  private stmtList(stops: string[] | null): Stmt[] {
    const list: Stmt[] = [];
    let gotEnd = true;
    while (this.tok !== T.EOF) {
      const newLine = this.got(T.Newl);
      const tok = this.tok;
      if (tok === T.LitWord) {
        if (stops && stops.includes(this.val)) break;
      } else if (tok === T.rightParen) {
        if (this.quote === Q.subCmd) break;
      } else if (tok === T.bckQuote) {
        if (this.backquoteEnd()) break;
      } else if (tok === T.dblSemicolon || tok === T.semiAnd || tok === T.dblSemiAnd || tok === T.semiOr) {
        if (this.quote === Q.switchCase) break;
        this.curErr(`${tokenText(tok)} can only be used in a case clause`);
      }
      if (!newLine && !gotEnd) this.curErr('statements must be separated by &, ; or a newline');
      if ((this.tok as T) === T.EOF) break;
      const s = this.getStmt(true, false);
      if (!s) this.invalidStmtStart();
      gotEnd = this.gotEnd;
      list.push(s);
    }
    return list;
  }

  private invalidStmtStart(): never {
    const tok = this.tok;
    if (tok === T.semicolon || tok === T.and || tok === T.or || tok === T.andAnd || tok === T.orOr) this.curErr(`${tokenText(tok)} can only immediately follow a statement`);
    if (tok === T.rightParen) this.curErr(`${tokenText(tok)} can only be used to close a subshell`);
    this.curErr(`${tokenText(tok)} is not a valid start for a statement`);
  }

  protected getWordParts(): WordPart[] | null {
    let parts: WordPart[] | null = null;
    for (;;) {
      const p = this.wordPart();
      if (!p) return parts;
      if (parts) parts.push(p);
      else parts = [p];
      if (this.spaced) return parts;
    }
  }

  private ensureNoNested(): void {
    if (this.forbidNested) this.curErr('expansions not allowed in heredoc words');
  }

  private wordPart(): WordPart | null {
    switch (this.tok) {
      case T.Lit:
      case T.LitWord: {
        const l = this.lit(this.pos, this.val);
        this.next();
        return l;
      }
      case T.dollBrace:
        this.ensureNoNested();
        if (this.r === 124 || this.r === 32 || this.r === 9 || this.r === 10) {
          this.curErr(this.r === 124 ? '"${|stmts;}" is a mksh feature' : '"${ stmts;}" is a mksh feature');
        }
        return this.paramExp();
      case T.dollDblParen:
      case T.dollBrack: {
        this.ensureNoNested();
        const bracket = this.tok === T.dollBrack;
        const left = this.pos;
        const old = this.preNested(bracket ? Q.arithmExprBrack : Q.arithmExpr);
        this.next();
        if (this.got(T.hash)) this.fail(left, 'unsigned expressions are a mksh feature');
        this.followArithm(bracket ? T.dollBrack : T.dollDblParen, left);
        let right: number;
        if (bracket) {
          if ((this.tok as T) !== T.rightBrack) this.arithmMatchingErr(left, T.dollBrack, T.rightBrack);
          this.postNested(old);
          right = this.pos;
          this.next();
        } else right = this.arithmEnd(T.dollDblParen, left, old);
        return { kind: 'Other', start: left, end: right + (bracket ? 1 : 2) };
      }
      case T.dollParen: {
        this.ensureNoNested();
        const left = this.pos;
        const old = this.preNested(Q.subCmd);
        this.next();
        const stmts = this.stmtList(null);
        this.postNested(old);
        const right = this.matched(left, T.leftParen, T.rightParen);
        return { kind: 'Subst', stmts, start: left, end: right + 1 };
      }
      case T.dollar:
        return this.shortParam();
      case T.cmdIn:
      case T.cmdOut: {
        this.ensureNoNested();
        const op = this.tok;
        const left = this.pos;
        const old = this.preNested(Q.subCmd);
        this.next();
        const stmts = this.stmtList(null);
        this.postNested(old);
        const right = this.matched(left, op, T.rightParen);
        return { kind: 'Subst', stmts, start: left, end: right + 1 };
      }
      case T.sglQuote:
      case T.dollSglQuote:
        return this.singleQuoted(this.tok === T.dollSglQuote);
      case T.dblQuote:
      case T.dollDblQuote:
        // `"foo$"` puts the `$` in the literal: this is the closing quote
        if (this.quote === Q.dblQuotes) return null;
        return this.dblQuoted();
      case T.bckQuote:
        return this.backquoted();
      case T.globQuest:
      case T.globStar:
      case T.globPlus:
      case T.globAt:
      case T.globExcl:
        return this.extGlob();
      default:
        return null;
    }
  }

  /** `$name`, `$1`, `$?`…; a `$` followed by anything else is a literal. */
  private shortParam(): WordPart {
    const r = this.r;
    if (r === 64 || r === 42 || r === 35 || r === 36 || r === 63 || r === 33 || r === 45 || isDigit(r)) {
      this.tok = T.LitWord;
      this.val = String.fromCharCode(r);
      this.rune();
    } else if ((r >= 97 && r <= 122) || (r >= 65 && r <= 90) || r === 95 || r === 92) {
      this.advanceNameCont(r);
    } else {
      const l = this.lit(this.pos, '$');
      this.next();
      return l;
    }
    this.ensureNoNested();
    const dollar = this.pos;
    const name = this.val;
    const end = this.nextPos();
    this.next();
    if (name === '') {
      // `$\…`: keep the `$` as a literal
      return { kind: 'Lit', value: '$', start: dollar, end: dollar + 1 };
    }
    return { kind: 'ParamExp', name, derived: 'value', word: null, start: dollar, end };
  }

  private backquoted(): WordPart | null {
    if (this.backquoteEnd()) return null;
    this.ensureNoNested();
    const left = this.pos;
    const old = this.preNested(Q.subCmdBckquo);
    this.openBquotes++;
    // the lexer left the backquote unread so that openBquotes counts it
    this.rune();
    this.next();
    const stmts = this.stmtList(null);
    if (this.tok === T.bckQuote && this.lastBquoteEsc < this.openBquotes - 1) {
      // a ` before the nested \` was closed
      this.tok = T.EOF;
      this.quoteErr(left, T.bckQuote);
    }
    this.postNested(old);
    this.openBquotes--;
    const right = this.pos;
    this.rune();
    if (!this.got(T.bckQuote)) this.quoteErr(left, T.bckQuote);
    return { kind: 'Subst', stmts, start: left, end: right + 1 };
  }

  private dblQuoted(): WordPart {
    const left = this.pos;
    const old = this.quote;
    this.quote = Q.dblQuotes;
    this.next();
    const parts = this.getWordParts() ?? [];
    this.quote = old;
    const right = this.pos;
    if (!this.got(T.dblQuote)) this.quoteErr(left, T.dblQuote);
    return { kind: 'DblQuoted', parts, start: left, end: right + 1 };
  }

  private paramExp(): WordPart {
    const dollar = this.pos;
    const old = this.quote;
    this.quote = Q.paramExpName;
    if (this.r === 35) {
      this.tok = T.hash;
      this.pos = this.nextPos();
      this.rune();
    } else this.next();
    let length = false;
    let excl = false;
    switch (this.tok) {
      case T.hash:
        if (paramNameOp(this.r)) {
          length = true;
          this.next();
        }
        break;
      case T.perc:
        this.fail(dollar, '"${%foo}" is a mksh feature');
      case T.exclMark:
        if (paramNameOp(this.r)) {
          excl = true;
          this.next();
        }
        break;
    }
    const op = this.tok;
    let name = '';
    switch (this.tok) {
      case T.Lit:
      case T.LitWord:
        if (!numberLiteral(this.val) && !validName(this.val)) this.curErr('invalid parameter name');
        name = this.val;
        this.next();
        break;
      case T.quest:
      case T.minus:
        if (length && this.r !== 125) {
          // ${#-default}, not ${#-}
          length = false;
          name = '#';
          break;
        }
        name = tokenText(this.tok);
        this.next();
        break;
      case T.at:
      case T.star:
      case T.hash:
      case T.exclMark:
      case T.dollar:
        name = tokenText(this.tok);
        this.next();
        break;
      default:
        this.curErr('parameter expansion requires a literal');
    }
    let indexed = false;
    switch (this.tok as T) {
      case T.Lit:
      case T.LitWord:
        this.curErr(`${tokenText(op)} cannot be followed by a word`);
      case T.rightBrace:
        return this.endParamExp(dollar, old, name, length ? 'number' : excl ? 'other' : 'value', null);
      case T.leftBrack:
        if (!validName(name)) this.curErr('cannot index a special parameter name');
        indexed = true;
        this.eitherIndex();
    }
    if ((this.tok as T) === T.rightBrace) return this.endParamExp(dollar, old, name, excl || indexed ? 'other' : length ? 'number' : 'value', null);
    if ((this.tok as T) !== T.EOF && length) this.curErr('cannot combine multiple parameter expansion operators');
    let derived: ParamDerivation = excl || indexed ? 'other' : 'value';
    let word: WordPart[] | null = null;
    const tok = this.tok as T;
    switch (tok) {
      case T.slash:
      case T.dblSlash:
        // pattern search and replace
        if (derived === 'value') derived = 'or-word';
        this.quote = Q.paramExpRepl;
        this.next();
        this.getWordParts();
        this.quote = Q.paramExpExp;
        if (this.got(T.slash)) word = this.getWordParts();
        break;
      case T.colon: {
        // slicing
        let colonPos = this.pos;
        this.quote = Q.paramExpSlice;
        this.next();
        if ((this.tok as T) !== T.colon) this.followArithm(T.colon, colonPos);
        colonPos = this.pos;
        if (this.got(T.colon)) this.followArithm(T.colon, colonPos);
        this.quote = old;
        const rbrace = this.pos;
        if (!this.got(T.rightBrace)) this.arithmMatchingErr(dollar, T.dollBrace, T.rightBrace);
        return { kind: 'ParamExp', name, derived, word: null, start: dollar, end: rbrace + 1 };
      }
      case T.caret:
      case T.dblCaret:
      case T.comma:
      case T.dblComma:
        word = this.paramExpExp();
        break;
      case T.at:
      case T.star:
        if (tok === T.star && !excl) this.curErr(`not a valid parameter expansion operator: ${tokenText(tok)}`);
        if (excl && this.r === 125) {
          // ${!prefix*}, ${!prefix@}: the names
          derived = 'other';
          this.next();
        } else {
          derived = 'other';
          word = this.paramExpExp();
        }
        break;
      case T.plus:
      case T.colPlus:
      case T.minus:
      case T.colMinus:
      case T.quest:
      case T.colQuest:
      case T.assgn:
      case T.colAssgn:
        if ((tok === T.quest || tok === T.colQuest) && !excl && !indexed) this.emptinessChecked.push(name);
        if (derived === 'value') derived = 'or-word';
        word = this.paramExpExp();
        break;
      case T.perc:
      case T.dblPerc:
      case T.hash:
      case T.dblHash:
        word = this.paramExpExp();
        break;
      case T.EOF:
        break;
      default:
        this.curErr(`not a valid parameter expansion operator: ${tokenText(tok)}`);
    }
    this.quote = old;
    const rbrace = this.pos;
    this.matched(dollar, T.dollBrace, T.rightBrace);
    return { kind: 'ParamExp', name, derived, word: wordOf(word), start: dollar, end: rbrace + 1 };
  }

  private endParamExp(dollar: number, old: Q, name: string, derived: ParamDerivation, word: ShWord | null): WordPart {
    const rbrace = this.pos;
    this.quote = old;
    this.next();
    return { kind: 'ParamExp', name, derived, word, start: dollar, end: rbrace + 1 };
  }

  /** The word after a `${x…}` operator. */
  private paramExpExp(): WordPart[] | null {
    const op = this.tok;
    this.quote = Q.paramExpExp;
    this.next();
    if (op === T.at) {
      if (this.tok !== T.Lit && this.tok !== T.LitWord) this.curErr('@ expansion operator requires a literal');
      switch (this.val) {
        case 'a':
        case 'u':
        case 'A':
        case 'E':
        case 'K':
        case 'L':
        case 'P':
        case 'U':
        case 'Q':
          break;
        case '#':
          this.fail(this.pos, 'this expansion operator is a mksh feature');
        default:
          this.curErr('invalid @ expansion operator');
      }
    }
    return this.getWordParts();
  }

  private eitherIndex(): void {
    const old = this.quote;
    const lpos = this.pos;
    this.quote = Q.arithmExprBrack;
    this.next();
    if (this.tok === T.star || this.tok === T.at) {
      this.val = tokenText(this.tok);
      this.tok = T.LitWord;
    }
    this.followArithm(T.leftBrack, lpos);
    this.quote = old;
    if (!this.got(T.rightBrack)) this.arithmMatchingErr(lpos, T.leftBrack, T.rightBrack);
  }

  private stopToken(): boolean {
    switch (this.tok) {
      case T.EOF:
      case T.Newl:
      case T.semicolon:
      case T.and:
      case T.or:
      case T.andAnd:
      case T.orOr:
      case T.orAnd:
      case T.dblSemicolon:
      case T.semiAnd:
      case T.dblSemiAnd:
      case T.semiOr:
      case T.rightParen:
        return true;
      case T.bckQuote:
        return this.backquoteEnd();
    }
    return false;
  }

  private hasValidIdent(): boolean {
    if (this.tok !== T.Lit && this.tok !== T.LitWord) return false;
    let end = this.eqlOffs;
    if (end > 0) {
      if (this.val.charCodeAt(end - 1) === 43) end--; // a+=x
      if (validName(this.val.slice(0, end))) return true;
    } else if (!validName(this.val)) {
      return false; // *[i]=x
    }
    return this.r === 91; // a[i]=x
  }

  private getAssign(needEqual: boolean): ParsedAssign | null {
    const as: ParsedAssign = { name: null, nameStart: 0, nameEnd: 0, value: null, naked: false, indexed: false, array: false };
    let append = false;
    if (this.eqlOffs > 0) {
      // foo=bar
      let nameEnd = this.eqlOffs;
      if (this.val.charCodeAt(this.eqlOffs - 1) === 43) {
        append = true;
        nameEnd--;
      }
      as.name = this.val.slice(0, nameEnd);
      as.nameStart = this.pos;
      as.nameEnd = this.pos + nameEnd;
      const value = this.val.slice(this.eqlOffs + 1);
      if (value !== '') as.value = [{ kind: 'Lit', value, start: this.pos + 1 + this.eqlOffs, end: this.nextPos() }];
      this.next();
    } else {
      // foo[x]=bar
      as.name = this.val;
      as.nameStart = this.pos;
      as.nameEnd = this.nextPos();
      this.rune();
      this.pos = this.pos + 1;
      as.indexed = true;
      this.eitherIndex();
      if (this.spaced || this.stopToken()) {
        if (needEqual) this.followErr(as.nameStart, 'a[b]', '=');
        as.naked = true;
        return as;
      }
      if (this.val.charCodeAt(0) === 43) {
        append = true;
        this.val = this.val.slice(1);
        this.pos++;
      }
      if (this.val.charCodeAt(0) !== 61) this.followErr(as.nameStart, append ? 'a[b]+' : 'a[b]', '=');
      this.pos++;
      this.val = this.val.slice(1);
      if (this.val === '') this.next();
    }
    if (this.spaced || this.stopToken()) return as;
    if (as.value === null && this.tok === T.leftParen) {
      if (as.indexed) this.curErr('arrays cannot be nested');
      as.array = true;
      as.elements = this.arrayElems();
    } else {
      const w = this.getWordParts();
      if (w) {
        if (as.value === null) as.value = w;
        else as.value.push(...w);
      }
    }
    return as;
  }

  /** `(a b [k]=v)`: the element words (the value of a keyed one). */
  private arrayElems(): ShWord[] {
    const lparen = this.pos;
    const old = this.preNested(Q.arrayElems);
    const elements: ShWord[] = [];
    this.next();
    this.got(T.Newl);
    while (this.tok !== T.EOF && this.tok !== T.rightParen) {
      if (this.tok === T.leftBrack) {
        const left = this.pos;
        this.eitherIndex();
        this.follow(left, '"[x]"', T.assgn);
      }
      const w = wordOf(this.getWordParts());
      if (w) elements.push(w);
      else {
        const tok = this.tok as T;
        if (tok === T.leftParen) this.curErr('arrays cannot be nested');
        if (tok !== T.Newl && tok !== T.rightParen && tok !== T.leftBrack) this.curErr('array element values must be words');
      }
      this.got(T.Newl);
    }
    this.postNested(old);
    this.matched(lparen, T.leftParen, T.rightParen);
    return elements;
  }

  private peekRedir(): boolean {
    const t = this.tok;
    return (t >= T.rdrOut && t <= T.appAll) || t === T.LitRedir;
  }

  private doRedirect(s: Stmt): void {
    const at = this.pos;
    let fd: string | null = null;
    if (this.tok === T.Lit || this.tok === T.LitWord || this.tok === T.LitRedir) {
      fd = this.val;
      this.next(); // the fd (`2>`, `{fd}>`)
    }
    const op = this.tok;
    const opPos = this.pos;
    const redirect: Redirect = { word: null, hdoc: null, stdout: false };
    if (s.redirs === NO_REDIRS) s.redirs = [];
    s.redirs.push(redirect);
    this.next();
    if (op === T.hdoc || op === T.dashHdoc) {
      const old = this.quote;
      this.quote = Q.hdocWord;
      this.forbidNested = true;
      const pending: PendingHeredoc = { redirect, dash: op === T.dashHdoc, word: [], at };
      this.heredocs.push(pending);
      pending.word = this.followWordTok(op, opPos);
      redirect.word = wordOf(pending.word);
      this.quote = old;
      this.forbidNested = false;
      if (this.tok === T.Newl) this.doHeredocs();
    } else {
      redirect.word = wordOf(this.followWordTok(op, opPos));
      redirect.stdout = sendsStdoutToFile(op, fd, redirect.word);
    }
  }

  private newStmt(pos: number): Stmt {
    return { cmd: null, redirs: NO_REDIRS, background: false, start: pos, end: pos };
  }

  /** The statement's end: its command's, or its last redirection's if later. */
  private finish(s: Stmt): Stmt {
    let end = s.cmd ? s.cmd.end : s.start;
    for (const r of s.redirs) end = Math.max(end, r.word?.end ?? s.start);
    s.end = end;
    return s;
  }

  private getStmt(readEnd: boolean, binCmd: boolean): Stmt | null {
    let pos = this.gotRsrv('!');
    const negated = pos >= 0;
    if (!negated) pos = this.pos;
    if (negated) {
      if (this.stopToken()) this.fail(pos, '"!" cannot form a statement alone');
      if (this.gotRsrv('!') >= 0) this.fail(pos, 'cannot negate a command multiple times');
    }
    let s = this.gotStmtPipe(this.newStmt(pos), false, negated);
    if (!s) return null;
    if (negated) s.negated = true;
    while (this.tok === T.andAnd || this.tok === T.orOr) {
      if (binCmd) return s; // left-associative: the right side is one pipeline
      const op = this.tok;
      const opPos = this.pos;
      this.next();
      this.got(T.Newl);
      const y = this.getStmt(false, true);
      if (!y) this.followErr(opPos, tokenText(op), 'a statement');
      const wrapped = this.newStmt(s.start);
      wrapped.cmd = { kind: 'Binary', op, x: s, y, start: s.start, end: y.end };
      s = this.finish(wrapped);
    }
    if (readEnd) {
      this.gotEnd = false;
      const tok = this.tok as T;
      if (tok === T.semicolon || tok === T.and || tok === T.orAnd) {
        this.gotEnd = true;
        this.next();
        if (tok === T.and) s.background = true;
      }
    }
    return s;
  }

  private gotStmtPipe(s: Stmt, binCmd: boolean, negated: boolean): Stmt | null {
    if (this.tok === T.bckQuote && this.backquoteEnd()) return null;
    switch (this.tok as T) {
      case T.LitWord:
        this.keywordStmt(s, negated);
        break;
      case T.rdrOut:
      case T.appOut:
      case T.rdrIn:
      case T.dplIn:
      case T.dplOut:
      case T.clbOut:
      case T.rdrInOut:
      case T.hdoc:
      case T.dashHdoc:
      case T.wordHdoc:
      case T.rdrAll:
      case T.appAll:
      case T.LitRedir:
        this.doRedirect(s);
        this.callExpr(s, null, false);
        break;
      case T.bckQuote:
      case T.Lit:
      case T.dollBrace:
      case T.dollDblParen:
      case T.dollParen:
      case T.dollar:
      case T.cmdIn:
      case T.cmdOut:
      case T.sglQuote:
      case T.dollSglQuote:
      case T.dblQuote:
      case T.dollDblQuote:
      case T.dollBrack:
      case T.globQuest:
      case T.globStar:
      case T.globPlus:
      case T.globAt:
      case T.globExcl: {
        if (this.hasValidIdent()) {
          this.callExpr(s, null, true);
          break;
        }
        const w = this.getWordParts() ?? [];
        if (this.got(T.leftParen)) this.fail(w[0]?.start ?? this.pos, 'invalid func name');
        this.callExpr(s, w, false);
        break;
      }
      case T.leftParen: {
        const lparen = this.pos;
        const old = this.preNested(Q.subCmd);
        this.next();
        const stmts = this.stmtList(null);
        this.postNested(old);
        const rparen = this.matched(lparen, T.leftParen, T.rightParen);
        s.cmd = { kind: 'Group', stmts, start: lparen, end: rparen + 1, subshell: true };
        break;
      }
      case T.dblLeftParen: {
        const left = this.pos;
        const old = this.preNested(Q.arithmExprCmd);
        this.next();
        if (this.got(T.hash)) this.fail(left, 'unsigned expressions are a mksh feature');
        this.followArithm(T.dblLeftParen, left);
        this.arithmEnd(T.dblLeftParen, left, old);
        s.cmd = OTHER;
        break;
      }
      default:
        if (s.redirs.length === 0) return null;
    }
    while (this.peekRedir()) this.doRedirect(s);
    this.finish(s);
    while (this.tok === T.or || this.tok === T.orAnd) {
      if (binCmd) return s; // left-associative: the right side is one command
      const op = this.tok;
      const opPos = this.pos;
      this.next();
      this.got(T.Newl);
      const y = this.gotStmtPipe(this.newStmt(this.pos), true, false);
      if (!y) this.followErr(opPos, tokenText(op), 'a statement');
      const wrapped = this.newStmt(s.start);
      wrapped.cmd = { kind: 'Binary', op, x: s, y, start: s.start, end: y.end };
      s = this.finish(wrapped);
    }
    return s;
  }

  /** A statement starting with a plain word: a keyword, an assignment, a function or a command. */
  private keywordStmt(s: Stmt, negated: boolean): void {
    switch (this.val) {
      case '{': {
        const lbrace = this.pos;
        this.next();
        const stmts = this.stmtList(['}']);
        const rbrace = this.gotRsrv('}');
        if (rbrace < 0) this.matchingErr(lbrace, '{', '}');
        s.cmd = { kind: 'Group', stmts, start: lbrace, end: rbrace + 1, subshell: false };
        return;
      }
      case 'if':
        s.cmd = this.ifClause();
        return;
      case 'while':
      case 'until':
        s.cmd = this.whileClause(this.val);
        return;
      case 'for':
        s.cmd = this.forClause();
        return;
      case 'case':
        s.cmd = this.caseClause();
        return;
      case '}':
        this.curErr('"}" can only be used to close a block');
      case 'then':
      case 'elif':
        this.curErr(`${JSON.stringify(this.val)} can only be used in an if`);
      case 'fi':
        this.curErr('"fi" can only be used to end an if');
      case 'do':
        this.curErr('"do" can only be used in a loop');
      case 'done':
        this.curErr('"done" can only be used to end a loop');
      case 'esac':
        this.curErr('"esac" can only be used to end a case');
      case '!':
        if (!negated) this.curErr('"!" can only be used in full statements');
        break;
      case '[[':
        this.testClause();
        s.cmd = OTHER;
        return;
      case ']]':
        this.curErr('"]]" can only be used to close a test');
      case 'let':
        this.letClause();
        s.cmd = OTHER;
        return;
      case 'function':
        s.cmd = this.bashFuncDecl();
        return;
      case 'declare':
      case 'local':
      case 'export':
      case 'readonly':
      case 'typeset':
      case 'nameref':
        s.cmd = this.declClause();
        return;
      case 'time':
        s.cmd = this.timeClause();
        return;
      case 'coproc':
        this.coprocClause();
        s.cmd = OTHER;
        return;
      case 'select':
        s.cmd = this.selectClause();
        return;
    }
    if (this.hasValidIdent()) {
      this.callExpr(s, null, true);
      return;
    }
    const name = this.lit(this.pos, this.val);
    this.next();
    if (this.got(T.leftParen)) {
      this.follow(name.start, 'foo(', T.rightParen);
      s.cmd = this.funcDecl(name.start);
    } else this.callExpr(s, [name], false);
  }

  private ifClause(): Command {
    const start = this.pos;
    const conditional: { cond: Stmt[]; body: Stmt[] }[] = [];
    this.next();
    const cond = this.followStmts('if', start, ['then']);
    const thenPos = this.followRsrv(start, 'if <cond>', 'then');
    conditional.push({ cond, body: this.followStmts('then', thenPos, ['fi', 'elif', 'else']) });
    while (this.tok === T.LitWord && this.val === 'elif') {
      const elif = this.pos;
      this.next();
      const elifCond = this.followStmts('elif', elif, ['then']);
      const then = this.followRsrv(elif, 'elif <cond>', 'then');
      conditional.push({ cond: elifCond, body: this.followStmts('then', then, ['fi', 'elif', 'else']) });
    }
    const elsePos = this.gotRsrv('else');
    const orElse = elsePos >= 0 ? this.followStmts('else', elsePos, ['fi']) : [];
    const fi = this.stmtEnd(start, 'if', 'fi');
    const all = [...conditional.flatMap((b) => [...b.cond, ...b.body]), ...orElse];
    return { kind: 'Group', stmts: all, start, end: fi + 2, subshell: false, branches: { conditional, orElse } };
  }

  private whileClause(keyword: string): Command {
    const start = this.pos;
    this.next();
    const cond = this.followStmts(keyword, start, ['do']);
    const doPos = this.followRsrv(start, `${keyword} <cond>`, 'do');
    const body = this.followStmts('do', doPos, ['done']);
    const done = this.stmtEnd(start, keyword, 'done');
    return { kind: 'Group', stmts: [...cond, ...body], start, end: done + 4, subshell: false, joined: true };
  }

  private forClause(): Command {
    const start = this.pos;
    this.next();
    const loop = this.loop(start);
    let open = 'do';
    let close = 'done';
    let doPos = this.gotRsrv('{');
    if (doPos >= 0) {
      open = '{';
      close = '}';
    } else doPos = this.followRsrv(start, 'for foo [in words]', 'do');
    const body = this.followStmts(open, doPos, [close]);
    const done = this.stmtEnd(start, 'for', close);
    const group = { kind: 'Group', stmts: body, start, end: done + 4, subshell: false } as Command & { kind: 'Group' };
    if (loop) group.loop = loop;
    return group;
  }

  /** `NAME in WORDS` (returned) or `((init; cond; post))` (null). */
  private loop(fpos: number): { name: string; items: ShWord[] } | null {
    if (this.tok !== T.dblLeftParen) return this.wordIter('for', fpos);
    const lparen = this.pos;
    const old = this.preNested(Q.arithmExprCmd);
    this.next();
    this.arithmExpr(false);
    if (!this.got(T.dblSemicolon)) {
      this.follow(this.pos, 'expr', T.semicolon);
      this.arithmExpr(false);
      this.follow(this.pos, 'expr', T.semicolon);
    }
    this.arithmExpr(false);
    this.arithmEnd(T.dblLeftParen, lparen, old);
    this.got(T.semicolon);
    this.got(T.Newl);
    return null;
  }

  private wordIter(keyword: string, fpos: number): { name: string; items: ShWord[] } {
    let name = '';
    if (this.tok === T.Lit || this.tok === T.LitWord || this.tok === T.LitRedir) {
      name = this.val;
      this.next();
    } else this.followErr(fpos, keyword, 'a literal');
    const items: ShWord[] = [];
    if (this.got(T.semicolon)) {
      this.got(T.Newl);
      return { name, items };
    }
    this.got(T.Newl);
    if (this.gotRsrv('in') >= 0) {
      while (!this.stopToken()) {
        const w = wordOf(this.getWordParts());
        if (!w) this.curErr('word list can only contain words');
        items.push(w);
      }
      this.got(T.semicolon);
      this.got(T.Newl);
    } else if (!(this.tok === T.LitWord && this.val === 'do')) {
      this.followErr(fpos, `${keyword} foo`, '"in", "do", ;, or a newline');
    }
    return { name, items };
  }

  private selectClause(): Command {
    const start = this.pos;
    this.next();
    const loop = this.wordIter('select', start);
    const doPos = this.followRsrv(start, 'select foo [in words]', 'do');
    const body = this.followStmts('do', doPos, ['done']);
    const done = this.stmtEnd(start, 'select', 'done');
    return { kind: 'Group', stmts: body, start, end: done + 4, subshell: false, loop };
  }

  private caseClause(): Command {
    const start = this.pos;
    this.next();
    const word = wordOf(this.getWordParts());
    if (!word) this.followErr(start, 'case', 'a word');
    this.got(T.Newl);
    if (this.gotRsrv('{') >= 0) this.fail(start, '"case i {" is a mksh feature');
    this.followRsrv(start, 'case x', 'in');
    const items = this.caseItems('esac');
    const esac = this.stmtEnd(start, 'case', 'esac');
    // `case "$arch" in … *) exit 1 ;; esac`: an empty value stops the script.
    const checked = items.fallbackFails ? wholeVariable(word!.parts) : null;
    if (checked) this.emptinessChecked.push(checked);
    return { kind: 'Group', stmts: items.stmts, start, end: esac + 4, subshell: false, joined: true };
  }

  /** The items' statements, and whether a catch-all item (`*)`) ends in `exit` with a failure status. */
  private caseItems(stop: string): { stmts: Stmt[]; fallbackFails: boolean } {
    const all: Stmt[] = [];
    let fallbackFails = false;
    this.got(T.Newl);
    while (this.tok !== T.EOF && !(this.tok === T.LitWord && this.val === stop)) {
      this.got(T.leftParen);
      let catchAll = false;
      while ((this.tok as T) !== T.EOF) {
        const pattern = this.getWordParts();
        if (!pattern) this.curErr('case patterns must consist of words');
        if (pattern?.length === 1 && pattern[0]!.kind === 'Lit' && pattern[0]!.value === '*') catchAll = true;
        if (this.tok === T.rightParen) break;
        if (!this.got(T.or)) this.curErr('case patterns must be separated with |');
      }
      const old = this.preNested(Q.switchCase);
      this.next();
      const stmts = this.stmtList([stop]);
      if (catchAll && stmts.some(exitsWithFailure)) fallbackFails = true;
      all.push(...stmts);
      this.postNested(old);
      const tok = this.tok as T;
      if (tok !== T.dblSemicolon && tok !== T.semiAnd && tok !== T.dblSemiAnd && tok !== T.semiOr) return { stmts: all, fallbackFails };
      this.next();
      this.got(T.Newl);
    }
    return { stmts: all, fallbackFails };
  }

  private testClause(): void {
    const left = this.pos;
    const old = this.preNested(Q.testExpr);
    this.next();
    if (this.gotRsrv(']]') >= 0 || this.tok === T.EOF) this.fail(left, 'test clause requires at least one expression');
    if (this.testExpr(false) === X.none) this.followErr(left, '[[', 'an expression');
    if (this.gotRsrv(']]') < 0) this.matchingErr(left, '[[', ']]');
    this.postNested(old);
  }

  private testExpr(pastAndOr: boolean): X {
    this.got(T.Newl);
    const left = pastAndOr ? this.testExprBase() : this.testExpr(true);
    if (left === X.none) return left;
    this.got(T.Newl);
    switch (this.tok) {
      case T.andAnd:
      case T.orOr:
      case T.rdrIn:
      case T.rdrOut:
        break;
      case T.LitWord:
        if (this.val === ']]') return left;
        this.tok = TEST_BINARY.get(this.val) ?? T.illegal;
        if (this.tok === T.illegal) this.curErr(`not a valid test operator: ${this.val}`);
        break;
      case T.EOF:
      case T.rightParen:
        return left;
      case T.Lit:
        this.curErr('test operator words must consist of a single literal');
      default:
        this.curErr(`not a valid test operator: ${tokenText(this.tok)}`);
    }
    const op = this.tok;
    const opPos = this.pos;
    const oldQuote = this.quote;
    if (op === T.andAnd || op === T.orOr) {
      this.next();
      if (this.testExpr(false) === X.none) this.followErr(opPos, tokenText(op), 'an expression');
    } else {
      if (op === T.tsReMatch) {
        this.rxOpenParens = 0;
        this.rxFirstPart = true;
        this.quote = Q.testExprRegexp;
      }
      if (left !== X.word) this.fail(opPos, 'expected &&, || or ]] after complex expr');
      this.next();
      this.followWordTok(op, opPos);
    }
    this.quote = oldQuote;
    return X.other;
  }

  private testExprBase(): X {
    const tok = this.tok;
    if (tok === T.EOF || tok === T.rightParen) return X.none;
    if (tok === T.LitWord) {
      const op = TEST_UNARY.get(this.val);
      if (op !== undefined) this.tok = op;
    }
    const t = this.tok as T;
    if (t === T.exclMark) {
      const opPos = this.pos;
      this.next();
      if (this.testExpr(false) === X.none) this.followErr(opPos, '!', 'an expression');
      return X.other;
    }
    if (t >= T.tsExists && t <= T.tsRefVar) {
      const opPos = this.pos;
      this.next();
      const operand = this.followWordTok(t, opPos);
      if (t === T.tsEmpStr || t === T.tsNempStr) {
        const name = wholeVariable(operand);
        if (name) this.emptinessChecked.push(name);
      }
      return X.other;
    }
    if (t === T.leftParen) {
      const lparen = this.pos;
      this.next();
      if (this.testExpr(false) === X.none) this.followErr(lparen, '(', 'an expression');
      this.matched(lparen, T.leftParen, T.rightParen);
      return X.other;
    }
    if (t === T.LitWord && this.val === ']]') return X.none;
    return this.getWordParts() ? X.word : X.none;
  }

  private declClause(): Command {
    const variant = this.lit(this.pos, this.val);
    this.next();
    const assigns: DeclAssign[] = [];
    while (!this.stopToken() && !this.peekRedir()) {
      let a: ParsedAssign;
      if (this.hasValidIdent()) {
        a = this.getAssign(false)!;
      } else if (this.eqlOffs > 0) {
        this.curErr('invalid var name');
      } else if (this.tok === T.LitWord && validName(this.val)) {
        a = { name: this.val, nameStart: this.pos, nameEnd: this.nextPos(), value: null, naked: true, indexed: false, array: false };
        this.next();
      } else {
        const w = this.getWordParts();
        if (!w) this.followErr(this.pos, variant.value, 'names or assignments');
        a = { name: null, nameStart: 0, nameEnd: 0, value: w, naked: true, indexed: false, array: false };
      }
      const value = wordOf(a.value);
      const start = a.name === null ? (value?.start ?? variant.end) : a.nameStart;
      const end = value?.end ?? (a.name === null ? start : a.nameEnd + (a.naked ? 0 : 1));
      assigns.push({ name: a.name, value, ...(a.elements ? { elements: a.elements } : {}), start, end });
    }
    return {
      kind: 'Decl',
      variant: { value: variant.value, start: variant.start, end: variant.end },
      assigns,
      start: variant.start,
      end: assigns.length ? assigns[assigns.length - 1]!.end : variant.end,
    };
  }

  private timeClause(): Command {
    const start = this.pos;
    this.next();
    this.gotRsrv('-p');
    const inner = this.gotStmtPipe(this.newStmt(this.pos), false, false);
    return { kind: 'Group', stmts: inner ? [inner] : [], start, end: inner ? inner.end : start + 4, subshell: false };
  }

  private coprocClause(): void {
    const start = this.pos;
    this.next();
    if (this.tok === T.leftParen || this.tok === T.dblLeftParen || (this.tok === T.LitWord && COMPOUND.has(this.val))) {
      // no name
      this.gotStmtPipe(this.newStmt(this.pos), false, false);
      return;
    }
    const name = this.getWordParts();
    const stmt = this.gotStmtPipe(this.newStmt(this.pos), false, false);
    if (!stmt && !name) this.fail(start, 'coproc clause requires a command');
  }

  private letClause(): void {
    const start = this.pos;
    const old = this.preNested(Q.arithmExprLet);
    this.next();
    let count = 0;
    while (!this.stopToken() && !this.peekRedir()) {
      if (this.arithmExpr(true) === X.none) break;
      count++;
    }
    if (count === 0) this.followErr(start, 'let', 'an expression');
    this.postNested(old);
  }

  private bashFuncDecl(): Command {
    const fpos = this.pos;
    this.next();
    if (this.tok !== T.LitWord) this.followErr(fpos, 'function', 'a name');
    const nameStart = this.pos;
    this.next();
    if (this.got(T.leftParen)) this.follow(nameStart, 'foo(', T.rightParen);
    return this.funcDecl(fpos);
  }

  private funcDecl(start: number): Command {
    this.got(T.Newl);
    const body = this.getStmt(false, false);
    if (!body) this.followErr(start, 'foo()', 'a statement');
    return { kind: 'Group', stmts: [body], start, end: body.end, subshell: false };
  }

  private callExpr(s: Stmt, first: WordPart[] | null, assign: boolean): void {
    const assigns: ParsedAssign[] = [];
    const args: ShWord[] = [];
    if (first) {
      const w = wordOf(first);
      if (w) args.push(w);
    }
    if (assign) assigns.push(this.getAssign(true)!);
    loop: for (;;) {
      if (this.tok === T.bckQuote && this.backquoteEnd()) break;
      switch (this.tok as T) {
        case T.EOF:
        case T.Newl:
        case T.semicolon:
        case T.and:
        case T.or:
        case T.andAnd:
        case T.orOr:
        case T.orAnd:
        case T.dblSemicolon:
        case T.semiAnd:
        case T.dblSemiAnd:
        case T.semiOr:
          break loop;
        case T.LitWord:
          if (args.length === 0 && this.hasValidIdent()) {
            assigns.push(this.getAssign(true)!);
            break;
          }
          args.push(wordOf([this.lit(this.pos, this.val)])!);
          this.next();
          break;
        case T.Lit:
          if (args.length === 0 && this.hasValidIdent()) {
            assigns.push(this.getAssign(true)!);
            break;
          }
          {
            const w = wordOf(this.getWordParts());
            if (w) args.push(w);
          }
          break;
        case T.bckQuote:
        case T.dollBrace:
        case T.dollDblParen:
        case T.dollParen:
        case T.dollar:
        case T.cmdIn:
        case T.cmdOut:
        case T.sglQuote:
        case T.dollSglQuote:
        case T.dblQuote:
        case T.dollDblQuote:
        case T.dollBrack:
        case T.globQuest:
        case T.globStar:
        case T.globPlus:
        case T.globAt:
        case T.globExcl: {
          const w = wordOf(this.getWordParts());
          if (w) args.push(w);
          break;
        }
        case T.rdrOut:
        case T.appOut:
        case T.rdrIn:
        case T.dplIn:
        case T.dplOut:
        case T.clbOut:
        case T.rdrInOut:
        case T.hdoc:
        case T.dashHdoc:
        case T.wordHdoc:
        case T.rdrAll:
        case T.appAll:
        case T.LitRedir:
          this.doRedirect(s);
          break;
        case T.dblLeftParen:
          this.curErr(`${tokenText(this.tok)} can only be used to open an arithmetic cmd`);
        case T.rightParen:
          if (this.quote === Q.subCmd) break loop;
          this.curErr(`a command can only contain words and redirects; encountered ${tokenText(this.tok)}`);
        default:
          this.curErr(`a command can only contain words and redirects; encountered ${tokenText(this.tok)}`);
      }
    }
    if (assigns.length === 0 && args.length === 0) return;
    if (args.length) {
      for (const a of assigns) if (a.indexed || a.array) this.fail(a.nameStart, 'inline variables cannot be arrays');
    }
    const first0 = assigns[0];
    const start = first0 ? first0.nameStart : args[0]!.start;
    const values = assigns.map((a): Assign => ({ name: a.name, value: wordOf(a.value), ...(a.elements ? { elements: a.elements } : {}) }));
    const end = args.length ? args[args.length - 1]!.end : (values[values.length - 1]!.value?.end ?? start);
    s.cmd = { kind: 'Call', assigns: values, args, start, end };
  }

  // Arithmetic: checked as mvdan.cc/sh reads it, nothing kept.

  private arithmExpr(compact: boolean): X {
    return this.arithmBinary(compact, 0);
  }

  /** Left-associative binary operators by precedence level (comma first); assignment and `?:` sit between. */
  private arithmBinary(compact: boolean, level: number): X {
    let value = this.arithmLevel(compact, level + 1);
    for (;;) {
      const ops = ARITH_LEVELS[level]!;
      if (!ops.includes(this.tok) || (compact && this.spaced)) return value;
      if (value === X.none) this.curErr(`${tokenText(this.tok)} must follow an expression`);
      const pos = this.pos;
      const op = this.tok;
      this.nextArithOp(compact);
      if (this.arithmLevel(compact, level + 1) === X.none) this.followErr(pos, tokenText(op), 'an expression');
      value = X.other;
    }
  }

  private arithmLevel(compact: boolean, level: number): X {
    if (level === ASSIGN_LEVEL) return this.arithmAssign(compact);
    if (level === TERNARY_LEVEL) return this.arithmTernary(compact);
    if (level === POWER_LEVEL) return this.arithmPower(compact);
    return this.arithmBinary(compact, level);
  }

  private arithmAssign(compact: boolean): X {
    const value = this.arithmTernary(compact);
    if (!isArithAssign(this.tok)) return value;
    if (compact && this.spaced) return value;
    if (value !== X.name) this.curErr(`${tokenText(this.tok)} must follow a name`);
    const pos = this.pos;
    const tok = this.tok;
    this.nextArithOp(compact);
    if (this.arithmAssign(compact) === X.none) this.followErr(pos, tokenText(tok), 'an expression');
    return X.other;
  }

  private arithmTernary(compact: boolean): X {
    const value = this.arithmBinary(compact, TERNARY_LEVEL + 1);
    if (this.tok !== T.quest || (compact && this.spaced)) return value;
    if (value === X.none) this.curErr(`${tokenText(this.tok)} must follow an expression`);
    const questPos = this.pos;
    this.nextArithOp(compact);
    if ((this.tok as T) === T.colon) this.followErr(questPos, '?', 'an expression');
    if (this.arithmExpr(compact) === X.none) this.followErr(questPos, '?', 'an expression');
    if ((this.tok as T) !== T.colon) this.fail(questPos, 'ternary operator missing : after ?');
    const colonPos = this.pos;
    this.nextArithOp(compact);
    if (this.arithmTernary(compact) === X.none) this.followErr(colonPos, ':', 'an expression');
    return X.other;
  }

  private arithmPower(compact: boolean): X {
    const value = this.arithmUnary(compact);
    if (this.tok !== T.power || (compact && this.spaced)) return value;
    if (value === X.none) this.curErr(`${tokenText(this.tok)} must follow an expression`);
    const pos = this.pos;
    this.nextArithOp(compact);
    if (this.arithmPower(compact) === X.none) this.followErr(pos, '**', 'an expression');
    return X.other;
  }

  private arithmUnary(compact: boolean): X {
    if (!compact) this.got(T.Newl);
    const tok = this.tok;
    if (tok === T.exclMark || tok === T.tilde || tok === T.plus || tok === T.minus) {
      const pos = this.pos;
      this.nextArithOp(compact);
      if (this.arithmUnary(compact) === X.none) this.followErr(pos, tokenText(tok), 'an expression');
      return X.other;
    }
    return this.arithmValue(compact);
  }

  private arithmValue(compact: boolean): X {
    let x: X;
    switch (this.tok) {
      case T.addAdd:
      case T.subSub: {
        const pos = this.pos;
        const op = this.tok;
        this.nextArith(compact);
        if ((this.tok as T) !== T.LitWord) this.followErr(pos, tokenText(op), 'a literal');
        this.arithmValue(compact);
        return X.other;
      }
      case T.leftParen: {
        const lparen = this.pos;
        this.nextArithOp(compact);
        this.followArithm(T.leftParen, lparen);
        this.matched(lparen, T.leftParen, T.rightParen);
        x = X.other;
        break;
      }
      case T.leftBrack:
        this.curErr('[ must follow a name');
      case T.colon:
        this.curErr('ternary operator missing ? before :');
      case T.LitWord: {
        const value = this.val;
        this.next();
        if ((this.tok as T) !== T.leftBrack) {
          x = validName(value) ? X.name : X.word;
          break;
        }
        this.eitherIndex();
        x = X.name;
        break;
      }
      default: {
        if (this.tok === T.bckQuote && this.quote === Q.arithmExprLet && this.openBquotes > 0) return X.none;
        const w = this.getWordParts();
        if (!w) return X.none;
        x = w.length === 1 && w[0]!.kind === 'Lit' && validName(w[0]!.value) ? X.name : X.word;
      }
    }
    if (compact && this.spaced) return x;
    if (!compact) this.got(T.Newl);
    const after = this.tok as T;
    if (after === T.addAdd || after === T.subSub) {
      if (x !== X.name) this.curErr(`${tokenText(this.tok)} must follow a name`);
      this.nextArith(compact);
      return X.other;
    }
    return x;
  }

  /** Reads a token; true when `let`'s compact form ends at a blank. */
  private nextArith(compact: boolean): boolean {
    this.next();
    if (compact && this.spaced) return true;
    if (!compact) this.got(T.Newl);
    return false;
  }

  private nextArithOp(compact: boolean): void {
    const pos = this.pos;
    const tok = this.tok;
    if (this.nextArith(compact)) this.followErr(pos, tokenText(tok), 'an expression');
  }

  private followArithm(ftok: T, fpos: number): void {
    if (this.arithmExpr(false) === X.none) this.followErr(fpos, tokenText(ftok), 'an expression');
  }

  private arithmMatchingErr(pos: number, left: T, right: T): never {
    switch (this.tok) {
      case T.Lit:
      case T.LitWord:
        this.curErr(`not a valid arithmetic operator: ${this.val}`);
      case T.leftBrack:
        this.curErr('[ must follow a name');
      case T.colon:
        this.curErr('ternary operator missing ? before :');
      case T.rightParen:
      case T.EOF:
        this.matchingErr(pos, tokenText(left), tokenText(right));
      default:
        if (this.quote === Q.arithmExpr) this.curErr(`not a valid arithmetic operator: ${tokenText(this.tok)}`);
        this.matchingErr(pos, tokenText(left), tokenText(right));
    }
  }

  /** `))` closing `$((` or `((`. */
  private arithmEnd(ltok: T, lpos: number, old: number): number {
    if (!(this.tok === T.rightParen && this.r === 41)) this.arithmMatchingErr(lpos, ltok, T.dblRightParen);
    this.rune();
    this.postNested(old);
    const pos = this.pos;
    this.next();
    return pos;
  }
}

/** `[[ ]]`, `(( ))`, `let` and `coproc`: checked, not kept. */
const OTHER: Command = Object.freeze({ kind: 'Other', start: 0, end: 0 }) as Command;

/** Binary arithmetic operators by level, as bash's expr.c ranks them; the marked levels are read by their own functions. */
const ARITH_LEVELS: T[][] = [
  [T.comma],
  [], // assignment
  [], // ternary
  [T.orOr],
  [T.andAnd],
  [T.or],
  [T.caret],
  [T.and],
  [T.equal, T.nequal],
  [T.rdrIn, T.rdrOut, T.lequal, T.gequal],
  [T.hdoc, T.appOut],
  [T.plus, T.minus],
  [T.star, T.slash, T.perc],
  [], // power
];
const ASSIGN_LEVEL = 1;
const TERNARY_LEVEL = 2;
const POWER_LEVEL = 13;

function numberLiteral(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}
