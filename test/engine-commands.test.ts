/**
 * The one reader of container-engine command lines in project files (src/context/engine-commands.ts), as tables: a
 * script in, the engine calls own-images.ts, artifact-builds.ts and launch-scripts.ts see out.
 */
import { describe, expect, it } from 'vitest';
import { engineCall, mentionsEngine, type ScriptFunctions, scriptFunctions } from '../src/context/engine-commands.js';
import { parseShell } from '../src/shell/parse.js';
import { LineIndex, MappedSource } from '../src/shell/source-map.js';
import { UNKNOWN_DIR } from '../src/shell/workdir.js';

/** The engine calls of a script: engine, subcommand, options (`name=value`) and operands. */
function calls(text: string, values: Record<string, string[]> = {}, functions?: ScriptFunctions) {
  const script = parseShell(MappedSource.run(text, 0), new LineIndex(text), 0, null, UNKNOWN_DIR);
  return script.commands.flatMap((cmd) => {
    const call = engineCall(cmd, new Map(Object.entries(values)), functions);
    if (!call) return [];
    const inv = call.invocation;
    return [{ engine: call.engine, subcommand: call.subcommand, options: inv.options.map((o) => (o.value === null ? o.name : `${o.name}=${o.value}`)), operands: inv.operands.map((w) => w.value) }];
  });
}

/** Engine and subcommand of each call. */
const subcommands = (text: string, values: Record<string, string[]> = {}, functions?: ScriptFunctions) => calls(text, values, functions).map((c) => `${c.engine} ${c.subcommand}`);

describe('engine calls: engines, launchers and subcommands', () => {
  it.each([
    ['docker build -t app .', ['docker build']],
    ['/usr/bin/podman build .', ['podman build']],
    // The subcommand as IMAGE_BUILD's aliases name it.
    ['docker buildx build . && docker image build . && buildah bud . && podman farm build .', ['docker build', 'docker build', 'buildah build', 'podman build']],
    ['docker image tag a b; podman tag a b; docker container run img; docker container create img; docker container cp c:/x .', ['docker tag', 'podman tag', 'docker run', 'docker create', 'docker cp']],
    ['docker image push a; docker manifest push a; docker push a', ['docker push', 'docker push', 'docker push']],
    // The engine's own options before the subcommand.
    ['docker -H tcp://host:2375 run img; docker --context dev build .', ['docker run', 'docker build']],
    // A launcher is read through once: the command it launches makes the call.
    ['sudo -E docker build .', ['docker build']],
    ['env DOCKER_BUILDKIT=1 docker build .', ['docker build']],
    // nvidia-docker hands every subcommand but `run`/`create` to docker as it is: it builds too; buildah's `run` runs no image.
    ['nvidia-docker run -it img; nvidia-docker build .; buildah run ctr ls', ['nvidia-docker run', 'nvidia-docker build']],
    // Not a call: printed, looked up, or no engine.
    ['echo docker build .; command -v docker; which docker; dockerd --debug', []],
  ])('%s', (text, expected) => {
    expect(subcommands(text)).toEqual(expected);
  });
});

describe('engine calls: engines in variables', () => {
  it('reads a variable named as an engine, whatever its value (ENGINE_VARIABLE), and no other unknown one', () => {
    expect(subcommands('"$DOCKER_BIN" image build .; ${CONTAINER_ENGINE} run img; $PODMAN build .')).toEqual(['null build', 'null run', 'null build']);
    expect(subcommands('$TOOL build .')).toEqual([]);
  });
  it('reads the values the file gives it: an engine, a launcher before one, an engine with its subcommand, a default', () => {
    expect(subcommands('$CE build .', { CE: ['podman'] })).toEqual(['podman build']);
    expect(subcommands('$CE build .', { CE: ['sudo docker'] })).toEqual(['docker build']);
    expect(subcommands('$SUDO docker build .', { SUDO: ['', 'sudo'] })).toEqual(['docker build']);
    // A Makefile's `$(DOCKER_RUN_CMD)`, read as the shell's `${DOCKER_RUN_CMD}`, from each branch of an `ifeq`.
    expect(subcommands('${DOCKER_RUN_CMD} --rm img', { DOCKER_RUN_CMD: ['nvidia-docker run', 'docker run'] })).toEqual(['nvidia-docker run']);
    expect(subcommands('${RUNNER:-docker} run img')).toEqual(['docker run']);
    // A value that is no engine: the name decides.
    expect(subcommands('$DOCKER build .', { DOCKER: ['$(command -v docker)'] })).toEqual(['null build']);
    expect(subcommands('$TOOL build .', { TOOL: ['make'] })).toEqual([]);
  });
  it('expands the words a variable holds where options and operands stand, an option\'s value to one word', () => {
    const [run] = calls('docker run $FLAGS -v $MOUNT img bash -v /x:/y', { FLAGS: ['--rm -i', '--rm -it'], MOUNT: ['$PWD:/ws', '/data:/ws'] });
    expect(run).toEqual({ engine: 'docker', subcommand: 'run', options: ['--rm', '-i', '--rm', '-i', '-t', '-v=$PWD:/ws'], operands: ['img', 'bash', '-v', '/x:/y'] });
    const [build] = calls('docker build $BUILD_ARGS --tag "$IMAGE" .', { BUILD_ARGS: ['--build-arg A=1 --build-arg B'], IMAGE: ['org/app:1', 'org/app:2'] });
    expect(build!.options).toEqual(['--build-arg=A=1', '--build-arg=B', '--tag=org/app:1']);
    expect(build!.operands).toEqual(['.']);
  });
  it('takes a variable left unknown whose name says options for options, not for the image', () => {
    expect(calls('docker run $DOCKER_ARGS -v $(pwd):/out builder')[0]!.operands).toEqual(['builder']);
    expect(calls('docker run $IMAGE --port 80')[0]!.operands).toEqual(['$IMAGE', '--port', '80']);
  });
});

describe('engine calls: wrappers', () => {
  it('reads a command whose first argument is an engine as a wrapper, unless it prints or the script defines it otherwise', () => {
    expect(subcommands('retry docker build .; suppress_output "$DOCKER_BIN" image build .')).toEqual(['docker build', 'null build']);
    const text = 'run_command() {\n  echo "$*"\n  "$@"\n}\nlog() {\n  echo "$*"\n}\nrun_command $DOCKER_EXE run img\nlog docker build .\n';
    const functions = scriptFunctions(text);
    expect(functions).toEqual({ defined: new Set(['run_command', 'log']), wrappers: new Set(['run_command']) });
    expect(subcommands(text, { DOCKER_EXE: ['${DOCKER_EXE:-"docker"}'] }, functions)).toEqual(['docker run']);
  });
});

describe('lines that may call an engine', () => {
  it('names one, a variable named as one, or one whose value names one', () => {
    expect(mentionsEngine('nvidia-docker run img')).toBe(true);
    expect(mentionsEngine('${CONTAINER_ENGINE} push $(IMG)')).toBe(true);
    expect(mentionsEngine('${TOOL} build .', new Map([['TOOL', ['$(BIN)/podman']]]))).toBe(true);
    expect(mentionsEngine('${TOOL} build -f Dockerfile .', new Map([['TOOL', ['make']]]))).toBe(false);
  });
});
