/**
 * Words of a Dockerfile that the project's build replaces as text before building it: rook's `images/ceph/Makefile`
 * copies the Dockerfile and runs `$(SED_IN_PLACE) 's|BASEIMAGE|$(BASEIMAGE)|g' Dockerfile`, so its `FROM BASEIMAGE`
 * is a placeholder, not an image name. Read from the build files beside the Dockerfile (Makefiles, `*.mk`, shell
 * scripts): a sed substitution of a plain word (`s|WORD|…|`, any delimiter) or of a `${NAME}` (`s|\${NAME}|…|`) on a
 * line that runs sed and names the Dockerfile's file.
 *
 * And from the build files of the folders above it, up to the repository's top: a generator there fills a folder of
 * templates (dify-sandbox's `docker/generate.sh` sets `TEMPLATES_DIR="${SCRIPT_DIR}/templates"`, gathers
 * `"-e" "s|\${DEBIAN_MIRROR}|${DEBIAN_MIRROR}|g"` in an array and runs `sed "${sed_args[@]}" "$TEMPLATE_FILE"`): a
 * file that runs sed and names the Dockerfile or its folder (from its own folder) replaces the `${NAME}`s its
 * substitutions name, wherever they stand in it. Only `${NAME}` words there: a plain word is too common to read as
 * the template's without the line naming the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { foldersToRepositoryTop } from './compose.js';
import { listing, projectFileCache } from './project-file.js';

const BUILD_FILE = /^((gnu)?makefile|.*\.mk|.*\.(sh|bash))$/i;
/** `sed`, `gsed`, or a make variable standing for it (`$(SED_IN_PLACE)`, `${SED}`). */
const RUNS_SED = /(^|[\s;&|(`])(g?sed\b|\$[({]\s*SED\w*\s*[)}])/i;
/**
 * A substitution whose pattern is a plain word (`s|BASEIMAGE|`, `s/@@BASE@@/`, `s#__IMAGE__#`) or a `${NAME}`, its
 * `$` and braces escaped or not (`s|\${DEBIAN_MIRROR}|`, `s/\$\{VERSION\}/`): the word, `${NAME}` for the latter.
 */
const SUBSTITUTION = /(?:^|[\s'"])s([|/#,:])(?:([A-Za-z_@%][\w@%-]*)|\\?\$\\?\{([A-Za-z_]\w*)\\?\})\1/g;

interface SedLine {
  line: string;
  words: string[];
}

function wordsOf(line: string): string[] {
  return [...line.matchAll(SUBSTITUTION)].map((m) => (m[2] !== undefined ? m[2] : `\${${m[3]!}}`));
}

/** A build file: each line that runs sed with substitutions (continuations joined), and whether any line runs sed. */
const sedLines = projectFileCache((file: string): { lines: readonly SedLine[]; text: string; runsSed: boolean } => {
  const text = fs.readFileSync(file, 'utf8').replace(/\\\r?\n/g, ' ');
  let runsSed = false;
  const lines = text.split(/\r?\n/).flatMap((line) => {
    if (!RUNS_SED.test(line)) return [];
    runsSed = true;
    const words = wordsOf(line);
    return words.length ? [{ line, words }] : [];
  });
  return { lines, text, runsSed };
}, { lines: [], text: '', runsSed: false });

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A path as a word of a script: not part of a longer name (`templates` in `"${SCRIPT_DIR}/templates"`, not in `templates_old`). */
const namesPath = (p: string) => new RegExp(`(^|[\\s/'"=}])${escape(p)}($|[\\s/;&|)'"])`);

/** The words a build file beside the Dockerfile, or a generator above it, replaces in it with sed before building. */
export function substitutedWords(dockerfile: string): ReadonlySet<string> {
  const own = path.resolve(dockerfile);
  const dir = path.dirname(own);
  const namesFile = namesPath(path.basename(own));
  const out = new Set<string>();
  for (const entry of listing(dir)) {
    if (!BUILD_FILE.test(entry)) continue;
    for (const { line, words } of sedLines(path.join(dir, entry)).lines) if (namesFile.test(line)) for (const w of words) out.add(w);
  }
  for (const above of foldersToRepositoryTop(dir).slice(1)) {
    const relative = path.relative(above, own).split(path.sep);
    // The file (`templates/production.dockerfile`, or its name alone when the script builds the path) or its folder.
    const names = [namesPath(relative.join('/')), namesFile, namesPath(relative.slice(0, -1).join('/'))];
    for (const entry of listing(above)) {
      if (!BUILD_FILE.test(entry)) continue;
      const read = sedLines(path.join(above, entry));
      if (!read.runsSed || !names.some((re) => re.test(read.text))) continue;
      for (const w of wordsOf(read.text)) if (w.startsWith('${')) out.add(w);
    }
  }
  return out;
}
