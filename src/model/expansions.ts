/** Facts about the text of instructions: build-variable references, heredocs, blank continuation lines, directives. */
import type { Heredoc, Instruction as AstInstruction } from 'dockerfile-ast';
import { joinContinuations } from './run-script.js';
import { type LineIndex, type MappedSource, mappedSlice, spanOf } from '../shell/source-map.js';
import type { Range } from '../types.js';
import { toRange } from './ast-range.js';
import { orEmpty } from './empty.js';
import { Property } from './property.js';
import type { Comment, CopyOperands, Directive, HeredocInfo, Instruction, KeyValue, PathArg, Token, VariableUse } from './types.js';
import type { Scope } from './words.js';
import { processWord } from './words.js';

export interface TextContext {
  text: string;
  lines: LineIndex;
  escapeChar: string;
}

/** Instructions whose arguments BuildKit expands (`SupportsSingleWordExpansion`). */
const EXPANDED_ARGS = new Set(['ENV', 'LABEL', 'ARG', 'COPY', 'ADD', 'WORKDIR', 'USER', 'VOLUME', 'STOPSIGNAL']);
/** Flags whose values BuildKit expands. */
const EXPANDED_FLAGS: Record<string, readonly string[]> = {
  COPY: ['chown', 'chmod'],
  ADD: ['chown', 'chmod', 'checksum'],
  RUN: ['mount'],
  FROM: ['platform'],
};

function uses(source: MappedSource, ctx: TextContext): VariableUse[] {
  const word = processWord(source.text, new Map(), { escapeChar: ctx.escapeChar });
  return word.variables.map((v) => {
    const start = source.offsetAt(v.start) ?? 0;
    const end = (source.offsetAt(v.end - 1) ?? start) + 1;
    return { name: v.name, modifier: v.modifier, nested: v.nested, range: ctx.lines.offsetRange(start, end) };
  });
}

function slice(range: Range, ctx: TextContext): MappedSource {
  return mappedSlice(ctx.text, ctx.lines.offset(range.start), ctx.lines.offset(range.end));
}

/** The variable references BuildKit expands in `ins` (see `Instruction.expansions`). */
export function expansionsOf(ins: Instruction, imageRange: Range | null, ctx: TextContext): VariableUse[] {
  const out: VariableUse[] = [];
  for (const f of ins.flags) {
    if (f.valueRange && EXPANDED_FLAGS[ins.keyword]?.includes(f.name.toLowerCase())) out.push(...uses(slice(f.valueRange, ctx), ctx));
  }
  if (ins.keyword === 'FROM' && imageRange) out.push(...uses(slice(imageRange, ctx), ctx));
  if (EXPANDED_ARGS.has(ins.keyword) && ins.argsRange) {
    const start = ctx.lines.offset(ins.argsRange.start);
    // Continuations joined as BuildKit does; for heredoc instructions only the instruction's own line(s).
    const end = ctx.lines.offset(ins.range.end);
    out.push(...uses(joinContinuations(ctx.text, start, end, ctx.escapeChar), ctx));
  }
  return out;
}

const WORD_ARGS = new Set(['EXPOSE', 'VOLUME', 'STOPSIGNAL']);
const LINE_ARG = new Set(['WORKDIR', 'USER']);

/** See `Instruction.words`. */
export function wordsOf(ins: Instruction, args: readonly Token[], scope: Scope, ctx: TextContext): PathArg[] {
  const word = (raw: string, range: Range): PathArg => {
    const w = processWord(raw, scope, { escapeChar: ctx.escapeChar });
    return { raw, value: w.unresolved.length ? null : w.value, range };
  };
  if (LINE_ARG.has(ins.keyword) && ins.argsRange) return [word(ins.argsText.trim(), ins.argsRange)];
  if (!WORD_ARGS.has(ins.keyword)) return [];
  return ins.json ? ins.json.map((t) => word(t.value, t.range)) : args.map((t) => word(sourceOf(t, ctx), t.range));
}

/** A word as written: dockerfile-ast's value has already undone some escapes (`\\` → `\`) but not others. */
function sourceOf(t: Token, ctx: TextContext): string {
  return joinContinuations(ctx.text, ctx.lines.offset(t.range.start), ctx.lines.offset(t.range.end), ctx.escapeChar).text;
}

