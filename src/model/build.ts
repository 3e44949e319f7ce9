/** Builds the DockerfileModel from source text: one parse, one pass, shared by every rule. */
import {
  type Argument,
  DockerfileParser,
  type Env,
  type Flag,
  type From,
  type Instruction as AstInstruction,
  type JSONInstruction,
  type Label,
  type Onbuild,
} from 'dockerfile-ast';
import { LineIndex } from '../shell/source-map.js';
import type { Range } from '../types.js';
import { parseImageName } from './image-ref.js';
import { argProperties, copyOperands, emptyContinuationLines, expansionsOf, heredocsOf, ignoredDirectives, wordsOf } from './expansions.js';
import { joinContinuations, runScript, shellKindOf } from './run-script.js';
import type {
  BaseImage,
  DockerfileModel,
  Instruction,
  InstructionFlag,
  InstructionState,
  KeyValue,
  Mount,
  RunInfo,
  Stage,
  Token,
} from './types.js';
import { VariableHistory } from './variable-history.js';
import { expand, type Scope } from './variables.js';
import { processWord } from './words.js';

type LspRange = { start: { line: number; character: number }; end: { line: number; character: number } };

export function toRange(r: LspRange): Range {
  return {
    start: { line: r.start.line + 1, column: r.start.character + 1 },
    end: { line: r.end.line + 1, column: r.end.character + 1 },
  };
}

/**
 * Automatic platform args: defined in the global scope (FROM lines) only; a stage sees them after
 * re-declaring them (`ARG TARGETARCH`), as with any global ARG.
 */
export const PLATFORM_ARGS = [
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
];
/** Proxy args: BuildKit passes them to every RUN without a declaration. */
export const PROXY_ARGS = [
  'HTTP_PROXY', 'HTTPS_PROXY', 'FTP_PROXY', 'NO_PROXY', 'ALL_PROXY',
  'http_proxy', 'https_proxy', 'ftp_proxy', 'no_proxy', 'all_proxy',
];
/** Args BuildKit defines in every build (automatic platform args and proxies). */
export const PREDEFINED_ARGS = [...PLATFORM_ARGS, ...PROXY_ARGS];

const DEFAULT_SHELL = ['/bin/sh', '-c'];
const WINDOWS_SHELL = ['cmd', '/S', '/C'];

function isWindowsImage(name: string | null): boolean {
  return !!name && /(^|\/)(windows|nanoserver|servercore|windowsservercore)(\/|:|$)|mcr\.microsoft\.com\/windows/i.test(name);
}

/**
 * dockerfile-ast re-scans an instruction's text on every call of its (private) getRawArguments, which getArguments,
 * getFlags, getProperties and getHeredocs each make; the model asks several of them per instruction. The
 * arguments of a parsed instruction never change, so the first scan is kept (callers get a copy: some splice it).
 */
function memoizeArguments(ast: AstInstruction): void {
  const instance = ast as unknown as { getRawArguments: () => Argument[] };
  const args = instance.getRawArguments();
  instance.getRawArguments = () => args.slice();
}

function flagsOf(ast: AstInstruction): Flag[] {
  const withFlags = ast as AstInstruction & { getFlags?: () => Flag[] };
  return typeof withFlags.getFlags === 'function' ? withFlags.getFlags() : [];
}

function mountsOf(flags: InstructionFlag[]): Mount[] {
  return flags
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
    });
}

