import { runsAsNonRoot } from '../src/knowledge/image-defaults.js';
import { defineRule } from '../src/rule.js';

function isRoot(user: string): boolean {
  const name = user.split(':')[0]!.trim().toLowerCase();
  return name === 'root' || name === '0';
}

export default defineRule({
  meta: {
    id: 'non-root-user',
    category: 'security',
    severity: 'warning',
    preset: 'recommended',
    description: 'The final image runs as root.',
    docs: {
      why:
        'A process running as root inside the container is root on the host\'s kernel: a container escape or a writable host mount then hands over the machine. Create a user and switch to it with `USER` in the final stage (inherited through `FROM <stage>`). Bases that already default to a non-root user (`*:nonroot`, Chainguard, Jupyter docker-stacks, Bitnami) are accepted.',
      bad: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/main.py"]',
      good: 'FROM python:3.12-slim\nRUN useradd --create-home --uid 10001 app\nCOPY . /app\nUSER 10001\nCMD ["python", "/app/main.py"]',
    },
    fixable: false,
    covers: ['DL3002', 'CKV_DOCKER_3', 'DS002'],
  },
  check({ model, report }) {
    const final = model.finalStage;
    if (!final || final.from.state.shell[0] === 'cmd') return;
    const user = final.endState.user;
    if (user) {
      if (user.resolved !== null && isRoot(user.resolved)) {
        report({ range: user.range, message: `The final image runs as \`${user.resolved}\`; switch to an unprivileged user (\`USER 10001\`) after the steps that need root.` });
      }
      return;
    }
    const root = final.rootImage;
    if (!root.name || runsAsNonRoot(root.name) || windowsImage(root.name.familiar)) return;
    report({
      range: final.from.range,
      message: 'The final stage never sets USER, so the container runs as root; add a user and `USER <uid>` before CMD.',
    });
  },
});

function windowsImage(name: string): boolean {
  return /mcr\.microsoft\.com\/(windows|dotnet\/framework|powershell:.*(nanoserver|windowsservercore))/.test(name);
}
