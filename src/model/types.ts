/** The model every rule reads: instructions, stages, resolved images, per-instruction state, parsed shell. */
import type { Instruction as AstInstruction } from 'dockerfile-ast';
import type { ShellScript } from '../shell/types.js';
import type { LineIndex } from '../shell/source-map.js';
import type { Range } from '../types.js';
import type { ImageName } from './image-ref.js';
import type { Scope } from './variables.js';

export interface Token {
  value: string;
  range: Range;
}

export interface FlagOption {
  name: string;
  value: string | null;
}

/** A `name=value` pair of ARG, ENV or LABEL, with its value as written (quotes kept) and its ranges. */
export interface KeyValue {
  name: string;
  nameRange: Range;
  /** The value as written (quotes and variables kept); null when there is none (`ARG X`). */
  rawValue: string | null;
  valueRange: Range | null;
  /** Written in the legacy `ENV name value` form (a space instead of `=`). */
  legacyForm: boolean;
  /** The value with quotes removed and build variables expanded; null when unknown or absent. */
  value?: string | null;
}

/** A `$VAR` / `${VAR…}` in a part of an instruction that BuildKit expands from build variables. */
export interface VariableUse {
  name: string;
  /** '' for `$X`/`${X}`; otherwise the modifier: `:-`, `-`, `:+`, `+`, `:?`, `?`, `#`, `%`, `/`, … */
  modifier: string;
  range: Range;
  /** Inside another reference's modifier word (`${A:-$B}`). */
  nested: boolean;
}

/** A path argument of COPY/ADD: as written, and with quotes removed and variables expanded. */
export interface PathArg {
  raw: string;
  /** Null when a variable in it has no value the linter can know. */
  value: string | null;
  range: Range;
}

/** The operands of COPY and ADD (heredoc bodies excluded). */
export interface CopyOperands {
  /** Source paths and URLs (not heredocs). */
  sources: PathArg[];
  /** Names of heredoc sources (`COPY <<EOF /dest`). */
  heredocs: string[];
  dest: PathArg | null;
}

export interface HeredocInfo {
  name: string;
  /** The `<<NAME` operator. */
  range: Range;
  /** False when the file ends before the closing `NAME` line. */
  terminated: boolean;
  /** The body's text offsets (end exclusive), null when it is empty. */
  body: { start: number; end: number } | null;
}

export interface InstructionFlag {
  name: string;
  value: string | null;
  range: Range;
  valueRange: Range | null;
  /** `--mount=type=cache,target=/x` → type, target. */
  options: FlagOption[];
}

export interface Mount {
  type: string;
  target: string | null;
  id: string | null;
  from: string | null;
  source: string | null;
  range: Range;
}

/** Which interpreter runs a shell-form instruction. */
export type ShellKind = 'posix' | 'powershell' | 'cmd' | 'other';

export interface RunInfo {
  /** Exec form (`RUN ["bash", "-c", "…"]`). */
  execForm: boolean;
  /** The parsed script (shell form, heredoc bodies, `sh -c` in exec form); null when not shell. */
  script: ShellScript | null;
  mounts: Mount[];
  network: string | null;
  security: string | null;
  shellKind: ShellKind;
}

export interface UserState {
  value: string;
  /** The value with variables resolved, null when it cannot be known. */
  resolved: string | null;
  range: Range;
}

/** The build state in force when an instruction runs (after the instructions before it). */
export interface InstructionState {
  user: UserState | null;
  workdir: string | null;
  /** ENV (and ARG) values visible to the instruction; undefined = declared, value unknown. */
  env: Scope;
  /** ENV names only (these persist into the image). */
  envNames: ReadonlySet<string>;
  shell: string[];
}

