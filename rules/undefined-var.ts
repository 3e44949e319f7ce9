import type { PassedArgs } from '../src/context/passed-args.js';
import { isTemplateDockerfile } from '../src/knowledge/templates.js';
import { COMMON_IMAGE_VARIABLES, COMMON_IMAGE_VARIABLE_NAMES, isCommonImageVariable, knownImageEnvironment } from '../src/knowledge/image-env.js';
import { PLATFORM_ARGS, PROXY_ARGS } from '../src/model/build.js';
import { declarationsOf } from '../src/model/declarations.js';
import { isValidReference } from '../src/model/image-ref.js';
import type { Instruction, Stage, VariableUse } from '../src/model/types.js';
import { processWord } from '../src/model/words.js';
import { defineRule } from '../src/rule.js';
import { reassigns } from '../src/shell/invocation.js';
import { rangeContains } from '../src/shell/order.js';
import { nearest } from '../src/suggest.js';

/** Values the platform args have in a build on the usual machine, to judge what a FROM line resolves to. */
const PLATFORM_DEFAULTS: Record<string, string> = {
  TARGETPLATFORM: 'linux/amd64', TARGETOS: 'linux', TARGETARCH: 'amd64', TARGETVARIANT: '',
  BUILDPLATFORM: 'linux/amd64', BUILDOS: 'linux', BUILDARCH: 'amd64', BUILDVARIANT: '',
};
const DEFAULT_FORMS = new Set([':-', '-', ':+', '+']);

/** Names the BuildKit frontend reads itself (`BUILDKIT_SYNTAX`, `BUILDKIT_INLINE_CACHE`, …) and shell special parameters. */
function ignored(name: string): boolean {
  return name.startsWith('BUILDKIT_') || !/^[A-Za-z_]/.test(name) || PROXY_ARGS.includes(name);
}

