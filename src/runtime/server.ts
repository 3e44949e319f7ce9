/**
 * Which network server the final image starts, and the address it will listen on.
 *
 * The command is what Docker runs: the final stage's ENTRYPOINT and CMD (inherited through `FROM <stage>`; an
 * ENTRYPOINT resets a CMD inherited from an earlier stage; an exec-form ENTRYPOINT gets the CMD as arguments).
 * The server may sit behind `exec`, `env`, `tini --`, `uv run`, `conda run -n x`, `python -m`, `sh -c "…"`, or
 * behind an entrypoint script (`ENTRYPOINT ["/entrypoint.sh"]` + `CMD ["uvicorn", …]`). Host and port come from
 * flags, environment variables the server reads (`ENV` in the image, `VAR=x cmd`, `env VAR=x cmd`), config files
 * the linter can read from the build context (gunicorn.conf.py, torchserve config.properties), base images
 * known to configure the server, and finally the server's default. Anything that cannot be known is null.
 */
import path from 'node:path';
import type { BuildContext } from '../context/build-context.js';
import { contextOriginIn, workdirOf } from '../context/copies.js';
import { IMAGE_SERVER_DEFAULTS, isLoopbackHost, SERVERS, type ServerInvocation, type ServerSpec } from '../knowledge/servers.js';
import type { DockerfileModel, Instruction, Stage } from '../model/types.js';
import { expand, type Scope } from '../model/variables.js';
import type { Assignment, SimpleCommand, Word } from '../shell/types.js';
import type { Range } from '../types.js';

/** Where a server's host or port came from. */
export type ConfigSource = 'default' | 'flag' | 'env' | 'config-file' | 'base-image';

export interface DetectedServer {
  server: ServerSpec;
  /** The CMD or ENTRYPOINT that holds the command word. */
  instruction: Instruction;
  /** The word that names the server (`uvicorn`, the `-m` module, `serve` is not it: the program). */
  range: Range;
  /** The host it binds (`0.0.0.0`, `127.0.0.1`, `::`, a name); null when it cannot be known. */
  host: string | null;
  /** Where the host is written on the command line, when it is. */
  hostRange: Range | null;
  /** The main port; null when it cannot be known. */
  port: number | null;
  /** Every port known to be listened on (gunicorn with several `-b`, triton's gRPC and metrics ports). */
  ports: number[];
  /** False when the value rests on a guess (`${PORT:-8000}` with PORT not set in the image, a config the linter cannot read). */
  hostCertain: boolean;
  portCertain: boolean;
  configuredBy: { host: ConfigSource; port: ConfigSource };
}

interface Candidate {
  words: Word[];
  /** The instruction each word comes from (ENTRYPOINT and CMD words are combined). */
  owners: Instruction[];
  assignments: Assignment[];
  /** Exec-form words: Docker does not expand `$VAR` in them. */
  exec: boolean;
  /** Directory the command starts in (WORKDIR, changed by an earlier `cd` in the same shell command). */
  cwd: string | null;
}

/** The ENTRYPOINT and CMD in force in the final image. */
export function effectiveCommand(model: DockerfileModel): { entrypoint: Instruction | null; cmd: Instruction | null } {
  let entrypoint: Instruction | null = null;
  let cmd: Instruction | null = null;
  for (const stage of [...(model.finalStage?.lineage ?? [])].reverse()) {
    let cmdInStage = false;
    for (const i of stage.instructions) {
      if (i.keyword === 'CMD') {
        cmd = i;
        cmdInStage = true;
      } else if (i.keyword === 'ENTRYPOINT') {
        entrypoint = i;
        // BuildKit: ENTRYPOINT clears a CMD that this stage did not set itself.
        if (!cmdInStage) cmd = null;
      }
    }
  }
  return { entrypoint, cmd };
}

function execWords(instruction: Instruction): Word[] | null {
  const json = instruction.json;
  if (!json) return null;
  return json.map((t) => ({ value: t.value, literal: true, quoted: true, range: t.range }));
}

function before(a: SimpleCommand, b: SimpleCommand): boolean {
  return a.range.start.line < b.range.start.line || (a.range.start.line === b.range.start.line && a.range.start.column < b.range.start.column);
}

