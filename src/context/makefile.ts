/**
 * What a `make` run does, read from the project's Makefile: the recipes of the goals it is given and of everything
 * they depend on, and the variables those recipes read. Enough to tell whether the run reads the git repository or
 * compiles Go. Not a make: conditionals are read as if every branch were taken, rules made by `$(eval …)` are not seen.
 */
import path from 'node:path';
import { GO_BUILDVCS_OFF, RUNS_GIT_READ } from '../knowledge/git-versions.js';

type Op = '=' | ':=' | '::=' | ':::=' | '?=' | '+=' | '!=';

interface MakeAssignment {
  name: string;
  op: Op;
  value: string;
  /** `override NAME = …`: a value given on make's command line does not replace it. */
  override: boolean;
  /** `target: NAME = …`: only for that target's recipes (read here as if for all). */
  targetSpecific: boolean;
}

interface MakeRule {
  /** The targets as written (variables unexpanded). */
  targets: string;
  prerequisites: string;
  recipe: string[];
}

interface Makefile {
  assignments: MakeAssignment[];
  rules: MakeRule[];
}

/** How make is run: `make V=1 bin/step-ca` with an environment. */
export interface MakeCall {
  /** The targets on the command line; none for the default goal. */
  goals: readonly string[];
  /** `NAME=value` words of the command line: they replace the Makefile's own assignments (not `override` ones). */
  overrides: ReadonlyMap<string, string>;
  /** Variables of the environment make runs in (ENV, ARG, prefix assignments): a `NAME ?= …` keeps their value. */
  environment: ReadonlyMap<string, string>;
}

export interface MakeRun {
  /** A recipe the run reaches runs git on the repository, or reads a variable whose value does (`$(shell git describe)`). */
  readsGit: boolean;
  /** A recipe the run reaches compiles the local Go module (`go build`, `go install ./…`) without `-buildvcs=false`. */
  buildsGo: boolean;
  /**
   * The programs the reached recipes start (`cargo` of `build: ; cargo $(CARGO_EXTENSION) build`), by base name: the
   * first word of each command of a recipe line, its `@`, `-`, `+` prefix and `NAME=value` assignments skipped.
   */
  programs: ReadonlySet<string>;
}

