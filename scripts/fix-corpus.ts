/**
 * `tsx scripts/fix-corpus.ts <folder | file list>`: runs the fixes over real Dockerfiles and checks they
 * are sound (issue 13). Each Dockerfile is copied to a temporary folder (the originals are only read;
 * the build context stays the original folder) and fixed through `lintFiles`, once with `--fix` and once
 * with `--fix --fix-unsafe`. Checks, per run:
 * - the fixed file gains no `syntax-error`, `invalid-json-form` or `shell-check` finding, and loses no
 *   `syntax-error` (no fix targets one, so a fix must have rewritten a broken instruction);
 * - a second run fixes nothing (a fixed point within MAX_FIX_PASSES);
 * - safe fixes only: the parsed model means the same before and after (see `meaning` below).
 * Prints each problem, then per rule how many findings were fixed and how many are left.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { discover } from '../src/discover.js';
import { SERVERS } from '../src/knowledge/servers.js';
import { lintFiles, type LintFileResult } from '../src/lint-files.js';
import { buildModel } from '../src/model/build.js';
import type { DockerfileModel, Instruction, Stage } from '../src/model/types.js';
import type { Word } from '../src/shell/types.js';
import type { Finding } from '../src/types.js';
import { writeFixedFiles } from '../src/write-fixed.js';

const GUARDED = ['syntax-error', 'invalid-json-form', 'shell-check'];
/** Rules whose safe fix repairs an instruction that could not work: the instructions they fix may change meaning. */
const REPAIRS = new Set(['invalid-json-form', 'copy-multi-dest-slash']);
/** Rules whose safe fix renames a user to the UID the same file gives it (`USER app` → `USER 10001`): the same user. */
const RENAMES = new Set(['numeric-user']);

function inputs(arg: string): string[] {
  if (fs.statSync(arg).isDirectory()) return discover([arg], process.cwd()).map((f) => path.resolve(f));
  // A list's relative paths are relative to the list's folder; a missing file is an error, not a smaller corpus.
  const files = fs
    .readFileSync(arg, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => path.resolve(path.dirname(arg), l));
  const missing = files.filter((f) => !fs.existsSync(f));
  if (missing.length) throw new Error(`${missing.length} listed files do not exist, e.g. ${missing[0]}`);
  return files;
}

const count = (findings: Finding[], id: string): number => findings.filter((f) => f.ruleId === id).length;

/** The address options server-bind-address writes or rewrites (`--host 0.0.0.0`, `--bind=0.0.0.0:8000`), from the server catalogue. */
const BIND_OPTIONS = new Set(SERVERS.flatMap((s) => [...s.hostFlags, ...(s.bindFlags ?? [])]));
const BIND_VALUE = /^(0\.0\.0\.0|127\.0\.0\.1|localhost|\[::\]|::|\[::1\])(:\d+)?$/;

/**
 * A command's words as the container or shell runs them, with what the safe fixes may add or rename erased: apt's
 * `-y` and `apt` → `apt-get`, apk's `--no-cache`, pip's `--no-cache-dir`, and a listen address the server is told.
 */
function commandWords(words: string[]): string {
  // Behind a wrapper (`xargs apt …`) the program is a later word.
  const named = words.map((w) => (w === 'apt' ? 'apt-get' : w));
  const pip = named.some((w) => /^pip[0-9.]*$/.test(w.split('/').pop()!));
  const dropped = [...(named.includes('apt-get') ? ['-y'] : []), ...(named.includes('apk') ? ['--no-cache'] : []), ...(pip ? ['--no-cache-dir'] : [])];
  const out: string[] = [];
  for (let i = 0; i < named.length; i++) {
    const w = named[i]!;
    if (dropped.includes(w)) continue;
    const [option, value] = w.includes('=') ? [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)] : [w, null];
    if (BIND_OPTIONS.has(option) && value !== null && BIND_VALUE.test(value)) continue;
    if (BIND_OPTIONS.has(w) && BIND_VALUE.test(named[i + 1] ?? '')) {
      i++;
      continue;
    }
    out.push(w);
  }
  return out.join(' ');
}

/** Commands the cleanup fixes append (apt-cleanup, conda-cleanup, rpm-cleanup, yarn-cache-clean): not a change of what is built. */
const APPENDED_CLEANUP = /^(rm -rf ⟨expanded \/var\/lib\/apt\/lists\/\*⟩|(conda|mamba|micromamba) clean -[a-z]+|(dnf|yum|microdnf|tdnf) clean all|zypper clean -a|yarn cache clean)$/;

