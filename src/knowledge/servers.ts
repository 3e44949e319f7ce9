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

/**
 * How a text value spells an address, each read by a named parser in src/runtime/server/address.ts:
 * `bind` = `HOST:PORT`, `:PORT`, `[::]:PORT` or `HOST` (gunicorn `-b`; `unix:…` is no TCP address);
 * `url` = `http(s)://HOST[:PORT]` (port 80/443 when absent);
 * `host-url` = `[scheme://]HOST[:PORT]`, empty = the default host, no port = the default port (OLLAMA_HOST).
 */
export type AddressSyntax = 'bind' | 'url' | 'host-url';

/** How to find host and port in a config file, each syntax read by a named reader in src/runtime/server/config-files.ts. */
export interface ConfigFormat {
  /** `python`: `key = "…"` or a list of strings (gunicorn.conf.py); `java-properties`: `key=value`; `dotenv`: `[export ]KEY=value`. */
  syntax: 'python' | 'java-properties' | 'dotenv';
  /** A key holding the whole address, and how it is spelled. */
  address?: { key: string; syntax: AddressSyntax };
  host?: string;
  port?: string;
}

/** A sign that the image has a config file where the linter cannot read it. */
export type ConfigSign =
  /** A RUN, COPY or ADD of the final image matches (a config written or copied from elsewhere). */
  | { mentions: RegExp }
  /** The build context has this file (at its root). */
  | { contextFile: string }
  /** The variable is set in the image or on the command. */
  | { env: string }
  /** The base image (familiar name) ships its own config file. */
  | { baseImage: RegExp };

/** A config file the server reads, from which host and port may come. */
export interface ConfigFileSpec {
  /** Flags that name the file (`-c`, `--ts-config`). */
  pathFlags?: string[];
  /** Variables that name the file (`TS_CONFIG_FILE`). */
  pathEnv?: string[];
  /** The file the server reads from its working directory when none is named. */
  defaultPath?: string;
  /** Values of a path flag that name something else than a file (gunicorn's `python:module`). */
  notAFile?: RegExp;
  /** Where host and port are in it; without a format the file cannot be read. */
  format?: ConfigFormat;
  /** When the file is not in the build context: signs that it exists anyway. */
  elsewhere?: ConfigSign[];
  /** What a file that exists but cannot be read means for the values below it: unknown (the default), or guesses. */
  unreadable?: 'unknown' | 'uncertain';
  /** The one value such a file is taken to change (streamlit: the port); both when absent. */
  affects?: 'host' | 'port';
}

/** A base image whose own configuration changes the server's default address. */
export interface BaseImageDefault {
  /** The root image's familiar name. */
  image: RegExp;
  host?: string;
  port?: number;
}

