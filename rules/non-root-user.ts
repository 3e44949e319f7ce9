import path from 'node:path';
import { DEFAULT_PATH } from '../src/knowledge/image-folders.js';
import { CONFIG_ONLY } from '../src/knowledge/instructions.js';
import { composeGivesUser } from '../src/context/compose.js';
import { supervisedPrograms } from '../src/context/supervisor.js';
import { runitServices } from '../src/context/runit.js';
import { absoluteOperand, makesOwnFolder, ownFolder } from '../src/context/folders.js';
import { copiesIn, stageSourceIn } from '../src/context/copies.js';
import { buildsDockerAction } from '../src/context/github-action.js';
import { buildsCloudBuildStep } from '../src/context/cloud-build.js';
import { insertLinesBefore, keywordInFileCase } from '../src/fix-edits.js';
import { installsSystemPackage } from '../src/shell/installs.js';
import type { BuildContext } from '../src/context/build-context.js';
import { ARTIFACT_BUILDERS, buildsNothing, declaresService, hasLabel, isAuxiliaryStageName, isBaseImageDefinition, isFamilyBaseLayer, hasNoRuntimeOfItsOwn, isDevelopmentImage, scriptOnlyPrints, startCommand, startsLambdaRuntime } from '../src/knowledge/file-purpose.js';
import { baseImageScriptRuns, CRON_DAEMONS, DOCKER_CLIENT_BINARY, DOCKER_CLIENT_IMAGE, DOCKER_STATIC_RELEASE, EBPF_AGENTS, EBPF_BUILD_PACKAGES, isBootableContainerBase, isServiceImage, defaultCommandDropsPrivileges, defaultCommandNeedsRoot, entrypointStepsDownFor, DROPS_PRIVILEGES_LINE, isNetworkAdminBase, isWebServerImage, ENTERS_HOST_ROOT_LINE, LOADS_KERNEL_MODULE_LINE, NETWORK_ADMIN_PACKAGES, OFFICIAL_ENTRYPOINT, PRIVILEGE_DROPPERS, PRIVILEGE_DROPPING_OPTIONS, ROOT_BY_PLATFORM_ENV, ROOT_BY_PLATFORM_LABELS, ROOT_BY_PLATFORM_STAGES, ROOT_DAEMONS, ROOT_PACKAGES, runAsNonRootByPlatform, S6_OVERLAY_INIT, S6_OVERLAY_RELEASE, S6_OVERLAY_VARIABLE, SELF_DROPPING_SERVERS, STARTS_ROOT_DAEMON_LINE, STARTS_SERVICE_LINE, SUPERVISORD, SUPERVISORD_CONFIGS, WEB_SERVER_PACKAGES, WEB_SERVER_SCRIPT } from '../src/knowledge/image-defaults.js';
import { isLocalImage } from '../src/knowledge/trusted-images.js';
import { nonRootSetup } from '../src/knowledge/users.js';
import { exposedPorts } from '../src/runtime/expose.js';
import { contextFile } from '../src/runtime/server/config-files.js';
import { detectServers } from '../src/runtime/server.js';
import { isValidReference, parseImageName, type ImageName } from '../src/model/image-ref.js';
import type { DockerfileModel, Instruction, Stage } from '../src/model/types.js';
import { launchedCommand } from '../src/shell/command.js';
import { optionValues } from '../src/shell/invocation.js';
import { parseCommandLine } from '../src/shell/parse.js';
import { scanOptions } from '../src/shell/options.js';
import type { SimpleCommand, Word } from '../src/shell/types.js';
import { defineRule } from '../src/rule.js';
import type { ReportDescriptor } from '../src/types.js';

