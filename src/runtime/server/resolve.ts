/**
 * The host and port a matched server listens on, driven by its catalogue entry. Sources are tried from the highest
 * precedence down, host and port each taken from the first source that sets it: flags, variables holding more
 * arguments, variables, config files, the base image, a default that depends on a variable, the built-in default.
 * A config file that exists but cannot be read makes the values below it unknown, or guesses.
 */
import type { BuildContext } from '../../context/build-context.js';
import type { AddressSyntax, BaseImageDefault, ConfigFileSpec, ServerSpec } from '../../knowledge/servers.js';
import type { DockerfileModel } from '../../model/types.js';
import { addressValues } from './address.js';
import { contextFile, readKey, rootImage, signShows } from './config-files.js';
import { serverGrammar } from '../../knowledge/commands.js';
import { hasOption, type Invocation, readArguments } from '../../shell/invocation.js';
import type { Word } from '../../shell/types.js';
import type { Range } from '../../types.js';
import type { Match } from './match.js';
import { type CommandEnv, envValue, optionValueSeen, optionValuesSeen, type Value, type WordReading } from './values.js';

/** Where a server's host or port came from. */
export type ConfigSource = 'default' | 'flag' | 'env' | 'config-file' | 'base-image';

/** A value (null when it cannot be known) and its source. */
interface Setting<T> {
  value: T | null;
  source: ConfigSource;
}

export interface Resolution {
  host: Setting<Value>;
  ports: Setting<Value[]>;
}

type Field = 'host' | 'port';

/** What one source says: values it sets, and which values below it become guesses. */
interface Layer {
  host?: Setting<Value>;
  ports?: Setting<Value[]>;
  guesses?: Field[];
}

export interface ResolveInput {
  model: DockerfileModel;
  context: BuildContext | null;
  match: Match;
  /** Directory the command starts in, where config files are looked up. */
  cwd: string | null;
  env: CommandEnv;
  reading: WordReading;
}

const BOTH: Field[] = ['host', 'port'];

function known(value: string): Value {
  return { value, certain: true, range: null };
}

function defaultHost(spec: ServerSpec): string {
  return spec.defaultHost === 'all' ? '0.0.0.0' : '127.0.0.1';
}

function unknown(fields: readonly Field[], source: ConfigSource): Layer {
  return {
    ...(fields.includes('host') ? { host: { value: null, source } } : {}),
    ...(fields.includes('port') ? { ports: { value: null, source } } : {}),
  };
}

function address(values: readonly Value[], spec: ServerSpec, syntax: AddressSyntax, source: ConfigSource): Layer {
  const a = addressValues(values, syntax, { host: defaultHost(spec), port: spec.defaultPort });
  return { host: { value: a.host, source }, ports: { value: a.ports, source } };
}

/** Host, port and bind flags, from the command line or from a variable holding arguments. */
function flagLayer(spec: ServerSpec, args: Invocation, reading: WordReading, source: ConfigSource): Layer {
  let out: Layer = {};
  if (spec.bindFlags) {
    const binds = optionValuesSeen(args, spec.bindFlags, reading);
    if (binds === null) out = unknown(BOTH, source);
    else if (binds.length) out = address(binds, spec, 'bind', source);
  }
  const host = optionValueSeen(args, spec.hostFlags, reading);
  if (host !== undefined) out.host = { value: host, source };
  if (hasOption(args, ...(spec.allInterfacesFlags ?? []))) out.host = { value: known('0.0.0.0'), source };
  const port = optionValueSeen(args, spec.portFlags, reading);
  if (port !== undefined) out.ports = { value: port && [port], source };
  return out;
}

function argsEnvLayer(spec: ServerSpec, name: string, input: ResolveInput): Layer {
  const v = envValue(name, input.env);
  if (v === undefined) return {};
  if (v === null) return unknown(BOTH, 'env');
  return flagLayer(spec, readArguments(splitArgs(v.value), serverGrammar(spec)), { ...input.reading, exec: true }, 'env');
}

/** Host and port variables; the last one set in the list wins. */
function envLayer(spec: ServerSpec, env: CommandEnv): Layer {
  const out: Layer = {};
  for (const name of spec.hostEnv ?? []) {
    const v = envValue(name, env);
    if (v !== undefined) out.host = { value: v, source: 'env' };
  }
  for (const name of spec.portEnv ?? []) {
    const v = envValue(name, env);
    if (v !== undefined) out.ports = { value: v && [v], source: 'env' };
  }
  return out;
}

