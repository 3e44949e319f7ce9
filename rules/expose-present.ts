import { insertLinesBefore, keywordInFileCase } from '../src/fix-edits.js';
import { isServiceImage } from '../src/knowledge/image-defaults.js';
import type { DockerfileModel } from '../src/model/types.js';
import { defineRule } from '../src/rule.js';
import { exposedPorts } from '../src/runtime/expose.js';
import { type DetectedServer, detectServers } from '../src/runtime/server.js';
import type { ReportDescriptor } from '../src/types.js';

export default defineRule({
  meta: {
    id: 'expose-present',
    category: 'runtime',
    severity: 'warning',
    preset: 'recommended',
    description: 'The final image starts a network server but does not `EXPOSE` the port it listens on.',
    docs: {
      why:
        '`EXPOSE` is how an image says which port its service uses: `docker run -P`, Docker Desktop, compose tooling, Kubernetes generators and readers of the Dockerfile rely on it. When it is missing, or names another port than the server\'s `--port`, people publish the wrong port and get "connection refused". The rule recognises the server in the final image\'s `CMD`/`ENTRYPOINT` (uvicorn, gunicorn, hypercorn, `fastapi run`, `flask run`, streamlit, gradio apps configured with `GRADIO_SERVER_*`, jupyter, tensorboard, tritonserver, vLLM, text-generation-inference, `ollama serve`, mlflow, torchserve, bentoml), works out its port from flags, variables and defaults (a default the server\'s port variable, such as `STREAMLIT_SERVER_PORT` or `UVICORN_PORT`, may change where the image runs is named as such in the message: the deployment may set another port), and compares it with every `EXPOSE` of the final image (several ports, ranges, `/tcp`, variables). It stays silent when the port or an `EXPOSE` cannot be resolved (a port flag or variable the image leaves to the platform that runs it, `--bind :$PORT` on Cloud Run), when a service base image may already expose the port or a base image the project builds itself from a Dockerfile of its own does (`FROM ghcr.io/acme/api` built by the project\'s workflow from `api/Dockerfile` with `EXPOSE 8000`: a workflow\'s or compose service\'s build tagged with the same repository, or the family folder `<repository>/[<tag>/]Dockerfile` for an image of the project\'s own account; only a single such file counts), and when an exec-form `ENTRYPOINT` without `CMD` and without a port takes its arguments from `docker run` (compose\'s `command:` gives the port).',
      bad: 'FROM python:3.12-slim\nCOPY . /app\nEXPOSE 8080\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0"]',
      good: 'FROM python:3.12-slim\nCOPY . /app\nEXPOSE 8000\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "8000"]',
      fixSafety:
        'Unsafe: `EXPOSE <port>` is added before the final stage\'s own `CMD`/`ENTRYPOINT`, with the port the server is known to listen on (from its flags, variables or default). `EXPOSE` changes no behaviour of the container, but tools read it (`docker run -P` publishes it, generators open it), so the image now advertises one more port: check it is the one you mean to publish. No fix when the port is a guess or the final stage has no `CMD`/`ENTRYPOINT` of its own.',
    },
    fixable: true,
    fixKind: 'unsafe',
    covers: [],
  },
  check({ model, buildContext, report }) {
    const servers = detectServers(model, buildContext);
    if (!servers.length) return;
    const exposed = exposedPorts(model);
    if (exposed.unknown) return;
    for (const server of servers) {
      const name = `\`${server.server.name}\``;
      if (exposed.instructions.length === 0) {
        // A service base image may declare the port itself; an unresolved base cannot be read.
        const root = model.finalStage?.rootImage;
        if (!root?.name || isServiceImage(root.name)) continue;
        // A base the project builds itself from a Dockerfile of its own that EXPOSEs the port (any, when it is not known).
        const inherited = buildContext?.ownBase(root.name)?.ports;
        if (inherited && (server.port === null ? inherited.size > 0 : server.ports.some((p) => inherited.has(p)))) continue;
        // An exec-form ENTRYPOINT without CMD takes its arguments, the port among them, from `docker run`.
        if (server.argumentsAtRun && server.configuredBy.port === 'default') continue;
        // A port flag or variable the image leaves unset (`--bind :$PORT`) is given where the container runs (Cloud
        // Run and Heroku set PORT): there is no port the image could EXPOSE.
        if (server.port === null && server.configuredBy.port !== 'config-file') continue;
        // A default port a variable the image leaves unset may change (`STREAMLIT_SERVER_PORT`): EXPOSE is still
        // missing, but the deployment may set another port (kubernetes-engine-samples' chatbot runs streamlit on 80).
        const env = server.configuredBy.port === 'default' ? server.server.portEnv?.[0] : undefined;
        report({
          range: server.range,
          message:
            server.port === null
              ? `${name} starts a network server but the image EXPOSEs no port; add \`EXPOSE <port>\` for the port it listens on.`
              : env
                ? `${name} listens on port ${server.port} unless \`${env}\` (unset in the image) names another where it runs, and the image EXPOSEs no port; add \`EXPOSE ${server.port}\`, or set \`ENV ${env}=<port>\` and EXPOSE that port.`
                : `${name} listens on port ${server.port} but the image does not EXPOSE it; add \`EXPOSE ${server.port}\`.`,
          ...exposeFix(model, server),
        });
        continue;
      }
      if (server.port === null || !server.portCertain) continue;
      if (server.ports.some((p) => exposed.ports.has(p))) continue;
      const last = exposed.instructions[exposed.instructions.length - 1]!;
      const listed = [...exposed.ports].slice(0, 4).join(', ') || 'only non-TCP ports';
      report({
        range: last.argsRange ?? last.range,
        message: `The image EXPOSEs ${listed} but ${name} listens on ${server.port}; EXPOSE ${server.port}${server.server.portFlags[0] ? ` or start it with \`${server.server.portFlags[0]} ${exposed.ports.size === 1 ? [...exposed.ports][0] : '<port>'}\`` : ''}.`,
        ...exposeFix(model, server),
      });
    }
  },
});

/** `EXPOSE <port>` before the final stage's own first CMD/ENTRYPOINT, when the port is known. */
function exposeFix(model: DockerfileModel, server: DetectedServer): Pick<ReportDescriptor, 'fix'> {
  const before = model.finalStage?.instructions.find((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT');
  if (server.port === null || !server.portCertain || !before) return {};
  const line = `${keywordInFileCase(model, 'EXPOSE')} ${server.port}`;
  return { fix: { description: `Add \`${line}\``, edits: [insertLinesBefore(model, before, [line])], safe: false } };
}
