/**
 * The tokenizer of dlint's bash parser: a port of mvdan.cc/sh's lexer (v3.5, the parser behind shfmt), whose
 * trees and error messages dlint was built on. It reads the script's char codes one at a time and keeps one token
 * of state (`tok`, `val`, `pos`); which characters end a literal depends on the quoting state the parser sets.
 * Offsets are UTF-16 indexes into the script.
 *
 * Ported from mvdan.cc/sh: Copyright (c) 2016, Daniel Martí. All rights reserved. @license BSD-3-Clause
 * (the license's full text is in THIRD-PARTY-NOTICES).
 */
import type { Redirect, WordPart } from './shell-ast.js';

/** Token kinds, numbered as mvdan.cc/sh numbers them (the tree keeps `&&` … `|&` and the `${x-y}` operators). */
export const enum T {
  illegal = 0, EOF, Newl, Lit, LitWord, LitRedir,
  sglQuote, dblQuote, bckQuote,
  and, andAnd, orOr, or, orAnd,
  dollar, dollSglQuote, dollDblQuote, dollBrace, dollBrack, dollParen, dollDblParen,
  leftBrack, dblLeftBrack, leftParen, dblLeftParen,
  rightBrace, rightBrack, rightParen, dblRightParen, semicolon,
  dblSemicolon, semiAnd, dblSemiAnd, semiOr,
  exclMark, tilde, addAdd, subSub, star, power, equal, nequal, lequal, gequal,
  addAssgn, subAssgn, mulAssgn, quoAssgn, remAssgn, andAssgn, orAssgn, xorAssgn, shlAssgn, shrAssgn,
  rdrOut, appOut, rdrIn, rdrInOut, dplIn, dplOut, clbOut, hdoc, dashHdoc, wordHdoc, rdrAll, appAll,
  cmdIn, cmdOut,
  plus, colPlus, minus, colMinus, quest, colQuest, assgn, colAssgn, perc, dblPerc, hash, dblHash,
  caret, dblCaret, comma, dblComma, at, slash, dblSlash, colon,
  tsExists, tsRegFile, tsDirect, tsCharSp, tsBlckSp, tsNmPipe, tsSocket, tsSmbLink, tsSticky, tsGIDSet,
  tsUIDSet, tsGrpOwn, tsUsrOwn, tsModif, tsRead, tsWrite, tsExec, tsNoEmpty, tsFdTerm, tsEmpStr, tsNempStr,
  tsOptSet, tsVarSet, tsRefVar,
  tsReMatch, tsNewer, tsOlder, tsDevIno, tsEql, tsNeq, tsLeq, tsGeq, tsLss, tsGtr,
  globQuest, globStar, globPlus, globAt, globExcl,
}

/** How error messages name each token. */
const TOKEN_TEXT = (
  'illegalTok EOF Newl Lit LitWord LitRedir \' " ` & && || | |& $ $\' $" ${ $[ $( $(( [ [[ ( (( } ] ) )) ; ;; ;& ;;& ;| ' +
  '! ~ ++ -- * ** == != <= >= += -= *= /= %= &= |= ^= <<= >>= > >> < <> <& >& >| << <<- <<< &> &>> <( >( ' +
  '+ :+ - :- ? :? = := % %% # ## ^ ^^ , ,, @ / // : ' +
  '-e -f -d -c -b -p -S -L -k -g -u -G -O -N -r -w -x -s -t -z -n -o -v -R =~ -nt -ot -ef -eq -ne -le -ge -lt -gt ' +
  '?( *( +( @( !('
).split(' ');

export function tokenText(t: number): string {
  return TOKEN_TEXT[t] ?? 'illegalTok';
}

/** Lexer states (mvdan's quoteState): what the characters being read are part of. */
export const enum Q {
  none = 1 << 0, subCmd = 1 << 1, subCmdBckquo = 1 << 2, dblQuotes = 1 << 3, hdocWord = 1 << 4, hdocBody = 1 << 5,
  hdocBodyTabs = 1 << 6, arithmExpr = 1 << 7, arithmExprLet = 1 << 8, arithmExprCmd = 1 << 9, arithmExprBrack = 1 << 10,
  testExpr = 1 << 11, testExprRegexp = 1 << 12, switchCase = 1 << 13, paramExpName = 1 << 14, paramExpSlice = 1 << 15,
  paramExpRepl = 1 << 16, paramExpExp = 1 << 17, arrayElems = 1 << 18,
  allKeepSpaces = paramExpRepl | dblQuotes | hdocBody | hdocBodyTabs | paramExpExp,
  allRegTokens = none | subCmd | subCmdBckquo | hdocWord | switchCase | arrayElems | testExpr,
  allArithmExpr = arithmExpr | arithmExprLet | arithmExprCmd | arithmExprBrack | paramExpSlice,
  allParamReg = paramExpName | paramExpSlice,
  allParamExp = allParamReg | paramExpRepl | paramExpExp | arithmExprBrack,
}

