import type { BuildContext } from '../src/context/build-context.js';
import { copyInfo, matchesGlob } from '../src/context/copies.js';
import { type DockerIgnore, loadDockerIgnore } from '../src/context/dockerignore.js';
import { contextLooksRight } from '../src/context/scan.js';
import { defineRule } from '../src/rule.js';

/** A folder is copied (partly) when some file below it is not excluded (`!` exceptions re-include files under an excluded folder). */
function hasIncludedFile(context: BuildContext, ignore: DockerIgnore, dir: string, budget = { left: 2000 }): boolean {
  for (const name of context.list(dir)) {
    if (--budget.left < 0) return true;
    const child = `${dir}/${name}`;
    const excluded = ignore.excludes(child);
    if (context.isDirectory(child)) {
      if (hasIncludedFile(context, ignore, child, budget)) return true;
    } else if (!excluded) return true;
  }
  return false;
}

/** Whether `relPath` reaches the builder: a file that is not excluded, or a folder with at least one such file. */
function reachesBuilder(context: BuildContext, ignore: DockerIgnore, relPath: string): boolean {
  if (context.isDirectory(relPath)) return hasIncludedFile(context, ignore, relPath);
  return !ignore.excludes(relPath);
}

/** Context paths matching a COPY glob (per path component, as Go's filepath.Match). */
function globMatches(context: BuildContext, glob: string): string[] {
  const parts = glob.split('/');
  let current = [''];
  for (const part of parts) {
    const next: string[] = [];
    for (const base of current) {
      if (!/[*?[]/.test(part)) {
        const p = base ? `${base}/${part}` : part;
        if (context.exists(p)) next.push(p);
        continue;
      }
      for (const name of context.list(base)) {
        const p = base ? `${base}/${name}` : name;
        if (matchesGlob(glob.split('/').slice(0, p.split('/').length).join('/'), p)) next.push(p);
      }
    }
    current = next;
    if (current.length > 500) return [];
  }
  return current;
}

export default defineRule({
  meta: {
    id: 'copy-ignored-file',
    category: 'size',
    severity: 'warning',
    preset: 'recommended',
    description: 'A `COPY`/`ADD` source from the build context is excluded by `.dockerignore`.',
    docs: {
      why:
        'Files excluded by `.dockerignore` never reach the builder, so `COPY requirements.txt .` fails with "not found" when `*.txt` is ignored, and a `COPY` of an excluded folder copies nothing. The rule reads the `.dockerignore` that BuildKit would use (`<Dockerfile>.dockerignore` beside the Dockerfile wins over the context\'s `.dockerignore`) and evaluates each `COPY`/`ADD` source from the context with Docker\'s own matching rules: patterns are relative to the context root, a leading `/` is ignored, `*` stays within one folder, `**` crosses folders, the last matching pattern wins and `!` re-includes. A folder with some re-included file, a glob with any match that is not excluded, `COPY --from`, URLs and heredocs are not reported, nor sources missing from the folder (the context may be another folder).',
      bad: '# .dockerignore\n*.txt\n\n# Dockerfile\nCOPY requirements.txt .',
      good: '# .dockerignore\n*.txt\n!requirements.txt\n\n# Dockerfile\nCOPY requirements.txt .',
    },
    fixable: false,
    covers: ['CopyIgnoredFile'],
  },
  check({ model, buildContext, report }) {
    if (!buildContext || !contextLooksRight(model, buildContext)) return;
    const ignore = loadDockerIgnore(buildContext);
    if (!ignore) return;
    for (const instruction of model.instructions) {
      const copy = copyInfo(instruction);
      if (!copy?.fromContext) continue;
      for (const source of copy.sources) {
        if (!source.path) continue;
        const matches = source.glob ? globMatches(buildContext, source.path) : buildContext.exists(source.path) ? [source.path] : [];
        if (!matches.length || matches.some((m) => reachesBuilder(buildContext, ignore, m))) continue;
        const pattern = ignore.excludedBy(matches[0]!);
        report({
          range: source.arg.range,
          message: `\`${instruction.keyword} ${source.arg.raw}\`: ${source.glob ? 'every file it matches is' : 'the source is'} excluded by ${ignore.file}${pattern ? ` (pattern \`${pattern}\`)` : ''}, so the build ${source.glob ? 'finds nothing to copy' : 'cannot find it'}; remove the pattern or add \`!${source.path}\` to ${ignore.file}.`,
        });
      }
    }
  },
});
