import path from 'node:path';
import { FactKey } from '../model/facts.js';
import type { BuildContext } from '../context/build-context.js';
import type { DockerfileModel, Instruction, Stage } from '../model/types.js';
import { launchedCommand } from '../shell/command.js';
import { installReaches, installsCondaPackage, installsSystemPackage, pipInstalls, pipRequirement } from '../shell/installs.js';
import { optionValues } from '../shell/invocation.js';
import type { ShellScript, SimpleCommand } from '../shell/types.js';
import type { Category, RuleMeta } from '../types.js';
import { grammarOfTool } from './commands.js';
import { DOWNLOADERS } from './empty-input.js';
import { INIT_PROGRAMS } from './inits.js';
import { isInterpreter } from './interpreters.js';
import { hasGenericDefaultCommand, isBuildToolchainImage, isPersonalWorkspaceImage, isServiceImage, isWorkstationImage, LAMBDA_RUNTIME_CLIENTS } from './image-defaults.js';
import { verifiesFile } from './sources.js';

/**
 * What a Dockerfile is for, from its file name and folder: development, CI, build-environment and benchmark
 * images (`Dockerfile.dev`, `dev.Dockerfile`, `Dockerfile.build`, Tilt's `Dockerfile.tilt`, `lint.Dockerfile`, `Dockerfile.debug`,
 * `check.Dockerfile`, `Dockerfile.e2e-tests`, `Dockerfile.benchmark.libero`, `.devcontainer/Dockerfile`, `ci/Dockerfile`,
 * `.ci/docker/ubuntu/Dockerfile`, `benchmarks/…/Dockerfile`, anything under `.github/`) are run by tools that supply the command and the user, and keep compilers.
 */
const DEV_FILE_NAME = /(^|[._-])(dev|devel|develop|development|devcontainer|ci|build|builder|tilt|lint|linting|check|checks|tests?|e2e|conformance|bench|benchmarks?|debug)([._-]|$)/i;
const DEV_FOLDERS = new Set(['devcontainer', 'dev', 'ci', 'build', 'builder']);
/** Benchmark suites keep one image per case in subfolders (`benchmarks/fp8/ms_amp/Dockerfile`): any folder level counts. */
const BENCHMARK_FOLDER = /^(bench|benchmarks?)$/i;
/**
 * A project's CI folder keeps the images its jobs run in, often a few levels down (pytorch's `.ci/docker/ubuntu/`,
 * autogluon's `CI/batch/docker/`, ray's `ci/docker/`): at any level, in any case, but named `ci` or `.ci` alone (the
 * folder holding the file may also join it to other words, DEV_FOLDERS). Only `ci`: a `build/` or `dev/` folder higher
 * up often holds shipped images too (`build/package/Dockerfile`). Read only in a path relative to where dlint runs, as
 * isTestImageDockerfile does: an absolute path may pass through a CI server's own folder (`/srv/ci/checkouts/…`).
 */
const CI_FOLDER = /^\.?ci$/i;

export function isDevelopmentDockerfile(filePath: string): boolean {
  const parts = pathParts(filePath);
  const name = parts[parts.length - 1]!;
  const folder = parts[parts.length - 2] ?? '';
  // A folder named by such a word, alone or joined to others (`ci`, `gh-builder`, `dev_env`).
  return (
    DEV_FILE_NAME.test(name) ||
    // GitHub's own folder holds workflows and the images they build to test with.
    parts.slice(0, -1).includes('.github') ||
    folder.toLowerCase().split(/[-_.]/).some((part) => DEV_FOLDERS.has(part)) ||
    // A builder image family, one subfolder per platform (greptimedb's `docker/dev-builder/android/Dockerfile`): only
    // `builder`, and only one level up; `build/` or `dev/` there often holds shipped images.
    (parts[parts.length - 3] ?? '').toLowerCase().split(/[-_.]/).includes('builder') ||
    (!isAbsolutePath(filePath) && parts.slice(0, -1).some((f) => CI_FOLDER.test(f))) ||
    parts.slice(0, -1).some((f) => BENCHMARK_FOLDER.test(f))
  );
}

/**
 * A Compose file for development by its name (`compose.backend.dev.yml`, `docker-compose-dev.yml`,
 * `docker-compose.development.yaml`). Narrower than DEV_FILE_NAME: `docker-compose.build.yml`, `.ci.yml` and
 * `.local.yml` build the shipped images too (liquibase's `docker-compose.local.yml`, agenta's `docker-compose.gh.local.yml`), and an
 * override file is where users customise a production setup (mailcow's `docker-compose.override.yml`).
 */
const DEV_COMPOSE_FILE = /^(docker-)?compose[.-]([^/]*[.-])?(dev|devel|develop|development)[.-]([^/]*[.-])?ya?ml$/i;

export function isDevelopmentComposeFile(filePath: string): boolean {
  return DEV_COMPOSE_FILE.test(path.basename(filePath));
}

/**
 * Folders of test inputs and test images (`testdata/`, `test_data/`, BuildKit's `testfiles/` and
 * `testfiles-negative/`, `e2e/`, `test_configs/`, Jest's `__fixtures__/`, `__tests__/` and `__mocks__/`, a `fixtures/` folder inside a `tests/` folder): a Dockerfile there is built by a test suite, or only parsed, and never shipped, so
 * rules about what a shipped image should be (its user, its command) do not apply. The path is read as given to the
 * linter, so a plain `test/` or `tests/` is not enough: it may hold anything (a checkout under a folder of that name,
 * a project's own example images).
 * Vendored copies of other projects (Go's `vendor/`, `third_party/`, `node_modules/`) are treated alike: the project
 * neither ships nor edits them, so only what breaks or misreads the file is worth saying there.
 */
const TEST_FOLDER = /^(testdata|test[-_]data|testfiles?(-.*)?|testfile-.*|e2e|test[-_]configs?|__fixtures__|__tests__|__mocks__)$/i;
const VENDORED_FOLDER = /^(vendor|third[-_]party|node_modules)$/i;
/**
 * Archived files (`archive/`, `archived/`, `deprecated/`, `retired/`, and such a word leading a folder's name:
 * MLCommons' `retired_benchmarks/`), kept for reference and no longer built (isRetiredDockerfile).
 */
