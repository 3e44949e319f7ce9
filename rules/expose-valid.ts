import { defineRule } from '../src/rule.js';
import type { PortArg } from '../src/model/types.js';
import type { ReportDescriptor } from '../src/types.js';

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

function port(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** Judges one EXPOSE word the way BuildKit's `parsePort` reads `[ip:][hostPort:]containerPort[/proto]`. */
function judge(word: PortArg, value: string): Omit<ReportDescriptor, 'range'> | null {
  const slash = value.lastIndexOf('/');
  const spec = slash >= 0 ? value.slice(0, slash) : value;
  const proto = slash >= 0 ? value.slice(slash + 1) : '';
  const parts = spec.split(':');
  const container = parts[parts.length - 1]!;
  const [startText, endText, ...extra] = container.split('-');
  const start = port(startText ?? '');
  const end = endText === undefined ? start : port(endText);
  if (start === null || end === null || extra.length) {
    return { message: `\`${word.raw}\` is not a port or port range; write \`8000\`, \`8000/udp\` or \`8000-8010\`.` };
  }
  if (start > 65535 || end > 65535) {
    return { message: `Port \`${word.raw}\` is outside 0–65535; use a valid port number.` };
  }
  if (end < start) {
    return { message: `Port range \`${word.raw}\` ends before it starts; write it as \`${end}-${start}\`.` };
  }
  if (proto && !PROTOCOLS.has(proto.toLowerCase())) {
    return { message: `\`${proto}\` in \`${word.raw}\` is not a protocol EXPOSE knows; use \`tcp\`, \`udp\` or \`sctp\`.` };
  }
  if (parts.length > 1) {
    return {
      severity: 'warning',
      message: `EXPOSE declares a container port only; \`${word.raw}\` also names a host address or port, which Docker ignores (map ports with \`docker run -p\`); write \`${container}${proto ? `/${proto}` : ''}\`.`,
    };
  }
  if (proto && proto !== proto.toLowerCase()) {
    return {
      severity: 'style',
      message: `Protocol \`${proto}\` in \`${word.raw}\` should be lower-case: \`${container}/${proto.toLowerCase()}\`.`,
    };
  }
  return null;
}

export default defineRule({
  meta: {
    id: 'expose-valid',
    category: 'correctness',
    severity: 'error',
    preset: 'recommended',
    description: '`EXPOSE` with an invalid port, range or protocol, or a host mapping.',
    docs: {
      why:
        'EXPOSE takes container ports (`8000`, `8000/udp`, `9000-9010`) between 0 and 65535, with protocol `tcp`, `udp` or `sctp`. Anything else fails the build. A host address or host port (`127.0.0.1:8000:8000`, `80:8000`) is ignored by Docker (publishing is `docker run -p`\'s job) and reported as a warning; an upper-case protocol (`8000/TCP`) is a style finding. Ports built from variables are checked once their value is known.',
      bad: 'EXPOSE 80000\nEXPOSE 8080:80\nEXPOSE 53/UDP',
      good: 'EXPOSE 8000\nEXPOSE 80\nEXPOSE 53/udp',
    },
    fixable: false,
    covers: ['DL3011', 'ExposeInvalidFormat', 'ExposeProtoCasing'],
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== 'EXPOSE') continue;
      for (const port of ins.ports) {
        if (port.value === null) continue;
        const finding = judge(port, port.value);
        if (finding) report({ range: port.range, ...finding });
      }
    }
  },
});
