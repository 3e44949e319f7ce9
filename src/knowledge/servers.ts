/**
 * Network servers that AI images start, with the address each one listens on when nothing overrides it.
 * Sources (read from each project's code, see data/knowledge/gpu-facts.md §7):
 * uvicorn `uvicorn/main.py` (click options, `UVICORN_` env prefix); gunicorn `gunicorn/config.py` (`Bind`:
 * `127.0.0.1:8000`, or `0.0.0.0:$PORT` when `PORT` is set; `GUNICORN_CMD_ARGS`; `gunicorn.conf.py` read from
 * the working directory); hypercorn `hypercorn/config.py` (`bind = ["127.0.0.1:8000"]`); fastapi-cli
 * `fastapi_cli/cli.py` (`run`: 0.0.0.0, `dev`: 127.0.0.1, port 8000); flask `src/flask/cli.py` (`run_command`,
 * `FLASK_RUN_*`); streamlit `lib/streamlit/config.py` (`server.address` unset = every interface, 8501);
 * gradio `gradio/networking.py` (`GRADIO_SERVER_NAME`, `GRADIO_SERVER_PORT`, 127.0.0.1:7860); jupyter_server
 * `serverapp.py` (`ip` localhost, `port` 8888, `JUPYTER_PORT`); tensorboard `core_plugin.py` (`--host`,
 * `--bind_all`, localhost:6006); triton `command_line_parser.cc` (0.0.0.0, 8000/8001/8002); vLLM
 * `entrypoints/openai/cli_args.py` (host None = every interface, 8000); text-generation-inference
 * `launcher/src/main.rs` (0.0.0.0:3000; the official image sets `PORT=80`); ollama `envconfig/config.go`
 * (`OLLAMA_HOST`, 127.0.0.1:11434; the official image sets `0.0.0.0:11434`); mlflow `utils/cli_args.py`
 * (127.0.0.1:5000); torchserve `docs/configuration.md` (`inference_address` 127.0.0.1:8080; the official
 * image's config.properties binds 0.0.0.0); bentoml `bentoml_cli/serve.py` (0.0.0.0:3000).
 */

/** `all` = every interface (0.0.0.0 / ::). */
export type DefaultHost = 'loopback' | 'all';

/** One way to start the server: a program (base name) or a `python -m` module, and the subcommand words that must follow. */
export interface ServerInvocation {
  program?: string;
  module?: string;
  /** Leading positional words (`flask run`, `mlflow models serve`); none for `uvicorn`. */
  sub?: string[];
}

export interface ServerSpec {
  id: string;
  /** How messages name it. */
  name: string;
  invocations: ServerInvocation[];
  defaultHost: DefaultHost;
  defaultPort: number;
  /** Other ports it listens on by default (gRPC, metrics). */
  extraPorts?: number[];
  hostFlags: string[];
  portFlags: string[];
  /** Flags whose value is `HOST:PORT` (gunicorn, hypercorn `-b`). */
  bindFlags?: string[];
  /** Flags that mean "every interface". */
  allInterfacesFlags?: string[];
  hostEnv?: string[];
  portEnv?: string[];
  /** Flags (besides host/port) that take a value, so their value is not read as a subcommand. */
  valuedFlags?: string[];
  /** Flags after which the server does not listen on TCP (`--uds`). */
  noTcpFlags?: string[];
  /** How to fix a loopback bind. */
  hostFix: string;
}