/** Shell commands of an instruction's script, each with the directory it runs in. */
function shellCandidates(instruction: Instruction, skipFirst: boolean, workdir: string | null): Candidate[] {
  const commands = instruction.script?.commands ?? [];
  const out: Candidate[] = [];
  commands.forEach((command, k) => {
    if (skipFirst && k === 0) return;
    let cwd = workdir;
    for (const c of commands) {
      if (c === command || !before(c, command) || c.name !== 'cd' || c.subshell) continue;
      const arg = c.args[0];
      cwd = arg && arg.literal && cwd !== null && !arg.value.startsWith('~') && arg.value !== '-' ? path.posix.resolve(cwd, arg.value) : null;
    }
    out.push({ words: command.argv, owners: command.argv.map(() => instruction), assignments: command.assignments, exec: false, cwd });
  });
  return out;
}

function instructionCandidates(instruction: Instruction, workdir: string | null): Candidate[] {
  const words = execWords(instruction);
  if (!words) return shellCandidates(instruction, false, workdir);
  // Exec form: the argv itself, plus the commands of an `sh -c "…"` body.
  return [
    { words, owners: words.map(() => instruction), assignments: [], exec: true, cwd: workdir },
    ...shellCandidates(instruction, true, workdir),
  ];
}

function commandCandidates(model: DockerfileModel): Candidate[] {
  const { entrypoint, cmd } = effectiveCommand(model);
  const workdir = model.finalStage ? workdirOf({ state: model.finalStage.endState }) : '/';
  if (!entrypoint) return cmd ? instructionCandidates(cmd, workdir) : [];
  const epWords = execWords(entrypoint);
  // A shell-form ENTRYPOINT ignores CMD.
  if (!epWords) return instructionCandidates(entrypoint, workdir);
  const out = instructionCandidates(entrypoint, workdir);
  if (!cmd) return out;
  const cmdWords = execWords(cmd);
  if (cmdWords) {
    out[0] = {
      words: [...epWords, ...cmdWords],
      owners: [...epWords.map(() => entrypoint), ...cmdWords.map(() => cmd)],
      assignments: [],
      exec: true,
      cwd: workdir,
    };
  }
  // An entrypoint script usually ends in `exec "$@"`: the CMD is the server. (`python serve.py` + CMD args is not that.)
  // `ENTRYPOINT ["sh", "entrypoint.sh"]`: the script is the program.
  const shellRun = /^(sh|bash|dash|ash)$/.test(epWords[0]?.value.split('/').pop() ?? '') && epWords[1] && !epWords[1].value.startsWith('-');
  const program = epWords[shellRun ? 1 : 0]?.value.split('/').pop() ?? '';
  const onlyLauncher = unwrap({ words: epWords, owners: [], assignments: [], exec: true, cwd: workdir }) === null;
  if (/\.sh$|entrypoint/i.test(program) || (onlyLauncher && !cmdWords)) out.push(...instructionCandidates(cmd, workdir));
  return out;
}

// Launchers -------------------------------------------------------------------------------------------------

/** Programs that run the command after them, with their flags that take a value. */
const PASS_THROUGH: Record<string, { valued: string[]; positional?: number; sub?: string }> = {
  exec: { valued: ['-a'] },
  nohup: { valued: [] },
  tini: { valued: ['-p', '-e'] },
  'tini-static': { valued: ['-p', '-e'] },
  'dumb-init': { valued: ['-r', '--rewrite'] },
  gosu: { valued: [], positional: 1 },
  'su-exec': { valued: [], positional: 1 },
  ddtrace: { valued: [] },
  'ddtrace-run': { valued: [] },
  uv: { valued: ['--with', '--python', '-p', '--directory', '--project', '--extra', '--group', '--env-file', '--package', '--index-url'], sub: 'run' },
  poetry: { valued: ['-C', '--directory', '-P', '--project'], sub: 'run' },
  pipenv: { valued: [], sub: 'run' },
  pdm: { valued: ['-p', '--project'], sub: 'run' },
  hatch: { valued: ['-e', '--env'], sub: 'run' },
  rye: { valued: [], sub: 'run' },
  conda: { valued: ['-n', '--name', '-p', '--prefix', '--cwd'], sub: 'run' },
  mamba: { valued: ['-n', '--name', '-p', '--prefix', '--cwd'], sub: 'run' },
  micromamba: { valued: ['-n', '--name', '-p', '--prefix', '--cwd', '-r', '--root-prefix'], sub: 'run' },
  'newrelic-admin': { valued: [], sub: 'run-program' },
  'opentelemetry-instrument': { valued: [] },
};

