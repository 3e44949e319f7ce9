/** The model every rule reads: instructions, stages, resolved images, per-instruction state, parsed shell. */
import type { Facts } from './facts.js';
import type { ShellScript } from '../shell/types.js';
import type { LineIndex } from '../shell/source-map.js';
import type { Range } from '../types.js';
import type { FloatingRelease } from '../knowledge/floating-tags.js';
import type { RollingRelease } from '../knowledge/rolling-releases.js';
import type { ImageName } from './image-ref.js';
import type { Scope } from './words.js';

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
  /**
   * When `value` is null but each unknown variable may take only a few values (words.ts possibleValues): every value
   * the path may take (qdrant's `${DIR:-/null?}` after `ENV DIR=${SOURCES:+/qdrant/src}`: `/null?` or `/qdrant/src`).
   * Set on COPY and ADD operands only.
   */
  values?: readonly string[];
}

/** A container port of EXPOSE, valid as BuildKit reads it. */
export interface PortSpec {
  port: number;
  /** Last port of a range (`8000-8010`); `port` otherwise. */
  endPort: number;
  /** Lower-cased; `tcp` when not written. */
  protocol: string;
}

/** One port of EXPOSE: the word as written and the port it names. */
export interface PortArg {
  raw: string;
  range: Range;
  /** This port after expansion (one word of it when a variable holds several); null when a variable is unknown. */
  value: string | null;
  /** Null when the value is unknown or not a plain valid `port[-end][/tcp|udp|sctp]` (`expose-valid` says why). */
  spec: PortSpec | null;
}

/** The operands of COPY and ADD (heredoc bodies excluded). */
export interface CopyOperands {
  /** Source paths and URLs (not heredocs). */
  sources: readonly PathArg[];
  /** Names of heredoc sources (`COPY <<EOF /dest`). */
  heredocs: readonly string[];
  dest: PathArg | null;
}

export interface HeredocBody {
  /** The lines between `<<NAME` and the closing `NAME`, as written. */
  text: string;
  range: Range;
}

export interface HeredocInfo {
  name: string;
  /** The `<<NAME` operator. */
  range: Range;
  /** False when the file ends before the closing `NAME` line. */
  terminated: boolean;
  /** Null when the here-document has no content. */
  body: HeredocBody | null;
}

/** What an ONBUILD instruction triggers. */
export interface OnbuildTrigger {
  /** Upper-cased keyword of the trigger (`RUN` in `ONBUILD RUN make`). */
  keyword: string;
  /** The trigger's keyword as written. */
  range: Range;
  /** The trigger read as an instruction; null for triggers BuildKit refuses (`ONBUILD`, `FROM`, `MAINTAINER`). */
  instruction: Instruction | null;
}