export const SERVERS: readonly ServerSpec[] = [
  {
    id: 'uvicorn',
    name: 'uvicorn',
    invocations: [{ program: 'uvicorn' }, { module: 'uvicorn' }],
    defaultHost: 'loopback',
    defaultPort: 8000,
    hostFlags: ['--host'],
    portFlags: ['--port'],
    hostEnv: ['UVICORN_HOST'],
    portEnv: ['UVICORN_PORT'],
    noTcpFlags: ['--uds', '--fd'],
    valuedFlags: ['--app-dir', '--env-file', '--log-config', '--log-level', '--workers', '--root-path', '--loop', '--http', '--ws', '--lifespan', '--interface'],
    hostFix: '`--host 0.0.0.0`',
  },
  {
    id: 'gunicorn',
    name: 'gunicorn',
    invocations: [{ program: 'gunicorn' }, { module: 'gunicorn' }],
    defaultHost: 'loopback',
    defaultPort: 8000,
    hostFlags: [],
    portFlags: [],
    bindFlags: ['-b', '--bind'],
    valuedFlags: ['-c', '--config', '-k', '--worker-class', '-w', '--workers', '--threads', '-t', '--timeout', '--chdir', '--log-level', '--access-logfile', '--error-logfile', '--name', '-n', '--pythonpath', '--env', '-e'],
    hostFix: '`--bind 0.0.0.0:8000` (or `bind = "0.0.0.0:8000"` in gunicorn.conf.py)',
  },
  {
    id: 'hypercorn',
    name: 'hypercorn',
    invocations: [{ program: 'hypercorn' }, { module: 'hypercorn' }],
    defaultHost: 'loopback',
    defaultPort: 8000,
    hostFlags: [],
    portFlags: [],
    bindFlags: ['-b', '--bind'],
    valuedFlags: ['-c', '--config', '-k', '--worker-class', '-w', '--workers', '--log-level', '--access-logfile', '--error-logfile', '--root-path'],
    hostFix: '`--bind 0.0.0.0:8000`',
  },
  {
    id: 'fastapi-run',
    name: 'fastapi run',
    invocations: [{ program: 'fastapi', sub: ['run'] }, { module: 'fastapi', sub: ['run'] }],
    defaultHost: 'all',
    defaultPort: 8000,
    hostFlags: ['--host'],
    portFlags: ['--port'],
    valuedFlags: ['--app', '--root-path', '--workers', '--entrypoint', '-e'],
    hostFix: '`--host 0.0.0.0`',
  },
  {
    id: 'fastapi-dev',
    name: 'fastapi dev',
    invocations: [{ program: 'fastapi', sub: ['dev'] }, { module: 'fastapi', sub: ['dev'] }],
    defaultHost: 'loopback',
    defaultPort: 8000,
    hostFlags: ['--host'],
    portFlags: ['--port'],
    valuedFlags: ['--app', '--root-path', '--entrypoint', '-e'],
    hostFix: '`--host 0.0.0.0` (or `fastapi run`, which also turns off auto-reload)',
  },
  {
    id: 'flask',
    name: 'flask run',
    invocations: [{ program: 'flask', sub: ['run'] }, { module: 'flask', sub: ['run'] }],
    defaultHost: 'loopback',
    defaultPort: 5000,
    hostFlags: ['--host', '-h'],
    portFlags: ['--port', '-p'],
    hostEnv: ['FLASK_RUN_HOST'],
    portEnv: ['FLASK_RUN_PORT'],
    valuedFlags: ['--app', '-A', '--env-file', '-e', '--cert', '--key', '--extra-files', '--exclude-patterns'],
    hostFix: '`--host 0.0.0.0` (or `ENV FLASK_RUN_HOST=0.0.0.0`)',
  },
  {
    id: 'streamlit',
    name: 'streamlit',
    invocations: [{ program: 'streamlit', sub: ['run'] }, { module: 'streamlit', sub: ['run'] }],
    defaultHost: 'all',
    defaultPort: 8501,
    hostFlags: ['--server.address'],
    portFlags: ['--server.port'],
    hostEnv: ['STREAMLIT_SERVER_ADDRESS'],
    portEnv: ['STREAMLIT_SERVER_PORT'],
    hostFix: '`--server.address 0.0.0.0`',
  },
  {
    id: 'gradio',
    name: 'gradio',
    invocations: [{ program: 'gradio' }],
    defaultHost: 'loopback',
    defaultPort: 7860,
    hostFlags: [],
    portFlags: [],
    hostEnv: ['GRADIO_SERVER_NAME'],
    portEnv: ['GRADIO_SERVER_PORT'],
    hostFix: '`ENV GRADIO_SERVER_NAME=0.0.0.0`',
  },
  {
    id: 'jupyter',
    name: 'jupyter',
    invocations: [
      { program: 'jupyter', sub: ['lab'] }, { program: 'jupyter', sub: ['notebook'] }, { program: 'jupyter', sub: ['server'] },
      { program: 'jupyter-lab' }, { program: 'jupyter-notebook' }, { program: 'jupyter-server' },
      { module: 'jupyter', sub: ['lab'] }, { module: 'jupyter', sub: ['notebook'] }, { module: 'jupyterlab' }, { module: 'notebook' },
      { module: 'jupyter_server' },
    ],
    defaultHost: 'loopback',
    defaultPort: 8888,
    hostFlags: ['--ip', '--ServerApp.ip', '--NotebookApp.ip', '--LabApp.ip'],
    portFlags: ['--port', '--ServerApp.port', '--NotebookApp.port', '--LabApp.port'],
    portEnv: ['JUPYTER_PORT'],
    valuedFlags: ['--notebook-dir', '--ServerApp.root_dir', '--NotebookApp.notebook_dir', '--config', '--log-level'],
    hostFix: '`--ip=0.0.0.0`',
  },
  {
    id: 'tensorboard',
    name: 'tensorboard',
    invocations: [{ program: 'tensorboard' }, { module: 'tensorboard' }, { module: 'tensorboard.main' }],
    defaultHost: 'loopback',
    defaultPort: 6006,
    hostFlags: ['--host'],
    portFlags: ['--port'],
    allInterfacesFlags: ['--bind_all'],
    valuedFlags: ['--logdir', '--logdir_spec', '--path_prefix', '--reload_interval', '--samples_per_plugin', '--window_title', '--load_fast'],
    hostFix: '`--bind_all` (or `--host 0.0.0.0`)',
  },
  {
    id: 'tritonserver',
    name: 'tritonserver',
    invocations: [{ program: 'tritonserver' }],
    defaultHost: 'all',
    defaultPort: 8000,
    extraPorts: [8001, 8002],
    hostFlags: ['--http-address'],
    portFlags: ['--http-port'],
    hostFix: '`--http-address 0.0.0.0`',
  },
  {
    id: 'vllm',
    name: 'vllm serve',
    invocations: [
      { program: 'vllm', sub: ['serve'] }, { module: 'vllm.entrypoints.openai.api_server' }, { module: 'vllm.entrypoints.api_server' },
    ],
    defaultHost: 'all',
    defaultPort: 8000,
    hostFlags: ['--host'],
    portFlags: ['--port'],
    noTcpFlags: ['--uds'],
    hostFix: '`--host 0.0.0.0`',
  },
  {
    id: 'text-generation-launcher',
    name: 'text-generation-launcher',
    invocations: [{ program: 'text-generation-launcher' }],
    defaultHost: 'all',
    defaultPort: 3000,
    hostFlags: ['--hostname'],
    portFlags: ['--port', '-p'],
    portEnv: ['PORT'],
    hostFix: '`--hostname 0.0.0.0`',
  },
  {
    id: 'ollama',
    name: 'ollama serve',
    invocations: [{ program: 'ollama', sub: ['serve'] }, { program: 'ollama', sub: ['start'] }],
    defaultHost: 'loopback',
    defaultPort: 11434,
    hostFlags: [],
    portFlags: [],
    hostFix: '`ENV OLLAMA_HOST=0.0.0.0:11434`',
  },
  {
    id: 'mlflow',
    name: 'mlflow',
    invocations: [
      { program: 'mlflow', sub: ['server'] }, { program: 'mlflow', sub: ['ui'] }, { program: 'mlflow', sub: ['models', 'serve'] },
      { module: 'mlflow', sub: ['server'] }, { module: 'mlflow', sub: ['ui'] }, { module: 'mlflow', sub: ['models', 'serve'] },
    ],
    defaultHost: 'loopback',
    defaultPort: 5000,
    hostFlags: ['--host', '-h'],
    portFlags: ['--port', '-p'],
    hostEnv: ['MLFLOW_HOST'],
    portEnv: ['MLFLOW_PORT'],
    valuedFlags: ['--backend-store-uri', '--default-artifact-root', '--artifacts-destination', '--workers', '-w', '-m', '--model-uri', '--env-manager', '--gunicorn-opts', '--uvicorn-opts', '--app-name', '--registry-store-uri', '--static-prefix', '--waitress-opts', '--expose-prometheus', '--timeout', '-t', '--allowed-hosts', '--cors-allowed-origins'],
    hostFix: '`--host 0.0.0.0`',
  },
  {
    id: 'torchserve',
    name: 'torchserve',
    invocations: [{ program: 'torchserve' }],
    defaultHost: 'loopback',
    defaultPort: 8080,
    extraPorts: [8081, 8082, 7070, 7071],
    hostFlags: [],
    portFlags: [],
    valuedFlags: ['--ts-config', '--model-store', '--models', '--log-config', '--foreground'],
    hostFix: '`inference_address=http://0.0.0.0:8080` in config.properties (`--ts-config`)',
  },
  {
    id: 'bentoml',
    name: 'bentoml serve',
    invocations: [{ program: 'bentoml', sub: ['serve'] }, { module: 'bentoml', sub: ['serve'] }],
    defaultHost: 'all',
    defaultPort: 3000,
    hostFlags: ['--host'],
    portFlags: ['--port', '-p'],
    hostEnv: ['BENTOML_HOST'],
    portEnv: ['BENTOML_PORT'],
    valuedFlags: ['--working-dir', '--api-workers', '--timeout', '--backlog'],
    hostFix: '`--host 0.0.0.0`',
  },
];

