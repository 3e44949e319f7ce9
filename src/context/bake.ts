/**
 * Named build contexts that a Buildx Bake file declares (`target "app" { contexts = { proxy = "…" } }`): a Dockerfile
 * built by Bake may `COPY --from=proxy` a folder or image that no stage of it defines. And the stages its targets
 * build (`target = "runtime"`): an image of its own, even when other stages copy from it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { foldersToRepositoryTop, record } from './compose.js';
import { projectFileCache } from './project-file.js';

/** `docker-bake.hcl`, `docker-bake.json`, `docker-bake.override.hcl` and named variants (`docker-bake.custom-python.hcl`). */
export const BAKE_FILE = /^docker-bake([.-][^/]*)?\.(hcl|json)$/i;

/** What a Bake file declares: the named contexts, the stages its targets build (`target = "runtime"`) and the images they tag. */
interface BakeFile {
  contexts: readonly string[];
  stages: readonly string[];
  /** The image names its targets tag their builds with, variables' defaults in place (`${REGISTRY}/app:1`). */
  tags: readonly string[];
}

/** Each Bake file is read once per run (projectFileCache). */
const bakeFile = projectFileCache<BakeFile>((file) => {
  const text = fs.readFileSync(file, 'utf8');
  return file.toLowerCase().endsWith('.json') ? jsonBake(text) : { contexts: hclContexts(text), stages: hclStages(text), tags: hclTags(text) };
}, { contexts: [], stages: [], tags: [] });

/** The tags a Bake file's targets give their images. */
export function bakeTags(file: string): readonly string[] {
  return bakeFile(file).tags;
}

/** The Bake files in the Dockerfile's folder or the folders above it, up to the top of its git repository (only its own folder outside a repository). */
function bakeFilesFor(dockerfile: string): BakeFile[] {
  const out: BakeFile[] = [];
  for (const dir of foldersToRepositoryTop(path.dirname(path.resolve(dockerfile)))) {
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names.filter((n) => BAKE_FILE.test(n))) out.push(bakeFile(path.join(dir, name)));
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
function jsonBake(text: string): BakeFile {
  const doc: unknown = JSON.parse(text);
  const targets = Object.values(record(record(doc)?.['target']) ?? {}).map(record);
  return {
    contexts: targets.flatMap((t) => Object.keys(record(t?.['contexts']) ?? {})),
    stages: targets.flatMap((t) => (typeof t?.['target'] === 'string' ? [t['target']] : [])),
    tags: targets.flatMap((t) => {
      const tags = t?.['tags'];
      return Array.isArray(tags) ? tags.filter((x): x is string => typeof x === 'string') : [];
    }),
  };
}

/** The values of `target = "…"` attributes (the stage a Bake target builds). */
export function hclStages(text: string): string[] {
  return [...withoutComments(text).matchAll(/(?:^|[\s{,])target\s*=\s*"([^"\n$]+)"/g)].map((m) => m[1]!);
}

/**
 * The strings of every `tags = [ … ]` list, with `${NAME}` replaced by the default of a `variable "NAME"` block
 * that gives a plain one (`${REGISTRY}/app:${TAG}`; a variable without one stays as written).
 */
export function hclTags(text: string): string[] {
  const code = withoutComments(text);
  const defaults = new Map<string, string>();
  for (const m of code.matchAll(/variable\s+"([\w-]+)"\s*\{[^}]*?\bdefault\s*=\s*"([^"$\n]*)"/g)) defaults.set(m[1]!, m[2]!);
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
  const code = withoutComments(text);
  const out: string[] = [];
  for (const m of code.matchAll(/(^|[\s{,])contexts\s*=/g)) {
    const open = code.indexOf('{', m.index + m[0].length);
    // The object belongs to this attribute only if no other attribute starts before it.
    if (open < 0 || /\n\s*[A-Za-z_][\w-]*\s*=[^=]/.test(code.slice(m.index + m[0].length, open))) continue;
    let depth = 0;
    let end = open;
    for (; end < code.length; end++) {
      if (code[end] === '{') depth++;
      else if (code[end] === '}' && --depth === 0) break;
    }
    const body = code.slice(open + 1, end);
    // Keys at the object's own level: `name = …`, `"name" = …` or `name: …`, at the start of a line or after a comma.
    for (const k of body.matchAll(/(?:^|[\n,{])\s*(?:"([^"\n]+)"|([A-Za-z_][\w.-]*))\s*[=:](?!=)/g)) out.push(k[1] ?? k[2]!);
  }
  return out;
}

/** `#` and `//` line comments and `/* … *\/` blocks removed, strings kept (a `#` inside quotes is not a comment). */
function withoutComments(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      const close = stringEnd(text, i);
      out += text.slice(i, close + 1);
      i = close;
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 1;
      out += ' ';
    } else out += c;
  }
  return out;
}

function stringEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"' || text[i] === '\n') return i;
  }
  return text.length;
}
