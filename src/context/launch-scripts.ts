/**
 * Scripts beside a Dockerfile that start its image for people to work in: `docker run -it` with the working tree
 * bind-mounted over the image (NVIDIA TensorRT's `docker/launch.sh`: `docker run --gpus all -v ${PWD}:/workspace/TensorRT
 * --rm -it tensorrt-ubuntu24.04:latest`). Such an image is a development environment, rebuilt by each developer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isFile, listing, projectFileCache } from './project-file.js';

interface ScriptFacts {
  /** Runs a container interactively (`-it`, `-ti`, `--interactive … --tty`) with the working tree mounted. */
  launchesOverTree: boolean;
  /** Pushes an image (`docker push`, `podman push`): the folder publishes what it builds. */
  pushes: boolean;
}

const RUNS_CONTAINER = /\b(docker|podman|nvidia-docker)\s+(container\s+)?run\b/;
const INTERACTIVE_TTY = /(^|[\s"'])(-it|-ti)(?=[\s"']|$)|--interactive\b[\s\S]*--tty\b|--tty\b[\s\S]*--interactive\b/;
// `-v ${PWD}:/ws`, `-v "$(pwd)":/src`, `` -v `pwd`:/w ``, `--mount type=bind,source=$(pwd),…`: the working tree itself.
const MOUNTS_TREE = /(-v|--volume)[\s=]+["']?(\$\{?PWD\}?|\$\(pwd\)|`pwd`|\.)["']?:|source=["']?(\$\{?PWD\}?|\$\(pwd\)|`pwd`)["']?,/;
const PUSHES = /\b(docker|podman)\s+(image\s+)?push\b/;
// An image from a registry (`quay.io/konflux-ci/hermeto:0.25.0`) is some tool run over the tree, not the image built here.
const REGISTRY_IMAGE = /(^|\s)["']?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?\/[a-z0-9]/;

/**
 * One logical line (continuations joined) holds the flags of such a run: `-it` and the tree mount, in the `docker run`
 * itself or in the variable it is given (`docker_args="-v ${PWD}:/ws --rm -it $tag"`), and no registry's image.
 */
function launchesOverTree(text: string): boolean {
  if (!RUNS_CONTAINER.test(text)) return false;
  return text
    .replace(/\\\r?\n/g, ' ')
    .split('\n')
    .some((line) => INTERACTIVE_TTY.test(line) && MOUNTS_TREE.test(line) && !REGISTRY_IMAGE.test(line));
}

const readScript = projectFileCache<ScriptFacts>(
  (file) => {
    const text = fs.readFileSync(file, 'utf8');
    return { launchesOverTree: launchesOverTree(text), pushes: PUSHES.test(text) };
  },
  { launchesOverTree: false, pushes: false },
);

/** A shell script in the Dockerfile's folder launches an image over the working tree, and none there pushes one. */
export function launchedOverWorkingTree(dockerfile: string): boolean {
  const dir = path.dirname(path.resolve(dockerfile));
  const scripts = listing(dir)
    .filter((n) => n.endsWith('.sh'))
    .map((n) => path.join(dir, n))
    .filter(isFile)
    .map(readScript);
  return scripts.some((s) => s.launchesOverTree) && !scripts.some((s) => s.pushes);
}