export default defineRule({
  meta: {
    id: 'non-root-user',
    category: 'security',
    severity: 'warning',
    preset: 'recommended',
    description: 'The final image runs as root.',
    docs: {
      why:
        'A process running as root inside the container is root on the host\'s kernel: a container escape or a writable host mount then hands over the machine. Create a user and switch to it with `USER` in the final stage (inherited through `FROM <stage>`). Bases that already default to a non-root user (`*:nonroot`, Chainguard, Jupyter docker-stacks, Gitpod workspaces, Bitnami, `jenkins/jenkins`, `grafana/grafana` (472), .NET chiseled, Red Hat\'s UBI OpenJDK images (185) and S2I language images such as `ubi9/python-311` (1001), BuildKit\'s rootless images (`moby/buildkit:v0.25.1-rootless`, 1000) and `docker:dind-rootless`; not the plain `ubi9/ubi`) are accepted, and so is a file whose `RUN` calls `sudo` it did not install, on a base not known to run as root (the base runs as a user that needs sudo), and so are images that install or run `gosu`/`su-exec` (their entrypoint starts as root and switches user itself, the docker-library convention), images whose command is a server that runs its workers as an unprivileged user by its own configuration (`php-fpm`, Apache\'s `apache2-foreground`/`httpd-foreground`, `nginx`, `haproxy` (the `user`/`group` of its global section), and mail servers, which bind port 25 and deliver into mailboxes as root: Exim\'s `exim -bd`, Postfix\'s `postfix start-fg`/`master`, `sendmail`, `dovecot`; Shiny Server, which runs each app as its `run_as` user, and RStudio Server\'s `rserver`, which starts each session as the user who logged in; NGINX Unit\'s `unitd`, whose apps run as its `unit` user; also nginx or Apache installed by the image itself and started by a script of its own named after it, `ENTRYPOINT ["start-nginx"]`; also when it is the command of the base, `FROM nginx` with only configuration copied in, or when a start script of the image\'s own takes its place on a web server\'s image, `ENTRYPOINT ["/docker-entrypoint.d/env.sh"]` on `nginx:alpine`), images built on LinuxServer.io\'s base images (`ghcr.io/linuxserver/baseimage-*`, whose s6 services run as `abc` with `s6-setuidgid`), images that keep the command of an official image whose entrypoint starts its server as its own user (`FROM postgres`, `FROM rabbitmq`: `gosu`/`su-exec` in their `docker-entrypoint.sh`), or keep its entrypoint and give it the server or its options in exec form (`FROM mongo` with `CMD ["mongod", "--bind_ip_all"]`, `FROM postgres` with `CMD ["-c", "max_connections=200"]`; also `pypiserver/pypiserver`, whose entrypoint runs `pypi-server` through `gosu pypiserver`, kept with its command or given a subcommand, `CMD ["run", "-p", "8080", "/data/packages"]`), images whose command is a daemon that needs root (s6-overlay\'s `/init` where the image installs s6-overlay, which starts its supervision tree as root, Docker-in-Docker\'s `dockerd-entrypoint.sh`, `containerd`, `buildkitd`, a Kubernetes device plugin such as `nvidia-device-plugin`, which serves on the kubelet\'s root-owned socket folder, NVIDIA\'s GPU node agents: the container toolkit\'s installer `nvidia-ctk-installer`, which the GPU Operator runs privileged to install the toolkit onto the host and restart its container runtime, `dcgm-exporter`, whose profiling metrics need `CAP_SYS_ADMIN`, which Docker grants only to root, and GPU Feature Discovery (`gpu-feature-discovery`), which labels the node through a root-owned host folder and runs privileged; kernel module loaders, which need `CAP_SYS_MODULE`: NVIDIA\'s driver container (`nvidia-driver init`, which compiles and loads the driver into the host\'s kernel), `modprobe`, `insmod`, or a start script copied from the build context that runs them; system loggers (`rsyslogd`, `syslog-ng`, `syslogd`), which create the `/dev/log` socket in the container\'s root-owned `/dev`; images whose start script starts a daemon that needs root (the Tailscale daemon in its default kernel networking mode, not with `--tun=userspace-networking`; `dockerd`, `containerd`, `k3s server` or `agent`, also K3s as the command); host installers whose start script changes root into the host\'s root filesystem mounted in the container or enters the host\'s namespaces (`chroot /rootfs ./install-nvidia-driver.sh`, `nsenter -t 1`; not a chroot into the image\'s own tree, `exec chroot /srv /app`, which runs the application as root); eBPF host agents, which load programs into the kernel and see every process of the host: `otelcol-ebpf-profiler`, `parca-agent`, `tetragon`, `beyla`, OpenTelemetry eBPF Instrumentation\'s `obi` (the Beyla Grafana donated) (also after an explicit `USER 0`), also an image that ships one of them under its name beside a controller of its own that runs it (openlit-controller with `COPY --from=obi-builder /obi /usr/local/bin/obi`), or whose command is a program copied from a stage that installs eBPF\'s build toolchain (`libbpf-dev`, `libbpf-devel`, `bpftool`, BCC\'s headers): it loads its eBPF programs into the kernel; CI agents that run their jobs\' containers through the host\'s Docker socket, owned by root and a `docker` group whose id the image cannot know: `woodpecker-agent`, `drone-runner-docker`, `gitlab-runner`, Determined\'s `determined-agent`, which starts each task\'s container there, and Buildkite\'s `buildkite-agent`, also started by an entrypoint script of the image\'s own through an init and a wrapper that runs its arguments (`exec /sbin/tini -- ssh-env-config.sh /usr/local/bin/buildkite-agent "$@"`); also `FROM docker:29-dind` without a command of its own: its `-rootless` variant is the non-root alternative), images whose own label gives the command that runs them privileged (Falco\'s `LABEL usage="docker run -i -t --privileged -v /proc:/host/proc:ro …"`: a kernel or host agent, root by design), images that program the kernel\'s network (`iptables`, `nftables`, `ipvsadm`, `ipset` or `conntrack` installed, or a base built for it such as `distroless-iptables`: CNI plugins, kube-proxy-like DaemonSets and network troubleshooting tools need `NET_ADMIN`), GitHub Actions Docker container actions (an `action.yml` beside the Dockerfile with `runs.using: docker` and `image: Dockerfile`: GitHub runs them as root and its documentation says not to set `USER`, which would lose access to `GITHUB_WORKSPACE`), Cloud Build builders (a `cloudbuild.yaml` beside the Dockerfile, or one named for its use such as `cloudbuild-release.yaml`, builds it, `docker build -t gcr.io/$PROJECT_ID/helm .`, or by its path from a folder above it that the build is submitted from, `-f paxml/pip_package/Dockerfile .`, and a step of it or of a `cloudbuild.yaml` in a folder below, such as `examples/`, runs the built image, `- name: gcr.io/${PROJECT_ID}/helm`, or a configuration up to two folders above builds it from a step\'s `dir` and runs it there (cloud-builders\' `git/cloudbuild.yaml` and its `examples/version-file`); a name with a substitution of the configuration\'s own, `$_IMAGE_NAME`, only in the same file: Cloud Build runs its steps as root over the root-owned `/workspace` and `/builder/home`; an image the file only builds and pushes is still reported), images whose start script, copied from the build context (also through a builder stage that copied it from there, `COPY --from=builder /app/client/scripts ./scripts`), runs its services as another user (`gosu`, `su-exec`, runit\'s `chpst -u`, `setpriv`, `s6-setuidgid`, `runuser`, `chroot --userspec=<uid>:<gid>` or `su <user> -c` in the script the command runs, `CMD ["/bin/sh", "/launch.sh"]`: it starts as root on purpose and steps down itself; or that, after preparing as root, hands over to an official image\'s own entrypoint with a command it starts as the server\'s user, `exec docker-entrypoint.sh "$@"` with `CMD ["redis-server"]` on `redis`, even after an explicit `USER root`; or that starts system services through their init scripts, `service mysql start`, `/etc/init.d/nginx start`: init scripts need root and the daemons drop to their own users; or that ends by running a cron daemon, `exec cron -f`, which runs each crontab as its owner), images whose command is a cron daemon (`crond -f`, `busybox crond -f`), also as the `CMD` an entrypoint is given to run (`ENTRYPOINT ["/entrypoint.sh"]`, whose script ends with `exec "$@"`, and `CMD ["/usr/sbin/crond", "-f"]`, even after an explicit `USER root`), which must be root to run each crontab as its owner, images whose command is `supervisord` with a configuration copied from the build context (`-c /supervisord.conf`, or where supervisord looks without `-c`; not one that includes other files) whose every program sets a `user=` other than root, is a server that steps down itself (as above: `apache2-foreground`, `php-fpm`) or a daemon that must be root (as below, or a cron daemon, `cron`, `crond`, `busybox crond`, which runs each user\'s crontab as that user), directly or through a script that ends by running one (copied from the build context, or the official `nextcloud` image\'s `/cron.sh`): supervisord starts as root to start them, images whose command is runit\'s `runsvdir DIR` (or `runsv DIR`), also as the last line of a start script copied from the build context (`exec /sbin/runsvdir /etc/service`), whose services all come from the build context (not when a `RUN` adds others) and whose every `run` script steps down itself (`chpst -u`) or ends by running a server that steps down or a daemon that must be root (as above and below: Postfix\'s `master`, also through a variable the script sets, `"$cmd" -c /etc/postfix`; `rsyslogd`): runsvdir starts as root to start them, images whose only command is an entrypoint script of their own that ends by running the command it is given (`exec "$@"`, eclipse-temurin\'s `ENTRYPOINT ["/__cacert_entrypoint.sh"]` with no `CMD`, port or health check, also behind an init, `ENTRYPOINT ["/usr/bin/tini", "-g", "--", "/opt/prefect/entrypoint.sh"]`, or an inline one whose last command is that, `ENTRYPOINT ["/bin/bash", "-c", "source /opt/env.sh && exec \\"$@\\"", "--"]`: a language or toolkit base image, whoever runs it gives the command and the user), images that install the Docker client (`docker-cli`, `docker-ce-cli`, `docker.io`, Alpine\'s `docker`) or ship its static binary (Docker\'s `download.docker.com/linux/static/…` archive fetched by the image or by the stage it copies `docker` from, or `COPY --from=docker:27-cli /usr/local/bin/docker /usr/local/bin/`): they drive a Docker daemon through the socket mounted from the host, owned by root and a `docker` group whose id the image cannot know (repo2docker, which builds and runs images on the host\'s Docker), images that install a Samba server (`samba`, `samba-dc`, `samba-ad-dc`: its daemons serve shares and domain logins as the users they authenticate, which needs root), images that point the dynamic loader into root\'s home (`ENV LD_LIBRARY_PATH=${CUDA_PATH}/lib64` with `CUDA_PATH=/root/cu-bridge/CUDA_DIR`: a vendor toolkit installed there, which another user could not load; a build tool on the `PATH` there, `/root/.local/bin`, does not count), images with no runtime of their own (no `CMD`, `ENTRYPOINT`, `EXPOSE` or `HEALTHCHECK` in the final stage or the stages of the file it builds on, or a command that only waits, `sleep infinity`, `tail -f /dev/null`, also through `bash -c`, or a loop of waits, `/busybox/sh -c "while true; do sleep 86400; done"`, or only prints a line, `echo done`, `cat "Just delivering the agent"`, also through a start script of its own, copied from the build context, whose every command prints a line to the terminal, with at most the time, host or user substituted in (`echo "Hello, world! The time is $(date)."`), and not built on an image whose own command starts a service): whoever runs them gives the command, and with it the user (a test runner, a compile or code-generation tool, an example run by hand, a layer of an image family, an image only created to copy files out of, or kept alive to `docker exec` into); `cmd-present` reports an application image that lacks its command, development, CI, test, debug and dev-container images, known by their file name (`Dockerfile.dev`, `Dockerfile.debug`), a platform folder of a builder family (`docker/dev-builder/android/Dockerfile`), a CI folder (`ci/`, or `ci/` or `.ci/` at any depth in a path relative to where dlint runs: `.ci/docker/ubuntu/Dockerfile`, `CI/batch/docker/Dockerfile.cpu`), a folder of test images inside the project (`tests/`, `testing/`, `package-tests/`, in a path relative to where dlint runs), an image run over the project\'s live source (every Compose service of a development file, or of development Compose files such as `compose.dev.yml`, bind-mounts the source over it), an image built only to make files with (' + ARTIFACT_BUILDERS + '; its command builds as root into root-owned folders, and the image is thrown away) or their content (`sshd`, which needs root, a test runner or a debugger (`dlv`) as the command; `openssh-server` (also `openssh-server-pam`)/`pdsh`, or debuggers and tracers that need root (`gdb`, `strace`, `tcpdump`, `valgrind`, `iotop`) installed; passwordless sudo granted to its user, a `NOPASSWD` sudoers line or a file copied into `/etc/sudoers.d/`; a bare shell as the command with test tooling installed, `pytest`, `tox`, a `[test]` or `[dev]` extra: a CI runner\'s image, whose jobs give the commands; a build environment: build tools such as `cmake` or `ccache` installed, also CMake from Kitware\'s release archive, or a build driver run by a `RUN` of the image (`cmake -D … ..`, `ninja`, `meson`, `bazel`), or a toolchain base such as `quay.io/pypa/manylinux2014_x86_64`, with nothing copied from the build context and no command beyond a shell: the source is mounted and built inside, and a non-root user could not write to the mount), images built for a platform that runs every container as an unprivileged user of its own (AWS Lambda: its `public.ecr.aws/lambda/*` bases, or a command that runs its runtime interface client on another base, `python -m awslambdaric`, `npx aws-lambda-ric`, or its emulator `aws-lambda-rie`), images labelled for a platform that runs them as root by its own contract (Amazon SageMaker\'s `com.amazonaws.sagemaker.*` labels: root-owned `/opt/ml` mounts, requirements installed into the system Python at start) or whose final stage is named as its build target (`FROM runtime AS sglang-sagemaker`), or that set its toolkits\' variables (`ENV SAGEMAKER_PROGRAM train.py`, `SAGEMAKER_TRAINING_MODULE`), bootable container images (bootc: `FROM quay.io/centos-bootc/centos-bootc`), an operating system whose systemd runs each service as the user of its unit, base layers of the project\'s own image family, with no command beyond a bare interpreter or shell, that another Dockerfile of the family (a sibling folder\'s, or one beside it) is built FROM, the image found to be built from this file as for the bases below (browserless\'s `docker/base/Dockerfile`, on which `docker/chrome/Dockerfile` builds with `FROM ghcr.io/browserless/base:$VERSION` and sets `USER blessuser`; the images built on it set the user), images built on a base the project builds itself from a Dockerfile of its own whose final stage runs as a user other than root (`FROM ghcr.io/acme/api` with the project\'s workflow building it from `api/Dockerfile`, which ends in `USER 10001`; `FROM acme/kafka:0.6` beside the image family\'s `kafka/0.6/Dockerfile`, which ends in `USER kafka`: a workflow\'s or compose service\'s build tagged with the same repository (also a workflow step\'s `docker build -t app .`, reading the context\'s `Dockerfile`, renamed for the push by `docker tag app acme/app`), or, for an image of the project\'s own account, the family folder `<repository>/[<tag>/]Dockerfile`; only a single such file counts, or the one in the version folder the tag or the Dockerfile\'s own folder names), images built on a base made locally by an earlier step (a single name Docker Hub\'s library does not have, such as `FROM bats-jenkins`: its `USER` is not shown), final stages named as build targets (`validate`, `test`, `generate`, `dev`, `development`, `debug`, `export`, …), whose user comes from the tool that runs them, and images that every Compose service building their final stage (`build:` naming the Dockerfile, with no `target:` or the final stage\'s; in a `compose.yaml` or `docker-compose*.yml` of the Dockerfile\'s folder or a folder above it, or anywhere in its git repository outside vendored folders such as `node_modules/`; a service that runs by `image:` what another service of the same file builds counts as running it, and a builder that only builds, `command: ["true"]`, then does not) runs as a `user:` other than root. Files that define a base image for others are not reported either: their final stage is built on an image, copies from the build context only the image\'s own scripts and configuration, has no `ONBUILD` and no command beyond a bare interpreter, REPL or shell (`CMD ["python3"]`, `CMD ["irb"]`, Hy\'s `CMD ["hy"]` on a Python image) or entrypoint beyond a script followed by such a command, and pins the runtime it installs with a version variable (`ENV PHP_VERSION 8.3.14`, Erlang/OTP\'s `ENV OTP_VERSION R16B03-1`, docker-library\'s convention: the images built on them choose the user) or downloads its installer and checks it in the same `RUN` (`sha256sum -c`, `gpg --verify`: ContinuumIO\'s `anaconda3`), or, with a bare interpreter or shell as its command, installs it from a package repository at an exact version (SapMachine\'s `apt-get install sapmachine-17-jdk-headless=17.0.19` with `CMD ["jshell"]`), or takes its whole parent from a build argument (a layer of an image family built in order); scripts copied into a top-level `…scripts` folder (rocker\'s `/rocker_scripts`) are the image\'s own. Nor are images that make their own writable folders usable by whatever user `docker run --user` picks, as docker-library does (`chmod 1777 logs temp work`, not `/tmp`), or that open folders they made themselves to everyone (`chmod -R 777`, `0777`, `a+rwx` or `o+rwx` on a folder a `mkdir`, `WORKDIR` or `COPY` of the image made, `chmod 777 .` in its `WORKDIR`, or a `mkdir` given such a mode, `mkdir --parents --mode=0777 /var/lib/vector`; not on a file such as a script, nor on a standard folder such as `/usr/bin`): leaving `USER` unset is then a choice, so that the images built on them can still install packages. OpenShift\'s group-0 idiom alone (`chgrp -R 0` with `chmod -R g=u`) is still reported: outside OpenShift the image runs as root. Nor is an explicit `USER root` that the file says is on purpose, in a comment right above the final stage\'s `ENTRYPOINT` or `CMD` (or above that `USER`, when no `RUN` follows it) that runs it as root for a reason or says it must (`# Overwrite ENTRYPOINT to run fluentd as root for /var/log / /var/lib`: fluentd-kubernetes-daemonset, a node log collector reading the host\'s root-owned logs; `# needs to run as root`); not one that puts it off or denies it (`TODO`, `for now`, `do not run as root`).',
      bad: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/main.py"]',
      good: 'FROM python:3.12-slim\nRUN useradd --create-home --uid 10001 app\nCOPY . /app\nUSER 10001\nCMD ["python", "/app/main.py"]',
      fixSafety:
        'Unsafe: the process then runs without root, and files the build copied or created stay owned by root, so an application that writes into its own folder, binds a port below 1024 or installs at start-up breaks. Before the final stage\'s first `CMD`/`ENTRYPOINT` the fix adds a system user with the fixed UID 10001, created with the base distribution\'s own tool (`groupadd`/`useradd` on Debian, Ubuntu and the Red Hat family, `addgroup`/`adduser` on Alpine; distroless images already have `nonroot`, UID 65532), and `USER <uid>`. No fix when the image already creates users (its names may clash), when the base image\'s distribution is unknown or has no such tool (`-minimal` images, Amazon Linux), when a build step (`RUN`, `COPY`, `WORKDIR`, `USER`…) follows the `CMD`/`ENTRYPOINT`, when the stage has none of its own, when the container starts in or runs a file from root\'s home `/root` (closed to other users), or when the image exposes or its server listens on a port below 1024 (by its flags or an `ENV PORT`) (binding it needs root outside Docker, which lowers the limit: in Kubernetes the server would fail to start).',
    },
    fixable: true,
    fixKind: 'unsafe',
    covers: ['DL3002', 'CKV_DOCKER_3', 'DS002'],
  },
  check({ model, buildContext, report }) {
    const final = model.finalStage;
    if (!final || final.windows || isDevelopmentImage(model) || buildsNothing(model) || isAuxiliaryStageName(final.name) || isBaseImageDefinition(model) || hasNoRuntimeOfItsOwn(model)) return;
    if (dropsPrivileges(final) || runByPlatformAsRoot(final) || runsRootDaemon(final) || administersNetwork(final) || preparedForAnyUser(final)) return;
    // Its shared libraries load from root's home, closed to other users: under a USER its programs would not start.
    if (loadsLibrariesFromRootHome(final)) return;
    // Its own label documents running it privileged (Falco's `LABEL usage="docker run -i -t --privileged …"`): root by design.
    if (documentsPrivilegedRun(final)) return;
    // It drives the host's Docker through the mounted socket, or serves Samba shares as each user it authenticates.
    if (installsSystemPackage(final, ROOT_PACKAGES) || shipsDockerClient(model, final)) return;
    // An eBPF host agent: it ships one, or its program was built with eBPF's toolchain.
    if (shipsEbpfAgent(final) || startsEbpfProgram(model, final)) return;
    // AWS Lambda runs the container as its own unprivileged user, whatever the image says: on its own bases, or on any
    // base when the command is its runtime interface client.
    const base = baseOf(final);
    if ((base && runAsNonRootByPlatform(base)) || startsLambdaRuntime(final)) return;
    // The project runs it through Compose, which picks the user (`user: "${APP_UID:-1000}"`), its start script steps
    // down itself, it is a GitHub Docker action or a Cloud Build builder, which their platforms run as root by
    // contract, or a base layer the project's other images are built on, which set their own; read only when about
    // to report.
    const userPickedElsewhere = (): boolean =>
      entrypointOnlyWraps(model, final, buildContext) ||
      isFamilyBaseLayer(model, buildContext) ||
      (buildContext !== null &&
        (composeGivesUser(buildContext.composeServices(), final.name) ||
          startScriptDropsPrivileges(model, final, buildContext) ||
          startScriptOnlyPrints(model, final, buildContext) ||
          supervisedProgramsStepDown(model, final, buildContext) ||
          runitServicesStepDown(model, final, buildContext) ||
          buildsDockerAction(buildContext) ||
          buildsCloudBuildStep(buildContext)));
    const user = final.user;
    if (user.source === 'instruction') {
      if (user.root && !saysRootOnPurpose(model, final) && !userPickedElsewhere()) {
        const at = final.endState.user!;
        report({ range: at.range, message: `The final image runs as \`${user.name}\`; switch to an unprivileged user (\`USER 10001\`) after the steps that need root.`, ...userFix(model, final) });
      }
      return;
    }
    // A base built locally by an earlier step (`FROM bats-jenkins`) may set its own USER: it is not shown here.
    if (user.source !== 'unset' || !base || isLocalImage(base)) return;
    // A base the project builds itself from a Dockerfile of its own: its final `USER` is this image's default user.
    if (buildContext?.ownBase(base)?.user.root === false) return;
    if (userPickedElsewhere()) return;
    report({
      range: final.from.range,
      message: 'The final stage never sets USER, so the container runs as root; add a user and `USER <uid>` before CMD.',
      ...userFix(model, final),
    });
  },
});