/** The character after the end of the script. */
const EOF = -1;
/** A backslash-newline, read as one character (a line continuation). */
const ESC_NEWL = -2;

/** A syntax error: the message and the UTF-16 offset it points at. */
export class ShellSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** A here-document whose body starts after the next newline. */
export interface PendingHeredoc {
  redirect: Redirect;
  dash: boolean;
  word: WordPart[];
  /** Where the redirection starts, for the unclosed-body error. */
  at: number;
}

export function validName(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(isLetter(c) || c === 95 || (i > 0 && isDigit(c)))) return false;
  }
  return true;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Characters that start a parameter expansion's name after `${#` or `${!`. */
export function paramNameOp(c: number): boolean {
  return !(c === 125 || c === 58 || c === 43 || c === 61 || c === 37 || c === 91 || c === 93 || c === 47 || c === 94 || c === 44);
}

function paramOp(c: number): boolean {
  // } # ! : - + = ? % [ ] / ^ , @ *
  return c === 125 || c === 35 || c === 33 || c === 58 || c === 45 || c === 43 || c === 61 || c === 63 || c === 37 ||
    c === 91 || c === 93 || c === 47 || c === 94 || c === 44 || c === 64 || c === 42;
}

function arithmOp(c: number): boolean {
  // + - ! ~ * / % ( ) ^ < > : = , ? | & [ ] #
  return c === 43 || c === 45 || c === 33 || c === 126 || c === 42 || c === 47 || c === 37 || c === 40 || c === 41 ||
    c === 94 || c === 60 || c === 62 || c === 58 || c === 61 || c === 44 || c === 63 || c === 124 || c === 38 ||
    c === 91 || c === 93 || c === 35;
}

function regOp(c: number): boolean {
  // ; " ' ( ) $ | & > < `
  return c === 59 || c === 34 || c === 39 || c === 40 || c === 41 || c === 36 || c === 124 || c === 38 || c === 62 || c === 60 || c === 96;
}

export abstract class Lexer {
  protected readonly src: string;
  protected readonly len: number;
  /** Index of the character after `r`. */
  protected bsp = 0;
  /** The next character (a char code, EOF or ESC_NEWL) and how many code units it spans. */
  protected r = 0;
  protected w = 0;
  protected tok: T = T.illegal;
  protected val = '';
  protected pos = 0;
  /** Whether blanks precede the current token. */
  protected spaced = false;
  protected quote: Q = Q.none;
  /** Index of the first `=` in the literal `val`, or -1. */
  protected eqlOffs = 0;
  protected heredocs: PendingHeredoc[] = [];
  protected buriedHdocs = 0;
  protected readonly hdocStops: (string | null)[] = [];
  protected forbidNested = false;
  protected openBquotes = 0;
  /** How many times the last backquote was escaped. */
  protected lastBquoteEsc = 0;
  /** openBquotes while inside single quotes. */
  protected buriedBquotes = 0;
  protected rxOpenParens = 0;
  protected rxFirstPart = false;

  // The literal being read: `litParts` + src[litSeg, end). Characters the reader drops (line continuations,
  // backslashes removed inside backquotes, NUL) end a segment.
  private litOn = false;
  private litParts = '';
  private litSeg = 0;

  constructor(src: string) {
    this.src = src;
    this.len = src.length;
  }

  protected abstract getWordParts(): WordPart[] | null;
  protected abstract lit(pos: number, value: string): WordPart & { kind: 'Lit' };

  protected fail(pos: number, message: string): never {
    throw new ShellSyntaxError(message, pos);
  }

  protected curErr(message: string): never {
    this.fail(this.pos, message);
  }

  /** Offset of `r`. */
  protected nextPos(): number {
    return this.bsp - this.w;
  }

  private cut(from: number, to: number): void {
    if (!this.litOn) return;
    this.litParts += this.src.slice(this.litSeg, from);
    this.litSeg = to;
  }

