/** Extracts the shell script of a RUN (shell form, heredocs, `sh -c` in exec form) and parses it. */
import { launcherOf } from '../knowledge/commands.js';
import { continuationIndex } from './continuation.js';
import { parseExecForm, parseScript, type ShellContext } from '../shell/parse.js';
import { type LineIndex, MappedSource, mappedSlice, spanOf } from '../shell/source-map.js';
import type { ShellScript, Word } from '../shell/types.js';
import type { HeredocInfo, ShellKind, Token } from './types.js';

const POSIX_SHELLS = ['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'busybox'];

export function shellKindOf(shell: readonly string[]): ShellKind {
  const base = (word: string): string => word.toLowerCase().split(/[\\/]/).pop()!.replace(/\.exe$/, '');
  const exe = base(shell[0] ?? '');
  if (POSIX_SHELLS.includes(exe)) return 'posix';
  // A launcher that runs a shell named later (`SHELL ["conda", "run", "-n", "env", "/bin/bash", "-c"]`).
  if (launcherOf(exe) && shell.slice(1).some((w) => POSIX_SHELLS.includes(base(w)))) return 'posix';
  if (exe === 'powershell' || exe === 'pwsh') return 'powershell';
  if (exe === 'cmd') return 'cmd';
  return 'other';
}

/** Joins continued lines as BuildKit does: the escape and newline vanish, blank and comment lines inside are dropped. */
export function joinContinuations(text: string, start: number, end: number, escapeChar: string): MappedSource {
  // Whole lines are appended: a string built a character at a time is a chain of cons strings, slow and large.
  let out = '';
  let length = 0;
  const runs: number[] = [];
  let pos = start;
  let first = true;
  while (pos < end) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > end) nl = end;
    const line = text.slice(pos, nl);
    if (!first && /^\s*(#.*)?$/.test(line) && nl < end) {
      pos = nl + 1;
      continue;
    }
    first = false;
    const at = continuationIndex(line, escapeChar);
    const keep = at >= 0 ? line.slice(0, at) : line;
    out += keep;
    // A run of offsets starts here unless this line goes on where the last run stopped.
    const last = runs.length - 2;
    if (keep.length && (last < 0 || runs[last + 1]! + length - runs[last]! !== pos)) runs.push(length, pos);
    length += keep.length;
    if (at < 0) break;
    pos = nl + 1;
  }
  return MappedSource.ofRuns(out, length, runs);
}

const emptyScript = (): ShellScript => ({ source: MappedSource.run('', 0), nested: [], commands: [], pipelines: [], statements: [], assigned: [], bindings: [], errexit: false, guarded: [], error: null });

const HEREDOC_ONLY = /^<<-?\s*(["']?)([A-Za-z0-9_.-]+)\1\s*$/;
const SHELLS = /^(?:\/(?:usr\/)?bin\/)?(?:env\s+)?(sh|bash|dash|ash|zsh)$/;

export interface ScriptInput {
  text: string;
  lines: LineIndex;
  argsStart: number;
  end: number;
  escapeChar: string;
  heredocs: readonly HeredocInfo[];
  json: Token[] | null;
  shellKind: ShellKind;
  /** The variables and directory the command starts with. */
  context: ShellContext;
}

export function runScript(input: ScriptInput): ShellScript | null {
  const { text, lines } = input;
  if (input.json) return execFormScript(input.json, lines, input.context);
  if (input.shellKind !== 'posix') return null;
  if (input.heredocs.length > 0) {
    const firstLineEnd = text.indexOf('\n', input.argsStart);
    const firstLine = text.slice(input.argsStart, firstLineEnd < 0 ? input.end : firstLineEnd);
    // A line that is only `<<EOF`: the first heredoc's body is the script.
    const body = input.heredocs[0]!.body;
    if (HEREDOC_ONLY.test(firstLine.trim())) {
      if (!body) return emptyScript();
      const start = lines.offset(body.range.start);
      const stop = lines.offset(body.range.end);
      const script = body.text;
      // `<<-` strips leading tabs, so an indented `#!` still names the interpreter.
      const shebang = /^\t*#!\s*(\S+)(?:\s+(\S+))?/.exec(script);
      if (shebang && !SHELLS.test(shebang[1]!.split('/').pop() === 'env' ? (shebang[2] ?? '') : shebang[1]!)) return null;
      return parseScript(mappedSlice(text, start, stop), lines, input.context);
    }
    const parsed = parseScript(mappedSlice(text, input.argsStart, input.end), lines, input.context);
    // dockerfile-ast reads only the first heredoc of `RUN <<A 3<<B cmd`: the bodies after it are not in the text.
    if (parsed.error?.message.startsWith('unclosed here-document')) return emptyScript();
    return parsed;
  }
  return parseScript(joinContinuations(text, input.argsStart, input.end, input.escapeChar), lines, input.context);
}

function execFormScript(json: Token[], lines: LineIndex, context: ShellContext): ShellScript {
  if (json.length === 0) return emptyScript();
  const argv: Word[] = json.map((t) => ({ value: t.value, literal: true, quoted: true, range: t.range }));
  return parseExecForm(argv, spanOf(json[0]!.range, json[json.length - 1]!.range), lines, context);
}
