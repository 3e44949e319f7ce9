import { composeGivesCommand } from '../src/context/compose.js';
import { buildsNothing, applicationEntry, declaresService, hasLabel, isAuxiliaryStageName, isBaseImageDefinition, isDevelopmentImage, isFamilyBaseLayer } from '../src/knowledge/file-purpose.js';
import { COMMAND_BY_PLATFORM_LABELS, hasGenericDefaultCommand } from '../src/knowledge/image-defaults.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'cmd-present',
    category: 'runtime',
    severity: 'warning',
    preset: 'recommended',
    description: 'The final stage declares neither `CMD` nor `ENTRYPOINT`.',
    docs: {
      why:
        'Without `CMD` or `ENTRYPOINT` the container runs the base image\'s default command (a shell or a Python REPL), not your application: `docker run image` starts and exits. It reports only images that show they run something of their own: a published port or a health check (`EXPOSE`, `HEALTHCHECK`) or an application entry point copied in under a conventional name (`app.py`, `main.py`, `server.py`, `serve.py`, `api.py`, `worker.py`, `index.js`, `server.js`, …). Images without either are tools, build, training or CI environments and layers for other images, whose command comes from `docker run image <command>` or the images built on them. The rule follows `FROM <stage>` inheritance, and reports only bases whose default command is known to be a shell, a REPL or a usage message (official OS and language images, CUDA and framework images, Red Hat\'s UBI and its S2I language images such as `ubi9/python-311`). It stays silent on bases whose default command already starts a service (`nginx`, `postgres`, `ollama/ollama`, …) or the application the image configures (Red Hat\'s UBI OpenJDK images: `run-java.sh` starts `$JAVA_APP_JAR`) or is unknown (a team\'s own base image), on `FROM scratch` stages that only collect files (build outputs), on development, CI, debug and dev-container images, known by their file name (`Dockerfile.dev`, `Dockerfile.debug`, `.devcontainer/Dockerfile`, a CI folder: `ci/Dockerfile`, or `ci/` or `.ci/` at any depth in a relative path, `.ci/docker/ubuntu/Dockerfile`), a folder of test images inside the project (`tests/`, `testing/`, `package-tests/`, in a path relative to where dlint runs) or their content (`sshd`, a test runner or a debugger as the command, `openssh-server`/`pdsh` or debuggers such as `gdb`/`strace` installed), or final stages named as build targets (`validate`, `test`, `generate`, `dev`, `debug`, `export`, …), whose command comes from the tool that runs them; on images labelled for a platform that gives the container its command (Amazon SageMaker\'s `com.amazonaws.sagemaker.*` labels: it runs `docker run <image> train` or `serve`), or whose pipeline spec beside the Dockerfile gives the command (a Pachyderm pipeline\'s `transform.cmd` in a JSON or YAML file of the Dockerfile\'s folder or two folders below it: `src/knowledge/platform-specs.ts`); on images that every Compose service building their final stage (`build:` naming the Dockerfile, with no `target:` or the final stage\'s; in a `compose.yaml` or `docker-compose*.yml` of the Dockerfile\'s folder or a folder above it, or anywhere in its git repository outside vendored folders such as `node_modules/`; a service that runs by `image:` what another service of the same file builds counts as running it, and a builder that only builds, `command: ["true"]`, then does not) gives a `command:` or `entrypoint:`; on base layers of the project\'s own image family, which another Dockerfile of the family (a sibling folder\'s, or one beside it) is built FROM, as its workflows\' or Compose\'s tags or, for an image of the project\'s own account, the family folder named after the repository show (browserless\'s `docker/base/Dockerfile`, `EXPOSE $PORT` and no command, on which `docker/chrome/Dockerfile` builds with `FROM ghcr.io/browserless/base:$VERSION` and gives the command); and on files that define a base image for others, known by their shape: the final stage is built on an image (not a stage of the file), copies from the build context only the image\'s own scripts and configuration (`docker-entrypoint.sh`, files for `/usr/local/bin` or `/etc`), has no `ONBUILD` and no command beyond a bare interpreter or shell (`CMD ["python3"]`) or entrypoint beyond a script followed by such a command, and either pins the runtime it installs with a version variable (`ENV RUST_VERSION=1.83.0`, as docker-library\'s and .NET\'s images do) or takes its whole parent from a build argument (`FROM $BASE_IMAGE`, a layer of an image family built in order such as jupyter docker-stacks).',
      bad: 'FROM python:3.12-slim\nCOPY app.py /app/app.py\nEXPOSE 8000',
      good: 'FROM python:3.12-slim\nCOPY app.py /app/app.py\nEXPOSE 8000\nCMD ["python", "/app/app.py"]',
    },
    fixable: false,
    covers: [],
  },
  check({ model, buildContext, report }) {
    const final = model.finalStage;
    if (!final || isDevelopmentImage(model) || buildsNothing(model) || isAuxiliaryStageName(final.name) || isBaseImageDefinition(model)) return;
    if (final.cmd || final.entrypoint) return;
    // Without a mark of a service or an application of its own, the command is the caller's (a tool, build or training
    // environment run as `docker run image <command>`): read audits found nothing to act on there.
    const serves = declaresService(final);
    const entry = applicationEntry(final);
    if (!serves && !entry) return;
    // The platform or the Compose file that runs the image gives its command.
    if (hasLabel(final, COMMAND_BY_PLATFORM_LABELS) || (buildContext && (composeGivesCommand(buildContext.composeServices(), final.name) || buildContext.commandGivingPlatform()))) return;
    const root = final.rootImage;
    if (root.isScratch) {
      const onlyFiles = final.instructions.every((i) => ['FROM', 'COPY', 'ADD', 'LABEL', 'ARG'].includes(i.keyword));
      if (onlyFiles) return;
    } else if (!root.name || !hasGenericDefaultCommand(root.name)) {
      // A base whose default command is unknown (a variable, a team's own image) or already starts its service.
      return;
    }
    // A base layer of the project's own image family: the images built on it give the command.
    if (isFamilyBaseLayer(model, buildContext)) return;
    report({
      range: final.from.range,
      message: serves
        ? `The final stage publishes a port or checks its health but has no CMD or ENTRYPOINT, so the container runs the default command of \`${root.raw}\` and no server starts; add \`CMD ["…"]\` that starts it.`
        : `The final stage copies \`${entry}\` but has no CMD or ENTRYPOINT, so the container runs the default command of \`${root.raw}\`, not your application; add \`CMD ["…"]\` that starts it.`,
    });
  },
});
