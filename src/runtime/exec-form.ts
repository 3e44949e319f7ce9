/**
 * When a shell-form CMD/ENTRYPOINT can be rewritten in exec form, and how safely. Shell form runs
 * `SHELL + [text]`; exec form runs the words themselves, so the rewrite keeps behaviour only when the
 * shell would not change any word (no expansion, quoting, globbing) and the ENTRYPOINT/CMD pairing
 * stays the same.
 */
import { hasGenericDefaultCommand } from '../knowledge/image-defaults.js';
import { matchesImageGlob } from '../knowledge/trusted-images.js';
import type { Instruction, Stage } from '../model/types.js';

export type ExecFormFix = { text: string; safe: boolean; why: string } | { text: null; why: string };

/** Characters a shell passes through unchanged in an unquoted word (no `~`, globs, `$`, quotes, escapes, braces, `#`). */
const PLAIN_WORD = /^[A-Za-z0-9_\-.,/:=@%+]+$/;
/** Shell builtins with no program of that name: exec form cannot run them. */
const SHELL_ONLY = new Set(['cd', 'export', 'source', '.', 'set', 'eval', 'ulimit', 'umask', 'trap', 'wait', 'read', 'alias', 'shift', 'unset', 'return', 'exit', 'readonly', 'local', 'declare', 'typeset', 'if', 'for', 'while', 'until', 'case', '!', '{']);
/** Builtins or keywords that also exist as programs, which may behave differently (dash's `echo -e`, bash's `time`). */
const SHELL_BUILTIN = new Set(['echo', 'printf', 'test', '[', 'true', 'false', 'kill', 'pwd', 'time', 'command', 'type', 'getopts', 'hash', 'nohup']);
/** Shell options that do not change how one simple command runs (`-l`, `-i`, `-x` would). */
const NEUTRAL_SHELL_OPTION = /^(-[euo]+|pipefail|errexit|nounset)$/;
/** Images whose ENTRYPOINT does not pass CMD through unchanged (`python3` in distroless), though their default command is generic. */
const OWN_ENTRYPOINT = ['gcr.io/distroless/*', 'cgr.dev/chainguard/*'];

/** `["a", "b"]` as hadolint and Docker's docs write it. */
export function jsonArray(words: readonly string[]): string {
  return `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
}

/** The shell runs one command with the same words and environment as exec form would. */
function plainWords(ins: Instruction): string[] | null {
  const text = ins.argsText.trim();
  if (text === '' || text.includes('\n')) return null;
  const words = text.split(/[ \t]+/);
  if (!words.every((w) => PLAIN_WORD.test(w)) || words[0]!.includes('=')) return null;
  const shell = ins.state.shell;
  const neutral = /^(\/usr)?\/bin\/(sh|bash|dash|ash)$/.test(shell[0] ?? '') && shell.at(-1) === '-c' && shell.slice(1, -1).every((o) => NEUTRAL_SHELL_OPTION.test(o));
  return neutral ? words : null;
}

/** The base image hands CMD to no ENTRYPOINT, or to one that runs it as given (`exec "$@"`). */
function basePassesCmdThrough(stage: Stage): boolean {
  const root = stage.rootImage;
  if (root.isScratch) return true;
  return root.name !== null && hasGenericDefaultCommand(root.name) && !OWN_ENTRYPOINT.some((g) => matchesImageGlob(root.name!, g));
}

/** The shell form wrapped as exec form of the stage's own shell: the same process tree, spelled out. */
function wrapped(ins: Instruction): ExecFormFix {
  return {
    text: jsonArray([...ins.state.shell, ins.argsText.trim()]),
    safe: false,
    why: 'the shell stays PID 1 and still does not forward signals; only the warning goes (start the app with `exec` to fix that)',
  };
}

export function execFormFix(ins: Instruction, stages: readonly Stage[]): ExecFormFix {
  // BuildKit reads leading `--x` words as flags (and rejects them on CMD/ENTRYPOINT); rewriting would hide that.
  const flag = ins.flags[0]?.name ?? (ins.args[0]?.value.startsWith('--') ? ins.args[0].value.slice(2) : null);
  if (flag !== null) return { text: null, why: `BuildKit reads \`--${flag}\` as a flag of ${ins.keyword}, which takes none` };
  const words = plainWords(ins);
  if (!words) return wrapped(ins);
  const program = words[0]!;
  if (SHELL_ONLY.has(program)) return { text: null, why: `\`${program}\` is a shell builtin, not a program exec form can start` };
  const text = jsonArray(words);
  const builtin = SHELL_BUILTIN.has(program) ? `; the shell's own \`${program}\` may differ from the program` : '';
  const stage = ins.stage;
  if (!stage) return { text: null, why: 'not in a stage' };
  if (ins.keyword === 'ENTRYPOINT') {
    // A shell-form ENTRYPOINT ignores CMD; in exec form it would receive CMD as its arguments.
    const withCmd = stages.find((s) => s.lineage.includes(stage) && s.cmd !== null);
    if (withCmd) return { text: null, why: `exec form would pass the CMD at line ${withCmd.cmd!.range.start.line} to it as arguments` };
    return { text, safe: false, why: `\`docker run IMAGE ARGS\` would pass ARGS to it instead of ignoring them${builtin}` };
  }
  const entrypoint = stage.entrypoint;
  if (entrypoint?.json) return { text, safe: false, why: `the exec-form ENTRYPOINT at line ${entrypoint.range.start.line} would receive these words instead of \`/bin/sh -c …\`` };
  if (!entrypoint && !basePassesCmdThrough(stage)) return { text, safe: false, why: "the base image's ENTRYPOINT, unknown here, would receive these words instead of `/bin/sh -c …`" };
  return builtin ? { text, safe: false, why: builtin.slice(2) } : { text, safe: true, why: 'the shell would run the same words' };
}
