/**
 * Task runners' files read as the command lines of the container commands their tasks run (src/context/task-runners.ts,
 * src/context/task-code.ts): a file in, the lines launch-scripts.ts and artifact-builds.ts read out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { taskCodeCommands } from '../src/context/task-code.js';
import { taskCommands, taskRunnerFiles } from '../src/context/task-runners.js';

const temps: string[] = [];
afterEach(() => {
  for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'dlint-tasks-'));
  temps.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

// great_expectations' tasks.py: `invoke docker` builds in one branch and runs in the other.
const invokeTasks = [
  'import os',
  'import invoke',
  'PYTHON_VERSION_DEFAULT: float = 3.8',
  '',
  '@invoke.task(help={"name": "Docker image name."})',
  'def docker(',
  '    ctx,',
  '    name: str = "gx38local",',
  '    tag: str = "latest",',
  '    build: bool = False,',
  '    detach: bool = False,',
  '    cmd: str = "bash",',
  '    py: float = PYTHON_VERSION_DEFAULT,',
  '    target: str | None = None,',
  '):',
  '    """Build or run gx docker image."""',
  '    filedir = os.path.realpath(os.path.dirname(os.path.realpath(__file__)))',
  '    cmds = ["docker"]',
  '    if build:',
  '        cmds.extend(',
  '            [',
  '                "buildx", "build", "-f", "docker/Dockerfile.tests",',
  '                f"--tag {name}:{tag}",',
  '                *[f"--build-arg {arg}" for arg in ["SOURCE=local", f"PYTHON_VERSION={py}"]],',
  '                ".",',
  '            ]',
  '        )',
  '    else:',
  '        cmds.append("run")',
  '        if detach:',
  '            cmds.append("--detach")',
  '        cmds.extend(["-it", "--rm", "--mount", f"type=bind,source={filedir},target=/great_expectations", f"{name}:{tag}", f"{cmd}"])',
  '    ctx.run(" ".join(cmds), echo=True, pty=True)',
  '',
].join('\n');

describe('task runners: the command lines of Python tasks (invoke, nox)', () => {
  it('reads each branch of an if/else as its own command, lists extended in order, f-strings, defaults and the folder of __file__', () => {
    expect(taskCodeCommands([invokeTasks], 'python').flat()).toEqual([
      'docker buildx build -f docker/Dockerfile.tests --tag gx38local:latest --build-arg SOURCE=local --build-arg PYTHON_VERSION=3.8 .',
      'docker run --detach -it --rm --mount type=bind,source=$PWD,target=/great_expectations gx38local:latest bash',
      'docker run -it --rm --mount type=bind,source=$PWD,target=/great_expectations gx38local:latest bash',
    ]);
  });
  it('reads nox sessions, `%` and `.format()`, helpers called with arguments, and no printed command', () => {
    const noxfile = [
      'import nox',
      'IMAGE = "dev-env"',
      'def _run(session, *args):',
      '    session.run("docker", "run", *args, external=True)',
      '@nox.session',
      'def build(session):',
      '    session.run("docker", "build", "-t", IMAGE, "-f", "docker/%s.Dockerfile" % "dev", ".", external=True)',
      '    print("docker push {}".format(IMAGE))',
      '    _run(session, "--rm", "-v", "{}:/src".format(os.getcwd()), IMAGE)',
      '',
    ].join('\n');
    expect(taskCodeCommands([noxfile], 'python').flat()).toEqual(['docker build -t dev-env -f docker/dev.Dockerfile .', 'docker run --rm -v $PWD:/src dev-env']);
  });
  it('leaves what it cannot know as a variable, and reads no command without an engine', () => {
    expect(taskCodeCommands(['def t(c, image):\n    c.run(f"docker run {image} {compute()}")\n    c.run("make all")\n'], 'python')).toEqual([['docker run ${image} ${compute}']]);
  });
});

// armada's magefiles: the engine behind two helpers, the build behind a third, the tree from os.Getwd().
const mageDocker = [
  'package main',
  'import "github.com/magefile/mage/sh"',
  'func binaryWithExt(name string) string {',
  '\tif runtime.GOOS == "windows" {',
  '\t\treturn fmt.Sprintf("%s.exe", name)',
  '\t}',
  '\treturn name',
  '}',
  'func dockerBinary() string {',
  '\treturn binaryWithExt("docker")',
  '}',
  'func dockerRun(args ...string) error {',
  '\treturn sh.Run(dockerBinary(), args...)',
  '}',
  'func dockerBuildImage(config DockerBuildConfig, imageTag string, dockerFile string) error {',
  '\tdockerArgs := []string{',
  '\t\t"buildx", "build", "-o", "type=docker", "-t", imageTag, "-f", dockerFile,',
  '\t}',
  '\tdockerArgs = append(dockerArgs, ".")',
  '\tif err := dockerRun(dockerArgs...); err != nil {',
  '\t\treturn fmt.Errorf("failed to build %s from %s: %w", imageTag, dockerFile, err)',
  '\t}',
  '\treturn nil',
  '}',
  '',
].join('\n');
const mageJava = [
  'package main',
  'const (',
  '\tjavaBuilderImageName = "armada-java-client-builder"',
  '\tdockerfilePath       = "./build/java-client/Dockerfile"',
  '\tbuildDir             = "/build"',
  ')',
  '// BuildJava Build armada Java client.',
  'func BuildJava() error {',
  '\tmg.Deps(BootstrapProto)',
  '\terr := dockerBuildImage(NewDockerBuildConfig(""), javaBuilderImageName, dockerfilePath)',
  '\tif err != nil {',
  '\t\treturn err',
  '\t}',
  '\twd, err := os.Getwd()',
  '\tif err != nil {',
  '\t\treturn err',
  '\t}',
  '\treturn dockerRun("run",',
  '\t\t"--rm",',
  '\t\t"-v", fmt.Sprintf("%s:%s", wd, buildDir),',
  '\t\t"-w", buildDir,',
  '\t\tjavaBuilderImageName,',
  '\t)',
  '}',
  '',
].join('\n');

describe('task runners: the command lines of Go tasks (mage)', () => {
  it('follows the package\'s helpers with the arguments given, its constants, Sprintf and os.Getwd()', () => {
    expect(taskCodeCommands([mageDocker, mageJava], 'go')).toEqual([
      ['docker buildx build -o type=docker -t armada-java-client-builder -f ./build/java-client/Dockerfile .', 'docker run --rm -v $PWD:/build -w /build armada-java-client-builder'],
    ]);
  });
  it('gives the lines of each task apart, a helper\'s lines to every task calling it', () => {
    const tests = 'package main\nfunc TestJava() error {\n\tmg.Deps(BuildJava)\n\treturn dockerRun("run", "--network=kind", "armada-java-client-builder", "mvn", "test")\n}\nfunc Images() {\n\tdockerBuildImage(nil, "armada-java-client-builder", "./build/java-client/Dockerfile")\n}\n';
    expect(taskCodeCommands([mageDocker, mageJava, tests], 'go')).toEqual([
      ['docker buildx build -o type=docker -t armada-java-client-builder -f ./build/java-client/Dockerfile .', 'docker run --rm -v $PWD:/build -w /build armada-java-client-builder'],
      ['docker run --network=kind armada-java-client-builder mvn test'],
      ['docker buildx build -o type=docker -t armada-java-client-builder -f ./build/java-client/Dockerfile .'],
    ]);
  });
  it('reads a magefiles folder as one package, and magefile.go alone', () => {
    const dir = folder({ 'magefiles/docker.go': mageDocker, 'magefiles/java.go': mageJava, 'magefiles/java_test.go': 'package main\nfunc TestX() { sh.Run("docker", "push", "x") }\n', 'build/java-client/Dockerfile': 'FROM scratch\n' });
    expect(taskRunnerFiles(dir, fs.readdirSync(dir))).toEqual([path.join(dir, 'magefiles')]);
    expect(taskCommands(path.join(dir, 'magefiles')).lines).toHaveLength(2);
    const single = folder({ 'magefile.go': 'package main\nfunc Push() error {\n\treturn sh.RunV("docker", "push", "ghcr.io/acme/app")\n}\n' });
    expect(taskCommands(path.join(single, 'magefile.go')).lines).toEqual(['docker push ghcr.io/acme/app']);
  });
  it('quotes a word with spaces as one, and reads the alternatives of a switch', () => {
    const go = 'package main\nfunc Lint(fix bool) error {\n\targs := []string{"run", "--rm"}\n\tswitch {\n\tcase fix:\n\t\targs = append(args, "img", "sh", "-c", "lint --fix")\n\tdefault:\n\t\targs = append(args, "img")\n\t}\n\treturn sh.Run("docker", args...)\n}\n';
    expect(taskCodeCommands([go], 'go')).toEqual([['docker run --rm img sh -c "lint --fix"', 'docker run --rm img']]);
  });
});

describe('task runners: Task\'s Taskfile.yml and just\'s justfile', () => {
  it('reads the cmds of each task, its vars and templates as the shell\'s variables', () => {
    const dir = folder({
      'Taskfile.yml': 'version: "3"\nvars:\n  IMAGE: dev-env\ntasks:\n  shell:\n    cmds:\n      - docker build -t {{.IMAGE}} -f docker/Dockerfile .\n      - cmd: docker run --rm -it -v {{.ROOT_DIR}}:/src {{.IMAGE}}\n      - task: other\n',
    });
    const read = taskCommands(path.join(dir, 'Taskfile.yml'));
    expect(read.lines).toEqual(['docker build -t ${IMAGE} -f docker/Dockerfile .', 'docker run --rm -it -v $PWD:/src ${IMAGE}']);
    expect(read.values.get('IMAGE')).toBe('dev-env');
  });
  it('reads the lines of each recipe, not its header nor the file\'s settings', () => {
    const dir = folder({ justfile: 'set shell := ["bash", "-c"]\nimage := "dev-env"\n\n# Work in the image\nshell: build\n    @docker run --rm -it \\\n      -v {{justfile_directory()}}:/src {{image}}\n\nbuild:\n    docker build -t {{image}} .\n' });
    const read = taskCommands(path.join(dir, 'justfile'));
    expect(read.lines).toEqual(['docker run --rm -it        -v $PWD:/src ${image}', 'docker build -t ${image} .']);
    expect(read.values.get('image')).toBe('dev-env');
  });
});
