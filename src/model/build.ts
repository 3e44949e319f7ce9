/** Builds the DockerfileModel from source text: one parse, one pass, shared by every rule. */
import type { Onbuild } from 'dockerfile-ast';
import { LineIndex } from '../shell/source-map.js';
import type { Range } from '../types.js';
import { toRange } from './ast-range.js';
import { parseDockerfile, takeInstructions } from './continuation.js';
import { Facts } from './facts.js';
import { isValidReference, parseImageName, type ImageName } from './image-ref.js';
import { nonRootDefaultUser, runsAsRootByDefault } from '../knowledge/image-defaults.js';
import { isPlaceholderValue } from '../knowledge/placeholders.js';
import { isOfficialImage } from '../knowledge/trusted-images.js';
import { frozenReleaseOf } from '../knowledge/frozen-releases.js';
import { rollingReleaseOf } from '../knowledge/rolling-releases.js';
import { debianReleaseOf, floatingReleaseOf, namesNoRelease } from '../knowledge/floating-tags.js';
import { ignoredDirectives } from './expansions.js';
import { alternativeStages, defaultTargets, markShipped, stageDependencies } from './shipping.js';
import { readInstruction, readTrigger } from './instruction.js';
import { isWindowsImage, isWindowsShell } from './windows.js';
import type { BaseImage, Comment, DockerfileModel, EffectiveUser, Instruction, InstructionState, Stage, UserState } from './types.js';
import { VariableHistory, type VariableView } from './variable-history.js';
import { possibleValues, processWord, type Scope } from './words.js';
import { unsetByBase } from '../knowledge/image-env.js';

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

/**
 * `variedArgs`: global ARGs the project's builds pass with several values (context/varied-args.ts). A base
 * image named from one is judged as one from a placeholder default: the file serves each of those images, not its default.
 * `variedValues`: global ARGs the builds pass several plain values (null: the file's default), which count so where
 * the images they make are on different releases (`ubuntu:${version}` with 22.04 and 24.04).
 * `passedValues`: the values every build of the project that passes a global ARG gives it (context/passed-args.ts),
 * which name the image a base left unknown by the file is as the project builds it (BaseImage.passedName); asked only
 * for a file with such a base, once.
 */
