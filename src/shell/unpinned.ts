/**
 * How the pinning rules report: one finding per install command and kind of problem (not one per package, which
 * buried a single `apt-get install` line under a dozen findings), naming the packages, with each package as a
 * related location so editors and SARIF viewers still point at every one.
 */
import type { Instruction, Stage } from '../model/types.js';
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
  'Nor an install that runs only when a test found a build argument set to `latest` (`if [ "$FALCO_VERSION" = "latest" ]; then apt-get install -y falco; else apt-get install -y falco=${FALCO_VERSION}; fi`): the build asked for the newest release on purpose. Nor a package that a stage installs unpinned while another stage a `FROM ${BUILD_STAGE}` may pick instead installs it pinned (`FROM base AS repo` takes the latest versions, `FROM base AS prod` pins them, `FROM ${BUILD_STAGE} AS final` builds one): that stage is the opt-in latest-versions variant; packages its pinned sibling does not name stay reported.';

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
  install: { instruction: Instruction; command: SimpleCommand },
  all: readonly UnpinnedPackage[],
  summary: (list: string, count: number) => string,
): void {
  const { command } = install;
  const stage = install.instruction.stage;
  const pinnedElsewhere = stage ? pinnedByAlternatives(stage, command.invocation.tool) : new Set<string>();
  const packages = all.filter((p) => !pinnedElsewhere.has(p.shown));
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

/** A package word pinned to a version by any manager's syntax: `name=1.2`, `name==1.2`, `name@1.2`, `name:1.2`, `name>=1.2`. */
const PINNED = /^([^=<>~!@:\s]+)(?:={1,2}|@|:|[<>~!]=?)./;

/**
 * The packages `tool` installs pinned in the stages a `FROM ${BUILD_STAGE}` may pick instead of `stage`
 * (alternativeStages): unpinned here, they are the latest-versions variant of a pinned default.
 */
function pinnedByAlternatives(stage: Stage, tool: string | null): Set<string> {
  const out = new Set<string>();
  for (const other of stage.alternatives)
    for (const ins of other.instructions)
      for (const c of ins.run?.script?.commands ?? [])
        if (c.invocation.tool === tool) for (const w of c.invocation.operands) {
          const m = PINNED.exec(w.value);
          if (m) out.add(m[1]!);
        }
  return out;
}