const ARCHIVED_FOLDER = /^(archived?|deprecated|retired)([-_][a-z0-9]+)*$/i;

/** Rule categories about what a shipped image should be (its size, pins, base, user, command). */
const SHIPPED_IMAGE_CATEGORIES: ReadonlySet<Category> = new Set(['size', 'pinning', 'base-image', 'security', 'runtime']);

/**
 * Whether a rule runs on a test input (isTestDockerfile): those about what a shipped image should be judge nothing
 * anyone ships there, unless they carry one of BuildKit's own build checks (`JSONArgsRecommended`: `docker build`
 * reports it in any file); correctness and style rules always run.
 */
export function runsOnTestInputs(meta: Pick<RuleMeta, 'category' | 'covers'>): boolean {
  // BuildKit's check names are CamelCase words (hadolint's are DLnnnn, ShellCheck's SCnnnn).
  return !SHIPPED_IMAGE_CATEGORIES.has(meta.category) || meta.covers.some((id) => /^[A-Z][A-Za-z]+$/.test(id));
}

/** Size rules that say the build fails or misbehaves, or are style: they still run on a test image (runsOnTestImages). */
const TEST_IMAGE_SIZE_RULES: ReadonlySet<string> = new Set(['apt-get-yes', 'copy-ignored-file', 'useradd-large-uid', 'apt-get-not-apt', 'consecutive-run', 'wget-progress']);

/**
 * Whether a rule runs on a test image (isTestImageDockerfile): a test suite builds it at each run and throws it away,
 * so neither its size (what it leaves in its layers, the order of its cache) nor its pins nor its base image's tag
 * buy anything (the read audits judged 81 of 92 such findings debatable). Correctness, security, style and BuildKit's
 * own build checks still run.
 */
export function runsOnTestImages(meta: Pick<RuleMeta, 'id' | 'category' | 'covers'>): boolean {
  if (meta.covers.some((id) => /^[A-Z][A-Za-z]+$/.test(id))) return true;
  if (meta.category === 'pinning' || meta.id === 'base-image-tag') return false;
  return meta.category !== 'size' || TEST_IMAGE_SIZE_RULES.has(meta.id);
}

/**
 * Fixture folders, test inputs when a test folder holds them (`packages/cli/tests/commands/fixtures/start-cmd/`), and
 * the Maven layout's test resources (`test/resources/`: azureml-assets' `test/resources/validate/…/Dockerfile`, inputs
 * of its validation scripts).
 */
const FIXTURE_FOLDER = /^((__)?fixtures?(__)?|resources)$/i;
const TESTS_FOLDER = /^(__)?(tests?|testing)(__)?$/i;

export function isTestDockerfile(filePath: string): boolean {
  const folders = pathParts(filePath).slice(0, -1);
  // A `fixtures/` or `resources/` folder alone may be anything (a linter's own rule fixtures, an app's assets); inside a
  // test folder it holds test inputs.
  return folders.some((f, i) => TEST_FOLDER.test(f) || (FIXTURE_FOLDER.test(f) && folders.slice(0, i).some((t) => TESTS_FOLDER.test(t))));
}

/** A test input or a vendored copy of another project: rules about a shipped image do not run there (runsOnTestInputs). */
export function isNotShippedHere(filePath: string): boolean {
  return isTestDockerfile(filePath) || pathParts(filePath).slice(0, -1).some((f) => VENDORED_FOLDER.test(f));
}

/**
 * A file the project keeps but no longer builds: in an archived folder, or in a version folder its builds stopped
 * naming (`retired`, from the build context: retired-versions.ts). Nobody builds or edits it, so only the errors that
 * say the file itself is broken are worth reporting there (runsOnRetiredFiles).
 */
export function isRetiredDockerfile(filePath: string, retired: boolean): boolean {
  return retired || pathParts(filePath).slice(0, -1).some((f) => ARCHIVED_FOLDER.test(f));
}

export function runsOnRetiredFiles(meta: Pick<RuleMeta, 'category' | 'severity'>): boolean {
  return meta.category === 'correctness' && meta.severity === 'error';
}

/**
 * Whether a rule runs on a generated file (DockerfileModel.generated): style is the generator's template's to fix, and
 * a rewrite of the output is lost at the next generation (linters of Go skip generated files alike); the rest runs.
 */
export function runsOnGeneratedFiles(meta: Pick<RuleMeta, 'category'>): boolean {
  return meta.category !== 'style';
}

/** A POSIX or Windows absolute path (`/home/me/…`, `C:\src\…`). */
function isAbsolutePath(filePath: string): boolean {
  return path.isAbsolute(filePath) || /^[A-Za-z]:[\\/]/.test(filePath);
}

/** The folders and file name of a path, with either separator. */
function pathParts(filePath: string): string[] {
  return filePath.replace(/\\/g, '/').split('/');
}

/**
 * A final stage named as a build target rather than a service image (`validate`, `test`, `lint`,
 * `generate`, `dev`, `development`, `export`…): the Dockerfile is driven with `--target` for checks and artifacts; a
 * `debug` variant (debuggers and tracing tools to shell in with, beside the production target) is one too. The words
 * are those of development file names (DEV_FILE_NAME): appwrite's final `development` stage, which its Compose override
 * builds with `target: development`, follows the shipped `production` one.
 */
const AUXILIARY_STAGE = /(^|[-_])(validate|validation|test|tests|testing|lint|check|generate|generator|gen|vendor|dev|devel|develop|development|debug|ci|bench|benchmark|export|artifacts?|binaries|release|docs|updates?|upgrades?)([-_]|$)/i;

export function isAuxiliaryStageName(name: string | null): boolean {
  return name !== null && AUXILIARY_STAGE.test(name);
}