/** Base images whose own configuration changes a server's default address (so the built-in default does not apply). */
export const IMAGE_SERVER_DEFAULTS: readonly { image: RegExp; server: string; host?: string; port?: number }[] = [
  // `ENV OLLAMA_HOST=0.0.0.0:11434` in the official image.
  { image: /^ollama\/ollama$/, server: 'ollama', host: '0.0.0.0', port: 11434 },
  // `ENV PORT=80` in the official image.
  { image: /^ghcr\.io\/huggingface\/text-generation-inference$/, server: 'text-generation-launcher', port: 80 },
  // The image's config.properties binds inference/management/metrics to 0.0.0.0.
  { image: /^pytorch\/torchserve$/, server: 'torchserve', host: '0.0.0.0' },
  // docker-stacks images configure `c.ServerApp.ip = "0.0.0.0"`.
  { image: /^(quay\.io\/)?jupyter\//, server: 'jupyter', host: '0.0.0.0' },
];

export function serverById(id: string): ServerSpec {
  const spec = SERVERS.find((s) => s.id === id);
  if (!spec) throw new Error(`unknown server ${id}`);
  return spec;
}

const LOOPBACK = /^(127(\.\d{1,3}){3}|localhost|ip6-localhost|::1|\[::1\])$/i;
const ALL = /^(0\.0\.0\.0|::|\[::\]|\*|0)?$/;

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host.trim());
}

export function isAllInterfaces(host: string): boolean {
  return ALL.test(host.trim());
}
