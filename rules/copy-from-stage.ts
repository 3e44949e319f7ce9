import { isTemplateDockerfile } from '../src/knowledge/templates.js';
import { OFFICIAL_IMAGES } from '../src/knowledge/generated/official-images.js';
import { defineRule } from '../src/rule.js';
import { nearest } from '../src/suggest.js';
import type { Instruction, Stage } from '../src/model/types.js';
import type { Range } from '../src/types.js';

const OFFICIAL = new Set(OFFICIAL_IMAGES);

export default defineRule({
  meta: {
    id: 'copy-from-stage',
    category: 'correctness',
    severity: 'error',
    preset: 'recommended',
    description: '`COPY --from` (or `RUN --mount=from=`) names the current stage, a later stage, or a stage that does not exist.',
    docs: {
      why:
        'A stage can only copy from stages defined before it. `--from=<own name>` is a cycle; a later stage, or an index past the last stage, fails the build. A name that matches no stage is taken by BuildKit as an image to pull (`--from=buildr` pulls `docker.io/library/buildr`), so a typo fails late and confusingly; `--from` does not expand variables either. Image references (`--from=nginx:1.27`, `--from=ghcr.io/astral-sh/uv:0.5`) and Docker Official Image names are fine. A bare name that is neither a stage nor an image may be a named build context (`docker buildx build --build-context assets=./static`), which the Dockerfile cannot show: it is reported as a warning, not an error, and not at all when a Bake file (`docker-bake.hcl`, `docker-bake.json`, `docker-bake.override.*`) in the Dockerfile\'s folder or the folders above it, up to the top of its git repository, declares a context of that name (`contexts = { proxy = "container-template/proxy" }`), or a Compose service building the Dockerfile passes one (`build.additional_contexts`), or a build of the Dockerfile in the project\'s scripts, Makefile recipes or CI pipelines (GitHub workflows, CircleCI, GitLab CI) does (`docker buildx build --build-context plugin-src=… -f tools/docker/Dockerfile`, `docker/build-push-action`\'s `build-contexts`; also a Makefile or script elsewhere in the repository whose build names this very file from its folder: `cd ../../..; docker build --build-context examples=examples -f Dockerfile.go-rabbitmq-spout .`), nor when a script, Makefile recipe or workflow of the project builds or tags an image of that name (`docker tag tritonserver_buildbase tritonserver_build`, `docker build -t tritonserver_build`): a local image the project makes, which the default docker driver finds without pulling. A file named as a template or fragment (`Dockerfile.in`, `Dockerfile.in.julia`, `Dockerfile.j2`, `tmplv2.Dockerfile`) is filled in or joined to others by a generator before anything builds it: a variable in its `--from` is a placeholder and is not reported. A file that a script of the project joins after others (`cat Dockerfile.common Dockerfile.api_test > Dockerfile` in a shell script or Makefile recipe) may copy from a stage the files before it define.',
      bad: 'FROM python:3.12 AS builder\nRUN pip wheel --wheel-dir /wheels -r requirements.txt\n\nFROM python:3.12-slim\nCOPY --from=buidler /wheels /wheels',
      good: 'FROM python:3.12 AS builder\nRUN pip wheel --wheel-dir /wheels -r requirements.txt\n\nFROM python:3.12-slim\nCOPY --from=builder /wheels /wheels',
    },
    fixable: false,
    covers: ['DL3022', 'DL3023'],
  },
  check({ model, buildContext, report }) {
    const names = model.stages.flatMap((s) => (s.name ? [s.name] : []));
    const template = isTemplateDockerfile(model.path);
    const check = (ins: Instruction, ref: string, range: Range, what: string): void => {
      const stage = ins.stage;
      if (!stage || !ref) return;
      if (ref.includes('$')) {
        // A template's placeholder (`--from=traefik:${VERSION}-alpine` in `tmplv2.Dockerfile`), filled in by its generator.
        if (template) return;
        report({
          range,
          message: `BuildKit does not expand variables in \`${what}=${ref}\`; add a stage \`FROM ${ref} AS <name>\` and use \`${what}=<name>\`.`,
        });
        return;
      }
      let target: Stage | null = null;
      if (/^\d+$/.test(ref)) {
        target = model.stages[Number(ref)] ?? null;
        if (!target) {
          report({ range, message: `\`${what}=${ref}\` names stage index ${ref}, but the file has ${model.stages.length} stage(s) (0-based); use an earlier stage's name.` });
          return;
        }
      } else target = model.stageByName(ref);
      if (target === stage) {
        report({ range, message: `\`${what}=${ref}\` refers to the stage it is in; copy from an earlier stage or an image.` });
        return;
      }
      if (target && target.index > stage.index) {
        report({
          range,
          message: `\`${what}=${ref}\` refers to the stage at line ${target.from.range.start.line}, which comes later; a stage can only use stages defined before it.`,
        });
        return;
      }
      if (target || /[/:@.]/.test(ref) || OFFICIAL.has(ref.toLowerCase())) return;
      // A Bake file, a Compose service or a build command of the project passes a build context of that name.
      if (buildContext?.namedContexts().has(ref)) return;
      // A local image a script of the project makes before its build (`docker tag tritonserver_buildbase tritonserver_build`).
      if (buildContext?.projectBuiltImages().has(ref.toLowerCase())) return;
      // A fragment joined after the one that defines the stage (`cat Dockerfile.common Dockerfile.api_test > Dockerfile`).
      if (buildContext?.fragment()?.stagesBefore.has(ref.toLowerCase())) return;
      // `--from=set` for `license-set`: a stage named with the word beats a near spelling.
      const lower = ref.toLowerCase();
      const hint = names.find((n) => n.split(/[-_.]/).includes(lower)) ?? nearest(ref, names, 2);
      // A bare name may be a named build context (`docker buildx build --build-context NAME=…`), which the file
      // cannot show: a warning, not an error.
      report({
        range,
        severity: 'warning',
        message: hint
          ? `\`${what}=${ref}\` matches no stage; did you mean \`${hint}\`? (Unless a build context of that name is passed with \`--build-context ${ref}=…\`, an unknown name is pulled as an image.)`
          : `\`${what}=${ref}\` matches no stage, so BuildKit pulls an image named \`${ref}\` unless a build context of that name is passed (\`--build-context ${ref}=…\`); define the stage before this line or give a full image reference with a tag.`,
      });
    };
    for (const ins of model.instructions) {
      if (ins.keyword === 'COPY') {
        const from = ins.flags.find((f) => f.name.toLowerCase() === 'from');
        if (from?.value) check(ins, from.value, from.valueRange ?? from.range, '--from');
      }
      for (const mount of ins.run?.mounts ?? []) {
        if (mount.from) check(ins, mount.from, mount.range, 'from');
      }
    }
  },
});