  protected rune(): number {
    let bquotes = 0;
    for (;;) {
      const i = this.bsp;
      if (i >= this.len) {
        if (this.r !== EOF) {
          this.bsp = this.len + 1;
          this.r = EOF;
          this.w = 1;
        }
        return EOF;
      }
      const b = this.src.charCodeAt(i);
      this.bsp = i + 1;
      if (b === 0) {
        // NUL bytes are ignored, as bash does.
        this.cut(i, i + 1);
        continue;
      }
      if (b === 92) {
        if (this.r === 92) {
          // an escaped backslash escapes nothing
        } else if (i + 1 < this.len && this.src.charCodeAt(i + 1) === 10) {
          this.bsp = i + 2;
          this.cut(i, i + 2);
          // as in mvdan.cc/sh, a continuation's offset is that of its line break
          this.w = 1;
          return (this.r = ESC_NEWL);
        } else if (i + 2 < this.len && this.src.charCodeAt(i + 1) === 13 && this.src.charCodeAt(i + 2) === 10) {
          this.bsp = i + 3;
          this.cut(i, i + 3);
          this.w = 2;
          return (this.r = ESC_NEWL);
        }
        if (this.openBquotes > 0 && bquotes < this.openBquotes && i + 1 < this.len) {
          const n = this.src.charCodeAt(i + 1);
          if (n === 36 || n === 96 || n === 92) {
            bquotes++;
            this.cut(i, i + 1);
            continue;
          }
        }
      }
      if (b === 96) this.lastBquoteEsc = bquotes;
      this.w = 1;
      return (this.r = b);
    }
  }

  protected peekByte(c: number): boolean {
    return this.bsp < this.len && this.src.charCodeAt(this.bsp) === c;
  }

  protected newLit(r: number): void {
    this.litOn = true;
    this.litParts = '';
    this.litSeg = r === ESC_NEWL ? this.bsp : r === EOF ? this.len : this.bsp - this.w;
  }

  /** Length of the literal read so far, `r` included. */
  private litBsLen(): number {
    return this.litParts.length + Math.min(this.bsp, this.len) - this.litSeg;
  }

  /** The literal read so far from index `from`, `r` included. */
  private litBsFrom(from: number): string {
    const end = Math.min(this.bsp, this.len);
    if (from >= this.litParts.length) return this.src.slice(this.litSeg + from - this.litParts.length, end);
    return (this.litParts + this.src.slice(this.litSeg, end)).slice(from);
  }

  /** Appends text the reader dropped (a line continuation kept in quotes and comments). */
  private appendLit(s: string): void {
    const end = Math.min(this.bsp, this.len);
    this.litParts += this.src.slice(this.litSeg, end) + s;
    this.litSeg = end;
  }

  /** Ends the literal before `r`. */
  protected endLit(): string {
    const end = Math.min(this.bsp, this.len) - (this.r >= 0 ? 1 : 0);
    const s = this.litParts.length ? this.litParts + this.src.slice(this.litSeg, Math.max(end, this.litSeg)) : this.src.slice(this.litSeg, end);
    this.litOn = false;
    this.litParts = '';
    return s;
  }

  protected backquoteEnd(): boolean {
    return this.lastBquoteEsc < this.openBquotes;
  }

  private nextKeepSpaces(): void {
    let r = this.r;
    if (this.quote !== Q.hdocBody && this.quote !== Q.hdocBodyTabs) {
      while (r === ESC_NEWL) r = this.rune();
    }
    this.pos = this.nextPos();
    switch (this.quote) {
      case Q.paramExpRepl:
        if (r === 125 || r === 47) this.tok = this.paramToken(r);
        else if (r === 96 || r === 34 || r === 36 || r === 39) this.tok = this.regToken(r);
        else this.advanceLitOther(r);
        break;
      case Q.dblQuotes:
        if (r === 96 || r === 34 || r === 36) this.tok = this.dqToken(r);
        else this.advanceLitDquote(r);
        break;
      case Q.hdocBody:
      case Q.hdocBodyTabs:
        if (r === 96 || r === 36) this.tok = this.dqToken(r);
        else this.advanceLitHdoc(r);
        break;
      default: // paramExpExp
        if (r === 125) this.tok = this.paramToken(r);
        else if (r === 96 || r === 34 || r === 36 || r === 39) this.tok = this.regToken(r);
        else this.advanceLitOther(r);
    }
  }