export function buildModel(path: string, source: string): DockerfileModel {
  // BuildKit splits lines at \n only (a CR before it is dropped); dockerfile-ast also splits at a lone CR, which would
  // shift every line after it away from the text the rules and reporters count in: a lone CR is read as a blank.
  const text = source.replace(/\r\n/g, '\n').replace(/\r/g, ' ');
  const lineIndex = new LineIndex(text);
  const lines = text.split('\n');
  const df = DockerfileParser.parse(text);
  const escapeChar = df.getEscapeCharacter();
  const toOffset = (r: Range): number => lineIndex.offset(r.start);
  const textContext = { text, lines: lineIndex, escapeChar };

  const directives = df.getDirectives().map((d) => ({ name: d.getName(), value: d.getValue(), range: toRange(d.getRange()) }));
  const comments = df.getComments().map((c) => ({ text: c.getContent(), range: toRange(c.getRange()) }));

  // `# hadolint shell=powershell`: hadolint's pragma naming the RUN shell of a file whose base image does not tell.
  const pragma = lines.map((l) => /^\s*#\s*hadolint\s+shell=(\S+)\s*$/.exec(l)?.[1]).find((v) => v !== undefined);
  const defaultShell = pragma ? [pragma, /powershell|pwsh/i.test(pragma) ? '-Command' : '-c'] : DEFAULT_SHELL;

  const instructions: Instruction[] = [];
  const stages: Stage[] = [];
  const stagesByName = new Map<string, Stage>();
  const globalArgs = new Map<string, string | undefined>();
  for (const name of PREDEFINED_ARGS) globalArgs.set(name, undefined);

  let stage: Stage | null = null;
  let state: InstructionState = {
    user: null,
    workdir: null,
    env: globalArgs,
    envNames: new Set(),
    shell: defaultShell,
  };

  /** The current stage's variables; instruction states are views of it. */
  let vars = new VariableHistory();
  const setVars = (updates: [string, string | undefined][], env: boolean): void => {
    for (const [name, value] of updates) vars.set(name, value, env);
    const view = vars.view();
    state = { ...state, env: view, envNames: view.envNames };
  };

  /** The command of CMD, ENTRYPOINT or HEALTHCHECK: run by the container's shell, which sees the image's ENV, not the build's ARGs. */
  const containerScript = (argsStart: number, json: Token[] | null) =>
    runScript({
      text,
      lines: lineIndex,
      argsStart,
      end: lineIndex.offset(currentRange.end),
      escapeChar,
      heredocs: [],
      json,
      shellKind: shellKindOf(state.shell),
      context: { scope: runtimeScope(state), workdir: state.workdir },
    });
  let currentRange: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

  for (const ast of df.getInstructions()) {
    memoizeArguments(ast);
    const keyword = ast.getKeyword();
    const range = toRange(ast.getRange());
    currentRange = range;
    const flags: InstructionFlag[] = flagsOf(ast).map((f) => ({
      name: f.getName(),
      value: f.getValue(),
      range: toRange(f.getRange()),
      valueRange: f.getValueRange() ? toRange(f.getValueRange()!) : null,
      options: f.getOptions().map((o) => ({ name: o.getName(), value: o.getValue() })),
    }));
    const astArgs = ast.getArguments();
    const args: Token[] = astArgs.map((a) => ({ value: a.getValue(), range: toRange(a.getRange()) }));
    const argsRange = args.length ? { start: args[0]!.range.start, end: args[args.length - 1]!.range.end } : null;
    const argsText = argsRange ? joinContinuations(text, lineIndex.offset(argsRange.start), lineIndex.offset(argsRange.end), escapeChar).text : '';
    const looksLikeJson = argsText.trimStart().startsWith('[');
    const json = looksLikeJson ? jsonTokens(ast, argsText) : null;
    const heredocs = heredocsOf(ast, keyword, lineIndex);

    const instruction: Instruction = {
      index: instructions.length,
      keyword,
      keywordText: ast.getInstruction(),
      range,
      keywordRange: toRange(ast.getInstructionRange()),
      args,
      flags,
      argsText,
      argsRange,
      json,
      looksLikeJson,
      stage: null,
      state,
      run: null,
      script: null,
      properties: keyword === 'ARG' ? argProperties({ args }, text, lineIndex) : propertiesOf(keyword, ast),
      expansions: [],
      words: [],
      copy: null,
      heredocs,
      emptyContinuationLines: emptyContinuationLines(heredocs, range, lines),
      onbuildKeyword: keyword === 'ONBUILD' ? ((ast as Onbuild).getTrigger()?.toUpperCase() ?? null) : null,
      ast,
    };
    instructions.push(instruction);
    instruction.expansions = expansionsOf(
      instruction,
      keyword === 'FROM' && (ast as From).getImageRange() ? toRange((ast as From).getImageRange()!) : null,
      textContext,
    );
    instruction.words = wordsOf(instruction, state.env, textContext);
    for (const p of instruction.properties) {
      const w = p.rawValue === null ? null : processWord(p.rawValue, state.env, { escapeChar, undeclaredIsEmpty: !stage && keyword === 'ARG' });
      p.value = w && !w.unresolved.length ? w.value : null;
    }
    instruction.copy = copyOperands(instruction, state.env, textContext);

    if (keyword === 'FROM') {
      if (stage) stage.endState = state;
      const from = ast as From;
      const imageText = from.getImage() ?? '';
      const imageRange = from.getImageRange() ? toRange(from.getImageRange()!) : range;
      const expanded = expand(imageText, globalArgs, { escapeChar, undeclaredIsEmpty: true });
      const resolved = expanded.unresolved.length ? null : expanded.value;
      const stageName = from.getBuildStage();
      const parent = resolved ? (stagesByName.get(resolved.toLowerCase()) ?? null) : null;
      const isScratch = resolved?.toLowerCase() === 'scratch';
      const image: BaseImage = {
        raw: imageText,
        range: imageRange,
        resolved,
        unresolvedVars: expanded.unresolved,
        name: resolved && !parent && !isScratch ? parseImageName(resolved) : null,
        isScratch,
      };
      const platformFlag = flags.find((f) => f.name.toLowerCase() === 'platform');
      stage = {
        index: stages.length,
        name: stageName ? stageName.toLowerCase() : null,
        nameRange: from.getBuildStageRange() ? toRange(from.getBuildStageRange()!) : null,
        from: instruction,
        image,
        parent,
        platform: platformFlag?.value ?? null,
        instructions: [],
        isFinal: false,
        reachable: false,
        lineage: [],
        rootImage: parent ? parent.rootImage : image,
        endState: state,
      };
      stage.lineage = parent ? [stage, ...parent.lineage] : [stage];
      stages.push(stage);
      // The first stage of a name is the one references reach.
      if (stage.name !== null && !stagesByName.has(stage.name)) stagesByName.set(stage.name, stage);
      const inherited = parent?.endState;
      const windows = isWindowsImage(stage.rootImage.resolved);
      vars = inherited ? VariableHistory.from(inherited.env, inherited.envNames) : VariableHistory.from(new Map(PROXY_ARGS.map((n) => [n, undefined])), new Set());
      const view = vars.view();
      state = {
        ...(inherited ?? { user: null, workdir: null, shell: windows ? WINDOWS_SHELL : defaultShell }),
        env: view,
        envNames: view.envNames,
      };
      instruction.stage = stage;
      stage.instructions.push(instruction);
      continue;
    }

    instruction.stage = stage;
    stage?.instructions.push(instruction);
    const scope: Scope = state.env;
    switch (keyword) {
      case 'ARG': {
        for (const prop of instruction.properties) {
          const name = prop.name;
          const raw = prop.rawValue;
          let value: string | undefined;
          if (raw !== null) {
            const e = processWord(raw, stage ? scope : globalArgs, { escapeChar, undeclaredIsEmpty: !stage });
            value = e.unresolved.length ? undefined : e.value;
          } else value = stage ? globalArgs.get(name) : undefined;
          if (!stage) globalArgs.set(name, value);
          // An ENV of the same name wins over the ARG (BuildKit semantics).
          else if (!state.envNames.has(name)) setVars([[name, value]], false);
        }
        break;
      }
      case 'ENV': {
        const updates: [string, string | undefined][] = instruction.properties.map((p) => {
          const e = processWord(p.rawValue ?? '', scope, { escapeChar });
          return [p.name, e.unresolved.length ? undefined : e.value];
        });
        setVars(updates, true);
        break;
      }
      case 'USER': {
        const value = argsText.trim();
        const e = processWord(value, scope, { escapeChar });
        state = { ...state, user: { value, resolved: e.unresolved.length ? null : e.value, range: argsRange ?? range } };
        break;
      }
      case 'WORKDIR': {
        const e = processWord(argsText.trim(), scope, { escapeChar });
        const dir = e.unresolved.length ? null : e.value;
        const workdir = dir === null ? null : dir.startsWith('/') || /^[A-Za-z]:[\\/]/.test(dir) || !state.workdir ? dir : `${state.workdir.replace(/\/$/, '')}/${dir}`;
        state = { ...state, workdir };
        break;
      }
      case 'SHELL':
        if (json && json.length) state = { ...state, shell: json.map((t) => t.value) };
        break;
      case 'RUN':
        instruction.run = runInfo(instruction, state, text, lineIndex, escapeChar);
        instruction.script = instruction.run.script;
        break;
      case 'CMD':
      case 'ENTRYPOINT':
        if (argsRange) instruction.script = containerScript(lineIndex.offset(argsRange.start), json);
        break;
      case 'HEALTHCHECK': {
        // `HEALTHCHECK [flags] CMD <command>`: the words after CMD are a command like CMD's.
        const cmd = args[0]?.value.toUpperCase() === 'CMD' ? args[0] : undefined;
        if (cmd && args.length > 1) {
          const start = lineIndex.offset(args[1]!.range.start);
          instruction.script = containerScript(start, healthcheckJson(text, start, lineIndex.offset(range.end), lineIndex, escapeChar));
        }
        break;
      }
      default:
        break;
    }
  }
  if (stage) stage.endState = state;

  const finalStage = stages.length ? stages[stages.length - 1]! : null;
  if (finalStage) finalStage.isFinal = true;

  const stageByName = (name: string): Stage | null => stagesByName.get(name.toLowerCase()) ?? null;
  const stageRef = (ref: string, before: number): Stage | null => {
    if (/^\d+$/.test(ref)) {
      const s = stages[Number(ref)];
      return s && s.index < before ? s : (s ?? null);
    }
    return stageByName(ref);
  };
  markReachable(finalStage, stageRef);

  return {
    path,
    text,
    lines,
    lineIndex,
    escapeChar,
    directives,
    ignoredDirectives: ignoredDirectives(directives, comments, lines),
    comments,
    instructions,
    globalArgs,
    stages,
    finalStage,
    stageByName,
    stageRef,
  };
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
    const from = body.offsets[m.index]!;
    const to = body.offsets[m.index + m[0].length - 1]! + 1;
    tokens.push({ value: values[tokens.length] as string, range: { start: lines.position(from), end: lines.position(to) } });
  }
  return tokens.length === values.length ? tokens : null;
}

