/**
 * Dockerfile fragments: files a script of the project joins into the Dockerfile it builds, so that none is built
 * alone. A shell script or Makefile recipe concatenates them (`cat Dockerfile.common Dockerfile.api_test > Dockerfile`
 * in harbor's tests/test-engine-image/build.sh, also through variables: `$CMD_BASE $SRC_FILE >> $DST_FILE`, each
 * value the script gives them tried), or a Python script reads one as text to splice into another
 * (`open('docker/Dockerfile.extra_install')` in modelscope's build_image.py). A script that only names a Dockerfile
 * (`docker build -f X`) makes no fragment of it. Scripts are read in the Dockerfile's folder and those above it up to
 * the project's root (own-images.ts); a path is taken from the script's folder or from the root.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildModel } from '../model/build.js';
import type { BaseImage, Instruction } from '../model/types.js';
import { isLocalImage } from '../knowledge/trusted-images.js';
import { parseShell } from '../shell/parse.js';
import { LineIndex, MappedSource } from '../shell/source-map.js';
import { UNKNOWN_DIR } from '../shell/workdir.js';
import type { BuildContext } from './build-context.js';
import { foldersToProjectRoot, logicalLines, makefileRecipes, shellAssignments } from './own-images.js';
import { listing, projectFileCache } from './project-file.js';

export interface Fragment {
  /** The stages (lower-cased names) of the files joined before it: its `COPY --from` may name them. */
  stagesBefore: ReadonlySet<string>;
  /** Every join puts another file after it (none splices it where the linter cannot see): its last stage is no image. */
  followed: boolean;
  /** What the stages of the files joined after it are built `FROM`, lower-cased: a stage of its named there ships. */
  basesAfter: ReadonlySet<string>;
}

/** Scripts read per folder (the first ones by name). */
const MAX_FILES = 40;
/** Texts a line with variables expands to, at most (one per value the script gives each). */
const MAX_ALTERNATIVES = 16;
/** Rounds of substitution: a value may name another variable. */
const MAX_ROUNDS = 8;

const SHELL_SCRIPT = /\.(sh|bash)$/i;
const MAKEFILE = /^((gnu)?makefile|.*\.mk)$/i;
const PYTHON = /\.py$/i;
/** A Dockerfile's name: `Dockerfile`, `Dockerfile.common`, `api.Dockerfile`, `Containerfile.in`. */
const DOCKERFILE_NAME = /(^|[._-])(dockerfile|containerfile)([._-]|$)/i;
/** `open('docker/Dockerfile.extra_install')`, `open("…", 'r')`, `open('…', encoding='utf-8')`: read, not written. */
const PYTHON_READ = /\bopen\(\s*(['"])([^'"\n]+)\1\s*(?:,\s*(?:mode\s*=\s*)?(['"])[rbt]+\3\s*)?(?:,\s*\w+\s*=[^()]*)?\)/g;
const VARIABLE = /\$\{(\w+)\}|\$(\w+)/g;

interface ScriptFragments {
  /** The files of each `cat` into a Dockerfile, in order, as written (relative paths). */
  joins: string[][];
  /** Dockerfiles read as text, as written. */
  reads: string[];
}

const NONE: ScriptFragments = { joins: [], reads: [] };

/** The Dockerfile at `dockerfile` as a fragment of the project's scripts' joins (see the file comment), or null. */
export function dockerfileFragment(dockerfile: string): Fragment | null {
  const own = path.resolve(dockerfile);
  const { folders, root } = foldersToProjectRoot(path.dirname(own));
  const joins: string[][] = [];
  let spliced = false;
  for (const dir of folders) {
    const bases = root && root !== dir ? [dir, root] : [dir];
    const names = listing(dir).filter((n) => SHELL_SCRIPT.test(n) || MAKEFILE.test(n) || PYTHON.test(n));
    for (const name of names.sort().slice(0, MAX_FILES)) {
      const found = scriptFragments(path.join(dir, name));
      for (const base of bases) {
        const at = (p: string): string => path.resolve(base, p);
        if (found.reads.some((p) => at(p) === own)) spliced = true;
        for (const join of found.joins) if (join.some((p) => at(p) === own)) joins.push(join.map(at));
      }
    }
  }
  if (!joins.length && !spliced) return null;
  const stagesBefore = new Set<string>();
  const basesAfter = new Set<string>();
  for (const join of joins) {
    const at = join.indexOf(own);
    for (const file of join.slice(0, at)) for (const name of stagesOf(file).names) stagesBefore.add(name);
    for (const file of join.slice(at + 1)) for (const base of stagesOf(file).bases) basesAfter.add(base);
  }
  const followed = !spliced && joins.every((join) => join.indexOf(own) < join.length - 1);
  return { stagesBefore, followed, basesAfter };
}