/**
 * The image makes its writable folders usable by whatever user `docker run --user` picks, as docker-library does
 * (tomcat's `chmod 1777 logs temp work`), or opens folders it made itself to everyone (localstack's `chmod -R 777
 * /var/lib/localstack` after `mkdir`, `chmod 777 .` in its WORKDIR): leaving USER unset is then a choice for the
 * images built on it (they still `RUN apt-get`), not an oversight. Mode 777 counts only on such folders, since it is
 * as often put on a script (`chmod 777 /entrypoint.sh`) or a system folder. A `mkdir` given the mode does the same to
 * the folders it makes (vector's regression image: `mkdir --parents --mode=0777 /var/lib/vector`). OpenShift's
 * group-0 idiom (`chgrp -R 0 … && chmod -R g=u …`) is not enough: the image still runs as root outside OpenShift, and
 * audits judged those findings right.
 */
function preparedForAnyUser(final: Stage): boolean {
  return final.lineage.some((s) =>
    s.instructions.some((i) =>
      (i.run?.script?.commands ?? []).some((c) => {
        if (c.name === 'mkdir') return makesFolderForAnyUser(i, c);
        if (c.name !== 'chmod') return false;
        const [mode, ...paths] = scanOptions(c.args, { valued: new Set() }).positional;
        if (!mode?.literal) return false;
        if (mode.value === '1777') return paths.some((p) => !TEMP_FOLDERS.has(p.value.replace(/(.)\/+$/, '$1')));
        if (!givesOthersAll(mode.value)) return false;
        return paths.some((p) => {
          const folder = absoluteOperand(p, c);
          return folder !== null && ownFolder(i, c, folder);
        });
      }),
    ),
  );
}