export function buildModel(
  path: string,
  source: string,
  variedArgs: ReadonlySet<string> = new Set(),
  variedValues: ReadonlyMap<string, readonly (string | null)[]> = new Map(),
  passedValues: () => ReadonlyMap<string, string> = () => new Map(),
): DockerfileModel {
  // BuildKit splits lines at \n only (a CR before it is dropped); dockerfile-ast also splits at a lone CR, which would
  // shift every line after it away from the text the rules and reporters count in: a lone CR is read as a blank.
  const text = source.includes('\r') ? source.replace(/\r\n/g, '\n').replace(/\r/g, ' ') : source;
  const lineIndex = new LineIndex(text);
  const lines = text.split('\n');
  const { df, escapeChar, parsed, restore } = parseDockerfile(text);

  const directives = df.getDirectives().map((d) => ({ name: d.getName(), value: d.getValue(), range: toRange(d.getRange(), lineIndex) }));
  const comments = df.getComments().map((c) => ({ text: c.getContent(), range: toRange(c.getRange(), lineIndex) }));

  // `# hadolint shell=powershell`: hadolint's pragma naming the RUN shell of a file whose base image does not tell.
  // Lines are tried only in a file that names it at all: most have no pragma, and every line is a regex run.
  const pragma = text.includes('hadolint') ? lines.map((l) => /^\s*#\s*hadolint\s+shell=(\S+)\s*$/.exec(l)?.[1]).find((v) => v !== undefined) : undefined;
  const defaultShell = pragma ? [pragma, /powershell|pwsh/i.test(pragma) ? '-Command' : '-c'] : DEFAULT_SHELL;

  const instructions: Instruction[] = [];
  const stages: Stage[] = [];
  let passedArgs: ReadonlyMap<string, string> | undefined;
  const globalArgs = new Map<string, string | undefined>();
  for (const name of PREDEFINED_ARGS) globalArgs.set(name, undefined);
  // Global ARGs whose default is a placeholder the build always overrides (knowledge/placeholders.ts).
  const placeholderArgs = new Set<string>();
  // Global ARGs whose value varies between the project's builds: passed so, or defaulting to such an ARG's value.
  const varied = new Set(variedArgs);

  let stage: Stage | null = null;
  // BuildKit: an ENTRYPOINT clears the CMD unless this stage set one before it.
  let cmdSetInStage = false;
  const endStage = (s: Stage): void => {
    s.endState = state;
    s.windows = s.windows || isWindowsShell(state.shell);
    s.user = effectiveUser(s, state.user);
  };
  let state: InstructionState = {
    user: null,
    workdir: null,
    env: globalArgs,
    envNames: new Set(),
    shell: defaultShell,
  };

  /** The current stage's variables; instruction states are views of it (a copy per ARG/ENV was quadratic). */
  let vars = new VariableHistory();
  const setVars = (updates: [string, string | undefined][], env: boolean): void => {
    for (const [name, value] of updates) vars.set(name, value, env);
    const view = vars.view();
    state = withVariables(state, view);
  };
  // The stage's variables without a known value that may take only a few (`ENV DIR=${SOURCES:+/qdrant/src}`: '' or
  // that path), read into the COPY and ADD paths naming them (PathArg.values). Kept per stage, as its variables are.
  let choices = new Map<string, readonly string[]>();
  const choicesAtEnd = new Map<Stage, ReadonlyMap<string, readonly string[]>>();
  /** Records what a variable set from `raw` (null: from no value of its own) may be, in the scope before the instruction. */
  const choose = (updates: [string, string | null][], unsetEmpty: ((name: string) => boolean) | null): void => {
    const values = updates.map(([name, raw]): [string, string[] | null] => [name, raw === null ? null : possibleValues(raw, state.env, choices, { escapeChar, undeclaredIsEmpty: unsetEmpty ?? false })]);
    for (const [name, v] of values) {
      if (v) choices.set(name, v);
      else choices.delete(name);
    }
  };

  const readContext = { text, lines: lineIndex, escapeChar, lineText: lines, parsed, restore };

  const asts = takeInstructions(df);
  for (let i = 0; i < asts.length; i++) {
    const ast = asts[i]!;
    // Each parsed instruction is garbage once read: the tree never lives whole beside the whole model.
    asts[i] = undefined;
    const instruction = readInstruction(ast, instructions.length, stage, state, readContext);
    instructions.push(instruction);
    if (instruction.keyword === 'ONBUILD') instruction.trigger = readTrigger(ast as Onbuild, instruction, readContext);
    const { keyword, flags, range, argsText, argsRange, json } = instruction;

    if (keyword === 'FROM') {
      if (stage) {
        endStage(stage);
        if (choices.size) choicesAtEnd.set(stage, choices);
      }
      // dockerfile-ast's reading of FROM: the image is the first argument after the flags, the stage name the
      // third when the second is AS (as written, not unescaped).
      const imageText = instruction.args[0]?.value ?? '';
      const imageRange = instruction.args[0]?.range ?? range;
      const stageArg = instruction.args.length > 2 && instruction.args[1]!.value.toUpperCase() === 'AS' ? instruction.args[2]! : null;
      const expanded = processWord(imageText, globalArgs, { escapeChar, undeclaredIsEmpty: true });
      // `ARG CUDA_VER=notset`: a placeholder default names no image; the build passes the real value.
      // An argument the builds pass several values for, unless its default names an earlier stage (`FROM base-${TYPE}`).
      const namesStage = stages.some((s) => s.name !== null && s.name === expanded.value.toLowerCase());
      // Plain values the builds pass (`version=22.04`, `24.04`) that put the image on several releases (`ubuntu:${version}`).
      const variesRelease = (arg: string): boolean => {
        const values = variedValues.get(arg);
        if (!values) return false;
        const releases = new Set(
          values.map((value) => {
            const args = new Map(globalArgs);
            if (value !== null) args.set(arg, value);
            const ref = processWord(imageText, args, { escapeChar, undeclaredIsEmpty: true });
            const image = ref.unresolved.length === 0 && isValidReference(ref.value) ? parseImageName(ref.value) : null;
            return image ? (debianReleaseOf(image) ?? frozenReleaseOf(image)) : null;
          }),
        );
        // Only releases the linter knows are evidence: another architecture or version in the tag is not.
        releases.delete(null);
        return releases.size > 1;
      };
      const placeholders = expanded.variables.filter((v) => placeholderArgs.has(v.name) || ((varied.has(v.name) || variesRelease(v.name)) && !namesStage) || emptyPart(imageText, v.name, globalArgs)).map((v) => v.name);
      const unresolvedVars = placeholders.length ? [...new Set([...expanded.unresolved, ...placeholders])] : expanded.unresolved;
      const resolved = unresolvedVars.length ? null : expanded.value;
      const stageName = stageArg ? parsed.slice(lineIndex.offset(stageArg.range.start), lineIndex.offset(stageArg.range.end)) : null;
      const parent = resolved ? (stages.find((s) => s.name !== null && s.name === resolved.toLowerCase()) ?? null) : null;
      const isScratch = resolved?.toLowerCase() === 'scratch';
      // An invalid reference (`FROM Ubuntu:22.04`) names no image: the build stops there (syntax-error reports it).
      const name = resolved && !parent && !isScratch && isValidReference(resolved) ? parseImageName(resolved) : null;
      const onlyVaried = !resolved && !expanded.unresolved.length && !placeholders.some((v) => placeholderArgs.has(v));
      const defaultName = onlyVaried && isValidReference(expanded.value) && expanded.value.toLowerCase() !== 'scratch' ? parseImageName(expanded.value) : null;
      const shapeName = !resolved && !parent && unresolvedVars.length ? imageShape(imageText, globalArgs, unresolvedVars, escapeChar) : null;
      const passed = !resolved && unresolvedVars.length ? (passedArgs ??= passedValues()) : null;
      const passedName = passed && unresolvedVars.every((v) => passed.has(v)) ? passedImage(imageText, globalArgs, unresolvedVars, passed, escapeChar, stages) : null;
      const rollingRelease = name && rollingReleaseOf(name);
      // A placeholder that is no image reference (`FROM Apache Spark 3.4.1`) fixes no release either.
      const unknownRelease =
        (unresolvedVars.length > 0 && namedByUnknown(imageText, globalArgs, unresolvedVars, escapeChar)) ||
        (resolved !== null && !parent && !isScratch && name === null) ||
        // `FROM alpine:latest`, `ARG BASE_IMAGE=alpine`, `FROM nginx:alpine`, `python:slim`: a Docker Official Image's
        // tag that names no version nor release moves to each new distribution release, whose archive drops the
        // versions pinned for the last one (base-image-tag asks for a version tag there instead). A vendor's or the
        // project's own image without a tag names one image, on the release its Dockerfile fixes at each build
        // (jupyter's `docker-stacks-foundation`): the pin rules report there and ask to pin it too (floatingRelease).
        (name !== null && isOfficialImage(name) && name.digest === null && namesNoRelease(name.tag ?? 'latest'));
      const frozenRelease = name && frozenReleaseOf(name);
      const image: BaseImage = {
        raw: imageText,
        range: imageRange,
        resolved,
        expanded: expanded.value,
        unresolvedVars,
        name,
        defaultName,
        passedName,
        shapeName,
        isScratch,
        rollingRelease,
        unknownRelease,
        frozenRelease,
        debianRelease: name && debianReleaseOf(name),
        floatingRelease: name && !unknownRelease && !frozenRelease && !rollingRelease ? floatingReleaseOf(name) : null,
      };
      const platformFlag = flags.find((f) => f.name.toLowerCase() === 'platform');
      stage = {
        index: stages.length,
        name: stageName ? stageName.toLowerCase() : null,
        nameRange: stageArg?.range ?? null,
        from: instruction,
        image,
        parent,
        platform: platformFlag?.value ?? null,
        instructions: [],
        isFinal: false,
        reachable: false,
        target: false,
        alternatives: [],
        buildOnly: false,
        dead: false,
        devEnvironment: false,
        shippedPaths: [],
        lineage: [],
        rootImage: parent ? parent.rootImage : image,
        endState: state,
        user: UNSET_USER,
        windows: parent ? parent.windows : isWindowsImage(image),
        entrypoint: parent?.entrypoint ?? null,
        cmd: parent?.cmd ?? null,
        facts: new Facts(),
      };
      cmdSetInStage = false;
      stage.lineage = parent ? [stage, ...parent.lineage] : [stage];
      stages.push(stage);
      const inherited = parent?.endState;
      vars = inherited ? VariableHistory.from(inherited.env, inherited.envNames) : VariableHistory.from(new Map(PROXY_ARGS.map((n) => [n, undefined])), new Set());
      choices = new Map(parent ? choicesAtEnd.get(parent) : undefined);
      const view = vars.view();
      state = withVariables(inherited ?? { user: null, workdir: null, shell: stage.windows ? WINDOWS_SHELL : defaultShell }, view);
      instruction.stage = stage;
      stage.instructions.push(instruction);
      continue;
    }

    stage?.instructions.push(instruction);
    const scope: Scope = state.env;
    if (instruction.copy && stage) {
      for (const p of [...instruction.copy.sources, ...(instruction.copy.dest ? [instruction.copy.dest] : [])]) {
        if (p.value !== null) continue;
        const values = possibleValues(p.raw, scope, choices, { escapeChar });
        if (values) p.values = values;
      }
    }
    switch (keyword) {
      case 'ARG': {
        for (const prop of instruction.properties) {
          const name = prop.name;
          const raw = prop.rawValue;
          let value: string | undefined;
          if (raw !== null) {
            const e = processWord(raw, stage ? scope : globalArgs, { escapeChar, undeclaredIsEmpty: !stage });
            value = e.unresolved.length ? undefined : e.value;
            // `ARG BASE_IMAGE=nvidia/cuda:${CUDA_VER}-devel` with `CUDA_VER=notset` is a placeholder too.
            if (!stage && (isPlaceholderValue(value) || e.variables.some((v) => placeholderArgs.has(v.name)))) placeholderArgs.add(name);
            else if (!stage) placeholderArgs.delete(name);
            // `ARG TEST_BASE_IMAGE=${TEST_BASE_TYPE}` with TEST_BASE_TYPE passed several values varies with it.
            if (!stage && e.variables.some((v) => varied.has(v.name))) varied.add(name);
          } else value = stage ? globalArgs.get(name) : undefined;
          if (!stage) globalArgs.set(name, value);
          // An ENV of the same name wins over the ARG (BuildKit semantics).
          else if (!state.envNames.has(name)) {
            if (choices.size || (value === undefined && raw !== null)) choose([[name, value === undefined ? raw : null]], null);
            setVars([[name, value]], false);
          }
        }
        break;
      }
      case 'ENV': {
        // The pair's value as the instruction read it (expanded in this scope; null when unknown); no value is ''.
        const updates: [string, string | undefined][] = instruction.properties.map((p) => [p.name, p.rawValue === null ? '' : (p.value ?? undefined)]);
        if (stage && (choices.size || instruction.properties.some((p) => p.rawValue !== null && p.value === null))) {
          choose(instruction.properties.map((p) => [p.name, p.rawValue !== null && p.value === null ? p.rawValue : null]), unsetByBase(stage.rootImage));
        }
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
      case 'CMD':
        if (stage) stage.cmd = instruction;
        cmdSetInStage = true;
        break;
      case 'ENTRYPOINT':
        if (stage) {
          // `ENTRYPOINT []` and `ENTRYPOINT [""]` clear the base's entrypoint: none is in force after them.
          stage.entrypoint = json && json.every((t) => t.value === '') ? null : instruction;
          if (!cmdSetInStage) stage.cmd = null;
        }
        break;
      case 'SHELL':
        if (json && json.length) state = { ...state, shell: json.map((t) => t.value) };
        break;
      default:
        break;
    }
  }
  if (stage) endStage(stage);

  const finalStage = stages.length ? stages[stages.length - 1]! : null;
  if (finalStage) finalStage.isFinal = true;

  // The first stage of each name, as a lookup: every COPY --from and mount resolves through it (5,000 stages stay linear).
  const byName = new Map<string, Stage>();
  for (const s of stages) if (s.name !== null && !byName.has(s.name)) byName.set(s.name, s);
  const stageByName = (name: string): Stage | null => byName.get(name.toLowerCase()) ?? null;
  const stageRef = (ref: string, before: number): Stage | null => {
    if (/^\d+$/.test(ref)) {
      const s = stages[Number(ref)];
      return s && s.index < before ? s : (s ?? null);
    }
    return stageByName(ref);
  };
  markReachable(finalStage, stageRef, stages);
  markTargets(stages, stageRef);
  for (const s of stages) s.alternatives = alternativeStages(s, stages);
  markShipped(stages, stageRef, defaultTargets(stages));

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
    instructionsWithTriggers: withTriggers(instructions),
    template: templateMarker(instructions),
    generated: generatedMarker(comments, instructions),
    templateLines: placeholderLines(instructions, lines),
    textSubstituted: NO_NAMES,
    globalArgs,
    stages,
    finalStage,
    stageByName,
    stageRef,
    ciJobImage: false,
    retired: false,
    liveSourceImage: false,
    artifactBuilder: false,
    facts: new Facts(),
  };
}

/**
 * An argument defaulting to empty that fills a whole part of the reference between separators
 * (`nvcr.io/nvidia/cuda:12.6.2-base-${CUDA_DIST}` with `ARG CUDA_DIST=''`, NVIDIA's driver images: the Makefile always
 * passes `ubi8` or `ubi9`) leaves a dangling `-`: a placeholder the build fills, not an optional suffix
 * (`python:3.12${VARIANT}` with `ARG VARIANT=` names `python:3.12`).
 */
function emptyPart(imageText: string, name: string, globals: ReadonlyMap<string, string | undefined>): boolean {
  if (globals.get(name) !== '') return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`[-_.:/]\\$(\\{${escaped}\\}|${escaped}\\b)($|[-_.:/@])`).test(imageText);
}

