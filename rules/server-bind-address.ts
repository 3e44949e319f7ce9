import { isLoopbackHost } from '../src/knowledge/servers.js';
import { defineRule } from '../src/rule.js';
import { type ConfigSource, detectServers } from '../src/runtime/server.js';

const ORIGIN: Record<ConfigSource, string> = {
  default: 'its default',
  flag: 'set on the command line',
  env: 'set by an environment variable',
  'config-file': 'set in its config file',
  'base-image': 'set by the base image',
};

export default defineRule({
  meta: {
    id: 'server-bind-address',
    category: 'runtime',
    severity: 'error',
    preset: 'recommended',
    description: 'The server started by `CMD`/`ENTRYPOINT` listens on loopback only, out of reach of `docker run -p`.',
    docs: {
      why:
        'Inside a container `127.0.0.1` is the container\'s own loopback: a port published with `docker run -p 8000:8000` forwards to the container\'s network interface, where nothing listens, and every request fails with "connection reset". uvicorn, gunicorn, hypercorn, `fastapi dev`, `flask run`, gradio, jupyter, tensorboard, `ollama serve`, mlflow and torchserve listen on loopback unless told otherwise; streamlit, `fastapi run`, vLLM, Triton, text-generation-inference and bentoml listen on every interface by default. The rule finds the server in the final image\'s `CMD`/`ENTRYPOINT` (through `python -m`, `sh -c`, `exec`, `tini`, `uv run`, an entrypoint script followed by a CMD), and reads the address from flags (`--host`, `--bind`, `--ip`, `--bind_all`), the variables the server reads (`UVICORN_HOST`, `FLASK_RUN_HOST`, `GUNICORN_CMD_ARGS`, `PORT` for gunicorn, `GRADIO_SERVER_NAME`, `OLLAMA_HOST`, `MLFLOW_HOST`, …), `gunicorn.conf.py`, flask\'s `.flaskenv`/`.env` and torchserve\'s `config.properties` from the build context, and base images that configure the server (`ollama/ollama`, `pytorch/torchserve`, jupyter docker-stacks). When the address cannot be known (an unset variable, a config file it cannot read) it stays silent.',
      bad: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["uvicorn", "app:app", "--port", "8000"]',
      good: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "8000"]',
    },
    fixable: false,
    covers: [],
  },
  check({ model, buildContext, report }) {
    for (const server of detectServers(model, buildContext)) {
      if (server.host === null || !server.hostCertain || !isLoopbackHost(server.host)) continue;
      report({
        range: server.hostRange ?? server.range,
        message: `\`${server.server.name}\` listens on \`${server.host}\` only (${ORIGIN[server.configuredBy.host]}), which \`docker run -p\` cannot reach from outside the container; bind all interfaces with ${server.server.hostFix}.`,
      });
    }
  },
});
