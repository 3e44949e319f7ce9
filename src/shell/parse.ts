/**
 * Parses RUN shell with dlint's bash parser (bash-parser.ts) into plain statements (shell-ast.ts) and turns
 * them into the commands and pipelines rules read.
 */
import { shellOptions } from './shell-options.js';
import type { Range } from '../types.js';
import type { Scope } from '../model/words.js';
import { type CommandInit, makeCommand, testOperands, wholeVariable } from './command.js';
import { launchedCommand, type WordContext } from './invocation.js';
import { MAX_NESTING, tooDeepAt } from './nesting.js';
import { EMPTY, orEmpty } from '../model/empty.js';
import { parseBashScript, ShellSyntaxError } from './bash-parser.js';
import type { Assign, Command, ShWord, Span, Stmt, WordPart } from './shell-ast.js';
import { LineIndex, MappedSource, rangeOf } from './source-map.js';
import type { Assignment, Binding, Expansion, NestedScript, OrElse, Pipeline, ShellScript, SimpleCommand, Statement, Word } from './types.js';
import { type Dir, resolveDir, startDir, UNKNOWN_DIR } from './workdir.js';

/** What the shell starts with: the build variables it sees and the directory it runs in. */
export interface ShellContext {
  scope: Scope;
  workdir: string | null;
}

const OP_AND = 10;
const OP_OR = 11;
const OP_PIPE = 12;
const OP_PIPE_ALL = 13;

/** Commands of an `&&` chain kept as the conditions of the commands after them. */
const MAX_CONDITIONS = 8;

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh']);

class ScriptBuilder {
  readonly commands: SimpleCommand[] = [];
  readonly pipelines: Pipeline[] = [];
  readonly nestedScripts: NestedScript[] = [];
  private pipefail = false;
  /** `set -e` is in force in this shell (not a subshell of it). */
  errexit = false;
  /** Names this shell (not a subshell of it) assigns with bare `X=1` statements. */
  readonly assigned: string[] = [];
  /** Values the script gives variables, in any of its shells. */
  readonly bindings: Binding[] = [];
  /** The commands of each `$(…)` being visited, innermost last: a command belongs to the innermost only. */
  private readonly substFrames: SimpleCommand[][] = [];
  /** Each visited substitution's own commands, for the expansions of its word. */
  private readonly substCommands = new WeakMap<WordPart, SimpleCommand[]>();
  /** How many subshells (`( … )`, `$(…)`, pipeline members, `&`) enclose the current node. */
  private subshells: number;
  /** How many enclosing `$(…)` have an exit status no command sees (an argument's, not a bare assignment's). */
  private discarded = 0;
  /**
   * For each enclosing and-or operand whose failure a later `|| true` throws away, the subshell depth it is at: an
   * `exit` of that same shell escapes it, one of a subshell inside it does not.
   */
  private orDiscards: number[] = [];
  /** The variable a bare assignment (`X="$(…)"`) is giving the output of the `$(…)` being read. */
  private assigning: string | null = null;
  /** That assignment is followed by another statement of its list: its status is only `$?` to the next one. */
  private assigningUnused = false;
  /** The statement about to be visited is a bare assignment followed by another statement of its list. */
  private nextAssignmentUnused = false;
  /**
   * The status of the statement being visited is only `$?` to a later one: it is followed in its list, or is the last
   * of an `if` branch whose `if` is (Pipeline.statusUnused). Conditions, `&&`/`||` operands but the last, negations,
   * pipeline members, loops, groups and substitutions see their statuses.
   */
  private unseen = false;
  /** The directory the next command runs in. */
  private cwd: Dir;
  /** The commands whose success the next command needs to run (SimpleCommand.runsIf). */
  private runsIf: readonly SimpleCommand[] = EMPTY;
  /** How many compound commands of this shell (`{ …; }`, `if`, loops, `case`) enclose the current node. */
  private compound = 0;
  /** What a failure of a simple command that is a whole and-or operand runs (SimpleCommand.orElse), until call() reads it. */
  private nextOrElse: { call: Command; orElse: OrElse } | null = null;
  private readonly dirStack: Dir[] = [];
  /** Where the last `cd` left from (bash's `OLDPWD`), for `cd -`. */
  private previousDir: Dir = UNKNOWN_DIR;
  /** The first parse error of a nested `sh -c` body (reported for exec-form instructions, whose body is the script). */
  nestedError: ShellScript['error'] = null;
  /** Building an exec-form instruction's command. */
  execForm = false;

  constructor(
    private readonly source: MappedSource,
    private readonly lines: LineIndex,
    private readonly depth: number,
    private readonly words: WordContext | null,
    cwd: Dir,
  ) {
    this.subshells = depth > 0 ? 1 : 0;
    this.cwd = cwd;
  }