export interface ServerSpec {
  id: string;
  /** How messages name it. */
  name: string;
  invocations: ServerInvocation[];
  /**
   * `python <file>.py` counts as this server when the image sets one of these variables (a gradio app configured
   * through GRADIO_SERVER_*); its defaults are then guesses, since the app's code may set the address.
   */
  scriptEnv?: string[];
  defaultHost: DefaultHost;
  defaultPort: number;
  /** Other ports it listens on by default (gRPC, metrics). */
  extraPorts?: number[];
  /** A default that depends on a variable: with it set, the server binds `host:$port` (gunicorn and `PORT`). */
  defaultFromEnv?: { port: string; host: string };
  hostFlags: string[];
  portFlags: string[];
  /** Flags whose value is `HOST:PORT` (gunicorn, hypercorn `-b`). */
  bindFlags?: string[];
  /** Flags that mean "every interface". */
  allInterfacesFlags?: string[];
  /** Flags (besides host/port/bind and config paths) that take a value, so their value is not read as a subcommand. */
  valuedFlags?: string[];
  /** Flags after which the server does not listen on TCP (`--uds`). */
  noTcpFlags?: string[];
  /** Flags that make the command something else than a server run (`torchserve --stop`). */
  notServingFlags?: string[];
  hostEnv?: string[];
  portEnv?: string[];
  /** Variables holding host and port together. */
  addressEnv?: { name: string; syntax: AddressSyntax }[];
  /** Variables holding more command-line arguments (GUNICORN_CMD_ARGS), read like the command's own. */
  argsEnv?: string[];
  /** Config files it reads, highest precedence first (for host and for port, the first file that sets it wins). */
  configFiles?: ConfigFileSpec[];
  /** Base images that configure it. */
  baseImages?: BaseImageDefault[];
  /** How to fix a loopback bind. */
  hostFix: string;
  /**
   * The words that bind every interface when added after the server word (and its subcommand), for the autofix of a
   * loopback default; `{port}` stands for the port it listens on. Absent when only a variable or a config file can do it.
   */
  hostFixArgs?: string[];
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
    hostFixArgs: ['--host', '0.0.0.0'],
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
    valuedFlags: ['-k', '--worker-class', '-w', '--workers', '--threads', '-t', '--timeout', '--chdir', '--log-level', '--access-logfile', '--error-logfile', '--name', '-n', '--pythonpath', '--env', '-e'],
    argsEnv: ['GUNICORN_CMD_ARGS'],
    configFiles: [
      {
        pathFlags: ['-c', '--config'],
        defaultPath: 'gunicorn.conf.py',
        notAFile: /^python:/,
        format: { syntax: 'python', address: { key: 'bind', syntax: 'bind' } },
      },
    ],
    defaultFromEnv: { port: 'PORT', host: '0.0.0.0' },
    hostFix: '`--bind 0.0.0.0:8000` (or `bind = "0.0.0.0:8000"` in gunicorn.conf.py)',
    hostFixArgs: ['--bind', '0.0.0.0:{port}'],
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
    valuedFlags: ['-k', '--worker-class', '-w', '--workers', '--log-level', '--access-logfile', '--error-logfile', '--root-path'],
    // A TOML or Python config: not read.
    configFiles: [{ pathFlags: ['-c', '--config'] }],
    hostFix: '`--bind 0.0.0.0:8000`',
    hostFixArgs: ['--bind', '0.0.0.0:{port}'],
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
    hostFixArgs: ['--host', '0.0.0.0'],
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
    // Loaded from its directory when python-dotenv is installed.
    configFiles: [
      { defaultPath: '.flaskenv', format: { syntax: 'dotenv', host: 'FLASK_RUN_HOST', port: 'FLASK_RUN_PORT' }, unreadable: 'uncertain' },
      { defaultPath: '.env', format: { syntax: 'dotenv', host: 'FLASK_RUN_HOST', port: 'FLASK_RUN_PORT' }, unreadable: 'uncertain' },
    ],
    hostFix: '`--host 0.0.0.0` (or `ENV FLASK_RUN_HOST=0.0.0.0`)',
    hostFixArgs: ['--host', '0.0.0.0'],
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
    // .streamlit/config.toml (TOML): not read.
    configFiles: [{ elsewhere: [{ mentions: /\.streamlit/ }, { contextFile: '.streamlit/config.toml' }], unreadable: 'uncertain', affects: 'port' }],
    hostFix: '`--server.address 0.0.0.0`',
  },
  {
    id: 'gradio',
    name: 'gradio',
    invocations: [{ program: 'gradio' }],
    scriptEnv: ['GRADIO_SERVER_NAME', 'GRADIO_SERVER_PORT'],
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
    valuedFlags: ['--notebook-dir', '--ServerApp.root_dir', '--NotebookApp.notebook_dir', '--log-level'],
    // A Python config (`c.ServerApp.ip = …`): not read.
    configFiles: [{ pathFlags: ['--config'], elsewhere: [{ mentions: /jupyter_\w*config|--generate-config|\.jupyter\// }], unreadable: 'uncertain' }],
    // docker-stacks images configure `c.ServerApp.ip = "0.0.0.0"`.
    baseImages: [{ image: /^(quay\.io\/)?jupyter\//, host: '0.0.0.0' }],
    hostFix: '`--ip=0.0.0.0`',
    hostFixArgs: ['--ip=0.0.0.0'],
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
    hostFixArgs: ['--bind_all'],
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
    // Options whose value is not the model operand of `vllm serve MODEL`.
    valuedFlags: [
      '--model', '--tokenizer', '--served-model-name', '--dtype', '--max-model-len', '--tensor-parallel-size', '-tp',
      '--pipeline-parallel-size', '-pp', '--gpu-memory-utilization', '--quantization', '-q', '--download-dir', '--api-key',
      '--chat-template', '--revision', '--max-num-seqs', '--config',
    ],
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
    // `ENV PORT=80` in the official image.
    baseImages: [{ image: /^ghcr\.io\/huggingface\/text-generation-inference$/, port: 80 }],
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
    addressEnv: [{ name: 'OLLAMA_HOST', syntax: 'host-url' }],
    // `ENV OLLAMA_HOST=0.0.0.0:11434` in the official image.
    baseImages: [{ image: /^ollama\/ollama$/, host: '0.0.0.0', port: 11434 }],
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
    hostFixArgs: ['--host', '0.0.0.0'],
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
    valuedFlags: ['--model-store', '--models', '--log-config', '--foreground'],
    notServingFlags: ['--stop'],
    configFiles: [
      {
        pathFlags: ['--ts-config'],
        pathEnv: ['TS_CONFIG_FILE'],
        defaultPath: 'config.properties',
        format: { syntax: 'java-properties', address: { key: 'inference_address', syntax: 'url' } },
        // A config written by a RUN, the official image's own (binding 0.0.0.0), or TS_* variables may set the address.
        elsewhere: [{ mentions: /config\.properties|TS_CONFIG_FILE/ }, { env: 'TS_INFERENCE_ADDRESS' }, { baseImage: /^pytorch\/torchserve$/ }],
      },
    ],
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
