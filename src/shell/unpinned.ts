/**
 * How the pinning rules report: one finding per install command and kind of problem (not one per package, which
 * buried a single `apt-get install` line under a dozen findings), naming the packages, with each package as a
 * related location so editors and SARIF viewers still point at every one.
 */
import type { RuleContext } from '../rule.js';
import type { Range } from '../types.js';
import { testOperands } from './command.js';
import type { SimpleCommand } from './types.js';

/** One package word an install command leaves unpinned, and what to say about it alone. */
export interface UnpinnedPackage {
  range: Range;
  /** The package as the message names it. */
  shown: string;
  /** The finding's message when this is the command's only such package; the related location's message otherwise. */
  message: string;
}

/** What reportUnpinned leaves out, as the pinning rules' docs say it. */
export const LATEST_ON_REQUEST =
  'Nor an install that runs only when a test found a build argument set to `latest` (`if [ "$FALCO_VERSION" = "latest" ]; then apt-get install -y falco; else apt-get install -y falco=${FALCO_VERSION}; fi`): the build asked for the newest release on purpose.';

/** Packages named in a message before "and N more". */
const LISTED = 4;

/** `a`, `b` and `c`; past LISTED names, `a`, `b`, `c`, `d` and 3 more. */
export function listPackages(shown: readonly string[]): string {
  const names = [...new Set(shown)].map((s) => `\`${s}\``);
  if (names.length === 1) return names[0]!;
  if (names.length > LISTED) return `${names.slice(0, LISTED).join(', ')} and ${names.length - LISTED} more`;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Reports `packages` of `command` as one finding. Its range runs from the program to the last such package: the
 * start line is the command's (suppression comments and fingerprints key on it) and the range covers exactly the
 * words at fault. `summary` words the message for several packages (given their list, see listPackages).
 */
export function reportUnpinned(
  report: RuleContext['report'],
  command: SimpleCommand,
  packages: readonly UnpinnedPackage[],
  summary: (list: string, count: number) => string,
): void {
  if (packages.length === 0 || runsForLatest(command)) return;
  const start = command.argv[0]?.range.start ?? command.range.start;
  const end = packages[packages.length - 1]!.range.end;
  const count = new Set(packages.map((p) => p.shown)).size;
  report({
    range: { start, end },
    message: count === 1 ? packages[0]!.message : summary(listPackages(packages.map((p) => p.shown)), count),
    related: packages.map((p) => ({ range: p.range, message: p.message })),
  });
}

/** The command runs only when a test compared a value with `latest` (`if [ "$V" = "latest" ]; then …`). */
function runsForLatest(command: SimpleCommand): boolean {
  return command.runsIf.some((c) => {
    const operands = testOperands(c);
    return operands?.length === 3 && /^==?$/.test(operands[1]!.value) && [operands[0]!, operands[2]!].some((w) => w.value === 'latest');
  });
}