  protected next(): void {
    if (this.r === EOF) {
      this.tok = T.EOF;
      return;
    }
    this.spaced = false;
    if (this.quote & Q.allKeepSpaces) {
      this.nextKeepSpaces();
      return;
    }
    let r = this.r;
    while (r === ESC_NEWL) r = this.rune();
    for (;;) {
      if (r === EOF) {
        this.tok = T.EOF;
        return;
      } else if (r === ESC_NEWL) {
        r = this.rune();
      } else if (r === 32 || r === 9 || r === 13) {
        this.spaced = true;
        r = this.rune();
      } else if (r === 10) {
        if (this.tok === T.Newl) {
          // consecutive newlines are one token
          r = this.rune();
          continue;
        }
        this.spaced = true;
        this.tok = T.Newl;
        if (this.quote !== Q.hdocWord && this.heredocs.length > this.buriedHdocs) this.doHeredocs();
        return;
      } else break;
    }
    this.pos = this.nextPos();
    for (;;) {
      const q = this.quote;
      if (q & Q.allRegTokens) {
        if (regOp(r)) this.tok = this.regToken(r);
        else if (r === 35) {
          this.comment();
          return;
        } else if (r === 91 || r === 61) {
          if (q === Q.arrayElems) this.tok = this.paramToken(r);
          else this.advanceLitNone(r);
        } else if ((r === 63 || r === 42 || r === 43 || r === 64 || r === 33) && this.tokenizeGlob()) {
          this.tok = r === 63 ? T.globQuest : r === 42 ? T.globStar : r === 43 ? T.globPlus : r === 64 ? T.globAt : T.globExcl;
          this.rune();
          this.rune();
        } else this.advanceLitNone(r);
      } else if (q & Q.allArithmExpr && arithmOp(r)) {
        this.tok = this.arithmToken(r);
      } else if (q & Q.allParamExp && paramOp(r)) {
        this.tok = this.paramToken(r);
      } else if (q === Q.testExprRegexp) {
        if (!this.rxFirstPart && this.spaced) {
          this.quote = Q.none;
          continue;
        }
        this.rxFirstPart = false;
        if (r === 59 || r === 34 || r === 39 || r === 36 || r === 38 || r === 62 || r === 60 || r === 96) this.tok = this.regToken(r);
        else if (r === 41 && this.rxOpenParens <= 0) {
          this.tok = T.rightParen;
          this.quote = Q.none;
          this.rune();
        } else this.advanceLitRe(r);
      } else if (regOp(r)) {
        this.tok = this.regToken(r);
      } else this.advanceLitOther(r);
      return;
    }
  }

  /** `# …` up to the end of the line (or a closing backquote); comments are not kept. */
  private comment(): void {
    let r = this.rune();
    for (;;) {
      if (r === 10 || r === EOF || r === ESC_NEWL) break;
      if (r === 96 && this.backquoteEnd()) break;
      r = this.rune();
    }
    this.litOn = false;
    this.next();
  }

  /** `@(…)` and friends are extended globs unless it looks like a function (`foo@()`). */
  private tokenizeGlob(): boolean {
    if (this.val === 'function') return false;
    if (this.src.startsWith('()', this.bsp)) return false;
    return this.peekByte(40);
  }

