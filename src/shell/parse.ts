/**
 * Parses RUN shell with mvdan-sh (mvdan.cc/sh, the parser behind shfmt, compiled to JS):
 * synchronous, pure JS (bundles into one file), about 0.3 ms for a typical RUN.
 */
import sh, { type Node, type ParseError } from 'mvdan-sh';
import type { Range } from '../types.js';
import { type LineIndex, type MappedSource, rangeOf } from './source-map.js';
import type { Assignment, Pipeline, ShellScript, SimpleCommand, Word } from './types.js';
import { makeCommand } from './command.js';
import { unwrapCommand } from './wrappers.js';

const { syntax } = sh;
const parser = syntax.NewParser(syntax.Variant(syntax.LangBash));

const OP_AND = 10;
const OP_OR = 11;
const OP_PIPE = 12;
const OP_PIPE_ALL = 13;

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh']);

function type(node: unknown): string {
  return node ? syntax.NodeType(node as Node) : '';
}

function list(value: unknown): Node[] {
  return Array.isArray(value) ? (value as Node[]) : [];
}

/** Go strings are UTF-8: mvdan-sh offsets count bytes, JS strings count UTF-16 units. */
function byteToIndexMap(text: string): ((byteOffset: number) => number) {
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(text)) return (b) => b;
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    const bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let k = 0; k < bytes; k++) map.push(i);
    if (cp >= 0x10000) i++;
  }
  map.push(text.length);
  return (b) => map[Math.min(b, map.length - 1)] ?? text.length;
}

class ScriptBuilder {
  readonly commands: SimpleCommand[] = [];
  readonly pipelines: Pipeline[] = [];
  private pipefail = false;
  /** How many subshells (`( … )`, `$(…)`, pipeline members, `&`) enclose the current node. */
  private subshells: number;
  private readonly toIndex: (b: number) => number;

  constructor(
    private readonly source: MappedSource,
    private readonly lines: LineIndex,
    private readonly depth: number,
  ) {
    this.subshells = depth > 0 ? 1 : 0;
    this.toIndex = byteToIndexMap(source.text);
  }

  range(node: Node): Range {
    return rangeOf(this.source, this.lines, this.toIndex(node.Pos().Offset()), this.toIndex(node.End().Offset()));
  }

  private slice(node: Node): string {
    return this.source.text.slice(this.toIndex(node.Pos().Offset()), this.toIndex(node.End().Offset()));
  }

  stmts(nodes: Node[]): void {
    for (const s of nodes) this.stmt(s);
  }

  stmt(stmt: Node | null | undefined): void {
    if (!stmt) return;
    for (const r of list(stmt.Redirs)) {
      if (r.Word) this.wordSubstitutions(r.Word as Node);
    }
    this.inSubshell(stmt.Background === true, () => this.command(stmt.Cmd as Node | null, -1, null));
  }

  private inSubshell(yes: boolean, visit: () => void): void {
    if (yes) this.subshells++;
    try {
      visit();
    } finally {
      if (yes) this.subshells--;
    }
  }

  /** Collects the commands of `node`; pipelineIndex is its place in an enclosing pipeline. */
  private command(node: Node | null, pipelineIndex: number, pipeline: SimpleCommand[] | null): void {
    if (!node) return;
    switch (type(node)) {
      case 'CallExpr':
        this.call(node, pipelineIndex, pipeline);
        return;
      case 'BinaryCmd': {
        const op = node.Op as number;
        if (op === OP_PIPE || op === OP_PIPE_ALL) {
          const stmts: Node[] = [];
          this.flattenPipe(node, stmts);
          const members: SimpleCommand[] = [];
          this.inSubshell(true, () =>
            stmts.forEach((s, i) => {
              for (const r of list(s.Redirs)) if (r.Word) this.wordSubstitutions(r.Word as Node);
              this.command(s.Cmd as Node | null, i, members);
            }),
          );
          this.pipelines.push({ commands: members, range: this.range(node), pipefail: this.pipefail });
          return;
        }
        if (op === OP_AND || op === OP_OR) {
          this.stmt(node.X as Node);
          this.stmt(node.Y as Node);
        }
        return;
      }
      case 'Subshell':
        this.inSubshell(true, () => this.stmts(list(node.Stmts)));
        return;
      case 'Block':
        this.stmts(list(node.Stmts));
        return;
      case 'IfClause': {
        let clause: Node | null = node;
        while (clause) {
          this.stmts(list(clause.Cond));
          this.stmts(list(clause.Then));
          clause = (clause.Else as Node | null) ?? null;
        }
        return;
      }
      case 'WhileClause':
        this.stmts(list(node.Cond));
        this.stmts(list(node.Do));
        return;
      case 'ForClause':
        this.stmts(list(node.Do));
        return;
      case 'CaseClause':
        for (const item of list(node.Items)) this.stmts(list(item.Stmts));
        return;
      case 'FuncDecl':
        this.stmt(node.Body as Node);
        return;
      case 'TimeClause':
        this.stmt(node.Stmt as Node);
        return;
      case 'DeclClause':
        for (const a of list(node.Args)) if (a.Value) this.wordSubstitutions(a.Value as Node);
        return;
      default:
        return;
    }
  }

