/**
 * Inline suppressions, applied to the findings after the rules ran (rules know nothing of them):
 * `# dlint-ignore[-file|-stage] ids -- reason`, hadolint's `# hadolint [global] ignore=DLxxxx`, DeepSource's
 * `# skipcq: DOK-DLxxxx, DOK-SCxxxx` and BuildKit's `# check=skip=…` directive. hadolint and BuildKit ids reach dlint
 * rules through `meta.covers`.
 */
import { COVERAGE, coverageOf, coversId } from './coverage.js';
import type { DockerfileModel } from './model/types.js';
import type { Rule } from './rule.js';
import { nearest } from './suggest.js';
import type { Finding, Range } from './types.js';

export const UNUSED_IGNORE = 'unused-ignore';

/** BuildKit's check names (`docker build --check`); `check=skip=all` skips the rules covering any of them. */
export const BUILDKIT_CHECKS: ReadonlySet<string> = new Set(COVERAGE.filter((e) => e.source === 'buildkit').map((e) => e.id));

type Form = 'dlint-ignore' | 'dlint-ignore-file' | 'dlint-ignore-stage' | 'hadolint ignore' | 'hadolint global ignore' | 'skipcq' | 'check=skip';

interface SuppressedId {
  id: string;
  range: Range;
  /** The rule ids this id stands for (itself, or the rules covering a hadolint/BuildKit id); empty when unknown. */
  ruleIds: Set<string>;
  used: boolean;
}

export interface Suppression {
  form: Form;
  /** The comment or directive. */
  range: Range;
  /** null: every rule. */
  ids: SuppressedId[] | null;
  /** Lines it covers (1-based, inclusive) in the Dockerfile; 'file' for the whole file; null when misplaced. */
  scope: { start: number; end: number } | 'file' | null;
  reason: string | null;
  used: boolean;
}

export interface SuppressionOptions {
  /** Every rule that could report (built-in and plugins), to resolve ids. */
  rules: readonly Rule[];
  /** Ignore every inline suppression (central policy). */
  noInlineConfig?: boolean;
  /** Report dlint-ignore comments that suppress nothing, as `unused-ignore` findings. */
  reportUnused?: boolean;
}

interface CommentLine {
  line: number;
  /** Text after `#`, trimmed. */
  text: string;
  /** Column (1-based) where `text` starts. */
  column: number;
  range: Range;
}

function commentLines(model: DockerfileModel): CommentLine[] {
  const byLine = new Map([...model.directives, ...model.comments].map((x) => [x.range.start.line, x.range]));
  return [...byLine.values()]
    .map((range) => {
      const raw = model.lines[range.start.line - 1] ?? '';
      const hash = raw.indexOf('#');
      const body = raw.slice(hash + 1);
      const lead = body.length - body.trimStart().length;
      return { line: range.start.line, text: body.trim(), column: hash + 2 + lead, range };
    })
    .sort((a, b) => a.line - b.line);
}