  /** A subshell's `cd` does not reach the commands after it. */
  private inSubshell(yes: boolean, visit: () => void): void {
    const cwd = this.cwd;
    if (yes) this.subshells++;
    try {
      visit();
    } finally {
      if (yes) {
        this.subshells--;
        this.cwd = cwd;
      }
    }
  }

  private command_(init: Omit<CommandInit, 'context' | 'cwd' | 'subshell'>): SimpleCommand {
    // Field by field: spreading `init`, whose shape varies by caller, was a slow generic copy on every command.
    const { argv, assignments, redirects, stdout, range, wrappedBy, launchers, pipelineIndex, orElse } = init;
    return makeCommand({ argv, assignments, redirects, stdout, range, wrappedBy, launchers, pipelineIndex, subshell: this.subshells > 0, cwd: this.cwd, runsIf: this.runsIf, orElse, context: this.words });
  }

  /** Visits statements that run only when `conditions` succeed (an `if` body, the rest of an `&&` chain). */
  private onSuccessOf(conditions: readonly SimpleCommand[], visit: () => void): void {
    const outer = this.runsIf;
    if (conditions.length) this.runsIf = [...outer, ...conditions];
    try {
      visit();
    } finally {
      this.runsIf = outer;
    }
  }

  /**
   * The commands visiting `stmts` adds; those of a negated last statement, an `||` in it, or an `if` or loop (which
   * succeeds whether its test passed or not: `if [ -f x ]; then …; fi && cd /y`) are not its success.
   */
  private succeeding(stmts: readonly Stmt[], visit: () => void): SimpleCommand[] {
    const from = this.commands.length;
    visit();
    const last = stmts[stmts.length - 1];
    const branching = last?.cmd?.kind === 'Group' && (last.cmd.branches !== undefined || last.cmd.loop !== undefined);
    return last && !last.negated && !hasOr(last) && !branching ? this.commands.slice(from) : [];
  }

  private range(span: Span): Range {
    return rangeOf(this.source, this.lines, span.start, span.end);
  }

  private slice(span: Span): string {
    return this.source.text.slice(span.start, span.end);
  }

  /** A top-level statement as rules see it. */
  statement(stmt: Stmt): Statement {
    return { range: endKnown(stmt) ? this.range(stmt) : null, background: stmt.background, or: hasOr(stmt) };
  }

  stmts(list: Stmt[]): void {
    this.list(list);
  }

  /** Statements run one after the other: the status of each but the last is only `$?` to the next. */
  private list(stmts: readonly Stmt[], pipelineIndex = -1, pipeline: SimpleCommand[] | null = null): void {
    const outer = this.unseen;
    try {
      stmts.forEach((s, i) => {
        this.unseen = i < stmts.length - 1 || outer;
        this.stmt(s, pipelineIndex, pipeline, i < stmts.length - 1);
      });
    } finally {
      this.unseen = outer;
    }
  }

  /** Visits statements whose status a command sees (a condition, an operand of `&&`): none is unseen. */
  private seen(visit: () => void): void {
    const outer = this.unseen;
    this.unseen = false;
    try {
      visit();
    } finally {
      this.unseen = outer;
    }
  }

  /** A pipeline member that is a group (`( … ) | gzip`) passes its place in the pipeline to the commands inside. */
  private stmt(stmt: Stmt, pipelineIndex = -1, pipeline: SimpleCommand[] | null = null, followed = false): void {
    for (const r of stmt.redirs) if (r.word) this.substitutions(r.word.parts, true);
    let redirects: readonly Word[] = EMPTY;
    // The last redirection of standard output is where it goes (`> a > b` writes b).
    let stdout: Word | null = null;
    if (stmt.redirs.length) {
      const words: Word[] = [];
      for (const r of stmt.redirs) {
        if (!r.word) continue;
        const word = this.word(r.word);
        words.push(word);
        if (r.stdout) stdout = word;
      }
      redirects = orEmpty(words);
    }
    // Read by call() before anything else is visited.
    this.nextAssignmentUnused = followed && !stmt.negated && stmt.cmd?.kind === 'Call' && stmt.cmd.args.length === 0;
    const visit = () => this.inSubshell(stmt.background, () => this.command(stmt.cmd, pipelineIndex, pipeline, redirects, stdout));
    if (stmt.negated) this.seen(visit);
    else visit();
    this.shellHeredoc(stmt);
  }

