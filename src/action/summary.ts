/**
 * The job summary (`GITHUB_STEP_SUMMARY`) of the GitHub Action: counts per rule, then every finding,
 * worst first, with a link to its line. GitHub shows at most 10 annotations of each level per step,
 * so the summary is where the rest can be read.
 */
import { ruleDocUrl } from '../docs.js';
import { rootRelative } from '../reporters/paths.js';
import type { FileResult } from '../reporters/types.js';
import type { Rule } from '../rule.js';
import { SEVERITIES, type Finding, type Severity } from '../types.js';

/** Where findings link to: `${serverUrl}/${repository}/blob/${sha}/<path>#L<line>`. */
export interface SummaryContext {
  cwd: string;
  /** The repository root that paths in the summary are relative to. */
  root: string;
  serverUrl?: string;
  repository?: string;
  sha?: string;
}

/** Rows beyond this are left out: a step summary holds at most 1 MiB. */
export const MAX_ROWS = 1000;

const rank = (s: Severity): number => SEVERITIES.indexOf(s);

/** Markdown table cell: `|` escaped, one line, HTML-like text outside code spans kept literal. */
function cell(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .split('`')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('`')
    .replace(/\|/g, '\\|');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'info' || word === 'style' ? '' : 's'}`;
}

export function jobSummary(results: readonly FileResult[], rules: readonly Rule[], ctx: SummaryContext): string {
  const findings = results.flatMap((r) => r.findings.map((f) => ({ f, path: rootRelative(r.file, ctx.cwd, ctx.root) })));
  const files = plural(results.length, 'Dockerfile');
  if (findings.length === 0) return `### dlint\n\nNo problems found in ${files}.\n`;

  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter(({ f }) => f.severity === s).length])) as Record<Severity, number>;
  const out = [
    '### dlint',
    '',
    `**${plural(findings.length, 'problem')}** (${SEVERITIES.map((s) => plural(counts[s], s)).join(', ')}) in ${files}.`,
    '',
    '| rule | severity | findings |',
    '|---|---|---:|',
  ];

  const byRule = new Map<string, { worst: Severity; count: number }>();
  for (const { f } of findings) {
    const entry = byRule.get(f.ruleId) ?? { worst: f.severity, count: 0 };
    entry.count++;
    if (rank(f.severity) < rank(entry.worst)) entry.worst = f.severity;
    byRule.set(f.ruleId, entry);
  }
  const docs = new Map(rules.map((r) => [r.meta.id, r.meta.url ?? ruleDocUrl(r.meta.id)]));
  const ruleRows = [...byRule].sort(([a, x], [b, y]) => rank(x.worst) - rank(y.worst) || y.count - x.count || a.localeCompare(b));
  for (const [id, { worst, count }] of ruleRows) {
    const url = docs.get(id);
    out.push(`| ${url ? `[\`${id}\`](${url})` : `\`${id}\``} | ${worst} | ${count} |`);
  }

  const sorted = [...findings].sort((a, b) => rank(a.f.severity) - rank(b.f.severity));
  out.push(
    '',
    '#### Findings, worst first',
    '',
    'GitHub shows at most 10 annotations of each level per step; every finding is listed here.',
    '',
    '| severity | location | rule | message |',
    '|---|---|---|---|',
  );
  for (const { f, path } of sorted.slice(0, MAX_ROWS)) {
    out.push(`| ${f.severity} | ${location(f, path, ctx)} | \`${f.ruleId}\` | ${cell(f.message)} |`);
  }
  if (sorted.length > MAX_ROWS) out.push('', `${sorted.length - MAX_ROWS} more findings are left out here; the step log lists them all.`);
  return out.join('\n') + '\n';
}

function location(f: Finding, path: string, ctx: SummaryContext): string {
  const text = cell(`${path}:${f.range.start.line}`);
  // A file outside the repository (an absolute path) has no page to link to.
  if (!ctx.serverUrl || !ctx.repository || !ctx.sha || /^([A-Za-z]:)?\//.test(path)) return text;
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return `[${text}](${ctx.serverUrl}/${ctx.repository}/blob/${ctx.sha}/${encoded}#L${f.range.start.line})`;
}
