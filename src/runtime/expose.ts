/** The ports the final image declares with EXPOSE (following `FROM <stage>`), with variables resolved. */
import type { DockerfileModel, Instruction } from '../model/types.js';

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
      for (const p of i.ports) {
        if (!p.spec) {
          out.unknown = true;
          continue;
        }
        if (p.spec.protocol !== 'tcp') continue;
        for (let port = p.spec.port; port <= p.spec.endPort; port++) out.ports.add(port);
      }
    }
  }
  return out;
}