/** The ENV values a container starts with (ARGs do not reach it). */
function runtimeScope(state: InstructionState): Scope {
  return new Map([...state.envNames].map((n) => [n, state.env.get(n)]));
}

function markReachable(finalStage: Stage | null, stageRef: (ref: string, before: number) => Stage | null): void {
  const todo: Stage[] = finalStage ? [finalStage] : [];
  while (todo.length) {
    const s = todo.pop()!;
    if (s.reachable) continue;
    s.reachable = true;
    if (s.parent) todo.push(s.parent);
    for (const ins of s.instructions) {
      for (const f of ins.flags) {
        const refs: string[] = [];
        if (f.name === 'from' && f.value) refs.push(f.value);
        if (f.name === 'mount') for (const o of f.options) if (o.name === 'from' && o.value) refs.push(o.value);
        for (const r of refs) {
          const dep = stageRef(r, s.index);
          if (dep) todo.push(dep);
        }
      }
    }
  }
}

function propertiesOf(keyword: string, ast: AstInstruction): KeyValue[] {
  const props = keyword === 'ENV' ? (ast as Env).getProperties() : keyword === 'LABEL' ? (ast as Label).getProperties() : [];
  return props.map((p) => {
    const valueRange = p.getValueRange();
    return {
      name: p.getName(),
      nameRange: toRange(p.getNameRange()),
      rawValue: p.getUnescapedValue(),
      valueRange: valueRange ? toRange(valueRange) : null,
      legacyForm: p.getAssignmentOperator() === null && p.getValue() !== null,
    };
  });
}

