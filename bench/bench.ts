/**
 * Speed and memory benchmark (`npm run bench`): lints every fixture Dockerfile many times,
 * then one large synthetic Dockerfile, and prints throughput and peak memory.
 * Goals: ≥ 200 typical Dockerfiles per second on one core; a 5 MB Dockerfile in under 30 s
 * and 1.5 GB of memory. Then what ShellCheck adds when it runs (outside those goals: it is another program).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { lint } from '../src/lint.js';
import { buildModel } from '../src/model/build.js';
import { findShellCheck } from '../src/shellcheck/binary.js';
import { ShellCheck } from '../src/shellcheck/session.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = fg.sync(['fixtures/**/*Dockerfile*', 'fixtures/**/*.dockerfile'], { cwd: root, ignore: ['**/*.dockerignore'] });
const texts = files.map((f) => fs.readFileSync(path.join(root, f), 'utf8'));

const rounds = Number(process.env.BENCH_ROUNDS ?? 20);
let peak = 0;
const sample = (): void => {
  peak = Math.max(peak, process.memoryUsage().rss);
};

let start = performance.now();
let linted = 0;
for (let r = 0; r < rounds; r++) {
  for (const text of texts) {
    lint(text, { contextDir: null });
    linted++;
  }
  sample();
}
let ms = performance.now() - start;
console.log(`fixtures: ${linted} lints of ${texts.length} files in ${ms.toFixed(0)} ms → ${((linted / ms) * 1000).toFixed(0)} files/s`);

const unit =
  'RUN apt-get update && apt-get install -y --no-install-recommends curl git \\\n' +
  '    && pip install --no-cache-dir torch==2.4.0 | tee /tmp/log && rm -rf /var/lib/apt/lists/*\n' +
  'ENV APP_HOME=/app PATH=/app/bin:$PATH\nCOPY requirements.txt /app/\nWORKDIR /app\n';
const size = Number(process.env.BENCH_BIG_MB ?? 5) * 1024 * 1024;
let big = 'FROM python:3.12-slim\n';
while (big.length < size) big += unit;
start = performance.now();
const findings = lint(big, { contextDir: null });
ms = performance.now() - start;
sample();
console.log(`large file: ${(big.length / 1024 / 1024).toFixed(1)} MB, ${big.split('\n').length} lines, ${findings.length} findings in ${ms.toFixed(0)} ms`);
shellcheckCost();
console.log(`peak RSS: ${(peak / 1024 / 1024).toFixed(0)} MB`);

/** ShellCheck on versus off: its start-up (one trivial script), one process over every fixture, and linting with results cached. */
function shellcheckCost(): void {
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