/** What a shell-form text runs: its simple commands' words (one string when the shell syntax is more than that). */
function shellMeaning(ins: Instruction): string[] {
  const script = ins.script;
  if (!script || script.error) return [ins.argsText.trim()];
  return script.commands.map((c) => commandWords(c.argv.map(shellWord))).filter((c) => !APPENDED_CLEANUP.test(c));
}

/** A shell word as the program receives it; a word the shell expands at run time is marked, as exec form would pass it as written. */
function shellWord(w: Word): string {
  if (!w.literal) return `⟨expanded ${w.value}⟩`;
  if (!w.quoted && (/^~/.test(w.value) || /[*?[]/.test(w.value))) return `⟨expanded ${w.value}⟩`;
  return w.value;
}

/** The commands a RUN, CMD or ENTRYPOINT runs, in either form (exec form's `sh -c` bodies are parsed too). */
function commands(ins: Instruction): string[] {
  return ins.json && !ins.script ? [commandWords(ins.json.map((t) => t.value))] : shellMeaning(ins);
}

/** The program the container starts, as the ENTRYPOINT and CMD of the stage combine it. */
function containerCommand(stage: Stage): string[] {
  const part = (ins: Instruction | null): string[] => (ins ? commands(ins) : []);
  const { entrypoint, cmd } = stage;
  if (entrypoint && !entrypoint.json) return ['shell-entrypoint', ...part(entrypoint)];
  return [...part(entrypoint), '|', ...part(cmd)];
}

/** One instruction's meaning, keyword case, key=value form and exec/shell form aside. */
function instructionMeaning(ins: Instruction): string {
  if (ins.keyword === 'MAINTAINER') return `LABEL org.opencontainers.image.authors=${ins.argsText.trim()}`;
  if (['ENV', 'LABEL', 'ARG'].includes(ins.keyword)) return `${ins.keyword} ${ins.properties.map((p) => `${p.name}=${p.value ?? p.rawValue}`).join(' ')}`;
  if (['RUN', 'CMD', 'ENTRYPOINT'].includes(ins.keyword)) return `${ins.keyword} ${commands(ins).join(' ; ')}`;
  // workdir-absolute writes the directory a relative WORKDIR already meant.
  if (ins.keyword === 'WORKDIR' && ins.args.length === 1 && !ins.args[0]!.value.includes('$')) return `WORKDIR ${path.posix.resolve(ins.state.workdir ?? '/', ins.args[0]!.value)}`;
  if (ins.keyword === 'FROM') return `FROM ${ins.args.map((a) => a.value.toLowerCase()).join(' ')}`;
  if (ins.copy) return `${ins.keyword} ${ins.flags.map((f) => f.name).join(' ')} ${ins.copy.sources.map((s) => s.value ?? s.raw).join(' ')} -> ${(ins.copy.dest?.value ?? '').replace(/\/+$/, '')}`;
  return `${ins.keyword} ${ins.args.map((a) => a.value).join(' ')}`;
}

/** Differences in meaning between two models, skipping instructions a repair fix touched. */
function meaningChanges(before: DockerfileModel, after: DockerfileModel, repairedLines: Set<number>, renamedLines: Set<number>): string[] {
  // pip-no-cache-dir may add `ENV PIP_NO_CACHE_DIR=1` instead of flags; workdir-absolute removes a `WORKDIR .`, which changes nothing.
  const noOp = (ins: Instruction): boolean =>
    (ins.keyword === 'ENV' && ins.properties.length === 1 && ins.properties[0]!.name === 'PIP_NO_CACHE_DIR') || (ins.keyword === 'WORKDIR' && ins.args.length === 1 && /^\.\/?$/.test(ins.args[0]!.value));
  const kept = (m: DockerfileModel): Instruction[] => m.instructions.filter((ins) => !noOp(ins));
  const [was, is] = [kept(before), kept(after)];
  if (was.length !== is.length) return [`${was.length} instructions became ${is.length}`];
  const out: string[] = [];
  let repaired = false;
  was.forEach((ins, i) => {
    const touched = (lines: Set<number>): boolean => [...lines].some((l) => l >= ins.range.start.line && l <= ins.range.end.line);
    if (touched(repairedLines)) {
      repaired = true;
      return;
    }
    if (touched(renamedLines)) return;
    const a = instructionMeaning(ins);
    const b = instructionMeaning(is[i]!);
    if (a !== b) out.push(`line ${ins.range.start.line}: ${a}  →  ${b}`);
  });
  const last = (m: DockerfileModel): Stage | undefined => m.stages.at(-1);
  const [s1, s2] = [last(before), last(after)];
  if (!repaired && s1 && s2 && containerCommand(s1).join(' ') !== containerCommand(s2).join(' ')) {
    out.push(`container command: ${containerCommand(s1).join(' ')}  →  ${containerCommand(s2).join(' ')}`);
  }
  return out;
}

interface Tally {
  fixed: Map<string, number>;
  left: Map<string, number>;
  leftFixable: Map<string, number>;
}

const add = (m: Map<string, number>, k: string, n: number): void => void (n !== 0 && m.set(k, (m.get(k) ?? 0) + n));

async function fixOne(file: string, tmp: string, mode: 'safe' | 'unsafe', tally: Tally): Promise<string[]> {
  const copy = path.join(tmp, mode, path.basename(path.dirname(file)) + '--' + path.basename(file));
  fs.mkdirSync(path.dirname(copy), { recursive: true });
  fs.copyFileSync(file, copy);
  const opts = { cwd: tmp, context: path.dirname(file), fix: mode } as const;
  const [r] = await lintFiles([copy], opts);
  if (!r || r.ioError) return [`cannot lint: ${r?.ioError ?? 'no result'}`];
  const before = r.unfixedFindings!;
  for (const id of new Set([...before, ...r.findings].map((f) => f.ruleId))) {
    add(tally.fixed, id, count(before, id) - count(r.findings, id));
    add(tally.left, id, count(r.findings, id));
    add(tally.leftFixable, id, r.findings.filter((f) => f.ruleId === id && f.fix && (f.fix.safe || mode === 'unsafe')).length);
  }
  if (!r.fixed) return [];
  writeFixedFiles([r], () => {});
  const problems: string[] = [];
  for (const id of GUARDED) if (count(r.findings, id) > count(before, id)) problems.push(`gains ${id}: ${r.findings.find((f) => f.ruleId === id)!.message}`);
  // No fix targets a syntax error: one that disappears was rewritten into something else.
  if (count(r.findings, 'syntax-error') < count(before, 'syntax-error')) problems.push('a fix rewrote an instruction with a syntax error');
  const [again] = (await lintFiles([copy], opts)) as LintFileResult[];
  if (again?.fixed) problems.push(`no fixed point: a second run applies ${again.fixed} more fix(es)`);
  if (mode === 'safe') {
    const repaired = new Set(before.filter((f) => f.fix?.safe && REPAIRS.has(f.ruleId)).map((f) => f.range.start.line));
    const renamed = new Set(before.filter((f) => f.fix?.safe && RENAMES.has(f.ruleId)).map((f) => f.range.start.line));
    problems.push(...meaningChanges(buildModel(copy, r.unfixedText!), buildModel(copy, r.text!), repaired, renamed));
  }
  return problems.map((p) => `${mode}: ${p}`);
}

function table(title: string, t: Tally): string {
  const ids = [...new Set([...t.fixed.keys(), ...t.leftFixable.keys()])].filter((id) => (t.fixed.get(id) ?? 0) > 0 || (t.leftFixable.get(id) ?? 0) > 0).sort();
  const rows = ids.map((id) => `| ${id} | ${t.fixed.get(id) ?? 0} | ${t.left.get(id) ?? 0} | ${t.leftFixable.get(id) ?? 0} |`);
  return [`### ${title}`, '', '| rule | fixed | left | left with a fix |', '|---|---|---|---|', ...rows].join('\n');
}

async function main(): Promise<void> {
  const arg = process.argv[2];
  if (!arg) throw new Error('usage: tsx scripts/fix-corpus.ts <folder | file list>');
  const files = inputs(arg);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dlint-fix-corpus-'));
  const newTally = (): Tally => ({ fixed: new Map<string, number>(), left: new Map<string, number>(), leftFixable: new Map<string, number>() });
  const tallies: Record<'safe' | 'unsafe', Tally> = { safe: newTally(), unsafe: newTally() };
  let bad = 0;
  for (const file of files) {
    const problems = [...(await fixOne(file, tmp, 'safe', tallies.safe)), ...(await fixOne(file, tmp, 'unsafe', tallies.unsafe))];
    fs.rmSync(path.join(tmp, 'safe'), { recursive: true, force: true });
    fs.rmSync(path.join(tmp, 'unsafe'), { recursive: true, force: true });
    if (problems.length === 0) continue;
    bad++;
    console.log(`${file}\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`\n${files.length} Dockerfiles, ${bad} with a problem.\n`);
  console.log(table('--fix (safe fixes)', tallies.safe) + '\n');
  console.log(table('--fix --fix-unsafe', tallies.unsafe));
  if (bad > 0) process.exitCode = 1;
}

await main();