function baseName(w: Word | undefined): string | null {
  if (!w || !w.literal) return null;
  return w.value.split('/').pop() ?? null;
}

interface Unwrapped {
  /** Index of the program word in the candidate. */
  start: number;
  assignments: Assignment[];
}

/** Skips launchers; returns where the real program starts, with `env X=Y` assignments collected. */
function unwrap(c: Candidate): Unwrapped | null {
  const assignments = [...c.assignments];
  let i = 0;
  for (let depth = 0; depth < 6 && i < c.words.length; depth++) {
    const name = baseName(c.words[i]);
    if (name === null) return null;
    if (name === 'env') {
      i++;
      while (i < c.words.length) {
        const v = c.words[i]!.value;
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(v);
        if (m) assignments.push({ name: m[1]!, value: m[2]! });
        else if (v === '-u' || v === '--unset' || v === '-C' || v === '--chdir') i++;
        else if (!v.startsWith('-')) break;
        i++;
      }
      continue;
    }
    const launcher = PASS_THROUGH[name];
    if (!launcher) return { start: i, assignments };
    let k = i + 1;
    if (launcher.sub) {
      while (k < c.words.length && c.words[k]!.value.startsWith('-')) k += launcher.valued.includes(c.words[k]!.value) ? 2 : 1;
      if (c.words[k]?.value !== launcher.sub) return null;
      k++;
    }
    let positional = launcher.positional ?? 0;
    while (k < c.words.length) {
      const v = c.words[k]!.value;
      if (v === '--') {
        k++;
        break;
      }
      if (v.startsWith('-') && v !== '-') {
        // opentelemetry-instrument takes `--option value` pairs.
        k += launcher.valued.includes(v.split('=')[0]!) || (name === 'opentelemetry-instrument' && !v.includes('=')) ? 2 : 1;
        continue;
      }
      if (positional > 0) {
        positional--;
        k++;
        continue;
      }
      break;
    }
    i = k;
  }
  return i < c.words.length ? { start: i, assignments } : null;
}

// Matching --------------------------------------------------------------------------------------------------

const PYTHON = /^(python|pypy)(\d+(\.\d+)?)?$/;

/** Positional words (flags and the values of known valued flags skipped). */
function positionalWords(args: Word[], valued: readonly string[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v.startsWith('-') && v !== '-') {
      if (!v.includes('=') && valued.includes(v)) i++;
      continue;
    }
    out.push(args[i]!);
  }
  return out;
}

interface Match {
  spec: ServerSpec;
  /** The command word (program, or the `-m` module). */
  word: Word;
  wordIndex: number;
  /** Arguments after the program/module. */
  args: Word[];
  argsStart: number;
  /** `python app.py` recognised as a gradio app from GRADIO_* variables: defaults are guesses. */
  gradioApp: boolean;
}

function valuedOf(spec: ServerSpec): string[] {
  return [...(spec.valuedFlags ?? []), ...spec.hostFlags, ...spec.portFlags, ...(spec.bindFlags ?? [])];
}

function matchInvocation(inv: ServerInvocation, spec: ServerSpec, args: Word[]): boolean {
  if (!inv.sub) return true;
  const pos = positionalWords(args, valuedOf(spec));
  return inv.sub.every((w, k) => pos[k]?.literal && pos[k]!.value === w);
}

