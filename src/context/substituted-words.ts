/**
 * Words of a Dockerfile that the project's build replaces as text before building it: rook's `images/ceph/Makefile`
 * copies the Dockerfile and runs `$(SED_IN_PLACE) 's|BASEIMAGE|$(BASEIMAGE)|g' Dockerfile`, so its `FROM BASEIMAGE`
 * is a placeholder, not an image name. Read from the build files beside the Dockerfile (Makefiles, `*.mk`, shell
 * scripts): a sed substitution of a plain word (`s|WORD|…|`, any delimiter) on a line that runs sed and names the
 * Dockerfile's file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listing, projectFileCache } from './project-file.js';

const BUILD_FILE = /^((gnu)?makefile|.*\.mk|.*\.(sh|bash))$/i;
/** `sed`, `gsed`, or a make variable standing for it (`$(SED_IN_PLACE)`, `${SED}`). */
const RUNS_SED = /(^|[\s;&|(`])(g?sed\b|\$[({]\s*SED\w*\s*[)}])/i;
/** A substitution whose pattern is a plain word: `s|BASEIMAGE|`, `s/@@BASE@@/`, `s#__IMAGE__#`. */
const SUBSTITUTION = /(?:^|[\s'"])s([|/#,:])([A-Za-z_@%][\w@%-]*)\1/g;

/** Each line of a build file that runs sed with word substitutions (continuations joined): the line and the words. */
const sedLines = projectFileCache((file: string): ReadonlyArray<{ line: string; words: string[] }> => {
  const text = fs.readFileSync(file, 'utf8').replace(/\\\r?\n/g, ' ');
  return text.split(/\r?\n/).flatMap((line) => {
    if (!RUNS_SED.test(line)) return [];
    const words = [...line.matchAll(SUBSTITUTION)].map((m) => m[2]!);
    return words.length ? [{ line, words }] : [];
  });
}, []);

/** The words a build file beside the Dockerfile replaces in it with sed before building (none when no such line). */
export function substitutedWords(dockerfile: string): ReadonlySet<string> {
  const dir = path.dirname(path.resolve(dockerfile));
  const name = path.basename(dockerfile);
  const namesFile = new RegExp(`(^|[\\s/'"])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s;&|)'"])`);
  const out = new Set<string>();
  for (const entry of listing(dir)) {
    if (!BUILD_FILE.test(entry)) continue;
    for (const { line, words } of sedLines(path.join(dir, entry))) if (namesFile.test(line)) for (const w of words) out.add(w);
  }
  return out;
}