function jsonTokens(ast: AstInstruction, argsText: string): Token[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(argsText);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === 'string')) return null;
  const strings = typeof (ast as JSONInstruction).getJSONStrings === 'function' ? (ast as JSONInstruction).getJSONStrings() : [];
  const values = parsed as string[];
  if (strings.length !== values.length) {
    const r = toRange(ast.getRange());
    return values.map((value) => ({ value, range: r }));
  }
  return values.map((value, i) => ({ value, range: toRange(strings[i]!.getRange()) }));
}

function runInfo(
  instruction: Instruction,
  state: InstructionState,
  text: string,
  lines: LineIndex,
  escapeChar: string,
): RunInfo {
  const flag = (name: string): string | null => instruction.flags.find((f) => f.name.toLowerCase() === name)?.value ?? null;
  const shellKind = shellKindOf(state.shell);
  const info: RunInfo = {
    execForm: instruction.json !== null,
    script: null,
    mounts: mountsOf(instruction.flags),
    network: flag('network'),
    security: flag('security'),
    shellKind,
  };
  if (!instruction.argsRange) return info;
  info.script = runScript(
    {
      text,
      lines,
      argsStart: lines.offset(instruction.argsRange.start),
      end: lines.offset(instruction.range.end),
      escapeChar,
      heredocs: instruction.heredocs,
      json: instruction.json,
      shellKind,
      context: { scope: state.env, workdir: state.workdir },
    },
  );
  return info;
}
