import { defineRule } from '../src/rule.js';
import { callsIn, packageInstalls, runInstructions } from '../src/shell/installs.js';
import { isBusyboxBase, shippedChain } from '../src/shell/caches.js';
import { removesPackage } from '../src/shell/removals.js';
import { shipsCurlAndWget } from '../src/knowledge/http-clients.js';
import { ARTIFACT_BUILDERS, INTERACTIVE_DEV_IMAGES, isInteractiveDevImage } from '../src/knowledge/file-purpose.js';
import type { DockerfileModel, Instruction } from '../src/model/types.js';
import type { Word } from '../src/shell/types.js';

export default defineRule({
  meta: {
    id: 'wget-and-curl',
    category: 'size',
    severity: 'style',
    preset: 'recommended',
    description: 'Both `wget` and `curl` are used in the shipped image.',
    docs: {
      why:
        '`wget` and `curl` do the same job in a Dockerfile. Using both means installing (and patching) two HTTP clients with their libraries where one is enough. Pick one and use it everywhere. Not reported when one of them is removed with the package manager after its last use (`apt-get remove -y curl`): the image ships only the other. Only the final stage and the stages it is built from count; on Alpine, BusyBox already provides `wget`, so it counts only when the GNU package is installed. When neither client is installed by the Dockerfile, or the base image is one known to ship both (the .NET SDK images on Debian and Ubuntu, `mcr.microsoft.com/dotnet/sdk:8.0`, which install `curl` and `wget`), nothing would leave the image and the rule stays silent. Nor is it reported in interactive development environments (' + INTERACTIVE_DEV_IMAGES + '; not a `mcr.microsoft.com/devcontainers/*` base alone, which also serves as a plain base), where people work in a shell and both clients are among the tools they expect. Nor in an image built only to make files with (' + ARTIFACT_BUILDERS + '): it is thrown away once its files are out, so a second client costs nothing that ships.',
      bad: 'RUN wget -q https://example.com/a.tar.gz\nRUN curl -fsSLO https://example.com/b.tar.gz',
      good: 'RUN curl -fsSLO https://example.com/a.tar.gz\nRUN curl -fsSLO https://example.com/b.tar.gz',
    },
    fixable: false,
    covers: ['DL4001'],
  },
  check({ model, report }) {
    if (isInteractiveDevImage(model) || model.artifactBuilder) return;
    const shipped = shippedChain(model);
    const runs = runInstructions(model).filter((i) => i.stage && shipped.includes(i.stage));
    const first = new Map<string, { word: Word; line: number }>();
    for (const ins of runs) {
      for (const cmd of ins.run!.script!.commands) {
        if ((cmd.name !== 'wget' && cmd.name !== 'curl') || first.has(cmd.name)) continue;
        if (cmd.name === 'wget' && isBusyboxBase(ins.stage!) && !installsGnuWget(runs, ins)) continue;
        first.set(cmd.name, { word: cmd.argv[0]!, line: cmd.argv[0]!.range.start.line });
      }
    }
    const wget = first.get('wget');
    const curl = first.get('curl');
    if (!wget || !curl) return;
    // One of them removed again before the image ends (`apt-get remove -y curl` after the downloads): it ships only the other.
    if (removedAfterUse(runs, 'wget') || removedAfterUse(runs, 'curl')) return;
    // Both from the base image: using one of them would not take the other out of the image.
    if (!installs(model, runs, 'wget') && !installs(model, runs, 'curl')) return;
    // A base that ships both (shipsCurlAndWget: the .NET SDK images on Debian and Ubuntu): reinstalling one adds nothing.
    const root = shipped[0]?.rootImage?.name;
    if (root && shipsCurlAndWget(root)) return;
    const [earlier, later, tool, other] = before(wget.word, curl.word) ? [wget, curl, 'curl', 'wget'] : [curl, wget, 'wget', 'curl'];
    report({
      range: later.word.range,
      message: `\`${tool}\` is used here and \`${other}\` on line ${earlier.line}; use one HTTP client for every download so the image ships only one.`,
    });
  },
});

function before(a: Word, b: Word): boolean {
  return a.range.start.line < b.range.start.line || (a.range.start.line === b.range.start.line && a.range.start.column < b.range.start.column);
}

/** A RUN of the shipped stages installs the client with the system package manager (`apt-get install curl`). */
function installs(model: DockerfileModel, runs: Instruction[], client: string): boolean {
  return ['apt', 'apk', 'rpm', 'zypper'].some((tool) =>
    packageInstalls(model, tool).some((i) => runs.includes(i.instruction) && i.packages.some((w) => w.value.split(/[=<>~]/)[0] === client)),
  );
}

/** An `apk add wget` at or before this instruction replaces BusyBox's applet by GNU wget. */
function installsGnuWget(runs: Instruction[], upTo: Instruction): boolean {
  return runs.some(
    (i) => i.index <= upTo.index && callsIn(i.run!.script!, 'apk', ['add']).some(({ invocation }) => invocation.operands.some((w) => w.value === 'wget')),
  );
}

/** A RUN after the last use of `tool` removes its package with the system package manager (`apt-get remove -y curl`, `apk del wget`). */
function removedAfterUse(runs: readonly Instruction[], tool: string): boolean {
  let lastUse = -1;
  runs.forEach((i, k) => {
    if (i.run!.script!.commands.some((c) => c.name === tool)) lastUse = k;
  });
  return runs.slice(Math.max(lastUse, 0)).some((i) => i.run!.script!.commands.some((c) => removesPackage(c, tool)));
}