  /** `bash <<EOF … EOF` (as in `RUN <<EOF bash -ex`): the here-document is the script the shell runs. */
  private shellHeredoc(stmt: Stmt): void {
    const body = stmt.redirs.find((r) => r.hdoc)?.hdoc;
    if (!body || this.depth > 3 || stmt.cmd?.kind !== 'Call' || !stmt.cmd.args.length) return;
    const argv = stmt.cmd.args.map((w) => this.word(w));
    const shell = argv[0]!.literal ? argv[0]!.value.split('/').pop()! : '';
    if (!SHELLS.has(shell) || argv.some((w) => /^-[a-z]*c[a-z]*$/.test(w.value))) return;
    const nested = this.nested(this.source.slice(body.start, body.end));
    for (const c of nested.commands) this.commands.push({ ...c, wrappedBy: c.wrappedBy ?? shell });
    this.bindings.push(...nested.bindings);
    this.pipelines.push(...this.orDiscarded(nested.pipelines));
    this.nestedScripts.push({ shell, source: nested.source, errexit: shellOptions(literalValues(argv.slice(1))).errexit, exported: stmt.cmd.assigns.flatMap((a) => (a.name ? [a.name] : [])) }, ...nested.nested);
  }

  /** Collects the commands of `cmd`; pipelineIndex is its place in an enclosing pipeline. */
  private command(cmd: Command | null, pipelineIndex: number, pipeline: SimpleCommand[] | null, redirects: readonly Word[] = EMPTY, stdout: Word | null = null): void {
    if (!cmd) return;
    switch (cmd.kind) {
      case 'Call':
        this.call(cmd.assigns, cmd.args, cmd, pipelineIndex, pipeline, redirects, stdout);
        return;
      case 'Binary':
        if (isPipe(cmd.op)) {
          const members = chainOf(cmd, isPipe).operands;
          const pipelineCommands: SimpleCommand[] = [];
          const unseen = this.unseen;
          this.seen(() => this.inSubshell(true, () =>
            members.forEach((s, i) => this.stmt(s, i, pipelineCommands)),
          ));
          const discarded = this.discarded > 0;
          const assignedTo = discarded ? null : this.assigning;
          this.pipelines.push({
            commands: pipelineCommands,
            range: this.range(cmd),
            pipefail: this.pipefail,
            statusDiscarded: discarded || this.orDiscards.length > 0,
            assignedTo,
            assignmentStatusUnused: assignedTo !== null && this.assigningUnused,
            statusUnused: unseen && !discarded && assignedTo === null,
          });
        } else if (isAndOr(cmd.op)) {
          // `a && b`: b runs only if a succeeded; after the first `||` no operand's success is certain.
          const { operands, ops } = chainOf(cmd, isAndOr);
          let before: SimpleCommand[] | null = [];
          for (let i = 0; i < operands.length; i++) {
            const s = operands[i]!;
            if (i > 0 && ops[i - 1] === OP_OR) before = null;
            const operand = () => this.onSuccessOf(before ?? EMPTY, () => this.andOrOperand(s, fallbackAfter(i, operands, ops), pipelineIndex, pipeline));
            // Only the last operand's status is the list's.
            const made = this.succeeding([s], () => (i < operands.length - 1 ? this.seen(operand) : operand()));
            // The nearest conditions are enough (a test guards the command after it): a long chain stays linear.
            if (before) before = s.negated ? null : [...before, ...made].slice(-MAX_CONDITIONS);
          }
        }
        return;
      case 'Group':
        // Counted for SimpleCommand.orElse (a list inside one is no statement of the script); no call frame is added.
        this.compound++;
        try {
          if (cmd.loop) {
            const { name, items } = cmd.loop;
            if (items.length === 0) this.bindings.push({ name, value: null, loop: true });
            for (const item of items) this.bindings.push({ name, value: this.word(item), loop: true });
          }
          if (cmd.branches) {
            // `if c; then b; fi`: b runs only if c succeeded; `else` and the `elif`s after a failed test have no such condition.
            for (const { cond, body } of cmd.branches.conditional) {
              const made = this.succeeding(cond, () => this.seen(() => this.list(cond, pipelineIndex, pipeline)));
              this.onSuccessOf(made, () => this.list(body, pipelineIndex, pipeline));
            }
            this.list(cmd.branches.orElse, pipelineIndex, pipeline);
            return;
          }
          // A `while` condition's or a `case` item's last statement gives the loop or the case its status.
          this.seen(() => this.inSubshell(cmd.subshell, () => (cmd.joined ? cmd.stmts.forEach((s) => this.stmt(s, pipelineIndex, pipeline)) : this.list(cmd.stmts, pipelineIndex, pipeline))));
          return;
        } finally {
          this.compound--;
        }
      case 'Decl': {
        // `export X=1`, `declare -r Y`: a command named by its keyword, one word per assignment.
        // `export X="$(…)"` has export's status, not the substitution's.
        for (const a of cmd.assigns) if (a.value) this.substitutions(a.value.parts, true);
        const keyword: Word = { value: cmd.variant.value, literal: true, quoted: false, range: this.range(cmd.variant) };
        const words = cmd.assigns.map((a): Word => {
          const value = a.value ? this.word(a.value) : null;
          const text = a.name === null ? (value?.value ?? '') : a.value ? `${a.name}=${value!.value}` : this.slice(a);
          return { value: text, literal: value?.literal ?? true, quoted: value?.quoted ?? false, range: this.range(a), expansions: value?.expansions ?? [] };
        });
        const assignments = cmd.assigns.filter((a) => a.name !== null && a.value).map((a) => ({ name: a.name!, value: this.word(a.value!).value }));
        for (const a of cmd.assigns) {
          if (a.name !== null && a.value) this.bindings.push({ name: a.name, value: this.word(a.value), loop: false });
          else if (a.name !== null && a.elements) this.bindings.push({ name: a.name, value: this.emptyWord(a), loop: false, elements: a.elements.map((e) => this.word(e)) });
        }
        this.add(this.command_({ argv: [keyword, ...words], assignments, range: this.range(cmd), pipelineIndex }), pipeline);
        return;
      }
      default:
        return;
    }
  }