export function collectSuppressions(model: DockerfileModel, rules: readonly Rule[]): Suppression[] {
  // Built at the first id: most files suppress nothing.
  let byId: Map<string, string> | null = null;
  const resolve = (id: string): Set<string> => {
    byId ??= new Map(rules.map((r) => [r.meta.id.toLowerCase(), r.meta.id]));
    const own = byId.get(id.toLowerCase());
    if (own) return new Set([own]);
    return new Set(rules.filter((r) => r.meta.covers.some((c) => coversId(c, id))).map((r) => r.meta.id));
  };
  const lines = commentLines(model);
  const isComment = new Set(lines.map((l) => l.line));
  /** The instruction a comment sits directly above (only comment lines between), or null. */
  const below = (line: number) => {
    if (model.instructions.some((i) => i.range.start.line < line && i.range.end.line >= line)) return null;
    const next = model.instructions.find((i) => i.range.start.line > line);
    if (!next) return null;
    for (let l = line + 1; l < next.range.start.line; l++) if (!isComment.has(l)) return null;
    return next;
  };
  const ids = (c: CommentLine, list: string, offset: number): SuppressedId[] => {
    const out: SuppressedId[] = [];
    const re = /[^\s,]+/g;
    for (let m = re.exec(list); m; m = re.exec(list)) {
      const column = c.column + offset + m.index;
      out.push({ id: m[0], range: { start: { line: c.line, column }, end: { line: c.line, column: column + m[0].length } }, ruleIds: resolve(m[0]), used: false });
    }
    return out;
  };

  const out: Suppression[] = [];
  for (const c of lines) {
    const dlint = /^dlint-ignore(-file|-stage)?(?=\s|$)/.exec(c.text);
    if (dlint) {
      const form = `dlint-ignore${dlint[1] ?? ''}` as Form;
      const rest = c.text.slice(dlint[0].length);
      const sep = rest.search(/(^|\s)--(\s|$)/);
      const list = sep < 0 ? rest : rest.slice(0, sep);
      const reason = sep < 0 ? null : rest.slice(sep).replace(/^\s*--\s*/, '').trim() || null;
      const parsed = ids(c, list, dlint[0].length);
      let scope: Suppression['scope'] = null;
      if (form === 'dlint-ignore-file') scope = 'file';
      else {
        const target = below(c.line);
        if (form === 'dlint-ignore' && target) scope = { start: target.range.start.line, end: target.range.end.line };
        if (form === 'dlint-ignore-stage' && target?.keyword === 'FROM') {
          const stage = model.stages.find((s) => s.from === target);
          const next = model.stages[(stage?.index ?? -1) + 1];
          scope = { start: target.range.start.line, end: next ? next.from.range.start.line - 1 : model.lines.length };
        }
      }
      out.push({ form, range: c.range, ids: parsed.length ? parsed : null, scope, reason, used: false });
      continue;
    }
    // hadolint's grammar: `hadolint [global] ignore=DL3008,DL3013`, optionally followed by `# comment`.
    const hadolint = /^hadolint\s+(global\s+)?ignore\s*=\s*([A-Za-z0-9]+(?:\s*,\s*[A-Za-z0-9]+)*)/.exec(c.text);
    if (hadolint) {
      const global = hadolint[1] !== undefined;
      const target = global ? null : below(c.line);
      out.push({
        form: global ? 'hadolint global ignore' : 'hadolint ignore',
        range: c.range,
        ids: ids(c, hadolint[2]!, hadolint[0].length - hadolint[2]!.length),
        scope: global ? 'file' : target ? { start: target.range.start.line, end: target.range.end.line } : null,
        reason: null,
        used: false,
      });
    }
  }
  for (const c of lines) {
    // DeepSource's Docker analyzer: `skipcq` above an instruction skips it, for the listed issues or all of them. Its
    // ids are hadolint's and ShellCheck's behind `DOK-`; its own (`DOK-W1001`) name checks dlint does not have.
    const skipcq = /^skipcq\b\s*(?::\s*(.*))?$/i.exec(c.text);
    if (!skipcq) continue;
    const target = below(c.line);
    const list = skipcq[1] ?? '';
    const parsed = ids(c, list, c.text.length - list.length)
      .filter((x) => /^DOK-(DL|SC)\d{4}$/i.test(x.id))
      .map((x) => {
        const code = x.id.slice(4);
        return { ...x, id: code, ruleIds: resolve(code) };
      });
    if (list.trim() && parsed.length === 0) continue;
    out.push({ form: 'skipcq', range: c.range, ids: parsed.length ? parsed : null, scope: target ? { start: target.range.start.line, end: target.range.end.line } : null, reason: null, used: false });
  }
  for (const d of model.directives) {
    if (d.name.toLowerCase() !== 'check') continue;
    // `# check=skip=A,B;error=true`: `error=true` is about failing `docker build`, not a lint setting.
    for (const part of d.value.split(';')) {
      const [key, value] = part.split('=', 2).map((s) => s.trim());
      if (key?.toLowerCase() !== 'skip' || !value) continue;
      const c = lines.find((l) => l.line === d.range.start.line)!;
      const offset = c.text.indexOf(value);
      const skipAll = value.toLowerCase() === 'all';
      const list = ids(c, value, offset);
      if (skipAll) {
        list[0]!.ruleIds = new Set(rules.filter((r) => r.meta.covers.some((x) => BUILDKIT_CHECKS.has(x))).map((r) => r.meta.id));
      }
      out.push({ form: 'check=skip', range: d.range, ids: list, scope: 'file', reason: null, used: false });
    }
  }
  return out;
}

/** A finding with a code (`shellcheck`'s SC2086) answers to its rule's id or to that code, not to its rule's other codes. */
function matches(id: SuppressedId, f: Finding): boolean {
  if (!id.ruleIds.has(f.ruleId)) return false;
  return f.code === undefined || id.id.toLowerCase() === f.ruleId || id.id.toUpperCase() === f.code;
}