/**
 * A `mkdir -m MODE` (`--mode=MODE`) that makes folders of the image's own open to everyone (`0777`, `a+rwx`), or
 * sticky and open (`1777`) outside the temporary folders: mkdir sets the mode of the folders it makes (with `-p`, the
 * last of each path; the parents it adds get the default).
 */
function makesFolderForAnyUser(instruction: Instruction, mkdir: SimpleCommand): boolean {
  const mode = optionValues(mkdir.invocation, '-m', '--mode').pop();
  if (!mode?.word.literal) return false;
  const open = mode.value === '1777' || givesOthersAll(mode.value);
  return open && mkdir.invocation.operands.some((p) => {
    const folder = absoluteOperand(p, mkdir);
    return folder !== null && !TEMP_FOLDERS.has(folder) && makesOwnFolder(instruction, folder);
  });
}

/**
 * A comment saying the image runs as root on purpose, and why: that it runs as root for, to, because or since
 * something (fluentd-kubernetes-daemonset's `# Overwrite ENTRYPOINT to run fluentd as root for /var/log / /var/lib`, a
 * node log collector reading the host's root-owned logs), or that it must, needs to or has to run as root. Not one
 * that puts it off (`TODO`, `for now`) or denies it (`do not run as root`), nor one that only says what ran as root
 * (`previous commands run as root`).
 */