/** COPY/ADD operands: the words of the instruction's own line(s) (JSON or not), heredoc bodies left out. */
export function copyOperands(ins: Instruction, args: readonly Token[], scope: Scope, ctx: TextContext): CopyOperands | null {
  if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') return null;
  let words: Token[] = ins.json ?? [];
  if (!ins.json && ins.argsRange) {
    const start = ctx.lines.offset(ins.argsRange.start);
    const joined = joinContinuations(ctx.text, start, ctx.lines.offset(ins.range.end), ctx.escapeChar);
    const lastOffset = joined.offsetAt(joined.length - 1) ?? start;
    words = args.filter((t) => ctx.lines.offset(t.range.start) <= lastOffset);
  }
  const toPath = (t: Token): PathArg => {
    const raw = ins.json ? t.value : sourceOf(t, ctx);
    const w = processWord(raw, scope, { escapeChar: ctx.escapeChar });
    return { raw, value: w.unresolved.length ? null : w.value, range: t.range };
  };
  const heredocs: string[] = [];
  const sources: PathArg[] = [];
  const operands = words.slice(0, -1);
  for (const t of operands) {
    const m = ins.json ? null : /^<<-?(["']?)(.+)\1$/.exec(t.value);
    if (m) heredocs.push(m[2]!);
    else sources.push(toPath(t));
  }
  const last = words[words.length - 1];
  return { sources: orEmpty(sources), heredocs: orEmpty(heredocs), dest: last && words.length > 1 ? toPath(last) : null };
}

export function heredocsOf(ast: AstInstruction, keyword: string, ctx: TextContext): HeredocInfo[] {
  if (keyword !== 'RUN' && keyword !== 'COPY' && keyword !== 'ADD') return [];
  const withHeredocs = ast as AstInstruction & { getHeredocs?: () => Heredoc[] };
  if (typeof withHeredocs.getHeredocs !== 'function') return [];
  return withHeredocs.getHeredocs().map((h) => {
    const content = h.getContentRange();
    const range = content ? toRange(content, ctx.lines) : null;
    return {
      name: h.getName(),
      range: toRange(h.getStartRange(), ctx.lines),
      terminated: h.getDelimiterRange() !== null,
      body: range ? { text: ctx.text.slice(ctx.lines.offset(range.start), ctx.lines.offset(range.end)), range } : null,
    };
  });
}

/** Blank lines between the first and last line of an instruction, outside heredoc bodies. */
export function emptyContinuationLines(heredocs: readonly HeredocInfo[], range: Range, lines: readonly string[]): number[] {
  // Lines from the first heredoc on belong to heredoc bodies.
  const firstHeredocLine = heredocs.length ? heredocs[0]!.range.start.line : Infinity;
  const out: number[] = [];
  for (let line = range.start.line + 1; line < range.end.line && line <= firstHeredocLine; line++) {
    if (/^[ \t]*$/.test(lines[line - 1] ?? '')) out.push(line);
  }
  return out;
}

/** ARG declares one variable per word (`ARG A B=2`): BuildKit's reading, not the `ARG name value` one. */
/**
 * `ARG A=1 B="x y"`: BuildKit splits the arguments on blanks outside quotes, so a quoted value may hold spaces;
 * the parser's words are split on every blank and are joined back here.
 */
export function argProperties(args: readonly Token[], text: string, lines: LineIndex): KeyValue[] {
  const words: Token[] = [];
  for (const t of args) {
    const last = words[words.length - 1];
    if (last && openQuote(last.value)) {
      const range = spanOf(last.range, t.range);
      words[words.length - 1] = { value: text.slice(lines.offset(range.start), lines.offset(range.end)), range };
    } else words.push(t);
  }
  return words.map((t) => {
    const eq = t.value.indexOf('=');
    const name = eq < 0 ? t.value : t.value.slice(0, eq);
    // Where the name ends in the source: a word continued across lines (`ARG W\` then `ANDB_API_KEY`) holds the
    // escape and the line break there, so the name's end is found in the source text, not by its length.
    const from = lines.offset(t.range.start);
    const rawEq = eq < 0 ? -1 : text.slice(from, lines.offset(t.range.end)).indexOf('=');
    const nameEnd = eq < 0 ? t.range.end : lines.position(from + rawEq);
    return new Property(
      lines,
      name,
      lines.range(t.range.start, nameEnd),
      eq < 0 ? null : t.value.slice(eq + 1),
      eq < 0 ? null : lines.range(lines.position(from + rawEq + 1), t.range.end),
      false,
    );
  });
}

/** The word ends inside a quote (its closing quote is in a later word). */
function openQuote(word: string): boolean {
  let quote: string | null = null;
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (c === '\\' && quote !== "'") i++;
    else if (quote === null && (c === '"' || c === "'")) quote = c;
    else if (c === quote) quote = null;
  }
  return quote !== null;
}

const DIRECTIVE = /^#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*(.+?)[ \t]*$/;
const DIRECTIVE_NAMES = new Set(['syntax', 'escape', 'check']);

/** Directive-shaped comments that BuildKit does not treat as directives, and repeated directives. */
export function ignoredDirectives(directives: readonly Directive[], comments: readonly Comment[], lines: readonly string[]): Directive[] {
  const out: Directive[] = [];
  const seen = new Set<string>();
  for (const d of directives) {
    const name = d.name.toLowerCase();
    if (seen.has(name)) out.push(d);
    seen.add(name);
  }
  const inBlock = new Set(directives.map((d) => d.range.start.line));
  for (const c of comments) {
    const line = c.range.start.line;
    if (inBlock.has(line)) continue;
    const m = DIRECTIVE.exec((lines[line - 1] ?? '').trim());
    if (!m || !DIRECTIVE_NAMES.has(m[1]!.toLowerCase())) continue;
    out.push({ name: m[1]!.toLowerCase(), value: m[2]!, range: c.range });
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line);
}
