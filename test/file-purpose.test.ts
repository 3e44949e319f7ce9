import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { runsOnTestImages, runsOnTestInputs } from '../src/knowledge/file-purpose.js';
import { lint } from '../src/lint.js';
import { ruleFindings } from './helpers.js';

describe('file purpose from content: base-image definitions and development images', () => {
  const ids = (text: string, path = 'Dockerfile') => ['cmd-present', 'non-root-user', 'base-image-tag'].flatMap((id) => ruleFindings(id, text, { filePath: path }).map((f) => f.ruleId));
  it('recognises a base-image definition by its shape, not its path', () => {
    // docker-library's rust: a pinned toolchain, nothing of an application, no command, root.
    const rust = 'FROM buildpack-deps:bookworm\nENV RUSTUP_HOME=/usr/local/rustup PATH=/usr/local/cargo/bin:$PATH RUST_VERSION=1.83.0\nRUN curl -fsSLO https://static.rust-lang.org/rustup/archive/1.27.1/x86_64-unknown-linux-gnu/rustup-init && ./rustup-init -y\n';
    expect(ids(rust)).toEqual([]);
    // A layer of an image family built in order: the parent comes from a build argument.
    const family = 'ARG BASE_IMAGE=quay.io/jupyter/minimal-notebook\nFROM $BASE_IMAGE\nUSER root\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*\n';
    expect(ids(family)).toEqual([]);
    // The same shapes with an application copied in, or ONBUILD, are applications.
    expect(ids(`${rust}COPY . /app\nEXPOSE 8000\n`)).toEqual(['cmd-present', 'non-root-user']);
    expect(ids(`${family}COPY src/ /srv/\nCMD ["python3", "/srv/app.py"]\n`)).toEqual(['non-root-user', 'base-image-tag']);
    // ONBUILD alone copies nothing into this image: an environment for the images built on it (their command, their user).
    expect(ids(`${rust}ONBUILD COPY . /app\n`)).toEqual([]);
    // An application with a version variable, a single app file and its own command; a final stage picked by an ARG.
    expect(ids(`${rust}COPY serve.py /srv/serve.py\nCMD ["python3", "/srv/serve.py"]\n`)).toEqual(['non-root-user']);
    expect(ids('ARG FLAVOUR=cpu\nFROM debian:12 AS cpu\nFROM debian:12 AS gpu\nFROM ${FLAVOUR}\nENTRYPOINT ["text-embeddings-router"]\n')).toEqual(['non-root-user']);
    // openjdk's early-access images pin a bare major or an `-ea+N` build.
    const jdk = 'FROM debian:trixie-slim\nENV JAVA_HOME /usr/local/openjdk-27\nENV JAVA_VERSION 27-ea+5\nRUN curl -fsSL -o jdk.tgz https://download.java.net/jdk27.tgz\nCMD ["jshell"]\n';
    expect(ids(jdk)).toEqual([]);
    expect(ids(jdk.replace('27-ea+5', '27'))).toEqual([]);
    // docker-library's shape: its own scripts copied, an entrypoint script and a bare interpreter as the command.
    expect(ids(`${rust}COPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["python3"]\n`)).toEqual([]);
    // golang's tip: the toolchain is built from a pinned commit in a build stage, the final stage copies it in.
    const tip = "FROM buildpack-deps:trixie-scm AS build\nARG GOLANG_COMMIT='72aa6db7943024b48c4d41c1fbc32b57b9fa036e'\nENV GOLANG_COMMIT $GOLANG_COMMIT\nRUN git clone https://go.googlesource.com/go /target\nFROM buildpack-deps:trixie-scm\nCOPY --from=build /target/ /\nENV GOPATH /go\nWORKDIR $GOPATH\n";
    expect(ids(tip)).toEqual([]);
    // An entrypoint script alone starts a service.
    expect(ids(`${rust}COPY serve.sh /usr/local/bin/\nENTRYPOINT ["serve.sh"]\n`)).toEqual(['non-root-user']);
  });
  it('recognises development and CI images by their content', () => {
    const base = 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends python3 && rm -rf /var/lib/apt/lists/*\n';
    // No command of its own and nothing copied in: an environment image, whose command and user come from `docker run`.
    expect(ids(base)).toEqual([]);
    // An application without a command: cmd-present says so; the user comes with the command whoever gives it.
    expect(ids(`${base}COPY app.py /srv/\n`)).toEqual(['cmd-present']);
    expect(ids(`${base}RUN apt-get update && apt-get install -y --no-install-recommends openssh-server pdsh && rm -rf /var/lib/apt/lists/*\n`)).toEqual([]);
    expect(ids(`${base}CMD ["/usr/sbin/sshd", "-D"]\n`)).toEqual([]);
    expect(ids(`${base}CMD ["pytest", "-q", "tests"]\n`)).toEqual([]);
    // A command that only waits, also through a shell: a container kept alive to `docker exec` into.
    expect(ids(`${base}CMD ["/bin/bash", "-c", "sleep infinity"]\n`)).toEqual([]);
    expect(ids(`${base}CMD ["/bin/bash", "-c", "sleep 5 && python3 app.py"]\n`)).toEqual(['non-root-user']);
    // A command that only prints a line: an image an init container copies files out of (opentelemetry-operator's agents).
    expect(ids(`${base}CMD ["cat", "Just delivering the Opentelemetry Apache/Nginx agent"]\n`)).toEqual([]);
    expect(ids(`${base}CMD ["cat", "/etc/motd"]\n`)).toEqual(['non-root-user']);
    // A Samba server switches to each user it authenticates (authelia's AD DC test fixture).
    expect(ids('FROM alpine:3.22\nRUN apk add --no-cache samba-dc supervisor\nCMD ["/init.sh", "setup"]\n').filter((id) => id === 'non-root-user')).toEqual([]);
    expect(ids('FROM alpine:3.22\nRUN apk add --no-cache samba-client\nCMD ["/init.sh", "setup"]\n').filter((id) => id === 'non-root-user')).toEqual(['non-root-user']);
    expect(ids(`${base}CMD ["python3", "app.py"]\n`)).toEqual(['non-root-user']);
    // GitHub's folder holds the images workflows build to test with.
    expect(ids(`${base}CMD ["python3", "app.py"]\n`, '.github/workflows/dockerfiles/Dockerfile.nightly')).toEqual([]);
  });
  it('recognises a workstation by the passwordless sudo it grants its user', () => {
    const user = 'FROM ubuntu:24.04\nRUN useradd -m -G sudo dev\n';
    const numeric = (text: string) => ruleFindings('numeric-user', text).map((f) => f.ruleId);
    // ROCm's rocm-terminal: a sudoers file copied in; DeepSpeed's: a NOPASSWD line written by a RUN.
    expect(numeric(`${user}COPY sudo-nopasswd /etc/sudoers.d/sudo-nopasswd\nUSER dev\nCMD ["bash", "-l"]\n`)).toEqual([]);
    expect(numeric(`${user}RUN echo "dev ALL=(ALL) NOPASSWD: ALL" >> /etc/sudoers\nUSER dev\n`)).toEqual([]);
    // A build user's grant removed again by the same RUN (varnish's alpine image) leaves a production image.
    expect(numeric(`${user}RUN echo "dev ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/dev && make && rm -f /etc/sudoers.d/dev\nUSER dev\n`)).toEqual(['numeric-user']);
    expect(numeric(`${user}USER dev\n`)).toEqual(['numeric-user']);
  });
  it('recognises a workstation built on a Cloud Workstations, Dev Containers or Gitpod image by its base', () => {
    const tools = 'RUN apt-get update && apt-get install -y --no-install-recommends gh && rm -rf /var/lib/apt/lists/*\nCOPY startup.sh /etc/workstation-startup.d/200_clone.sh\n';
    // Google publishes the predefined images only as `:latest`.
    expect(ids(`FROM us-west1-docker.pkg.dev/cloud-workstations-images/predefined/base:latest\n${tools}`)).toEqual([]);
    expect(ids(`FROM mcr.microsoft.com/devcontainers/python:latest\n${tools}`)).toEqual([]);
    // Another image of the same registry is not a workstation.
    expect(ids(`FROM us-west1-docker.pkg.dev/my-project/images/base:latest\n${tools}CMD ["python3", "app.py"]\n`)).toEqual(['non-root-user', 'base-image-tag']);
  });
  it('judges no command or user in a file of bare FROM lines (a manifest kept up to date by Renovate)', () => {
    expect(ids('FROM python:3.13-slim AS python\nFROM avtodev/markdown-lint:v1 AS markdown\n')).toEqual([]);
    // One bare FROM copies nothing in (an environment image, judged like one); an application entry point copied in makes it an image to run.
    expect(ids('FROM debian:12\n')).toEqual([]);
    expect(ids('FROM debian:12\nCOPY app /app\n')).toEqual([]);
    expect(ids('FROM debian:12\nCOPY main.py /app/\n')).toEqual(['cmd-present']);
    expect(ids('FROM golang:1.22 AS tools\nFROM debian:12\nWORKDIR /srv\nCOPY . .\nEXPOSE 8080\n')).toEqual(['cmd-present', 'non-root-user']);
  });
});

describe('file purpose from the path: test images', () => {
  const ids = (path: string) => ['cmd-present', 'non-root-user'].flatMap((id) => ruleFindings(id, 'FROM alpine:3.20\nCOPY app /app\nRUN echo test\nEXPOSE 8080\n', { filePath: path }).map((f) => f.ruleId));
  it('leaves Dockerfiles in test folders to the test suite that builds them, and CI builder folders to their tools', () => {
    for (const path of ['pkg/e2e/testdata/Dockerfile', 'test_data/valid/Dockerfile', 'frontend/dockerfile/parser/testfiles/escape/Dockerfile', 'parser/testfiles-negative/env_no_value/Dockerfile', 'docker/gh-builder/Dockerfile.py311', 'docker/dev-builder/android/Dockerfile', 'packages/cli/tests/commands/template/fixtures/start-cmd/e2b.Dockerfile', 'src/__tests__/__fixtures__/app/Dockerfile', 'lib/modules/manager/dockerfile/__fixtures__/1.Dockerfile', 'test/resources/validate/good-validation/context/Dockerfile', '.ci/docker/ubuntu/Dockerfile', 'CI/batch/docker/Dockerfile.cpu']) {
      expect(ids(path), path).toEqual([]);
    }
  });
  it('still reports a shipped image whose name only contains "test"', () => {
    expect(ids('services/latest/Dockerfile')).toEqual(['cmd-present', 'non-root-user']);
    expect(ids('contest/Dockerfile')).toEqual(['cmd-present', 'non-root-user']);
    // A builder family counts one level up only, and `build/` there holds shipped images too.
    expect(ids('builder/images/app/Dockerfile')).toEqual(['cmd-present', 'non-root-user']);
    expect(ids('build/package/Dockerfile')).toEqual(['cmd-present', 'non-root-user']);
    // A fixtures folder outside a test folder may be anything (a linter's own rule fixtures, a demo's).
    expect(ids('fixtures/rules/app/Dockerfile')).toEqual(['cmd-present', 'non-root-user']);
    expect(ids('lib/fixtures__/app/Dockerfile')).toEqual(['cmd-present', 'non-root-user']);
    expect(ids('app/resources/Dockerfile')).toEqual(['cmd-present', 'non-root-user']);
    // An absolute path may pass through a tests/ or ci/ folder that is not the project's.
    expect(ids('/home/me/tests/app/Dockerfile')).toEqual(['cmd-present', 'non-root-user']);
    expect(ids('/srv/ci/checkouts/app/docker/Dockerfile')).toEqual(['cmd-present', 'non-root-user']);
    // Above the file's own folder, a folder named `ci` alone counts, not one whose name only contains the word.
    expect(ids('ci-images/app/docker/Dockerfile')).toEqual(['cmd-present', 'non-root-user']);
    // A variant of the image named for testing is still the image.
    expect(ids('images/cu128-test/Dockerfile')).toEqual(['cmd-present', 'non-root-user']);
  });
  it('leaves the user and command of a project\'s test images (a tests/ folder inside the project) to the test suite', () => {
    for (const path of ['tests/k6/Dockerfile.k6', 'test/docker/mockoidc/Dockerfile', 'packaging/testing/smoke/packages/Dockerfile.debian12', 'scripts/package-tests/Dockerfile.test.deb', 'tests/e2e-ui/Dockerfile', 'Dockerfile.e2e-tests', 'docker/Dockerfile.benchmark.libero']) {
      expect(ids(path), path).toEqual([]);
    }
  });
});

describe('test inputs', () => {
  it('run the correctness and style rules and BuildKit\'s checks, not the rules about what a shipped image should be', () => {
    const text = 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install curl\nADD app.py /app/\nCMD python /app/app.py\nRUN cd /app; make\n';
    const ids = (path: string): string[] => [...new Set(lint(text, { filePath: path, contextDir: null }).map((f) => f.ruleId))].sort();
    const shipped = ids('app/Dockerfile');
    expect(shipped).toEqual(expect.arrayContaining(['apt-get-yes', 'apt-pin-versions', 'copy-not-add', 'exec-form-cmd', 'non-root-user']));
    const test = ids('frontend/dockerfile/parser/testfiles/x/Dockerfile');
    expect(test.length).toBeGreaterThan(0);
    for (const id of test) expect(runsOnTestInputs(builtinRules.find((r) => r.meta.id === id)!.meta), id).toBe(true);
    // BuildKit's own checks still run: `docker build` reports them in any file (JSONArgsRecommended).
    expect(test).toContain('exec-form-cmd');
    expect(test).not.toContain('apt-pin-versions');
    // A project's test image keeps the shipped-image rules but its user and command, its size, its pins and its base
    // tag (isTestImageDockerfile, runsOnTestImages); a missing `-y` still fails its build.
    const testImage = ids('tests/app/Dockerfile');
    expect(testImage).toEqual(shipped.filter((id) => id !== 'non-root-user' && runsOnTestImages(builtinRules.find((r) => r.meta.id === id)!.meta)));
    expect(testImage).toEqual(expect.arrayContaining(['apt-get-yes', 'copy-not-add', 'exec-form-cmd']));
    expect(testImage).not.toContain('apt-pin-versions');
    expect(testImage).not.toContain('apt-no-install-recommends');
    // Vendored copies of other projects: neither shipped nor edited here.
    expect(ids('vendor/github.com/containerd/fuse-overlayfs-snapshotter/v2/Dockerfile')).toEqual(test);
    expect(ids('third_party/onnx/Dockerfile')).toEqual(test);
    expect(ids('vendors/app/Dockerfile')).toEqual(shipped);
    // Archived files, kept for reference and no longer built: only errors that say the file is broken.
    const broken = 'FROM ubuntu:24.04 AS a\nRUN apt-get install curl\nFROM ubuntu:24.04 AS a\nCOPY --from=missing /x /x\n';
    const retired = (path: string): string[] => [...new Set(lint(broken, { filePath: path, contextDir: null }).map((f) => f.ruleId))].sort();
    expect(retired('archive/ktransformers/Dockerfile')).toEqual(['copy-from-stage', 'stage-name-unique']);
    expect(retired('tgi/docker/archived/1.0.2/Dockerfile.gpu')).toEqual(['copy-from-stage', 'stage-name-unique']);
    expect(retired('retired_benchmarks/vision/classification/Dockerfile.cpu')).toEqual(['copy-from-stage', 'stage-name-unique']);
    expect(retired('archives/app/Dockerfile')).toEqual(expect.arrayContaining(['apt-pin-versions', 'stage-name-unique']));
    expect(retired('retirement/app/Dockerfile')).toEqual(expect.arrayContaining(['apt-pin-versions', 'stage-name-unique']));
    expect(ids('archive/ktransformers/Dockerfile')).toEqual([]);
    // End-to-end test tools' folders and conformance suites hold test images.
    expect(ids('playwright/compose/keycloak/Dockerfile')).toEqual(testImage);
  });
  it('leaves the style of a generated file to its template, and judges the rest', () => {
    // docker-library's header: the template is where `ENV KEY value` would be fixed, and a rewrite here is lost.
    const body = 'from debian:12\nENV LANG C.UTF-8\nRUN apt-get update && apt-get install -y curl\n';
    const header = '#\n# NOTE: THIS DOCKERFILE IS GENERATED VIA "apply-templates.sh"\n#\n# PLEASE DO NOT EDIT IT DIRECTLY.\n#\n\n';
    const rules = (text: string): string[] => [...new Set(lint(text, { filePath: 'Dockerfile', contextDir: null }).map((f) => f.ruleId))].sort();
    expect(rules(body)).toEqual(expect.arrayContaining(['instruction-casing', 'legacy-key-value', 'apt-pin-versions']));
    const generated = rules(header + body);
    expect(generated).not.toContain('legacy-key-value');
    expect(generated).not.toContain('instruction-casing');
    expect(generated).toEqual(expect.arrayContaining(['apt-pin-versions', 'apt-no-install-recommends']));
    // Go's convention, one line; either half alone, or the marker below the first instruction, is not a generated file.
    expect(rules(`# Code generated by gen.go. DO NOT EDIT.\n${body}`)).not.toContain('legacy-key-value');
    // vald's generator writes `DO_NOT_EDIT` as one word.
    expect(rules(`# DO_NOT_EDIT this Dockerfile is generated by hack/docker/gen/main.go\n${body}`)).not.toContain('legacy-key-value');
    expect(rules(`# Generated with love\n${body}`)).toContain('legacy-key-value');
    expect(rules(`# Do not edit the pinned versions by hand\n${body}`)).toContain('legacy-key-value');
    expect(rules(`${body}# generated, do not edit\n`)).toContain('legacy-key-value');
  });
});

describe('str.format templates', () => {
  it('say once what the file is and check the lines without a placeholder', () => {
    const text = 'FROM {base_image}\n{extra_content}\nRUN pip install --no-cache-dir torch=={torch_version} && \\\n    pip install --no-cache-dir funasr\nCMD ["python3"]\n';
    const found = lint(text, { filePath: 'docker/Dockerfile.ubuntu', contextDir: null }).map((f) => `${f.range.start.line} ${f.ruleId}`);
    expect(found).toContain('1 syntax-error');
    expect(found).toContain('4 pip-pin-versions');
    // Nothing else on the placeholder lines (1, 2 and 3).
    expect(found.filter((f) => /^[123] /.test(f))).toEqual(['1 syntax-error']);
  });
  it('include the %%NAME%% markers a script replaces with sed', () => {
    const text = 'FROM %%NEO4J_BASE_IMAGE%%\nENV NEO4J_SHA256=%%NEO4J_SHA%%\nRUN apt-get update && apt-get install -y curl\nENV PATH "${NEO4J_HOME}"/bin:$PATH\n';
    const found = lint(text, { filePath: 'docker-image-src/4.0/Dockerfile', contextDir: null }).map((f) => `${f.range.start.line} ${f.ruleId}`);
    expect(found.filter((f) => /^[12] /.test(f))).toEqual(['1 syntax-error']);
    expect(found).toContain('3 apt-no-install-recommends');
    // `${NEO4J_HOME}` is the shell's, not a placeholder of this template's kind.
    expect(found).toContain('4 legacy-key-value');
  });
  it('include {{name}} markers after the image name (azureml-assets), not a Go template in RUN', () => {
    const text = 'FROM mcr.microsoft.com/azureml/openmpi5.0-ubuntu24.04:{{latest-image-tag}}\nRUN pip install --no-cache-dir \\\n    azureml-core=={{latest-pypi-version}} \\\n    numpy\nRUN apt-get install -y curl\n';
    const found = lint(text, { filePath: 'assets/training/env/context/Dockerfile', contextDir: null }).map((f) => `${f.range.start.line} ${f.ruleId}`);
    expect(found.filter((f) => /^[13] /.test(f))).toEqual(['1 syntax-error']);
    // The install is reported on its command's line for `numpy`, not for the placeholder's package.
    expect(found).toContain('2 pip-pin-versions');
    expect(found).toContain('5 apt-no-install-recommends');
    const pattern = text.replace('{{latest-image-tag}}', '{{latest-image-tag:biweekly.d{6}.d{1}.*}}');
    expect(lint(pattern, { filePath: 'context/Dockerfile', contextDir: null }).filter((f) => f.ruleId === 'syntax-error').map((f) => f.severity)).toEqual(['info']);
    // A whole image from `{{ … }}` is a Jinja or jq template's: only the one finding.
    expect(lint(text.replace('mcr.microsoft.com/azureml/openmpi5.0-ubuntu24.04:{{latest-image-tag}}', '{{ base_image }}'), { filePath: 'Dockerfile.template', contextDir: null }).map((f) => f.ruleId)).toEqual(['syntax-error']);
    // `{{.Id}}` in a RUN is `docker inspect`'s Go template: the file is a Dockerfile.
    expect(lint('FROM docker:27.3.1\nRUN docker inspect --format {{.Id}} x\n', { filePath: 'Dockerfile', contextDir: null }).map((f) => f.ruleId)).not.toContain('syntax-error');
  });
  it('include Groovy and ERB templates (`<% … %>`): one finding, nothing else', () => {
    const text = 'FROM tomcat:${tomcatImageTag.tomcatVersion}-jre21\nRUN apt-get update && apt-get install -y curl\n<%\n  if (db == "mysql") {\n%>\nRUN curl -fSL https://example.com/x.jar -o /x.jar\n<% } %>\n';
    expect(lint(text, { filePath: 'template/Dockerfile', contextDir: null }).map((f) => `${f.range.start.line} ${f.ruleId}`)).toEqual(['3 syntax-error']);
  });
  it('include FreeMarker templates (`<#if …>` directives: GoCD\'s Dockerfile.agent.ftl): one finding, nothing else', () => {
    const text = 'FROM docker.io/chainguard/bash:latest AS unzip\n<#if useFromArtifact >\nCOPY go-agent-${goVersions.fullVersion}.zip /tmp/a.zip\nRUN \\\n<#else>\nRUN curl --fail -o /tmp/a.zip https://example.com/a.zip && \\\n</#if>\n    unzip -q /tmp/a.zip -d /\n';
    expect(lint(text, { filePath: 'gocd-docker-agent/Dockerfile', contextDir: null }).map((f) => `${f.range.start.line} ${f.ruleId}`)).toEqual(['2 syntax-error']);
    // A heredoc or a comparison in a RUN is shell, not a directive.
    expect(lint('FROM alpine:3.21\nRUN [ 1 -lt 2 ] && echo ok\n', { filePath: 'Dockerfile', contextDir: null }).map((f) => f.ruleId)).not.toContain('syntax-error');
  });
  it('include the <NAME> markers a generator replaces as text', () => {
    const text = 'FROM <BASE_IMAGE>\nRUN apt-get install -y wget\nADD <DIR> /olive\nRUN cat <<EOF > /a\nx\nEOF\n';
    const found = lint(text, { filePath: 'olive/engine/packaging/Dockerfile.base', contextDir: null }).map((f) => `${f.range.start.line} ${f.ruleId}`);
    expect(found.filter((f) => /^[13] /.test(f))).toEqual(['1 syntax-error']);
    expect(found).toContain('2 apt-no-install-recommends');
  });
  it('include a `<name>` fill-in inside FROM\'s image and a `[name]` standing for the whole image (docker-reuse)', () => {
    const inside = lint('FROM gcr.io/<project_id>/builder\nRUN apt-get install -y wget\n', { filePath: 'images/go-example/Dockerfile', contextDir: null });
    expect(inside.map((f) => `${f.range.start.line} ${f.ruleId} ${f.severity}`)).toEqual(expect.arrayContaining(['1 syntax-error info', '2 apt-no-install-recommends info']));
    const text = 'FROM [server-modules] AS server-modules\nFROM node:17-alpine\nRUN ls /x/[abc]\nRUN apt-get install -y wget\nCOPY --from=server-modules /b /b\n';
    const found = lint(text, { filePath: 'docker/server/Dockerfile', contextDir: null }).map((f) => `${f.range.start.line} ${f.ruleId} ${f.severity}`);
    expect(found.filter((f) => f.startsWith('1 '))).toEqual(['1 syntax-error info']);
    expect(found).toContain('4 apt-no-install-recommends info');
    // A bracket that is not FROM's whole image is still a broken reference.
    expect(lint('FROM node:[17]\n', { filePath: 'Dockerfile', contextDir: null }).filter((f) => f.ruleId === 'syntax-error').map((f) => f.severity)).toEqual(['error']);
  });
});

describe('base-image definitions of interpreters (docker-library pypy)', () => {
  it('counts `CMD ["pypy3"]` as a bare interpreter: no user, no command to ask for', () => {
    const pypy = 'FROM debian:bookworm-slim\nENV PYPY_VERSION 7.3.17\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates=20230311 && rm -rf /var/lib/apt/lists/*\nCMD ["pypy3"]\n';
    expect(ruleFindings('non-root-user', pypy)).toEqual([]);
    expect(ruleFindings('non-root-user', pypy.replace('CMD ["pypy3"]', 'COPY app.py /srv/\nCMD ["pypy3", "/srv/app.py"]'))).toHaveLength(1);
  });
  it('counts a language installed on another\'s image, pinned by its version variable, with its REPL as the command (docker-library hylang)', () => {
    const hy = 'FROM pypy:3.11-slim-bookworm\nENV HY_VERSION 1.3.0\nENV HYRULE_VERSION 1.1.0\nRUN pip install --no-cache-dir "hy == $HY_VERSION" "hyrule == $HYRULE_VERSION"\nCMD ["hy"]\n';
    expect(ruleFindings('non-root-user', hy)).toEqual([]);
    expect(ruleFindings('non-root-user', hy.replace('CMD ["hy"]', 'CMD ["/usr/local/bin/ipython3"]'))).toEqual([]);
    // An application run by it, an unpinned install, or a program that is not an interpreter: reported.
    expect(ruleFindings('non-root-user', hy.replace('CMD ["hy"]', 'COPY main.hy /srv/\nCMD ["hy", "/srv/main.hy"]'))).toHaveLength(1);
    expect(ruleFindings('non-root-user', hy.replace(/ENV HY\w*_VERSION [\d.]+\n/g, '').replace(/ == \$HY\w*_VERSION/g, ''))).toHaveLength(1);
    expect(ruleFindings('non-root-user', hy.replace('CMD ["hy"]', 'CMD ["hyperd"]'))).toHaveLength(1);
  });
});

describe('interactive development images (size rules about tools people use there)', () => {
  const text = 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl wget && rm -rf /var/lib/apt/lists/*\nRUN curl -fsSLO https://example.com/a && wget -q https://example.com/b\n';
  const rules = (path: string, body = text) => ['apt-no-install-recommends', 'wget-and-curl'].flatMap((id) => ruleFindings(id, body, { filePath: path }).map((f) => f.ruleId));
  it('are Dev Containers and images built on a personal workspace image, not other development files', () => {
    expect(rules('.devcontainer/Dockerfile')).toEqual([]);
    expect(rules('tools/devcontainer.Dockerfile')).toEqual([]);
    expect(rules('Dockerfile', text.replace('ubuntu:24.04', 'gitpod/workspace-full:2024-01-01'))).toEqual([]);
    // A Dev Containers image is also a plain base (an agent benchmark's task runner): only its folder tells.
    expect(rules('res/Dockerfile', text.replace('ubuntu:24.04', 'mcr.microsoft.com/devcontainers/python:3.11'))).toEqual(['apt-no-install-recommends', 'wget-and-curl']);
    expect(rules('Dockerfile.dev')).toEqual(['apt-no-install-recommends', 'wget-and-curl']);
    expect(rules('Dockerfile')).toEqual(['apt-no-install-recommends', 'wget-and-curl']);
  });
  it('are files that say they are for development only, above their final stage\'s first instruction (polyaxon\'s dev image)', () => {
    const said = (comment: string) => text.replace('FROM ubuntu:24.04\n', `FROM ubuntu:24.04\n${comment}\n`);
    expect(rules('.docker/Dockerfile', said('# This dockerfile is intended for dev only purposes'))).toEqual([]);
    expect(rules('Dockerfile', `# For local development only\n${text}`)).toEqual([]);
    // A comment about one RUN, or one that says nothing of the file's use, keeps the findings.
    const aboveRun = text.replace('RUN curl', '# only for debugging\nRUN curl');
    expect(rules('Dockerfile', aboveRun)).toEqual(['apt-no-install-recommends', 'wget-and-curl']);
    expect(rules('Dockerfile', said('# Install dev dependencies only for use in tests'))).toEqual(['apt-no-install-recommends', 'wget-and-curl']);
  });

  it('leave pins, installers piped to a shell, sudo and a platform flag to the developer', () => {
    const workspace =
      'FROM --platform=linux/amd64 ubuntu:24.04\nUSER dev\nRUN sudo apt-get update && sudo apt-get install -y --no-install-recommends vim && sudo rm -rf /var/lib/apt/lists/*\n' +
      'RUN pip install --no-cache-dir pdm && npm install -g typescript\nRUN curl -fsSL https://get.sdkman.io | bash\n';
    const ids = ['apt-pin-versions', 'pip-pin-versions', 'npm-pin-versions', 'curl-pipe-shell', 'no-sudo', 'base-image-platform'];
    const found = (path: string, body = workspace) => ids.flatMap((id) => ruleFindings(id, body, { filePath: path }).map((f) => f.ruleId));
    expect(found('.devcontainer/Dockerfile')).toEqual([]);
    expect(found('.gitpod.Dockerfile', workspace.replace('ubuntu:24.04', 'gitpod/workspace-base:2024-01-01'))).toEqual([]);
    // A development Dockerfile of the project is built the same way on every machine and in CI: still judged.
    expect(found('Dockerfile.dev')).toEqual(ids);
  });
});
