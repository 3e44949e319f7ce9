/** The ports the final image declares with EXPOSE (following `FROM <stage>`), with variables resolved. */
import type { DockerfileModel, Instruction } from '../model/types.js';
import { expand } from '../model/variables.js';

export interface ExposedPorts {
  /** EXPOSE instructions of the final image, oldest first. */
  instructions: Instruction[];
  /** TCP ports (ranges expanded up to a sane size). */
  ports: Set<number>;
  /** Some EXPOSE word could not be resolved (an ARG without a default, a `$(…)`). */
  unknown: boolean;
}

export function exposedPorts(model: DockerfileModel): ExposedPorts {
  const out: ExposedPorts = { instructions: [], ports: new Set(), unknown: false };
  for (const stage of [...(model.finalStage?.lineage ?? [])].reverse()) {
    for (const i of stage.instructions) {
      if (i.keyword !== 'EXPOSE') continue;
      out.instructions.push(i);
      for (const arg of i.args) {
        const e = expand(arg.value, i.state.env);
        if (e.unresolved.length) {
          out.unknown = true;
          continue;
        }
        for (const word of e.value.split(/\s+/).filter(Boolean)) {
          const m = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(word);
          if (!m) {
            out.unknown = true;
            continue;
          }
          if (m[3] && m[3].toLowerCase() !== 'tcp') continue;
          const from = Number(m[1]);
          const to = m[2] ? Number(m[2]) : from;
          for (let p = from; p <= Math.min(to, from + 65535); p++) out.ports.add(p);
        }
      }
    }
  }
  return out;
}