  protected regToken(r: number): T {
    switch (r) {
      case 39:
        if (this.openBquotes > 0) {
          this.buriedBquotes = this.openBquotes;
          this.openBquotes = 0;
        }
        this.rune();
        return T.sglQuote;
      case 34:
        this.rune();
        return T.dblQuote;
      case 96:
        // not consumed: the parser first counts open backquotes, which decide how backslashes read
        return T.bckQuote;
      case 38:
        switch (this.rune()) {
          case 38:
            this.rune();
            return T.andAnd;
          case 62:
            if (this.rune() === 62) {
              this.rune();
              return T.appAll;
            }
            return T.rdrAll;
        }
        return T.and;
      case 124:
        switch (this.rune()) {
          case 124:
            this.rune();
            return T.orOr;
          case 38:
            this.rune();
            return T.orAnd;
        }
        return T.or;
      case 36:
        switch (this.rune()) {
          case 39:
            this.rune();
            return T.dollSglQuote;
          case 34:
            this.rune();
            return T.dollDblQuote;
          case 123:
            this.rune();
            return T.dollBrace;
          case 91:
            if (this.quote === Q.paramExpName) break; // ${$[@]} is not $[
            this.rune();
            return T.dollBrack;
          case 40:
            if (this.rune() === 40) {
              this.rune();
              return T.dollDblParen;
            }
            return T.dollParen;
        }
        return T.dollar;
      case 40:
        if (this.rune() === 40 && this.quote !== Q.testExpr) {
          this.rune();
          return T.dblLeftParen;
        }
        return T.leftParen;
      case 41:
        this.rune();
        return T.rightParen;
      case 59:
        switch (this.rune()) {
          case 59:
            if (this.rune() === 38) {
              this.rune();
              return T.dblSemiAnd;
            }
            return T.dblSemicolon;
          case 38:
            this.rune();
            return T.semiAnd;
        }
        return T.semicolon;
      case 60:
        switch (this.rune()) {
          case 60: {
            const n = this.rune();
            if (n === 45) {
              this.rune();
              return T.dashHdoc;
            } else if (n === 60) {
              this.rune();
              return T.wordHdoc;
            }
            return T.hdoc;
          }
          case 62:
            this.rune();
            return T.rdrInOut;
          case 38:
            this.rune();
            return T.dplIn;
          case 40:
            this.rune();
            return T.cmdIn;
        }
        return T.rdrIn;
      default: // >
        switch (this.rune()) {
          case 62:
            this.rune();
            return T.appOut;
          case 38:
            this.rune();
            return T.dplOut;
          case 124:
            this.rune();
            return T.clbOut;
          case 40:
            this.rune();
            return T.cmdOut;
        }
        return T.rdrOut;
    }
  }

  protected dqToken(r: number): T {
    if (r === 34) {
      this.rune();
      return T.dblQuote;
    }
    if (r === 96) return T.bckQuote;
    switch (this.rune()) {
      case 123:
        this.rune();
        return T.dollBrace;
      case 91:
        this.rune();
        return T.dollBrack;
      case 40:
        if (this.rune() === 40) {
          this.rune();
          return T.dollDblParen;
        }
        return T.dollParen;
    }
    return T.dollar;
  }

  protected paramToken(r: number): T {
    switch (r) {
      case 125:
        this.rune();
        return T.rightBrace;
      case 58:
        switch (this.rune()) {
          case 43:
            this.rune();
            return T.colPlus;
          case 45:
            this.rune();
            return T.colMinus;
          case 63:
            this.rune();
            return T.colQuest;
          case 61:
            this.rune();
            return T.colAssgn;
        }
        return T.colon;
      case 43:
        this.rune();
        return T.plus;
      case 45:
        this.rune();
        return T.minus;
      case 63:
        this.rune();
        return T.quest;
      case 61:
        this.rune();
        return T.assgn;
      case 37:
        if (this.rune() === 37) {
          this.rune();
          return T.dblPerc;
        }
        return T.perc;
      case 35:
        if (this.rune() === 35) {
          this.rune();
          return T.dblHash;
        }
        return T.hash;
      case 33:
        this.rune();
        return T.exclMark;
      case 91:
        this.rune();
        return T.leftBrack;
      case 93:
        this.rune();
        return T.rightBrack;
      case 47:
        if (this.rune() === 47 && this.quote !== Q.paramExpRepl) {
          this.rune();
          return T.dblSlash;
        }
        return T.slash;
      case 94:
        if (this.rune() === 94) {
          this.rune();
          return T.dblCaret;
        }
        return T.caret;
      case 44:
        if (this.rune() === 44) {
          this.rune();
          return T.dblComma;
        }
        return T.comma;
      case 64:
        this.rune();
        return T.at;
      default: // *
        this.rune();
        return T.star;
    }
  }

