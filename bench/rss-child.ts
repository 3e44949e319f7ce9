/** Lints one synthetic Dockerfile of argv[2] bytes and prints the process's peak RSS (run by bench.ts in a fresh process). */
import { lint } from '../src/lint.js';
import { manyEnvs } from './shapes.js';

const text = manyEnvs(Number(process.argv[2]));
const start = performance.now();
lint(text, { contextDir: null });
const ms = performance.now() - start;
console.log(`${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (${(text.length / 1024 / 1024).toFixed(1)} MB linted in ${(ms / 1000).toFixed(1)} s)`);