/** The instructions, each ONBUILD trigger right after its ONBUILD (a loop: a list per instruction was its own garbage). */
function withTriggers(instructions: readonly Instruction[]): Instruction[] {
  const out: Instruction[] = [];
  for (const i of instructions) {
    out.push(i);
    if (i.trigger?.instruction) out.push(i.trigger.instruction);
  }
  return out;
}

/** Stands for a variable without a value in the image reference: where it lands tells which part of the reference it gives. */
const UNKNOWN = '\u0000';

/** A variable without a value lands in the reference's last path segment (its name or tag), not only in a registry or namespace prefix. */
function namedByUnknown(imageText: string, globalArgs: Scope, unresolved: readonly string[], escapeChar: string): boolean {
  const scope = new Map(globalArgs);
  for (const name of unresolved) scope.set(name, UNKNOWN);
  const { value } = processWord(imageText, scope, { escapeChar, undeclaredIsEmpty: true });
  return value.slice(value.lastIndexOf('/') + 1).includes(UNKNOWN);
}

/**
 * Jinja/Go (`{{ … }}`, `{% … %}`), Groovy, ERB and JSP (`<% … %>`: xwiki-docker's `template/Dockerfile`, which Gradle
 * fills) and placeholder templates a generator fills in: Python `str.format` (`FROM
 * {base_image}`, a `{args}` line), the `%%NAME%%` markers a script replaces with sed (neo4j's `FROM
 * %%NEO4J_BASE_IMAGE%%`), `<NAME>` markers replaced as text (Olive's `FROM <BASE_IMAGE>`) and `{{name}}` markers
 * inside FROM's image (azureml-assets' `FROM mcr.microsoft.com/azureml/…:{{latest-image-tag}}`), `<name>` fill-ins
 * inside it (`FROM gcr.io/<project_id>/go-windows`) and a `[name]` standing for the whole image (docker-reuse's
 * `FROM [server-modules]`, which its build step replaces): a valid image reference never holds `<`, `>`, `[` or `]`.
 * FreeMarker's directives (`<#if useFromArtifact >`, `</#if>`, `<@macro/>`) stand where an instruction should (GoCD's
 * `Dockerfile.agent.ftl`).
 */