  private arithmToken(r: number): T {
    /** `op` alone, or `op2` when the next character is `c2`, or `op3` when it is `c3`. */
    const pick = (op: T, c2: number, op2: T, c3 = -3, op3: T = T.illegal): T => {
      const n = this.rune();
      if (n === c2) {
        this.rune();
        return op2;
      }
      if (n === c3) {
        this.rune();
        return op3;
      }
      return op;
    };
    switch (r) {
      case 33:
        return pick(T.exclMark, 61, T.nequal);
      case 61:
        return pick(T.assgn, 61, T.equal);
      case 126:
        this.rune();
        return T.tilde;
      case 40:
        this.rune();
        return T.leftParen;
      case 41:
        this.rune();
        return T.rightParen;
      case 38:
        return pick(T.and, 38, T.andAnd, 61, T.andAssgn);
      case 124:
        return pick(T.or, 124, T.orOr, 61, T.orAssgn);
      case 60:
        switch (this.rune()) {
          case 60:
            if (this.rune() === 61) {
              this.rune();
              return T.shlAssgn;
            }
            return T.hdoc;
          case 61:
            this.rune();
            return T.lequal;
        }
        return T.rdrIn;
      case 62:
        switch (this.rune()) {
          case 62:
            if (this.rune() === 61) {
              this.rune();
              return T.shrAssgn;
            }
            return T.appOut;
          case 61:
            this.rune();
            return T.gequal;
        }
        return T.rdrOut;
      case 43:
        return pick(T.plus, 43, T.addAdd, 61, T.addAssgn);
      case 45:
        return pick(T.minus, 45, T.subSub, 61, T.subAssgn);
      case 37:
        return pick(T.perc, 61, T.remAssgn);
      case 42:
        return pick(T.star, 42, T.power, 61, T.mulAssgn);
      case 47:
        return pick(T.slash, 61, T.quoAssgn);
      case 94:
        return pick(T.caret, 61, T.xorAssgn);
      case 91:
        this.rune();
        return T.leftBrack;
      case 93:
        this.rune();
        return T.rightBrack;
      case 44:
        this.rune();
        return T.comma;
      case 63:
        this.rune();
        return T.quest;
      case 58:
        this.rune();
        return T.colon;
      default: // #
        this.rune();
        return T.hash;
    }
  }

  /** `{n}` or digits before `>`/`<`: the literal names a file descriptor. */
  private isLitRedir(): boolean {
    const s = this.litBsFrom(0);
    const lit = s.slice(0, s.length - 1);
    if (lit.charCodeAt(0) === 123 && lit.charCodeAt(lit.length - 1) === 125) return validName(lit.slice(1, -1));
    for (let i = 0; i < lit.length; i++) if (!isDigit(lit.charCodeAt(i))) return false;
    return true;
  }

  protected advanceNameCont(r: number): void {
    for (this.newLit(r); r !== EOF; r = this.rune()) {
      if (!(isLetter(r) || r === 95 || isDigit(r) || r === ESC_NEWL)) break;
    }
    this.tok = T.LitWord;
    this.val = this.endLit();
  }

  protected advanceLitOther(r: number): void {
    let tok = T.LitWord;
    const q = this.quote;
    loop: for (this.newLit(r); r !== EOF; r = this.rune()) {
      switch (r) {
        case 92: // an escaped character follows
          this.rune();
          break;
        case 39:
        case 34:
        case 96:
        case 36:
          tok = T.Lit;
          break loop;
        case 125:
          if (q & Q.allParamExp) break loop;
          break;
        case 47:
          if (q !== Q.paramExpExp) break loop;
          break;
        case 58:
        case 61:
        case 37:
        case 94:
        case 44:
        case 63:
        case 33:
        case 126:
        case 42:
          if (q & Q.allArithmExpr || q === Q.paramExpName) break loop;
          break;
        case 91:
        case 93:
          if (q & Q.allArithmExpr) break loop;
          if (q & Q.allParamReg) break loop;
          break;
        case 35:
        case 64:
          if (q & Q.allParamReg) break loop;
          break;
        case 43:
        case 45:
        case 32:
        case 9:
        case 59:
        case 38:
        case 62:
        case 60:
        case 124:
        case 40:
        case 41:
        case 10:
        case 13:
          if (!(q & Q.allKeepSpaces)) break loop;
          break;
      }
    }
    this.tok = tok;
    this.val = this.endLit();
  }

  protected advanceLitNone(r: number): void {
    this.eqlOffs = -1;
    let tok = T.LitWord;
    loop: for (this.newLit(r); r !== EOF; r = this.rune()) {
      switch (r) {
        case 32:
        case 9:
        case 10:
        case 13:
        case 38:
        case 124:
        case 59:
        case 40:
        case 41:
          break loop;
        case 92:
          this.rune();
          break;
        case 62:
        case 60:
          if (this.peekByte(40)) tok = T.Lit;
          else if (this.isLitRedir()) tok = T.LitRedir;
          break loop;
        case 96:
          if (this.quote !== Q.subCmdBckquo) tok = T.Lit;
          break loop;
        case 34:
        case 39:
        case 36:
          tok = T.Lit;
          break loop;
        case 63:
        case 42:
        case 43:
        case 64:
        case 33:
          if (this.tokenizeGlob()) {
            tok = T.Lit;
            break loop;
          }
          break;
        case 61:
          if (this.eqlOffs < 0) this.eqlOffs = this.litBsLen() - 1;
          break;
        case 91:
          if (this.litBsLen() > 1 && this.litBsFrom(0).charCodeAt(0) !== 91) {
            tok = T.Lit;
            break loop;
          }
          break;
      }
    }
    this.tok = tok;
    this.val = this.endLit();
  }