export const MAKEFILE_NAMES = ['GNUmakefile', 'makefile', 'Makefile'];
const CONDITIONAL = /^(?:ifeq|ifneq|ifdef|ifndef|else|endif)\b/;
const ASSIGNMENT = /^((?:(?:override|export|private|unexport)\s+)*)([A-Za-z_.][\w.-]*)\s*(:::=|::=|:=|\?=|\+=|!=|=)\s*(.*)$/s;
const DEFINE = /^((?:(?:override|export|private)\s+)*)define\s+([A-Za-z_.][\w.-]*)\s*(:::=|::=|:=|\?=|\+=|!=|=)?\s*$/;
const INCLUDE = /^(?:-|s)?include\s+(.+)$/;
/** A simple variable reference (`$(NAME)`, `${NAME}`, `$V`); function calls (`$(shell …)`) are left as written. */
const SIMPLE_REF = /\$(?:\(([A-Za-z_.][\w.-]*)\)|\{([A-Za-z_.][\w.-]*)\}|([A-Za-z_]))/g;
/** Every variable a text names: `$(NAME)`, `$(NAME:.c=.o)`, `$V`, `$(call NAME,…)`, and function names (harmless). */
const ANY_REF = /\$[({]\s*([A-Za-z_.][\w.-]*)|\$([A-Za-z_])|\$[({](?:call|value)\s+([A-Za-z_.][\w.-]*)/g;
/** A `go build`/`go install` in a recipe; `go install pkg@version` installs another module, not the local one. */
const GO_BUILD = /(?:^|[\s;&|(])go\s+(?:-C\s+\S+\s+)?(?:build|install)\b([^;&|]*)/g;
const SUB_MAKE = /(?:^|[\s;&|(])(?:make|gmake)((?:\s+[^\s;&|)]+)*)/g;
const MAX_INCLUDE_DEPTH = 3;
const MAX_TARGETS = 400;
const MAX_EXPANSION_DEPTH = 12;

/** The Makefile make reads in `dir` of the context (or `file`, its `-f`), with what it includes; null when there is none. */
function readMakefile(read: (relPath: string) => string | null, dir: string, file: string | null): Makefile | null {
  const names = file !== null ? [file] : MAKEFILE_NAMES;
  for (const name of names) {
    const text = read(joinRel(dir, name));
    if (text === null) continue;
    const out: Makefile = { assignments: [], rules: [] };
    parseInto(out, text, read, dir, 0);
    return out;
  }
  return null;
}

function joinRel(dir: string, name: string): string {
  return path.posix.normalize(path.posix.join(dir || '.', name)).replace(/^\.\/?$/, '');
}

/** The first character passing `test` outside parentheses and braces (the `:` of `$(V:a=b)` is no rule's). */
function topLevelIndex(text: string, test: (ch: string, next: string) => boolean): number {
  let depth = 0;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (ch === '(' || ch === '{') depth++;
    else if ((ch === ')' || ch === '}') && depth > 0) depth--;
    else if (depth === 0 && test(ch, text[k + 1] ?? '')) return k;
  }
  return -1;
}

function stripComment(line: string): string {
  const hash = line.search(/(?<!\\)#/);
  return hash < 0 ? line : line.slice(0, hash);
}

function parseInto(out: Makefile, text: string, read: (relPath: string) => string | null, dir: string, depth: number): void {
  const lines = text.split(/\r?\n/);
  let rule: MakeRule | null = null;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    while (line.endsWith('\\') && i + 1 < lines.length) line = `${line.slice(0, -1)} ${lines[++i]!.trimStart()}`;
    // A tab-led line after a rule is its recipe; blank lines, comments and conditionals do not end the rule.
    if (rule && line.startsWith('\t')) {
      rule.recipe.push(line.slice(1));
      continue;
    }
    const body = stripComment(line).trim();
    if (!body || CONDITIONAL.test(body)) continue;
    rule = null;
    const def = DEFINE.exec(body);
    if (def) {
      const value: string[] = [];
      while (i + 1 < lines.length && !/^\s*endef\b/.test(lines[i + 1]!)) value.push(lines[++i]!);
      i++;
      out.assignments.push({ name: def[2]!, op: (def[3] ?? '=') as Op, value: value.join('\n'), override: /\boverride\b/.test(def[1]!), targetSpecific: false });
      continue;
    }
    const include = INCLUDE.exec(body);
    if (include) {
      if (depth >= MAX_INCLUDE_DEPTH) continue;
      const names = new Variables(out.assignments, new Map(), new Map()).expand(include[1]!).split(/\s+/);
      for (const name of names) {
        if (!name || /[$*?[]/.test(name)) continue;
        const included = read(joinRel(dir, name));
        if (included !== null) parseInto(out, included, read, dir, depth + 1);
      }
      continue;
    }
    const assignment = ASSIGNMENT.exec(body);
    if (assignment) {
      out.assignments.push({ name: assignment[2]!, op: assignment[3] as Op, value: assignment[4]!, override: /\boverride\b/.test(assignment[1]!), targetSpecific: false });
      continue;
    }
    // `targets: prerequisites ; recipe`, `targets:: …`, `targets: pattern: prerequisites` (a static pattern rule).
    const colon = topLevelIndex(body, (ch, next) => ch === ':' && next !== '=');
    if (colon < 0) continue;
    let rest = body.slice(colon + 1).replace(/^:(?!=)/, '');
    const recipe: string[] = [];
    const semicolon = topLevelIndex(rest, (ch) => ch === ';');
    if (semicolon >= 0) {
      recipe.push(rest.slice(semicolon + 1));
      rest = rest.slice(0, semicolon);
    }
    const targetSpecific = ASSIGNMENT.exec(rest.trim());
    if (targetSpecific) {
      out.assignments.push({ name: targetSpecific[2]!, op: targetSpecific[3] as Op, value: targetSpecific[4]!, override: /\boverride\b/.test(targetSpecific[1]!), targetSpecific: true });
      continue;
    }
    const pattern = topLevelIndex(rest, (ch, next) => ch === ':' && next !== '=');
    if (pattern >= 0) rest = rest.slice(pattern + 1);
    rule = { targets: body.slice(0, colon), prerequisites: rest, recipe };
    out.rules.push(rule);
  }
}

/**
 * The Makefile's variables as make would give them at the end of reading it (every conditional branch read in
 * order), the command line's and the environment's values first.
 */
class Variables {
  private readonly values = new Map<string, { value: string; recursive: boolean }>();
  /** Recursive variables' expanded values, once all assignments are read. */
  private readonly expanded = new Map<string, string>();

  constructor(assignments: readonly MakeAssignment[], overrides: ReadonlyMap<string, string>, environment: ReadonlyMap<string, string>) {
    for (const [name, value] of environment) this.values.set(name, { value, recursive: false });
    for (const [name, value] of overrides) this.values.set(name, { value, recursive: false });
    for (const a of assignments) {
      if (a.targetSpecific || (overrides.has(a.name) && !a.override)) continue;
      this.expanded.clear();
      const current = this.values.get(a.name);
      // `NAME != command` is the command's output: kept as the `$(shell …)` it amounts to.
      const value = a.op === '!=' ? `$(shell ${a.value})` : a.value;
      if (a.op === '?=') {
        if (!current) this.values.set(a.name, { value, recursive: true });
      } else if (a.op === '+=') {
        const added = current && !current.recursive ? this.expand(value) : value;
        this.values.set(a.name, { value: current ? `${current.value} ${added}` : added, recursive: current?.recursive ?? true });
      } else if (a.op === '=' || a.op === '!=') {
        this.values.set(a.name, { value, recursive: true });
      } else {
        this.values.set(a.name, { value: this.expand(value), recursive: false });
      }
    }
  }

  /** The text with its simple variable references replaced by their values; function calls stay as written, `$$` is `$`. */
  expand(text: string): string {
    return this.expandEscaped(text, 0, new Set()).replace(/\u0000/g, '$');
  }

  /** expand, `$$` kept as U+0000 until the end; a recursive variable's value is expanded once (a cycle gives ''). */
  private expandEscaped(text: string, depth: number, expanding: Set<string>): string {
    return text.replace(/\$\$/g, '\u0000').replace(SIMPLE_REF, (_whole: string, paren?: string, brace?: string, letter?: string) => {
      const name = (paren ?? brace ?? letter)!;
      const v = this.values.get(name);
      if (!v) return '';
      if (!v.recursive) return v.value.replace(/\$\$/g, '\u0000');
      let done = this.expanded.get(name);
      if (done === undefined) {
        if (depth >= MAX_EXPANSION_DEPTH || expanding.has(name)) return '';
        expanding.add(name);
        done = this.expandEscaped(v.value, depth + 1, expanding);
        expanding.delete(name);
        this.expanded.set(name, done);
      }
      return done;
    });
  }
}

/** The names a text refers to, `$$` (the shell's `$`) left out. */
function referencedNames(text: string): string[] {
  const names: string[] = [];
  for (const m of text.replace(/\$\$/g, '').matchAll(ANY_REF)) names.push((m[1] ?? m[2] ?? m[3])!);
  return names;
}

/**
 * The command line of a make run (the words after `make`): its goals, its `NAME=value` overrides and the folder (`-C`)
 * and file (`-f`) it reads; null when an option's value cannot be read.
 */
export function readMakeArguments(words: readonly string[]): { goals: string[]; overrides: Map<string, string>; directory: string | null; file: string | null } | null {
  const goals: string[] = [];
  const overrides = new Map<string, string>();
  let directory: string | null = null;
  let file: string | null = null;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const long = /^--(directory|file|makefile)(?:=(.*))?$/.exec(w);
    const short = /^-([Cf])(.*)$/.exec(w);
    if (long || short) {
      const value = long ? (long[2] ?? words[++k]) : short![2] || words[++k];
      if (value === undefined) return null;
      if ((long ? long[1] : short![1]) === 'C' || long?.[1] === 'directory') directory = directory === null ? value : path.posix.join(directory, value);
      else file = value;
    } else if (/^-[IoW]$/.test(w)) k++;
    else if (/^-[jl]$/.test(w)) {
      if (/^\d+(\.\d+)?$/.test(words[k + 1] ?? '')) k++;
    } else if (w.startsWith('-')) continue;
    else if (/^[A-Za-z_.][\w.-]*:{0,3}=/.test(w)) {
      const eq = w.indexOf('=');
      overrides.set(w.slice(0, eq).replace(/:+$/, ''), w.slice(eq + 1));
    } else goals.push(w);
  }
  return { goals, overrides, directory, file };
}

/**
 * What a `make` run in `dir` of the context does: the rules of its goals (the default goal when none is named: the
 * first target that is neither a pattern nor starts with `.`, or `.DEFAULT_GOAL`), their prerequisites' rules and the
 * goals their recipes pass to a `$(MAKE)` of the same Makefile, all followed; then their recipes and the variables
 * those read, through the variables each of their assignments reads. A `$(shell git …)` assigned to a variable that
 * no reached recipe reads is not counted, whether lazy (`=`, `?=`: never run) or immediate (`:=`: run, but its empty
 * value without `.git` reaches nothing the build makes). Null when there is no Makefile.
 */
export function makeRun(read: (relPath: string) => string | null, dir: string, file: string | null, call: MakeCall): MakeRun | null {
  const makefile = readMakefile(read, dir, file);
  if (!makefile) return null;
  const vars = new Variables(makefile.assignments, call.overrides, call.environment);
  const targetsOf = makefile.rules.map((r) => vars.expand(r.targets).split(/\s+/).filter(Boolean));
  const goals = [...call.goals];
  if (!goals.length) {
    const declared = vars.expand('$(.DEFAULT_GOAL)').trim();
    const first = declared || targetsOf.flat().find((t) => !t.includes('%') && (!t.startsWith('.') || t.includes('/')));
    if (first) goals.push(first);
  }
  // The texts make expands for the reached rules: prerequisites and recipe lines.
  const texts: string[] = [];
  const recipes: string[] = [];
  const seen = new Set<string>();
  const queue = [...goals];
  while (queue.length && seen.size < MAX_TARGETS) {
    const goal = queue.shift()!;
    if (seen.has(goal)) continue;
    seen.add(goal);
    let rules = makefile.rules.map((r, k) => ({ rule: r, stem: null as string | null, targets: targetsOf[k]! })).filter((r) => r.targets.includes(goal));
    if (!rules.some((r) => r.rule.recipe.length)) {
      // No explicit recipe: the first pattern rule that matches and has one (`bin/%: cmd/%/main.go`).
      for (const [k, r] of makefile.rules.entries()) {
        const stem = targetsOf[k]!.map((t) => patternStem(t, goal)).find((s) => s !== null);
        if (stem !== undefined && stem !== null && r.recipe.length) {
          rules = [...rules, { rule: r, stem, targets: targetsOf[k]! }];
          break;
        }
      }
    }
    for (const { rule, stem } of rules) {
      texts.push(rule.prerequisites, ...rule.recipe);
      recipes.push(...rule.recipe);
      const prerequisites = vars.expand(rule.prerequisites).split(/\s+/).filter((p) => p && p !== '|');
      queue.push(...prerequisites.map((p) => (stem === null ? p : p.replace('%', stem))));
      for (const line of rule.recipe) queue.push(...subMakeGoals(vars.expand(line.replace(/\$[({]MAKE[)}]/g, 'make'))));
    }
  }
  const expanded = texts.map((t) => vars.expand(t));
  const buildsGo = expanded.some((t) => [...t.matchAll(GO_BUILD)].some((m) => !/\S@\S/.test(m[1]!) && !GO_BUILDVCS_OFF.test(t)));
  return {
    readsGit: [...texts, ...expanded].some((t) => RUNS_GIT_READ.test(t)) || variablesReadGit(makefile, vars, texts, call),
    buildsGo: buildsGo && !GO_BUILDVCS_OFF.test(vars.expand('$(GOFLAGS)')),
    programs: new Set(recipes.flatMap((line) => recipePrograms(vars.expand(line)))),
  };
}

/** The programs a recipe line's commands start: `@cd x && cargo build` gives cd and cargo. */
function recipePrograms(line: string): string[] {
  return line
    .split(/&&|\|\||[;|&()]/)
    .map((c) => c.trim().replace(/^[@+-]+/, '').trim().split(/\s+/).filter((w) => !/^[A-Za-z_]\w*=/.test(w))[0] ?? '')
    .filter((w) => /^[\w./+-]+$/.test(w))
    .map((w) => w.split('/').pop()!)
    .filter(Boolean);
}

/** The stem of `target` under a pattern (`bin/%` and `bin/step-ca` give `step-ca`); null when it does not match. */
function patternStem(pattern: string, target: string): string | null {
  const at = pattern.indexOf('%');
  if (at < 0) return null;
  const before = pattern.slice(0, at);
  const after = pattern.slice(at + 1);
  return target.length > before.length + after.length && target.startsWith(before) && target.endsWith(after) ? target.slice(before.length, target.length - after.length) : null;
}

/** Goals a recipe line passes to a make of the same Makefile (`$(MAKE) generate build`); none for one of another folder or file. */
function subMakeGoals(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(SUB_MAKE)) {
    const args = readMakeArguments((m[1] ?? '').trim().split(/\s+/).filter(Boolean).map((w) => w.replace(/^["']|["']$/g, '')));
    if (args && args.directory === null && args.file === null) out.push(...args.goals);
  }
  return out;
}

/**
 * A variable the texts read, directly or through the variables its values read, is assigned a value that runs git on
 * the repository: every assignment of it counts (each conditional branch may be the one taken), but not one that the
 * command line replaces, nor a `?=` that the environment's value keeps from applying.
 */
function variablesReadGit(makefile: Makefile, vars: Variables, texts: readonly string[], call: MakeCall): boolean {
  const byName = new Map<string, MakeAssignment[]>();
  for (const a of makefile.assignments) byName.set(a.name, [...(byName.get(a.name) ?? []), a]);
  const seen = new Set<string>();
  const queue = texts.flatMap(referencedNames);
  while (queue.length) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const a of byName.get(name) ?? []) {
      if ((call.overrides.has(name) && !a.override) || (a.op === '?=' && call.environment.has(name))) continue;
      if (RUNS_GIT_READ.test(a.value) || RUNS_GIT_READ.test(vars.expand(a.value))) return true;
      queue.push(...referencedNames(a.value));
    }
  }
  return false;
}