const TEMPLATE_SYNTAX = /^(\{\{|\{%|<%|<\/?[#@][A-Za-z]|\{[A-Za-z_][A-Za-z0-9_]*\}$|%%[A-Za-z_][A-Za-z0-9_]*%%$|<[A-Za-z_][A-Za-z0-9_]*>$)/;
/**
 * Each placeholder kind: in FROM's image (or as a line's keyword, for the kinds that can stand for a whole line), and
 * anywhere in a line. `${VAR}` holds a `str.format` placeholder, not a `%%` one; a `{{name}}` only counts after FROM's
 * image name (an image that starts with `{{` is a Jinja or jq template's), since a RUN's `{{.Id}}` is a Go template
 * argument of `docker inspect --format` or `helm`. A `[name]` is only a placeholder on FROM's line: elsewhere it is a
 * shell glob or a regex's class.
 */
const PLACEHOLDERS = [
  { inImage: /^\{[A-Za-z_][A-Za-z0-9_]*\}$/, asKeyword: true, inLine: /\{[A-Za-z_][A-Za-z0-9_]*\}/ },
  { inImage: /^%%[A-Za-z_][A-Za-z0-9_]*%%$/, asKeyword: true, inLine: /%%[A-Za-z_][A-Za-z0-9_]*%%/ },
  { inImage: /^<[A-Za-z_][A-Za-z0-9_]*>$/, asKeyword: true, inLine: /<[A-Za-z_][A-Za-z0-9_]*>/ },
  { inImage: /^[^\s<]+<[A-Za-z_][\w-]*>/, asKeyword: false, inLine: /<[A-Za-z_][\w-]*>/ },
  { inImage: /^\[[A-Za-z_][\w.-]*\]$/, asKeyword: false, inLine: /^\s*FROM\s+\[[A-Za-z_][\w.-]*\]/i },
  // With an optional `:pattern` (azureml-assets' `{{latest-image-tag:biweekly.d{6}.d{1}.*}}`).
  { inImage: /^[^{\s]+\{\{ *[A-Za-z_][\w.-]*(:\S*?)? *\}\}/, asKeyword: false, inLine: /\{\{ *[A-Za-z_][\w.-]*(:\S*?)? *\}\}/ },
];
const IMAGE_PLACEHOLDERS = PLACEHOLDERS.map((p) => p.inImage);

/**
 * A placeholder template (`FROM {base_image}`, a `{args}` line, `FROM %%BASE%%`): the lines that hold a placeholder of
 * its kind (1-based). Its other lines are Dockerfile as written, checked as such; null for other files and for
 * `{{ }}`/`{% %}` templates.
 */
function placeholderLines(instructions: Instruction[], lines: readonly string[]): ReadonlySet<number> | null {
  if (instructions.some((ins) => /^(\{\{|\{%|<%)/.test(ins.keywordText)) || lines.some((l) => l.includes('{%'))) return null;
  const kind = PLACEHOLDERS.find(({ inImage, asKeyword }) => instructions.some((ins) => (asKeyword && inImage.test(ins.keywordText)) || (ins.keyword === 'FROM' && ins.args.some((a) => inImage.test(a.value)))));
  if (!kind) return null;
  const out = new Set<number>();
  lines.forEach((l, i) => {
    if (kind.inLine.test(l)) out.add(i + 1);
  });
  return out;
}

const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * Words the project's build replaces as text before building (context/substituted-words.ts: rook's Makefile runs `sed
 * 's|BASEIMAGE|$(BASEIMAGE)|g' Dockerfile`): where one stands in FROM's image (`FROM BASEIMAGE`), the file is a
 * placeholder template, as `FROM %%BASE%%` is; the lines holding one are the placeholder's, the others Dockerfile as
 * written. A file already read as a template keeps what it was. A `${NAME}` word (a generator's `s|\${NAME}|…|`)
 * goes to textSubstituted.
 */
export function markSubstitutedPlaceholders(model: DockerfileModel, words: ReadonlySet<string>): void {
  if (model.template || !words.size) return;
  // `${NAME}`s the build replaces (a generator filling a folder of templates): the file is Dockerfile as written
  // elsewhere; only those words are the generator's.
  const names = [...words].flatMap((w) => /^\$\{(\w+)\}$/.exec(w)?.[1] ?? []);
  if (names.length) model.textSubstituted = new Set(names);
  const whole = (w: string) => new RegExp(`(^|[^\\w\${])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w])`);
  const used = [...words].filter((w) => !w.startsWith('${') && model.instructions.some((ins) => ins.keyword === 'FROM' && ins.args.some((a) => !a.value.startsWith('--') && whole(w).test(a.value))));
  if (!used.length) return;
  const image = model.instructions.flatMap((ins) => (ins.keyword === 'FROM' ? ins.args.filter((a) => !a.value.startsWith('--') && used.some((w) => whole(w).test(a.value))) : []))[0]!;
  model.template = image.range;
  const lines = new Set<number>();
  model.lines.forEach((l, i) => {
    if (used.some((w) => whole(w).test(l))) lines.add(i + 1);
  });
  model.templateLines = lines;
}

/** The first place a template's syntax stands where an instruction keyword or FROM's image should. */
/**
 * Go's `// Code generated … DO NOT EDIT.` convention and its kin: a header comment that says both that the file is
 * generated and that it must not be edited. Either alone is not enough ("generated by hand", "do not edit the version").
 */
const GENERATED = /\b(auto-?)?generated\b/i;
const DO_NOT_EDIT = /\b(do[ _-]?not|don'?t|never)[ _-](edit|modify|change)\b/i;

function generatedMarker(comments: readonly Comment[], instructions: readonly Instruction[]): boolean {
  const first = instructions[0]?.range.start.line ?? Infinity;
  const header = comments.filter((c) => c.range.start.line < first).map((c) => c.text).join('\n');
  return GENERATED.test(header) && DO_NOT_EDIT.test(header);
}

function templateMarker(instructions: Instruction[]): Range | null {
  for (const ins of instructions) {
    if (TEMPLATE_SYNTAX.test(ins.keywordText)) return ins.keywordRange;
    const image = ins.keyword === 'FROM' ? ins.args.find((a) => !a.value.startsWith('--')) : undefined;
    if (image && (TEMPLATE_SYNTAX.test(image.value) || IMAGE_PLACEHOLDERS.some((re) => re.test(image.value)))) return image.range;
  }
  return null;
}

/**
 * `state` seeing the variables of `view`. A literal of every field: a spread keeps the fields in a store of their own
 * beside the object (40 bytes more for each ARG and ENV of a file).
 */
function withVariables(state: Pick<InstructionState, 'user' | 'workdir' | 'shell'>, view: VariableView): InstructionState {
  return { user: state.user, workdir: state.workdir, shell: state.shell, env: view, envNames: view.envNames };
}

const UNSET_USER: EffectiveUser = { name: null, source: 'unset', root: true };

function effectiveUser(stage: Stage, user: UserState | null): EffectiveUser {
  if (user) {
    const name = user.resolved;
    return { name, source: 'instruction', root: name === null ? null : /^(root|0)$/i.test(name.split(':')[0]!.trim()) };
  }
  const base = stage.rootImage.name;
  if (!base) return UNSET_USER;
  const known = nonRootDefaultUser(base);
  if (known) return { name: known, source: 'base-image', root: false };
  if (!runsAsRootByDefault(base) && callsSudoItDidNotInstall(stage)) return { name: null, source: 'sudo', root: false };
  return UNSET_USER;
}

/**
 * A RUN of the stage (or a stage it is built on) calls `sudo` before any RUN installs it: the base image ships sudo
 * and runs as a user that needs it (gitpod, devcontainer bases). Root calling sudo it just installed proves nothing.
 */
function callsSudoItDidNotInstall(stage: Stage): boolean {
  for (const s of [...stage.lineage].reverse()) {
    for (const ins of s.instructions) {
      for (const cmd of ins.run?.script?.commands ?? []) {
        const inv = cmd.invocation;
        if (PACKAGE_TOOLS.has(inv.tool ?? '') && inv.operands.some((w) => w.value === 'sudo')) return false;
        if (cmd.name === 'sudo') return true;
      }
    }
  }
  return false;
}

const PACKAGE_TOOLS = new Set(['apt', 'apk', 'rpm', 'zypper']);

function markReachable(finalStage: Stage | null, stageRef: (ref: string, before: number) => Stage | null, stages: readonly Stage[]): void {
  const todo: Stage[] = finalStage ? [finalStage] : [];
  while (todo.length) {
    const s = todo.pop()!;
    if (s.reachable) continue;
    s.reachable = true;
    todo.push(...stageDependencies(s, stageRef, stages));
  }
}

/** Marks the stages no other stage builds on or copies from: each is a build target of its own (`--target`). */
function markTargets(stages: Stage[], stageRef: (ref: string, before: number) => Stage | null): void {
  const used = new Set(stages.flatMap((s) => stageDependencies(s, stageRef, stages).filter((d) => d !== s)));
  for (const s of stages) s.target = !used.has(s);
}

/**
 * The image a reference names with its unknown build arguments given the values the project's builds pass them
 * (BaseImage.passedName); null when that is no valid image, `scratch`, or an earlier stage.
 */
function passedImage(imageText: string, scope: Scope, unknown: readonly string[], passed: ReadonlyMap<string, string>, escapeChar: string, stages: readonly Stage[]): ImageName | null {
  const filled = new Map(scope);
  for (const name of unknown) filled.set(name, passed.get(name)!);
  const { value, unresolved } = processWord(imageText, filled, { escapeChar, undeclaredIsEmpty: true });
  if (unresolved.length || !isValidReference(value) || value.toLowerCase() === 'scratch' || stages.some((s) => s.name === value.toLowerCase())) return null;
  return parseImageName(value);
}

/**
 * The image of a reference whose unknown build arguments stand in its tag only (`node:${NODE_VERSION}-alpine`), each
 * taken as `0`: its repository and the variant words of its tag (`alpine`) hold for any value; null otherwise.
 */
function imageShape(imageText: string, scope: Scope, unknown: readonly string[], escapeChar: string): ImageName | null {
  const colon = imageText.lastIndexOf(':');
  // The repository part, before the tag's colon (not a registry's port: no `/` after it), is as written.
  if (colon < 0 || imageText.includes('@') || imageText.slice(colon).includes('/') || imageText.slice(0, colon).includes('$')) return null;
  const filled = new Map(scope);
  for (const name of unknown) filled.set(name, '0');
  const { value, unresolved } = processWord(imageText, filled, { escapeChar, undeclaredIsEmpty: true });
  return !unresolved.length && isValidReference(value) ? parseImageName(value) : null;
}