export interface Instruction {
  index: number;
  /** Upper-cased keyword. */
  keyword: string;
  /** The keyword as written. */
  keywordText: string;
  range: Range;
  keywordRange: Range;
  /** Words after the flags, as dockerfile-ast splits them. */
  args: Token[];
  flags: InstructionFlag[];
  /** Argument text after the flags, continuations joined. */
  argsText: string;
  argsRange: Range | null;
  /** Exec-form arguments when the arguments are a valid JSON string array. */
  json: Token[] | null;
  /** The arguments start with `[` (the author meant exec form). */
  looksLikeJson: boolean;
  stage: Stage | null;
  state: InstructionState;
  run: RunInfo | null;
  /** Parsed command of RUN, CMD and ENTRYPOINT (shell form, heredocs, or exec form with `sh -c` bodies parsed too). */
  script: ShellScript | null;
  /** ARG, ENV and LABEL pairs; empty for other instructions. */
  properties: KeyValue[];
  /**
   * Build-variable references BuildKit expands in this instruction: ENV, ARG values, LABEL, COPY/ADD
   * sources, destination and `--chown`/`--chmod`/`--checksum`, WORKDIR, USER, VOLUME, STOPSIGNAL,
   * `RUN --mount` options, FROM image and `--platform`. Never shell-form commands, CMD, ENTRYPOINT,
   * HEALTHCHECK, ONBUILD or heredoc bodies.
   */
  expansions: VariableUse[];
  /**
   * EXPOSE, VOLUME, WORKDIR, USER and STOPSIGNAL arguments as BuildKit reads them: quotes removed,
   * build variables expanded (value null when unknown). WORKDIR and USER are one word. Empty for others.
   */
  words: PathArg[];
  /** COPY and ADD operands; null for other instructions. */
  copy: CopyOperands | null;
  /** Here-documents of RUN, COPY and ADD. */
  heredocs: HeredocInfo[];
  /** Blank lines inside this `\`-continued instruction (not inside heredoc bodies). */
  emptyContinuationLines: number[];
  /** For ONBUILD: the trigger instruction's keyword. */
  onbuildKeyword: string | null;
  ast: AstInstruction;
}

export interface BaseImage {
  /** The image text as written. */
  raw: string;
  range: Range;
  /** The reference with ARGs substituted; null when a variable in it has no known value. */
  resolved: string | null;
  unresolvedVars: string[];
  /** Parsed resolved reference; null for `scratch`, stage references, unresolved or invalid. */
  name: ImageName | null;
  isScratch: boolean;
}

export interface Stage {
  index: number;
  name: string | null;
  nameRange: Range | null;
  from: Instruction;
  image: BaseImage;
  /** The stage this one builds on (`FROM builder`). */
  parent: Stage | null;
  platform: string | null;
  instructions: Instruction[];
  isFinal: boolean;
  /** Stages the final image depends on (through FROM, COPY --from, RUN --mount=from). */
  reachable: boolean;
  /** This stage, then the stages it is built `FROM` (parent first after it, root last). */
  lineage: Stage[];
  /** The first ancestor's image (following FROM <stage>): what this stage really runs on. */
  rootImage: BaseImage;
  /** The state after the stage's last instruction (what the image is configured with). */
  endState: InstructionState;
}

export interface Comment {
  text: string;
  range: Range;
}

export interface Directive {
  name: string;
  value: string;
  range: Range;
}

export interface DockerfileModel {
  path: string;
  text: string;
  lines: string[];
  lineIndex: LineIndex;
  escapeChar: string;
  directives: Directive[];
  /** Comments shaped like a parser directive (`# syntax=`, `# escape=`, `# check=`) that BuildKit ignores: not at the top of the file, or repeated. */
  ignoredDirectives: Directive[];
  comments: Comment[];
  instructions: Instruction[];
  /** ARGs before the first FROM, with their defaults. */
  globalArgs: Scope;
  stages: Stage[];
  finalStage: Stage | null;
  stageByName(name: string): Stage | null;
  /** Resolves a `COPY --from` / `--mount from=` value to a stage (name or index), null for images. */
  stageRef(ref: string, before: number): Stage | null;
}
