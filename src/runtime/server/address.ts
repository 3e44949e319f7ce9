/** Parsers for the ways servers spell an address (`AddressSyntax` in the knowledge catalogue). */
import { type AddressSyntax, isLoopbackHost } from '../../knowledge/servers.js';
import type { Value } from './values.js';

interface Address {
  host: string;
  port: number | null;
}

/** What a parser falls back on: the server's default host and port. */
interface Defaults {
  host: string;
  port: number;
}

export function parsePort(v: string): number | null {
  return /^\d{1,5}$/.test(v.trim()) ? Number(v.trim()) : null;
}

/** `HOST:PORT`, `:PORT`, `[::]:PORT`, `HOST`; null for unix sockets and fds. */
function parseBind(v: string, defaults: Defaults): Address | null {
  const s = v.trim().replace(/^['"]|['"]$/g, '');
  if (/^(unix:|fd:\/\/)/.test(s)) return null;
  const ipv6 = /^\[([^\]]*)\](?::(\d+))?$/.exec(s);
  if (ipv6) return { host: ipv6[1]!, port: ipv6[2] ? Number(ipv6[2]) : defaults.port };
  const colon = s.lastIndexOf(':');
  if (colon < 0) return { host: s, port: defaults.port };
  return { host: s.slice(0, colon), port: parsePort(s.slice(colon + 1)) };
}

/** `http(s)://HOST[:PORT]`; null for anything else. */
function parseUrl(v: string): Address | null {
  const u = /^https?:\/\/(\[[^\]]*\]|[^:/]*)(?::(\d+))?/.exec(v);
  if (!u) return null;
  return { host: u[1]!.replace(/^\[|\]$/g, ''), port: Number(u[2] ?? (v.startsWith('https') ? '443' : '80')) };
}

/** `[scheme://]HOST[:PORT]` (OLLAMA_HOST): empty or unparsable = the default host; no port = 80/443 with an http(s) scheme, else the default. */
function parseHostUrl(v: string, defaults: Defaults): Address {
  let s = v.trim();
  let defaultPort = String(defaults.port);
  const scheme = /^([a-z]+):\/\//.exec(s);
  if (scheme) {
    if (scheme[1] === 'http') defaultPort = '80';
    if (scheme[1] === 'https') defaultPort = '443';
    s = s.slice(scheme[0].length);
  }
  s = s.split('/')[0]!;
  const b = /^\[([^\]]*)\](?::(\d+))?$/.exec(s) ?? /^([^:]*)(?::(\d+))?$/.exec(s);
  const host = b ? (b[1] === '' && b[2] === undefined ? defaults.host : b[1]!) : defaults.host;
  return { host, port: Number(b?.[2] ?? defaultPort) };
}

const PARSERS: Record<AddressSyntax, (v: string, defaults: Defaults) => Address | null> = {
  bind: parseBind,
  url: parseUrl,
  'host-url': parseHostUrl,
};

/**
 * Host and ports from address values (several `-b`, a bind list): the host that is reachable from outside wins (a
 * loopback bind beside it does not matter); values that are no TCP address are left out, and with none left both are unknown.
 */
export function addressValues(values: readonly Value[], syntax: AddressSyntax, defaults: Defaults): { host: Value | null; ports: Value[] | null } {
  const parsed = values.flatMap((v) => {
    const a = PARSERS[syntax](v.value, defaults);
    return a ? [{ ...a, v }] : [];
  });
  if (!parsed.length) return { host: null, ports: null };
  const chosen = parsed.find((a) => !isLoopbackHost(a.host)) ?? parsed[0]!;
  const ports = parsed.flatMap((a) => (a.port === null ? [] : [{ value: String(a.port), certain: a.v.certain, range: a.v.range }]));
  return { host: { value: chosen.host, certain: chosen.v.certain, range: chosen.v.range }, ports: ports.length ? ports : null };
}
