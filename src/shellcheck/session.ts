/**
 * One ShellCheck for a lint run: `prepare` checks the scripts of every file in one process before the rules
 * run; results are cached by checked text (dialect and declared names included), so re-linting unchanged
 * scripts (`--fix` passes, an editor) costs nothing and a changed one costs one small process. The CLI also keeps
 * them between runs (`keepResults`).
 */
import type { DockerfileModel, Instruction } from '../model/types.js';
import type { Fix, Range, Severity } from '../types.js';
import type { MappedSource } from '../shell/source-map.js';
import type { ShellCheckBinary } from './binary.js';
import type { ShellFacts } from './dialect.js';
import { BUSYBOX_SUPPORTS, DEFAULT_EXCLUDES, LEVEL_OVERRIDES, PORTABILITY } from './excludes.js';
import { ScriptPositions } from './positions.js';
import { FILES_PER_PROCESS, runShellCheck, type ScComment } from './process.js';
import { ResultCache } from './result-cache.js';
import { type CheckedScript, scriptsOf } from './scripts.js';

export interface ScFinding {
  /** `SC2086`. */
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  fix?: Fix;
  /** The RUN whose script it is in. */
  instruction: Instruction;
  /** The script ShellCheck read it in: the RUN's own, or a `sh -c` / `bash <<EOF` body inside it. */
  source: MappedSource;
  /** The shell that runs that script. */
  shell: ShellFacts;
}

/** Enough for an editor session over a large repository; the oldest entries go first. */
const CACHE_LIMIT = 20_000;

const EXCLUDES = DEFAULT_EXCLUDES.map((e) => e.code);

export class ShellCheck {
  private readonly cache = new Map<string, ScComment[]>();
  private readonly scripts = new WeakMap<DockerfileModel, CheckedScript[]>();
  /** ShellCheck processes started (for tests and the benchmark). */
  processes = 0;
  /** Results kept between runs (the CLI's: src/shellcheck/result-cache.ts), or null. */
  private readonly kept: ResultCache | null;

  /** `keepResults`: read and keep results in the cache folder, for the next run. */
  constructor(
    readonly binary: ShellCheckBinary,
    options: { keepResults?: boolean } = {},
  ) {
    this.kept = options.keepResults ? ResultCache.open(binary, EXCLUDES) : null;
  }

  private scriptsOf(model: DockerfileModel): CheckedScript[] {
    let s = this.scripts.get(model);
    if (!s) this.scripts.set(model, (s = scriptsOf(model)));
    return s;
  }

  /** Checks, in one process, every script of these files that is not cached yet. */
  prepare(models: Iterable<DockerfileModel>): void {
    const todo = new Map<string, string>();
    for (const model of models) for (const s of this.scriptsOf(model)) if (!this.cache.has(s.key)) todo.set(s.key, s.text);
    const kept = this.kept;
    if (kept) {
      for (const [key, text] of todo) {
        const comments = kept.get(key, text);
        if (!comments) continue;
        this.cache.set(key, comments);
        todo.delete(key);
      }
    }
    if (todo.size > 0) {
      const keys = [...todo.keys()];
      const results = runShellCheck(this.binary.path, [...todo.values()], EXCLUDES);
      this.processes += Math.ceil(keys.length / FILES_PER_PROCESS);
      keys.forEach((k, i) => this.cache.set(k, results[i]!));
      kept?.put(keys.map((key, i) => ({ key, text: todo.get(key)!, comments: results[i]! })));
    }
    for (const k of this.cache.keys()) {
      if (this.cache.size <= CACHE_LIMIT) break;
      this.cache.delete(k);
    }
  }

  /** Whether ShellCheck reads this instruction's shell (so dlint's own checks of the same things stand down). */
  checks(model: DockerfileModel, instruction: Instruction): boolean {
    return this.scriptsOf(model).some((s) => s.instruction === instruction);
  }

  /** ShellCheck's findings in a file, placed in the Dockerfile; the same finding from an outer and a nested script counts once. */
  findings(model: DockerfileModel): ScFinding[] {
    this.prepare([model]);
    const out: ScFinding[] = [];
    const seen = new Set<string>();
    for (const script of this.scriptsOf(model)) {
      const positions = new ScriptPositions(script, model.lineIndex);
      for (const c of this.cache.get(script.key) ?? []) {
        const range = positions.range(c);
        if (!range) continue;
        const code = `SC${c.code}`;
        if (script.shell.busybox && BUSYBOX_SUPPORTS.has(code)) continue;
        if (!script.shell.known && PORTABILITY.test(code)) continue;
        const key = `${code}:${range.start.line}:${range.start.column}:${range.end.line}:${range.end.column}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const edits = c.fix ? positions.edits(c.fix.replacements) : null;
        out.push({
          code,
          severity: LEVEL_OVERRIDES[code]?.level ?? c.level,
          message: c.message,
          range,
          instruction: script.instruction,
          source: script.source,
          shell: script.shell,
          // ShellCheck's fixes change words (quoting, `$(…)` for backticks): right nearly always, not provably the same.
          ...(edits?.length ? { fix: { description: `ShellCheck's fix for ${code}`, edits, safe: false } } : {}),
        });
      }
    }
    return out;
  }
}
