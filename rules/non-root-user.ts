import { isAuxiliaryStageName, isDevelopmentDockerfile } from '../src/knowledge/file-purpose.js';
import { PRIVILEGE_DROPPERS, runsAsNonRoot } from '../src/knowledge/image-defaults.js';
import type { Stage } from '../src/model/types.js';
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
        'A process running as root inside the container is root on the host\'s kernel: a container escape or a writable host mount then hands over the machine. Create a user and switch to it with `USER` in the final stage (inherited through `FROM <stage>`). Bases that already default to a non-root user (`*:nonroot`, Chainguard, Jupyter docker-stacks, Bitnami) are accepted, and so are images that install or run `gosu`/`su-exec` (their entrypoint starts as root and switches user itself, the docker-library convention) and development, CI and dev-container Dockerfiles or final stages named as build targets (`validate`, `test`, `generate`, `dev`, `export`, …), whose user comes from the tool that runs them.',
      bad: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/main.py"]',
      good: 'FROM python:3.12-slim\nRUN useradd --create-home --uid 10001 app\nCOPY . /app\nUSER 10001\nCMD ["python", "/app/main.py"]',
    },
    fixable: false,
    covers: ['DL3002', 'CKV_DOCKER_3', 'DS002'],
  },
  check({ model, report }) {
    const final = model.finalStage;
    if (!final || final.windows || isDevelopmentDockerfile(model.path) || isAuxiliaryStageName(final.name)) return;
    if (dropsPrivileges(final)) return;
    const user = final.endState.user;
    if (user) {
      if (user.resolved !== null && isRoot(user.resolved)) {
        report({ range: user.range, message: `The final image runs as \`${user.resolved}\`; switch to an unprivileged user (\`USER 10001\`) after the steps that need root.` });
      }
      return;
    }
    const root = final.rootImage;
    if (!root.name || runsAsNonRoot(root.name)) return;
    report({
      range: final.from.range,
      message: 'The final stage never sets USER, so the container runs as root; add a user and `USER <uid>` before CMD.',
    });
  },
});

/** The image installs or runs gosu/su-exec (…): its entrypoint starts as root and switches user itself. */
function dropsPrivileges(final: Stage): boolean {
  for (const s of final.lineage) {
    for (const ins of s.instructions) {
      for (const cmd of ins.script?.commands ?? []) {
        if ((cmd.name && PRIVILEGE_DROPPERS.has(cmd.name)) || cmd.args.some((w) => PRIVILEGE_DROPPERS.has(w.value))) return true;
      }
    }
  }
  return false;
}
