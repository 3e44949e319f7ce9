/**
 * Speed and memory benchmark (`npm run bench`): lints every fixture Dockerfile many times,
 * then one large synthetic Dockerfile, and prints throughput and peak memory.
 * Goals: ≥ 200 typical Dockerfiles per second on one core; a 5 MB Dockerfile in under 30 s
 * and 1.5 GB of memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { lint } from '../src/lint.js';

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
console.log(`peak RSS: ${(peak / 1024 / 1024).toFixed(0)} MB`);