function configLayer(spec: ServerSpec, file: ConfigFileSpec, input: ResolveInput): Layer {
  const { model, context, match, reading, env } = input;
  const affected = file.affects ? [file.affects] : BOTH;
  const cannotRead: Layer = file.unreadable === 'uncertain' ? { guesses: affected } : unknown(affected, 'config-file');
  const names = [...(file.pathFlags ? [optionValueSeen(match.args, file.pathFlags, reading)] : []), ...(file.pathEnv ?? []).map((n) => envValue(n, env))];
  if (names.includes(null)) return cannotRead;
  const named = names.find((n) => n)?.value;
  if (named !== undefined && file.notAFile?.test(named)) return cannotRead;
  const written = named ?? file.defaultPath;
  const text = written === undefined ? 'absent' : contextFile(model, input.cwd, written, context);
  if (text === 'unknown') return cannotRead;
  if (text === 'absent') return named !== undefined || (file.elsewhere ?? []).some((s) => signShows(s, model, env, context)) ? cannotRead : {};
  const format = file.format;
  if (!format) return cannotRead;
  const [addr, host, port] = [format.address?.key, format.host, format.port].map((key) => (key === undefined ? undefined : readKey(text, format, key)));
  if (addr === null || host === null || port === null) return cannotRead;
  const out: Layer = addr ? address(addr.map(known), spec, format.address!.syntax, 'config-file') : {};
  if (host) out.host = { value: known(host[0]!), source: 'config-file' };
  if (port) out.ports = { value: [known(port[0]!)], source: 'config-file' };
  return out;
}

/** Splits a variable holding arguments (`GUNICORN_CMD_ARGS`) as shlex does, into literal words. */
function splitArgs(text: string): Word[] {
  const none: Range = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
  return (text.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((v) => ({ value: v.replace(/^(['"])(.*)\1$/, '$2'), literal: true, quoted: false, range: none }));
}

function* layers(input: ResolveInput, image: BaseImageDefault | undefined): Generator<Layer> {
  const spec = input.match.spec;
  yield flagLayer(spec, input.match.args, input.reading, 'flag');
  for (const name of spec.argsEnv ?? []) yield argsEnvLayer(spec, name, input);
  yield envLayer(spec, input.env);
  for (const a of spec.addressEnv ?? []) {
    const v = envValue(a.name, input.env);
    if (v !== undefined) yield v === null ? unknown(BOTH, 'env') : address([v], spec, a.syntax, 'env');
  }
  for (const file of spec.configFiles ?? []) yield configLayer(spec, file, input);
  if (input.match.byScript) yield { guesses: BOTH };
  if (image) {
    yield {
      ...(image.host !== undefined ? { host: { value: known(image.host), source: 'base-image' } } : {}),
      ...(image.port !== undefined ? { ports: { value: [known(String(image.port))], source: 'base-image' } } : {}),
    };
  }
  const fromEnv = spec.defaultFromEnv;
  const v = fromEnv && envValue(fromEnv.port, input.env);
  if (fromEnv && v !== undefined) yield { host: { value: known(fromEnv.host), source: 'env' }, ports: { value: v && [v], source: 'env' } };
}

function guessHost(s: Setting<Value>): Setting<Value> {
  return { ...s, value: s.value && { ...s.value, certain: false } };
}

function guessPorts(s: Setting<Value[]>): Setting<Value[]> {
  return { ...s, value: s.value && s.value.map((v) => ({ ...v, certain: false })) };
}

export function resolveAddress(input: ResolveInput): Resolution {
  const spec = input.match.spec;
  const root = rootImage(input.model);
  const image = root === null ? undefined : spec.baseImages?.find((b) => b.image.test(root));
  let host: Setting<Value> | undefined;
  let ports: Setting<Value[]> | undefined;
  const guessing = { host: false, port: false };
  for (const layer of layers(input, image)) {
    if (!host && layer.host) host = guessing.host ? guessHost(layer.host) : layer.host;
    if (!ports && layer.ports) ports = guessing.port ? guessPorts(layer.ports) : layer.ports;
    // What the base image configures is taken as known even beside a config the linter cannot read.
    if (!image) for (const f of layer.guesses ?? []) guessing[f] = true;
    if (host && ports) return { host, ports };
  }
  const byDefault: Resolution = {
    host: { value: known(defaultHost(spec)), source: 'default' },
    ports: { value: [known(String(spec.defaultPort))], source: 'default' },
  };
  return {
    host: host ?? (guessing.host ? guessHost(byDefault.host) : byDefault.host),
    ports: ports ?? (guessing.port ? guessPorts(byDefault.ports) : byDefault.ports),
  };
}