/** The stage names and the `FROM` images (as written) of another Dockerfile of a join, lower-cased. */
const stagesOf = projectFileCache<{ names: string[]; bases: string[] }>(
  (file) => {
    const model = buildModel(file, fs.readFileSync(file, 'utf8'));
    return { names: model.stages.flatMap((s) => (s.name ? [s.name] : [])), bases: model.stages.map((s) => s.image.raw.toLowerCase()) };
  },
  { names: [], bases: [] },
);

const scriptFragments = projectFileCache<ScriptFragments>((file) => {
  const text = fs.readFileSync(file, 'utf8');
  const name = path.basename(file);
  if (PYTHON.test(name)) {
    const reads = [...text.matchAll(PYTHON_READ)].map((m) => m[2]!).filter((p) => DOCKERFILE_NAME.test(path.basename(p)));
    return { joins: [], reads };
  }
  if (MAKEFILE.test(name)) {
    const { recipes, values } = makefileRecipes(text);
    const known = new Map([...values].flatMap(([k, v]): [string, string[]][] => (v === null ? [] : [[k, [v]]])));
    return { joins: catJoins(recipes, known), reads: [] };
  }
  const lines = logicalLines(text);
  return { joins: catJoins(lines, shellAssignments(lines)), reads: [] };
}, NONE);

/**
 * The `cat A B … > Dockerfile` (or `>>`) of the lines: two files or more, none left a variable, written to a file
 * named as a Dockerfile. A variable is replaced by each value the script gives it (`SRC_FILE=Dockerfile.api_test` in
 * one branch, `Dockerfile.ui_test` in the other), a command held in one too (`CMD_BASE="cat Dockerfile.common"`).
 */
function catJoins(lines: readonly string[], values: ReadonlyMap<string, readonly string[]>): string[][] {
  const catVars = new Set([...values].filter(([, vs]) => vs.some((v) => /\bcat\b/.test(v))).map(([k]) => k));
  const out: string[][] = [];
  for (const line of lines) {
    const vars = [...line.matchAll(VARIABLE)].map((m) => (m[1] ?? m[2])!);
    if (!/\bcat\b/.test(line) && !vars.some((v) => catVars.has(v))) continue;
    for (const text of alternatives(line, values)) {
      if (!/\bcat\b/.test(text)) continue;
      const script = parseShell(MappedSource.run(text, 0), new LineIndex(text), 0, null, UNKNOWN_DIR);
      for (const cmd of script.commands) {
        if (cmd.name !== 'cat' || !cmd.redirects.some((r) => DOCKERFILE_NAME.test(path.basename(r.value)))) continue;
        const files = cmd.args.map((a) => a.value).filter((v) => !v.startsWith('-'));
        if (files.length >= 2 && !files.some((f) => f.includes('$'))) out.push(files);
      }
    }
  }
  return out;
}

/** The texts `line` stands for, each variable the script gives values replaced by each of them (MAX_ALTERNATIVES at most). */
function alternatives(line: string, values: ReadonlyMap<string, readonly string[]>): string[] {
  let texts = [line];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let changed = false;
    const next: string[] = [];
    for (const text of texts) {
      const m = [...text.matchAll(VARIABLE)].find((v) => values.has((v[1] ?? v[2])!));
      if (!m) {
        next.push(text);
        continue;
      }
      changed = true;
      for (const value of values.get((m[1] ?? m[2])!)!) next.push(text.slice(0, m.index) + value + text.slice(m.index + m[0].length));
    }
    texts = next.slice(0, MAX_ALTERNATIVES);
    if (!changed) break;
  }
  return texts;
}

/**
 * The base `instruction` installs on fixes no distribution release: its stage's image does not (`FROM ${BASEIMAGE}`,
 * BaseImage.unknownRelease), or it is in a fragment without `FROM`, joined under whatever base the script picks. So
 * also a build argument whose default is a bare local image without a tag (triton's `ARG BASE_IMAGE=tritonserver`
 * for `FROM $BASE_IMAGE`, the image an earlier step of the project's build makes, by a script the linter does not
 * read) when no Dockerfile of the project is found for certain to build it (ownBase): the release under it is
 * whichever the build that made it picked, and the argument is there for builds that pass another image.
 */
export function releaseUnknown(instruction: Instruction, buildContext: BuildContext | null): boolean {
  const root = instruction.stage?.rootImage;
  if (!root) return (buildContext?.fragment() ?? null) !== null;
  return root.unknownRelease || (localBaseFromArg(root) && !buildContext?.ownBase(root.name!));
}

/** The image is a local one (isLocalImage) named by a build argument's default, with no tag but `latest` and no digest. */
function localBaseFromArg(image: BaseImage): boolean {
  const name = image.name;
  // The reference starts with the variable: the argument names the image, not only its tag (`myimage:${TAG}`).
  return name !== null && image.raw.startsWith('$') && isLocalImage(name) && name.digest === null && (name.tag ?? 'latest') === 'latest';
}