  private advanceLitDquote(r: number): void {
    let tok = T.LitWord;
    for (this.newLit(r); r !== EOF; r = this.rune()) {
      if (r === 34) break;
      if (r === 92) this.rune();
      else if (r === ESC_NEWL || r === 96 || r === 36) {
        tok = T.Lit;
        break;
      }
    }
    this.tok = tok;
    this.val = this.endLit();
  }

  private advanceLitHdoc(r: number): void {
    // After a line continuation, the line cannot end the here-document.
    let lastTok = this.tok;
    while (r === ESC_NEWL) {
      r = this.rune();
      lastTok = T.Lit;
    }
    this.pos = this.nextPos();
    this.tok = T.Lit;
    this.newLit(r);
    if (this.quote === Q.hdocBodyTabs) while (r === 9) r = this.rune();
    let lStart = this.litBsLen() - 1;
    const stop = this.hdocStops[this.hdocStops.length - 1] ?? null;
    for (; ; r = this.rune()) {
      if (r === ESC_NEWL || r === 36) {
        this.val = this.endLit();
        return;
      }
      if (r === 92) {
        this.rune();
        continue;
      }
      if (r === 96 && !this.backquoteEnd()) {
        this.val = this.endLit();
        return;
      }
      if (r === 96 || r === 10 || r === EOF) {
        if (lStart === 0 && lastTok === T.Lit) {
          // the line follows a line continuation
        } else if (lStart >= 0) {
          let line = this.litBsFrom(lStart);
          if (r !== EOF && line.length > 0) line = line.slice(0, -1);
          if (line === (stop ?? '')) {
            this.tok = T.LitWord;
            this.val = this.endLit().slice(0, lStart);
            if (this.val === '') this.tok = T.Newl;
            this.hdocStops[this.hdocStops.length - 1] = null;
            return;
          }
        }
        if (r !== 10) return; // an unexpected end or closing backquote
        if (this.quote === Q.hdocBodyTabs) while (this.peekByte(9)) this.rune();
        lStart = this.litBsLen();
      }
    }
  }

  /** The body of a here-document with a quoted delimiter: one literal, nothing expanded. */
  protected quotedHdocWord(): WordPart[] | null {
    let r = this.r;
    this.newLit(r);
    const pos = this.nextPos();
    const stop = this.hdocStops[this.hdocStops.length - 1] ?? '';
    for (; ; r = this.rune()) {
      if (r === EOF) return null;
      if (this.quote === Q.hdocBodyTabs) while (r === 9) r = this.rune();
      const lStart = this.litBsLen() - 1;
      for (;;) {
        if (r === EOF || r === 10) break;
        if (r === 96 && this.backquoteEnd()) break;
        if (r === ESC_NEWL) {
          this.appendLit('\\\n');
          break;
        }
        r = this.rune();
      }
      if (lStart < 0) continue;
      let line = this.litBsFrom(lStart);
      if (r !== EOF && line.length > 0) line = line.slice(0, -1);
      if (line === stop) {
        this.hdocStops[this.hdocStops.length - 1] = null;
        const val = this.endLit().slice(0, lStart);
        if (val === '') return null;
        return [this.lit(pos, val)];
      }
    }
  }

  protected advanceLitRe(r: number): void {
    for (this.newLit(r); ; r = this.rune()) {
      switch (r) {
        case 92:
          this.rune();
          break;
        case 40:
          this.rxOpenParens++;
          break;
        case 41:
          if (--this.rxOpenParens < 0) {
            this.tok = T.LitWord;
            this.val = this.endLit();
            this.quote = Q.none;
            return;
          }
          break;
        case 32:
        case 9:
        case 13:
        case 10:
        case 59:
        case 38:
        case 62:
        case 60:
          if (this.rxOpenParens <= 0) {
            this.tok = T.LitWord;
            this.val = this.endLit();
            this.quote = Q.none;
            return;
          }
          break;
        case 34:
        case 39:
        case 36:
        case 96:
          this.tok = T.Lit;
          this.val = this.endLit();
          return;
        case EOF:
          this.tok = T.LitWord;
          this.val = this.endLit();
          this.quote = Q.none;
          return;
      }
    }
  }