export interface InstructionFlag {
  name: string;
  value: string | null;
  range: Range;
  valueRange: Range | null;
  /** `--mount=type=cache,target=/x` → type, target. */
  options: readonly FlagOption[];
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
  mounts: readonly Mount[];
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

export interface MalformedExecForm {
  /** Valid JSON, but an element is not a string: BuildKit rejects it. */
  parsesAsJson: boolean;
  /** The arguments with single quotes made double, when that gives a JSON array of strings; else null. */
  doubleQuoted: string | null;
}

export interface Instruction {
  /** Position in `DockerfileModel.instructions`; for an ONBUILD trigger, its ONBUILD's. */
  index: number;
  /** Upper-cased keyword. */
  keyword: string;
  /** The keyword as written. */
  keywordText: string;
  range: Range;
  keywordRange: Range;
  /** Words after the flags, as dockerfile-ast splits them. */
  args: Token[];
  flags: readonly InstructionFlag[];
  /** Argument text after the flags, continuations joined. */
  argsText: string;
  argsRange: Range | null;
  /** Exec-form arguments when the arguments are a valid JSON string array. */
  json: Token[] | null;
  /** The arguments start with `[` (the author meant exec form). */
  looksLikeJson: boolean;
  /** Arguments meant as an exec-form array that are not a JSON array of strings (BuildKit runs them as a shell string); else null. */
  malformedJson: MalformedExecForm | null;
  stage: Stage | null;
  state: InstructionState;
  run: RunInfo | null;
  /** Parsed command of RUN, CMD and ENTRYPOINT (shell form, heredocs, or exec form with `sh -c` bodies parsed too). */
  script: ShellScript | null;
  /** ARG, ENV and LABEL pairs; empty for other instructions. */
  properties: readonly KeyValue[];
  /**
   * Build-variable references BuildKit expands in this instruction: ENV, ARG values, LABEL, COPY/ADD
   * sources, destination and `--chown`/`--chmod`/`--checksum`, WORKDIR, USER, VOLUME, STOPSIGNAL,
   * `RUN --mount` options, FROM image and `--platform`. Never shell-form commands, CMD, ENTRYPOINT,
   * HEALTHCHECK, ONBUILD or heredoc bodies.
   */
  expansions: readonly VariableUse[];
  /**
   * EXPOSE, VOLUME, WORKDIR, USER and STOPSIGNAL arguments as BuildKit reads them: quotes removed,
   * build variables expanded (value null when unknown). WORKDIR and USER are one word. Empty for others.
   */
  words: readonly PathArg[];
  /** EXPOSE ports (several per word when a variable holds several); empty for other instructions. */
  ports: readonly PortArg[];
  /** COPY and ADD operands; null for other instructions. */
  copy: CopyOperands | null;
  /** Here-documents of RUN, COPY and ADD. */
  heredocs: readonly HeredocInfo[];
  /** Blank lines inside this `\`-continued instruction (not inside heredoc bodies). */
  emptyContinuationLines: readonly number[];
  /** For ONBUILD: what it triggers; null for other instructions and a bare `ONBUILD`. */
  trigger: OnbuildTrigger | null;
  /**
   * For an ONBUILD trigger: its ONBUILD instruction. A trigger runs when another image builds FROM this
   * one, so it is in neither `model.instructions` nor `stage.instructions` and changes no build state;
   * its `state` (shell, variables) is the one at its ONBUILD.
   */
  onbuild: Instruction | null;
}

export interface BaseImage {
  /** The image text as written. */
  raw: string;
  range: Range;
  /** The reference with ARGs substituted; null when a variable in it has no known value. */
  resolved: string | null;
  /** The reference with the ARGs whose values are known substituted, the others left as written (`cr.l5d.io/linkerd/proxy-runtime:latest-$TARGETARCH`). */
  expanded: string;
  unresolvedVars: readonly string[];
  /** Parsed resolved reference; null for `scratch`, stage references, unresolved or invalid. */
  name: ImageName | null;
  /**
   * When only build arguments the project's builds vary leave `name` null (context/varied-args.ts), the image the file's
   * defaults name: one of the images its builds run on (LocalAI's `ubuntu:24.04`). For rules about what the image runs
   * as, not for the reference or its release, which the builds change.
   */
  defaultName: ImageName | null;
  /**
   * When build arguments without a known value leave `name` null, the image named with the values the project's builds
   * pass them (context/passed-args.ts, argValuesEveryBuildPasses: a Compose service's `build.args`, a name alone read
   * from the project's `.env`: getsentry/self-hosted's `FROM ${SENTRY_IMAGE}`, `ghcr.io/getsentry/sentry:nightly`),
   * where every build that passes one agrees; null otherwise. What the project builds on as it stands, for rules about
   * what that image sets (its environment); the user may pass another, so never for its reference, tag or release.
   */
  passedName: ImageName | null;
  /**
   * When build arguments without a known value stand in the tag only (`node:${NODE_VERSION}-alpine`), the image with
   * each as `0`: its repository and the variant words of its tag hold for any value (the distribution, its shell). For
   * rules about what the image is made of, never for its reference, version or release.
   */
  shapeName: ImageName | null;
  isScratch: boolean;
  /** The image is a rolling-release distribution (openSUSE Tumbleweed, Arch Linux, …), whose packages cannot be pinned. */
  rollingRelease: RollingRelease | null;
  /**
   * A build argument without a value (no default, or a placeholder one) gives the image's name or tag (`FROM ${BASEIMAGE}`,
   * `FROM ubuntu:${RELEASE}`; not `FROM ${REGISTRY}/ubuntu:22.04`): the file does not say which distribution release
   * the build runs on. So does a Docker Official Image's tag that names no version nor release (`alpine:latest`,
   * `nginx:alpine`, `python:slim`: floating-tags.ts), and a reference that names no valid image.
   */
  unknownRelease: boolean;
  /**
   * The distribution release the image's tag names has a frozen package archive (frozenReleaseOf: `ubuntu:18.04`,
   * `python:3.9-buster`): its name, or null.
   */
  frozenRelease: string | null;
  /**
   * The Debian or Ubuntu release (codename) the reference names, directly or through docker-library's data
   * (debianReleaseOf: `buildpack-deps:bookworm-scm`, `nvidia/cuda:12.4.0-runtime-ubuntu22.04` → jammy); null otherwise.
   */
  debianRelease: string | null;
  /**
   * The tag names an image but leaves the distribution release under it open, to move at a rebuild (floatingReleaseOf:
   * `python:3.12`, Debian trixie today; `vllm/vllm-openai:nightly`), with the release it is on today where the data
   * knows it; null when the tag fixes the release, and when unknownRelease, frozenRelease or rollingRelease says more.
   */
  floatingRelease: FloatingRelease | null;
}

/** Who a stage's image runs as. */
export interface EffectiveUser {
  /** The user, variables resolved (`app`, `1000:1000`, `jovyan`); null when unknown. */
  name: string | null;
  /**
   * Where it comes from: `instruction`, a USER of the stage or of a stage it is built FROM; `base-image`, the default
   * user of a base image known to set one (src/knowledge/image-defaults.ts); `sudo`, neither, but a RUN calls `sudo`
   * it did not install on a base not known to run as root, so the base runs as a user that needs it (name unknown);
   * `unset`, nothing sets one: Docker's default, root (unless an image the linter does not know sets another).
   */
  source: 'instruction' | 'base-image' | 'sudo' | 'unset';
  /** Whether the user is root; null when a variable in `USER` has no known value. */
  root: boolean | null;
}

export interface Stage {
  /** What rules ask of the stage and is read once, when first asked for (facts.ts). */
  facts: Facts;
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
  /** No other stage builds on it or copies from it: an image of its own, built with `--target` unless it is the final stage. */
  target: boolean;
  /**
   * The other stages a `FROM ${BUILD_STAGE}` (a bare build argument) may pick in its place, the argument's default first
   * (alternativeStages): `repo` and `prod`, the latest-versions and the pinned variant of one image. Empty for most stages.
   */
  alternatives: Stage[];
  /**
   * No image the file builds is this stage or built `FROM` it: it is neither a build target (`target`) nor a stage one
   * is built on, so its layers never ship; other stages only copy from it or mount it.
   */
  buildOnly: boolean;
  /**
   * No image the project builds needs the stage: its build files name the stages they build from this Dockerfile, and
   * this one is neither among them nor the final stage, nor used by a stage that is (markDead). Nothing of it is built,
   * so the rules about what an image should be do not judge it. False when the project names no stages to build.
   */
  dead: boolean;
  /**
   * The stage is a development environment's: a Dev Container configuration builds it as its target (a devcontainer.json's
   * `build.target`, or the `build.target` of the Compose service it works in), or only such stages use it, while the
   * file's other images ship (markDevelopment). The rules that spare interactive development environments
   * (isInteractiveDevImage) spare it too. False for most stages.
   */
  devEnvironment: boolean;
  /**
   * The paths of the stage's filesystem that reach a built image (absolute, globs cut at their first wildcard segment):
   * `['/']` for a stage that ships whole; for a build-only stage, the sources that stages whose content ships take from
   * it (`COPY --from`, also of a stage built on it, and what a `RUN --mount=from=` of it reads); empty when none.
   */
  shippedPaths: readonly string[];
  /** This stage, then the stages it is built `FROM` (parent first after it, root last). */
  lineage: Stage[];
  /** The first ancestor's image (following FROM <stage>): what this stage really runs on. */
  rootImage: BaseImage;
  /** The state after the stage's last instruction (what the image is configured with). */
  endState: InstructionState;
  /** The user the image runs as at the end of the stage, the base image's default included. */
  user: EffectiveUser;
  /** A Windows image: the root image is a Windows one, or the RUN shell is `cmd` or Windows PowerShell. */
  windows: boolean;
  /** The ENTRYPOINT in force at the end of the stage (inherited through `FROM <stage>`); null after `ENTRYPOINT []` or `[""]`, which clear it. */
  entrypoint: Instruction | null;
  /** The CMD in force at the end of the stage: inherited through `FROM <stage>`, cleared by an ENTRYPOINT unless this stage set a CMD before it. */
  cmd: Instruction | null;
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
  /** `instructions` with each ONBUILD trigger right after its ONBUILD: for rules about what a RUN, COPY or ADD does wherever it runs. */
  instructionsWithTriggers: Instruction[];
  /**
   * Where the file shows it is a template a generator turns into a Dockerfile (jq or Go `{{ … }}`, Jinja `{% … %}`
   * where an instruction or FROM's image should be), or null: its lines are the generator's code, not instructions.
   */
  template: Range | null;
  /**
   * The comments above the first instruction say a generator writes the file and it is not to be edited
   * (docker-library's `# NOTE: THIS DOCKERFILE IS GENERATED VIA "apply-templates.sh"` … `DO NOT EDIT IT DIRECTLY`).
   */
  generated: boolean;
  /** For a `str.format` template (`{placeholder}`s): the lines holding one, where nothing else is reported; else null. */
  templateLines: ReadonlySet<number> | null;
  /**
   * Names whose `${NAME}` the project's build replaces as text before building (a generator's `sed
   * 's|\${DEBIAN_MIRROR}|…|'`: context/substituted-words.ts): there a placeholder of the generator, not a variable.
   */
  textSubstituted: ReadonlySet<string>;
  /** ARGs before the first FROM, with their defaults. */
  globalArgs: Scope;
  stages: Stage[];
  finalStage: Stage | null;
  stageByName(name: string): Stage | null;
  /** Resolves a `COPY --from` / `--mount from=` value to a stage (name or index), null for images. */
  stageRef(ref: string, before: number): Stage | null;
  /**
   * The project's own workflows run jobs in the image this file builds (a build step tags it, a job's `container:`
   * names it): a CI image, whose jobs give the commands and the user. Set from the build context (lint.ts).
   */
  ciJobImage: boolean;
  /**
   * The file sits in a version folder the project's builds no longer name (retired-versions.ts): kept, not built. Set
   * from the build context (lint.ts).
   */
  retired: boolean;
  /**
   * A development file (`dev.Dockerfile`), or one only development Compose files build, whose every Compose service
   * runs over the project's live source, or an image a script beside it launches with `-it` over the working tree, or
   * a development file a Dev Container configuration builds: a development environment. Set from the build context
   * (runsOverLiveSource in context/live-source.ts).
   */
  liveSourceImage: boolean;
  /**
   * The image is built only to make files with: a script beside it (or the composite action whose folder holds it)
   * builds it, runs it, and takes the files out (`docker cp`, or a bind-mounted working tree or output folder), and
   * nothing pushes it or runs it as a service. A build environment thrown away after the run. Set from the build
   * context (buildsArtifactsOnly in context/artifact-builds.ts).
   */
  artifactBuilder: boolean;
  /** What rules ask of the whole file and is read once, when first asked for (facts.ts). */
  facts: Facts;
}
