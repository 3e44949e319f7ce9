import { isLoopbackHost } from '../src/knowledge/servers.js';
import type { Stage } from '../src/model/types.js';
import { defineRule } from '../src/rule.js';
import { type ConfigSource, type DetectedServer, detectServers } from '../src/runtime/server.js';
import type { Word } from '../src/shell/types.js';
import type { Range, TextEdit } from '../src/types.js';

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
        'Inside a container `127.0.0.1` is the container\'s own loopback: a port published with `docker run -p 8000:8000` forwards to the container\'s network interface, where nothing listens, and every request fails with "connection reset". uvicorn, gunicorn, hypercorn, `fastapi dev`, `flask run`, gradio, jupyter, tensorboard, `ollama serve`, mlflow and torchserve listen on loopback unless told otherwise; streamlit, `fastapi run`, vLLM, Triton, text-generation-inference and bentoml listen on every interface by default. The rule finds the server in the final image\'s `CMD`/`ENTRYPOINT` (through `python -m`, `sh -c`, `exec`, `tini`, `uv run`, an entrypoint script followed by a CMD), and reads the address from flags (`--host`, `--bind`, `--ip`, `--bind_all`), the variables the server reads (`UVICORN_HOST`, `FLASK_RUN_HOST`, `GUNICORN_CMD_ARGS`, `PORT` for gunicorn, `GRADIO_SERVER_NAME`, `OLLAMA_HOST`, `MLFLOW_HOST`, …), `gunicorn.conf.py`, flask\'s `.flaskenv`/`.env` and torchserve\'s `config.properties` from the build context, and base images that configure the server (`ollama/ollama`, `pytorch/torchserve`, jupyter docker-stacks). When the address cannot be known (an unset variable, a config file it cannot read) it stays silent, and so it does for an exec-form `ENTRYPOINT` without `CMD` that gives no address: it takes its arguments, the address among them, from `docker run` (compose\'s `command:`).',
      bad: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["uvicorn", "app:app", "--port", "8000"]',
      good: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "8000"]',
      fixSafety:
        'Safe: the fix only changes the address the server binds, where the server takes it on its command line: the loopback value written after `--host`, `--bind` or `--ip=` becomes `0.0.0.0` (the port kept), and a server listening on loopback by default gets its catalogue flag (`--host 0.0.0.0`, `--bind 0.0.0.0:PORT`, `--ip=0.0.0.0`, `--bind_all`) after its command word, as a JSON string in exec form. An address set by a variable or a config file (gradio, ollama, torchserve), or written in a word that is quoted or glued in another way, is left to you.',
    },
    fixable: true,
    fixKind: 'safe',
    covers: [],
  },
  check({ model, buildContext, report }) {
    for (const server of detectServers(model, buildContext)) {
      if (server.host === null || !server.hostCertain || !isLoopbackHost(server.host)) continue;
      // An exec-form ENTRYPOINT without CMD takes its arguments from `docker run` (compose's `command:`): the address
      // is left to them by design.
      if (server.argumentsAtRun && server.configuredBy.host === 'default') continue;
      const edit = model.finalStage && bindAllEdit(server, model.finalStage);
      report({
        range: server.hostRange ?? server.range,
        message: `\`${server.server.name}\` listens on \`${server.host}\` only (${ORIGIN[server.configuredBy.host]}), which \`docker run -p\` cannot reach from outside the container; bind all interfaces with ${server.server.hostFix}.`,
        ...(edit ? { fix: { description: `Bind \`${server.server.name}\` to all interfaces`, edits: [edit], safe: true } } : {}),
      });
    }
  },
});

const sameRange = (a: Range, b: Range): boolean =>
  a.start.line === b.start.line && a.start.column === b.start.column && a.end.line === b.end.line && a.end.column === b.end.column;

/** The word is an exec-form JSON string of the final CMD/ENTRYPOINT (its range includes the quotes). */
function isJsonToken(word: Word, stage: Stage): boolean {
  return [stage.entrypoint, stage.cmd].some((ins) => ins?.json?.some((t) => sameRange(t.range, word.range)));
}

/** `HOST:PORT`, `[::1]:PORT` or `HOST` with the host replaced by every interface. */
function bindAll(value: string): string | null {
  const m = /^(\[[^\]]*\]|[^:[\]]*)(:\d+)?$/.exec(value);
  return m ? `0.0.0.0${m[2] ?? ''}` : null;
}

/** The edit that binds every interface, or null when the address is not on the command line in a form the fix can write. */
function bindAllEdit(server: DetectedServer, stage: Stage): TextEdit | null {
  const spec = server.server;
  if (server.configuredBy.host === 'flag' && server.hostRange) {
    const o = server.args.options.find((x) => x.valueWord && sameRange(x.valueWord.range, server.hostRange!));
    if (!o?.value || !o.valueWord?.literal) return null;
    const value = spec.bindFlags?.includes(o.name) ? bindAll(o.value) : '0.0.0.0';
    if (value === null) return null;
    // `--ip=127.0.0.1`: the option and its value are one word, rewritten whole; other glued spellings are left alone.
    const glued = o.valueWord === o.word;
    if (glued && o.word.value !== `${o.name}=${o.value}`) return null;
    const text = glued ? `${o.name}=${value}` : value;
    if (isJsonToken(o.valueWord, stage)) return { range: o.valueWord.range, text: JSON.stringify(text) };
    return o.valueWord.quoted ? null : { range: o.valueWord.range, text };
  }
  if (server.configuredBy.host !== 'default' || !spec.hostFixArgs) return null;
  const needsPort = spec.hostFixArgs.some((a) => a.includes('{port}'));
  if (needsPort && (server.port === null || !server.portCertain)) return null;
  const words = spec.hostFixArgs.map((a) => a.replace('{port}', String(server.port)));
  const at = server.lastWord.range.end;
  const text = isJsonToken(server.lastWord, stage) ? words.map((w) => `, ${JSON.stringify(w)}`).join('') : words.map((w) => ` ${w}`).join('');
  return { range: { start: at, end: at }, text };
}
