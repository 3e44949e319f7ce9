/** The `go.mod` of a Go module in the build context, read once per context and folder. */
import type { BuildContext } from './build-context.js';
import { withoutComments } from './comments.js';

const READ = new WeakMap<BuildContext, Map<string, readonly string[]>>();

/**
 * The local paths the module's `replace` directives point at (`replace example.com/apis => ./apis`, also in a
 * `replace ( … )` block; go.dev/ref/mod#go-mod-file-replace: a path starting with `./` or `../`): `go mod download`
 * reads each one's `go.mod`, so a COPY of `go.mod` and `go.sum` alone fails the install. `dir` is `''` or `'app/'`;
 * empty when the folder has no readable `go.mod`.
 */
export function goLocalReplaces(context: BuildContext, dir: string): readonly string[] {
  let byDir = READ.get(context);
  if (!byDir) READ.set(context, (byDir = new Map()));
  let found = byDir.get(dir);
  if (!found) byDir.set(dir, (found = localReplaces(context.read(`${dir}go.mod`) ?? '')));
  return found;
}

function localReplaces(text: string): string[] {
  const code = withoutComments(text);
  const lines: string[] = [];
  for (const m of code.matchAll(/^\s*replace\s*\(([^)]*)\)/gm)) lines.push(...m[1]!.split('\n'));
  for (const m of code.matchAll(/^\s*replace\s+([^(\n][^\n]*)$/gm)) lines.push(m[1]!);
  return lines.flatMap((line) => {
    const target = /=>\s*(\S+)/.exec(line)?.[1];
    return target && /^\.\.?\//.test(target) ? [target] : [];
  });
}
