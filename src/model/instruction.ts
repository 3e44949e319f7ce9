/** Reads one dockerfile-ast instruction into the model's Instruction, given the build state in force before it. */
import type { Env, Flag, Instruction as AstInstruction, JSONInstruction, Label, Onbuild } from 'dockerfile-ast';
import type { ShellScript } from '../shell/types.js';
import { type LineIndex, storedRange, storeRange } from '../shell/source-map.js';
import { toRange } from './ast-range.js';
import { type RawArgument, readArguments } from './arguments.js';
import { EMPTY, orEmpty } from './empty.js';
import { flat } from './flat.js';
import { argProperties, copyOperands, emptyContinuationLines, expansionsOf, heredocsOf, type TextContext, wordsOf } from './expansions.js';
import { INSTRUCTIONS } from '../knowledge/instructions.js';
import { unsetByBase } from '../knowledge/image-env.js';
import { portsOf } from './ports.js';
import { Property } from './property.js';
import { joinContinuations, runScript, shellKindOf } from './run-script.js';
import type { Range } from '../types.js';
import type { CopyOperands, HeredocInfo, Instruction, InstructionFlag, InstructionState, KeyValue, MalformedExecForm, Mount, OnbuildTrigger, PathArg, PortArg, RunInfo, Stage, Token, VariableUse } from './types.js';
import { processWord, type Scope } from './words.js';

export interface ReadContext extends TextContext {
  lineText: readonly string[];
  /** The text dockerfile-ast parsed (continuation.ts): the arguments are read from it, as the parser would. */
  parsed: string;
  /** Undoes the parser's stand-in for an escaped escape character at a line's end (continuation.ts). */
  restore: (s: string) => string;
}

export function readInstruction(ast: AstInstruction, index: number, stage: Stage | null, state: InstructionState, ctx: ReadContext): Instruction {
  const { text, lines, escapeChar, restore } = ctx;
  const keyword = keywordOf(ast.getKeyword());
  const range = toRange(ast.getRange(), lines);
  const keywordRange = toRange(ast.getInstructionRange(), lines);
  const astFlags = flagsOf(ast);
  const flags: readonly InstructionFlag[] = orEmpty(astFlags.map((f) => ({
    name: f.getName(),
    value: f.getValue() === null ? null : restore(f.getValue()!),
    range: toRange(f.getRange(), lines),
    valueRange: f.getValueRange() ? toRange(f.getValueRange()!, lines) : null,
    options: orEmpty(f.getOptions().map((o) => ({ name: o.getName(), value: o.getValue() === null ? null : restore(o.getValue()!) }))),
  })));
  // The words themselves only for the keywords whose facts are read from them: a RUN's are its whole script.
  const raw = readArguments(ctx.parsed, lines.offset(keywordRange.end), lines.offset(range.end), escapeChar).slice(astFlags.length);
  const args: readonly Token[] = TOKENS_READ.has(keyword) ? tokensOf(ctx, raw) : EMPTY;
  const argsRange = raw.length ? lines.offsetRange(raw[0]!.start, raw[raw.length - 1]!.end) : null;
  const argsText = argsRange ? joinContinuations(text, lines.offset(argsRange.start), lines.offset(argsRange.end), escapeChar).text : '';
  const looksLikeJson = argsText.trimStart().startsWith('[');
  const json = looksLikeJson ? jsonTokens(ast, argsText, lines) : null;
  const malformedJson = looksLikeJson && !json ? malformedExecForm(argsText) : null;
  // dockerfile-ast finds here-documents only behind a `<<` argument (its parser reads no body for others).
  const heredocs = orEmpty(raw.some((a) => a.value.startsWith('<<')) ? heredocsOf(ast, keyword, ctx) : []);

  const instruction = new ModelInstruction(ctx, { range, keywordRange, argsRange }, {
    index,
    keyword,
    keywordText: keywordOf(ast.getInstruction()),
    flags,
    argsText,
    json,
    looksLikeJson,
    malformedJson,
    stage,
    state,
    run: null,
    script: null,
    properties: orEmpty(keyword === 'ARG' ? argProperties(args, text, lines) : propertiesOf(keyword, ast, restore, lines)),
    expansions: EMPTY,
    words: EMPTY,
    ports: EMPTY,
    copy: null,
    heredocs,
    emptyContinuationLines: orEmpty(emptyContinuationLines(heredocs, range, ctx.lineText)),
    trigger: null,
    onbuild: null,
  });
  // FROM's image is its first argument after the flags (dockerfile-ast's getImageRange).
  const imageRange = keyword === 'FROM' ? (args[0]?.range ?? null) : null;
  instruction.expansions = orEmpty(expansionsOf(instruction, imageRange, ctx));
  instruction.words = orEmpty(wordsOf(instruction, args, state.env, ctx));
  if (keyword === 'EXPOSE') instruction.ports = orEmpty(portsOf(instruction.words));
  for (const p of instruction.properties) {
    // A global ARG's default sees only earlier global ARGs: an undeclared name there is empty. In a stage, so is a name
    // the stage's lineage never declares on a base whose environment is known not to set it (`ENV HF_TOKEN=${HF_TOKEN}`
    // on `python:3.11-slim`); another base may set it.
    const undeclaredIsEmpty = stage ? (unsetByBase(stage.rootImage) ?? false) : keyword === 'ARG';
    const w = p.rawValue === null ? null : processWord(p.rawValue, state.env, { escapeChar, undeclaredIsEmpty });
    p.value = w && !w.unresolved.length ? w.value : null;
  }
  instruction.copy = copyOperands(instruction, args, state.env, ctx);
  if (keyword === 'RUN') {
    instruction.run = runInfo(instruction, ctx);
    instruction.script = instruction.run.script;
  } else if ((keyword === 'CMD' || keyword === 'ENTRYPOINT') && argsRange) {
    instruction.script = scriptOf(instruction, lines.offset(argsRange.start), json, ctx);
  } else if (keyword === 'HEALTHCHECK' && args[0]?.value.toUpperCase() === 'CMD' && args.length > 1) {
    // `HEALTHCHECK [flags] CMD <command>`: the words after CMD are a command like CMD's.
    const start = lines.offset(args[1]!.range.start);
    instruction.script = scriptOf(instruction, start, healthcheckJson(text, start, lines.offset(range.end), lines, escapeChar), ctx);
  }
  return instruction;
}