const ROOT_ON_PURPOSE = /\b(run|runs|running)\b[^.;,]*\bas root\s+(for|to|because|since|in order to)\b|\b(must|needs? to|has to|have to|requires? to)\s+(be\s+)?(run|runs|executed?)\s+as\s+root\b/i;
const PUT_OFF = /\b(not|never|don'?t|avoid|instead|TODO|FIXME|XXX|temporar\w*|for now)\b/i;

/**
 * The final `USER root` is a decision the file explains: a comment of the block right above the final stage's
 * `ENTRYPOINT` or `CMD`, or above that `USER` when no `RUN` follows it, says it runs as root on purpose
 * (ROOT_ON_PURPOSE). Those are where an author says who the container runs as; above a `USER root` that build steps
 * follow, or elsewhere, a comment is about the steps (`# run the installer as root to write /usr`).
 */
function saysRootOnPurpose(model: DockerfileModel, final: Stage): boolean {
  const at = final.endState.user?.range.start.line;
  // In file order: the root of the lineage first.
  const own = [...final.lineage].reverse().flatMap((s) => s.instructions);
  const index = own.findIndex((i) => i.keyword === 'USER' && i.range.start.line === at);
  const user = index >= 0 && !own.slice(index + 1).some((i) => i.keyword === 'RUN') ? own[index] : undefined;
  return [user, final.entrypoint, final.cmd].some((ins) => !!ins && commentBlockAbove(model, ins).some((text) => ROOT_ON_PURPOSE.test(text) && !PUT_OFF.test(text)));
}

/** The comments on the lines right above an instruction, up to the first line that is not one. */
function commentBlockAbove(model: DockerfileModel, ins: Instruction): string[] {
  const block: string[] = [];
  let above = ins.range.start.line - 1;
  for (let i = model.comments.length - 1; i >= 0; i--) {
    const c = model.comments[i]!;
    const line = c.range.start.line;
    if (line > above) continue;
    if (line < above) break;
    block.push(c.text);
    above--;
  }
  return block;
}

/** `/root`, `~`, or a path inside them: root's home, closed to other users (mode 700). */
const inRootHome = (p: string | null | undefined): boolean => !!p && /^(\/root|~)(\/|$)/.test(p);

/**
 * The image points the dynamic loader into root's home (`ENV LD_LIBRARY_PATH=${CUDA_PATH}/lib64:…` with
 * `CUDA_PATH=/root/cu-bridge/CUDA_DIR`, a vendor toolkit installed there): made to run as root, since another user
 * could not load those libraries. A build tool on the PATH in root's home (`/root/.local/bin`, `/root/.cargo/bin`)
 * does not count: the application usually runs without it.
 */
function loadsLibrariesFromRootHome(final: Stage): boolean {
  return final.lineage.some((s) =>
    s.instructions.some(
      (i) =>
        i.keyword === 'ENV' &&
        i.properties.some((p) => {
          if (p.name !== 'LD_LIBRARY_PATH') return false;
          const written = (p.rawValue ?? '').replace(/^["']|["']$/g, '');
          const expanded = written.replace(/\$\{?([A-Za-z_]\w*)\}?/g, (ref, name: string) => i.state.env.get(name) ?? ref);
          return expanded.split(':').some(inRootHome);
        }),
    ),
  );
}

/**
 * A chmod mode that gives others read, write and enter: octal `777`, `0777` (the others' digit 7), or symbolic clauses
 * naming others (`a+rwx`, `ugo=rwX`, `o+rwx`, `u+rwx,o+rwx`). Clauses without a `who` (`+rwx`) do not count: the umask
 * then keeps write from others.
 */
function givesOthersAll(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) return mode === '777' || mode === '0777';
  const others = new Set<string>();
  for (const clause of mode.split(',')) {
    const m = /^([ugoa]*)((?:[-+=][rwxXst]*)+)$/.exec(clause);
    if (!m) return false;
    if (!/[oa]/.test(m[1]!)) continue;
    for (const [, op, perms] of m[2]!.matchAll(/([-+=])([rwxXst]*)/g)) {
      if (op === '=') others.clear();
      for (const p of perms!.replace('X', 'x')) (op === '-' ? others.delete(p) : others.add(p));
    }
  }
  return ['r', 'w', 'x'].every((p) => others.has(p));
}

/** World-writable by every image already: `chmod 1777 /tmp` says nothing about the image's own folders. */
const TEMP_FOLDERS = new Set(['/tmp', '/var/tmp', '/dev/shm']);

/**
 * The image installs or runs gosu/su-exec (…): its entrypoint starts as root and switches user itself; or its
 * command is a server that runs its workers as another user by its own configuration (php-fpm, Apache, nginx, a mail
 * server).
 */
function dropsPrivileges(final: Stage): boolean {
  // No command of its own: the base's (`FROM nginx:1.27` with only a config file copied in runs nginx); or, on a web
  // server's image, a script of its own in its place, which sets things up and starts the server
  // (`ENTRYPOINT ["/docker-entrypoint.d/env.sh"]` ending in `nginx -g 'daemon off;'`). Not on postgres and the like,
  // whose entrypoint steps down only for their own server's command.
  const base = baseOf(final);
  if (!final.cmd && !final.entrypoint && base && defaultCommandDropsPrivileges(base)) return true;
  // The official entrypoint kept, and an exec-form command it starts as the server's user (`CMD ["mongod", "--auth"]`).
  const first = final.cmd?.looksLikeJson && !final.cmd.malformedJson ? final.cmd.script?.commands[0]?.name : null;
  if (!final.entrypoint && base && first && entrypointStepsDownFor(base, first)) return true;
  if (base && isWebServerImage(base) && [final.cmd, final.entrypoint].every((ins) => !ins || startsScript(ins))) return true;
  for (const ins of [final.entrypoint, final.cmd]) {
    const program = ins?.script?.commands.at(-1)?.name ?? null;
    if (program && SELF_DROPPING_SERVERS.some((p) => p.test(program) || p.test(program.split('/').pop()!))) return true;
  }
  // The image installs nginx itself and starts it through a script of its own named after it (`ENTRYPOINT ["start-nginx"]`).
  const start = startCommand(final);
  const script = start && scriptRunBy(start);
  if (script && WEB_SERVER_SCRIPT.test(script.value) && installsSystemPackage(final, WEB_SERVER_PACKAGES)) return true;
  for (const s of final.lineage) {
    for (const ins of s.instructions) {
      for (const cmd of ins.script?.commands ?? []) {
        if ((cmd.name && PRIVILEGE_DROPPERS.has(cmd.name)) || cmd.args.some((w) => PRIVILEGE_DROPPERS.has(w.value))) return true;
        // `chroot --userspec=app:app / app`: a program that steps down only with its option.
        const option = cmd.name && PRIVILEGE_DROPPING_OPTIONS.get(cmd.name);
        if (option && cmd.args.some((w) => w.value === option || w.value.startsWith(`${option}=`))) return true;
      }
    }
  }
  return false;
}

/**
 * The image's command is a script of its own, copied from the build context, that runs commands as another user
 * (`exec gosu app "$@"`, runit's `chpst -u postgres`, `su postgres -c …`), starts system services through their
 * init scripts (`service mysql start`), loads kernel modules (`modprobe nvidia`: a driver container), or ends by running
 * a daemon that must be root (`exec cron -f`): it starts as root on purpose and steps down itself, or its daemons do.
 * Read only when the rule is about to report.
 */
function startScriptDropsPrivileges(model: DockerfileModel, final: Stage, context: BuildContext): boolean {
  const start = startCommand(final);
  const script = start && scriptRunBy(start);
  if (!script?.literal) return false;
  const named = /(^|\/)[^/]+\.sh$|^\.?\//.test(script.value);
  const text = scriptText(model, final, script.value, context);
  // A bare name without `.sh` counts when a COPY put a script there (`COPY ./entrypoint.sh
  // /usr/local/bin/buildkite-agent-entrypoint`): its `#!` line says it is one, not a program's binary.
  if (text === null || (!named && !text.startsWith('#!'))) return false;
  const lines = text.split('\n').filter((line) => line.trim() && !/^\s*#/.test(line));
  // Or it ends by running a daemon that must be root, or a server that steps down (sentry's cron image: `exec cron -f`).
  const last = lines.at(-1)?.trim();
  return lines.some((line) => DROPS_PRIVILEGES_LINE.test(line) || STARTS_SERVICE_LINE.test(line) || LOADS_KERNEL_MODULE_LINE.test(line) || ENTERS_HOST_ROOT_LINE.test(line) || STARTS_ROOT_DAEMON_LINE.test(line) || handsToOfficialEntrypoint(final, line)) || (last !== undefined && programStepsDown(model, final, last, context, false));
}

/**
 * The image's command is supervisord with a configuration copied from the build context (`-c /supervisord.conf`, or
 * where it looks without `-c`), and every program it starts runs its work as another user: a `user=` of its own, a
 * server that steps down itself (`apache2-foreground`, `php-fpm`), or a daemon that must be root (a cron daemon, which
 * runs each crontab as its owner), also through a script that ends by running one (nextcloud's `/cron.sh`, or one
 * copied from the context). supervisord itself must then start as root to start them. Read only when about to report.
 */
function supervisedProgramsStepDown(model: DockerfileModel, final: Stage, context: BuildContext): boolean {
  const start = startCommand(final);
  if (!start?.name || !SUPERVISORD.test(start.name.split('/').pop()!)) return false;
  const given = scanOptions(start.args, { valued: new Set(['-c', '--configuration']) }).options.find((o) => o.name === '-c' || o.name === '--configuration');
  if (given && !given.valueWord?.literal) return false;
  for (const file of given?.value ? [given.value] : SUPERVISORD_CONFIGS) {
    const text = contextFile(model, final.endState.workdir ?? '/', file, context);
    if (text === 'unknown') return false;
    if (text === 'absent') continue;
    const programs = supervisedPrograms(text);
    return !!programs?.length && programs.every((p) => (p.user !== null && !/^(root|0)$/.test(p.user)) || (p.command !== null && programStepsDown(model, final, p.command, context, true)));
  }
  return false;
}

/**
 * The image's command is a script of its own, copied from the build context, whose every command only prints
 * (scriptOnlyPrints: Cloud Build's helloworld, `echo "Hello, world! The time is $(date)."`), with no port or health
 * check and on a base whose own command starts no service: as with `CMD ["echo", "done"]`, it has no runtime to
 * protect. Read only when about to report.
 */
function startScriptOnlyPrints(model: DockerfileModel, final: Stage, context: BuildContext): boolean {
  const base = baseOf(final);
  if (declaresService(final) || (base && isServiceImage(base))) return false;
  const start = startCommand(final);
  const script = start && scriptRunBy(start);
  if (!script?.literal) return false;
  const text = scriptText(model, final, script.value, context);
  return text !== null && scriptOnlyPrints(parseCommandLine(text));
}

/**
 * The image's command is runit's `runsvdir DIR` (or `runsv DIR` for one service), itself or as the last line of a start
 * script copied from the build context (`exec /sbin/runsvdir /etc/service`), and the services in DIR come from the
 * build context, each `run` script stepping down itself (`chpst -u`) or ending by running a server that steps down or
 * a daemon that must be root (Postfix's `master`, also through a variable the script sets, `"$cmd" -c /etc/postfix`;
 * `rsyslogd`): runsvdir starts as root to start them. Not when a RUN of the image puts other services there (`ln -s
 * /etc/sv/app /etc/service/`) or a service's `run` cannot be read. Read only when about to report.
 */
function runitServicesStepDown(model: DockerfileModel, final: Stage, context: BuildContext): boolean {
  const start = startCommand(final);
  if (!start) return false;
  let runit: SimpleCommand | null = runitCall(start) ? start : null;
  if (!runit) {
    const script = scriptRunBy(start);
    const text = script?.literal ? scriptText(model, final, script.value, context) : null;
    const last = text?.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).at(-1);
    const first = last ? parseCommandLine(last).commands.find((c) => c.wrappedBy === null) : undefined;
    const run = first && launchedCommand(first);
    runit = run && runitCall(run) ? run : null;
  }
  const dir = runit?.args.find((w) => !w.value.startsWith('-'));
  if (!runit || !dir?.literal || !dir.value.startsWith('/')) return false;
  const folder = path.posix.normalize(dir.value).replace(/(.)\/+$/, '$1');
  const names = runit.name!.split('/').pop() === 'runsv' ? [''] : runitServices(final, folder, context);
  if (!names?.length) return false;
  return names.every((name) => {
    const text = contextFile(model, '/', path.posix.join(folder, name, 'run'), context);
    return text !== 'absent' && text !== 'unknown' && runScriptStepsDown(model, final, text, context);
  });
}

/** runit's `runsvdir [-P] DIR` or `runsv DIR`. */
function runitCall(cmd: SimpleCommand): boolean {
  return /^runsv(dir)?$/.test(cmd.name?.split('/').pop() ?? '');
}

/**
 * A runit `run` script steps down itself (`chpst -u`, `gosu`) or ends by running a server that steps down or a daemon
 * that must be root, named directly or through a variable the script sets to it (jessfraz's postfix: `cmd=
 * "/usr/lib/postfix/master"` … `"$cmd" -c /etc/postfix -d`).
 */
function runScriptStepsDown(model: DockerfileModel, final: Stage, text: string, context: BuildContext): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const last = lines.at(-1);
  if (last === undefined) return false;
  if (lines.some((l) => DROPS_PRIVILEGES_LINE.test(l)) || programStepsDown(model, final, last, context, true)) return true;
  const first = parseCommandLine(last).commands.find((c) => c.wrappedBy === null);
  const program = first && launchedCommand(first).argv[0];
  const variable = program && /^\$\{?([A-Za-z_]\w*)\}?$/.exec(program.value)?.[1];
  if (!variable) return false;
  const values = parseCommandLine(text).bindings.filter((b) => b.name === variable);
  return values.length > 0 && values.every((b) => !b.loop && b.value?.literal === true && programStepsDown(model, final, b.value.value, context, false));
}

/**
 * A program's command line starts a server that steps down itself or a daemon that must be root (`busybox crond -f`);
 * with `throughScript`, also a script that ends by running one, or that steps down itself (`exec gosu app …`).
 */
function programStepsDown(model: DockerfileModel, final: Stage, command: string, context: BuildContext, throughScript: boolean): boolean {
  // Past `exec`, an init and wrappers that run their arguments (LAUNCHERS): buildkite's entrypoint ends with
  // `exec /sbin/tini -- ssh-env-config.sh /usr/local/bin/buildkite-agent "$@"`.
  const first = parseCommandLine(command).commands.find((c) => c.wrappedBy === null);
  const run = first && launchedCommand(first);
  const program = run?.argv[0]?.value;
  const name = run && daemonName(run);
  if (!program || !name) return false;
  // By its path too: Postfix's `/usr/lib/postfix/master`.
  if (isRootDaemon(name) || SELF_DROPPING_SERVERS.some((p) => p.test(name) || p.test(program))) return true;
  if (!throughScript) return false;
  const base = baseOf(final);
  const known = base && baseImageScriptRuns(base, program);
  if (known) return programStepsDown(model, final, known, context, false);
  const lines = (scriptText(model, final, program, context) ?? '').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const last = lines.at(-1);
  return lines.some((l) => DROPS_PRIVILEGES_LINE.test(l)) || (last !== undefined && programStepsDown(model, final, last, context, false));
}

/**
 * A line of the start script that hands over to the official image's own entrypoint with a command it starts as the
 * server's user (entrypointStepsDownFor): `exec docker-entrypoint.sh "$@"` with an exec-form `CMD ["redis-server"]`, or
 * `exec docker-entrypoint.sh redis-server --appendonly yes`. The script runs as root before it (to chown a volume)
 * on purpose. Not when the image puts a `docker-entrypoint.sh` of its own in place of the official one.
 */
function handsToOfficialEntrypoint(final: Stage, line: string): boolean {
  const base = baseOf(final);
  const m = /^\s*exec\s+(\S+)\s+(\S+)/.exec(line);
  if (!base || !m || !OFFICIAL_ENTRYPOINT.test(m[1]!)) return false;
  if (final.lineage.some((s) => s.instructions.some((i) => OFFICIAL_ENTRYPOINT.test(i.copy?.dest?.value ?? '') || (i.copy?.sources ?? []).some((w) => OFFICIAL_ENTRYPOINT.test(w.raw))))) return false;
  const passed = /^"\$(@|\{@\})"$/.test(m[2]!);
  const first = passed ? (final.cmd?.looksLikeJson && !final.cmd.malformedJson ? final.cmd.script?.commands[0]?.name : null) : m[2]!.replace(/^(['"])(.*)\1$/, '$2');
  return !!first && entrypointStepsDownFor(base, first);
}

/**
 * The image's only command is an entrypoint script of its own, copied from the build context, that ends by running the
 * command it is given (`exec "$@"`: eclipse-temurin's `/__cacert_entrypoint.sh`), or an inline `bash -c` body whose
 * last command is that (ramalama's CANN image sources the toolkit's environment first), with no CMD, port or health
 * check: whoever runs it gives the command, and with it the user (a language base image). Read only when about to report.
 */
function entrypointOnlyWraps(model: DockerfileModel, final: Stage, context: BuildContext | null): boolean {
  const commands = final.entrypoint?.script?.commands ?? [];
  // Past an init (`tini -g -- /opt/prefect/entrypoint.sh`): the script is what it runs.
  const start = commands[0] && launchedCommand(commands[0]);
  if (!start || final.cmd || declaresService(final)) return false;
  // An inline wrapper, `["/bin/bash", "-c", "source /opt/env.sh && exec \"$@\"", "--"]`: its body is parsed with it.
  if (runsInlineScript(start)) return execsItsArguments(commands.filter((c) => c.name !== null).pop());
  if (start.args.length || !context) return false;
  const script = scriptRunBy(start);
  if (!script?.literal) return false;
  const text = scriptText(model, final, script.value, context);
  return text !== null && text.split('\n').some((line) => /^\s*exec\s+"\$(@|\{@\})"\s*$/.test(line));
}

/** `sh -c '…'`, `/bin/bash -c "…"`: a shell given its script on the command line. */
function runsInlineScript(cmd: SimpleCommand): boolean {
  return !!cmd.name && /^(ba|da|a)?sh$/.test(cmd.name.split('/').pop()!) && cmd.args.some((w) => /^-\w*c\w*$/.test(w.value));
}

/** `exec "$@"`: runs the arguments it was given in its place. */
function execsItsArguments(cmd: SimpleCommand | undefined): boolean {
  return cmd?.name === 'exec' && cmd.args.length === 1 && cmd.args[0]!.quoted && /^\$(@|\{@\})$/.test(cmd.args[0]!.value);
}

/**
 * The text of a script the image's command runs, read from the build context where a COPY put it: a path as written
 * (from the WORKDIR), a bare name from the PATH's folders (`ENTRYPOINT ["docker-entrypoint.sh"]` after
 * `COPY docker-entrypoint.sh /usr/local/bin/`); null when it is not known.
 */
function scriptText(model: DockerfileModel, final: Stage, written: string, context: BuildContext): string | null {
  const candidates = written.includes('/') ? [written] : [...DEFAULT_PATH.map((d) => `${d}/${written}`), written];
  for (const file of candidates) {
    const text = contextFile(model, final.endState.workdir ?? '/', file, context);
    if (text === 'unknown') return null;
    if (text !== 'absent') return text;
  }
  return null;
}

/** A LABEL of the image gives the command to run it, and that command runs it `--privileged` (a kernel or host agent). */
function documentsPrivilegedRun(final: Stage): boolean {
  return final.lineage.some((s) =>
    s.instructions.some((i) => i.keyword === 'LABEL' && i.properties.some((p) => /\b(docker|podman)\s+run\b[^|;&]*\s--privileged\b/.test(p.rawValue ?? ''))),
  );
}

/**
 * The image programs the kernel's network (iptables, nftables, IPVS, conntrack installed, or a base built for that):
 * a CNI plugin, a kube-proxy-like DaemonSet, a network troubleshooting tool, root (`NET_ADMIN`) by design.
 */
/**
 * Built for a platform that runs it as root by its own contract: SageMaker's label, target stage or toolkit variables;
 * or an operating system image (bootc), whose systemd runs each service as the user of its unit.
 */
function runByPlatformAsRoot(final: Stage): boolean {
  const base = baseOf(final);
  return (
    hasLabel(final, ROOT_BY_PLATFORM_LABELS) ||
    ROOT_BY_PLATFORM_STAGES.some((p) => p.test(final.name ?? '')) ||
    final.lineage.some((s) => s.instructions.some((i) => i.keyword === 'ENV' && i.properties.some((p) => ROOT_BY_PLATFORM_ENV.test(p.name)))) ||
    (base !== null && isBootableContainerBase(base))
  );
}

function administersNetwork(final: Stage): boolean {
  const base = baseOf(final);
  return (base !== null && isNetworkAdminBase(base)) || installsSystemPackage(final, NETWORK_ADMIN_PACKAGES);
}

/** A command that runs a shell script of the image (`/docker-entrypoint.d/env.sh`, `start.sh`, `sh /run.sh`). */
function startsScript(ins: Instruction): boolean {
  const cmd = ins.script?.commands[0];
  const script = cmd && scriptRunBy(cmd);
  return !!script && /\.sh$/.test(script.value);
}

/** The script a command runs: `sh /launch.sh init` → `/launch.sh`; `/docker-entrypoint.sh` or `./start.sh` → itself. */
function scriptRunBy(cmd: SimpleCommand): Word | undefined {
  return cmd.name && /^(ba|da|a)?sh$/.test(cmd.name.split('/').pop()!) ? cmd.args.find((w) => !w.value.startsWith('-')) : cmd.argv[0];
}

/**
 * The image's command is a daemon that needs root (Docker-in-Docker's dockerd, a CI agent on the host's Docker socket,
 * a cron daemon, which runs each crontab as its owner), its own or its base's, or s6-overlay's init. The CMD counts
 * behind an ENTRYPOINT too: an entrypoint script that prepares and ends with `exec "$@"` runs it
 * (smallstep's renewer: `ENTRYPOINT ["/entrypoint.sh"]`, `CMD ["/usr/sbin/crond", "-l", "2", "-f"]`).
 */
function runsRootDaemon(final: Stage): boolean {
  const base = baseOf(final);
  if (!final.cmd && !final.entrypoint) return base !== null && defaultCommandNeedsRoot(base);
  if (startCommand(final)?.argv[0]?.value === S6_OVERLAY_INIT && installsS6Overlay(final)) return true;
  return [final.entrypoint, final.cmd].some((ins) => {
    const first = ins?.script?.commands[0];
    return !!first && isRootDaemon(daemonName(first));
  });
}

/** A daemon that must run as root: ROOT_DAEMONS, or a cron daemon (CRON_DAEMONS). */
function isRootDaemon(name: string | null): boolean {
  return name !== null && [...ROOT_DAEMONS, ...CRON_DAEMONS].some((p) => p.test(name));
}

/** The program a command runs, without its folder; busybox's applet for `busybox crond -f`. */
function daemonName(cmd: SimpleCommand): string | null {
  const program = cmd.name?.split('/').pop() ?? null;
  return program === 'busybox' ? (cmd.args[0]?.value ?? null) : program;
}

/** A variable of the image configures s6-overlay (`ENV S6_VERSION=v2.1.0.2`), or a RUN or ADD fetches its release. */
function installsS6Overlay(final: Stage): boolean {
  return final.lineage.some((s) =>
    s.instructions.some(
      (i) =>
        (i.keyword === 'ENV' && i.properties.some((p) => S6_OVERLAY_VARIABLE.test(p.name))) ||
        // Read from the model: the words of the RUN's commands, the sources of the ADD.
        (i.run?.script?.commands.some((c) => c.argv.some((w) => S6_OVERLAY_RELEASE.test(w.value))) ?? false) ||
        (i.keyword === 'ADD' && (i.copy?.sources ?? []).some((src) => S6_OVERLAY_RELEASE.test(src.value ?? src.raw))),
    ),
  );
}

/**
 * The image ships the Docker client without its package: Docker's static binary, fetched by the image or by the stage
 * it copies `docker` from (nuclio's dashboard: `curl $DOCKER_CLI_DOWNLOAD_URL | tar -xz` in a download stage, then
 * `COPY --from=downloaddocker /tmp/download/docker/docker /usr/local/bin`), or copied from docker-library's `docker`
 * image (`COPY --from=docker:27-cli /usr/local/bin/docker /usr/local/bin/`). Like the packaged client, it drives the
 * Docker daemon whose socket is mounted from the host.
 */
function shipsDockerClient(model: DockerfileModel, final: Stage): boolean {
  if (final.lineage.some(fetchesDockerRelease)) return true;
  return final.lineage.some((s) =>
    s.instructions.some((i) => {
      const ref = i.copy && i.flags.find((f) => f.name.toLowerCase() === 'from')?.value;
      if (!ref || !(i.copy?.sources ?? []).some((w) => path.posix.basename(w.value ?? '') === DOCKER_CLIENT_BINARY)) return false;
      const stage = model.stageRef(ref, s.index);
      if (stage) return stage.index < s.index && (stage.rootImage.name?.familiar === DOCKER_CLIENT_IMAGE || stage.lineage.some(fetchesDockerRelease));
      return isValidReference(ref) && parseImageName(ref)?.familiar === DOCKER_CLIENT_IMAGE;
    }),
  );
}

/** A RUN or ADD of the stage fetches Docker's static release archive, or a variable of the stage holds its URL. */
function fetchesDockerRelease(stage: Stage): boolean {
  return stage.instructions.some(
    (i) =>
      ((i.keyword === 'ENV' || i.keyword === 'ARG') && i.properties.some((p) => DOCKER_STATIC_RELEASE.test(p.rawValue ?? ''))) ||
      (i.run?.script?.commands.some((c) => c.argv.some((w) => DOCKER_STATIC_RELEASE.test(w.value))) ?? false) ||
      (i.keyword === 'ADD' && (i.copy?.sources ?? []).some((w) => DOCKER_STATIC_RELEASE.test(w.value ?? w.raw))),
  );
}

/**
 * The image ships an eBPF host agent under its name (EBPF_AGENTS: `COPY --from=obi-builder /obi /usr/local/bin/obi`):
 * it is there to run, also by a controller of the image's own that starts it (openlit-controller runs OBI).
 */
function shipsEbpfAgent(final: Stage): boolean {
  return copiesIn(final).some((c) => {
    const names = c.dest !== null && !c.destIsDir ? [path.posix.basename(c.dest)] : (c.instruction.copy?.sources ?? []).map((w) => path.posix.basename(w.value ?? w.raw));
    return names.some((n) => EBPF_AGENTS.some((p) => p.test(n)));
  });
}

/**
 * The program the image starts was built in a stage that installs eBPF's build toolchain (EBPF_BUILD_PACKAGES:
 * `libbpf-dev`, `bpftool`) and copied from there (`COPY --from=builder /opentelemetry-gpu-collector /usr/local/bin/`):
 * it loads its eBPF programs into the host's kernel, which needs root.
 */
function startsEbpfProgram(model: DockerfileModel, final: Stage): boolean {
  const program = startCommand(final)?.argv[0]?.value;
  if (!program) return false;
  const workdir = final.endState.workdir ?? '/';
  const candidates = program.includes('/') ? [path.posix.resolve(workdir.startsWith('/') ? workdir : `/${workdir}`, program)] : DEFAULT_PATH.map((d) => `${d}/${program}`);
  for (const file of candidates) {
    const source = stageSourceIn(final, file, model.stageRef);
    if (source) return installsSystemPackage(source.stage, EBPF_BUILD_PACKAGES);
  }
  return false;
}

/** Creates the distribution's unprivileged user and switches to it before the final stage's first CMD/ENTRYPOINT. */
function userFix(model: DockerfileModel, final: Stage): Pick<ReportDescriptor, 'fix'> {
  const base = baseOf(final);
  const setup = base && nonRootSetup(base);
  const at = final.instructions.findIndex((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT');
  if (!setup || at < 0 || createsUsers(final)) return {};
  // A build step after it would run as the new user (a later `USER root` would undo the fix); the new user may come
  // before instructions that build nothing (CONFIG_ONLY).
  if (final.instructions.slice(at).some((i) => !CONFIG_ONLY.has(i.keyword))) return {};
  // root's home is closed to other users: the container could not start in it, nor read what was put there.
  const command = [final.entrypoint, final.cmd].flatMap((i) => i?.json?.map((t) => t.value) ?? i?.script?.commands.flatMap((c) => c.argv.map((w) => w.value)) ?? []);
  if (inRootHome(final.endState.workdir) || command.some(inRootHome)) return {};
  // A port below 1024 needs root to bind wherever the runtime keeps the kernel's default (Kubernetes; Docker lowers
  // it to 0): the fix would also have to move the server to another port.
  // `ENV PORT=80` is the port setting of servers dlint does not know (text-embeddings-inference, many web apps).
  const envPort = Number(final.endState.env.get('PORT') ?? NaN);
  if ([...exposedPorts(model).ports, ...detectServers(model).map((s) => s.port), envPort].some((p) => p !== null && p < 1024)) return {};
  const before = final.instructions[at]!;
  // The command is written for a POSIX shell.
  if (setup.create && !/(^|\/)(ba|da|a)?sh$/.test(before.state.shell[0] ?? '')) return {};
  const user = `${keywordInFileCase(model, 'USER')} ${setup.user}`;
  const lines = [...(setup.create ? [`${keywordInFileCase(model, 'RUN')} ${setup.create}`] : []), user];
  return { fix: { description: setup.create ? `Create user ${setup.user} and add \`${user}\`` : `Add \`${user}\``, edits: [insertLinesBefore(model, before, lines)], safe: false } };
}

const USER_TOOLS = new Set(['useradd', 'adduser', 'groupadd', 'addgroup']);

/** The image already creates users: the fix's user or group might clash with one of them (the author knows which to use). */
function createsUsers(final: Stage): boolean {
  return final.lineage.some((s) => s.instructions.some((i) => i.script?.commands.some((c) => c.name !== null && USER_TOOLS.has(c.name))));
}

/**
 * The final stage's base image, or where the project's builds vary it, the one its defaults name: whether the
 * container runs as root depends on what kind of image the base is, and each of its builds runs one of them.
 */
function baseOf(final: Stage): ImageName | null {
  return final.rootImage.name ?? final.rootImage.defaultName;
}