/**
 * The file defines a base image that others build on (docker-library's `python`, `rust`, `php`; .NET's `aspnet`;
 * a layer of an image family built in order, such as jupyter docker-stacks), judged by the final stage's shape:
 * - it is built on an image, not on a stage of the file, and has no `ONBUILD`;
 * - it copies nothing of an application from the build context: only scripts and configuration of the image itself
 *   (`docker-entrypoint.sh`, `docker-php-ext-*`, anything copied into `/usr/local/bin`, `/etc`, …);
 * - its own command, if any, is a bare interpreter or shell (`CMD ["python3"]`, `CMD ["php", "-a"]`), and its own
 *   entrypoint, if any, a script followed by such a command (`docker-entrypoint.sh` then `CMD ["node"]`);
 * - and it either pins the toolchain or runtime it installs with a version variable in one of its stages
 *   (`ENV PYTHON_VERSION 3.13.1`, `ENV RUST_VERSION=1.83.0`, golang tip's `ENV GOLANG_COMMIT <sha>` in its build stage), or takes its whole parent from a build argument (`FROM $BASE_IMAGE`: the family's
 *   build passes the image built just before).
 * Such a file leaves the command, the user and the parent's tag to the images built on it or to its build script.
 */
export function isBaseImageDefinition(model: DockerfileModel): boolean {
  const final = model.finalStage;
  if (!final || final.parent !== null) return false;
  const own = final.instructions;
  if (own.some((i) => i.keyword === 'ONBUILD' || copiesApplication(i))) return false;
  const cmd = own.filter((i) => i.keyword === 'CMD').pop();
  const entrypoint = own.filter((i) => i.keyword === 'ENTRYPOINT').pop();
  if (cmd && !bareInterpreter(cmd)) return false;
  // docker-library's pair: `ENTRYPOINT ["docker-entrypoint.sh"]` then `CMD ["node"]`; an entrypoint alone starts a service.
  if (entrypoint && !(entrypointScript(entrypoint) && cmd && cmd.index > entrypoint.index)) return false;
  // With a bare interpreter for command, a runtime installed from a vendor's repository at an exact version is the
  // image's pinned content too (SapMachine's `apt-get install sapmachine-17-jdk-headless=17.0.19`, `CMD ["jshell"]`).
  return model.stages.some(pinsVersion) || parentFromArgument(final) || (cmd !== undefined && own.some(installsPinnedPackage));
}

/**
 * A base layer of the project's own image family: other Dockerfiles of the project are built FROM the image it builds
 * (BuildContext.builtOnByFamily: browserless's `docker/base/Dockerfile`, which `docker/chrome/Dockerfile` and its
 * siblings use as `FROM ghcr.io/browserless/base:$VERSION`), and it has no command of its own beyond a bare interpreter
 * or shell. The images built on it give the command and the user; an image others extend that starts something of its
 * own (`CMD ["node", "server.js"]`) is run itself, and is judged as any other. Reads the project's files: ask last.
 */
export function isFamilyBaseLayer(model: DockerfileModel, buildContext: BuildContext | null): boolean {
  const final = model.finalStage;
  if (!final || !buildContext) return false;
  if (final.entrypoint || (final.cmd && !bareInterpreter(final.cmd))) return false;
  return buildContext.builtOnByFamily();
}

/** A RUN whose package install names a package at an exact version (`pkg=1.2.3`, apt's and apk's form). */
function installsPinnedPackage(ins: Instruction): boolean {
  return (ins.run?.script?.commands ?? []).some((c) => {
    const { tool, subcommand, operands } = c.invocation;
    const grammar = tool ? grammarOfTool(tool) : undefined;
    return subcommand !== null && !!grammar?.packageInstalls?.includes(subcommand) && operands.some((w) => w.literal && /^[a-z0-9][\w.+-]*=\d/.test(w.value));
  });
}