  /**
   * An operand of an and-or list, given the operand its failure runs (the first after a later `||`). When that one
   * succeeds whatever happens (`|| true`, `|| :`, `|| exit 0`, `|| echo …`) and nothing after it fails on purpose,
   * the failure is thrown away, pipefail or not (`a | b && c || true` too: `||` catches b's or c's failure alike).
   * When it exits the shell (`|| exit 1`), the failure ends the shell past any `|| true` around it in that shell.
   */
  private andOrOperand(stmt: Stmt, fallback: { stmt: Stmt; rest: Stmt[] } | null, pipelineIndex: number, pipeline: SimpleCommand[] | null): void {
    const outer = this.orDiscards;
    const outcome = fallback ? statusOf(fallback.stmt) : null;
    const failsAfter = fallback?.rest.some((s) => ['fails', 'exits'].includes(statusOf(s) ?? ''));
    if (outcome === 'succeeds' && !failsAfter) this.orDiscards = [...outer, this.subshells];
    else if (outcome === 'exits') this.orDiscards = outer.filter((depth) => depth < this.subshells);
    // A simple command that is the whole operand: its failure is the operand's. A failing fallback fails the list only
    // when it is the list's last operand, and that is the statement's failure only at the script's top level.
    if (stmt.cmd?.kind === 'Call' && !stmt.negated) {
      const topLevel = this.subshells === 0 && this.compound === 0 && fallback?.rest.length === 0;
      const orElse = outcome === 'exits' ? 'exits' : outcome === 'fails' && topLevel ? 'fails' : outcome === 'succeeds' && !failsAfter ? 'succeeds' : null;
      this.nextOrElse = orElse ? { call: stmt.cmd, orElse } : null;
    }
    try {
      this.stmt(stmt, pipelineIndex, pipeline);
    } finally {
      this.orDiscards = outer;
    }
  }

  private call(assigns: readonly Assign[], words: ShWord[], span: Span, pipelineIndex: number, pipeline: SimpleCommand[] | null, redirects: readonly Word[], stdout: Word | null): void {
    const unused = this.nextAssignmentUnused;
    this.nextAssignmentUnused = false;
    // Not a command of a substitution in the operand's redirections or words, visited before it.
    const orElse = this.nextOrElse?.call === span ? this.nextOrElse.orElse : null;
    if (orElse) this.nextOrElse = null;
    const assignments: Assignment[] = [];
    for (const a of assigns) {
      if (a.name) assignments.push({ name: a.name, value: a.value ? this.word(a.value).value : '' });
    }
    // Substitutions run before the command itself: their commands come first.
    // A bare assignment's status is that of its last substitution; with a command, the command's status counts.
    for (const a of assigns) {
      if (!a.value) continue;
      const outer = this.assigning;
      const outerUnused = this.assigningUnused;
      this.assigning = words.length === 0 ? a.name : null;
      this.assigningUnused = words.length === 0 && unused;
      try {
        this.substitutions(a.value.parts, words.length > 0);
      } finally {
        this.assigning = outer;
        this.assigningUnused = outerUnused;
      }
    }
    for (const w of words) this.substitutions(w.parts, true);
    const argv = words.map((w) => this.word(w));
    if (argv.length) this.add(this.command_({ argv, assignments, redirects, stdout, range: this.range(span), pipelineIndex, orElse }), pipeline);
    else {
      if (this.subshells === 0) this.assigned.push(...assignments.map((a) => a.name));
      for (const a of assigns) {
        if (!a.name) continue;
        const elements = a.elements ? { elements: a.elements.map((e) => this.word(e)) } : {};
        this.bindings.push({ name: a.name, value: a.value ? this.word(a.value) : this.emptyWord(span), loop: false, ...elements });
      }
    }
  }

