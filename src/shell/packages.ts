/** Package-manager facts shared by the pinning and cleanup rules: which words of a command are packages. */
import type { DockerfileModel, Instruction } from '../model/types.js';
import { commands, positional } from './query.js';
import type { SimpleCommand, Word } from './types.js';

export interface PackageInstall {
  instruction: Instruction;
  command: SimpleCommand;
  /** The word naming the subcommand (`install`). */
  subcommand: Word;
  packages: Word[];
}

/** apt-get / apt flags that take a value (the value is not a package). */
const APT_VALUED = new Set(['-o', '--option', '-t', '--target-release', '--default-release', '-c', '--config-file', '-a', '--host-architecture']);

export function aptInstalls(model: DockerfileModel): PackageInstall[] {
  const out: PackageInstall[] = [];
  for (const { instruction, command } of commands(model, 'apt-get', 'apt')) {
    const words = positional(command, APT_VALUED);
    const sub = words[0];
    if (!sub || sub.value !== 'install') continue;
    out.push({ instruction, command, subcommand: sub, packages: words.slice(1) });
  }
  return out;
}
