import { declinedAdviceDoc } from '../src/knowledge/declined-advice.js';
import { ARTIFACT_BUILDERS, isDevelopmentImage } from '../src/knowledge/file-purpose.js';
import type { Stage } from '../src/model/types.js';
import { defineRule } from '../src/rule.js';
import { hasOption, optionValue } from '../src/shell/invocation.js';

export default defineRule({
  meta: {
    id: 'numeric-user',
    category: 'security',
    severity: 'info',
    preset: 'recommended',
    description: 'The final image\'s `USER` is a name, not a numeric UID.',
    docs: {
      why:
        'Kubernetes `runAsNonRoot: true` must prove the container does not run as UID 0, and it cannot look a user name up in the image: a pod with `USER app` is refused ("image has non-numeric user, cannot verify user is non-root"). A numeric `USER 10001` (or `10001:10001`) passes, works without an `/etc/passwd` entry, and maps predictably to file ownership on volumes. Not reported when the user comes from a variable (`USER ${UID}`), nor for `root` (see `non-root-user`), nor in development, CI, test and debug images (known as `non-root-user` knows them: `Dockerfile.dev`, `Dockerfile.debug`, `.devcontainer/`, a `ci/` or `.ci/` folder at any depth (`.ci/docker/ubuntu/Dockerfile`), a project\'s `tests/` folder, `sshd`, a test runner or a debugger as the command, debuggers installed, a bare shell as the command with `pytest` or a `[test]` extra installed, a build environment: build tools such as `cmake` or `ccache` installed (also CMake from Kitware\'s release archive) or a toolchain base such as `quay.io/pypa/manylinux2014_x86_64`, nothing copied from the build context, no command beyond a shell; an image run over the project\'s live source, which every Compose service of a development file, or of development Compose files such as `compose.dev.yml`, bind-mounts over it; an image built only to make files with: ' + ARTIFACT_BUILDERS + '), which their tools run, not a pod.' + ' ' + declinedAdviceDoc('numeric-user'),
      bad: 'RUN useradd --uid 10001 --no-log-init app\nUSER app',
      good: 'RUN useradd --uid 10001 --no-log-init app\nUSER 10001:10001',
      fixSafety:
        'When the user is created in the image\'s own stages with a literal UID (`useradd -u 10001 app`, `adduser -u 10001 app`), the fix writes that UID in place of the name (`USER app:app` → `USER 10001:app`; a group stays as written). It is safe: the runtime looks a numeric user up in `/etc/passwd` too, so the container gets the same primary group, supplementary groups and `HOME`. No fix when the UID comes from a variable, when `-o` allows a shared UID, or when `usermod` or a second `useradd` touches the name.',
    },
    fixable: true,
    fixKind: 'safe',
    covers: ['DL3066'],
  },
  check({ model, report }) {
    const final = model.finalStage;
    const user = final?.endState.user;
    // Windows users (`ContainerUser`) have no UID; `runAsNonRoot` does not apply there.
    // Development, CI and test images are run by their tools, not by a Kubernetes pod that verifies the user.
    if (!final || !user || user.value.includes('$') || final.windows || isDevelopmentImage(model)) return;
    const name = user.value.split(':')[0]!.replace(/^["']|["']$/g, '');
    if (!name || /^\d+$/.test(name) || name === 'root') return;
    const uid = knownUid(final, name);
    const written = model.text.slice(model.lineIndex.offset(user.range.start), model.lineIndex.offset(user.range.end));
    const nameRange = { start: user.range.start, end: { line: user.range.start.line, column: user.range.start.column + name.length } };
    report({
      range: user.range,
      ...(uid && (written === name || written.startsWith(`${name}:`))
        ? { fix: { description: `Use UID ${uid}`, edits: [{ range: nameRange, text: uid }], safe: true } }
        : {}),
      message: `\`USER ${user.value}\` names the user; use its numeric UID (e.g. \`USER 10001:10001\`) so Kubernetes \`runAsNonRoot\` can verify it is not root.`,
    });
  },
});

/** The UID a `useradd`/`adduser` in the stage's lineage gives `name`, when written as a literal and nothing else changes it. */
function knownUid(stage: Stage, name: string): string | null {
  const uids: (string | null)[] = [];
  for (const s of stage.lineage) {
    for (const ins of s.instructions) {
      for (const c of ins.run?.script?.commands ?? []) {
        const inv = c.invocation;
        if (!['useradd', 'usermod', 'adduser'].includes(inv.program ?? '') || inv.operands[inv.operands.length - 1]?.value !== name) continue;
        // Debian's `adduser user group` adds an existing user to a group.
        if (inv.program === 'usermod' || (inv.program === 'adduser' && inv.operands.length !== 1) || hasOption(inv, '-o', '--non-unique')) return null;
        const uid = optionValue(inv, '-u', '--uid');
        // The value must be written in the command, not taken from an ARG a build may override.
        const literal = uid !== null && /^\d+$/.test(uid) && c.args.some((w) => w.literal && [uid, `-u${uid}`, `--uid=${uid}`].includes(w.value));
        uids.push(literal ? uid : null);
      }
    }
  }
  return uids.length === 1 ? uids[0]! : null;
}
