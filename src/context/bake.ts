/**
 * Named build contexts that a Buildx Bake file declares (`target "app" { contexts = { proxy = "…" } }`): a Dockerfile
 * built by Bake may `COPY --from=proxy` a folder or image that no stage of it defines. And the stages its targets
 * build (`target = "runtime"`): an image of its own, even when other stages copy from it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { foldersToRepositoryTop, record } from './compose.js';
import { withoutComments } from './comments.js';
import { projectFileCache } from './project-file.js';

/**
 * `docker-bake.hcl`, `docker-bake.json`, `docker-bake.override.hcl` and named variants (`docker-bake.custom-python.hcl`,
 * and with a prefix, `4.5.3.docker-bake.json`: rocker-versioned2's generated files, passed with `-f`).
 */
export const BAKE_FILE = /^([\w.-]+[.-])?docker-bake([.-][^/]*)?\.(hcl|json)$/i;
/** A folder of the project's root that holds its Bake files (rocker-versioned2's `bakefiles/`). */
export const BAKE_FOLDER = /^bake(files)?$/i;

/** What a Bake file declares: the named contexts, the stages its targets build (`target = "runtime"`) and the images they tag. */
interface BakeFile {
  contexts: readonly string[];
  stages: readonly string[];
  /** The image names its targets tag their builds with, variables' defaults in place (`${REGISTRY}/app:1`). */
  tags: readonly string[];
  /** Its targets, each with what it inherits merged in; Dockerfile paths absolute. */
  targets: readonly BakeTarget[];
}

/** A Bake target: the Dockerfile it builds and the build arguments it passes. */
export interface BakeTarget {
  /** Absolute path of the Dockerfile built; null when its context is no folder (`target:x`, a URL), or the run names it. */
  dockerfile: string | null;
  /**
   * When the run names the Dockerfile (`dockerfile = "${DOCKERFILE}"`, a variable without a default): the context
   * folder it is read from (absolute) and the stage the target builds, the evidence of which file it is (bakeBuilds).
   */
  runNamed: { folder: string; stage: string } | null;
  /** Each argument's value; EXPRESSION for one Bake computes (a variable, an interpolation). */
  args: ReadonlyMap<string, string>;
}

/** The value of an argument Bake computes (`TEST_BASE_IMAGE = TEST_BASE_IMAGE`, `"${REPO}:1"`): known only when it runs. */
export const EXPRESSION = '\0expression';

/** Each Bake file is read once per run (projectFileCache). */
const bakeFile = projectFileCache<BakeFile>((file) => {
  const text = fs.readFileSync(file, 'utf8');
  const read = file.toLowerCase().endsWith('.json') ? jsonBake(text) : { contexts: hclContexts(text), stages: hclStages(text), tags: hclTags(text), targets: hclTargets(text) };
  return { ...read, targets: read.targets.map((t) => ({ args: t.args, dockerfile: dockerfileOf(path.dirname(file), t), runNamed: runNamedOf(path.dirname(file), t) })) };
}, { contexts: [], stages: [], tags: [], targets: [] });

/** A target's Dockerfile: `dockerfile` (default `Dockerfile`) in `context` (default the folder Bake runs in: runFolder). */
function dockerfileOf(dir: string, t: RawTarget): string | null {
  const context = t.context ?? '.';
  if (/^[\w+.-]+:/.test(context) || (t.dockerfile ?? '').includes('$') || context.includes('$')) return null;
  const file = (from: string): string => path.resolve(from, context, t.dockerfile ?? 'Dockerfile');
  return file(runFolder(dir, t, (from) => isFile(file(from))));
}

/**
 * The folder Bake runs in to build a target: Bake reads `context` from its working directory, not from the Bake file's
 * folder (docker/buildx#1028), and a project's CI often runs `docker buildx bake -f docker/docker-bake.hcl` from the
 * repository's top (temporal's `context = "docker"`, `dockerfile = "targets/server.Dockerfile"`). The Bake file's own
 * folder when the target's path is there; else, for a target that names its context or Dockerfile, the nearest folder
 * above, up to the repository's top, where it is (a run anywhere else fails); the Bake file's folder when none.
 */
