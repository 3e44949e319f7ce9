/**
 * Speed and memory (`npm run bench`; issue 11). Prints:
 *   - cold start: CPU time of `dlint` on one small Dockerfile (the committed bundle, as installed) against `node -e ""`,
 *     with the V8 code cache of the CLI bundle (src/code-cache.ts) warm and turned off, and whether ShellCheck ran
 *     (its results are kept between runs: src/shellcheck/result-cache.ts; the RUN edited before each run makes it run);
 *   - throughput: files/s over the real Dockerfiles of $DLINT_CORPUS (default /work/corpus/FILES.txt, a list of
 *     paths) or, without it, the fixtures; the ratio to dockerfile-ast parsing the same files alone; and the CLI
 *     over the same files in one thread and in worker threads (`--jobs`);
 *   - growth: time per KB from 1 KB to 5 MB and from 100 to 50,000 instructions, with the largest/smallest ratio;
 *   - peak RSS of the CLI linting a 5 MB Dockerfile in a fresh process;
 *   - hadolint on the same small Dockerfile and on 200 real Dockerfiles in one invocation against dlint, when a `hadolint` is on PATH.
 * Goals: cold start ≤ 2× node, parse-only ratio ≤ 2.5×, per-byte cost ratio near 1, peak RSS < 300 MB.
 *   - what ShellCheck adds when it runs (outside those goals: it is another program).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DockerfileParser } from 'dockerfile-ast';
import fg from 'fast-glob';
import { lint } from '../src/lint.js';
import { buildModel } from '../src/model/build.js';
import { findShellCheck } from '../src/shellcheck/binary.js';
import { ShellCheck } from '../src/shellcheck/session.js';
import { manyEnvs, manyRuns } from './shapes.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(root, 'dist', 'cli', 'dlint.js');

/** CPU seconds (user + system) of this process's finished children: /proc/self/stat cutime + cstime. */
function childrenCpu(): number | null {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // clock ticks (USER_HZ = 100 on Linux)
  } catch {
    return null;
  }
}

/** Mean CPU ms of running `args` with node, over `runs` runs (wall time where /proc is missing); `before` runs before each. */
function processCpu(args: string[], cwd: string, runs: number, before?: (run: number) => void): number {
  const cpu0 = childrenCpu();
  const wall0 = performance.now();
  for (let i = 0; i < runs; i++) {
    before?.(i);
    spawnSync(process.execPath, args, { cwd, stdio: 'ignore' });
  }
  const cpu1 = childrenCpu();
  return cpu0 !== null && cpu1 !== null ? ((cpu1 - cpu0) * 1000) / runs : (performance.now() - wall0) / runs;
}

