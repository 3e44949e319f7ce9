/**
 * Requirements files that a Python project's packaging reads as the library's dependency declarations: its
 * `install_requires` and `extras_require`. Exact pins there would pin every user's install of the library, so
 * requirements-pin-versions asks for a constraints file instead, and leaves the file alone when the install takes one.
 * Read offline, in the requirements file's folder and the folders above it up to the project's root
 * (foldersToProjectRoot):
 * - `setup.py`: a path it names in string literals, relative to its folder: `open("requirements.txt")`,
 *   `os.path.join(here, "requirements", "base.txt")`, `Path(__file__).parent / "requirements.txt"`; or a glob naming a
 *   folder, its variables filled from literal assignments (great_expectations' `requirements_dir = "reqs"` and
 *   `Path().glob(f"{requirements_dir}/*.txt")`, its extras). A glob without a folder (`"*.txt"`) is left out: that is
 *   how `package_data` lists files.
 * - `pyproject.toml`: the files of `[tool.setuptools.dynamic]` (`dependencies = {file = ["requirements.txt"]}`,
 *   `optional-dependencies`) and of Hatch's `[tool.hatch.metadata.hooks.requirements_txt]`.
 * - `setup.cfg`: a `file:` directive (`install_requires = file: requirements.txt`).
 */
import path from 'node:path';
import fs from 'node:fs';
import { foldersToProjectRoot } from './own-images.js';
import { projectFileCache } from './project-file.js';

/** The packaging files read, by name. */
const PACKAGING = ['setup.py', 'pyproject.toml', 'setup.cfg'] as const;

/** The packaging file (an absolute path) of the project holding the requirements file `file` that reads it, or null. */
export function packagingReading(file: string): string | null {
  const abs = path.resolve(file);
  for (const dir of foldersToProjectRoot(path.dirname(abs)).folders) {
    const rel = path.relative(dir, abs).split(path.sep).join('/');
    const name = PACKAGING.find((n) => packagingReads(path.join(dir, n)).some((read) => read.test(rel)));
    if (name) return path.join(dir, name);
  }
  return null;
}

/** The files a packaging file reads, as patterns of paths relative to its folder. */
const packagingReads = projectFileCache((file: string): readonly RegExp[] => {
  const text = fs.readFileSync(file, 'utf8');
  const paths = file.endsWith('.toml') ? tomlFiles(text) : file.endsWith('.cfg') ? cfgFiles(text) : setupPyFiles(text);
  return paths.flatMap((p) => {
    const clean = path.posix.normalize(p.replace(/^\.\/+/, ''));
    if (!clean || clean.startsWith('../') || clean.startsWith('/')) return [];
    if (!/[*?]/.test(clean)) return [new RegExp(`^${escape(clean)}$`)];
    // A glob counts when it names a folder without wildcards: `reqs/*.txt`, not `*.txt` or `**/*.txt`.
    const folder = clean.slice(0, clean.lastIndexOf('/') + 1);
    if (!folder || /[*?]/.test(folder)) return [];
    return [new RegExp(`^${escape(folder)}${escape(clean.slice(folder.length)).replace(/\\\*/g, '[^/]*').replace(/\\\?/g, '[^/]')}$`)];
  });
}, []);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A Python string literal, with its prefix (`f`, `r`…): group 1 the prefix, group 3 the text. */
const STRING = /(?<![\w"'])([rRbBuUfF]{0,2})(["'])((?:(?!\2)[^\\\n]|\\.)*)\2/g;

/**
 * The paths setup.py names: each string literal, and each run of literals joined by `,` or `/` (path joins), an
 * f-string's placeholders filled from literal assignments (`requirements_dir = "reqs"`). A placeholder not known is
 * a wildcard, or, before the first `/`, the file's own folder (`f"{here}/requirements.txt"`).
 */
function setupPyFiles(text: string): string[] {
  if (!/\bsetup\s*\(/.test(text)) return [];
  const values = new Map<string, string>();
  for (const m of text.matchAll(/^[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*["']([^"'\n]*)["'][ \t]*(?:#.*)?$/gm)) if (!values.has(m[1]!)) values.set(m[1]!, m[2]!);
  const out: string[] = [];
  let run: string[] = [];
  let end = -1;
  for (const m of text.matchAll(STRING)) {
    let value = m[3]!;
    if (/f/i.test(m[1]!)) {
      value = value.replace(/^\{([^{}]*)\}\//, (all, name: string) => (values.has(name.trim()) ? all : ''));
      value = value.replace(/\{([^{}]*)\}/g, (_, name: string) => values.get(name.trim()) ?? '*');
    }
    if (!/^[\w.*?/-]+$/.test(value)) {
      run = [];
      end = -1;
      continue;
    }
    // A literal right after another, only `,` or `/` between them: the parts of one path.
    run = end >= 0 && /^\s*[,/]\s*$/.test(text.slice(end, m.index)) ? [...run, value] : [value];
    end = m.index + m[0].length;
    out.push(value);
    if (run.length > 1) out.push(run.join('/'));
  }
  return out;
}

/** The quoted strings of the tables `[tool.setuptools.dynamic…]` and `[tool.hatch.metadata.hooks.requirements_txt…]`. */
function tomlFiles(text: string): string[] {
  const out: string[] = [];
  let inside = false;
  for (const line of text.split(/\r?\n/)) {
    // A table header alone on its line (a line of an array of arrays goes on with `,`).
    const header = /^\s*\[\[?\s*([A-Za-z0-9_."' -]+?)\s*\]\]?\s*(?:#.*)?$/.exec(line);
    if (header) inside = /^tool\.(setuptools\.dynamic|hatch\.metadata\.hooks\.requirements_txt)(\.|$)/.test(header[1]!.replace(/["'\s]/g, ''));
    else if (inside) for (const m of line.replace(/(^|\s)#.*$/, '').matchAll(/["']([^"'\n]+)["']/g)) out.push(m[1]!);
  }
  return out;
}

/** The paths of setup.cfg's `file:` directives (`install_requires = file: requirements.txt, extra.txt`). */
function cfgFiles(text: string): string[] {
  return [...text.matchAll(/[=:]\s*file:\s*([^\n#;]+)/g)].flatMap((m) => m[1]!.split(',').map((p) => p.trim()).filter(Boolean));
}