  /** Single-quoted text: `'…'`, or `$'…'` where a backslash escapes the next character. */
  protected singleQuoted(dollar: boolean): WordPart {
    const left = this.pos;
    let r = this.r;
    for (this.newLit(r); ; r = this.rune()) {
      if (r === 92) {
        if (dollar) this.rune();
      } else if (r === 39) {
        const right = this.nextPos();
        const value = this.endLit();
        this.openBquotes = this.buriedBquotes;
        this.buriedBquotes = 0;
        this.rune();
        this.next();
        return { kind: 'SglQuoted', value, start: left, end: right + 1 };
      } else if (r === ESC_NEWL) {
        this.appendLit('\\\n');
      } else if (r === EOF) {
        this.tok = T.EOF;
        this.fail(left, `reached EOF without closing quote '`);
      }
    }
  }

  /** `@(…)`, `!(…)`…: an extended glob, up to its matching `)`. */
  protected extGlob(): WordPart {
    const op = this.tok;
    const start = this.pos;
    let lparens = 1;
    let r = this.r;
    for (this.newLit(r); r !== EOF; r = this.rune()) {
      if (r === 40) lparens++;
      else if (r === 41 && --lparens === 0) break;
    }
    this.endLit();
    const end = this.nextPos() + 1;
    this.rune();
    this.next();
    if (lparens !== 0) this.fail(start, `reached ${tokenText(this.tok)} without matching ${tokenText(op)} with )`);
    return { kind: 'Other', start, end };
  }

  /** The bodies of the here-documents started on the line just ended. */
  protected doHeredocs(): void {
    const hdocs = this.heredocs.slice(this.buriedHdocs);
    if (hdocs.length === 0) return;
    this.rune(); // the newline
    const old = this.quote;
    this.heredocs.length = this.buriedHdocs;
    for (let i = 0; i < hdocs.length; i++) {
      const h = hdocs[i]!;
      this.quote = h.dash ? Q.hdocBodyTabs : Q.hdocBody;
      const [stop, quoted] = unquotedWord(h.word);
      // an empty delimiter is no delimiter: mvdan.cc/sh never reports such a body unclosed
      this.hdocStops.push(stop === '' ? null : stop);
      if (i > 0 && this.r === 10) this.rune();
      let lastEnd = this.nextPos();
      let parts: WordPart[] | null;
      if (quoted) parts = this.quotedHdocWord();
      else {
        this.next();
        parts = this.getWordParts();
      }
      if (parts) lastEnd = parts[parts.length - 1]!.end;
      // mvdan.cc/sh adds an empty literal when the body ends on an earlier line than the reader
      const nl = this.src.indexOf('\n', lastEnd);
      if (nl >= 0 && nl < this.nextPos()) {
        const l = this.lit(this.nextPos(), '');
        if (parts) parts.push(l);
        else parts = [l];
      }
      if (this.hdocStops[this.hdocStops.length - 1] !== null) this.fail(h.at, `unclosed here-document '${stop}'`);
      this.hdocStops.pop();
      if (parts) h.redirect.hdoc = { parts, start: parts[0]!.start, end: parts[parts.length - 1]!.end };
    }
    this.quote = old;
  }
}

/** The delimiter of a here-document word after quote removal, and whether it had quotes. */
function unquotedWord(parts: WordPart[]): [string, boolean] {
  let out = '';
  let quoted = false;
  const part = (p: WordPart, inQuotes: boolean): void => {
    if (p.kind === 'Lit') {
      const v = p.value;
      for (let i = 0; i < v.length; i++) {
        if (v.charCodeAt(i) === 92 && !inQuotes) {
          if (++i < v.length) out += v[i];
          quoted = true;
        } else out += v[i];
      }
    } else if (p.kind === 'SglQuoted') {
      out += p.value;
      quoted = true;
    } else if (p.kind === 'DblQuoted') {
      for (const q of p.parts) part(q, true);
      quoted = true;
    }
  };
  for (const p of parts) part(p, false);
  return [out, quoted];
}
