/** EXPOSE operands read as ports (BuildKit's `port[-end][/protocol]`). */
import type { PathArg, PortArg, PortSpec } from './types.js';

const SPEC = /^(\d+)(?:-(\d+))?(?:\/([A-Za-z]+))?$/;
const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

function specOf(value: string): PortSpec | null {
  const m = SPEC.exec(value);
  if (!m) return null;
  const port = Number(m[1]);
  const endPort = m[2] ? Number(m[2]) : port;
  const protocol = (m[3] ?? 'tcp').toLowerCase();
  if (endPort > 65535 || endPort < port || !PROTOCOLS.has(protocol)) return null;
  return { port, endPort, protocol };
}

/** One PortArg per port: an expanded word may hold several (`EXPOSE $PORTS`). */
export function portsOf(words: readonly PathArg[]): PortArg[] {
  return words.flatMap((w): PortArg[] => {
    if (w.value === null) return [{ raw: w.raw, range: w.range, value: null, spec: null }];
    return w.value
      .split(/\s+/)
      .filter(Boolean)
      .map((value) => ({ raw: w.raw, range: w.range, value, spec: specOf(value) }));
  });
}