/** A scratch folder with the cold-start Dockerfiles, removed after `fn`. */
function withColdFiles<T>(fn: (dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dlint-bench-'));
  try {
    fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl\nUSER 1000\nCMD ["curl"]\n');
    fs.writeFileSync(path.join(dir, 'noshell.Dockerfile'), 'FROM python:3.12-slim\nUSER 1000\nCMD ["python", "app.py"]\n');
    return fn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function coldStart(): void {
  withColdFiles((dir) => {
    const runs = Number(process.env.BENCH_COLD_RUNS ?? 10);
    processCpu(['-e', ''], dir, 2); // warm the file cache
    processCpu([CLI, 'Dockerfile'], dir, 2); // and the code cache
    const node = processCpu(['-e', ''], dir, runs);
    const withShell = processCpu([CLI, 'Dockerfile'], dir, runs);
    const noShell = processCpu([CLI, 'noshell.Dockerfile'], dir, runs);
    // The RUN edited before each run: ShellCheck has not checked it yet (its results are kept between runs).
    const edit = (i: number): void => fs.writeFileSync(path.join(dir, 'edited.Dockerfile'), `FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl # ${process.pid}-${i}\nUSER 1000\nCMD ["curl"]\n`);
    const edited = processCpu([CLI, 'edited.Dockerfile'], dir, runs, edit);
    process.env.DLINT_NO_CODE_CACHE = '1';
    const uncached = processCpu([CLI, 'Dockerfile'], dir, runs);
    delete process.env.DLINT_NO_CODE_CACHE;
    const sc = findShellCheck();
    console.log('cold start (CPU per process, mean of %d runs; ShellCheck %s):', runs, sc ? `${sc.version} found, its process included when it runs` : 'not found, did not run');
    console.log(`  node -e ""                          ${node.toFixed(0).padStart(5)} ms`);
    console.log(`  dlint, 4 lines with a RUN (shell)   ${withShell.toFixed(0).padStart(5)} ms  ratio ${(withShell / node).toFixed(1)}× (goal ≤ 2×)`);
    console.log(`    its RUN edited before each run    ${edited.toFixed(0).padStart(5)} ms  ratio ${(edited / node).toFixed(1)}× (ShellCheck runs)`);
    console.log(`    without the cache folder          ${uncached.toFixed(0).padStart(5)} ms  ratio ${(uncached / node).toFixed(1)}× (no code cache, ShellCheck runs)`);
    console.log(`  dlint, 3 lines, no shell to parse   ${noShell.toFixed(0).padStart(5)} ms  ratio ${(noShell / node).toFixed(1)}×`);
  });
}

function corpusTexts(): { source: string; texts: string[] } {
  const list = process.env.DLINT_CORPUS ?? '/work/corpus/FILES.txt';
  if (fs.existsSync(list)) {
    const files = fs.readFileSync(list, 'utf8').split('\n').filter(Boolean);
    return { source: `${files.length} real Dockerfiles (${list})`, texts: files.map((f) => fs.readFileSync(f, 'utf8')) };
  }
  const files = fg.sync(['fixtures/**/*Dockerfile*', 'fixtures/**/*.dockerfile'], { cwd: root, ignore: ['**/*.dockerignore'] });
  return { source: `${files.length} fixture Dockerfiles (no ${list})`, texts: files.map((f) => fs.readFileSync(path.join(root, f), 'utf8')) };
}

/** Best of `rounds` timings of `fn` (ms): the least disturbed by a shared machine. */
function best(rounds: number, fn: () => void): number {
  let min = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

function throughput(): void {
  const { source, texts } = corpusTexts();
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const lintAll = (): void => texts.forEach((t) => lint(t, { contextDir: null }));
  const parseAll = (): void => texts.forEach((t) => DockerfileParser.parse(t));
  lintAll(); // warm
  const lintMs = best(rounds, lintAll);
  const parseMs = best(rounds, parseAll);
  const bytes = texts.reduce((n, t) => n + t.length, 0);
  console.log(`throughput over ${source}, ${(bytes / 1024).toFixed(0)} KB, one core, warm (best of ${rounds}):`);
  console.log(`  dlint           ${lintMs.toFixed(0).padStart(6)} ms  ${((texts.length / lintMs) * 1000).toFixed(0)} files/s`);
  console.log(`  dockerfile-ast  ${parseMs.toFixed(0).padStart(6)} ms  (parse only)`);
  console.log(`  parse-only ratio ${(lintMs / parseMs).toFixed(1)}× (goal ≤ 2.5×)`);
}

/** The CLI over the corpus files in one thread and in worker threads: wall and CPU time (ShellCheck off: another program). */
function cliThreads(): void {
  const list = process.env.DLINT_CORPUS ?? '/work/corpus/FILES.txt';
  if (!fs.existsSync(CLI) || !fs.existsSync(list)) return;
  const files = fs.readFileSync(list, 'utf8').split('\n').filter(Boolean);
  const cores = os.availableParallelism();
  const run = (jobs: number): { wall: number; cpu: number } => {
    const cpu0 = childrenCpu() ?? 0;
    const t = performance.now();
    spawnSync(process.execPath, [CLI, '--format', 'json', '--shellcheck', 'off', '--jobs', String(jobs), ...files], { cwd: root, stdio: 'ignore' });
    return { wall: performance.now() - t, cpu: ((childrenCpu() ?? 0) - cpu0) * 1000 };
  };
  const one = run(1);
  const many = run(cores);
  const fmt = (r: { wall: number; cpu: number }): string => `${r.wall.toFixed(0).padStart(6)} ms wall, ${r.cpu.toFixed(0).padStart(6)} ms CPU, ${((files.length / r.wall) * 1000).toFixed(0)} files/s`;
  console.log(`CLI over the same ${files.length} files, one cold process each way (load average ${os.loadavg()[0]!.toFixed(1)} on ${cores} cores):`);
  console.log(`  --jobs 1        ${fmt(one)}`);
  console.log(`  --jobs ${String(cores).padEnd(8)} ${fmt(many)}  (${(one.wall / many.wall).toFixed(2)}× the speed)`);
}

function growth(): void {
  const rows: { label: string; bytes: number; ms: number }[] = [];
  const measure = (label: string, text: string): void => {
    lint(text.slice(0, 2000), { contextDir: null });
    const ms = best(text.length > 1e6 ? 1 : 3, () => lint(text, { contextDir: null }));
    rows.push({ label, bytes: text.length, ms });
  };
  for (const kb of [1, 10, 100, 1024, 5 * 1024]) measure(`${kb >= 1024 ? `${kb / 1024} MB` : `${kb} KB`} of ENV/RUN/COPY`, manyEnvs(kb * 1024));
  for (const n of [100, 1000, 10_000, 50_000]) measure(`${n} RUN instructions`, manyRuns(n));
  console.log('growth (time per KB):');
  for (const r of rows) console.log(`  ${r.label.padEnd(26)} ${(r.bytes / 1024).toFixed(0).padStart(6)} KB ${r.ms.toFixed(0).padStart(7)} ms ${((r.ms / r.bytes) * 1024).toFixed(3).padStart(8)} ms/KB`);
  const perByte = (r: { bytes: number; ms: number }): number => r.ms / r.bytes;
  // Files under 10 KB are dominated by fixed costs; the ratio compares the per-byte cost from 10 KB up.
  const sized = rows.filter((r) => r.bytes >= 10 * 1024);
  const costs = sized.map(perByte);
  console.log(`  largest/smallest per-byte cost (files ≥ 10 KB): ${(Math.max(...costs) / Math.min(...costs)).toFixed(2)}× (linear growth: near 1)`);
}

function peakRss(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dlint-bench-rss-'));
  try {
    const file = path.join(dir, 'Dockerfile');
    fs.writeFileSync(file, manyEnvs(5 * 1024 * 1024));
    // The CLI as installed (the bundle); a preloaded exit hook reports the process's peak.
    const hook = "data:text/javascript,process.on('exit',()=>process.stderr.write('maxRSS='+process.resourceUsage().maxRSS+'\\n'))";
    const t = performance.now();
    const child = spawnSync(process.execPath, ['--import', hook, CLI, '--shellcheck', 'off', '--format', 'json', file], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
    const s = (performance.now() - t) / 1000;
    const kb = /maxRSS=(\d+)/.exec(child.stderr)?.[1];
    console.log(`peak RSS, dlint CLI linting a 5 MB Dockerfile: ${kb ? `${(Number(kb) / 1024).toFixed(0)} MB` : child.stderr.trim()} in ${s.toFixed(1)} s (goal < 300 MB)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** CPU (user + system of the child) and wall time of one process. */
function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): { cpu: number; wall: number } {
  const cpu0 = childrenCpu() ?? 0;
  const t = performance.now();
  spawnSync(cmd, args, { cwd: root, stdio: 'ignore', env, maxBuffer: 1 << 30 });
  return { cpu: ((childrenCpu() ?? 0) - cpu0) * 1000, wall: performance.now() - t };
}

/**
 * hadolint, when installed: the same small Dockerfile (cold start), and 200 real Dockerfiles in one invocation of
 * each linter, as a CI step runs them. hadolint runs ShellCheck inside its own process; dlint is measured with the
 * `shellcheck` binary it finds (one process per batch of files) and without it. hadolint's runtime starts several
 * threads by default (GHC's `-N`), which cost CPU on a small machine; `GHCRTS=-N1` is measured too.
 */
function hadolint(): void {
  const which = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['hadolint'], { encoding: 'utf8' });
  const bin = which.status === 0 ? which.stdout.split('\n')[0]!.trim() : '';
  if (!bin) {
    console.log('hadolint: not on PATH, not compared');
    return;
  }
  const version = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const runs = Number(process.env.BENCH_COLD_RUNS ?? 10);
  const cold = withColdFiles((dir) => {
    const cpu0 = childrenCpu() ?? 0;
    for (let i = 0; i < runs; i++) spawnSync(bin, ['--no-color', 'Dockerfile'], { cwd: dir, stdio: 'ignore' });
    return (((childrenCpu() ?? 0) - cpu0) * 1000) / runs;
  });
  const list = process.env.DLINT_CORPUS ?? '/work/corpus/FILES.txt';
  const files = fs.existsSync(list) ? fs.readFileSync(list, 'utf8').split('\n').filter(Boolean).slice(0, 200) : [];
  console.log(`hadolint (${version}): cold start on the 4-line Dockerfile ${cold.toFixed(0)} ms CPU`);
  if (files.length === 0 || !fs.existsSync(CLI)) return;
  const h = timed(bin, ['--no-color', ...files]);
  const h1 = timed(bin, ['--no-color', ...files], { ...process.env, GHCRTS: '-N1' });
  const d = timed(process.execPath, [CLI, '--format', 'json', '--jobs', '1', ...files]);
  const dOff = timed(process.execPath, [CLI, '--format', 'json', '--jobs', '1', '--shellcheck', 'off', ...files]);
  const fmt = (r: { cpu: number; wall: number }): string => `${r.cpu.toFixed(0).padStart(6)} ms CPU ${r.wall.toFixed(0).padStart(6)} ms wall`;
  console.log(`${files.length} real Dockerfiles, one invocation each (goal: dlint at least 20× faster than hadolint):`);
  console.log(`  hadolint                         ${fmt(h)}`);
  console.log(`  hadolint, GHCRTS=-N1             ${fmt(h1)}`);
  console.log(`  dlint, ShellCheck ${findShellCheck() ? 'found' : 'absent'}            ${fmt(d)}  ${(h.cpu / d.cpu).toFixed(1)}× less CPU, ${(h.wall / d.wall).toFixed(1)}× less wall time (${(h1.cpu / d.cpu).toFixed(1)}× / ${(h1.wall / d.wall).toFixed(1)}× against -N1)`);
  console.log(`  dlint, --shellcheck off          ${fmt(dOff)}  ${(h.cpu / dOff.cpu).toFixed(1)}× less CPU, ${(h.wall / dOff.wall).toFixed(1)}× less wall time (${(h1.cpu / dOff.cpu).toFixed(1)}× / ${(h1.wall / dOff.wall).toFixed(1)}× against -N1)`);
}

if (fs.existsSync(CLI)) coldStart();
else console.log(`cold start: ${path.relative(root, CLI)} missing (npm run build:cli)`);
throughput();
cliThreads();
growth();
if (fs.existsSync(CLI)) peakRss();
hadolint();
shellcheckCost();

/** ShellCheck on versus off: its start-up (one trivial script), one process over every fixture, and linting with results cached. */
function shellcheckCost(): void {
  const { texts } = corpusTexts();
  const files = texts.map((_, i) => `Dockerfile.${i}`);
  const binary = findShellCheck();
  if (!binary) {
    console.log('shellcheck: not found, not measured');
    return;
  }
  let t = performance.now();
  new ShellCheck(binary).prepare([buildModel('Dockerfile', 'FROM debian:12\nRUN true\n')]);
  const startup = performance.now() - t;
  const sc = new ShellCheck(binary);
  const models = texts.map((text, i) => buildModel(files[i]!, text));
  t = performance.now();
  sc.prepare(models);
  const all = performance.now() - t;
  const timed = (shellcheck: ShellCheck | null): number => {
    const s = performance.now();
    for (const text of texts) lint(text, { contextDir: null, shellcheck });
    return performance.now() - s;
  };
  const off = timed(null);
  const cached = timed(sc);
  console.log(
    `shellcheck ${binary.version}: start-up ${startup.toFixed(0)} ms; one process over ${texts.length} files ${all.toFixed(0)} ms ` +
      `(${((all - startup) / texts.length).toFixed(1)} ms per file after start-up); lint with results cached ${(cached / texts.length).toFixed(2)} ms per file, off ${(off / texts.length).toFixed(2)} ms per file`,
  );
}
