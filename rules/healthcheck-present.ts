import { defineRule } from '../src/rule.js';
import { detectServer } from '../src/runtime/server.js';


export default defineRule({
  meta: {
    id: 'healthcheck-present',
    category: 'runtime',
    severity: 'info',
    preset: 'strict',
    description: 'An image that serves on a port has no `HEALTHCHECK`.',
    docs: {
      why:
        'Docker and Compose only know that a container runs, not that the server inside answers: a model server stuck loading weights, or deadlocked, stays "up". A `HEALTHCHECK` lets `docker ps`, `depends_on: condition: service_healthy` and Swarm see the real state. (Kubernetes ignores it and uses its own probes; `HEALTHCHECK NONE` records that decision.) The rule applies to the final image when it `EXPOSE`s a port or starts a recognised server.',
      bad: 'FROM python:3.12-slim\nEXPOSE 8000\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "8000"]',
      good: 'FROM python:3.12-slim\nEXPOSE 8000\nHEALTHCHECK --interval=30s --timeout=3s --start-period=60s \\\n  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://127.0.0.1:8000/health\')"]\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "8000"]',
    },
    fixable: false,
    covers: ['DL3057'],
  },
  check({ model, buildContext, report }) {
    const final = model.finalStage;
    if (!final) return;
    const stages = final.lineage;
    if (stages.some((s) => s.instructions.some((i) => i.keyword === 'HEALTHCHECK'))) return;
    const expose = stages.flatMap((s) => s.instructions).find((i) => i.keyword === 'EXPOSE');
    const server = expose ? null : detectServer(model, buildContext);
    if (!expose && !server) return;
    report({
      range: final.from.range,
      message: expose
        ? `The final image exposes \`${expose.argsText}\` but has no \`HEALTHCHECK\`; add one that probes the server (or \`HEALTHCHECK NONE\` if an orchestrator probes it).`
        : `The final image starts \`${server!.server.id}\` but has no \`HEALTHCHECK\`; add one that probes the server (or \`HEALTHCHECK NONE\` if an orchestrator probes it).`,
    });
  },
});