  private flattenPipe(node: Node, out: Node[]): void {
    const x = node.X as Node;
    const xCmd = x.Cmd as Node | null;
    if (xCmd && type(xCmd) === 'BinaryCmd' && [OP_PIPE, OP_PIPE_ALL].includes(xCmd.Op as number) && list(x.Redirs).length === 0) {
      this.flattenPipe(xCmd, out);
    } else out.push(x);
    out.push(node.Y as Node);
  }

  private call(node: Node, pipelineIndex: number, pipeline: SimpleCommand[] | null): void {
    const assignments: Assignment[] = [];
    for (const a of list(node.Assigns)) {
      const name = (a.Name as Node | null)?.Value as string | undefined;
      const value = a.Value ? this.word(a.Value as Node).value : '';
      if (name) assignments.push({ name, value });
      if (a.Value) this.wordSubstitutions(a.Value as Node);
    }
    const argv = list(node.Args).map((w) => this.word(w));
    for (const w of list(node.Args)) this.wordSubstitutions(w);
    const range = this.range(node);
    if (argv.length === 0) return;
    const cmd = makeCommand(argv, assignments, range, null, pipelineIndex, this.subshells > 0);
    this.add(cmd, pipeline);
  }

  private add(cmd: SimpleCommand, pipeline: SimpleCommand[] | null): void {
    this.commands.push(cmd);
    pipeline?.push(cmd);
    if (cmd.name === 'set' && setsPipefail(cmd)) this.pipefail = true;
    const inner = unwrapCommand(cmd);
    if (inner) this.add(inner, null);
    if (cmd.name && SHELLS.has(cmd.name)) this.shellC(cmd);
  }

  /** `sh -c 'script'`: the script is shell too. */
  private shellC(cmd: SimpleCommand): void {
    if (this.depth > 3) return;
    const i = cmd.args.findIndex((w) => w.literal && /^-[a-z]*c[a-z]*$/.test(w.value));
    const script = i >= 0 ? cmd.args[i + 1] : undefined;
    if (!script || !script.literal) return;
    const start = this.lines.offset(script.range.start) + (script.quoted ? 1 : 0);
    const offsets = Array.from({ length: script.value.length }, (_, k) => start + k);
    const nested = parseShell({ text: script.value, offsets }, this.lines, this.depth + 1);
    for (const c of nested.commands) this.commands.push({ ...c, wrappedBy: c.wrappedBy ?? cmd.name });
    // `bash -o pipefail -c '…'` sets it for the body; an enclosing `set -o pipefail` is taken as the author's intent too.
    const pipefail = this.pipefail || setsPipefail(cmd);
    this.pipelines.push(...nested.pipelines.map((p) => (pipefail ? { ...p, pipefail } : p)));
  }

  word(node: Node): Word {
    let value = '';
    let literal = true;
    let quoted = false;
    const visit = (parts: Node[], inDouble: boolean): void => {
      for (const p of parts) {
        switch (type(p)) {
          case 'Lit':
            value += inDouble ? unescapeDouble(p.Value as string) : unescapeBare(p.Value as string);
            break;
          case 'SglQuoted':
            quoted = true;
            value += p.Value as string;
            break;
          case 'DblQuoted':
            quoted = true;
            visit(list(p.Parts), true);
            break;
          default:
            literal = false;
            value += this.slice(p);
        }
      }
    };
    visit(list(node.Parts), false);
    return { value, literal, quoted, range: this.range(node) };
  }

  /** Commands inside `$(…)`, backticks and `<(…)` of a word. */
  private wordSubstitutions(word: Node): void {
    syntax.Walk(word, (n) => {
      if (!n) return true;
      const t = type(n);
      if (t === 'CmdSubst' || t === 'ProcSubst') {
        this.inSubshell(true, () => this.stmts(list(n.Stmts)));
        return false;
      }
      return true;
    });
  }
}

function unescapeBare(s: string): string {
  return s.includes('\\') ? s.replace(/\\(.)/gs, '$1') : s;
}

function unescapeDouble(s: string): string {
  return s.includes('\\') ? s.replace(/\\([$`"\\\n])/g, '$1') : s;
}

function setsPipefail(cmd: SimpleCommand): boolean {
  const args = cmd.args.map((w) => w.value);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (/^-[a-zA-Z]*o$/.test(a) && args[i + 1] === 'pipefail') return true;
  }
  return false;
}

export function parseShell(source: MappedSource, lines: LineIndex, depth = 0): ShellScript {
  const builder = new ScriptBuilder(source, lines, depth);
  let file: Node;
  try {
    file = parser.Parse(source.text, '');
  } catch (e) {
    const err = e as Partial<ParseError>;
    if (typeof err.Text !== 'string' || !err.Pos) throw e;
    const toIndex = byteToIndexMap(source.text);
    const at = toIndex(err.Pos.Offset());
    return { commands: [], pipelines: [], error: { message: err.Text, range: rangeOf(source, lines, at, at + 1) } };
  }
  builder.stmts(list(file.Stmts));
  return { commands: builder.commands, pipelines: builder.pipelines, error: null };
}