function runFolder(dir: string, t: RawTarget, found: (from: string) => boolean): string {
  if (found(dir) || (t.context === null && t.dockerfile === null)) return dir;
  return foldersToRepositoryTop(dir).slice(1).find(found) ?? dir;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * A target whose `dockerfile` is one variable the run sets (ONLYOFFICE's `dockerfile = "${DOCKERFILE}"`, its workflows
 * `export DOCKERFILE=Dockerfile` before `docker buildx bake`) and which builds a named stage: its plain context folder
 * and that stage. A variable with a default reads as that default already (hclTargets).
 */
function runNamedOf(dir: string, t: RawTarget): BakeTarget['runNamed'] {
  const context = t.context ?? '.';
  if (!t.stage || !/^\$\{[\w-]+\}$/.test(t.dockerfile ?? '') || /^[\w+.-]+:/.test(context) || context.includes('$')) return null;
  const folder = (from: string): string => path.resolve(from, context);
  return { folder: folder(runFolder(dir, t, (from) => fs.existsSync(folder(from)))), stage: t.stage };
}

/** The stage names a Dockerfile declares (`FROM … AS name`), lower case; read once per run. */
const declaredStages = projectFileCache<ReadonlySet<string>>((file) => new Set([...fs.readFileSync(file, 'utf8').matchAll(/^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*\S+[ \t]+AS[ \t]+([\w.-]+)/gim)].map((m) => m[1]!.toLowerCase())), new Set());

/**
 * The Bake targets that build `dockerfile`: those naming it, and those whose Dockerfile the run names but which build
 * a stage it declares from the folder it sits in (a target is built from one Dockerfile, and its stage is evidence
 * of which: a sibling file without that stage would fail the build).
 */
function bakeBuilds(dockerfile: string): BakeTarget[] {
  const own = path.resolve(dockerfile);
  return bakeFilesFor(dockerfile).flatMap((b) => b.targets).filter((t) =>
    t.dockerfile === own || (t.runNamed !== null && t.runNamed.folder === path.dirname(own) && declaredStages(own).has(t.runNamed.stage.toLowerCase())));
}

/**
 * The build arguments that the Bake targets building `dockerfile` pass with several values (a value, or the
 * Dockerfile's own default where a target passes none): `args = { TEST_BASE_IMAGE = "debian:bookworm" }` in one
 * target and `"fedora:35"` in another (tonistiigi/xx's test matrix). The file then serves each of them, not its default.
 */
export function bakeVariedArgs(dockerfile: string): Set<string> {
  const targets = bakeBuilds(dockerfile);
  const values = new Map<string, Set<string>>();
  for (const name of new Set(targets.flatMap((t) => [...t.args.keys()]))) {
    // A target that passes none builds with the Dockerfile's default; each computed value may be any.
    values.set(name, new Set(targets.map((t, i) => (t.args.has(name) ? (t.args.get(name) === EXPRESSION ? `${EXPRESSION}${i}` : t.args.get(name)!) : DEFAULT))));
  }
  return new Set([...values].filter(([, v]) => v.size > 1).map(([name]) => name));
}

const DEFAULT = '\0default';

/**
 * The arguments each Bake target building `dockerfile` passes (what it inherits merged in), one map per target: each
 * with its value, or null for an expression (`"${VERSION}"`).
 */
export function bakeTargetArgs(dockerfile: string): Map<string, string | null>[] {
  return bakeBuilds(dockerfile).map((t) => new Map([...t.args].map(([name, value]) => [name, value === EXPRESSION ? null : value])));
}

/**
 * The tags a Bake file's targets give their images; with `vars`, the values the run gives its variables (Bake reads
 * them from the environment in place of their defaults: a workflow's `env`), a value of an expression the linter cannot
 * know (`${{ steps.meta.outputs.version }}`) leaving the variable unknown.
 */
export function bakeTags(file: string, vars: Readonly<Record<string, string>> = {}): readonly string[] {
  if (!Object.keys(vars).length || file.toLowerCase().endsWith('.json')) return bakeFile(file).tags;
  try {
    return hclTags(fs.readFileSync(file, 'utf8'), vars);
  } catch {
    return [];
  }
}

/**
 * The Bake files in the Dockerfile's folder or the folders above it, up to the top of its git repository (only its own
 * folder outside a repository). In its own folder any `.hcl` file counts: a Bake file passed with `--file` may have any
 * name (frigate's `docker/rockchip/rk.hcl`), and HCL of other tools there declares no `target` blocks to read.
 */
function bakeFilesFor(dockerfile: string): BakeFile[] {
  const out: BakeFile[] = [];
  const own = path.dirname(path.resolve(dockerfile));
  for (const dir of foldersToRepositoryTop(own)) {
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      continue;
    }
    const isBake = (n: string): boolean => BAKE_FILE.test(n) || (dir === own && /\.hcl$/i.test(n));
    for (const name of names.filter(isBake)) out.push(bakeFile(path.join(dir, name)));
  }
  return out;
}

/**
 * The context names declared by the Bake files in the Dockerfile's folder or the folders above it, for any of their
 * targets: Bake resolves paths from where it is run, so which target builds this Dockerfile cannot be told reliably
 * from the file alone.
 */
