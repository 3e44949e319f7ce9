import { createRequire as __dlintCreateRequire } from 'node:module';
const require = __dlintCreateRequire(import.meta.url);
import {
  PARALLEL_MIN_FILES,
  SEVERITIES,
  nearest
} from "./chunk-2QXF2IPI.js";

// src/cli/args.ts
import { parseArgs } from "node:util";

// src/reporters/formats.ts
var FORMATS = ["text", "json", "sarif", "github", "gitlab", "checkstyle", "junit"];

// src/cli/options.ts
var COMMANDS = [
  {
    name: "lint",
    usage: "[paths..]",
    description: "Lint Dockerfiles: files, folders (searched for Dockerfiles), globs, or - for stdin.",
    operands: "many",
    operand: { name: "paths", description: "Files, folders, globs, or - for stdin (default: search the current folder)" }
  },
  {
    name: "rules",
    usage: "rules",
    description: "List every rule (plugins included) with its default severity, preset and fix safety",
    operands: "none"
  },
  {
    name: "explain",
    usage: "explain <id>",
    description: "Print a rule's documentation (or that of the rule covering a hadolint or BuildKit id)",
    operands: "one",
    operand: { name: "id", description: "A dlint rule id, or a hadolint or BuildKit id (e.g. DL3008)" }
  },
  {
    name: "migrate",
    usage: "migrate [file]",
    description: "Write the .dlintrc.yaml equivalent to a .hadolint.yaml",
    operands: "optional",
    operand: { name: "file", description: "The hadolint config (default: .hadolint.yaml or .hadolint.yml here)" }
  },
  { name: "lsp", usage: "lsp", description: "Run the language server (for editors) on stdin and stdout", operands: "none", lenient: true }
];
var OPTIONS = [
  {
    name: "format",
    aliases: ["f"],
    type: "string",
    multiple: true,
    default: "text",
    valueName: "FORMAT[:FILE]",
    description: `Output format: ${FORMATS.join(", ")}; FORMAT:FILE writes that report to FILE (repeatable)`,
    commands: ["lint"]
  },
  { name: "output", aliases: ["o"], type: "string", valueName: "FILE", description: "Write the report to a file instead of stdout", commands: ["lint"] },
  {
    name: "sarif-category",
    type: "string",
    valueName: "NAME",
    description: "SARIF automationDetails category, to upload several dlint runs side by side (default: dlint)",
    commands: ["lint"]
  },
  {
    name: "failure-threshold",
    type: "string",
    choices: [...SEVERITIES, "none"],
    valueName: "LEVEL",
    description: "Exit 1 when a finding is at least this severe (default: config, else warning)",
    commands: ["lint"]
  },
  { name: "rule", type: "string", multiple: true, valueName: "ID=LEVEL", description: "Set a rule: ID=off|error|warning|info|style (repeatable)", commands: ["lint"] },
  { name: "preset", type: "string", choices: ["recommended", "strict"], valueName: "NAME", description: "Rule preset (default: config, else recommended)", commands: ["lint"] },
  { name: "config", aliases: ["c"], type: "string", valueName: "FILE", description: "Use this config file instead of searching for one", commands: ["lint", "rules", "explain"] },
  { name: "print-config", type: "string", valueName: "FILE", description: "Print the configuration that applies to a file, and exit", commands: ["lint"] },
  { name: "inline-config", type: "boolean", description: "Honour inline suppression comments (--no-inline-config ignores them)", commands: ["lint"] },
  { name: "report-unused-ignores", type: "boolean", description: "Report dlint-ignore comments that suppress nothing", commands: ["lint"] },
  {
    name: "shellcheck",
    type: "string",
    choices: ["auto", "on", "off"],
    valueName: "WHEN",
    description: "Run ShellCheck over RUN shell: when found (default: config, else auto), always, never",
    commands: ["lint"]
  },
  { name: "fix", type: "boolean", description: "Apply safe fixes to the files (stdin: print the fixed text)", commands: ["lint"] },
  { name: "fix-unsafe", type: "boolean", description: "Apply unsafe fixes too (implies --fix)", commands: ["lint"] },
  {
    name: "fix-dry-run",
    aliases: ["diff"],
    type: "boolean",
    description: "Print the fixes as a unified diff per file and write nothing; the report goes to stderr and the exit code is as without fixing",
    commands: ["lint"]
  },
  { name: "context", type: "string", valueName: "DIR", description: "Build context folder (default: config, else each Dockerfile's folder)", commands: ["lint"] },
  { name: "stdin-filename", type: "string", valueName: "PATH", description: "Path to report for input read from stdin", commands: ["lint"] },
  { name: "color", type: "boolean", description: "Colour text output (default: on a terminal, unless NO_COLOR is set; --no-color never)", commands: ["lint"] },
  { name: "quiet", aliases: ["q"], type: "boolean", default: false, description: "Report errors only", commands: ["lint"] },
  { name: "verbose", type: "boolean", description: "Say which files a folder search skipped, and why", commands: ["lint"] },
  {
    name: "jobs",
    type: "number",
    valueName: "N",
    description: `Worker threads for ${PARALLEL_MIN_FILES} files or more (default: the number of cores; 1 lints in one thread)`,
    commands: ["lint"]
  },
  { name: "covers", type: "string", valueName: "ID", description: "Show which rule covers a hadolint or BuildKit check (e.g. DL3008)", commands: ["rules"] },
  { name: "format", aliases: ["f"], type: "string", choices: ["text", "json"], default: "text", valueName: "FORMAT", description: "Output format", commands: ["rules"] },
  { name: "force", type: "boolean", default: false, description: "Overwrite an existing .dlintrc.yaml", commands: ["migrate"] },
  { name: "stdout", type: "boolean", default: false, description: "Print the converted config instead of writing it", commands: ["migrate"] },
  { name: "stdio", type: "boolean", default: true, description: "Speak LSP over stdin/stdout (the only transport)", commands: ["lsp"] },
  { name: "help", aliases: ["h"], type: "boolean", description: "Show this help", commands: "all" },
  { name: "version", type: "boolean", description: "Show the version number", commands: "all" }
];
function optionsOf(command) {
  return OPTIONS.filter((o) => o.commands === "all" || o.commands.includes(command));
}

