import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'numeric-user',
    category: 'security',
    severity: 'info',
    preset: 'recommended',
    description: 'The final image\'s `USER` is a name, not a numeric UID.',
    docs: {
      why:
        'Kubernetes `runAsNonRoot: true` must prove the container does not run as UID 0, and it cannot look a user name up in the image: a pod with `USER app` is refused ("image has non-numeric user, cannot verify user is non-root"). A numeric `USER 10001` (or `10001:10001`) passes, works without an `/etc/passwd` entry, and maps predictably to file ownership on volumes. Not reported when the user comes from a variable (`USER ${UID}`), nor for `root` (see `non-root-user`).',
      bad: 'RUN useradd --uid 10001 --no-log-init app\nUSER app',
      good: 'RUN useradd --uid 10001 --no-log-init app\nUSER 10001:10001',
    },
    fixable: false,
    covers: ['DL3066'],
  },
  check({ model, report }) {
    const final = model.finalStage;
    const user = final?.endState.user;
    // Windows users (`ContainerUser`) have no UID; `runAsNonRoot` does not apply there.
    if (!final || !user || user.value.includes('$') || final.windows) return;
    const name = user.value.split(':')[0]!.replace(/^["']|["']$/g, '');
    if (!name || /^\d+$/.test(name) || name === 'root') return;
    report({
      range: user.range,
      message: `\`USER ${user.value}\` names the user; use its numeric UID (e.g. \`USER 10001:10001\`) so Kubernetes \`runAsNonRoot\` can verify it is not root.`,
    });
  },
});