export function bakeContextNames(dockerfile: string): Set<string> {
  return new Set(bakeFilesFor(dockerfile).flatMap((b) => b.contexts));
}

/** The stages the targets of those Bake files build (`target = "runtime"`), for any Dockerfile, for the same reason. */
export function bakeStageNames(dockerfile: string): Set<string> {
  return new Set(bakeFilesFor(dockerfile).flatMap((b) => b.stages));
}

/** `{"target": {"app": {"contexts": {"proxy": "…"}, "target": "runtime"}}}`. */
function jsonBake(text: string): Omit<BakeFile, 'targets'> & { targets: RawTarget[] } {
  const doc: unknown = JSON.parse(text);
  const byName = record(record(doc)?.['target']) ?? {};
  const targets = Object.values(byName).map(record);
  const raw = new Map(Object.entries(byName).map(([name, t]) => {
    const r = record(t);
    const str = (key: string): string | null => (typeof r?.[key] === 'string' ? (r[key] as string) : null);
    const inherits = Array.isArray(r?.['inherits']) ? (r['inherits'] as unknown[]).filter((x): x is string => typeof x === 'string') : [];
    const args = new Map(Object.entries(record(r?.['args']) ?? {}).map(([k, v]) => [k, typeof v === 'string' && !v.includes('${') ? v : EXPRESSION]));
    return [name, { context: str('context'), dockerfile: str('dockerfile'), inherits, args, stage: str('target') }];
  }));
  return {
    targets: mergeInherited(raw),
    contexts: targets.flatMap((t) => Object.keys(record(t?.['contexts']) ?? {})),
    stages: targets.flatMap((t) => (typeof t?.['target'] === 'string' ? [t['target']] : [])),
    tags: targets.flatMap((t) => {
      const tags = t?.['tags'];
      return Array.isArray(tags) ? tags.filter((x): x is string => typeof x === 'string') : [];
    }),
  };
}

/** A target as written: its own attributes and the targets it inherits from. */
interface RawTarget {
  context: string | null;
  dockerfile: string | null;
  inherits: readonly string[];
  args: ReadonlyMap<string, string>;
  /** The stage it builds (`target = "runtime"`). */
  stage: string | null;
}

/**
 * The `target "name" { … }` blocks: `context`, `dockerfile` and `inherits` when plain strings, and each `args` entry
 * (a string without interpolation, or EXPRESSION). Not a full HCL reader, as hclContexts.
 */
export function hclTargets(text: string): RawTarget[] {
  const code = withoutComments(text, { hash: true });
  const raw = new Map<string, RawTarget>();
  // A Dockerfile named by a variable with a plain default is that default unless the run sets another.
  const defaults = new Map([...code.matchAll(/variable\s+"([\w-]+)"\s*\{[^}]*?\bdefault\s*=\s*"([^"$\n]+)"/g)].map((m) => [m[1]!, m[2]!]));
  for (const m of code.matchAll(/(?:^|\n)\s*target\s+"([^"\n]+)"\s*\{/g)) {
    const body = code.slice(m.index + m[0].length, closingBrace(code, m.index + m[0].length - 1));
    // Attributes of the block's own level only: nested objects (`args`, `contexts`) are blanked first.
    // An interpolation's braces (`"${DOCKERFILE}"`) are kept apart from the objects' while blanking.
    let top = body.replace(/\$\{([\w-]+)\}/g, '$\u0001$1\u0002');
    for (let inner = top; (inner = top.replace(/\{[^{}]*\}/g, (b) => ' '.repeat(b.length))) !== top; ) top = inner;
    const str = (key: string): string | null => new RegExp(`(?:^|\\n)\\s*${key}\\s*=\\s*"([^"\\n]*)"`).exec(top)?.[1]?.replace(/\u0001/g, '{').replace(/\u0002/g, '}') ?? null;
    const inherits = /(?:^|\n)\s*inherits\s*=\s*\[([^\]]*)\]/.exec(top)?.[1] ?? '';
    const argsAt = /(?:^|\n)\s*args\s*=\s*\{/.exec(body);
    const args = new Map<string, string>();
    if (argsAt) {
      const open = argsAt.index + argsAt[0].length - 1;
      const entries = body.slice(open + 1, closingBrace(body, open));
      for (const e of entries.matchAll(/(?:^|[\n,])\s*(?:"([^"\n]+)"|([A-Za-z_][\w-]*))\s*[=:](?!=)\s*([^\n,]*)/g)) {
        const value = e[3]!.trim();
        const literal = /^"([^"\n]*)"$/.exec(value)?.[1];
        args.set(e[1] ?? e[2]!, literal !== undefined && !literal.includes('${') ? literal : EXPRESSION);
      }
    }
    const dockerfile = str('dockerfile')?.replace(/^\$\{([\w-]+)\}$/, (whole, name: string) => defaults.get(name) ?? whole) ?? null;
    raw.set(m[1]!, { context: str('context'), dockerfile, inherits: [...inherits.matchAll(/"([^"\n]*)"/g)].map((x) => x[1]!), args, stage: str('target') });
  }
  return mergeInherited(raw);
}