// src/cli/args.ts
var UsageError = class extends Error {
};
function errorLines(message) {
  return message.split("\n").map((l) => `dlint: ${l}
`).join("");
}
var ParsedArgs = class {
  constructor(command, operands, values) {
    this.command = command;
    this.operands = operands;
    this.values = values;
  }
  command;
  operands;
  values;
  string(name) {
    return this.get(name, "string");
  }
  strings(name) {
    return this.get(name, "object") ?? [];
  }
  flag(name) {
    return this.get(name, "boolean");
  }
  number(name) {
    return this.get(name, "number");
  }
  get(name, type) {
    const value = this.values.get(name);
    if (value !== void 0 && typeof value !== type) throw new Error(`option ${name} is read as a ${type} but holds ${JSON.stringify(value)}`);
    return value;
  }
};
var LEXICON = {};
for (const o of OPTIONS) {
  const type = o.type === "boolean" ? "boolean" : "string";
  const known = LEXICON[o.name];
  if (known && known.type !== type) throw new Error(`option --${o.name} is both a ${known.type} and a ${type}`);
  const short = o.aliases?.find((a) => a.length === 1);
  LEXICON[o.name] = short ? { type, short } : { type };
  for (const alias of o.aliases ?? []) if (alias.length > 1) LEXICON[alias] = { type };
}
function parseCommandLine(argv) {
  const { tokens } = parseArgs({ args: kebabCase(argv), options: LEXICON, strict: false, allowPositionals: true, tokens: true });
  const first = tokens.find((t) => t.kind === "positional" || t.kind === "option-terminator");
  const named = first?.kind === "positional" ? COMMANDS.find((c) => c.name !== "lint" && c.name === first.value) : void 0;
  const command = named ?? COMMANDS.find((c) => c.name === "lint");
  const specs = optionsOf(command.name);
  const values = /* @__PURE__ */ new Map();
  const operands = [];
  const errors = [];
  for (const token of tokens) {
    if (token.kind === "positional") {
      if (!(named && token === first)) operands.push(token.value);
      continue;
    }
    if (token.kind === "option-terminator") continue;
    const found = resolve(token.name, specs);
    if (!found) {
      if (!command.lenient) errors.push(unknownOption(token.rawName, token.name, command));
      continue;
    }
    const { spec, negated } = found;
    const error = setValue(values, spec, negated, token.rawName.startsWith("--") ? token.rawName : `--${spec.name}`, token.value, token.inlineValue === true);
    if (error) errors.push(error);
  }
  if (values.get("help") === true) return { kind: "help", command };
  if (values.get("version") === true) return { kind: "version" };
  if (errors.length === 0 && !command.lenient) errors.push(...operandErrors(command, operands));
  if (errors.length > 0) throw new UsageError(errors.join("\n"));
  for (const spec of specs) if (spec.default !== void 0 && !values.has(spec.name)) values.set(spec.name, spec.multiple ? [spec.default] : spec.default);
  return { kind: "run", args: new ParsedArgs(command, operands, values) };
}
function kebabCase(argv) {
  const end = argv.indexOf("--");
  return argv.map((arg, i) => {
    const m = /^--([a-z]+[A-Z][A-Za-z]*)(=.*)?$/s.exec(arg);
    if (!m || end >= 0 && i > end) return arg;
    const kebab = m[1].replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const name = kebab.startsWith("no-") ? kebab.slice(3) : kebab;
    return Object.hasOwn(LEXICON, name) ? `--${kebab}${m[2] ?? ""}` : arg;
  });
}
function resolve(name, specs) {
  const spec = specs.find((o) => o.name === name || o.aliases?.includes(name));
  if (spec) return { spec, negated: false };
  const positive = name.startsWith("no-") ? specs.find((o) => o.type === "boolean" && o.name === name.slice(3)) : void 0;
  return positive ? { spec: positive, negated: true } : null;
}
function setValue(values, spec, negated, shown, value, inline) {
  if (spec.type === "boolean") {
    if (value !== void 0 && (negated || value !== "true" && value !== "false")) return `${shown} takes no value`;
    values.set(spec.name, value === void 0 ? !negated : value === "true");
    return null;
  }
  if (value === void 0 || !inline && value.startsWith("-") && value !== "-") {
    return `${shown} needs a value${spec.valueName ? ` (${spec.valueName})` : ""}${value === void 0 ? "" : `; to give one that starts with -, write --${spec.name}=${value}`}`;
  }
  if (spec.choices && !spec.choices.includes(value)) {
    const hint = nearest(value, spec.choices);
    return `${shown} ${value}: choose one of ${spec.choices.join(", ")}${hint ? `; did you mean ${hint}?` : ""}`;
  }
  if (spec.type === "number") {
    if (!/^[1-9]\d*$/.test(value)) return `${shown} ${value}: expected a whole number, 1 or more`;
    values.set(spec.name, Number(value));
  } else if (spec.multiple) {
    const given = values.get(spec.name);
    values.set(spec.name, Array.isArray(given) ? [...given, value] : [value]);
  } else values.set(spec.name, value);
  return null;
}
function unknownOption(rawName, name, command) {
  const elsewhere = COMMANDS.filter((c) => c !== command && resolve(name, optionsOf(c.name)));
  if (elsewhere.length > 0 && rawName.startsWith("--")) return `${rawName} is an option of ${elsewhere.map(commandLine).join(" and ")}, not of ${commandLine(command)}`;
  const names = optionsOf(command.name).flatMap((o) => [o.name, ...(o.aliases ?? []).filter((a) => a.length > 1), ...o.type === "boolean" ? [`no-${o.name}`] : []]);
  const hint = rawName.startsWith("--") ? nearest(name, names) : null;
  return `unknown option ${rawName}${hint ? `; did you mean --${hint}?` : ""} (${command.name === "lint" ? "dlint" : `dlint ${command.name}`} --help lists the options)`;
}
function commandLine(command) {
  return command.name === "lint" ? "linting (dlint [paths..])" : `dlint ${command.name}`;
}
function operandErrors(command, operands) {
  if (command.operands === "one" && operands.length === 0) return [`${command.name} needs an argument: dlint ${command.usage}`];
  const allowed = { none: 0, optional: 1, one: 1, many: Infinity }[command.operands];
  if (operands.length > allowed) return [`${command.name} takes ${allowed === 0 ? "no arguments" : "one argument"}; unexpected ${operands.slice(allowed).join(" ")}`];
  return [];
}

export {
  COMMANDS,
  optionsOf,
  UsageError,
  errorLines,
  parseCommandLine
};