  add(cmd: SimpleCommand, pipeline: SimpleCommand[] | null): void {
    this.commands.push(cmd);
    this.substFrames[this.substFrames.length - 1]?.push(cmd);
    // `read X`: a value the script cannot tell.
    if (cmd.name === 'read') for (const w of cmd.invocation.operands) if (/^[A-Za-z_]\w*$/.test(w.value)) this.bindings.push({ name: w.value, value: null, loop: false });
    pipeline?.push(cmd);
    if (cmd.name === 'set' && shellOptions(cmd.args.map((w) => w.value)).pipefail) this.pipefail = true;
    if (cmd.name === 'set' && cmd.wrappedBy === null && this.subshells === 0) this.errexit = shellOptions(cmd.args.map((w) => w.value), { errexit: this.errexit, pipefail: false }).errexit;
    const launched = launchedCommand(cmd);
    if (launched) {
      const first = launched.argv[0]!;
      const inner = this.command_({
        argv: launched.argv,
        // The launched program inherits the launcher's environment (`PORT=1 env X=2 uvicorn …`).
        assignments: [...cmd.assignments, ...launched.assignments],
        // `python3 -m pip install` is one command: it starts at the interpreter.
        range: { start: launched.module ? cmd.range.start : first.range.start, end: cmd.range.end },
        wrappedBy: cmd.name ?? cmd.argv[0]!.value,
        launchers: [...cmd.invocation.launchers, launched.label],
        pipelineIndex: cmd.pipelineIndex,
      });
      cmd.launches = inner;
      this.add(inner, null);
    }
    if (cmd.name && SHELLS.has(cmd.name)) this.shellC(cmd);
    if (cmd.wrappedBy === null) this.changeDirectory(cmd);
  }

  /** `cd`, `pushd` and `popd` of this shell move the commands after them. */
  private changeDirectory(cmd: SimpleCommand): void {
    const inv = cmd.invocation;
    if (cmd.name === 'popd') this.cwd = this.dirStack.pop() ?? UNKNOWN_DIR;
    if (cmd.name !== 'cd' && cmd.name !== 'pushd') return;
    const target = inv.operands[0];
    if (cmd.name === 'pushd') this.dirStack.push(this.cwd);
    const left = this.cwd;
    // `cd -` goes back to where the last `cd` left from.
    this.cwd = cmd.name === 'cd' && target?.literal && target.value === '-' ? this.previousDir : ((target?.literal ? resolveDir(target.value, this.cwd) : null) ?? UNKNOWN_DIR);
    this.previousDir = left;
  }

  private nested(source: MappedSource): ShellScript {
    return parseShell(source, this.lines, this.depth + 1, this.words, this.cwd);
  }

  /**
 * `sh -c 'script'`: the script is shell too; also a double-quoted one with variables in it (`bash -l -c "rvm install
 * ruby-${RUBY_VERSION}"`), read with them as the child's own expansions (the outer shell gives them the same values).
 */
  private shellC(cmd: SimpleCommand): void {
    if (this.depth > 3) return;
    const i = cmd.args.findIndex((w) => w.literal && /^-[a-z]*c[a-z]*$/.test(w.value));
    const script = i >= 0 ? cmd.args[i + 1] : undefined;
    if (!script || !(script.literal || variablesOnly(script))) return;
    const start = this.lines.offset(script.range.start) + (script.quoted ? 1 : 0);
    const offsets = this.unquotedOffsets(script) ?? Array.from({ length: script.value.length }, (_, k) => start + k);
    // An exec-form `["bash", "-c", "…"]` body is the instruction's own shell, not a child of it.
    const main = this.execForm && this.commands[0] === cmd;
    const nested = main ? parseShell(MappedSource.of(script.value, offsets), this.lines, 0, this.words && { ...this.words, scriptText: script.value }, this.cwd) : this.nested(MappedSource.of(script.value, offsets));
    this.nestedError ??= nested.error;
    this.nestedScripts.push({ shell: cmd.name!, source: nested.source, errexit: shellOptions(literalValues(cmd.args)).errexit, exported: cmd.assignments.map((a) => a.name) }, ...nested.nested);
    for (const c of nested.commands) this.commands.push(main ? c : { ...c, wrappedBy: c.wrappedBy ?? cmd.name });
    this.bindings.push(...nested.bindings);
    // `bash -o pipefail -c '…'` sets it for the body; an enclosing `set -o pipefail` is taken as the author's intent too.
    const pipefail = this.pipefail || shellOptions(cmd.args.map((w) => w.value)).pipefail;
    this.pipelines.push(...this.orDiscarded(nested.pipelines).map((p) => (pipefail ? { ...p, pipefail } : p)));
  }

