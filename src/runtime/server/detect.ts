/**
 * Which network server the final image starts, and the address it will listen on. Anything that cannot be known
 * is null. What each server reads is data (src/knowledge/servers.ts); this module only ties the steps together.
 */
import type { BuildContext } from '../../context/build-context.js';
import { SERVERS, type ServerSpec } from '../../knowledge/servers.js';
import { FactKey } from '../../model/facts.js';
import type { DockerfileModel, Instruction } from '../../model/types.js';
import type { Scope } from '../../model/words.js';
import type { Range } from '../../types.js';
import { parsePort } from './address.js';
import { commandCandidates } from './command-candidates.js';
import { hasOption, type Invocation } from '../../shell/invocation.js';
import type { Word } from '../../shell/types.js';
import { matchServer } from './match.js';
import { type ConfigSource, resolveAddress } from './resolve.js';
import { runtimeEnv } from './values.js';

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
  /**
   * Started by an exec-form ENTRYPOINT without CMD: `docker run IMAGE …` (compose's `command:`) appends arguments, so
   * a default host or port is what the image does alone, not necessarily what a deployment runs.
   */
  argumentsAtRun: boolean;
  portCertain: boolean;
  configuredBy: { host: ConfigSource; port: ConfigSource };
  /** The server's arguments, read with its entry's options: where a host or bind flag is written. */
  args: Invocation;
  /** The server word or its last subcommand word (`run` of `flask run`): options of the server go after it. */
  lastWord: Word;
}

/**
 * Every server the final image starts (usually one), recognised from `catalogue`. A `python app.py` counts only
 * when the image sets a variable of an entry's `scriptEnv`; anything else the linter cannot recognise yields nothing.
 */
export function detectServers(model: DockerfileModel, context: BuildContext | null = null, catalogue: readonly ServerSpec[] = SERVERS): readonly DetectedServer[] {
  if (catalogue !== SERVERS) return readServers(model, context, catalogue);
  const byContext = model.facts.get(DETECTED, () => new Map());
  let servers = byContext.get(context);
  if (!servers) byContext.set(context, (servers = readServers(model, context, catalogue)));
  return servers;
}

/** The servers of a model, per build context, with the whole catalogue: read once, four rules ask. */
const DETECTED = new FactKey<Map<BuildContext | null, readonly DetectedServer[]>>();

function readServers(model: DockerfileModel, context: BuildContext | null, catalogue: readonly ServerSpec[]): DetectedServer[] {
  const out: DetectedServer[] = [];
  const env = runtimeEnv(model.finalStage);
  const seen = new Set<string>();
  for (const c of commandCandidates(model)) {
    const match = matchServer(c, env, catalogue);
    if (!match) continue;
    const { word } = match;
    const assignments = c.command.assignments;
    const key = `${word.range.start.line}:${word.range.start.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (hasOption(match.args, ...(match.spec.noTcpFlags ?? []), ...(match.spec.notServingFlags ?? []))) continue;
    const scope: Scope = new Map([...env, ...assignments.map((a) => [a.name, a.value] as const)]);
    const r = resolveAddress({
      model,
      context,
      match,
      cwd: c.cwd,
      env: { env, assignments },
      reading: { exec: c.exec, scope },
    });
    const host = r.host.value;
    const ports = (r.ports.value ?? []).map((p) => parsePort(p.value)).filter((p): p is number => p !== null);
    if (r.ports.source === 'default') ports.push(...(match.spec.extraPorts ?? []));
    const portValue = r.ports.value?.[0] ?? null;
    const port = portValue ? parsePort(portValue.value) : null;
    const instruction = c.ownerOf(word);
    out.push({
      server: match.spec,
      instruction,
      argumentsAtRun: instruction.keyword === 'ENTRYPOINT' && instruction.json !== null && !model.finalStage?.cmd,
      range: word.range,
      host: host ? host.value.replace(/^\[|\]$/g, '') : null,
      hostRange: host?.range ?? null,
      port,
      ports: port === null ? [] : ports,
      hostCertain: host?.certain ?? false,
      portCertain: port !== null && (r.ports.value ?? []).every((p) => p.certain),
      configuredBy: { host: r.host.source, port: r.ports.source },
      args: match.args,
      lastWord: match.path.at(-1) ?? word,
    });
  }
  return out;
}

/** The server the final image starts, or null (the first one when a script starts several). */
export function detectServer(model: DockerfileModel, context: BuildContext | null = null, catalogue: readonly ServerSpec[] = SERVERS): DetectedServer | null {
  return detectServers(model, context, catalogue)[0] ?? null;
}
