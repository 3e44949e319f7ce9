/**
 * A stratified random sample of dlint findings for a read audit, written as a Markdown checklist.
 *
 * Usage: npx tsx scripts/sample-findings.ts FINDINGS.json CORPUS_DIR [--seed N] [--size N] [--out FILE]
 *
 * FINDINGS.json is an array of {file, ruleId (or rule), line, column, endLine?, endColumn?, severity, message}
 * with `file` relative to CORPUS_DIR, as `dlint --format json` writes it when run from CORPUS_DIR.
 * Per rule it draws min(count, max(3, proportional share of --size)) findings (default size 300; the
 * share grows until the sample holds at least --size findings), so a rule with 1–2 findings is included
 * whole. The draw uses mulberry32 seeded with --seed (default: a random seed), which is printed on
 * stderr and written in the checklist's header, so the same seed and findings give the same sample.
 * Each item shows the rule, file:line:col, the message and the 5 source lines around the finding.
 */
import fs from 'node:fs';
import path from 'node:path';

interface Finding {
  file: string;
  rule: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: string;
  message: string;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function usage(message?: string): never {
  if (message) console.error(`error: ${message}`);
  console.error('usage: npx tsx scripts/sample-findings.ts FINDINGS.json CORPUS_DIR [--seed N] [--size N] [--out FILE]');
  process.exit(message === undefined ? 0 : 2);
}

const positional: string[] = [];
const options: Record<string, string> = {};
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i]!;
  if (arg === '-h' || arg === '--help') usage();
  if (arg.startsWith('--')) {
    const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (!['seed', 'size', 'out'].includes(key)) usage(`unknown option ${arg}`);
    const value = inline ?? argv[++i];
    if (value === undefined) usage(`${arg} needs a value`);
    options[key] = value;
  } else positional.push(arg);
}
if (positional.length !== 2) usage('expected FINDINGS.json and CORPUS_DIR');
const [findingsPath, corpusDir] = positional as [string, string];
const seed = options.seed !== undefined ? Number(options.seed) : Math.floor(Math.random() * 2 ** 31);
const size = options.size !== undefined ? Number(options.size) : 300;
if (!Number.isInteger(seed) || seed < 0) usage('--seed must be a non-negative integer');
if (!Number.isInteger(size) || size < 1) usage('--size must be a positive integer');

const parsed = JSON.parse(fs.readFileSync(findingsPath, 'utf8')) as (Omit<Finding, 'rule'> & { rule?: string; ruleId?: string })[];
if (!Array.isArray(parsed)) usage(`${findingsPath} is not a JSON array of findings`);
// dlint's JSON names the rule `ruleId`; older corpus runs wrote `rule`.
const findings: Finding[] = parsed.map((f) => ({ ...f, rule: f.rule ?? f.ruleId ?? '?' }));

// Group in a stable order (the input's order may differ between runs with the same findings).
const key = (f: Finding): string => `${f.file}\0${String(f.line).padStart(8, '0')}\0${String(f.column).padStart(8, '0')}\0${f.message}`;
const byRule = new Map<string, Finding[]>();
for (const f of [...findings].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))) {
  const list = byRule.get(f.rule) ?? [];
  list.push(f);
  byRule.set(f.rule, list);
}
const rules = [...byRule.keys()].sort();

// Quotas: min(count, max(3, round(count / total * target))), target raised until the sum reaches size.
const total = findings.length;
const quotas = (target: number): Map<string, number> =>
  new Map(rules.map((r) => {
    const count = byRule.get(r)!.length;
    return [r, Math.min(count, Math.max(3, Math.round((count / total) * target)))];
  }));
const sum = (q: Map<string, number>): number => [...q.values()].reduce((a, b) => a + b, 0);
let target = size;
let quota = quotas(target);
while (sum(quota) < Math.min(size, total)) quota = quotas(++target);

const random = mulberry32(seed);
const sample: Finding[] = [];
for (const rule of rules) {
  const pool = [...byRule.get(rule)!];
  // Partial Fisher–Yates: the first `quota` items are a uniform draw without replacement.
  const n = quota.get(rule)!;
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  sample.push(...pool.slice(0, n).sort((a, b) => (key(a) < key(b) ? -1 : 1)));
}

const sources = new Map<string, string[] | undefined>();
function lines(file: string): string[] | undefined {
  if (!sources.has(file)) {
    try {
      sources.set(file, fs.readFileSync(path.join(corpusDir, file), 'utf8').split(/\r?\n/));
    } catch {
      sources.set(file, undefined);
    }
  }
  return sources.get(file);
}

const out: string[] = [
  '# dlint read audit: stratified random sample',
  '',
  `Seed ${seed} (mulberry32), ${sample.length} of ${total} findings from \`${findingsPath}\`, sources under \`${corpusDir}\`.`,
  'Judge each: correct, wrong (false positive: the cause in one line) or debatable (true, but most maintainers would not act: why).',
  '',
  '| rule | findings | sampled |',
  '|---|---:|---:|',
  ...rules.map((r) => `| ${r} | ${byRule.get(r)!.length} | ${quota.get(r)} |`),
  '',
];
sample.forEach((f, i) => {
  out.push(`- [ ] **${i + 1}** \`${f.rule}\` (${f.severity}) \`${f.file}:${f.line}:${f.column}\` — ${f.message.replace(/\n/g, ' ')}`);
  const text = lines(f.file);
  if (!text) {
    out.push('  (source not found)', '');
    return;
  }
  const from = Math.max(1, f.line - 2);
  const to = Math.min(text.length, f.line + 2);
  out.push('  ```dockerfile');
  for (let n = from; n <= to; n++) out.push(`  ${n === f.line ? '>' : ' '}${String(n).padStart(5)}  ${text[n - 1]}`);
  out.push('  ```', '');
});

const markdown = out.join('\n');
if (options.out) fs.writeFileSync(options.out, markdown);
else process.stdout.write(markdown);
console.error(`seed ${seed}: sampled ${sample.length} of ${total} findings over ${rules.length} rules${options.out ? ` into ${options.out}` : ''}`);
