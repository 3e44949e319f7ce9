import { createRequire as __dlintCreateRequire } from 'node:module';
const require = __dlintCreateRequire(import.meta.url);
import {
  COMMANDS,
  UsageError,
  errorLines,
  optionsOf,
  parseCommandLine
} from "./chunk-GVWPZNTZ.js";
import {
  VERSION
} from "./chunk-2QXF2IPI.js";
import "./chunk-TJIFSG4X.js";

// src/cli/help.ts
var MAX_WIDTH = 100;
function helpText(command, columns) {
  const width = Math.min(MAX_WIDTH, columns || MAX_WIDTH);
  const lint = command.name === "lint";
  const usage = lint ? ["dlint [paths..] [options]", "dlint <command> [options]"] : [`dlint ${command.usage} [options]`];
  const sections = [usage.map((u, i) => `${i === 0 ? "Usage: " : "       "}${u}`).join("\n"), wrap(command.description, width).join("\n")];
  if (lint) sections.push(`Commands:
${table(COMMANDS.filter((c) => c !== command).map((c) => [`dlint ${c.usage}`, c.description]), width)}`);
  if (command.operand) sections.push(`Arguments:
${table([[command.operand.name, command.operand.description]], width)}`);
  sections.push(`Options:
${table(optionsOf(command.name).map((o) => [optionUsage(o), optionDescription(o)]), width)}`);
  return sections.join("\n\n") + "\n";
}
function optionUsage(o) {
  const short = o.aliases?.find((a) => a.length === 1);
  const names = [`--${o.name}`, ...(o.aliases ?? []).filter((a) => a.length > 1).map((a) => `--${a}`)].join(", ");
  return `${short ? `-${short}, ` : "    "}${names}${o.valueName ? ` ${o.valueName}` : ""}`;
}
function optionDescription(o) {
  const notes = [
    o.choices ? `[choices: ${o.choices.join(", ")}]` : "",
    o.default !== void 0 && o.default !== false ? `[default: ${String(o.default)}]` : ""
  ].filter(Boolean);
  return [o.description, ...notes].join(" ");
}
function table(rows, width) {
  const left = Math.max(...rows.map(([l]) => l.length));
  const room = width - 2 - left - 2;
  return rows.map(([l, r]) => {
    if (room < 30) return [`  ${l}`, ...wrap(r, width - 8).map((line) => `        ${line}`)].join("\n");
    return wrap(r, room).map((line, i) => `${i === 0 ? `  ${l.padEnd(left)}` : " ".repeat(2 + left)}  ${line}`).join("\n");
  }).join("\n");
}
function wrap(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

// src/cli/main.ts
async function main(argv, io) {
  let line;
  try {
    line = parseCommandLine(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(errorLines(e.message));
    return 2;
  }
  if (line.kind === "help") {
    io.stdout(helpText(line.command, io.columns));
    return 0;
  }
  if (line.kind === "version") {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const { run } = await import("./commands-O7ACPIW2.js");
  return run(line.args, io);
}
export {
  main
};
