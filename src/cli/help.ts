/** `dlint --help` and `dlint COMMAND --help`, written from the tables of src/cli/options.ts. */
import { COMMANDS, optionsOf, type CommandSpec, type OptionSpec } from './options.js';

/** Help lines are wrapped to the terminal, and never wider than this. */
const MAX_WIDTH = 100;

export function helpText(command: CommandSpec, columns: number | undefined): string {
  const width = Math.min(MAX_WIDTH, columns || MAX_WIDTH);
  const lint = command.name === 'lint';
  const usage = lint ? ['dlint [paths..] [options]', 'dlint <command> [options]'] : [`dlint ${command.usage} [options]`];
  const sections = [usage.map((u, i) => `${i === 0 ? 'Usage: ' : '       '}${u}`).join('\n'), wrap(command.description, width).join('\n')];
  if (lint) sections.push(`Commands:\n${table(COMMANDS.filter((c) => c !== command).map((c) => [`dlint ${c.usage}`, c.description]), width)}`);
  if (command.operand) sections.push(`Arguments:\n${table([[command.operand.name, command.operand.description]], width)}`);
  sections.push(`Options:\n${table(optionsOf(command.name).map((o) => [optionUsage(o), optionDescription(o)]), width)}`);
  return sections.join('\n\n') + '\n';
}

/** `-f, --format FORMAT[:FILE]`; long-only options line up with the long names of the others. */
function optionUsage(o: OptionSpec): string {
  const short = o.aliases?.find((a) => a.length === 1);
  const names = [`--${o.name}`, ...(o.aliases ?? []).filter((a) => a.length > 1).map((a) => `--${a}`)].join(', ');
  return `${short ? `-${short}, ` : '    '}${names}${o.valueName ? ` ${o.valueName}` : ''}`;
}

function optionDescription(o: OptionSpec): string {
  const notes = [
    o.choices ? `[choices: ${o.choices.join(', ')}]` : '',
    o.default !== undefined && o.default !== false ? `[default: ${String(o.default)}]` : '',
  ].filter(Boolean);
  return [o.description, ...notes].join(' ');
}

/** Two aligned columns, the second wrapped; when the first leaves it too little room, the second goes below. */
function table(rows: [string, string][], width: number): string {
  const left = Math.max(...rows.map(([l]) => l.length));
  const room = width - 2 - left - 2;
  return rows
    .map(([l, r]) => {
      if (room < 30) return [`  ${l}`, ...wrap(r, width - 8).map((line) => `        ${line}`)].join('\n');
      return wrap(r, room).map((line, i) => `${i === 0 ? `  ${l.padEnd(left)}` : ' '.repeat(2 + left)}  ${line}`).join('\n');
    })
    .join('\n');
}

/** Words of `text` in lines of at most `width` characters (a longer word has a line to itself). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line];
}