  /** A child shell's pipes, whose status is the child's, under a `|| true` of this shell. */
  private orDiscarded(pipelines: readonly Pipeline[]): readonly Pipeline[] {
    return this.orDiscards.length ? pipelines.map((p) => ({ ...p, statusDiscarded: true })) : pipelines;
  }

  /** File offsets of a literal word's characters after quote removal (`"a \\$b"` → a, space, $, b); null when not found in this script. */
  private unquotedOffsets(word: Word): number[] | null {
    const from = this.lines.offset(word.range.start);
    const to = this.lines.offset(word.range.end);
    const o = this.source.offsets;
    const i = o.indexOf(from);
    if (i < 0) return null;
    const out: number[] = [];
    let quote = '';
    for (let k = i; k < o.length && o[k]! < to; k++) {
      const c = this.source.text[k]!;
      if (quote === "'") {
        if (c === "'") quote = '';
        else out.push(o[k]!);
      } else if (c === '\\' && (quote === '' || /[$`"\\\n]/.test(this.source.text[k + 1] ?? ''))) {
        if (k + 1 < o.length && this.source.text[k + 1] !== '\n') out.push(o[++k]!);
        else k++;
      } else if ((c === '"' || c === "'") && quote === '') quote = c;
      else if (c === '"' && quote === '"') quote = '';
      else out.push(o[k]!);
    }
    return out.length === word.value.length ? out : null;
  }

  private emptyWord(span: Span): Word {
    const at = this.range(span).end;
    return { value: '', literal: true, quoted: false, range: { start: at, end: at }, expansions: [] };
  }

  private word(node: ShWord): Word {
    const first = node.parts[0];
    // Most words are one bare literal: no walk, no closures, and the shared empty list of expansions.
    if (node.parts.length === 1 && first!.kind === 'Lit') {
      const word: Word = { value: unescapeBare(first.value), literal: true, quoted: false, range: this.range(node), expansions: EMPTY };
      if (/[ \t\n]/.test(first.value) && /\\[ \t\n]/.test(first.value)) word.blankOutside = true;
      return word;
    }
    let value = '';
    let literal = true;
    let quoted = false;
    let blankOutside = false;
    const expansions: Expansion[] = [];
    const only = node.parts.length === 1 ? (node.parts[0]!.kind === 'DblQuoted' && node.parts[0]!.parts.length === 1 ? node.parts[0]!.parts[0] : node.parts[0]) : null;
    const expansion = (p: WordPart, inDouble: boolean): void => {
      if (p.kind !== 'ParamExp' && p.kind !== 'Subst') return;
      const param = p.kind === 'ParamExp';
      expansions.push({
        name: param ? p.name : null,
        derived: param ? p.derived : 'value',
        word: param && p.word ? this.word(p.word) : null,
        quoted: inDouble,
        whole: p === only,
        range: this.range(p),
        commands: param ? [] : (this.substCommands.get(p) ?? []),
      });
    };
    const visit = (parts: WordPart[], inDouble: boolean): void => {
      for (const p of parts) {
        switch (p.kind) {
          case 'Lit':
            value += inDouble ? unescapeDouble(p.value) : unescapeBare(p.value);
            blankOutside ||= /[ \t\n]/.test(p.value) && (inDouble || /\\[ \t\n]/.test(p.value));
            break;
          case 'SglQuoted':
            quoted = true;
            value += p.value;
            blankOutside ||= /[ \t\n]/.test(p.value);
            break;
          case 'DblQuoted':
            quoted = true;
            visit(p.parts, true);
            break;
          default:
            literal = false;
            value += this.slice(p);
            expansion(p, inDouble);
        }
      }
    };
    visit(node.parts, false);
    return { value, literal, quoted, range: this.range(node), expansions: orEmpty(expansions), ...(blankOutside ? { blankOutside } : {}) };
  }

  /** Commands inside `$(…)`, backticks and `<(…)` of a word; `discarded`: no command sees their exit status. */
  private substitutions(parts: WordPart[], discarded: boolean): void {
    for (const p of parts) {
      if (p.kind === 'Subst') {
        if (discarded) this.discarded++;
        const own: SimpleCommand[] = [];
        this.substFrames.push(own);
        try {
          this.seen(() => this.inSubshell(true, () => this.stmts(p.stmts)));
        } finally {
          if (discarded) this.discarded--;
          this.substFrames.pop();
        }
        this.substCommands.set(p, own);
      } else if (p.kind === 'DblQuoted') this.substitutions(p.parts, discarded);
      else if (p.kind === 'ParamExp' && p.word) this.substitutions(p.word.parts, discarded);
    }
  }
}

/** Commands the tree does not keep (`[[ … ]]`, `(( … ))`, `let`) have no end offset. */
function endKnown(stmt: Stmt): boolean {
  const cmd = stmt.cmd;
  if (!cmd) return stmt.redirs.length > 0;
  if (cmd.kind === 'Other') return false;
  return cmd.kind === 'Binary' ? endKnown(cmd.y) : true;
}

/** An and-or list with `||` at its top level (walked along its left spine in a loop: chains can be long). */
function hasOr(stmt: Stmt): boolean {
  for (let node: Stmt | undefined = stmt; node; ) {
    const cmd: Command | null = node.cmd;
    if (cmd?.kind !== 'Binary' || !isAndOr(cmd.op)) return false;
    if (cmd.op === OP_OR || hasOr(cmd.y)) return true;
    node = cmd.x;
  }
  return false;
}

const isPipe = (op: number): boolean => op === OP_PIPE || op === OP_PIPE_ALL;
const isAndOr = (op: number): boolean => op === OP_AND || op === OP_OR;

/**
 * The operands of a chain (`a && b || c`, `a | b | c`), which the parser nests to the left, and the operators between
 * them, in order: walked in a loop, so any length is fine.
 */
function chainOf(cmd: Command & { kind: 'Binary' }, inChain: (op: number) => boolean): { operands: Stmt[]; ops: number[] } {
  const operands: Stmt[] = [];
  const ops: number[] = [];
  for (let node = cmd; ; ) {
    operands.push(node.y);
    ops.push(node.op);
    const x = node.x;
    if (x.cmd?.kind === 'Binary' && inChain(x.cmd.op) && x.redirs.length === 0 && !x.background) node = x.cmd;
    else {
      operands.push(x);
      return { operands: operands.reverse(), ops: ops.reverse() };
    }
  }
}

/** The operand a failure of operand `i` runs (the first after a later `||`: the `&&` operands between are skipped), and those after it. */
function fallbackAfter(i: number, operands: Stmt[], ops: number[]): { stmt: Stmt; rest: Stmt[] } | null {
  const at = ops.indexOf(OP_OR, i);
  return at < 0 ? null : { stmt: operands[at + 1]!, rest: operands.slice(at + 2) };
}

/**
 * What an operand does whatever came before it: succeeds (`true`, `:`, `echo …`, `printf …`, `exit 0`, `return 0`,
 * a group of such), fails on purpose (`false`, `return 1`, a subshell that exits), exits the shell with a failure
 * (`exit`, `exit 1`, a `{ …; }` holding one), or null when it cannot tell.
 */
function statusOf(stmt: Stmt): 'succeeds' | 'fails' | 'exits' | null {
  const cmd = stmt.cmd;
  // `echo bad && exit 1`: an `&&` chain ends at its first operand that does not succeed, and does what that one does.
  if (cmd?.kind === 'Binary' && cmd.op === OP_AND) {
    const { operands, ops } = chainOf(cmd, isAndOr);
    if (ops.some((op) => op !== OP_AND)) return null;
    for (const operand of operands) {
      const status = statusOf(operand);
      if (status !== 'succeeds') return status;
    }
    return 'succeeds';
  }
  if (cmd?.kind === 'Group' && !cmd.loop && cmd.stmts.length) {
    const statuses = cmd.stmts.map(statusOf);
    if (statuses.includes('exits')) return cmd.subshell ? 'fails' : 'exits';
    return statuses.every((s) => s === 'succeeds') ? 'succeeds' : null;
  }
  if (cmd?.kind !== 'Call' || !cmd.args.length) return null;
  const [name, arg] = cmd.args.map(literalText);
  if (name === 'true' || name === ':' || name === 'echo' || name === 'printf') return 'succeeds';
  if (name === 'false') return 'fails';
  if (name !== 'exit' && name !== 'return') return null;
  if (arg === '0') return 'succeeds';
  return name === 'exit' ? 'exits' : 'fails';
}

/** A word that is one bare or quoted literal, or null. */
function literalText(word: ShWord): string | null {
  const [part, more] = word.parts;
  return !more && (part?.kind === 'Lit' || part?.kind === 'SglQuoted') ? part.value : null;
}

function unescapeBare(s: string): string {
  return s.includes('\\') ? s.replace(/\\(.)/gs, '$1') : s;
}

function unescapeDouble(s: string): string {
  return s.includes('\\') ? s.replace(/\\([$`"\\\n])/g, '$1') : s;
}

/** The context a script's words are resolved in; the script's own text decides which variables it reassigns. */
function wordContext(context: ShellContext | null, text: string): WordContext | null {
  return context ? { scope: context.scope, scriptText: text } : null;
}

/**
 * A command line read from a file of the project rather than the Dockerfile (a start script's line, a supervisord
 * program's `command=`), parsed alone: no build variables, directory unknown.
 */
export function parseCommandLine(text: string): ShellScript {
  return parseShell(MappedSource.run(text, 0), new LineIndex(text), 0, null, UNKNOWN_DIR);
}

export function parseShell(
  source: MappedSource,
  lines: LineIndex,
  depth: number,
  words: WordContext | null,
  cwd: Dir,
): ShellScript {
  const deepAt = tooDeepAt(source.text);
  if (deepAt >= 0) return tooDeep(source, lines, deepAt);
  let statements: Stmt[];
  let emptinessChecked: string[];
  try {
    ({ statements, emptinessChecked } = parseBashScript(source.text));
  } catch (e) {
    // The pre-scan's count is an estimate; should the stack still run out, the script is reported the same way.
    if (e instanceof RangeError) return tooDeep(source, lines, 0);
    if (!(e instanceof ShellSyntaxError)) throw e;
    const at = e.offset;
    return { source, nested: [], commands: [], pipelines: [], statements: [], assigned: [], bindings: [], errexit: false, guarded: [], error: { message: e.message, range: rangeOf(source, lines, at, at + 1) } };
  }
  const builder = new ScriptBuilder(source, lines, depth, words, cwd);
  builder.stmts(statements);
  return {
    source,
    nested: orEmpty(builder.nestedScripts),
    commands: orEmpty(builder.commands),
    pipelines: orEmpty(builder.pipelines),
    statements: statements.map((s) => builder.statement(s)),
    assigned: orEmpty(builder.assigned),
    bindings: orEmpty(builder.bindings),
    errexit: builder.errexit,
    guarded: orEmpty([...emptinessChecked, ...testedForEmptiness(builder.commands)]),
    error: null,
  };
}

function tooDeep(source: MappedSource, lines: LineIndex, at: number): ShellScript {
  const message = `it nests deeper than ${MAX_NESTING} levels`;
  return { source, nested: [], commands: [], pipelines: [], statements: [], assigned: [], bindings: [], errexit: false, guarded: [], error: { message, range: rangeOf(source, lines, at, at + 1), tooDeep: true } };
}

/** Parses the shell script of a RUN, CMD or ENTRYPOINT. */
export function parseScript(source: MappedSource, lines: LineIndex, context: ShellContext | null): ShellScript {
  return parseShell(source, lines, 0, wordContext(context, source.text), startDir(context?.workdir ?? null));
}

/**
 * An exec-form command (`["uvicorn", "app:app"]`, `["bash", "-c", "…"]`): one command, with what it launches and
 * the script of a `sh -c` body. Docker expands no variables in exec form; the words are literal.
 */
export function parseExecForm(argv: Word[], range: Range, lines: LineIndex, context: ShellContext | null): ShellScript {
  const source = MappedSource.run('', 0);
  const builder = new ScriptBuilder(source, lines, 0, wordContext(context, argv.map((w) => w.value).join(' ')), startDir(context?.workdir ?? null));
  builder.execForm = true;
  builder.add(makeCommand({ argv, assignments: [], range, cwd: startDir(context?.workdir ?? null) }), null);
  return { source, nested: builder.nestedScripts, commands: builder.commands, pipelines: builder.pipelines, statements: [], assigned: [], bindings: [], errexit: false, guarded: [], error: builder.nestedError };
}

/** `[ -n "$V" ]`, `test -z "$V"`, `[ "$V" ]`: the variables these commands test for emptiness. */
function testedForEmptiness(commands: readonly SimpleCommand[]): string[] {
  const names: string[] = [];
  for (const cmd of commands) {
    const args = testOperands(cmd);
    if (!args) continue;
    args.forEach((w, i) => {
      const name = (w.value === '-n' || w.value === '-z') && w.literal && args[i + 1] ? wholeVariable(args[i + 1]!) : null;
      if (name) names.push(name);
    });
    // `[ "$V" ]`: true when V is not empty.
    const alone = args.length === 1 && args[0]!.quoted ? wholeVariable(args[0]!) : null;
    if (alone) names.push(alone);
  }
  return names;
}

/** The values of the literal words (an expanded `$FLAGS` sets nothing dlint can read). */
function literalValues(words: readonly Word[]): string[] {
  return words.map((w) => (w.literal ? w.value : ''));
}

/**
 * A `-c` script whose only expansions are variables inside a larger text (`"rvm install ruby-${RUBY_VERSION} && …"`):
 * no command substitution, whose output could be any script, and not a whole `"$SCRIPT"`, which names none.
 */
function variablesOnly(word: Word): boolean {
  const expansions = word.expansions ?? [];
  return expansions.length > 0 && expansions.every((e) => e.name !== null && !e.whole && e.commands.length === 0);
}