/** The stage's whole `FROM` reference is a build argument (`FROM $BASE_IMAGE`, `FROM ${BASE_CONTAINER}`) naming an image. */
export function parentFromArgument(stage: Stage): boolean {
  return stage.parent === null && /^["']?\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)["']?$/.test(stage.image.raw.trim());
}

/**
 * `ENV PYTHON_VERSION 3.13.1` (openjdk's early-access `ENV JAVA_VERSION 27` or `27-ea+5` too, Adoptium's `jdk-21.0.8+9` and `jdk8u462-b08`, Erlang/OTP's `OTP-24.3.4` and its old `R16B03-1`), or a commit for a toolchain built from source (golang's `tip`: `ENV GOLANG_COMMIT <sha>`).
 * Or a download checked against a pinned checksum in the same RUN (continuumio/anaconda3's installer named by
 * `ARG INSTALLER_URL_LINUX64` and checked with `sha256sum --check`): the checksum pins what it installs.
 */
function pinsVersion(stage: Stage): boolean {
  return stage.instructions.some(
    (i) =>
      verifiedDownload(i) ||
      (i.keyword === 'ENV' &&
      i.properties.some((p) => (/_VERSION$/i.test(p.name) && /^["']?((jdk-?|OTP-)?v?\d+(\.\d+|[+~u-][0-9A-Za-z]|["']?$)|R\d+B\d+)/.test(p.rawValue ?? '')) || (/_COMMIT$/i.test(p.name) && /^["']?[0-9a-f]{7,40}["']?$/.test(p.value ?? p.rawValue ?? '')))),
  );
}

/** A RUN that downloads a file (`wget "${INSTALLER_URL}" -O anaconda.sh`) and checks it (`sha256sum --check`). */
function verifiedDownload(ins: Instruction): boolean {
  const commands = ins.run?.script?.commands ?? [];
  return commands.some((c) => c.name !== null && DOWNLOADERS.has(c.name)) && commands.some(verifiesFile);
}

/** `CMD ["python3"]`, `CMD ["php", "-a"]`, `CMD ["hy"]`: an interpreter or shell (knowledge/interpreters.ts) with options only. */
function bareInterpreter(ins: Instruction): boolean {
  const cmd = ins.script?.commands[0];
  return !!cmd?.name && isInterpreter(cmd.name) && cmd.args.every((w) => w.value.startsWith('-'));
}

function entrypointScript(ins: Instruction): boolean {
  const cmd = ins.script?.commands[0];
  return !!cmd && /(\.sh|entrypoint[^/]*)$/i.test(cmd.argv[0]!.value);
}

/** Folders an image's own scripts and configuration go to (also a top-level scripts folder: rocker's `/rocker_scripts`). */
const IMAGE_INFRASTRUCTURE = /^\/(usr\/(local\/)?s?bin|etc|docker-entrypoint\.d|[\w.-]*scripts)(\/|$)/;

/** A COPY/ADD from the build context of anything but the image's own scripts and configuration. */
function copiesApplication(ins: Instruction): boolean {
  if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || ins.flags.some((f) => f.name.toLowerCase() === 'from')) return false;
  const dest = ins.copy?.dest?.value ?? '';
  return (ins.copy?.sources ?? []).some((src) => {
    const base = src.raw.replace(/\/+$/, '').split('/').pop() ?? '';
    if (/^(\.|\*|)$/.test(base)) return true;
    return !(/(\.sh|^docker-[^/]*|entrypoint[^/]*)$/i.test(base) || IMAGE_INFRASTRUCTURE.test(dest));
  });
}

/**
 * The final image has no runtime of its own: no CMD or ENTRYPOINT in the file's stages it builds on (or one that only
 * waits, `sleep infinity`, `tail -f /dev/null`: a container kept alive to `docker exec` into or `docker cp` files out
 * of; or only prints a line, `echo done`, `cat "Just delivering the agent"`: an image whose files an init container copies out), no port published, no health check, and its base's own command starts no service. Whoever runs it gives the command (`docker run image
 * pytest`, a CI job, a later `FROM`), and with it the user: a test runner, a compile or code-generation tool, an
 * example run by hand, a layer for other images, an image only created to copy files out of.
 */
export function hasNoRuntimeOfItsOwn(model: DockerfileModel): boolean {
  const final = model.finalStage;
  if (!final || ((final.cmd || final.entrypoint) && !onlyWaits(final))) return false;
  // A base whose own command starts a service (`FROM vllm/vllm-openai`) runs it.
  if (final.rootImage.name && isServiceImage(final.rootImage.name)) return false;
  return !declaresService(final);
}

/**
 * The command the container starts with: the ENTRYPOINT's program (the CMD is its arguments), else the CMD's, past
 * launchers (`tini --`, `dumb-init`, `exec`); null when there is none.
 */
export function startCommand(stage: Stage): SimpleCommand | null {
  const fromEntrypoint = innermost(stage.entrypoint);
  // `ENTRYPOINT ["tini", "--"]` alone: the init runs the CMD.
  if (fromEntrypoint?.name && INIT_PROGRAMS.has(fromEntrypoint.name.split('/').pop()!)) return innermost(stage.cmd) ?? fromEntrypoint;
  return fromEntrypoint ?? innermost(stage.cmd);
}

/**
 * The image's command runs AWS Lambda's runtime interface client or emulator (`python -m awslambdaric`,
 * `npx aws-lambda-ric`, `/usr/local/bin/aws-lambda-rie`): a Lambda function image, whatever its base.
 */
export function startsLambdaRuntime(stage: Stage): boolean {
  return [stage.entrypoint, stage.cmd].some((ins) =>
    (ins?.script?.commands ?? []).some((c) => c.argv.some((w) => LAMBDA_RUNTIME_CLIENTS.has(w.value.split('/').pop()!))),
  );
}

function innermost(ins: Instruction | null): SimpleCommand | null {
  const cmd = ins?.script?.commands.find((c) => c.wrappedBy === null);
  return cmd ? launchedCommand(cmd) : null;
}

/**
 * `sleep infinity`, `sleep 360`, `tail -f /dev/null`, `echo done`: the whole command is a wait or prints a line; or a
 * loop of waits, `while true; do sleep 86400; done` (NVIDIA's placeholder images, also in shell form or through
 * `sh -c`): only waits and no-ops (`true`, `:`, `wait`) run, and nothing else.
 */
function onlyWaits(stage: Stage): boolean {
  if (!startCommand(stage)?.name) return false;
  // What runs, past launchers (`tini --`, `exec`) and the shell given the body (`sh -c '…'`).
  const run = [stage.entrypoint, stage.cmd]
    .flatMap((ins) => ins?.script?.commands ?? [])
    .filter((c) => !c.launches && !(c.name && INIT_PROGRAMS.has(c.name.split('/').pop()!)) && !runsInlineBody(c));
  if (run.length === 1) return waitsOrPrints(run[0]!);
  // One command, not `sleep 5 && serve`; a loop may repeat only waits.
  return run.some(waits) && run.every((c) => waits(c) || (c.name !== null && NO_OPS.has(c.name)));
}

/** `sleep 86400`, `sleep infinity`, `tail -f /dev/null`. */
function waits(cmd: SimpleCommand): boolean {
  const name = cmd.name?.split('/').pop() ?? '';
  const args = cmd.args.map((w) => w.value);
  return (name === 'sleep' && args.length === 1) || (name === 'tail' && args.includes('/dev/null') && args.some((a) => /^-[a-zA-Z]*[fF]/.test(a)));
}

/** `sleep 360`, `tail -f /dev/null`, `echo done`, `printf …`: the command waits or prints a line. */
function waitsOrPrints(cmd: SimpleCommand): boolean {
  const name = cmd.name?.split('/').pop() ?? '';
  // A line of text, not a file: opentelemetry-operator's `CMD ["cat", "Just delivering the … agent"]`.
  return waits(cmd) || name === 'echo' || name === 'printf' || (name === 'cat' && cmd.args.length === 1 && /\s/.test(cmd.args[0]!.value));
}

/** Commands that do nothing: a wait loop's condition (`while true`, `while :`), `wait` for a backgrounded sleep. */
const NO_OPS: ReadonlySet<string> = new Set(['true', ':', 'wait']);

/** `sh -c '…'`, `/busybox/sh -c "…"`: a shell given its script on the command line; the body's commands are listed after it. */
function runsInlineBody(cmd: SimpleCommand): boolean {
  return !!cmd.name && SHELL_NAMES.test(cmd.name.split('/').pop()!) && cmd.args[0]?.value === '-c';
}

/** Shell built-ins that change nothing outside the script: `set -e`, `exit 0`. */
const INERT_BUILTINS = new Set(['set', 'exit', 'true', ':']);
/** What a printed line may hold from a command substitution: the time, the host, the user (`$(date)`, `$(hostname)`). */
const PRINTED_FACTS = new Set(['date', 'hostname', 'uname', 'whoami', 'id', 'pwd', 'basename', 'dirname']);
/** Where a printed line may go: the terminal's streams, or nowhere (`>&2`, `> /dev/stderr`). */
const TERMINAL = /^([0-9]+|-|\/dev\/(stdout|stderr|null|tty))$/;

/**
 * Every command of a start script only prints or waits (`echo "Hello, world! The time is $(date)."`, Cloud Build's
 * helloworld example): beside `set`/`exit`, lines printed to the terminal, with at most the time, the host or the
 * user substituted in; a write to a file (`echo … > /etc/hosts`) or any other program counts as work. False for a
 * script that does nothing, or that the linter could not parse.
 */
export function scriptOnlyPrints(script: ShellScript): boolean {
  if (script.error) return false;
  const substituted = new Set<SimpleCommand>();
  for (const cmd of script.commands) for (const w of cmd.argv) for (const e of w.expansions ?? []) for (const c of e.commands) substituted.add(c);
  let prints = false;
  for (const cmd of script.commands) {
    const name = cmd.name?.split('/').pop() ?? null;
    if (name === null) {
      if (cmd.argv.length > 0) return false; // a program named by a variable
      continue; // a bare assignment
    }
    if (!cmd.redirects.every((w) => TERMINAL.test(w.value))) return false;
    if (substituted.has(cmd) ? PRINTED_FACTS.has(name) : INERT_BUILTINS.has(name)) continue;
    if (substituted.has(cmd) || !waitsOrPrints(cmd)) return false;
    prints = true;
  }
  return prints;
}

/** A port published or a health check: the image runs a service, whoever gives its command. */
const SERVICE_MARKS = new Set(['EXPOSE', 'HEALTHCHECK']);

/** The stage, or a stage of the file it builds on, publishes a port or checks its health: it is meant to serve. */
export function declaresService(stage: Stage): boolean {
  return stage.lineage.some((s) => s.instructions.some((i) => SERVICE_MARKS.has(i.keyword)));
}

/**
 * Conventional file names of an application's entry point (`app.py`, `main.py`, `server.js`, …): an image that copies
 * one in exists to run it. Other sources (a whole project, build sources, requirement files, a script a README runs
 * by name) say nothing about whether the image runs anything of its own.
 */
const APPLICATION_ENTRY = /^(app|main|server|serve|api|run|worker|bot|wsgi|asgi|index)\.(py|js|mjs|cjs|ts)$/;

/** The application entry point (its file name) the stage, or a stage of the file it builds on, copies in; null when none. */
export function applicationEntry(stage: Stage): string | null {
  for (const s of stage.lineage) {
    for (const ins of s.instructions) {
      for (const src of ins.copy?.sources ?? []) {
        const name = src.raw.replace(/\/+$/, '').split('/').pop() ?? '';
        if (APPLICATION_ENTRY.test(name)) return name;
      }
    }
  }
  return null;
}

/**
 * Folders of a project's test images (`tests/`, `test/`, `testing/`, `package-tests/`, `e2e-ui/`, and those of the
 * end-to-end test tools `playwright/`, `cypress/`, or a `conformance/` suite): images a test suite
 * builds and runs with its own command and user (a test runner, a mock server, a package smoke test). Read only in a
 * path relative to where dlint runs (inside the project): an absolute path may pass through a folder of that name
 * that is not the project's (`/home/me/tests/app/Dockerfile`).
 */
const TEST_IMAGE_FOLDER = /^(tests?|testing|(package|integration|smoke|functional|release)[-_]tests?|e2e[-_].+|playwright|cypress|conformance)$/i;

export function isTestImageDockerfile(filePath: string): boolean {
  if (isAbsolutePath(filePath)) return false;
  return pathParts(filePath).slice(0, -1).some((f) => TEST_IMAGE_FOLDER.test(f));
}

/**
 * Folders of samples (`examples/`, `samples/`, `demos/`, `tutorials/`, `quickstarts/`, `cookbook/`): each reader builds
 * the image on their own day, from the distribution archive of that day, so exact package versions there rot (a Debian
 * point release or an Alpine revision removes them) and break the sample rather than fix it. Read in a path relative
 * to where dlint runs, as isTestImageDockerfile is.
 */
const SAMPLE_FOLDER = /^(examples?|samples?|demos?|tutorials?|quick-?starts?|cookbooks?)$/i;

/**
 * Accounts that publish only samples (Docker's `dockersamples`, Microsoft's `Azure-Samples`, AWS's `aws-samples`,
 * Oracle's `oracle-samples`): every Dockerfile of their repositories is a sample, wherever it sits.
 */
const SAMPLE_PUBLISHERS: ReadonlySet<string> = new Set(['dockersamples', 'azure-samples', 'aws-samples', 'oracle-samples']);

/** A sample: in a samples folder (read from a relative path), or in a repository of a publisher of samples (by its `origin` account). */
export function isSampleDockerfile(filePath: string, repositoryOwner: string | null = null): boolean {
  if (repositoryOwner !== null && SAMPLE_PUBLISHERS.has(repositoryOwner.toLowerCase())) return true;
  if (isAbsolutePath(filePath)) return false;
  return pathParts(filePath).slice(0, -1).some((f) => SAMPLE_FOLDER.test(f));
}

/** What isSampleDockerfile recognises, as the rules' docs say it. */
export const SAMPLE_FILES =
  'Not reported in a sample (a Dockerfile under `examples/`, `samples/`, `demos/`, `tutorials/`, `quickstarts/` or `cookbook/`, or in a repository of a publisher of samples: `dockersamples`, `Azure-Samples`, `aws-samples`, `oracle-samples`): each reader builds it on their own day, and an exact version there breaks the sample at the next point release instead of fixing it.';

/** Programs whose presence as the command, or whose installation, marks an interactive development, CI or debug image. */
const DEV_COMMANDS = /^(\/usr\/sbin\/)?(sshd|pytest|tox|nox|bats|jest|vitest|ctest|dlv|gdbserver)$/;
/** Multi-node launchers, and debuggers and tracers to shell in with (they need root: ptrace, raw sockets). */
const DEV_PACKAGES = new Set(['openssh-server', 'openssh-server-pam', 'pdsh', 'gdb', 'gdbserver', 'strace', 'ltrace', 'valgrind', 'tcpdump', 'iotop']);
/** Python test runners, and the names of a package's test or dev extras (`diffusers[test]`, `./pkg[cu13,dev]`). */
const TEST_RUNNERS: ReadonlySet<string> = new Set(['pytest', 'tox', 'nox']);
const TEST_EXTRAS: ReadonlySet<string> = new Set(['test', 'tests', 'testing', 'dev']);

/**
 * A development, CI, test or build-environment image: by its file name or folder (a test input folder, isTestDockerfile; a
 * folder of test images, isTestImageDockerfile), by its base (a workstation image: Cloud Workstations, Dev Containers), or
 * recognised from its content, whatever the file is called: it runs
 * `sshd` (interactive dev containers and multi-node training hosts, which need root), a test runner or a debugger as
 * its command, installs `openssh-server`/`pdsh` (DeepSpeed-style multi-node launchers) or debuggers and tracers (a
 * debug variant to shell into), has a bare shell as its command (or none of its own on a base whose default is a shell) and test tooling installed (a CI runner's image:
 * its jobs give the commands), grants passwordless sudo (grantsPasswordlessSudo), or is a build environment (isBuildEnvironment);
 * or the project's own workflows run jobs in it (DockerfileModel.ciJobImage), or it is run over the project's live source
 * (DockerfileModel.liveSourceImage), or a script beside it builds it only to make files with (DockerfileModel.artifactBuilder).
 */
export function isDevelopmentImage(model: DockerfileModel): boolean {
  return model.facts.get(DEVELOPMENT_IMAGE, () => readsAsDevelopmentImage(model));
}

/** What isInteractiveDevImage recognises, as the rules' docs say it. */
export const INTERACTIVE_DEV_IMAGES =
  'a file whose comments above its final stage\'s first instruction after `FROM` say it is for development only (`# This dockerfile is intended for dev only purposes`), a Dev Container under `.devcontainer/`, or a development file (`Dockerfile.dev`) a `devcontainer.json` there builds (`"build": {"dockerfile": "../../analyzer/Dockerfile.dev"}`), or a stage (not the final one) that a `devcontainer.json` builds as its target (`"build": {"target": "devcontainer"}`, or the `build.target` of the Compose service its `dockerComposeFile` and `service` name) and the stages only it uses, the file\'s other stages staying judged, a Cursor cloud agent\'s environment (`.cursor/Dockerfile`, which `.cursor/environment.json` builds), an image built on a personal workspace image (Cloud Workstations, Gitpod), or a development file (`dev.Dockerfile`, `Dockerfile.dev`), or one only development Compose files build (`compose.dev.yml`, `docker-compose-dev.yml`), that every Compose service building it runs with the project\'s source bind-mounted over it or over its working folder (`volumes: [".:/app"]`), or an image a shell script, Makefile or task runner\'s file (invoke\'s `tasks.py`, nox\'s `noxfile.py`, mage\'s `magefile.go` or `magefiles/`, Task\'s `Taskfile.yml`, just\'s `justfile`: each task\'s command read from the strings and lists its function assembles, the branches of an `if` as alternatives, a parameter\'s default as its value) starts for people to work in, `docker run -it` (also `nvidia-docker run`, or flags gathered in variables) with the project\'s tree bind-mounted (`-v ${PWD}:/workspace`, Make\'s `$(PWD)`, `--mount type=bind,source=…`, or a folder a variable holds: `-v "$WORK_DIR":/work`; not a fixed host folder such as `-v /data:/data`, the home folder, nor a folder of data, models, caches or configuration), the script being beside the Dockerfile (and not building only another Dockerfile there) or, in a folder below or above it or elsewhere in the repository, building this very Dockerfile (`docker build -f "$SCRIPT_DIR/../Dockerfile.vllm"`), where no script of those folders pushes an image';

/** What DockerfileModel.artifactBuilder recognises, as the rules' docs say it. */
export const ARTIFACT_BUILDERS =
  'a script beside the Dockerfile (also one without an extension whose first line runs bash or sh, a task runner\'s file such as invoke\'s `tasks.py`, nox\'s `noxfile.py`, mage\'s `magefile.go` or `magefiles/`, Task\'s `Taskfile.yml` or just\'s `justfile`, or the composite GitHub action in its folder) builds the image (a build context that is the script\'s own folder, `$(dirname "$0")`, or a variable holding it, counts as that folder), runs it and takes out the files the run made: with `docker cp` from the container, through the working tree or an output folder the run bind-mounts (`docker run --rm -v $(pwd):/workspace builder …`), or as the run\'s standard output, redirected to a file or piped into a `tar` that extracts it (`tar cf - src | docker run -i builder | tar -xf -`), also through filters that pass it on whole (`docker run --rm schema2openapi | sed -e … > ./openapi/models.json`; not a log nor `/dev/null`, nor what `grep`, `head` or `tail` keep), in the foreground and publishing no port; also a Makefile, script or task runner\'s file in a folder above, up to the project\'s root, or a Makefile or script elsewhere in the repository (a sibling folder\'s: cluster-autoscaler\'s Makefile runs `docker build -t autoscaling-builder ../builder`), that builds the file by its path from there, or from where the script\'s `cd` lines go first (qdrant\'s `tools/generate_openapi_models.sh`: `cd "$(dirname "$0")/../"`, then `docker build tools/schema2openapi`), under a local name (no account or registry, never retagged) and runs it so, the working tree\'s folders mounted (kserve\'s `docker build -f docs/apis/Dockerfile -t apidocs-gen .` then `docker run --rm -v ${PWD}/docs/apis:/out apidocs-gen`; armada\'s magefiles, whose `BuildJava` target builds `./build/java-client/Dockerfile` as `armada-java-client-builder` and runs it with `-v <working folder>:/build`: in a task runner\'s file the build and that run are one task\'s, not a test task running an image another task built); not when a script beside it pushes an image, a build of the project tags that Dockerfile\'s image with a registry\'s name, a Compose service builds it, or it has a health check, or exposes a port (unless every run of it by that file gives its own command, in the foreground, publishing no port, with a folder of the tree bind-mounted (traefik\'s root Makefile builds `webui/buildx.Dockerfile`, which keeps an `EXPOSE 8080`, as `traefik-webui` and runs only `docker run --rm -v "$(PWD)/webui/static":/src/webui/static traefik-webui yarn build:prod`)); the Dockerfile the build names may be one value of a variable the file assigns several (`-f Dockerfile.$(DIST_OS)`, `DIST_OS=ubuntu` and `DIST_OS=redhat` in `ifeq` branches), also from a folder a `cd` on the build\'s line goes to (`cd src/example/SampleCpuExtension && docker build -f Dockerfile.$(DIST_OS) -t sample_cpu_extension .`), and the files may come out of a created container (`docker cp $(docker create sample_cpu_extension):/workspace/libext.so ./lib`)';

/**
 * An interactive development environment for people: a Dev Container (`.devcontainer/Dockerfile`, `devcontainer.Dockerfile`),
 * an image built on a personal workspace image (Cloud Workstations, Gitpod), or an image run over the project's live
 * source by Compose or a launch script (DockerfileModel.liveSourceImage). Its users shell in and work there: the
 * tools a package recommends (`less`, `bash-completion`, man pages) are welcome, and it is never shipped to run. Each
 * developer rebuilds it on their own machine, so pins, verified installers and a portable platform buy nothing, and
 * `sudo` is the platform's idiom. The rules that ask this also spare, per stage, a Dev Container's target within a file
 * whose other stages ship (Stage.devEnvironment).
 */
export function isInteractiveDevImage(model: DockerfileModel): boolean {
  if (model.liveSourceImage || pathParts(model.path).some((p) => /^\.?devcontainers?([._-]|$)/i.test(p)) || declaresDevelopmentOnly(model)) return true;
  const base = model.finalStage?.rootImage.name;
  return !!base && isPersonalWorkspaceImage(base);
}

/**
 * The file says it is for development only, in a comment above the final stage's first instruction (polyaxon's `# This
 * dockerfile is intended for dev only purposes`, `# For local development only`).
 */
const DEVELOPMENT_ONLY = /\b(intended|meant)\s+(only\s+)?for\s+(local\s+)?(dev|development|debugging)\b|\b(only\s+)?for\s+(local\s+)?(dev|development|debugging)(\s+(use|purposes?))?\s+only\b|\bonly\s+for\s+(local\s+)?(dev|development|debugging)\b/i;

function declaresDevelopmentOnly(model: DockerfileModel): boolean {
  // Only where a comment speaks of the whole file: above the final stage's first instruction after its FROM (a
  // comment above a RUN, `# only for debugging`, speaks of that RUN).
  const final = model.finalStage;
  if (!final) return false;
  const before = final.instructions.find((i) => i.keyword !== 'FROM')?.range.start.line ?? Infinity;
  // From the end of the instruction before the final FROM (the file's top for one stage).
  const after = model.instructions.filter((i) => i.range.end.line < final.from.range.start.line).at(-1)?.range.end.line ?? -1;
  return model.comments.some((c) => c.range.start.line > after && c.range.start.line < before && DEVELOPMENT_ONLY.test(c.text));
}

/** Answered once per model: several rules ask. */
const DEVELOPMENT_IMAGE = new FactKey<boolean>();

function readsAsDevelopmentImage(model: DockerfileModel): boolean {
  if (isDevelopmentDockerfile(model.path) || isTestDockerfile(model.path) || isTestImageDockerfile(model.path) || model.ciJobImage || model.liveSourceImage || model.artifactBuilder) return true;
  const final = model.finalStage;
  if (!final) return false;
  // Built on a workstation image (Cloud Workstations, Dev Containers, Gitpod): a development environment for people.
  if (final.rootImage.name && isWorkstationImage(final.rootImage.name)) return true;
  for (const ins of [final.cmd, final.entrypoint]) {
    const first = ins?.script?.commands.find((c) => c.wrappedBy === null);
    const name = first?.name ?? '';
    // `make test`, `make test-system`, `go test ./...`, `npm test`.
    if (DEV_COMMANDS.test(name) || (first && /^(go|npm|yarn|pnpm|make|cargo)$/.test(name) && /^test([-_:]\w[\w:-]*)?$/.test(first.args[0]?.value ?? ''))) return true;
  }
  // A shell as the command, with test tooling installed: a CI runner's image, its jobs give the commands.
  const start = startCommand(final);
  // No command of its own on a base whose default is a shell (`nvidia/cuda`, `ubuntu`) counts as a shell too.
  const root = final.rootImage.name;
  const shellOnly =
    (start?.name !== null && start?.name !== undefined && SHELL_NAMES.test(start.name.split('/').pop()!) && start.args.length === 0) ||
    (!start && !final.cmd && !final.entrypoint && root !== null && hasGenericDefaultCommand(root));
  if (installsSystemPackage(final, DEV_PACKAGES) || isBuildEnvironment(final, start) || grantsPasswordlessSudo(final)) return true;
  // Also through a Python environment built in another stage and copied in (`COPY --from=build /opt/conda /opt/conda`).
  return shellOnly && pipInstalls(model).some((i) =>
    installReaches(model, i, final) &&
    [...i.packages.map((w) => w.value), ...optionValues(i.invocation, '-e', '--editable').map((o) => o.value)].some((v) => isTestTooling(v)),
  );
}

/** `pytest`, `tox`, a test or dev extra (`diffusers[test]`, `./pkg[cu13,dev]`, `accelerate[testing] @ git+…`). */
function isTestTooling(requirement: string): boolean {
  const { name, extras } = pipRequirement(requirement);
  return (name !== null && TEST_RUNNERS.has(name)) || extras.some((e) => TEST_EXTRAS.has(e));
}

const SHELL_NAMES = /^(ba|da|a|z)?sh$/;

/**
 * The image lets its user become root without a password: a sudoers line with `NOPASSWD` written by a RUN (and not
 * removed again by it), or a file copied into `/etc/sudoers.d/`. That is a workstation for people (ROCm's `rocm-terminal`, Dev Containers, multi-node
 * training hosts): its user is root whenever it wants, and no deployed image hands that out.
 */
function grantsPasswordlessSudo(final: Stage): boolean {
  return final.lineage.some((s) =>
    s.instructions.some(
      (i) =>
        (i.run?.script?.commands.some((c) => c.args.some((w) => w.value.includes('NOPASSWD'))) &&
          // A build user's grant removed again (`rm /etc/sudoers.d/builder` at the end of the RUN) was only for the build.
          !i.run.script.commands.some((c) => c.name === 'rm' && c.args.some((w) => w.value.includes('sudoers')))) ||
        ((i.keyword === 'COPY' || i.keyword === 'ADD') && i.copy?.dest?.value?.startsWith('/etc/sudoers.d') === true),
    ),
  );
}

/**
 * Build drivers and compiler caches, as system packages: what a project's build needs beyond a compiler. A compiler
 * alone (`build-essential`) is what an application image installs to build its Python dependencies' wheels.
 */
const BUILD_TOOLS = new Set(['cmake', 'ninja-build', 'ccache', 'devscripts', 'meson', 'autoconf', 'automake', 'bazel', 'scons']);

/**
 * The same build drivers as their projects' release downloads, by file name, for a newer version than the distribution
 * packages: Kitware's CMake archives and installers (`cmake-3.20.6-linux-x86_64.tar.gz`, `cmake-3.28.1-Linux-x86_64.sh`:
 * github.com/Kitware/CMake/releases), Ninja's (`ninja-linux.zip`, `ninja-linux-aarch64.zip`: ninja-build/ninja releases),
 * Bazel's installer (`bazel-7.4.1-installer-linux-x86_64.sh`) and Bazelisk (`bazelisk-linux-amd64`: bazelbuild releases).
 */
const BUILD_TOOL_RELEASES: readonly RegExp[] = [
  /^cmake-\d+(\.\d+)+(-rc\d+)?-linux-(x86_64|aarch64)\.(tar\.gz|sh)$/i,
  /^ninja-linux(-aarch64)?\.zip$/,
  /^bazel-\d+(\.\d+)+-installer-linux-(x86_64|arm64)\.sh$/,
  /^bazelisk-linux-(amd64|arm64)$/,
];

/** A RUN of the stage or a stage it is built on downloads a build driver's release (BUILD_TOOL_RELEASES) with curl or wget. */
function downloadsBuildTool(final: Stage): boolean {
  return final.lineage.some((s) =>
    s.instructions.some((i) =>
      i.run?.script?.commands.some(
        (c) => (c.invocation.tool === 'curl' || c.invocation.tool === 'wget') && c.invocation.operands.some((w) => BUILD_TOOL_RELEASES.some((r) => r.test(w.value.split(/[?#]/)[0]!.split('/').pop()!))),
      ),
    ),
  );
}

/**
 * Conda package builders: conda-build, boa (`conda mambabuild`) and rattler-build. An image that installs one is where
 * recipes mounted in are built into conda packages (ContinuumIO's anaconda-pkg-build images: conda-build, `CMD bash`).
 */
const CONDA_BUILD_TOOLS = new Set(['conda-build', 'boa', 'rattler-build']);

/** Build drivers as programs: a RUN that runs one shows the image carries it, however it got there. */
const BUILD_DRIVERS = new Set(['cmake', 'ninja', 'meson', 'bazel', 'bazelisk', 'scons']);

/** A RUN of the stage or a stage it is built on runs a build driver (`cmake -D … ..`). */
function runsBuildDriver(final: Stage): boolean {
  return final.lineage.some((s) => s.instructions.some((i) => i.run?.script?.commands.some((c) => !!c.name && BUILD_DRIVERS.has(c.name.split('/').pop()!))));
}

/**
 * A build environment: it installs build tools (BUILD_TOOLS, or a release download of one: BUILD_TOOL_RELEASES, or a
 * conda package builder: CONDA_BUILD_TOOLS), runs
 * a build driver itself (BUILD_DRIVERS) or is built on a toolchain image (manylinux, dockcross), copies nothing from
 * the build context, serves nothing and has no command beyond a shell, so the source is mounted and built inside
 * (`docker run -it -v $PWD:/workspace …`; TensorRT's OSS build containers: cmake, ccache, devscripts; InspireFace's
 * CUDA and wheel build containers: Kitware's CMake archive, `quay.io/pypa/manylinux2014_x86_64`; roboflow's Jetson
 * images: CMake builds of OpenCV in the final stage, `ENTRYPOINT ["bash"]`). It needs the compilers it carries.
 */
function isBuildEnvironment(final: Stage, start: SimpleCommand | null): boolean {
  if (start && !(start.name && SHELL_NAMES.test(start.name.split('/').pop()!) && start.args.length === 0)) return false;
  const toolchain = !!final.rootImage.name && isBuildToolchainImage(final.rootImage.name);
  if (declaresService(final) || !(toolchain || installsSystemPackage(final, BUILD_TOOLS) || installsCondaPackage(final, CONDA_BUILD_TOOLS) || downloadsBuildTool(final) || runsBuildDriver(final))) return false;
  return !final.lineage.some((s) => s.instructions.some((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && !i.flags.some((f) => f.name.toLowerCase() === 'from')));
}

/**
 * A file of several bare `FROM` lines and nothing else (a dependency manifest that Renovate or Dependabot keeps up to date, or an alias of
 * another image): it builds nothing of its own, so there is no command or user of its own to judge.
 */
export function buildsNothing(model: DockerfileModel): boolean {
  return model.stages.length > 1 && model.stages.every((s) => s.instructions.length === 1);
}

/** The stage, or a stage of the file it is built on, has a label whose name matches one of `patterns`. */
export function hasLabel(stage: Stage, patterns: readonly RegExp[]): boolean {
  return stage.lineage.some((s) => s.instructions.some((i) => i.keyword === 'LABEL' && i.properties.some((p) => patterns.some((l) => l.test(p.name)))));
}