/** Each target with the attributes of the targets it inherits (in order, its own last) merged in; an inherited name Bake computes (`test-${TYPE}`) is left out. */
function mergeInherited(raw: ReadonlyMap<string, RawTarget>): RawTarget[] {
  const merged = new Map<string, RawTarget>();
  const resolve = (name: string, seen: ReadonlySet<string>): RawTarget | null => {
    const own = raw.get(name);
    if (!own || seen.has(name)) return null;
    let out = merged.get(name);
    if (out) return out;
    const parents = own.inherits.map((p) => resolve(p, new Set([...seen, name]))).filter((p): p is RawTarget => p !== null);
    out = [...parents, own].reduce((a, b) => ({ context: b.context ?? a.context, dockerfile: b.dockerfile ?? a.dockerfile, inherits: [], args: new Map([...a.args, ...b.args]), stage: b.stage ?? a.stage }));
    merged.set(name, out);
    return out;
  };
  return [...raw.keys()].map((name) => resolve(name, new Set())!);
}

/** The index of the brace closing the one at `open` (the text's end when none). */
function closingBrace(code: string, open: number): number {
  let depth = 0;
  for (let end = open; end < code.length; end++) {
    if (code[end] === '{') depth++;
    else if (code[end] === '}' && --depth === 0) return end;
  }
  return code.length;
}

/** The values of `target = "…"` attributes (the stage a Bake target builds). */
export function hclStages(text: string): string[] {
  return [...withoutComments(text, { hash: true }).matchAll(/(?:^|[\s{,])target\s*=\s*"([^"\n$]+)"/g)].map((m) => m[1]!);
}

/**
 * The strings of every `tags = [ … ]` list, with `${NAME}` replaced by the default of a `variable "NAME"` block
 * that gives a plain one (`${REGISTRY}/app:${TAG}`; a variable without one stays as written), or by the value `vars`
 * gives a declared variable (one holding `$` stays unknown).
 */
export function hclTags(text: string, vars: Readonly<Record<string, string>> = {}): string[] {
  const code = withoutComments(text, { hash: true });
  const defaults = new Map<string, string>();
  for (const m of code.matchAll(/variable\s+"([\w-]+)"\s*\{[^}]*?\bdefault\s*=\s*"([^"$\n]*)"/g)) defaults.set(m[1]!, m[2]!);
  // Bake takes from the environment only the variables the file declares.
  const declared = new Set([...code.matchAll(/variable\s+"([\w-]+)"/g)].map((m) => m[1]!));
  for (const [name, value] of Object.entries(vars)) {
    if (!declared.has(name)) continue;
    if (value.includes('$')) defaults.delete(name);
    else defaults.set(name, value);
  }
  const out: string[] = [];
  for (const m of code.matchAll(/(^|[\s{,])tags\s*=\s*\[([^\]]*)\]/g)) {
    for (const v of m[2]!.matchAll(/"([^"\n]*)"/g)) out.push(v[1]!.replace(/\$\{([\w-]+)\}/g, (whole, name: string) => defaults.get(name) ?? whole));
  }
  return out;
}

/**
 * The keys of every `contexts = { … }` object, also behind a condition (`contexts = A != B ? { … } : null`). Not a
 * full HCL reader: comments and strings are blanked first, then each object is read to its closing brace.
 */
export function hclContexts(text: string): string[] {
  const code = withoutComments(text, { hash: true });
  const out: string[] = [];
  for (const m of code.matchAll(/(^|[\s{,])contexts\s*=/g)) {
    const open = code.indexOf('{', m.index + m[0].length);
    // The object belongs to this attribute only if no other attribute starts before it.
    if (open < 0 || /\n\s*[A-Za-z_][\w-]*\s*=[^=]/.test(code.slice(m.index + m[0].length, open))) continue;
    const body = code.slice(open + 1, closingBrace(code, open));
    // Keys at the object's own level: `name = …`, `"name" = …` or `name: …`, at the start of a line or after a comma.
    for (const k of body.matchAll(/(?:^|[\n,{])\s*(?:"([^"\n]+)"|([A-Za-z_][\w.-]*))\s*[=:](?!=)/g)) out.push(k[1] ?? k[2]!);
  }
  return out;
}

