/** The small questions rules ask about commands (hadolint style): flags, positional words, subcommands. */
import type { Instruction, DockerfileModel } from '../model/types.js';
import type { SimpleCommand, Word } from './types.js';

/**
 * True when the command has one of the flags. Short flags are single letters (`y` matches `-y`, `-qy`);
 * long flags are full names (`--yes`, also `--yes=…`).
 */
export function hasFlag(cmd: SimpleCommand, short: string, ...long: string[]): boolean {
  return findFlag(cmd, short, ...long) !== null;
}

export function findFlag(cmd: SimpleCommand, short: string, ...long: string[]): Word | null {
  for (const w of cmd.args) {
    const v = w.value;
    if (v === '--') break;
    if (v.startsWith('--')) {
      const name = v.split('=')[0]!;
      if (long.includes(name)) return w;
    } else if (short && v.startsWith('-') && v.length > 1 && /^-[A-Za-z0-9]+$/.test(v)) {
      for (const ch of short) if (v.slice(1).includes(ch)) return w;
    }
  }
  return null;
}

/** The value of a flag (`-o X`, `-oX`, `--opt X`, `--opt=X`), or null. */
export function flagValue(cmd: SimpleCommand, names: readonly string[]): string | null {
  const args = cmd.args;
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    for (const n of names) {
      if (v === n) return args[i + 1]?.value ?? null;
      if (n.startsWith('--') && v.startsWith(n + '=')) return v.slice(n.length + 1);
      if (!n.startsWith('--') && n.length === 2 && v.startsWith(n) && v.length > 2) return v.slice(2);
    }
  }
  return null;
}

/**
 * Words that are not flags, skipping the values of flags listed in `valued` (`-t bullseye`, `--target-release x`).
 * Words after `--` are positional.
 */
export function positional(cmd: SimpleCommand, valued: ReadonlySet<string> = new Set()): Word[] {
  const out: Word[] = [];
  const args = cmd.args;
  let endOfFlags = false;
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    const v = w.value;
    if (endOfFlags) {
      out.push(w);
      continue;
    }
    if (v === '--') {
      endOfFlags = true;
      continue;
    }
    if (v.startsWith('-') && v.length > 1) {
      if (!v.includes('=') && valued.has(v)) i++;
      continue;
    }
    out.push(w);
  }
  return out;
}

export interface CommandAt {
  instruction: Instruction;
  command: SimpleCommand;
}

/** Every RUN instruction whose shell was parsed, ONBUILD RUN triggers included (hadolint checks those too). */
export function runInstructions(model: DockerfileModel): Instruction[] {
  return model.instructionsWithTriggers.filter((i) => i.keyword === 'RUN' && i.run?.script);
}

/** Every simple command of every RUN, in file order. */
export function* commands(model: DockerfileModel, ...names: string[]): Generator<CommandAt> {
  for (const instruction of runInstructions(model)) {
    for (const command of instruction.run!.script!.commands) {
      if (names.length === 0 || (command.name !== null && names.includes(command.name))) yield { instruction, command };
    }
  }
}

/** Range covering a list of words. */
export function wordsRange(words: Word[]): Word['range'] {
  return { start: words[0]!.range.start, end: words[words.length - 1]!.range.end };
}