/** What an instruction's arguments are read again from: the text the parser read, as at the model's build. */
type ArgumentSource = Pick<ReadContext, 'parsed' | 'lines' | 'escapeChar' | 'restore'>;

/** Keywords whose facts the model reads from their words (readInstruction); the others' are read on request. */
const TOKENS_READ = new Set(['ARG', 'FROM', 'EXPOSE', 'VOLUME', 'STOPSIGNAL', 'COPY', 'ADD', 'HEALTHCHECK']);

/** The words after the flags, as dockerfile-ast splits them (the flags are the first `flagCount` of its arguments). */
function argumentTokens(source: ArgumentSource, keywordRange: Range, range: Range, flagCount: number): Token[] {
  const { lines } = source;
  return tokensOf(source, readArguments(source.parsed, lines.offset(keywordRange.end), lines.offset(range.end), source.escapeChar).slice(flagCount));
}

function tokensOf(source: ArgumentSource, raw: readonly RawArgument[]): Token[] {
  return raw.map((a) => ({ value: flat(source.restore(a.value)), range: source.lines.offsetRange(a.start, a.end) }));
}

/**
 * An instruction of the model (issue 11: its memory, times the instructions of a huge file). Its argument words are
 * read when a rule first asks for them: few rules do, for few instructions (the model reads its facts from them
 * while it is built), and kept in every instruction they were a sixth of a model's memory. Its own ranges are kept
 * as offsets and made when read (rules read them to report): three range objects an instruction were a twelfth.
 */