function covers(s: Suppression, f: Finding, modelPath: string): boolean {
  if (s.scope === null) return false;
  if (s.scope === 'file') return true;
  return f.file === modelPath && f.range.start.line >= s.scope.start && f.range.start.line <= s.scope.end;
}

/** The findings that survive the file's suppressions, plus `unused-ignore` findings when asked for. */
export function applySuppressions(model: DockerfileModel, findings: Finding[], options: SuppressionOptions): Finding[] {
  if (options.noInlineConfig) return findings;
  const suppressions = collectSuppressions(model, options.rules);
  if (suppressions.length === 0) return findings;
  const kept = findings.filter((f) => {
    let suppressed = false;
    for (const s of suppressions) {
      if (!covers(s, f, model.path)) continue;
      if (s.ids === null) {
        s.used = suppressed = true;
        continue;
      }
      for (const id of s.ids) {
        if (matches(id, f)) {
          id.used = s.used = suppressed = true;
        }
      }
    }
    return !suppressed;
  });
  const typos = unknownIdFindings(model, suppressions, options.rules);
  return [...kept, ...typos, ...(options.reportUnused ? unusedFindings(model, suppressions) : [])];
}

/** An id no dlint rule, hadolint rule, ShellCheck check or BuildKit check has (what a typo looks like). */
function isUnknownId(id: SuppressedId): boolean {
  return id.ruleIds.size === 0 && !coverageOf(id.id) && !/^SC\d{4}$/i.test(id.id) && id.id.toLowerCase() !== 'all';
}

/**
 * Unknown ids in any suppression comment, reported whatever --report-unused-ignores says: a typo
 * (`# dlint-ignore pip-pin-version`) would otherwise silently suppress nothing.
 */
function unknownIdFindings(model: DockerfileModel, suppressions: Suppression[], rules: readonly Rule[]): Finding[] {
  const known = [...rules.map((r) => r.meta.id), ...COVERAGE.map((e) => e.id)];
  return suppressions.flatMap((s) =>
    (s.ids ?? []).filter(isUnknownId).map((id): Finding => {
      const hint = nearest(id.id, known, 4);
      const message = `\`${id.id}\` in \`${s.form}\` is not a rule id dlint knows${hint ? `; did you mean \`${hint}\`?` : '.'}`;
      return { file: model.path, ruleId: UNUSED_IGNORE, severity: 'warning', message, range: id.range };
    }),
  );
}

/** Only dlint's own comments: hadolint pragmas and BuildKit directives may still serve those tools. */
function unusedFindings(model: DockerfileModel, suppressions: Suppression[]): Finding[] {
  const out: Finding[] = [];
  const report = (range: Range, message: string): void => {
    out.push({ file: model.path, ruleId: UNUSED_IGNORE, severity: 'warning', message, range });
  };
  for (const s of suppressions) {
    if (!s.form.startsWith('dlint-')) continue;
    if (s.scope === null) {
      const where = s.form === 'dlint-ignore-stage' ? 'a `FROM`' : 'an instruction';
      report(s.range, `\`${s.form}\` must be directly above ${where}; here it suppresses nothing.`);
      continue;
    }
    if (s.ids === null) {
      if (!s.used) report(s.range, `\`${s.form}\` (every rule) suppresses nothing here; remove it.`);
      continue;
    }
    for (const id of s.ids) {
      if (isUnknownId(id)) continue;
      if (id.ruleIds.size === 0) {
        report(id.range, `\`${id.id}\` in \`${s.form}\` is covered by no dlint rule, so it suppresses nothing here; remove it.`);
      } else if (!id.used) {
        report(id.range, `\`${id.id}\` in \`${s.form}\` suppresses nothing here; remove it.`);
      }
    }
  }
  return out;
}

/** The pseudo-rule's entry in the SARIF catalogue and `dlint explain`. */
export const unusedIgnoreRule: Rule = {
  meta: {
    id: UNUSED_IGNORE,
    category: 'correctness',
    severity: 'warning',
    preset: 'off',
    description: 'A suppression comment naming an unknown rule id (always reported), or a `dlint-ignore` comment that suppresses nothing (reported with `--report-unused-ignores`).',
    docs: {
      why: 'A suppression that no longer matches a finding hides nothing today but will silently hide a real problem the day one appears on that line. Remove stale suppressions so each one left documents a decision that still holds.',
      bad: '# dlint-ignore apt-pin-versions -- pinned by the base image\nRUN apt-get install -y curl=8.5.0-2',
      good: 'RUN apt-get install -y curl=8.5.0-2',
    },
    fixable: false,
    covers: [],
  },
  check: () => {},
};