function match(c: Candidate, start: number, env: Map<string, string | undefined>): Match | null {
  const program = c.words[start]!;
  const name = baseName(program);
  if (!name) return null;
  let word = program;
  let wordIndex = start;
  let module: string | null = null;
  if (PYTHON.test(name)) {
    for (let k = start + 1; k < c.words.length; k++) {
      const v = c.words[k]!.value;
      if (v === '-m') {
        module = c.words[k + 1]?.value ?? null;
        wordIndex = k + 1;
        break;
      }
      if (/^-m\S+$/.test(v)) {
        module = v.slice(2);
        wordIndex = k;
        break;
      }
      if (v === '-W' || v === '-X') {
        k++;
        continue;
      }
      if (!v.startsWith('-')) {
        // `python app.py`: a gradio app only when the image configures gradio through its variables.
        const gradio = /\.py$/.test(v) && ['GRADIO_SERVER_NAME', 'GRADIO_SERVER_PORT'].some((n) => env.has(n) || c.assignments.some((a) => a.name === n));
        if (!gradio) return null;
        const spec = SERVERS.find((s) => s.id === 'gradio')!;
        return { spec, word: c.words[k]!, wordIndex: k, args: c.words.slice(k + 1), argsStart: k + 1, gradioApp: true };
      }
      if (v === '-c') return null;
    }
    if (module === null) return null;
    word = c.words[wordIndex]!;
  }
  const args = c.words.slice(wordIndex + 1);
  for (const spec of SERVERS) {
    for (const inv of spec.invocations) {
      const hit = module !== null ? inv.module === module : inv.program === name;
      if (hit && matchInvocation(inv, spec, args)) return { spec, word, wordIndex, args, argsStart: wordIndex + 1, gradioApp: false };
    }
  }
  return null;
}

// Values ----------------------------------------------------------------------------------------------------

interface Value {
  value: string;
  certain: boolean;
  range: Range | null;
}

/** The runtime environment: ENV values (ARG values do not reach the container). */
function runtimeEnv(stage: Stage | null): Map<string, string | undefined> {
  const env = new Map<string, string | undefined>();
  if (!stage) return env;
  for (const name of stage.endState.envNames) env.set(name, stage.endState.env.get(name));
  return env;
}

function resolveText(text: string, scope: Scope): { value: string; certain: boolean } | null {
  const e = expand(text, scope);
  if (e.unresolved.length === 0) return { value: e.value, certain: true };
  // `${PORT:-8000}` with PORT not set by the image: the default applies unless the container is started with PORT.
  const guessable = e.refs.every((r) => !e.unresolved.includes(r.name) || (!scope.has(r.name) && (r.modifier === ':-' || r.modifier === '-')));
  if (!guessable) return null;
  return { value: expand(text, scope, { undeclaredIsEmpty: true }).value, certain: false };
}