class ModelInstruction implements Instruction {
  index!: number;
  keyword!: string;
  keywordText!: string;
  flags!: readonly InstructionFlag[];
  argsText!: string;
  json!: Token[] | null;
  looksLikeJson!: boolean;
  malformedJson!: MalformedExecForm | null;
  stage!: Stage | null;
  state!: InstructionState;
  run!: RunInfo | null;
  script!: ShellScript | null;
  properties!: readonly KeyValue[];
  expansions!: readonly VariableUse[];
  words!: readonly PathArg[];
  ports!: readonly PortArg[];
  copy!: CopyOperands | null;
  heredocs!: readonly HeredocInfo[];
  emptyContinuationLines!: readonly number[];
  trigger!: OnbuildTrigger | null;
  onbuild!: Instruction | null;
  readonly #source: ArgumentSource;
  readonly #from: number | Range;
  readonly #to: number;
  readonly #keywordFrom: number | Range;
  readonly #keywordTo: number;
  readonly #argsFrom: number | Range | null;
  readonly #argsTo: number;
  #args: Token[] | null = null;
  constructor(source: ArgumentSource, spans: Pick<Instruction, 'range' | 'keywordRange' | 'argsRange'>, fields: Omit<Instruction, 'args' | 'range' | 'keywordRange' | 'argsRange'>) {
    this.#source = source;
    [this.#from, this.#to] = storeRange(spans.range);
    [this.#keywordFrom, this.#keywordTo] = storeRange(spans.keywordRange);
    [this.#argsFrom, this.#argsTo] = spans.argsRange ? storeRange(spans.argsRange) : [null, -1];
    Object.assign(this, fields);
  }
  get range(): Range {
    return storedRange(this.#source.lines, this.#from, this.#to);
  }
  get keywordRange(): Range {
    return storedRange(this.#source.lines, this.#keywordFrom, this.#keywordTo);
  }
  get argsRange(): Range | null {
    return this.#argsFrom === null ? null : storedRange(this.#source.lines, this.#argsFrom, this.#argsTo);
  }
  get args(): Token[] {
    return (this.#args ??= argumentTokens(this.#source, this.keywordRange, this.range, this.flags.length));
  }
}

const KEYWORDS = new Map(INSTRUCTIONS.map((k) => [k, k]));

/** One shared string per known keyword: the parser makes a new one per instruction. */
function keywordOf(text: string): string {
  return KEYWORDS.get(text) ?? text;
}

/** Instructions BuildKit refuses as ONBUILD triggers (`onbuild-invalid` reports them). */
const NOT_TRIGGERS = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

/**
 * The trigger of an ONBUILD, read like any instruction with the state at the ONBUILD (its shell parses a
 * RUN trigger's script).
 */
export function readTrigger(ast: Onbuild, onbuild: Instruction, ctx: ReadContext): OnbuildTrigger | null {
  const keyword = ast.getTrigger();
  const range = ast.getTriggerRange();
  if (!keyword || !range) return null;
  const triggerAst = NOT_TRIGGERS.has(keyword) ? null : ast.getTriggerInstruction();
  const instruction = triggerAst ? readInstruction(triggerAst, onbuild.index, onbuild.stage, onbuild.state, ctx) : null;
  if (instruction) instruction.onbuild = onbuild;
  return { keyword, range: toRange(range, ctx.lines), instruction };
}

function flagsOf(ast: AstInstruction): Flag[] {
  const withFlags = ast as AstInstruction & { getFlags?: () => Flag[] };
  return typeof withFlags.getFlags === 'function' ? withFlags.getFlags() : [];
}

function mountsOf(flags: readonly InstructionFlag[]): readonly Mount[] {
  return orEmpty(flags
    .filter((f) => f.name === 'mount')
    .map((f) => {
      const opt = (...names: string[]): string | null => {
        for (const n of names) {
          const o = f.options.find((x) => x.name.toLowerCase() === n);
          if (o) return o.value ?? '';
        }
        return null;
      };
      return {
        type: (opt('type') ?? 'bind').toLowerCase(),
        target: opt('target', 'dst', 'destination'),
        id: opt('id'),
        from: opt('from'),
        source: opt('source', 'src'),
        range: f.range,
      };
    }));
}

function propertiesOf(keyword: string, ast: AstInstruction, restore: (s: string) => string, lines: LineIndex): KeyValue[] {
  const props = keyword === 'ENV' ? (ast as Env).getProperties() : keyword === 'LABEL' ? (ast as Label).getProperties() : [];
  return props.map((p) => {
    const valueRange = p.getValueRange();
    const rawValue = p.getUnescapedValue();
    return new Property(
      lines,
      flat(p.getName()),
      toRange(p.getNameRange(), lines),
      rawValue === null ? null : flat(restore(rawValue)),
      valueRange ? toRange(valueRange, lines) : null,
      p.getAssignmentOperator() === null && p.getValue() !== null,
    );
  });
}

function jsonTokens(ast: AstInstruction, argsText: string, lines: LineIndex): Token[] | null {
  const values = jsonStrings(argsText);
  if (!values) return null;
  const strings = typeof (ast as JSONInstruction).getJSONStrings === 'function' ? (ast as JSONInstruction).getJSONStrings() : [];
  if (strings.length !== values.length) {
    const r = toRange(ast.getRange(), lines);
    return values.map((value) => ({ value, range: r }));
  }
  return values.map((value, i) => ({ value, range: toRange(strings[i]!.getRange(), lines) }));
}

/** The elements of a JSON array of strings, the only exec form BuildKit accepts; null for anything else. */
function jsonStrings(text: string): string[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  return Array.isArray(parsed) && parsed.every((x) => typeof x === 'string') ? (parsed as string[]) : null;
}

/**
 * Arguments the author meant as an exec-form array that are not a JSON array of strings. Meant: `[` then a quote,
 * or quoted items and a comma; a shell test (`RUN [ -f x ] && …`, `[ "$A" = b ]`) has neither.
 */
function malformedExecForm(argsText: string): MalformedExecForm | null {
  const t = argsText.trim();
  if (!/^\[["'\u2018\u201c]/.test(t) && !/^\[\s*["'\u2018\u201c][^]*["'\u2019\u201d]\s*,/.test(t)) return null;
  let parsesAsJson = true;
  try {
    JSON.parse(argsText);
  } catch {
    parsesAsJson = false;
  }
  const swapped = argsText.replace(/'/g, '"');
  return { parsesAsJson, doubleQuoted: swapped !== argsText && jsonStrings(swapped) ? swapped : null };
}

/**
 * The parsed command of a RUN, CMD, ENTRYPOINT or HEALTHCHECK, read with the shell in force. A RUN's shell sees
 * the build's ARG and ENV values; the container's commands see the image's ENV only.
 */
function scriptOf(instruction: Instruction, argsStart: number, json: Token[] | null, ctx: TextContext): ShellScript | null {
  const { state } = instruction;
  const run = instruction.keyword === 'RUN';
  return runScript({
    text: ctx.text,
    lines: ctx.lines,
    argsStart,
    end: ctx.lines.offset(instruction.range.end),
    escapeChar: ctx.escapeChar,
    heredocs: run ? instruction.heredocs : [],
    json,
    shellKind: shellKindOf(state.shell),
    context: { scope: run ? state.env : runtimeScope(state), workdir: state.workdir },
  });
}

/** `HEALTHCHECK CMD ["curl", "-f", "…"]`: the exec-form words with their ranges, or null for the shell form. */
function healthcheckJson(text: string, start: number, end: number, lines: LineIndex, escapeChar: string): Token[] | null {
  const body = joinContinuations(text, start, end, escapeChar);
  if (!body.text.trimStart().startsWith('[')) return null;
  let values: unknown;
  try {
    values = JSON.parse(body.text);
  } catch {
    return null;
  }
  if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) return null;
  const tokens: Token[] = [];
  const re = /"(?:[^"\\]|\\.)*"/g;
  for (let m = re.exec(body.text); m; m = re.exec(body.text)) {
    const from = body.offsetAt(m.index)!;
    const to = body.offsetAt(m.index + m[0].length - 1)! + 1;
    tokens.push({ value: values[tokens.length] as string, range: lines.offsetRange(from, to) });
  }
  return tokens.length === values.length ? tokens : null;
}
/** The ENV values a container starts with (ARGs do not reach it). */
function runtimeScope(state: InstructionState): Scope {
  return new Map([...state.envNames].map((n) => [n, state.env.get(n)]));
}


function runInfo(instruction: Instruction, ctx: TextContext): RunInfo {
  const flag = (name: string): string | null => instruction.flags.find((f) => f.name.toLowerCase() === name)?.value ?? null;
  return {
    execForm: instruction.json !== null,
    script: instruction.argsRange ? scriptOf(instruction, ctx.lines.offset(instruction.argsRange.start), instruction.json, ctx) : null,
    mounts: mountsOf(instruction.flags),
    network: flag('network'),
    security: flag('security'),
    shellKind: shellKindOf(instruction.state.shell),
  };
}