export default defineRule({
  meta: {
    id: 'undefined-var',
    category: 'correctness',
    severity: 'warning',
    preset: 'recommended',
    description: 'A `$VAR` that no `ARG` or `ENV` in scope defines (so it expands to an empty string).',
    docs: {
      why: [
        'Docker expands `$VAR` in `FROM`, `ENV`, `ARG`, `LABEL`, `COPY`, `ADD`, `WORKDIR`, `USER`, `VOLUME`, `STOPSIGNAL` and `RUN --mount` from build variables; an undefined one silently becomes an empty string (`ENV PATH=$CUDA_HOM/bin:$PATH` yields `/bin:…`). Scopes follow BuildKit: an `ARG` before the first `FROM` is visible only in `FROM` lines until the stage re-declares it (`ARG NAME`, which inherits the default); so are the automatic platform args (`TARGETARCH`, `BUILDPLATFORM`, …); `ARG` and `ENV` carry over through `FROM <stage>`. In shell-form `RUN`, `CMD` and `ENTRYPOINT` the shell expands variables; of those, only a global `ARG` that a `RUN`\'s stage never re-declares (and the script never sets) is reported: BuildKit does not pass it to the `RUN`, so it is empty there.',
        '',
        'In `FROM` lines every undeclared name is reported (`UndefinedArgInFrom`), also with a default (`${TAG:-3.12}` cannot be overridden without `ARG TAG`), and so is an image that resolves to an empty or invalid reference with the declared defaults (`InvalidDefaultArgInFrom`), unless it is valid once the arguments that every build of the file the project has passes are given: its Bake targets\' `args` (a target\'s `context` read from the folder Bake runs in: the Bake file\'s own, or, when the target\'s Dockerfile is not there, the nearest folder above it where it is, as `docker buildx bake -f docker/docker-bake.hcl` run from the repository\'s top reads it), its Compose services\' `build.args`, what cross-rs passes a custom Dockerfile its `Cross.toml` (or `Cross.*.toml`, or `Cargo.toml` metadata) names (`CROSS_BASE_IMAGE`, `CROSS_DEB_ARCH` for a Linux target, and its `build-args`), the `--build-arg`s of the `docker build` commands of its scripts, Makefiles, READMEs and CI pipelines (GitHub workflows, the `run` steps of its CircleCI configuration `.circleci/*.yml`, the job scripts of its `.gitlab-ci.yml`: CircleCI\'s `<< pipeline.parameters.X >>` is a value given at each run), and its workflows\' `build-args` (the argument is then required by design: `--build-arg ALPINE_IMAGE=…` per architecture, `NODE_VERSION` from `.nvmrc`). The reference is judged with each build\'s values: the one its file gives plainly (cloud-builders\' `--build-arg NODE_VERSION=8.12.0` for `node@${NODE_VERSION}`, no digest, keeps the finding), or else one that fits where the name stands (a digest after `@`: vector\'s `ghcr.io/cross-rs/${TARGET}@${CROSS_DIGEST}`, its Makefile passing `$(CROSS_DIGEST_$*)`); a Compose list entry without `=` (`- SENTRY_IMAGE`) passes the value of the environment or `.env`. A build\'s `-f` with a variable folder names only the files whose path has its written folders (`distribution/docker/$BASE/Dockerfile` is not `scripts/cross/Dockerfile`). A workflow\'s build whose `file` an expression `${{ cond && \'a\' || \'b\' }}` chooses builds one of its choices; one of another form may build any file. A build of the file that passes none of them keeps the finding. Elsewhere, `${VAR:-default}` and `${VAR:+alt}` are not reported (the author planned for an unset value).',
        '',
        'BuildKit sees the base image\'s environment; dlint cannot, so it treats these names as defined: ' +
          COMMON_IMAGE_VARIABLES.map((n) => `\`${n}\``).join(', ') +
          ', plus, on Docker Official Images, the variables named after the image (`PYTHON_*` on `python`, `NGINX_*` on `nginx`) and the others their Dockerfiles set (`GOPATH` on `golang`, `PG_MAJOR` and `PGDATA` on `postgres`, …), also where a global `ARG` has the same name (`ARG PG_MAJOR=18` for `FROM postgres:${PG_MAJOR}`, then `ENV PG_MAJOR=${PG_MAJOR}` in the stage: the base image\'s own value). On a base image whose environment it does not know, it reports only names that are a near miss of a defined one (typos), a global `ARG` not re-declared in the stage, and a name declared only later.',
        '',
        'A file named as a template or fragment (`Dockerfile.in`, `Dockerfile.j2`, `tmplv2.Dockerfile`) is filled in by a generator before anything builds it: its placeholders are not reported. Nor is a `${NAME}` that a script of the project replaces as text with sed before building (`sed \'s|\\${DEBIAN_MIRROR}|…|g\'`), in a script beside the file that names it on the sed line, or one in a folder above that runs sed and names the file or its folder (dify-sandbox\'s `docker/generate.sh` filling `templates/*.dockerfile`): the generator\'s placeholder, not a variable. `$NAME`, which such a sed leaves, is still checked.',
      ].join('\n'),
      bad: 'ARG APP_DIR=/srv/app\nFROM python:3.12-slim\nWORKDIR $APP_DIR\nENV PATH=$VIRTUAL_EN/bin:$PATH',
      good: 'ARG APP_DIR=/srv/app\nFROM python:3.12-slim\nARG APP_DIR\nWORKDIR $APP_DIR\nENV VIRTUAL_ENV=/opt/venv\nENV PATH=$VIRTUAL_ENV/bin:$PATH',
    },
    fixable: false,
    covers: ['UndefinedVar', 'UndefinedArgInFrom', 'InvalidDefaultArgInFrom'],
  },
  check({ model, buildContext, report }) {
    // A template's placeholders are filled in by its generator, not by ARG or ENV.
    if (isTemplateDockerfile(model.path)) return;
    const globalProps = model.instructions.filter((i) => i.keyword === 'ARG' && !i.stage).flatMap((i) => i.properties);
    const globalNames = new Set(globalProps.map((p) => p.name));
    const withDefault = new Set(globalProps.filter((p) => p.rawValue !== null).map((p) => p.name));
    const withoutDefault = new Set([...globalNames].filter((n) => !withDefault.has(n)));
    const fromScope = new Set([...globalNames, ...PLATFORM_ARGS]);
    // A `${NAME}` the project's generator replaces as text before building (model.textSubstituted) is its placeholder.
    const generators = (use: VariableUse): boolean => model.textSubstituted.has(use.name) && model.lines[use.range.start.line - 1]!.startsWith(`\${${use.name}}`, use.range.start.column - 1);

    for (const stage of model.stages) {
      const from = stage.from;
      for (const use of from.expansions) {
        if (fromScope.has(use.name) || ignored(use.name) || generators(use)) continue;
        const hint = nearest(use.name, fromScope, 2);
        report({
          range: use.range,
          message: `FROM argument \`${use.name}\` is not declared; add \`ARG ${use.name}=<default>\` before the first \`FROM\`${hint ? ` (did you mean \`${hint}\`?)` : ''}.`,
        });
      }
      if (!from.expansions.some(generators)) checkDefaultImage(stage, { values: model.globalArgs, withoutDefault, passed: () => buildContext?.passedArgs() ?? new Set(), builds: () => buildContext?.argsOfEachBuild() ?? [] }, report);
      for (const ins of stage.instructions) {
        if (ins.keyword !== 'FROM') checkInstruction(ins, stage, globalNames, generators, report);
        if (ins.keyword === 'RUN') checkRunGlobals(ins, stage, globalNames, model.textSubstituted, report);
      }
    }
  },
});

type Report = (d: { range: VariableUse['range']; message: string }) => void;

interface GlobalArgs {
  values: ReadonlyMap<string, string | undefined>;
  /** Global ARGs that no declaration gives a default. */
  withoutDefault: ReadonlySet<string>;
  /** The arguments every build of the file the project has passes (BuildContext.passedArgs). */
  passed: () => ReadonlySet<string>;
  /** What each of those builds passes, with the values known (BuildContext.argsOfEachBuild). */
  builds: () => readonly PassedArgs[];
}

function checkDefaultImage(stage: Stage, globalArgs: GlobalArgs, report: Report): void {
  const image = stage.image;
  if (!image.raw.includes('$')) return;
  const scope = new Map<string, string>();
  for (const [name, value] of globalArgs.values) {
    if (value !== undefined) scope.set(name, value);
    else if (PLATFORM_ARGS.includes(name)) scope.set(name, PLATFORM_DEFAULTS[name]!);
    else if (globalArgs.withoutDefault.has(name) || PROXY_ARGS.includes(name)) scope.set(name, '');
    else return; // a default the linter cannot compute
  }
  const word = processWord(image.raw, scope, { undeclaredIsEmpty: true });
  // Undeclared names are reported above as such.
  if (word.variables.some((v) => !scope.has(v.name))) return;
  const value = word.value;
  if (value && (value.toLowerCase() === 'scratch' || isValidReference(value))) return;
  // The arguments every build the project has passes are required by design (the value depends on the architecture,
  // or comes from a file such as `.nvmrc`), where a default would drift from the builds' own: the reference is judged
  // with each build's values in their place: the value it passes where known (cloud-builders' `--build-arg
  // NODE_VERSION=8.12.0` for `node@${NODE_VERSION}` is no digest), else one that fits where the name stands (a digest
  // after `@`: vector's `ghcr.io/cross-rs/${TARGET}@${CROSS_DIGEST}` with `$(CROSS_DIGEST_$*)` from its table).
  const passed = word.variables.filter((v) => !PLATFORM_ARGS.includes(v.name) && globalArgs.passed().has(v.name));
  if (passed.length) {
    const placeholder = (name: string): string => (new RegExp(`@\\$\\{?${name}\\b`).test(image.raw) ? 'sha256:passed' : 'passed');
    const validFor = (build: PassedArgs): boolean => {
      const given = new Map([...scope, ...passed.map((v) => [v.name, build.get(v.name) ?? placeholder(v.name)] as const)]);
      const built = processWord(image.raw, given, { undeclaredIsEmpty: true }).value;
      return built !== '' && isValidReference(built);
    };
    if (globalArgs.builds().every(validFor)) return;
  }
  // A declared default that is no image (`ARG BASE_IMG=<ubuntu>`, a placeholder) needs another default, not a first one.
  const hasDefault = word.variables.some((v) => globalArgs.values.get(v.name) !== undefined);
  report({
    range: image.range,
    message: `With the declared ARG defaults, \`${image.raw}\` resolves to ${value ? `the invalid image name \`${value}\`` : 'an empty image name'}, so the build fails unless \`--build-arg\` is passed (BuildKit's InvalidDefaultArgInFrom check warns too); give the ARG ${hasDefault ? 'a default that makes a valid image reference' : 'a default'}.`,
  });
}

/**
 * A shell-form RUN reading a global ARG the stage never re-declared: the shell's variable is empty (BuildKit
 * passes a RUN only the ARGs and ENVs of its stage). Not reported where the base image may set the name.
 */
function checkRunGlobals(ins: Instruction, stage: Stage, globalNames: ReadonlySet<string>, substituted: ReadonlySet<string>, report: Report): void {
  const script = ins.run?.script;
  if (!script || ins.run!.execForm || globalNames.size === 0) return;
  const rootEnv = knownImageEnvironment(stage.rootImage);
  const seen = new Set<string>();
  for (const command of script.commands) {
    for (const word of command.argv) {
      if (word.literal) continue;
      // `${NAME}` and `$NAME`, not `${NAME:-default}` (planned for an unset value) nor `$(…)`.
      for (const m of word.value.matchAll(/\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g)) {
        const name = m[1] ?? m[2]!;
        // The generator replaces `${NAME}` as text, not `$NAME`.
        if (m[1] !== undefined && substituted.has(name)) continue;
        const key = `${word.range.start.line}:${word.range.start.column}:${name}`;
        if (seen.has(key) || !globalNames.has(name) || ins.state.env.has(name)) continue;
        seen.add(key);
        if (isCommonImageVariable(name) || rootEnv?.(name) || reassigns(name, ins.argsText)) continue;
        report({
          range: word.range,
          message: `\`$${name}\` is a global ARG that this stage does not re-declare, so it is empty in this RUN; add \`ARG ${name}\` after the stage's \`FROM\`.`,
        });
      }
    }
  }
}

function checkInstruction(ins: Instruction, stage: Stage, globalNames: ReadonlySet<string>, generators: (use: VariableUse) => boolean, report: Report): void {
  if (!ins.expansions.length) return;
  const scope = ins.state.env;
  // Names set earlier in the same ARG are visible to later words of it; a name another pair of the same ENV
  // sets is env-self-reference's finding.
  const own = (use: VariableUse): boolean =>
    (ins.keyword === 'ARG' && ins.properties.some((p) => p.name === use.name)) ||
    (ins.keyword === 'ENV' && ins.properties.some((p) => p.name === use.name && !(p.valueRange && rangeContains(p.valueRange, use.range))));
  const rootEnv = knownImageEnvironment(stage.rootImage);
  // Listed only for a name that is not found: listing every variable per instruction is quadratic in ARG/ENV count.
  let candidates: string[] | null = null;
  const nearMiss = (name: string): string | null =>
    nearest(name, (candidates ??= [...[...scope.keys()].filter((k) => !PROXY_ARGS.includes(k)), ...COMMON_IMAGE_VARIABLE_NAMES]), name.length >= 4 ? 2 : 1);
  for (const use of ins.expansions) {
    const name = use.name;
    if (scope.has(name) || own(use) || ignored(name) || DEFAULT_FORMS.has(use.modifier) || generators(use)) continue;
    // Set by the base image's own ENV (`PG_MAJOR` on `postgres`): defined, whatever global ARG shares its name.
    if (isCommonImageVariable(name) || rootEnv?.(name)) continue;
    let message: string | null = null;
    const later = declarationsOf(stage).get(name)?.find((d) => d.index > ins.index);
    const extendsItself = ins.keyword === 'ENV' && ins.properties.some((p) => p.name === name && p.valueRange && rangeContains(p.valueRange, use.range));
    const hint = nearMiss(name);
    if (globalNames.has(name)) {
      message = `\`$${name}\` is a global ARG, visible only in \`FROM\` lines; add \`ARG ${name}\` inside this stage to use it here.`;
    } else if (PLATFORM_ARGS.includes(name)) {
      message = `\`$${name}\` is an automatic platform ARG, not visible in a stage until declared; add \`ARG ${name}\` to this stage.`;
    } else if (extendsItself) {
      // `ENV PYTHONPATH=$PYTHONPATH:/app`: only where the base image is known not to set it.
      if (rootEnv && !rootEnv(name)) {
        message = `\`$${name}\` is not set before this line, so \`${name}\` gets an empty entry; drop \`$${name}\` or write \`\${${name}:+$${name}:}\` instead.`;
      }
    } else if (later) {
      message = `\`$${name}\` is used before its declaration at line ${later.range.start.line}, so it expands to an empty string here; declare it earlier.`;
    } else if (rootEnv && !rootEnv(name)) {
      message = `\`$${name}\` is not defined by any ARG or ENV in scope, so it expands to an empty string; declare it or fix the name${hint ? ` (did you mean \`$${hint}\`?)` : ''}.`;
    } else if (!rootEnv && hint && name.length >= 4) {
      // Unknown base environment: only a near miss of a defined name is worth saying.
      message = `\`$${name}\` is not defined in this Dockerfile; did you mean \`$${hint}\`?`;
    }
    if (message) report({ range: use.range, message });
  }
}