function wordValue(c: Candidate, w: Word, scope: Scope): Value | null {
  if (c.exec && c.words.includes(w)) {
    // Exec form: `$PORT` reaches the program as written.
    return w.value.includes('$') ? null : { value: w.value, certain: true, range: w.range };
  }
  if (w.literal) return { value: w.value, certain: true, range: w.range };
  if (/\$\(|`/.test(w.value)) return null;
  const r = resolveText(w.value, scope);
  return r ? { ...r, range: w.range } : null;
}

/** The last value of any of the flags (`--f v`, `--f=v`, `-p8000`); undefined when absent, null when unknown. */
function flagValue(c: Candidate, args: Word[], names: readonly string[], scope: Scope): Value | null | undefined {
  const v = lastFlagValue(c, args, names, scope);
  // `--ip='0.0.0.0'` in exec form: traitlets and click read the quotes away too.
  return v ? { ...v, value: v.value.replace(/^(['"])(.*)\1$/, '$2') } : v;
}

function lastFlagValue(c: Candidate, args: Word[], names: readonly string[], scope: Scope): Value | null | undefined {
  let found: Value | null | undefined;
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    const v = w.value;
    for (const n of names) {
      if (v === n) {
        const next = args[i + 1];
        found = next ? wordValue(c, next, scope) : null;
      } else if (v.startsWith(`${n}=`)) {
        const val = wordValue(c, w, scope);
        found = val ? { ...val, value: val.value.slice(val.value.indexOf('=') + 1) } : null;
      } else if (/^-[A-Za-z]$/.test(n) && v.startsWith(n) && v.length > 2 && !v.startsWith('--')) {
        const val = wordValue(c, w, scope);
        found = val ? { ...val, value: val.value.slice(2) } : null;
      }
    }
  }
  return found;
}

function hasFlag(args: Word[], names: readonly string[]): boolean {
  return args.some((w) => names.includes(w.value.split('=')[0]!));
}

function envValue(name: string, env: Map<string, string | undefined>, assignments: Assignment[]): Value | null | undefined {
  const a = [...assignments].reverse().find((x) => x.name === name);
  if (a) return /\$/.test(a.value) ? null : { value: a.value, certain: true, range: null };
  if (!env.has(name)) return undefined;
  const v = env.get(name);
  return v === undefined ? null : { value: v, certain: true, range: null };
}

function parsePort(v: string): number | null {
  return /^\d{1,5}$/.test(v.trim()) ? Number(v.trim()) : null;
}

/** gunicorn/hypercorn `HOST:PORT`, `:PORT`, `[::]:PORT`, `HOST`; null for unix sockets and fds. */
function parseBind(v: string, defaultPort: number): { host: string; port: number | null } | null {
  const s = v.trim().replace(/^['"]|['"]$/g, '');
  if (/^(unix:|fd:\/\/)/.test(s)) return null;
  const ipv6 = /^\[([^\]]*)\](?::(\d+))?$/.exec(s);
  if (ipv6) return { host: ipv6[1]!, port: ipv6[2] ? Number(ipv6[2]) : defaultPort };
  const colon = s.lastIndexOf(':');
  if (colon < 0) return { host: s, port: defaultPort };
  return { host: s.slice(0, colon), port: parsePort(s.slice(colon + 1)) };
}

// Server-specific configuration -------------------------------------------------------------------------------

interface Resolution {
  host: Value | null;
  hostSource: ConfigSource;
  ports: Value[] | null;
  portSource: ConfigSource;
}

/**
 * A file the server reads, written relative to its directory: its text from the build context, `absent` when no
 * COPY put it there (or the context does not have it), `unknown` when it may exist but cannot be read.
 */
function contextFile(model: DockerfileModel, cwd: string | null, written: string, context: BuildContext | null): string | 'absent' | 'unknown' {
  const abs = written.startsWith('/') ? written : cwd === null ? null : path.posix.join(cwd, written);
  if (abs === null || !model.finalStage) return 'unknown';
  const origin = contextOriginIn(model.finalStage, abs, context);
  if (origin === undefined) return 'absent';
  if (origin === null || !context) return 'unknown';
  return context.read(origin.contextPath) ?? (context.exists(origin.contextPath) ? 'unknown' : 'absent');
}

function mentions(model: DockerfileModel, pattern: RegExp): boolean {
  return (model.finalStage?.lineage ?? []).some((s) => s.instructions.some((i) => (i.keyword === 'RUN' || i.keyword === 'COPY' || i.keyword === 'ADD') && pattern.test(i.argsText)));
}

/** gunicorn's `bind = …` from a config file: a string or a list of strings; null when computed. */
function gunicornConfigBinds(text: string): string[] | null | undefined {
  const m = /^bind\s*=\s*(.+)$/m.exec(text);
  if (!m) return undefined;
  const value = m[1]!.replace(/#.*$/, '').trim();
  const strings = [...value.matchAll(/(['"])([^'"]*)\1/g)].map((x) => x[2]!);
  const literal = /^(\[\s*)?(['"][^'"]*['"]\s*,?\s*)+\]?$/.test(value);
  return literal && strings.length ? strings : null;
}

/** Several binds: the host that is reachable from outside wins (a loopback bind beside it does not matter). */
function binds(values: Value[], defaultPort: number): { host: Value | null; ports: Value[] | null } {
  const parsed = values.flatMap((v) => {
    const b = parseBind(v.value, defaultPort);
    return b ? [{ ...b, v }] : [];
  });
  if (!parsed.length) return { host: null, ports: null };
  const chosen = parsed.find((b) => !isLoopbackHost(b.host)) ?? parsed[0]!;
  const ports = parsed.flatMap((b) => (b.port === null ? [] : [{ value: String(b.port), certain: b.v.certain, range: b.v.range }]));
  return { host: { value: chosen.host, certain: chosen.v.certain, range: chosen.v.range }, ports: ports.length ? ports : null };
}

/** Splits `GUNICORN_CMD_ARGS` as gunicorn does (shlex) into words. */
function splitArgs(text: string): Word[] {
  const none: Range = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
  return (text.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((v) => ({ value: v.replace(/^(['"])(.*)\1$/, '$2'), literal: true, quoted: false, range: none }));
}

function resolveGunicorn(
  model: DockerfileModel,
  c: Candidate,
  m: Match,
  env: Map<string, string | undefined>,
  assignments: Assignment[],
  scope: Scope,
  context: BuildContext | null,
): Resolution | null {
  const spec = m.spec;
  const bindFlags = spec.bindFlags!;
  const cli = collectFlag(c, m.args, bindFlags, scope);
  if (cli === null) return { host: null, hostSource: 'flag', ports: null, portSource: 'flag' };
  if (cli.length) return { ...binds(cli, spec.defaultPort), hostSource: 'flag', portSource: 'flag' };
  if (spec.id === 'hypercorn') {
    if (hasFlag(m.args, ['-c', '--config'])) return null;
    return defaults(spec);
  }
  const cmdArgs = envValue('GUNICORN_CMD_ARGS', env, assignments);
  if (cmdArgs === null) return null;
  if (cmdArgs) {
    const words = splitArgs(cmdArgs.value);
    const fromEnv = collectFlag({ ...c, exec: true, words }, words, bindFlags, scope);
    if (fromEnv === null) return null;
    if (fromEnv.length) return { ...binds(fromEnv, spec.defaultPort), hostSource: 'env', portSource: 'env' };
  }
  // A config file: `-c file` (`python:module` configs cannot be read), or gunicorn.conf.py in the working directory.
  const configFlag = flagValue(c, m.args, ['-c', '--config'], scope);
  if (configFlag === null || configFlag?.value.startsWith('python:')) return null;
  const file = contextFile(model, c.cwd, configFlag?.value ?? 'gunicorn.conf.py', context);
  if (file === 'unknown' || (file === 'absent' && configFlag)) return null;
  if (file !== 'absent') {
    const configured = gunicornConfigBinds(file);
    if (configured === null) return null;
    if (configured) {
      const values = configured.map((v) => ({ value: v, certain: true, range: null }));
      return { ...binds(values, spec.defaultPort), hostSource: 'config-file', portSource: 'config-file' };
    }
  }
  const port = envValue('PORT', env, assignments);
  if (port === null) return { host: { value: '0.0.0.0', certain: true, range: null }, hostSource: 'env', ports: null, portSource: 'env' };
  if (port) return { host: { value: '0.0.0.0', certain: true, range: null }, hostSource: 'env', ports: [port], portSource: 'env' };
  return defaults(spec);
}

/** All values of a repeatable flag; null when one of them is unknown. */
function collectFlag(c: Candidate, args: Word[], names: readonly string[], scope: Scope): Value[] | null {
  const out: Value[] = [];
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    for (const n of names) {
      let val: Value | null | undefined;
      if (v === n) val = args[i + 1] ? wordValue(c, args[i + 1]!, scope) : null;
      else if (v.startsWith(`${n}=`)) {
        const w = wordValue(c, args[i]!, scope);
        val = w ? { ...w, value: w.value.slice(n.length + 1) } : null;
      } else if (/^-[A-Za-z]$/.test(n) && v.startsWith(n) && v.length > 2 && !v.startsWith('--')) {
        const w = wordValue(c, args[i]!, scope);
        val = w ? { ...w, value: w.value.slice(2) } : null;
      } else continue;
      if (val === null) return null;
      out.push(val);
    }
  }
  return out;
}

function defaults(spec: ServerSpec): Resolution {
  return {
    host: { value: spec.defaultHost === 'all' ? '0.0.0.0' : '127.0.0.1', certain: true, range: null },
    hostSource: 'default',
    ports: [{ value: String(spec.defaultPort), certain: true, range: null }],
    portSource: 'default',
  };
}

/** torchserve: `inference_address` of the config file it reads (`--ts-config`, `TS_CONFIG_FILE`, ./config.properties). */
function resolveTorchserve(
  model: DockerfileModel,
  c: Candidate,
  m: Match,
  env: Map<string, string | undefined>,
  assignments: Assignment[],
  scope: Scope,
  context: BuildContext | null,
): Resolution | null {
  const flag = flagValue(c, m.args, ['--ts-config'], scope);
  const fromEnv = envValue('TS_CONFIG_FILE', env, assignments);
  if (flag === null || fromEnv === null) return null;
  const file = contextFile(model, c.cwd, flag?.value ?? fromEnv?.value ?? 'config.properties', context);
  if (file === 'unknown' || (file === 'absent' && (flag || fromEnv))) return null;
  if (file === 'absent') {
    // The address may still come from a config written by a RUN, the base image's config, or TS_* variables.
    if (imageDefault(model, m.spec) || mentions(model, /config\.properties|TS_CONFIG_FILE/) || envValue('TS_INFERENCE_ADDRESS', env, assignments) !== undefined) return null;
    return defaults(m.spec);
  }
  const address = /^\s*inference_address\s*=\s*(\S+)/m.exec(file)?.[1];
  if (!address) return defaults(m.spec);
  const u = /^https?:\/\/(\[[^\]]*\]|[^:/]*)(?::(\d+))?/.exec(address);
  if (!u) return null;
  return {
    host: { value: u[1]!.replace(/^\[|\]$/g, ''), certain: true, range: null },
    hostSource: 'config-file',
    ports: [{ value: u[2] ?? (address.startsWith('https') ? '443' : '80'), certain: true, range: null }],
    portSource: 'config-file',
  };
}

/** OLLAMA_HOST: `[scheme://]host[:port]`; a bare host keeps port 11434 (80/443 with an http/https scheme). */
function resolveOllama(value: Value): Resolution {
  let s = value.value.trim();
  let defaultPort = '11434';
  const scheme = /^([a-z]+):\/\//.exec(s);
  if (scheme) {
    if (scheme[1] === 'http') defaultPort = '80';
    if (scheme[1] === 'https') defaultPort = '443';
    s = s.slice(scheme[0].length);
  }
  s = s.split('/')[0]!;
  const b = /^\[([^\]]*)\](?::(\d+))?$/.exec(s) ?? /^([^:]*)(?::(\d+))?$/.exec(s);
  const host = b ? (b[1] === '' && b[2] === undefined ? '127.0.0.1' : b[1]!) : '127.0.0.1';
  const port = b?.[2] ?? defaultPort;
  return {
    host: { value: host, certain: value.certain, range: null },
    hostSource: 'env',
    ports: [{ value: port, certain: value.certain, range: null }],
    portSource: 'env',
  };
}

/** What the base image configures for this server (ollama/ollama sets OLLAMA_HOST, …). */
function imageDefault(model: DockerfileModel, spec: ServerSpec): (typeof IMAGE_SERVER_DEFAULTS)[number] | undefined {
  const root = model.finalStage?.rootImage.name?.familiar ?? null;
  return root ? IMAGE_SERVER_DEFAULTS.find((d) => d.server === spec.id && d.image.test(root)) : undefined;
}

function resolveGeneric(
  model: DockerfileModel,
  c: Candidate,
  m: Match,
  env: Map<string, string | undefined>,
  assignments: Assignment[],
  scope: Scope,
  context: BuildContext | null,
): Resolution | null {
  const spec = m.spec;
  const r = defaults(spec);
  const fromImage = imageDefault(model, spec);
  if (fromImage?.host) {
    r.host = { value: fromImage.host, certain: true, range: null };
    r.hostSource = 'base-image';
  }
  if (fromImage?.port) {
    r.ports = [{ value: String(fromImage.port), certain: true, range: null }];
    r.portSource = 'base-image';
  }
  if (spec.id === 'ollama') {
    const v = envValue('OLLAMA_HOST', env, assignments);
    if (v === null) return { ...r, host: null, ports: null };
    return v ? resolveOllama(v) : r;
  }
  if (m.gradioApp) {
    // The app's own `launch(server_name=…, server_port=…)` could still override what is unset here.
    r.host = r.host && { ...r.host, certain: false };
    r.ports = r.ports && r.ports.map((p) => ({ ...p, certain: false }));
  }
  if (spec.id === 'jupyter' && !fromImage && (hasFlag(m.args, ['--config']) || mentions(model, /jupyter_\w*config|--generate-config|\.jupyter\//))) {
    // A jupyter config file may set the address; only the command line is known.
    r.host = r.host && { ...r.host, certain: false };
    r.ports = r.ports && r.ports.map((p) => ({ ...p, certain: false }));
  }
  if (spec.id === 'streamlit' && (mentions(model, /\.streamlit/) || (context?.exists('.streamlit/config.toml') ?? false))) {
    r.ports = r.ports && r.ports.map((p) => ({ ...p, certain: false }));
  }
  if (spec.id === 'flask') {
    // The flask CLI loads `.flaskenv` and `.env` from its directory (with python-dotenv installed).
    for (const file of ['.env', '.flaskenv']) {
      const text = contextFile(model, c.cwd, file, context);
      if (text === 'absent') continue;
      if (text === 'unknown') {
        r.host = r.host && { ...r.host, certain: false };
        r.ports = r.ports && r.ports.map((p) => ({ ...p, certain: false }));
        continue;
      }
      const host = /^\s*(?:export\s+)?FLASK_RUN_HOST\s*=\s*['"]?([^'"\s#]*)/m.exec(text)?.[1];
      const port = /^\s*(?:export\s+)?FLASK_RUN_PORT\s*=\s*['"]?([^'"\s#]*)/m.exec(text)?.[1];
      if (host !== undefined) [r.host, r.hostSource] = [{ value: host, certain: true, range: null }, 'config-file'];
      if (port !== undefined) [r.ports, r.portSource] = [[{ value: port, certain: true, range: null }], 'config-file'];
    }
  }
  for (const name of spec.hostEnv ?? []) {
    const v = envValue(name, env, assignments);
    if (v === undefined) continue;
    r.host = v;
    r.hostSource = 'env';
  }
  for (const name of spec.portEnv ?? []) {
    const v = envValue(name, env, assignments);
    if (v === undefined) continue;
    r.ports = v && [v];
    r.portSource = 'env';
  }
  const host = flagValue(c, m.args, spec.hostFlags, scope);
  if (host !== undefined) {
    r.host = host;
    r.hostSource = 'flag';
  }
  if (hasFlag(m.args, spec.allInterfacesFlags ?? [])) {
    r.host = { value: '0.0.0.0', certain: true, range: null };
    r.hostSource = 'flag';
  }
  const port = flagValue(c, m.args, spec.portFlags, scope);
  if (port !== undefined) {
    r.ports = port && [port];
    r.portSource = 'flag';
  }
  return r;
}

// Detection -------------------------------------------------------------------------------------------------

/**
 * Every server the final image starts (usually one). A `python app.py` counts only when the image sets
 * GRADIO_* variables; anything else the linter cannot recognise yields nothing.
 */
export function detectServers(model: DockerfileModel, context: BuildContext | null = null): DetectedServer[] {
  const out: DetectedServer[] = [];
  const env = runtimeEnv(model.finalStage);
  const seen = new Set<string>();
  for (const c of commandCandidates(model)) {
    const u = unwrap(c);
    if (!u) continue;
    const m = match(c, u.start, env);
    if (!m) continue;
    const key = `${m.word.range.start.line}:${m.word.range.start.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (hasFlag(m.args, m.spec.noTcpFlags ?? [])) continue;
    if (m.spec.id === 'torchserve' && hasFlag(m.args, ['--stop'])) continue;
    const scope: Scope = new Map([...env, ...u.assignments.map((a) => [a.name, a.value] as const)]);
    const resolution =
      m.spec.bindFlags
        ? resolveGunicorn(model, c, m, env, u.assignments, scope, context)
        : m.spec.id === 'torchserve'
          ? resolveTorchserve(model, c, m, env, u.assignments, scope, context)
          : resolveGeneric(model, c, m, env, u.assignments, scope, context);
    const host = resolution?.host ?? null;
    const ports = (resolution?.ports ?? []).map((p) => parsePort(p.value)).filter((p): p is number => p !== null);
    if (resolution?.portSource === 'default') ports.push(...(m.spec.extraPorts ?? []));
    const portValue = resolution?.ports?.[0] ?? null;
    const port = portValue ? parsePort(portValue.value) : null;
    out.push({
      server: m.spec,
      instruction: c.owners[m.wordIndex]!,
      range: m.word.range,
      host: host ? host.value.replace(/^\[|\]$/g, '') : null,
      hostRange: host?.range ?? null,
      port,
      ports: port === null ? [] : ports,
      hostCertain: host?.certain ?? false,
      portCertain: port !== null && (resolution?.ports ?? []).every((p) => p.certain),
      configuredBy: { host: resolution?.hostSource ?? 'default', port: resolution?.portSource ?? 'default' },
    });
  }
  return out;
}

/** The server the final image starts, or null (the first one when a script starts several). */
export function detectServer(model: DockerfileModel, context: BuildContext | null = null): DetectedServer | null {
  return detectServers(model, context)[0] ?? null;
}

